package forward

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

// receiver accepts connections on ln and records everything each one
// sends until it closes.
type receiver struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []*bytes.Buffer
	open  []net.Conn
	lines atomic.Int64
	wg    sync.WaitGroup
}

func startReceiver(t *testing.T, ln net.Listener) *receiver {
	t.Helper()
	r := &receiver{ln: ln}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := new(bytes.Buffer)
			r.mu.Lock()
			r.conns = append(r.conns, buf)
			r.open = append(r.open, c)
			r.mu.Unlock()
			r.wg.Add(1)
			go func() {
				defer r.wg.Done()
				b := make([]byte, 32<<10)
				for {
					n, err := c.Read(b)
					if n > 0 {
						r.mu.Lock()
						buf.Write(b[:n])
						r.mu.Unlock()
						r.lines.Add(int64(bytes.Count(b[:n], nl)))
					}
					if err != nil {
						c.Close()
						return
					}
				}
			}()
		}
	}()
	t.Cleanup(r.stop)
	return r
}

// stop closes the listener and the connections and waits for the readers.
func (r *receiver) stop() {
	r.ln.Close()
	r.mu.Lock()
	for _, c := range r.open {
		c.Close()
	}
	r.mu.Unlock()
	r.wg.Wait()
}

// drain closes the listener and waits until every connection reached
// its end (the forwarder closed it).
func (r *receiver) drain(t *testing.T) {
	t.Helper()
	r.ln.Close()
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the connections did not end")
	}
}

// wait waits until n lines arrived.
func (r *receiver) wait(t *testing.T, n int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for r.lines.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("received %d lines, want %d", r.lines.Load(), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// data is what every connection received, one after another.
func (r *receiver) data() [][]byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out [][]byte
	for _, b := range r.conns {
		out = append(out, bytes.Clone(b.Bytes()))
	}
	return out
}

func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

func newForwarder(t *testing.T, opt Options) *Forwarder {
	t.Helper()
	if opt.MinBackoff == 0 {
		opt.MinBackoff = 10 * time.Millisecond
	}
	if opt.MaxBackoff == 0 {
		opt.MaxBackoff = 100 * time.Millisecond
	}
	if opt.DialTimeout == 0 {
		opt.DialTimeout = 2 * time.Second
	}
	f, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		f.Close(ctx)
	})
	return f
}

func closeAll(t *testing.T, f *Forwarder, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	n, err := f.Close(ctx)
	if n != 0 || err != nil {
		t.Fatalf("Close: %d undelivered, %v; stats %+v", n, err, f.Stats())
	}
}

func line(g, seq int) string {
	return fmt.Sprintf("g%d %06d %s\n", g, seq, strings.Repeat("x", seq%53))
}

// parse checks that a line is exactly as line wrote it.
func parse(t *testing.T, l string) (g, seq int) {
	t.Helper()
	parts := strings.SplitN(l, " ", 3)
	if len(parts) == 3 && strings.HasPrefix(parts[0], "g") {
		var err1, err2 error
		g, err1 = strconv.Atoi(parts[0][1:])
		seq, err2 = strconv.Atoi(parts[1])
		if err1 == nil && err2 == nil && line(g, seq) == l+"\n" {
			return g, seq
		}
	}
	t.Fatalf("garbled line %q", l)
	return 0, 0
}

func TestOrderAndCompleteness(t *testing.T) {
	r := startReceiver(t, listen(t))
	f := newForwarder(t, Options{Addr: "tcp://" + r.ln.Addr().String(), QueueBytes: 256 << 10})
	const G, N = 3, 20000
	var wg sync.WaitGroup
	for g := range G {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b []byte
			for seq := 0; seq < N; {
				// 1 to 4 lines per call: they must stay together.
				b = b[:0]
				for k := 0; k <= seq%4 && seq < N; k++ {
					b = append(b, line(g, seq)...)
					seq++
				}
				if err := f.WriteLines(b); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	closeAll(t, f, 10*time.Second)
	r.wait(t, G*N)
	r.drain(t)
	data := r.data()
	if len(data) != 1 {
		t.Errorf("%d connections, want 1", len(data))
	}
	next := make([]int, G)
	for _, d := range data {
		if len(d) > 0 && d[len(d)-1] != '\n' {
			t.Fatal("a connection ended in a partial line")
		}
		for l := range strings.SplitSeq(strings.TrimSuffix(string(d), "\n"), "\n") {
			g, seq := parse(t, l)
			if g < 0 || g >= G || seq != next[g] {
				t.Fatalf("line %q: want g%d seq %d", l, g, next[g])
			}
			next[g]++
		}
	}
	for g := range G {
		if next[g] != N {
			t.Errorf("g%d: %d lines, want %d", g, next[g], N)
		}
	}
	st := f.Stats()
	if st.LinesSent != G*N || st.QueuedLines != 0 || st.QueuedBytes != 0 || st.Undelivered != 0 || st.Resent != 0 {
		t.Errorf("stats %+v", st)
	}
}

// freeAddr is an address nothing listens on (for now).
func freeAddr(t *testing.T) string {
	ln := listen(t)
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestTargetDownAtStart(t *testing.T) {
	addr := freeAddr(t)
	f := newForwarder(t, Options{Addr: "tcp://" + addr})
	const N = 1000
	for i := range N {
		if err := f.WriteLines([]byte(line(0, i))); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(300 * time.Millisecond)
	if f.Connected() {
		t.Fatal("connected to nothing")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	r := startReceiver(t, ln)
	r.wait(t, N)
	if !f.Connected() {
		t.Error("not Connected after delivering")
	}
	closeAll(t, f, 5*time.Second)
	r.drain(t)
	var all []byte
	for _, d := range r.data() {
		all = append(all, d...)
	}
	var want strings.Builder
	for i := range N {
		want.WriteString(line(0, i))
	}
	if string(all) != want.String() {
		t.Error("received lines differ from the lines written")
	}
	if st := f.Stats(); st.Reconnects < 1 || st.LinesSent != N {
		t.Errorf("stats %+v: want Reconnects >= 1, LinesSent %d", st, N)
	}
}

func TestReceiverRestart(t *testing.T) {
	ln := listen(t)
	addr := ln.Addr().String()
	f := newForwarder(t, Options{Addr: "tcp://" + addr})

	// The first receiver reads 1000 lines, then closes the connection and
	// the listener.
	first := make(chan []byte, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			ln.Close()
			first <- nil
			return
		}
		br := bufio.NewReader(c)
		var got []byte
		for range 1000 {
			l, err := br.ReadBytes('\n')
			got = append(got, l...)
			if err != nil {
				break
			}
		}
		b, _ := br.Peek(br.Buffered())
		got = append(got, b...)
		// Close the listener first: a connection still waiting in its
		// backlog would be reset, undetectably, after its accept.
		ln.Close()
		c.Close()
		first <- got
	}()
	n := 0
	write := func(k int) {
		for range k {
			if err := f.WriteLines([]byte(line(0, n))); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	write(1000)
	var got1 []byte
	select {
	case got1 = <-first:
	case <-time.After(10 * time.Second):
		t.Fatal("the first receiver did not get 1000 lines")
	}
	closed := time.Now()
	write(500) // while the receiver is down
	time.Sleep(time.Until(closed.Add(200 * time.Millisecond)))
	ln2, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	r := startReceiver(t, ln2)
	write(500) // after it is back
	closeAll(t, f, 5*time.Second)
	r.drain(t)

	seen := make(map[string]int)
	for _, d := range append([][]byte{got1}, r.data()...) {
		for l := range strings.SplitSeq(string(d), "\n") {
			seen[l]++
		}
	}
	for i := range n {
		if l := strings.TrimSuffix(line(0, i), "\n"); seen[l] == 0 {
			t.Errorf("line %d lost", i)
		}
	}
	st := f.Stats()
	if st.Reconnects < 1 || st.LinesSent < int64(n) {
		t.Errorf("stats %+v", st)
	}
	t.Logf("stats %+v", st)
}

func TestBackpressure(t *testing.T) {
	ln := listen(t)
	var mu sync.Mutex
	var held []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // never read
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range held {
			c.Close()
		}
		mu.Unlock()
	})
	f := newForwarder(t, Options{Addr: "tcp://" + ln.Addr().String(), QueueBytes: 1 << 20})
	chunk := bytes.Repeat([]byte(strings.Repeat("a", 1023)+"\n"), 64)
	var calls atomic.Int64
	werr := make(chan error, 1)
	go func() {
		for {
			if err := f.WriteLines(chunk); err != nil {
				werr <- err
				return
			}
			calls.Add(1)
		}
	}()
	// Wait for the writer to block: no progress for 500ms with a full
	// queue.
	deadline := time.Now().Add(15 * time.Second)
	last, still := int64(-1), 0
	for still < 5 {
		if time.Now().After(deadline) {
			t.Fatalf("WriteLines never blocked: %d calls, stats %+v", calls.Load(), f.Stats())
		}
		time.Sleep(100 * time.Millisecond)
		c := calls.Load()
		if c == last && f.Stats().QueuedBytes > 1<<19 {
			still++
		} else {
			still = 0
		}
		last = c
	}
	select {
	case err := <-werr:
		t.Fatalf("writer returned %v", err)
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	n, err := f.Close(ctx)
	if n <= 0 || err == nil {
		t.Errorf("Close: %d undelivered, %v; want > 0 and an error", n, err)
	}
	select {
	case err := <-werr:
		if !errors.Is(err, ErrClosed) {
			t.Errorf("blocked WriteLines returned %v, want ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not unblock the blocked WriteLines")
	}
	if st := f.Stats(); st.Undelivered != n {
		t.Errorf("Stats().Undelivered %d, Close said %d", st.Undelivered, n)
	}
	if err := f.WriteLines([]byte("x\n")); !errors.Is(err, ErrClosed) {
		t.Errorf("WriteLines after Close: %v", err)
	}
}

func TestLargerThanQueue(t *testing.T) {
	r := startReceiver(t, listen(t))
	f := newForwarder(t, Options{Addr: "tcp://" + r.ln.Addr().String(), QueueBytes: 4096})
	var big []byte
	for i := range 5000 {
		big = append(big, line(1, i)...)
	}
	for range 3 {
		if err := f.WriteLines(big); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.WriteLines([]byte("no newline")); err != nil {
		t.Fatal(err)
	}
	closeAll(t, f, 5*time.Second)
	r.wait(t, 3*5000+1)
	r.drain(t)
	want := string(big) + string(big) + string(big) + "no newline\n"
	if d := r.data(); len(d) != 1 || string(d[0]) != want {
		t.Error("received data differs")
	}
}

func TestCloseTargetDown(t *testing.T) {
	f := newForwarder(t, Options{Addr: "tcp://" + freeAddr(t)})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if n, err := f.Close(ctx); n != 0 || err != nil {
		t.Fatalf("Close with an empty queue: %d, %v", n, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Close with an empty queue took %v", d)
	}
	if n, err := f.Close(ctx); n != 0 || err != nil {
		t.Fatalf("second Close: %d, %v", n, err)
	}
	if err := f.WriteLines([]byte("x\n")); !errors.Is(err, ErrClosed) {
		t.Errorf("WriteLines after Close: %v", err)
	}
}

// lockedBuffer collects log output from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// mtlsServer listens with TLS, requiring client certificates from ca.
func mtlsServer(t *testing.T, ca *certstest.CA) *receiver {
	t.Helper()
	srv := ca.Localhost(t, "server")
	cert, err := tls.LoadX509KeyPair(srv.CertFile, srv.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca.Cert)
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientCAs:    pool,
		ClientAuth:   tls.RequireAndVerifyClientCert,
		MinVersion:   tls.VersionTLS12,
	})
	if err != nil {
		t.Fatal(err)
	}
	return startReceiver(t, ln)
}

func TestTLS(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, dir, "test")
	cli := ca.Issue(t, "client", certstest.Leaf{CN: "client"})
	r := mtlsServer(t, ca)
	cfg, err := ClientTLS(ca.CertFile, cli.CertFile, cli.KeyFile, "localhost")
	if err != nil {
		t.Fatal(err)
	}
	f := newForwarder(t, Options{Addr: "tls://" + r.ln.Addr().String(), TLS: cfg})
	const N = 5000
	var want strings.Builder
	for i := range N {
		want.WriteString(line(2, i))
		if err := f.WriteLines([]byte(line(2, i))); err != nil {
			t.Fatal(err)
		}
	}
	closeAll(t, f, 5*time.Second)
	r.wait(t, N)
	r.drain(t)
	if d := r.data(); len(d) != 1 || string(d[0]) != want.String() {
		t.Errorf("received data differs (%d connections)", len(d))
	}
	if st := f.Stats(); st.LinesSent != N || st.Undelivered != 0 || st.QueuedLines != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestTLSWithoutClientCert(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, dir, "test")
	r := mtlsServer(t, ca)
	cfg, err := ClientTLS(ca.CertFile, "", "", "localhost")
	if err != nil {
		t.Fatal(err)
	}
	var logs lockedBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f := newForwarder(t, Options{Addr: "tls://" + r.ln.Addr().String(), TLS: cfg, Logger: log})
	const secret = "password=hunter2-Zq8vXs3cr3t"
	const N = 100
	for i := range N {
		if err := f.WriteLines(fmt.Appendf(nil, "user=bob %s n=%d\n", secret, i)); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(500 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	n, err := f.Close(ctx)
	if n != N || err == nil {
		t.Errorf("Close: %d undelivered, %v; want %d and an error", n, err, N)
	}
	if err != nil && strings.Contains(err.Error(), secret) {
		t.Errorf("the error contains line content: %v", err)
	}
	r.drain(t)
	if got := r.lines.Load(); got != 0 {
		t.Errorf("the server received %d lines", got)
	}
	if st := f.Stats(); st.LinesSent != 0 || st.Undelivered != N {
		t.Errorf("stats %+v", st)
	}
	out := logs.String()
	if strings.Contains(out, secret) || strings.Contains(out, "hunter2") {
		t.Errorf("the log contains line content:\n%s", out)
	}
	if !strings.Contains(out, "forward: cannot connect") {
		t.Errorf("no connection failure logged:\n%s", out)
	}
	t.Logf("err: %v\nlog:\n%s", err, out)
}

func TestClientTLSErrors(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, dir, "test")
	cli := ca.Issue(t, "client", certstest.Leaf{CN: "client"})
	srv := ca.Localhost(t, "server")
	missing := filepath.Join(dir, "missing.pem")
	for _, tc := range []struct {
		name          string
		ca, cert, key string
		mention       []string
		contentOf     []string // files whose PEM must not appear
	}{
		{"missing CA", missing, "", "", []string{missing}, nil},
		{"CA without certificates", cli.KeyFile, "", "", []string{cli.KeyFile}, []string{cli.KeyFile}},
		{"cert without key", "", cli.CertFile, "", []string{cli.CertFile}, nil},
		{"key without cert", "", "", cli.KeyFile, []string{cli.KeyFile}, nil},
		{"missing cert", "", missing, cli.KeyFile, []string{missing}, nil},
		{"missing key", "", cli.CertFile, missing, []string{missing}, nil},
		{"mismatched pair", "", srv.CertFile, cli.KeyFile, []string{srv.CertFile, cli.KeyFile}, []string{srv.CertFile, cli.KeyFile}},
		{"swapped pair", "", cli.KeyFile, cli.CertFile, []string{cli.KeyFile, cli.CertFile}, []string{cli.CertFile, cli.KeyFile}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := ClientTLS(tc.ca, tc.cert, tc.key, "localhost")
			if err == nil {
				t.Fatalf("no error; config %v", cfg)
			}
			msg := err.Error()
			for _, m := range tc.mention {
				if !strings.Contains(msg, m) {
					t.Errorf("%q does not name %s", msg, m)
				}
			}
			if strings.Contains(msg, "BEGIN") {
				t.Errorf("%q contains PEM", msg)
			}
			for _, file := range tc.contentOf {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				for l := range strings.SplitSeq(string(data), "\n") {
					if len(l) >= 16 && !strings.HasPrefix(l, "-----") && strings.Contains(msg, l[:16]) {
						t.Errorf("%q contains the content of %s", msg, file)
					}
				}
			}
		})
	}
	cfg, err := ClientTLS(ca.CertFile, cli.CertFile, cli.KeyFile, "logs.example")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.MinVersion != tls.VersionTLS12 || cfg.ServerName != "logs.example" || cfg.RootCAs == nil || len(cfg.Certificates) != 1 {
		t.Errorf("config %+v", cfg)
	}
	if cfg, err := ClientTLS("", "", "", "x"); err != nil || cfg.RootCAs != nil || len(cfg.Certificates) != 0 {
		t.Errorf("system roots, no client cert: %v, %v", cfg, err)
	}
}

func TestNewErrors(t *testing.T) {
	for _, opt := range []Options{
		{Addr: "http://x:80"},
		{Addr: "tcp://nohost"},
		{Addr: "tcp://:5170"},
		{Addr: "tcp://host:0"},
		{Addr: "tcp://host:99999"},
		{Addr: "tcp://host:port"},
		{Addr: "tcp://host:5170/path"},
		{Addr: "host:5170"},
		{Addr: ""},
		{Addr: "tcp://127.0.0.1:5170", QueueBytes: -1},
		{Addr: "tcp://127.0.0.1:5170", MinBackoff: -1},
		{Addr: "tcp://127.0.0.1:5170", TLS: &tls.Config{}},
	} {
		f, err := New(opt)
		if err == nil {
			f.Close(context.Background())
			t.Errorf("New(%+v): no error", opt)
			continue
		}
		if f != nil {
			t.Errorf("New(%+v): a Forwarder and an error", opt)
		}
		if !strings.HasPrefix(err.Error(), "forward: ") {
			t.Errorf("error %q", err)
		}
	}
	for _, addr := range []string{"tcp://127.0.0.1:1", "tls://localhost:6514", "tcp://[::1]:5170"} {
		f, err := New(Options{Addr: addr})
		if err != nil {
			t.Errorf("New(%q): %v", addr, err)
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		f.Close(ctx)
		cancel()
	}
}

func TestNewDoesNotEchoCredentials(t *testing.T) {
	_, err := New(Options{Addr: "tcp://user:hunter2pw@127.0.0.1:1"})
	if err == nil || strings.Contains(err.Error(), "hunter2pw") {
		t.Fatalf("err %v", err)
	}
}

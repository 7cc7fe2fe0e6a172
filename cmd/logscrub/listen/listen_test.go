package listen

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/filter/filtertest"
)

// A secret the default rules remove wherever it stands.
const secret = "ghp_R2d9Xk4LmQ7vT1sZpW8yB3nC6hJ0fA5eGu1q"

func scrubber(tb testing.TB) *filter.Scrubber { return filtertest.Default(tb) }

// recorder is a sink that keeps every WriteLines call.
type recorder struct {
	mu    sync.Mutex
	calls [][]byte
	block chan struct{} // when set, WriteLines waits on it
}

func (r *recorder) WriteLines(p []byte) error {
	if r.block != nil {
		<-r.block
	}
	if len(p) == 0 || p[len(p)-1] != '\n' {
		return fmt.Errorf("WriteLines given %d bytes not ending in a line end", len(p))
	}
	r.mu.Lock()
	r.calls = append(r.calls, bytes.Clone(p))
	r.mu.Unlock()
	return nil
}

func (r *recorder) text() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return string(bytes.Join(r.calls, nil))
}

func (r *recorder) lines() []string {
	s := r.text()
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// serve starts a Server on 127.0.0.1 and shuts it down at the end.
func serve(t *testing.T, opt Options) (*Server, string) {
	t.Helper()
	if opt.Scrubber == nil {
		opt.Scrubber = scrubber(t)
	}
	ln, err := Listen("tcp://127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := New(opt)
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		if err := <-errc; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return s, ln.Addr().String()
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitClosed waits until the server has accepted a connection and has none
// open.
func waitClosed(t *testing.T, s *Server) {
	t.Helper()
	waitDone(t, s, 1)
}

// waitDone waits until n connections were accepted and none is open.
func waitDone(t *testing.T, s *Server, n int64) {
	t.Helper()
	waitFor(t, "connections to close", func() bool {
		st := s.Stats()
		return st.Accepted >= n && st.Open == 0
	})
}

func TestManyClientsLinesWholeAndInOrder(t *testing.T) { manyClients(t, 8, 3000) }

// manyClients connects clients at once, each sending perClient lines with
// a secret through a small buffer (lines straddle writes), and checks that
// every line arrives once, whole, scrubbed, in its client's order.
func manyClients(t *testing.T, clients, perClient int) {
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec})
	var wg sync.WaitGroup
	start := make(chan struct{})
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nc, err := net.Dial("tcp", addr)
			if err != nil {
				t.Error(err)
				return
			}
			defer nc.Close()
			<-start
			w := bufio.NewWriterSize(nc, 1000) // small: lines straddle writes
			for i := range perClient {
				fmt.Fprintf(w, "client=%d seq=%d token=%s padding=%s end\n", c, i, secret, strings.Repeat("x", i%97))
			}
			w.Flush()
		}()
	}
	close(start)
	wg.Wait()
	waitFor(t, "all lines", func() bool { return s.Stats().Lines == int64(clients*perClient) })
	waitClosed(t, s)
	lines := rec.lines()
	checkOrdered(t, lines, clients, perClient)
	for _, l := range lines {
		var c, i int
		fmt.Sscanf(l, "client=%d seq=%d", &c, &i)
		if want := " padding=" + strings.Repeat("x", i%97) + " end"; !strings.HasSuffix(l, want) {
			t.Fatalf("line %q lost its tail", l)
		}
	}
	st := s.Stats()
	if st.Accepted != int64(clients) || st.Filter.Lines != int64(clients*perClient) || st.Filter.LinesChanged != int64(clients*perClient) {
		t.Errorf("stats %+v", st)
	}
}

func TestPartialLineAtDisconnectIsScrubbed(t *testing.T) {
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec})
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(nc, "first line\r\nsecond token=%s", secret)
	nc.Close()
	waitClosed(t, s)
	got := rec.text()
	if strings.Contains(got, secret) {
		t.Fatalf("secret passed: %q", got)
	}
	if !strings.HasPrefix(got, "first line\r\nsecond token=") || !strings.HasSuffix(got, "\n") {
		t.Fatalf("got %q", got)
	}
	if st := s.Stats(); st.PartialLines != 1 || st.Lines != 2 {
		t.Errorf("PartialLines %d, Lines %d; want 1, 2", st.PartialLines, st.Lines)
	}
}

func TestLongLinesAreCutAndScanned(t *testing.T) {
	rec := &recorder{}
	const max = 2048
	s, addr := serve(t, Options{Sink: rec, MaxLine: max})
	var in strings.Builder
	// A line of 10 KiB of words with a secret in each piece's middle, one
	// of exactly max bytes (not cut), and one of 5000 bytes with no
	// separator at all.
	for in.Len() < 10<<10 {
		fmt.Fprintf(&in, "word%d token=%s ", in.Len(), secret)
	}
	in.WriteString("\n")
	in.WriteString(strings.Repeat("a", max) + "\n")
	in.WriteString(strings.Repeat("b", 5000) + "\n")
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(nc, in.String())
	nc.Close()
	waitClosed(t, s)
	lines := rec.lines()
	for _, l := range lines {
		if len(l) > max {
			t.Errorf("a line of %d bytes passed the %d cut", len(l), max)
		}
		if strings.Contains(l, secret) {
			t.Errorf("secret passed in a cut piece")
		}
	}
	if got := strings.Join(lines, ""); strings.Count(got, "token=") != strings.Count(in.String(), "token=") {
		t.Errorf("cutting lost content")
	}
	if lines[len(lines)-4] != strings.Repeat("a", max) {
		t.Errorf("a line of exactly MaxLine bytes was cut")
	}
	if tail := strings.Join(lines[len(lines)-3:], ""); tail != strings.Repeat("b", 5000) {
		t.Errorf("the line without separators came out as %d bytes", len(tail))
	}
	if st := s.Stats(); st.LinesCut < 6 {
		t.Errorf("LinesCut %d, want at least 6", st.LinesCut)
	}
}

func TestOctetCountedSyslog(t *testing.T) {
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec, MaxLine: 1024})
	msgs := []string{
		"<13>1 2026-12-04T10:00:00Z host app - - - login ok",
		"<13>1 2026-12-04T10:00:01Z host app - - - token=" + secret,
		"<13>1 2026-12-04T10:00:02Z host app - - - two\nlines",
		"<13>1 2026-12-04T10:00:03Z host app - - - " + strings.Repeat("long ", 500),
		"<13>1 2026-12-04T10:00:04Z host app - - - last",
	}
	var in bytes.Buffer
	for _, m := range msgs {
		fmt.Fprintf(&in, "%d %s", len(m), m)
	}
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	// One byte at a time for the first frames: headers split across reads.
	b := in.Bytes()
	for i := 0; i < 200; i++ {
		nc.Write(b[i : i+1])
		if i%20 == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	nc.Write(b[200:])
	nc.Close()
	waitClosed(t, s)
	got := rec.text()
	if strings.Contains(got, secret) {
		t.Fatal("secret passed")
	}
	lines := rec.lines()
	if lines[0] != msgs[0] || !strings.HasPrefix(lines[1], "<13>1 2026-12-04T10:00:01Z host app - - - token=") {
		t.Fatalf("frames came out as %q", lines[:2])
	}
	if lines[2] != "<13>1 2026-12-04T10:00:02Z host app - - - two" || lines[3] != "lines" {
		t.Errorf("a frame's inner line end: %q", lines[2:4])
	}
	if lines[len(lines)-1] != msgs[4] {
		t.Errorf("last frame %q", lines[len(lines)-1])
	}
	if strings.Contains(got, "2562 <13>") || strings.Contains(got, "\n51 ") {
		t.Errorf("frame headers leaked into the output")
	}
	st := s.Stats()
	if st.Framed != 1 || st.LinesCut < 2 || st.PartialLines != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestDecideMode(t *testing.T) {
	for _, tc := range []struct {
		in    string
		final bool
		want  int
	}{
		{"", false, undecided},
		{"", true, lineMode},
		{"12", false, undecided},
		{"12", true, lineMode},
		{"12 ", false, undecided},
		{"12 <13>", false, frameMode},
		{"12 x", false, lineMode},
		{"012 <13>", false, lineMode},
		{"1234567890 <", false, lineMode},
		{"<13>Dec  4 host app: hi", false, lineMode},
		{"2026-12-04 INFO", false, lineMode},
		{"200 OK", false, lineMode},
	} {
		if got := decideMode([]byte(tc.in), tc.final); got != tc.want {
			t.Errorf("decideMode(%q, %v) = %d, want %d", tc.in, tc.final, got, tc.want)
		}
	}
}

func TestMaxConnsRefusesTheNext(t *testing.T) {
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec, MaxConns: 2})
	var open []net.Conn
	for range 2 {
		nc, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer nc.Close()
		open = append(open, nc)
	}
	waitFor(t, "two open", func() bool { return s.Stats().Open == 2 })
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := nc.Read(make([]byte, 1)); err == nil {
		t.Fatal("the third connection was not closed")
	}
	if st := s.Stats(); st.Refused != 1 {
		t.Errorf("Refused %d, want 1", st.Refused)
	}
	// The two open ones still work.
	for i, c := range open {
		fmt.Fprintf(c, "still here %d\n", i)
		c.Close()
	}
	waitClosed(t, s)
	if got := rec.text(); !strings.Contains(got, "still here 0\n") || !strings.Contains(got, "still here 1\n") {
		t.Errorf("got %q", got)
	}
}

func TestIdleTimeoutWritesThePartialLine(t *testing.T) {
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec, IdleTimeout: 200 * time.Millisecond})
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	fmt.Fprintf(nc, "half a line password=%s", "hunter2hunter2")
	waitClosed(t, s)
	got := rec.text()
	if !strings.HasPrefix(got, "half a line password=") || strings.Contains(got, "hunter2") || !strings.HasSuffix(got, "\n") {
		t.Fatalf("got %q", got)
	}
}

func TestShutdownDrainsWhatWasSent(t *testing.T) {
	rec := &recorder{}
	sc := scrubber(t)
	ln, err := Listen("tcp://127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := New(Options{Scrubber: sc, Sink: rec})
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ln) }()
	nc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	var want int
	for i := range 500 {
		fmt.Fprintf(nc, "line %d\n", i)
		want++
	}
	io.WriteString(nc, "no end yet")
	waitFor(t, "the connection", func() bool { return s.Stats().Open == 1 })
	time.Sleep(50 * time.Millisecond) // the bytes reach the server's socket
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatalf("Serve after Shutdown: %v", err)
	}
	lines := rec.lines()
	if len(lines) != want+1 || lines[want] != "no end yet" {
		t.Fatalf("got %d lines, the last %q", len(lines), lines[len(lines)-1])
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("still accepting after Shutdown")
	}
}

func TestSinkBackpressureStopsReading(t *testing.T) {
	rec := &recorder{block: make(chan struct{})}
	s, addr := serve(t, Options{Sink: rec})
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	// With the sink blocked, the server stops reading: the client's writes
	// eventually block too (kernel buffers fill).
	line := strings.Repeat("z", 1023) + "\n"
	wrote := 0
	nc.SetWriteDeadline(time.Now().Add(2 * time.Second))
	for {
		if _, err := io.WriteString(nc, line); err != nil {
			break
		}
		wrote++
		if wrote > 1<<20 {
			t.Fatal("1 GiB written into a blocked sink")
		}
	}
	close(rec.block)
	nc.SetWriteDeadline(time.Time{})
	nc.Close()
	waitClosed(t, s)
	if st := s.Stats(); st.Lines < int64(wrote) {
		t.Errorf("%d lines written, %d received", wrote, st.Lines)
	}
}

func TestUnixSocket(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.sock")
	// A stale socket file (its listener gone) is replaced.
	old, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	old.(*net.UnixListener).SetUnlinkOnClose(false)
	old.Close()
	ln, err := Listen("unix://" + path)
	if err != nil {
		t.Fatalf("stale socket not replaced: %v", err)
	}
	if _, err := Listen("unix://" + path); err == nil {
		t.Error("a socket in use was taken over")
	}
	plain := filepath.Join(dir, "file")
	os.WriteFile(plain, nil, 0o600)
	if _, err := Listen("unix://" + plain); err == nil {
		t.Error("a regular file was replaced by a socket")
	}
	rec := &recorder{}
	s := New(Options{Scrubber: scrubber(t), Sink: rec})
	go s.Serve(ln)
	defer s.Shutdown(context.Background())
	nc, err := net.Dial("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(nc, "over unix token=%s\n", secret)
	nc.Close()
	waitFor(t, "the line", func() bool { return s.Stats().Lines == 1 })
	waitClosed(t, s)
	if got := rec.text(); !strings.HasPrefix(got, "over unix token=") || strings.Contains(got, secret) {
		t.Errorf("got %q", got)
	}
}

func TestListenAddresses(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:5170", "udp://127.0.0.1:1", "tcp://127.0.0.1", "unix://", "http://x:1"} {
		if ln, err := Listen(addr); err == nil {
			ln.Close()
			t.Errorf("Listen(%q) accepted", addr)
		}
	}
}

// TestMutualTLS: a client with a certificate from the CA gets through; a
// plaintext client and one without a certificate are rejected and counted.
func TestMutualTLS(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, dir, "logs")
	srvCert := ca.Localhost(t, "server")
	client := ca.Issue(t, "client", certstest.Leaf{CN: "billing-api"})
	tlsSrv, err := certs.NewServer(certs.Files{Cert: srvCert.CertFile, Key: srvCert.KeyFile, ClientCA: ca.CertFile}, []string{"billing-*"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec, TLS: tlsSrv})

	pool := x509.NewCertPool()
	pool.AddCert(ca.Cert)
	kp, err := tls.LoadX509KeyPair(client.CertFile, client.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	tc, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: pool, ServerName: "localhost", Certificates: []tls.Certificate{kp}})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(tc, "x-api-key: %s\n", secret)
	tc.Close()

	pc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(pc, "plaintext token=%s\n", secret)
	pc.SetReadDeadline(time.Now().Add(5 * time.Second))
	io.Copy(io.Discard, pc)
	pc.Close()

	if nc, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: pool, ServerName: "localhost"}); err == nil {
		nc.SetReadDeadline(time.Now().Add(5 * time.Second))
		nc.Read(make([]byte, 1)) // TLS 1.3 reports the rejection on the first read
		nc.Close()
	}
	waitFor(t, "the rejections", func() bool {
		r := s.Stats().Rejected
		return r[certs.ReasonPlaintext] == 1 && r[certs.ReasonNoCertificate] == 1
	})
	waitClosed(t, s)
	got := rec.text()
	if !strings.HasPrefix(got, "x-api-key: ") || strings.Contains(got, secret) || strings.Contains(got, "plaintext") {
		t.Fatalf("got %q", got)
	}
}

type discard struct{}

func (discard) WriteLines([]byte) error { return nil }

// receivedBlock is a read's worth of mixed lines, some with secrets.
func receivedBlock() []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < 60<<10; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "{\"ts\":%d,\"msg\":\"GET /api\",\"headers\":{\"x-api-key\":\"%s\"}}\n", i, secret)
		case 1:
			fmt.Fprintf(&b, "<13>Dec  4 10:00:00 web01 app[42]: request %d done in 3ms\n", i)
		default:
			fmt.Fprintf(&b, "level=info seq=%d user=bob path=/v1/items status=200\n", i)
		}
	}
	return b.Bytes()
}

// TestReceiveZeroAllocsPerRead pins the receiver's per-read path (split,
// scrub, hand to the sink) at no allocation once its buffers are warm.
func TestReceiveZeroAllocsPerRead(t *testing.T) {
	s := New(Options{Scrubber: scrubber(t), Sink: discard{}})
	block := receivedBlock()
	c := &conn{s: s, st: s.opt.Scrubber.NewStream(), buf: make([]byte, len(block)+firstBuf)}
	once := func() {
		c.fill = copy(c.buf, block)
		c.scrubComplete()
		if err := c.flush(); err != nil {
			t.Fatal(err)
		}
	}
	once()
	if n := testing.AllocsPerRun(50, once); n != 0 {
		t.Errorf("%v allocations per read of %d bytes", n, len(block))
	}
}

func BenchmarkReceive(b *testing.B) {
	s := New(Options{Scrubber: scrubber(b), Sink: discard{}})
	block := receivedBlock()
	c := &conn{s: s, st: s.opt.Scrubber.NewStream(), buf: make([]byte, len(block)+firstBuf)}
	b.SetBytes(int64(len(block)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.fill = copy(c.buf, block)
		c.scrubComplete()
		c.flush()
	}
}

// BenchmarkReceiveCopy is the same block through Stream.Copy, the file
// path, for comparison.
func BenchmarkReceiveCopy(b *testing.B) {
	st := scrubber(b).NewStream()
	block := receivedBlock()
	b.SetBytes(int64(len(block)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st.Copy(io.Discard, bytes.NewReader(block))
	}
}

func TestListenDoesNotEchoCredentials(t *testing.T) {
	_, err := Listen("tcp://user:hunter2pw@127.0.0.1:0")
	if err == nil || strings.Contains(err.Error(), "hunter2pw") {
		t.Fatalf("err %v", err)
	}
}

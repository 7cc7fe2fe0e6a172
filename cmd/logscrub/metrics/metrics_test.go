package metrics

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
	"github.com/logscrub/logscrub/cmd/logscrub/forward"
	"github.com/logscrub/logscrub/cmd/logscrub/listen"
	"github.com/logscrub/logscrub/cmd/logscrub/sink"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/filter/filtertest"
)

// scrubber is the default rule set's Scrubber.
func scrubber(tb testing.TB) *filter.Scrubber { return filtertest.Default(tb) }

// The secrets of the tests: none may ever appear in a scrape.
var secrets = []string{"hunter2-Zq9xW3", "s3cr3tv4lue8Kd27Lm", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "AKIAQWERTYUIOPASDFGH"}

func secretLines() string {
	return "level=info user=bob password=" + secrets[0] + "\n" +
		`{"ts":1,"headers":{"x-api-key":"` + secrets[1] + `"}}` + "\n" +
		"cloning with token " + secrets[2] + "\n" +
		"aws key " + secrets[3] + " in use\n" +
		"GET /healthz 200 1ms\n"
}

// gather scrapes m's registry as a client would: over HTTP, parsed by the
// text format parser. It returns the families and the raw body.
func gather(t *testing.T, m *Metrics) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	srv := httptest.NewServer(m.Handler(func() error { return nil }))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %s\n%s", resp.Status, body)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("parsing the scrape: %v\n%s", err, body)
	}
	return fams, string(body)
}

// value is the value of the series of family name whose labels include
// the label pairs given (name, value, name, value…); it fails the test when
// there is no such series.
func value(t *testing.T, fams map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	t.Helper()
	f := fams[name]
	if f == nil {
		t.Fatalf("no metric %s", name)
	}
next:
	for _, m := range f.Metric {
		for i := 0; i+1 < len(labels); i += 2 {
			found := false
			for _, lp := range m.Label {
				if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
					found = true
				}
			}
			if !found {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount())
		}
	}
	t.Fatalf("no series %s%v", name, labels)
	return 0
}

func TestEveryRulePreCreated(t *testing.T) {
	set := scrubber(t).Rules()
	m := New(set)
	fams, _ := gather(t, m)
	f := fams["logscrub_redactions_total"]
	if f == nil || len(f.Metric) != len(set.Rules) {
		t.Fatalf("redactions_total has %d series, want one per rule (%d)", len(f.GetMetric()), len(set.Rules))
	}
	for _, r := range set.Rules {
		if v := value(t, fams, "logscrub_redactions_total", "rule", r.ID); v != 0 {
			t.Errorf("rule %s starts at %v", r.ID, v)
		}
	}
	for _, kind := range sourceKinds {
		for _, name := range []string{"logscrub_lines_total", "logscrub_bytes_total", "logscrub_lines_changed_total", "logscrub_block_seconds"} {
			value(t, fams, name, "source", kind)
		}
	}
	for _, kind := range []string{"read", "decompress", "write", "sink", "tls_handshake"} {
		value(t, fams, "logscrub_errors_total", "kind", kind)
	}
	for _, r := range tlsReasons {
		value(t, fams, "logscrub_tls_handshake_rejections_total", "reason", r)
	}
	for _, name := range []string{
		"logscrub_json_lines_total", "logscrub_json_fallbacks_total", "logscrub_pem_resets_total", "logscrub_output_bytes_total",
		"logscrub_tcp_connections_open", "logscrub_tcp_connections_accepted_total", "logscrub_tcp_connections_refused_total",
		"logscrub_tcp_lines_cut_total", "logscrub_tcp_partial_lines_total",
		"logscrub_forward_connected", "logscrub_forward_queue_bytes", "logscrub_forward_queue_lines",
		"logscrub_forward_lines_sent_total", "logscrub_forward_bytes_sent_total", "logscrub_forward_reconnects_total",
		"logscrub_forward_lines_resent_total", "logscrub_forward_undelivered_lines_total",
		"go_goroutines", "go_memstats_heap_alloc_bytes", "process_cpu_seconds_total", "process_open_fds",
	} {
		value(t, fams, name)
	}
}

func TestSourceUnknownKindPanics(t *testing.T) {
	m := New(scrubber(t).Rules())
	for _, kind := range sourceKinds {
		if m.Source(kind) == nil {
			t.Fatalf("Source(%q) is nil", kind)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Source(\"/var/log/app.log\") did not panic")
		}
	}()
	m.Source("/var/log/app.log")
}

// TestObserveBlockZeroAllocs pins the per-block path at no allocation.
func TestObserveBlockZeroAllocs(t *testing.T) {
	set := scrubber(t).Rules()
	m := New(set)
	obs := m.Source(SourceFile)
	d := &filter.Stats{Lines: 100, Bytes: 8 << 10, LinesChanged: 3, JSONLines: 2, JSONFallbacks: 1, PEMResets: 1,
		Redactions: make([]int64, len(set.Rules))}
	d.Redactions[0], d.Redactions[len(d.Redactions)-1] = 2, 1
	if n := testing.AllocsPerRun(1000, func() { obs.ObserveBlock(d, 300*time.Microsecond) }); n != 0 {
		t.Errorf("ObserveBlock: %v allocations per call", n)
	}
}

// TestStreamCounts runs a real Stream with the Observer attached and checks
// every count against the Stream's own.
func TestStreamCounts(t *testing.T) {
	sc := scrubber(t)
	m := New(sc.Rules())
	st := sc.NewStream()
	st.SetObserver(m.Source(SourceStdin))
	in := strings.Repeat(secretLines(), 3) + "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nlevel=info msg=\"not key material\"\n"
	var out bytes.Buffer
	if err := st.Copy(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	fams, body := gather(t, m)
	s := st.Stats()
	for name, want := range map[string]int64{
		"logscrub_lines_total": s.Lines, "logscrub_bytes_total": s.Bytes, "logscrub_lines_changed_total": s.LinesChanged,
	} {
		if got := value(t, fams, name, "source", "stdin"); got != float64(want) {
			t.Errorf("%s{source=stdin} = %v, the Stream counted %d", name, got, want)
		}
		if got := value(t, fams, name, "source", "file"); got != 0 {
			t.Errorf("%s{source=file} = %v, want 0", name, got)
		}
	}
	if s.Lines != 18 {
		t.Errorf("the Stream counted %d lines, want 18", s.Lines)
	}
	for name, want := range map[string]int64{
		"logscrub_json_lines_total": s.JSONLines, "logscrub_json_fallbacks_total": s.JSONFallbacks, "logscrub_pem_resets_total": s.PEMResets,
	} {
		if got := value(t, fams, name); got != float64(want) {
			t.Errorf("%s = %v, the Stream counted %d", name, got, want)
		}
	}
	if s.JSONLines == 0 || s.PEMResets == 0 {
		t.Errorf("the input should have JSON lines and a PEM reset: %+v", s)
	}
	for _, r := range sc.Rules().Rules {
		if got := value(t, fams, "logscrub_redactions_total", "rule", r.ID); got != float64(s.Redactions[r.Index]) {
			t.Errorf("redactions_total{rule=%s} = %v, the Stream counted %d", r.ID, got, s.Redactions[r.Index])
		}
	}
	for _, id := range []string{"password", "api-key", "github-pat", "aws-access-key-id"} {
		if value(t, fams, "logscrub_redactions_total", "rule", id) == 0 {
			t.Errorf("no redaction counted for %s", id)
		}
	}
	if value(t, fams, "logscrub_block_seconds", "source", "stdin") == 0 {
		t.Error("block_seconds{source=stdin} has no observation")
	}
	noSecrets(t, body)
}

func noSecrets(t *testing.T, body string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(body, s) {
			t.Errorf("the scrape holds the secret %q", s)
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestHandler(t *testing.T) {
	m := New(scrubber(t).Rules())
	var mu sync.Mutex
	var readyErr error
	srv := httptest.NewServer(m.Handler(func() error {
		mu.Lock()
		defer mu.Unlock()
		return readyErr
	}))
	defer srv.Close()

	if code, body := get(t, srv.URL+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get(t, srv.URL+"/readyz"); code != 200 {
		t.Errorf("/readyz while ready: %d %q", code, body)
	}
	mu.Lock()
	readyErr = errors.New("forward target not connected")
	mu.Unlock()
	if code, body := get(t, srv.URL+"/readyz"); code != 503 || body != "forward target not connected\n" {
		t.Errorf("/readyz while not ready: %d %q", code, body)
	}
	if code, _ := get(t, srv.URL+"/healthz"); code != 200 {
		t.Errorf("/healthz while not ready: %d", code)
	}
	if code, body := get(t, srv.URL+"/metrics"); code != 200 || !strings.Contains(body, "# TYPE logscrub_lines_total counter") {
		t.Errorf("/metrics: %d\n%s", code, body)
	}
	if code, _ := get(t, srv.URL+"/"); code != 404 {
		t.Errorf("/: %d, want 404", code)
	}
	resp, err := http.Post(srv.URL+"/healthz", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz: %s", resp.Status)
	}
}

// TestServe: Serve answers on its listener until stop, and stop closes it.
func TestServe(t *testing.T) {
	m := New(scrubber(t).Rules())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	stop := m.Serve(ln, func() error { return nil })
	url := "http://" + ln.Addr().String()
	if code, _ := get(t, url+"/readyz"); code != 200 {
		t.Errorf("/readyz: %d", code)
	}
	stop()
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("the listener still accepts after stop")
	}
}

func TestErrors(t *testing.T) {
	m := New(scrubber(t).Rules())
	m.CountError(&filter.IOError{Op: "write", Err: errors.New("disk full")})
	m.CountError(&filter.IOError{Op: "read", Err: &archive.FormatError{Name: "a.gz", Err: errors.New("bad")}})
	m.CountError(&filter.IOError{Op: "read", Err: errors.New("EIO")})
	m.CountError(errors.New("x.log: open: no such file or directory"))
	m.Error(ErrWrite)
	fams, body := gather(t, m)
	for kind, want := range map[string]float64{"read": 2, "decompress": 1, "write": 2, "sink": 0, "tls_handshake": 0} {
		if got := value(t, fams, "logscrub_errors_total", "kind", kind); got != want {
			t.Errorf("errors_total{kind=%s} = %v, want %v", kind, got, want)
		}
	}
	if strings.Contains(body, "x.log") || strings.Contains(body, "a.gz") {
		t.Error("a file name is in the scrape")
	}
}

type recorder struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (r *recorder) WriteLines(p []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.b.Write(p)
	return nil
}

func (r *recorder) len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.b.Len()
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

// TestReceiver runs a real receiver with TLS on 127.0.0.1, its connections
// observed, and scrapes what it counted: lines by source, connections, TLS
// rejections by reason, output bytes. The client's address is in no label.
func TestReceiver(t *testing.T) {
	sc := scrubber(t)
	m := New(sc.Rules())
	dir := t.TempDir()
	ca := certstest.NewCA(t, dir, "logs")
	srvCert := ca.Localhost(t, "server")
	tlsSrv, err := certs.NewServer(certs.Files{Cert: srvCert.CertFile, Key: srvCert.KeyFile}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	srv := listen.New(listen.Options{Scrubber: sc, Sink: m.Output(rec), TLS: tlsSrv, Observer: m.Network})
	m.WatchListen(srv)
	m.WatchTLS(tlsSrv)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())

	// A plaintext client: rejected.
	pc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(pc, "password=hunter2-Zq9xW3\n")
	pc.Close()
	waitFor(t, "the plaintext rejection", func() bool { return tlsSrv.Rejections()[certs.ReasonPlaintext] == 1 })

	// A TLS client with secrets.
	tc, err := tlsDial(ln.Addr().String(), ca)
	if err != nil {
		t.Fatal(err)
	}
	local := tc.LocalAddr().String()
	io.WriteString(tc, secretLines())
	io.WriteString(tc, "a last line without newline")
	tc.Close()
	waitFor(t, "the lines", func() bool { return srv.Stats().Open == 0 && srv.Stats().Lines == 6 })

	fams, body := gather(t, m)
	if got := value(t, fams, "logscrub_lines_total", "source", "tcp"); got != 6 {
		t.Errorf("lines_total{source=tcp} = %v, want 6", got)
	}
	if got := value(t, fams, "logscrub_lines_changed_total", "source", "tcp"); got != 4 {
		t.Errorf("lines_changed_total{source=tcp} = %v, want 4", got)
	}
	for _, id := range []string{"password", "api-key", "github-pat", "aws-access-key-id"} {
		if value(t, fams, "logscrub_redactions_total", "rule", id) != 1 {
			t.Errorf("redactions_total{rule=%s} is not 1", id)
		}
	}
	for name, want := range map[string]float64{
		"logscrub_tcp_connections_accepted_total": 2, "logscrub_tcp_connections_open": 0, "logscrub_tcp_partial_lines_total": 1,
		"logscrub_output_bytes_total": float64(rec.len()),
	} {
		if got := value(t, fams, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if got := value(t, fams, "logscrub_tls_handshake_rejections_total", "reason", "plaintext"); got != 1 {
		t.Errorf("tls_handshake_rejections_total{reason=plaintext} = %v", got)
	}
	if got := value(t, fams, "logscrub_errors_total", "kind", "tls_handshake"); got != 1 {
		t.Errorf("errors_total{kind=tls_handshake} = %v", got)
	}
	if value(t, fams, "logscrub_block_seconds", "source", "tcp") == 0 {
		t.Error("block_seconds{source=tcp} has no observation")
	}
	noSecrets(t, body)
	host, port, _ := net.SplitHostPort(local)
	if strings.Contains(body, local) || strings.Contains(body, `"`+port+`"`) || strings.Contains(body, host+`"`) {
		t.Errorf("the client's address %s is in the scrape", local)
	}
}

// TestForwarder scrapes a real forwarder's counters: connected, sent and
// queued, then not connected once its target is gone.
func TestForwarder(t *testing.T) {
	m := New(scrubber(t).Rules())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan int, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			got <- 0
			return
		}
		n, _ := io.Copy(io.Discard, c)
		got <- int(n)
	}()
	f, err := forward.New(forward.Options{Addr: "tcp://" + ln.Addr().String(), MinBackoff: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	m.WatchForward(f)
	waitFor(t, "the forwarder's connection", f.Connected)
	fams, _ := gather(t, m)
	if value(t, fams, "logscrub_forward_connected") != 1 {
		t.Error("forward_connected is not 1")
	}
	var out sink.Lines = m.Output(f)
	if err := out.WriteLines([]byte("one\ntwo\nthree\n")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the lines sent", func() bool { return f.Stats().LinesSent == 3 })
	fams, _ = gather(t, m)
	for name, want := range map[string]float64{
		"logscrub_forward_lines_sent_total": 3, "logscrub_forward_bytes_sent_total": 14, "logscrub_forward_queue_lines": 0,
		"logscrub_forward_queue_bytes": 0, "logscrub_output_bytes_total": 14,
	} {
		if got := value(t, fams, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if n, err := f.Close(ctx); n != 0 || err != nil {
		t.Fatalf("Close: %d undelivered, %v", n, err)
	}
	if n := <-got; n != 14 {
		t.Errorf("the target got %d bytes", n)
	}
	fams, _ = gather(t, m)
	if value(t, fams, "logscrub_forward_connected") != 0 {
		t.Error("forward_connected is not 0 after Close")
	}
}

// lines is a few MB of mixed log lines, some with secrets, for the
// benchmarks.
func lines(size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		switch i % 8 {
		case 0:
			fmt.Fprintf(&b, "{\"ts\":%d,\"msg\":\"GET /api\",\"headers\":{\"x-api-key\":\"%s\"}}\n", i, secrets[1])
		case 1:
			fmt.Fprintf(&b, "%d level=warn msg=\"login\" user=bob password=%s\n", i, secrets[0])
		case 2:
			fmt.Fprintf(&b, "<13>Dec  4 10:00:00 web01 app[42]: request %d done in 3ms\n", i)
		default:
			fmt.Fprintf(&b, "2024-12-04T10:00:00Z level=info seq=%d user=bob path=/v1/items status=200 took=3ms\n", i)
		}
	}
	return b.Bytes()
}

func BenchmarkObserveBlock(b *testing.B) {
	set := scrubber(b).Rules()
	obs := New(set).Source(SourceFile)
	d := &filter.Stats{Lines: 3000, Bytes: 256 << 10, LinesChanged: 40, JSONLines: 20, Redactions: make([]int64, len(set.Rules))}
	d.Redactions[0], d.Redactions[7] = 30, 10
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		obs.ObserveBlock(d, 500*time.Microsecond)
	}
}

// BenchmarkCopy is Stream.Copy over 4 MiB of lines, without and with an
// Observer: the cost of metrics on the file path.
func BenchmarkCopy(b *testing.B) {
	sc := scrubber(b)
	in := lines(4 << 20)
	m := New(sc.Rules())
	for _, bc := range []struct {
		name string
		obs  filter.Observer
	}{{"no-observer", nil}, {"observer", m.Source(SourceFile)}} {
		b.Run(bc.name, func(b *testing.B) {
			st := sc.NewStream()
			st.SetObserver(bc.obs)
			r := bytes.NewReader(in)
			if err := st.Copy(io.Discard, r); err != nil { // warm the Stream's buffers
				b.Fatal(err)
			}
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				r.Reset(in)
				if err := st.Copy(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func tlsDial(addr string, ca *certstest.CA) (*tls.Conn, error) {
	pool := x509.NewCertPool()
	pool.AddCert(ca.Cert)
	return tls.Dial("tcp", addr, &tls.Config{RootCAs: pool, ServerName: "localhost"})
}

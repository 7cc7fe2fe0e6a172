package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// The secrets sent through a process whose metrics are scraped: none may
// appear in the scrape.
var metricsSecrets = []string{
	"Hunter2-metrics-9xQ",
	"s3cr3tv4lueMETRICS77",
	"ghp_Zx9metricsTOKENabcdefghij0123456789Q",
	"AKIAQWERTYUIOPASDFGH",
}

// metricsLines are lines with one secret each (rules password, api-key,
// github-pat, aws-access-key-id) and a line without any.
func metricsLines() []string {
	return []string{
		"level=info user=bob password=" + metricsSecrets[0],
		`{"msg":"call","headers":{"x-api-key":"` + metricsSecrets[1] + `"}}`,
		"git clone with token " + metricsSecrets[2],
		"aws key " + metricsSecrets[3] + " in use",
		"GET /healthz 200 1ms",
	}
}

// httpGet returns the status and body of a GET, retrying while the server
// is not up yet.
func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	var resp *http.Response
	waitFor(t, url, 10*time.Second, func() bool {
		var err error
		resp, err = http.Get(url)
		return err == nil
	})
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// scrape GETs /metrics and parses it with the Prometheus text parser.
func scrape(t *testing.T, addr string) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	code, body := httpGet(t, "http://"+addr+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d\n%s", code, body)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parsing /metrics: %v\n%s", err, body)
	}
	return fams, body
}

// metricValue is the value of the series of name with the label given
// (label may be empty for a metric without labels); -1 when there is none.
func metricValue(fams map[string]*dto.MetricFamily, name, label, val string) float64 {
	for _, m := range fams[name].GetMetric() {
		ok := label == ""
		for _, lp := range m.GetLabel() {
			if lp.GetName() == label && lp.GetValue() == val {
				ok = true
			}
		}
		if !ok {
			continue
		}
		if m.Counter != nil {
			return m.Counter.GetValue()
		}
		return m.GetGauge().GetValue()
	}
	return -1
}

// TestMetricsScrape runs the binary with --listen, a file and
// --metrics-addr, sends lines with secrets from a client, and scrapes: the
// counts are those of the lines sent, and the scrape holds none of the
// secrets and not the client's address.
func TestMetricsScrape(t *testing.T) {
	bin := logscrubBinary(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.log")
	in := filepath.Join(dir, "app.log")
	if err := os.WriteFile(in, []byte(strings.Join(metricsLines(), "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	port, mport := freePort(t), freePort(t)
	maddr := fmt.Sprintf("127.0.0.1:%d", mport)
	p := start(t, bin, in, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", port), "--metrics-addr", maddr, "-o", out)

	c := dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", port))
	client := c.LocalAddr().String()
	const rounds = 20
	var sent int
	for range rounds {
		for _, l := range metricsLines() {
			fmt.Fprintln(c, l)
			sent++
		}
	}
	c.Close()
	want := sent + len(metricsLines())
	waitFor(t, "the lines in "+out, 10*time.Second, func() bool { return len(readLines(t, out)) == want })
	outText := strings.Join(readLines(t, out), "\n")

	fams, body := scrape(t, maddr)
	if got := metricValue(fams, "logscrub_lines_total", "source", "tcp"); got != float64(sent) {
		t.Errorf("logscrub_lines_total{source=\"tcp\"} = %v, sent %d", got, sent)
	}
	if got := metricValue(fams, "logscrub_lines_total", "source", "file"); got != float64(len(metricsLines())) {
		t.Errorf("logscrub_lines_total{source=\"file\"} = %v, want %d", got, len(metricsLines()))
	}
	if got := metricValue(fams, "logscrub_lines_changed_total", "source", "tcp"); got != 4*rounds {
		t.Errorf("logscrub_lines_changed_total{source=\"tcp\"} = %v, want %d", got, 4*rounds)
	}
	for _, id := range []string{"password", "api-key", "github-pat", "aws-access-key-id"} {
		if got := metricValue(fams, "logscrub_redactions_total", "rule", id); got < rounds+1 {
			t.Errorf("logscrub_redactions_total{rule=%q} = %v, want at least %d", id, got, rounds+1)
		}
	}
	if got := metricValue(fams, "logscrub_redactions_total", "rule", "slack-bot-token"); got != 0 {
		t.Errorf("a rule that matched nothing: %v, want 0 (every rule pre-created)", got)
	}
	if got := metricValue(fams, "logscrub_tcp_connections_accepted_total", "", ""); got < 1 {
		t.Errorf("logscrub_tcp_connections_accepted_total = %v", got)
	}
	if got := metricValue(fams, "logscrub_output_bytes_total", "", ""); got != float64(len(outText)+1) {
		t.Errorf("logscrub_output_bytes_total = %v, the output has %d bytes", got, len(outText)+1)
	}
	for _, name := range []string{"go_goroutines", "go_memstats_alloc_bytes", "process_cpu_seconds_total", "process_resident_memory_bytes", "logscrub_block_seconds"} {
		if fams[name] == nil {
			t.Errorf("no %s in the scrape", name)
		}
	}
	for _, s := range metricsSecrets {
		if strings.Contains(body, s) {
			t.Errorf("the scrape holds the secret %q", s)
		}
		if strings.Contains(outText, s) {
			t.Errorf("the output holds the secret %q", s)
		}
	}
	_, cport, _ := net.SplitHostPort(client)
	if strings.Contains(body, client) || strings.Contains(body, ":"+cport) || strings.Contains(body, `"`+cport+`"`) {
		t.Errorf("the scrape holds the client's address %s", client)
	}
	if strings.Contains(body, in) || strings.Contains(body, "app.log") {
		t.Error("the scrape holds the input's file name")
	}

	if code, body := httpGet(t, "http://"+maddr+"/readyz"); code != http.StatusOK {
		t.Errorf("/readyz: %d %q", code, body)
	}
	if code, body := httpGet(t, "http://"+maddr+"/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 15*time.Second); code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
	}
	if _, err := net.DialTimeout("tcp", maddr, time.Second); err == nil {
		t.Error("--metrics-addr still accepts after exit")
	}
}

// TestMetricsReadyForwardDown: with a --forward target that nothing
// listens on, /readyz is 503 and says why; /healthz is 200.
func TestMetricsReadyForwardDown(t *testing.T) {
	bin := logscrubBinary(t)
	port, fport, mport := freePort(t), freePort(t), freePort(t)
	maddr := fmt.Sprintf("127.0.0.1:%d", mport)
	start(t, bin, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", port),
		"--forward", fmt.Sprintf("tcp://127.0.0.1:%d", fport), "--metrics-addr", maddr)
	code, body := httpGet(t, "http://"+maddr+"/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "forward target not connected") {
		t.Errorf("/readyz: %d %q, want 503 and the reason", code, body)
	}
	if code, _ := httpGet(t, "http://"+maddr+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz: %d", code)
	}
	fams, _ := scrape(t, maddr)
	if got := metricValue(fams, "logscrub_forward_connected", "", ""); got != 0 {
		t.Errorf("logscrub_forward_connected = %v", got)
	}
}

// TestMetricsStdin: lines read from stdin count as source="stdin", and
// --stats still prints its counts at exit.
func TestMetricsStdin(t *testing.T) {
	bin := logscrubBinary(t)
	out := filepath.Join(t.TempDir(), "out.log")
	maddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cmd := exec.Command(bin, "--metrics-addr", maddr, "--stats", "-o", out)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := metricsLines()
	io.WriteString(stdin, strings.Join(lines, "\n")+"\n")
	waitFor(t, "the lines in "+out, 10*time.Second, func() bool { return len(readLines(t, out)) == len(lines) })
	fams, body := scrape(t, maddr)
	if got := metricValue(fams, "logscrub_lines_total", "source", "stdin"); got != float64(len(lines)) {
		t.Errorf("logscrub_lines_total{source=\"stdin\"} = %v, want %d", got, len(lines))
	}
	if got := metricValue(fams, "logscrub_lines_total", "source", "file"); got != 0 {
		t.Errorf("logscrub_lines_total{source=\"file\"} = %v, want 0", got)
	}
	for _, s := range metricsSecrets {
		if strings.Contains(body, s) {
			t.Errorf("the scrape holds the secret %q", s)
		}
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, stderr.String())
	}
	if want := "logscrub: " + strconv.Itoa(len(lines)) + " lines,"; !strings.Contains(stderr.String(), want) {
		t.Errorf("--stats: no %q in stderr:\n%s", want, stderr.String())
	}
}

// TestMetricsAddrInUse: a --metrics-addr that cannot be bound is a start-up
// error that names the flag, before any input is read.
func TestMetricsAddrInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	r := runCLI(t, unread{t}, "--metrics-addr", ln.Addr().String())
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "--metrics-addr "+ln.Addr().String()) {
		t.Errorf("stderr does not name the flag:\n%s", r.stderr)
	}
	r = runCLI(t, unread{t}, "--metrics-addr", "no-port")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "--metrics-addr no-port") {
		t.Errorf("stderr does not name the flag:\n%s", r.stderr)
	}
}

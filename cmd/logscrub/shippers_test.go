package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The binary, built once for the tests that run it as a process.
var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func logscrubBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	binOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			binErr = err
			return
		}
		if binDir, binErr = os.MkdirTemp("", "logscrub-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "logscrub")
		if out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// freePort returns a port on 127.0.0.1 that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// process is a logscrub (or shipper) process with its stderr kept.
type process struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan error
}

func start(t *testing.T, bin string, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(bin, args...), done: make(chan error, 1)}
	p.cmd.Stderr = &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
	})
	return p
}

// wait returns the exit code, failing the test past d.
func (p *process) wait(t *testing.T, d time.Duration) int {
	t.Helper()
	select {
	case err := <-p.done:
		p.done <- err // for Cleanup
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(d):
		t.Fatalf("%s did not exit within %v; stderr:\n%s", p.cmd.Path, d, p.stderr.String())
		return -1
	}
}

// dialRetry connects to a listener that may still be starting.
func dialRetry(t *testing.T, network, addr string) net.Conn {
	t.Helper()
	var c net.Conn
	waitFor(t, "a listener on "+addr, 10*time.Second, func() bool {
		var err error
		c, err = net.Dial(network, addr)
		return err == nil
	})
	return c
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// TestListenFluentBitJSONLines feeds `logscrub --listen` what Fluent Bit's
// tcp output sends with `format json_lines`: one JSON record per line, on
// two connections at once (its workers default). Each output line is a
// whole, valid JSON record, scrubbed, and each connection's records keep
// their order.
func TestListenFluentBitJSONLines(t *testing.T) {
	bin := logscrubBinary(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.log")
	port := freePort(t)
	p := start(t, bin, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", port), "-o", out)
	const perConn = 2000
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		c := dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", port))
		wg.Add(1)
		go func(w int, c net.Conn) {
			defer wg.Done()
			defer c.Close()
			bw := bufio.NewWriter(c)
			for i := 0; i < perConn; i++ {
				fmt.Fprintf(bw, `{"date":1733300000.%03d,"log":"GET /login?user=bob&password=hunter2 worker=%d seq=%d","headers":{"x-api-key":"s3cr3tv4lue%04d"}}`+"\n", i%1000, w, i, i)
			}
			bw.Flush()
		}(w, c)
	}
	wg.Wait()
	waitFor(t, "every record in the output", 20*time.Second, func() bool { return len(readLines(t, out)) >= 2*perConn })
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 20*time.Second); code != 0 {
		t.Fatalf("exit %d after SIGTERM; stderr:\n%s", code, p.stderr.String())
	}
	noSecrets(t, "stderr", p.stderr.String())
	lines := readLines(t, out)
	if len(lines) != 2*perConn {
		t.Fatalf("%d lines out, want %d", len(lines), 2*perConn)
	}
	next := [2]int{}
	for _, l := range lines {
		var rec struct {
			Log     string            `json:"log"`
			Headers map[string]string `json:"headers"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("not one valid JSON record: %q: %v", l, err)
		}
		if strings.Contains(l, "hunter2") || strings.Contains(l, "s3cr3tv4lue") {
			t.Fatalf("secret survived: %q", l)
		}
		var w, seq int
		if _, err := fmt.Sscanf(rec.Log[strings.Index(rec.Log, "worker="):], "worker=%d seq=%d", &w, &seq); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if seq != next[w] {
			t.Fatalf("worker %d: seq %d after %d: order lost", w, seq, next[w]-1)
		}
		next[w]++
	}
}

// TestSIGTERMKeepsReceivedLines sends lines, then SIGTERM while a client is
// still connected: every line sent before the signal is in the output and
// the exit is 0; a second signal during a stalled shutdown exits 128+15.
func TestSIGTERMKeepsReceivedLines(t *testing.T) {
	bin := logscrubBinary(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.log")
	port := freePort(t)
	p := start(t, bin, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", port), "-o", out)
	c := dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", port))
	defer c.Close()
	for i := 0; i < 500; i++ {
		fmt.Fprintf(c, "seq=%d token=ghp_0123456789abcdefghijklmnopqrstuvwxyz\n", i)
	}
	fmt.Fprintf(c, "password=hunter2 and no newline yet")
	waitFor(t, "the first lines in the output", 10*time.Second, func() bool { return len(readLines(t, out)) >= 1 })
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 20*time.Second); code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
	}
	lines := readLines(t, out)
	if len(lines) != 501 {
		t.Fatalf("%d lines out, want 501 (500 and the partial one)", len(lines))
	}
	for i, l := range lines[:500] {
		if !strings.HasPrefix(l, "seq="+strconv.Itoa(i)+" ") || strings.Contains(l, "ghp_0123") {
			t.Fatalf("line %d: %q", i, l)
		}
	}
	if strings.Contains(lines[500], "hunter2") {
		t.Fatalf("the partial line was written unscrubbed: %q", lines[500])
	}

	// A second signal: exit at once with 128+15. A forward target that
	// never reads keeps the shutdown waiting on its queue.
	sinkLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer sinkLn.Close()
	go func() {
		for {
			c, err := sinkLn.Accept()
			if err != nil {
				return
			}
			defer c.Close() // accepted, never read
		}
	}()
	port = freePort(t)
	p = start(t, bin, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", port),
		"--forward", "tcp://"+sinkLn.Addr().String(), "--forward-queue", "65536", "--shutdown-timeout", "1h")
	c2 := dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", port))
	defer c2.Close()
	go func() {
		line := strings.Repeat("x", 1000) + "\n"
		for {
			if _, err := c2.Write([]byte(line)); err != nil {
				return
			}
		}
	}()
	time.Sleep(200 * time.Millisecond) // let the queue fill; not a timing assertion
	p.cmd.Process.Signal(syscall.SIGTERM)
	time.Sleep(200 * time.Millisecond)
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 20*time.Second); code != 128+15 {
		t.Fatalf("second signal: exit %d, want %d; stderr:\n%s", code, 128+15, p.stderr.String())
	}
}

// rsyslogd returns the path of rsyslogd, or skips (fails when
// LOGSCRUB_REQUIRE_SHIPPERS is set, as in CI, which installs it).
func rsyslogd(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"rsyslogd", "/usr/sbin/rsyslogd"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("LOGSCRUB_REQUIRE_SHIPPERS") != "" {
		t.Fatal("rsyslogd is not installed (apt-get install rsyslog)")
	}
	t.Skip("rsyslogd is not installed")
	return ""
}

// startRsyslog writes the recipe with its placeholders filled and runs
// rsyslogd in the foreground with it.
func startRsyslog(t *testing.T, recipe string, vars map[string]string) {
	t.Helper()
	bin := rsyslogd(t)
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "integrations", recipe))
	if err != nil {
		t.Fatal(err)
	}
	conf := string(b)
	for k, v := range vars {
		conf = strings.ReplaceAll(conf, "@"+k+"@", v)
	}
	if strings.Contains(conf, "@") && strings.Contains(conf, "@\"") {
		t.Fatalf("unfilled placeholder in %s", recipe)
	}
	path := filepath.Join(vars["WORKDIR"], "rsyslog.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	p := start(t, bin, "-n", "-f", path, "-i", filepath.Join(vars["WORKDIR"], "rsyslog.pid"))
	t.Cleanup(func() { p.cmd.Process.Signal(syscall.SIGTERM) })
}

// sendSyslog sends messages to rsyslog's imtcp input, LF-delimited.
func sendSyslog(t *testing.T, port int, msgs []string) {
	t.Helper()
	c := dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", port))
	defer c.Close()
	for _, m := range msgs {
		if _, err := fmt.Fprintf(c, "%s\n", m); err != nil {
			t.Fatal(err)
		}
	}
}

func syslogMessages(n int) []string {
	var msgs []string
	for i := 0; i < n; i++ {
		msgs = append(msgs, fmt.Sprintf("<13>Dec  4 10:00:00 web01 app[42]: seq=%d login user=bob password=hunter2 key=AKIAQWERTYUIOPASDFGH", i))
	}
	return msgs
}

func checkSyslogOutput(t *testing.T, lines []string, n int) {
	t.Helper()
	seen := map[int]bool{}
	for _, l := range lines {
		if strings.Contains(l, "hunter2") || strings.Contains(l, "AKIAQWERTYUIOPASDFGH") {
			t.Fatalf("secret survived: %q", l)
		}
		i := strings.Index(l, "seq=")
		if i < 0 {
			t.Fatalf("unexpected line %q", l)
		}
		var seq int
		fmt.Sscanf(l[i:], "seq=%d", &seq)
		if seen[seq] {
			t.Fatalf("seq %d twice", seq)
		}
		seen[seq] = true
		if !strings.Contains(l, "password=[REDACTED:password]") {
			t.Fatalf("not scrubbed as expected: %q", l)
		}
	}
	if len(seen) != n {
		t.Fatalf("%d distinct messages, want %d", len(seen), n)
	}
}

// TestRsyslogOmprog: rsyslog's omprog starts logscrub and pipes each
// message to it as a line.
func TestRsyslogOmprog(t *testing.T) {
	rsyslogd(t)
	bin := logscrubBinary(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.log")
	port := freePort(t)
	startRsyslog(t, "rsyslog-omprog.conf", map[string]string{"WORKDIR": dir, "PORT": strconv.Itoa(port), "LOGSCRUB": bin, "OUT": out})
	const n = 300
	sendSyslog(t, port, syslogMessages(n))
	waitFor(t, "rsyslog's messages through logscrub", 30*time.Second, func() bool { return len(readLines(t, out)) >= n })
	checkSyslogOutput(t, readLines(t, out), n)
}

// TestRsyslogOmfwd: rsyslog's omfwd sends to `logscrub --listen`, in both
// framings of RFC 6587.
func TestRsyslogOmfwd(t *testing.T) {
	rsyslogd(t)
	bin := logscrubBinary(t)
	for _, framing := range []string{"traditional", "octet-counted"} {
		t.Run(framing, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.log")
			lsPort, port := freePort(t), freePort(t)
			p := start(t, bin, "--listen", fmt.Sprintf("tcp://127.0.0.1:%d", lsPort), "-o", out)
			dialRetry(t, "tcp", fmt.Sprintf("127.0.0.1:%d", lsPort)).Close()
			startRsyslog(t, "rsyslog-omfwd.conf", map[string]string{"WORKDIR": dir, "PORT": strconv.Itoa(port),
				"LSPORT": strconv.Itoa(lsPort), "FRAMING": framing})
			const n = 300
			sendSyslog(t, port, syslogMessages(n))
			waitFor(t, "rsyslog's messages through logscrub", 30*time.Second, func() bool { return len(readLines(t, out)) >= n })
			checkSyslogOutput(t, readLines(t, out), n)
			for _, l := range readLines(t, out) {
				if !strings.HasPrefix(l, "<13>") {
					t.Fatalf("frame not taken apart: %q", l)
				}
			}
			p.cmd.Process.Signal(syscall.SIGTERM)
			if code := p.wait(t, 20*time.Second); code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
			}
		})
	}
}

// TestSIGTERMWithOpenStdin: `app | logscrub` where the app keeps its end of
// the pipe open: SIGTERM still ends the run with what was read scrubbed and
// written, exit 0, instead of waiting for an EOF that never comes.
func TestSIGTERMWithOpenStdin(t *testing.T) {
	bin := logscrubBinary(t)
	out := filepath.Join(t.TempDir(), "out.log")
	cmd := exec.Command(bin, "-o", out)
	w, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer cmd.Process.Kill()
	fmt.Fprintf(w, "login password=hunter2\nhalf a line token=s3cr3tv4lue")
	waitFor(t, "the first line", 10*time.Second, func() bool { return len(readLines(t, out)) >= 1 })
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v; stderr:\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("logscrub still waits on stdin 10 s after SIGTERM")
	}
	lines := readLines(t, out)
	if len(lines) != 2 || lines[0] != "login password=[REDACTED:password]" || strings.Contains(lines[1], "s3cr3tv4lue") {
		t.Fatalf("output %q", lines)
	}
}

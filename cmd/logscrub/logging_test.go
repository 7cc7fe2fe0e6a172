package main

import (
	"bufio"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOwnLogsHoldNoSecret runs the receiver with every kind of work that
// logs — a TLS listener with a rejected plaintext client and a rejected
// client without a certificate, a forward target, metrics, a file input,
// SIGHUP, SIGTERM — at the most verbose level in both formats, with
// secrets and a marker word in every line, and checks stderr: the
// messages an operator needs are there, each one record of the format,
// and no secret nor any other byte of a line is in them.
func TestOwnLogsHoldNoSecret(t *testing.T) {
	bin := logscrubBinary(t)
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			pki := newTestPKI(t, dir, "app")
			sink := newLineSink(t, nil)
			in := filepath.Join(dir, "in.log")
			const marker = "zebracorn"
			var lines []string
			for i := 0; i < 50; i++ {
				lines = append(lines, fmt.Sprintf("%s seq=%d password=hunter2 key=AKIAQWERTYUIOPASDFGH", marker, i),
					fmt.Sprintf(`{"msg":"%s","headers":{"x-api-key":"s3cr3tv4lue%03d"}}`, marker, i))
			}
			if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			lsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
			metricsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
			p := start(t, bin, "--log-format", format, "--log-level", "debug",
				"--listen", "tcp://"+lsAddr, "--tls-cert", pki.server.CertFile, "--tls-key", pki.server.KeyFile,
				"--tls-client-ca", pki.ca.CertFile, "--forward", "tcp://"+sink.addr(), "--metrics-addr", metricsAddr, in)
			c := dialUp(t, p, lsAddr, pki.client)
			bw := bufio.NewWriter(c)
			for _, l := range lines {
				fmt.Fprintln(bw, l)
			}
			fmt.Fprint(bw, marker+" a partial last line password=hunter2")
			bw.Flush()
			// Rejected: plaintext on the TLS port, and a client without a
			// certificate; both send a secret.
			if pc, err := net.Dial("tcp", lsAddr); err == nil {
				fmt.Fprintf(pc, "%s password=hunter2\n", marker)
				pc.Close()
			}
			if nc, err := tls.Dial("tcp", lsAddr, pki.noCert); err == nil {
				fmt.Fprintf(nc, "%s password=hunter2\n", marker)
				nc.Close()
			}
			if resp, err := http.Get("http://" + metricsAddr + "/metrics"); err == nil {
				resp.Body.Close()
			}
			waitFor(t, "the lines at the forward target", 20*time.Second, func() bool { return len(sink.got()) >= 2*len(lines) })
			c.Close()
			p.cmd.Process.Signal(syscall.SIGHUP)
			time.Sleep(100 * time.Millisecond) // let the reload run; nothing below depends on it finishing
			p.cmd.Process.Signal(syscall.SIGTERM)
			if code := p.wait(t, 20*time.Second); code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
			}
			for _, l := range sink.got() {
				if strings.Contains(l, "hunter2") || strings.Contains(l, "s3cr3tv4lue") {
					t.Fatalf("secret forwarded: %q", l)
				}
			}
			stderr := p.stderr.String()
			noSecrets(t, "stderr", stderr)
			if strings.Contains(stderr, marker) {
				t.Errorf("stderr holds bytes of a line (%q):\n%s", marker, stderr)
			}
			for _, want := range []string{"starting", "listening", "tls handshake rejected", "connection open", "forward: connected",
				"serving metrics", "signal received", "forward: closed", "stopped"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("no %q message in stderr:\n%s", want, stderr)
				}
			}
			for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
				switch format {
				case "json":
					var rec map[string]any
					if err := json.Unmarshal([]byte(l), &rec); err != nil || rec["level"] == nil || rec["msg"] == nil {
						t.Errorf("not one JSON record with level and msg: %q", l)
					}
				case "text":
					if !strings.HasPrefix(l, "time=") || !strings.Contains(l, " level=") || !strings.Contains(l, " msg=") {
						t.Errorf("not one slog text record: %q", l)
					}
				}
			}
		})
	}
}

// TestLogFlags: a bad --log-level or --log-format is bad usage, reported
// before any input is read; the default level keeps a filter in a pipe
// quiet, and --log-level info shows its start and stop.
func TestLogFlags(t *testing.T) {
	for _, args := range [][]string{{"--log-level", "loud"}, {"--log-format", "xml"}} {
		r := runCLI(t, unread{t}, args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, args[0]) {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if r := runCLI(t, strings.NewReader("password=hunter2\n")); r.stderr != "" || r.stdout != "password=[REDACTED:password]\n" {
		t.Errorf("default level: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	r := runCLI(t, strings.NewReader("password=hunter2\n"), "--log-level", "info", "--log-format", "json")
	if !strings.Contains(r.stderr, `"msg":"starting"`) || !strings.Contains(r.stderr, `"msg":"stopped"`) {
		t.Errorf("--log-level info: stderr %q", r.stderr)
	}
}

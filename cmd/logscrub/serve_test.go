package main

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
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

	"github.com/klauspost/compress/gzip"
	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

func gzipString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// decompress reads a file through archive.Open (by magic bytes) and reports
// its compression.
func decompress(t *testing.T, path string) (string, archive.Compression) {
	t.Helper()
	in, err := archive.Open(path, nil, archive.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	b, err := io.ReadAll(in)
	if err != nil {
		t.Fatal(err)
	}
	return string(b), in.Compression()
}

func TestOutputCompression(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "app.log", lineEndings)
	want := runCLI(t, unread{t}, in).stdout
	for _, tc := range []struct {
		args []string
		out  string
		comp archive.Compression
	}{
		{[]string{"-o"}, "out.log.gz", archive.Gzip},
		{[]string{"-o"}, "out.log.zst", archive.Zstd},
		{[]string{"--compress", "zstd", "-o"}, "out.log", archive.Zstd},
		{[]string{"--compress", "none", "-o"}, "out.log.gz", archive.None},
	} {
		out := filepath.Join(dir, tc.out)
		r := runCLI(t, unread{t}, append(append([]string{in}, tc.args...), out)...)
		wantCode(t, r, exitOK)
		got, comp := decompress(t, out)
		if comp != tc.comp || got != want {
			t.Errorf("%v %s: %v, %q; want %v, %q", tc.args, tc.out, comp, got, tc.comp, want)
		}
		os.Remove(out)
	}
	// To stdout.
	r := runCLI(t, unread{t}, in, "--compress", "gzip")
	wantCode(t, r, exitOK)
	zr, err := gzip.NewReader(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); string(got) != want {
		t.Errorf("--compress gzip to stdout: %q", got)
	}
	r = runCLI(t, unread{t}, in, "--compress", "lz4")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "--compress") {
		t.Errorf("stderr %q", r.stderr)
	}
}

func TestKeepGoing(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "first password=hunter2\n")
	gz := gzipString(t, strings.Repeat("middle line password=hunter2\n", 2000))
	bad := writeFile(t, dir, "bad.log.gz", gz[:len(gz)/2])
	c := writeFile(t, dir, "c.log", "last password=hunter2\n")

	r := runCLI(t, unread{t}, a, bad, c)
	wantCode(t, r, exitIO)
	if !strings.HasPrefix(r.stdout, "first password=[REDACTED:password]\n") || strings.Contains(r.stdout, "last") {
		t.Errorf("without --keep-going: stdout %q", r.stdout)
	}
	if !strings.Contains(r.stderr, bad) || !strings.Contains(r.stderr, "at byte") {
		t.Errorf("stderr %q does not name the file and offset", r.stderr)
	}
	noSecrets(t, "stdout", r.stdout)

	r = runCLI(t, unread{t}, a, bad, c, "--keep-going")
	wantCode(t, r, exitIO)
	if !strings.HasSuffix(r.stdout, "\nlast password=[REDACTED:password]\n") {
		t.Errorf("with --keep-going the next file was not scrubbed: %q", r.stdout[max(0, len(r.stdout)-200):])
	}
	noSecrets(t, "stdout", r.stdout)
	// Every line of the damaged file that was read is a whole line: the
	// partial last one was ended before the next file's first.
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		if strings.Count(l, "password=") > 1 {
			t.Fatalf("two inputs' lines joined: %q", l)
		}
	}
}

func TestInPlace(t *testing.T) {
	dir := t.TempDir()
	plain := writeFile(t, dir, "app.log", "a=1\npassword=hunter2\n")
	gz := writeFile(t, dir, "old.log.gz", gzipString(t, "token=s3cr3tv4lue-s3cr3tv4lue\nclean\n"))
	clean := writeFile(t, dir, "clean.log", "nothing to see\n")
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	os.Chtimes(clean, old, old)
	os.Chmod(plain, 0o640)

	r := runCLI(t, unread{t}, "--in-place", plain, gz, clean)
	wantCode(t, r, exitOK)
	if r.stdout != "" {
		t.Errorf("--in-place wrote to stdout: %q", r.stdout)
	}
	if got := readFile(t, plain); got != "a=1\npassword=[REDACTED:password]\n" {
		t.Errorf("plain: %q", got)
	}
	if fi, _ := os.Stat(plain); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
	got, comp := decompress(t, gz)
	if comp != archive.Gzip || strings.Contains(got, "s3cr3tv4lue") || !strings.HasSuffix(got, "\nclean\n") {
		t.Errorf("gzip: %v %q", comp, got)
	}
	if fi, _ := os.Stat(clean); !fi.ModTime().Equal(old) {
		t.Errorf("a file that needed no change was rewritten (mtime %v)", fi.ModTime())
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*logscrub-tmp-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}

	// A corrupt archive: the original stays, the next file is still done
	// with --keep-going, and the exit is 1.
	badData := gzipString(t, strings.Repeat("password=hunter2\n", 5000))
	bad := writeFile(t, dir, "bad.log.gz", badData[:len(badData)/2])
	next := writeFile(t, dir, "next.log", "password=hunter2\n")
	r = runCLI(t, unread{t}, "--in-place", "--keep-going", bad, next)
	wantCode(t, r, exitIO)
	if readFile(t, bad) != badData[:len(badData)/2] {
		t.Error("the corrupt archive was changed")
	}
	if got := readFile(t, next); got != "password=[REDACTED:password]\n" {
		t.Errorf("next: %q", got)
	}
}

// TestFlagCombinations: each mistake is a usage error before any input is
// read or any port opened.
func TestFlagCombinations(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "x\n")
	for _, args := range [][]string{
		{"--in-place"},
		{"--in-place", "-"},
		{"--in-place", a, "-o", filepath.Join(dir, "o")},
		{"--in-place", a, "--compress", "gzip"},
		{a, "-o", filepath.Join(dir, "o"), "--forward", "tcp://127.0.0.1:1"},
		{"--listen", "tcp://127.0.0.1:0", "--tls-cert", a},
		{a, "--tls-cert", a, "--tls-key", a},
		{"--listen", "tcp://127.0.0.1:0", "--tls-client-ca", a},
		{"--listen", "tcp://127.0.0.1:0", "--tls-allow-subject", "x"},
		{a, "--forward", "tcp://127.0.0.1:1", "--forward-tls-ca", a},
		{a, "--forward", "udp://127.0.0.1:1"},
		{"--listen", "127.0.0.1:5170"},
		{"--listen", "tcp://127.0.0.1:0", "--tls-cert", filepath.Join(dir, "missing.pem"), "--tls-key", a},
	} {
		r := runCLI(t, unread{t}, args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d; stderr %q", args, r.code, exitUsage, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("%v: wrote %q", args, r.stdout)
		}
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", strings.Repeat("login password=hunter2 ok\n", 20000))
	plain := runCLI(t, unread{t}, a, "--no-progress")
	wantCode(t, plain, exitOK)
	if plain.stderr != "" {
		t.Errorf("--no-progress wrote %q", plain.stderr)
	}
	r := runCLI(t, unread{t}, a, "--progress")
	wantCode(t, r, exitOK)
	if r.stdout != plain.stdout {
		t.Error("--progress changed the output")
	}
	if !strings.Contains(r.stderr, "%") || !strings.Contains(r.stderr, "\r") {
		t.Errorf("--progress drew no status line: %q", r.stderr)
	}
	// Not a terminal: no bar unless forced.
	if r := runCLI(t, unread{t}, a); r.stderr != "" {
		t.Errorf("a bar on a non-terminal: %q", r.stderr)
	}
}

// tlsFiles makes a CA, a server certificate for 127.0.0.1 and a client
// certificate, and returns a client config holding it.
func tlsFiles(t *testing.T, dir, clientCN string) (*certstest.CA, certstest.Issued, certstest.Issued, *tls.Config) {
	ca := certstest.NewCA(t, dir, "test")
	srv := ca.Localhost(t, "server")
	cl := ca.Issue(t, "client", certstest.Leaf{CN: clientCN})
	kp, err := tls.LoadX509KeyPair(cl.CertFile, cl.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca.Cert)
	return ca, srv, cl, &tls.Config{RootCAs: pool, ServerName: "localhost", Certificates: []tls.Certificate{kp}}
}

// TestListenMutualTLS runs the binary as a mutual-TLS receiver: an allowed
// client's lines come out scrubbed; a client without a certificate, one
// whose subject is not allowed and a plaintext one get nothing through.
func TestListenMutualTLS(t *testing.T) {
	bin := logscrubBinary(t)
	dir := t.TempDir()
	ca, srv, _, good := tlsFiles(t, dir, "billing-api")
	other := ca.Issue(t, "other", certstest.Leaf{CN: "intruder"})
	okp, _ := tls.LoadX509KeyPair(other.CertFile, other.KeyFile)
	out := filepath.Join(dir, "out.log")
	port := freePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	p := start(t, bin, "--listen", "tcp://"+addr, "--tls-cert", srv.CertFile, "--tls-key", srv.KeyFile,
		"--tls-client-ca", ca.CertFile, "--tls-allow-subject", "billing-*", "-o", out)
	var c *tls.Conn
	waitFor(t, "the TLS listener", 10*time.Second, func() bool {
		var err error
		c, err = tls.Dial("tcp", addr, good)
		return err == nil
	})
	fmt.Fprintf(c, "x-api-key: s3cr3tv4lue-0123456789\nAuthorization: Bearer hunter2hunter2hunter2\n")
	c.Close()

	rejected := func(cfg *tls.Config, line string) {
		t.Helper()
		c, err := tls.Dial("tcp", addr, cfg)
		if err != nil {
			return // rejected in the handshake (TLS 1.2 style)
		}
		defer c.Close()
		fmt.Fprintf(c, "%s\n", line)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(make([]byte, 1)); err == nil {
			t.Errorf("a rejected client could read")
		}
	}
	noCert := good.Clone()
	noCert.Certificates = nil
	rejected(noCert, "from a client without certificate")
	wrongSubject := good.Clone()
	wrongSubject.Certificates = []tls.Certificate{okp}
	rejected(wrongSubject, "from the intruder")
	if pc, err := net.Dial("tcp", addr); err == nil {
		fmt.Fprintf(pc, "plaintext line\n")
		pc.SetReadDeadline(time.Now().Add(5 * time.Second))
		io.Copy(io.Discard, pc)
		pc.Close()
	}

	waitFor(t, "the allowed client's lines", 10*time.Second, func() bool { return len(readLines(t, out)) >= 2 })
	p.cmd.Process.Signal(syscall.SIGTERM)
	if code := p.wait(t, 20*time.Second); code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
	}
	got := strings.Join(readLines(t, out), "\n")
	if strings.Contains(got, "s3cr3tv4lue") || strings.Contains(got, "hunter2") || strings.Count(got, "\n") != 1 ||
		!strings.HasPrefix(got, "x-api-key: [REDACTED") || !strings.Contains(got, "\nAuthorization: Bearer [REDACTED") {
		t.Errorf("output %q", got)
	}
	if strings.Contains(got, "intruder") || strings.Contains(got, "without certificate") || strings.Contains(got, "plaintext") {
		t.Errorf("a rejected client's line got through: %q", got)
	}
	noSecrets(t, "stderr", p.stderr.String())
}

// TestForward sends a file's scrubbed lines to a TCP receiver and, over
// mutual TLS, to a TLS one.
func TestForward(t *testing.T) {
	bin := logscrubBinary(t)
	dir := t.TempDir()
	var in strings.Builder
	const n = 20000
	for i := range n {
		fmt.Fprintf(&in, "seq=%d user=bob password=hunter2\n", i)
	}
	in.WriteString("last line without end password=hunter2")
	file := writeFile(t, dir, "app.log", in.String())
	_, srv, cl, _ := tlsFiles(t, dir, "shipper")
	ca := filepath.Join(dir, "test-ca.pem")

	for _, mode := range []string{"tcp", "tls"} {
		t.Run(mode, func(t *testing.T) {
			var ln net.Listener
			var err error
			if mode == "tcp" {
				ln, err = net.Listen("tcp", "127.0.0.1:0")
			} else {
				kp, _ := tls.LoadX509KeyPair(srv.CertFile, srv.KeyFile)
				pem, _ := os.ReadFile(ca)
				pool := x509.NewCertPool()
				pool.AppendCertsFromPEM(pem)
				ln, err = tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{kp},
					ClientCAs: pool, ClientAuth: tls.RequireAndVerifyClientCert})
			}
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			var mu sync.Mutex
			var got []string
			go func() {
				for {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					go func() {
						defer c.Close()
						sc := bufio.NewScanner(c)
						for sc.Scan() {
							mu.Lock()
							got = append(got, sc.Text())
							mu.Unlock()
						}
					}()
				}
			}()
			args := []string{file, "--forward", mode + "://" + ln.Addr().String()}
			if mode == "tls" {
				args = append(args, "--forward-tls-ca", ca, "--forward-tls-cert", cl.CertFile, "--forward-tls-key", cl.KeyFile)
			}
			p := start(t, bin, args...)
			if code := p.wait(t, 30*time.Second); code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", code, p.stderr.String())
			}
			waitFor(t, "every line at the receiver", 10*time.Second, func() bool {
				mu.Lock()
				defer mu.Unlock()
				return len(got) == n+1
			})
			mu.Lock()
			defer mu.Unlock()
			for i, l := range got[:n] {
				if l != fmt.Sprintf("seq=%d user=bob password=[REDACTED:password]", i) {
					t.Fatalf("line %d: %q", i, l)
				}
			}
			if got[n] != "last line without end password=[REDACTED:password]" {
				t.Errorf("the unterminated last line came as %q", got[n])
			}
		})
	}

	// A target that is down: the lines are not delivered within the
	// shutdown timeout, and the exit says so.
	port := freePort(t)
	p := start(t, bin, file, "--forward", fmt.Sprintf("tcp://127.0.0.1:%d", port), "--shutdown-timeout", "500ms")
	if code := p.wait(t, 30*time.Second); code != exitIO {
		t.Fatalf("undeliverable: exit %d, want %d; stderr:\n%s", code, exitIO, p.stderr.String())
	}
	if !strings.Contains(p.stderr.String(), "not delivered") {
		t.Errorf("stderr %q", p.stderr.String())
	}
	noSecrets(t, "stderr", p.stderr.String())
}

// TestREADMEMutualTLS runs the README's mutual-TLS walk-through as it is
// written (openssl and all), with the binary built from this tree first on
// PATH, so the commands shown cannot drift from the program.
func TestREADMEMutualTLS(t *testing.T) {
	bin := logscrubBinary(t)
	if _, err := exec.LookPath("openssl"); err != nil {
		if os.Getenv("LOGSCRUB_REQUIRE_SHIPPERS") != "" {
			t.Fatal("openssl is not installed")
		}
		t.Skip("openssl is not installed")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var block string
	for _, b := range strings.Split(string(readme), "```sh\n")[1:] {
		b = b[:strings.Index(b, "```")]
		if strings.Contains(b, "openssl req -x509") {
			block = b
		}
	}
	if block == "" {
		t.Fatal("the README has no mutual-TLS walk-through")
	}
	dir := t.TempDir()
	// The walk-through uses port 6514; a free one keeps parallel runs apart.
	block = strings.ReplaceAll(block, "6514", strconv.Itoa(freePort(t)))
	script := filepath.Join(dir, "walkthrough.sh")
	os.WriteFile(script, []byte("set -e\n"+block), 0o700)
	cmd := exec.Command("bash", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.HasSuffix(string(out), "x-api-key: [REDACTED:api-key]\n") {
		t.Fatalf("the walk-through printed:\n%s", out)
	}
}

// TestAddressCredentialsNotEchoed: user:password@ in an address is refused
// before any input is read, and the message does not repeat it.
func TestAddressCredentialsNotEchoed(t *testing.T) {
	for _, args := range [][]string{
		{"--forward", "tcp://user:hunter2pw@127.0.0.1:1"},
		{"--listen", "tcp://u:hunter2pw@127.0.0.1:1"},
		{"--metrics-addr", "u:hunter2pw@127.0.0.1:1"},
	} {
		r := runCLI(t, unread{t}, args...) // runCLI fails on a secret in stderr
		wantCode(t, r, exitUsage)
		if !strings.Contains(r.stderr, "'@'") || strings.Contains(r.stderr, "hunter2pw") {
			t.Errorf("%v: stderr %q", args, r.stderr)
		}
	}
}

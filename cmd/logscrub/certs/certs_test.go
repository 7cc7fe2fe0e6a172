package certs

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

// env is a server CA with a localhost server certificate and a client CA,
// all in one temporary directory.
type env struct {
	dir      string
	serverCA *certstest.CA
	server   certstest.Issued
	clientCA *certstest.CA
}

func newEnv(t *testing.T) *env {
	t.Helper()
	dir := t.TempDir()
	e := &env{dir: dir, serverCA: certstest.NewCA(t, dir, "server"), clientCA: certstest.NewCA(t, dir, "client")}
	e.server = e.serverCA.Localhost(t, "server")
	return e
}

func (e *env) files(mtls bool) Files {
	f := Files{Cert: e.server.CertFile, Key: e.server.KeyFile}
	if mtls {
		f.ClientCA = e.clientCA.CertFile
	}
	return f
}

// rotateServer issues a new server certificate named cn to the same files.
func (e *env) rotateServer(t *testing.T, cn string) {
	t.Helper()
	e.server = e.serverCA.Issue(t, "server", localhostLeaf(cn))
}

func localhostLeaf(cn string) certstest.Leaf {
	return certstest.Leaf{CN: cn, DNS: []string{"localhost"}, IPs: []net.IP{net.IPv4(127, 0, 0, 1)}, Server: true}
}

// client is a client configuration trusting the server CA; with is, it
// presents that certificate whatever CAs the server asks for.
func (e *env) client(t *testing.T, is *certstest.Issued) *tls.Config {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AddCert(e.serverCA.Cert)
	cfg := &tls.Config{RootCAs: pool, ServerName: "localhost"}
	if is != nil {
		kp, err := tls.LoadX509KeyPair(is.CertFile, is.KeyFile)
		if err != nil {
			t.Fatal(err)
		}
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &kp, nil }
	}
	return cfg
}

type result struct {
	conn *tls.Conn
	err  error
}

// harness is a real listener on 127.0.0.1 whose connections go through
// Server.Handshake and then echo lines.
type harness struct {
	addr    string
	results chan result
}

func serve(t *testing.T, srv *Server) *harness {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{addr: ln.Addr().String(), results: make(chan result, 256)}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns []net.Conn
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				tc, err := srv.Handshake(ctx, c)
				cancel()
				select {
				case h.results <- result{tc, err}:
				default:
				}
				if err != nil {
					return
				}
				r := bufio.NewReader(tc)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if _, err := io.WriteString(tc, line); err != nil {
						return
					}
				}
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return h
}

func (h *harness) result(t *testing.T) result {
	t.Helper()
	select {
	case r := <-h.results:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("no handshake result from the server")
		return result{}
	}
}

// dial connects and handshakes as a client; it returns the client
// connection, the client's handshake error and the server's result.
func (h *harness) dial(t *testing.T, cfg *tls.Config) (*tls.Conn, error, result) {
	t.Helper()
	raw, err := net.DialTimeout("tcp", h.addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	tc := tls.Client(raw, cfg)
	t.Cleanup(func() { tc.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cerr := tc.HandshakeContext(ctx)
	return tc, cerr, h.result(t)
}

// accept dials and expects the connection accepted and usable.
func (h *harness) accept(t *testing.T, cfg *tls.Config) (client, server *tls.Conn) {
	t.Helper()
	c, cerr, r := h.dial(t, cfg)
	if cerr != nil || r.err != nil {
		t.Fatalf("want accepted, client: %v, server: %v", cerr, r.err)
	}
	roundTrip(t, c, "ping")
	return c, r.conn
}

// reject dials and expects the server to reject with reason; quoted are
// strings from the client (names in its certificate) the error must not
// contain.
func (h *harness) reject(t *testing.T, cfg *tls.Config, reason string, quoted ...string) error {
	t.Helper()
	c, _, r := h.dial(t, cfg)
	checkReject(t, r.err, reason, quoted...)
	// The client learns it too, at the latest on its first read (in TLS 1.3
	// the server verifies the client's certificate after the client's
	// handshake is done).
	c.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c, "ping\n")
	if _, err := c.Read(make([]byte, 1)); err == nil {
		t.Error("client could read from a rejected connection")
	}
	return r.err
}

func checkReject(t *testing.T, err error, reason string, quoted ...string) {
	t.Helper()
	var re *RejectError
	if !errors.As(err, &re) {
		t.Fatalf("want a *RejectError with reason %s, got %v", reason, err)
	}
	if re.Reason != reason {
		t.Fatalf("reason %q, want %q (error %v, underlying %v)", re.Reason, reason, err, errors.Unwrap(err))
	}
	msg := err.Error()
	t.Logf("rejected: %s", msg)
	if !strings.Contains(msg, reason) || !strings.Contains(msg, "127.0.0.1") {
		t.Errorf("error %q does not name reason %s and the remote", msg, reason)
	}
	for _, q := range quoted {
		if strings.Contains(msg, q) {
			t.Errorf("error %q contains %q from the connection", msg, q)
		}
	}
}

func roundTrip(t *testing.T, c *tls.Conn, line string) {
	t.Helper()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	defer c.SetDeadline(time.Time{})
	if _, err := io.WriteString(c, line+"\n"); err != nil {
		t.Fatalf("write: %v", err)
	}
	got, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if got != line+"\n" {
		t.Fatalf("echo %q, want %q", got, line+"\n")
	}
}

func peerCN(c *tls.Conn) string {
	pc := c.ConnectionState().PeerCertificates
	if len(pc) == 0 {
		return ""
	}
	return pc[0].Subject.CommonName
}

func newServer(t *testing.T, f Files, patterns []string, log *slog.Logger) *Server {
	t.Helper()
	s, err := NewServer(f, patterns, log)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func checkRejections(t *testing.T, s *Server, want map[string]int64) {
	t.Helper()
	if got := s.Rejections(); !maps.Equal(got, want) {
		t.Errorf("Rejections() = %v, want %v", got, want)
	}
}

// syncBuffer is a log destination safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func testLogger() (*slog.Logger, *syncBuffer) {
	b := &syncBuffer{}
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})), b
}

func TestPlainTLS(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(false), nil, nil)
	if v := s.Config().MinVersion; v != tls.VersionTLS12 {
		t.Errorf("Config().MinVersion = %x, want TLS 1.2", v)
	}
	h := serve(t, s)

	c, sc := h.accept(t, e.client(t, nil))
	if v := c.ConnectionState().Version; v != tls.VersionTLS13 {
		t.Errorf("version %x, want TLS 1.3", v)
	}
	if n := len(sc.ConnectionState().PeerCertificates); n != 0 {
		t.Errorf("plain TLS: server saw %d client certificates", n)
	}
	if cn := peerCN(c); cn != "localhost" {
		t.Errorf("server CN %q", cn)
	}

	cfg := e.client(t, nil)
	cfg.MaxVersion = tls.VersionTLS12
	if c, _ := h.accept(t, cfg); c.ConnectionState().Version != tls.VersionTLS12 {
		t.Error("TLS 1.2 client not served TLS 1.2")
	}

	cfg = e.client(t, nil)
	cfg.MinVersion, cfg.MaxVersion = tls.VersionTLS10, tls.VersionTLS11
	_, cerr, r := h.dial(t, cfg)
	if cerr == nil {
		t.Error("TLS 1.1 client handshake succeeded")
	}
	checkReject(t, r.err, ReasonHandshake)
	if !strings.Contains(r.err.Error(), "1.2") {
		t.Errorf("error %q does not explain the version", r.err)
	}
	checkRejections(t, s, map[string]int64{ReasonHandshake: 1})
}

func TestMutualTLS(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(true), nil, nil)
	h := serve(t, s)

	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "valid-client"})
	other := certstest.NewCA(t, e.dir, "other")
	foreign := other.Issue(t, "foreign", certstest.Leaf{CN: "foreign-client"})
	expired := e.clientCA.Issue(t, "expired", certstest.Leaf{CN: "expired-client", NotBefore: time.Now().Add(-48 * time.Hour), NotAfter: time.Now().Add(-24 * time.Hour)})
	serverUsage := e.clientCA.Issue(t, "server-usage", certstest.Leaf{CN: "server-usage", Server: true})

	for _, v := range []struct {
		name string
		max  uint16
	}{{"TLS1.3", tls.VersionTLS13}, {"TLS1.2", tls.VersionTLS12}} {
		cfg := func(is *certstest.Issued) *tls.Config {
			c := e.client(t, is)
			c.MaxVersion = v.max
			return c
		}
		t.Run(v.name, func(t *testing.T) {
			t.Run("valid", func(t *testing.T) {
				c, sc := h.accept(t, cfg(&valid))
				if got := peerCN(sc); got != "valid-client" {
					t.Errorf("server sees client CN %q", got)
				}
				if got := c.ConnectionState().Version; got != v.max {
					t.Errorf("version %x, want %x", got, v.max)
				}
			})
			t.Run("no certificate", func(t *testing.T) {
				h.reject(t, cfg(nil), ReasonNoCertificate)
			})
			t.Run("other CA", func(t *testing.T) {
				h.reject(t, cfg(&foreign), ReasonUnknownCA, "foreign-client", "other")
			})
			t.Run("expired", func(t *testing.T) {
				h.reject(t, cfg(&expired), ReasonExpired, "expired-client")
			})
			t.Run("server usage", func(t *testing.T) {
				h.reject(t, cfg(&serverUsage), ReasonBadCertificate, "server-usage")
			})
		})
	}

	t.Run("plaintext", func(t *testing.T) {
		c, err := net.Dial("tcp", h.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "hello\n")
		r := h.result(t)
		checkReject(t, r.err, ReasonPlaintext, "hello")
	})
	t.Run("TLS1.1", func(t *testing.T) {
		c := e.client(t, &valid)
		c.MinVersion, c.MaxVersion = tls.VersionTLS10, tls.VersionTLS11
		h.reject(t, c, ReasonHandshake)
	})

	checkRejections(t, s, map[string]int64{
		ReasonNoCertificate:  2,
		ReasonUnknownCA:      2,
		ReasonExpired:        2,
		ReasonBadCertificate: 2,
		ReasonPlaintext:      1,
		ReasonHandshake:      1,
	})
}

func TestSubjectPatterns(t *testing.T) {
	e := newEnv(t)
	patterns := []string{"cn-allowed", "*.dns.example.org", "spiffe://example.org/ns/*/sa/api"}
	s := newServer(t, e.files(true), patterns, nil)
	h := serve(t, s)

	for _, tc := range []struct {
		name string
		leaf certstest.Leaf
		ok   bool
	}{
		{"CN", certstest.Leaf{CN: "cn-allowed"}, true},
		{"DNS SAN", certstest.Leaf{CN: "some-host", DNS: []string{"other.example.com", "api.dns.example.org"}}, true},
		{"SPIFFE URI SAN", certstest.Leaf{CN: "workload", URIs: []string{"spiffe://example.org/ns/prod/sa/api"}}, true},
		{"SPIFFE star is one segment", certstest.Leaf{CN: "workload", URIs: []string{"spiffe://example.org/ns/prod/x/sa/api"}}, false},
		{"other SPIFFE ID", certstest.Leaf{CN: "workload", URIs: []string{"spiffe://example.org/ns/prod/sa/db"}}, false},
		{"CN is not a prefix match", certstest.Leaf{CN: "cn-allowed-not"}, false},
		{"none matching", certstest.Leaf{CN: "nobody", DNS: []string{"nobody.example.com"}, URIs: []string{"spiffe://evil.org/ns/prod/sa/api"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			is := e.clientCA.Issue(t, "client-"+strings.ReplaceAll(tc.name, " ", "-"), tc.leaf)
			if tc.ok {
				_, sc := h.accept(t, e.client(t, &is))
				if got := peerCN(sc); got != tc.leaf.CN {
					t.Errorf("client CN %q", got)
				}
				return
			}
			quoted := append([]string{tc.leaf.CN}, tc.leaf.DNS...)
			quoted = append(quoted, tc.leaf.URIs...)
			h.reject(t, e.client(t, &is), ReasonSubjectNotAllowed, quoted...)
		})
	}
	checkRejections(t, s, map[string]int64{ReasonSubjectNotAllowed: 4})

	// A pattern does not replace the CA check.
	other := certstest.NewCA(t, e.dir, "other")
	is := other.Issue(t, "foreign", certstest.Leaf{CN: "cn-allowed"})
	h.reject(t, e.client(t, &is), ReasonUnknownCA)
}

func TestNewServerErrors(t *testing.T) {
	e := newEnv(t)
	d := e.dir
	otherPair := e.serverCA.Localhost(t, "other")
	garbageKey := filepath.Join(d, "garbage-key.pem")
	if err := os.WriteFile(garbageKey, []byte("-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcy1ub3QtYS1rZXk=\n-----END PRIVATE KEY-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(d, "empty.pem")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var secrets []string
	for _, f := range []string{e.server.KeyFile, otherPair.KeyFile, garbageKey} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		secrets = append(secrets, string(b))
		for _, line := range strings.Split(string(b), "\n") {
			if len(line) > 16 && !strings.HasPrefix(line, "-----") {
				secrets = append(secrets, line)
			}
		}
	}
	missing := filepath.Join(d, "missing.pem")
	cert, key, ca := e.server.CertFile, e.server.KeyFile, e.clientCA.CertFile

	for _, tc := range []struct {
		name     string
		f        Files
		patterns []string
		want     []string // substrings of the error
	}{
		{"missing cert", Files{Cert: missing, Key: key}, nil, []string{"--tls-cert", missing, "no such file"}},
		{"missing key", Files{Cert: cert, Key: missing}, nil, []string{"--tls-key", missing, "no such file"}},
		{"missing CA", Files{Cert: cert, Key: key, ClientCA: missing}, nil, []string{"--tls-client-ca", missing}},
		{"no cert flag", Files{Key: key}, nil, []string{"--tls-cert"}},
		{"key not matching", Files{Cert: cert, Key: otherPair.KeyFile}, nil, []string{"--tls-key", otherPair.KeyFile, "does not match", cert}},
		{"garbage key", Files{Cert: cert, Key: garbageKey}, nil, []string{"--tls-key", garbageKey}},
		{"key file holds a certificate", Files{Cert: cert, Key: cert}, nil, []string{"--tls-key", cert, "no private key"}},
		{"cert file holds a key", Files{Cert: key, Key: key}, nil, []string{"--tls-cert", key, "no certificate found"}},
		{"CA with no certificate", Files{Cert: cert, Key: key, ClientCA: key}, nil, []string{"--tls-client-ca", key, "no certificate found"}},
		{"empty CA", Files{Cert: cert, Key: key, ClientCA: empty}, nil, []string{"--tls-client-ca", empty, "no certificate found"}},
		{"bad pattern", Files{Cert: cert, Key: key, ClientCA: ca}, []string{"["}, []string{"--tls-allow-subject", "["}},
		{"empty pattern", Files{Cert: cert, Key: key, ClientCA: ca}, []string{""}, []string{"--tls-allow-subject"}},
		{"pattern without CA", Files{Cert: cert, Key: key}, []string{"*"}, []string{"--tls-allow-subject", "--tls-client-ca"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := NewServer(tc.f, tc.patterns, nil)
			if err == nil {
				t.Fatalf("NewServer succeeded: %v", s)
			}
			msg := err.Error()
			t.Logf("error: %s", msg)
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
			if strings.Contains(msg, "-----") {
				t.Errorf("error %q contains PEM", msg)
			}
			for _, sec := range secrets {
				if strings.Contains(msg, sec) {
					t.Errorf("error %q contains key file content", msg)
				}
			}
		})
	}
}

func TestReload(t *testing.T) {
	e := newEnv(t)
	log, logs := testLogger()
	s := newServer(t, e.files(true), nil, log)
	h := serve(t, s)
	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "valid-client"})

	old, _ := h.accept(t, e.client(t, &valid))
	if cn := peerCN(old); cn != "localhost" {
		t.Fatalf("server CN %q", cn)
	}

	e.rotateServer(t, "localhost-v2")
	if c, _ := h.accept(t, e.client(t, &valid)); peerCN(c) != "localhost" {
		t.Error("material changed without a reload")
	}
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if c, _ := h.accept(t, e.client(t, &valid)); peerCN(c) != "localhost-v2" {
		t.Errorf("after reload the server CN is %q, want localhost-v2", peerCN(c))
	}
	roundTrip(t, old, "still here after reload")

	out := logs.String()
	if !strings.Contains(out, "tls material reloaded") || !strings.Contains(out, "level=INFO") {
		t.Errorf("reload not logged at Info: %q", out)
	}
	key, _ := os.ReadFile(e.server.KeyFile)
	if strings.Contains(out, "-----") || strings.Contains(out, string(key)) {
		t.Errorf("log contains PEM: %q", out)
	}
}

func TestReloadFailureKeepsOld(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(false), nil, nil)
	h := serve(t, s)
	old, _ := h.accept(t, e.client(t, nil))

	broken := []byte("-----BEGIN PRIVATE KEY-----\nYnJva2VuLWtleS1jb250ZW50\n-----END PRIVATE KEY-----\n")
	if err := os.WriteFile(e.server.KeyFile, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	err := s.Reload()
	if err == nil {
		t.Fatal("Reload with a broken key succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, "--tls-key") || !strings.Contains(msg, e.server.KeyFile) || strings.Contains(msg, "YnJva2Vu") {
		t.Errorf("error %q", msg)
	}
	if c, _ := h.accept(t, e.client(t, nil)); peerCN(c) != "localhost" {
		t.Error("a failed reload changed the material")
	}

	// A new certificate with the key of another: mismatch, old stays.
	other := e.serverCA.Issue(t, "other", localhostLeaf("other"))
	e.rotateServer(t, "localhost-v2")
	k, _ := os.ReadFile(other.KeyFile)
	if err := os.WriteFile(e.server.KeyFile, k, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.Reload(); err == nil || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("Reload with a mismatched key: %v", err)
	}
	if c, _ := h.accept(t, e.client(t, nil)); peerCN(c) != "localhost" {
		t.Error("a failed reload changed the material")
	}
	roundTrip(t, old, "old connection")

	e.rotateServer(t, "localhost-v3")
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if c, _ := h.accept(t, e.client(t, nil)); peerCN(c) != "localhost-v3" {
		t.Error("reload after the fix not applied")
	}
}

// waitCN dials until the server accepts and presents a certificate named
// cn.
func waitCN(t *testing.T, h *harness, cfg *tls.Config, cn string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, cerr, r := h.dial(t, cfg)
		got := peerCN(c)
		if cerr == nil && r.err == nil && got == cn {
			roundTrip(t, c, "ping")
			c.Close()
			return
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatalf("after 5s: server presents %q (want %q), client %v, server %v", got, cn, cerr, r.err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func watch(t *testing.T, s *Server) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		s.Watch(ctx, 50*time.Millisecond)
		close(done)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("Watch did not return after cancel")
		}
	})
}

func TestWatchRename(t *testing.T) {
	e := newEnv(t)
	log, logs := testLogger()
	s := newServer(t, e.files(true), nil, log)
	h := serve(t, s)
	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "valid-client"})
	watch(t, s)

	old, _ := h.accept(t, e.client(t, &valid))
	time.Sleep(120 * time.Millisecond) // some polls without change
	if strings.Contains(logs.String(), "reloaded") {
		t.Fatalf("reload without a change: %s", logs)
	}
	e.rotateServer(t, "renamed-v2")
	waitCN(t, h, e.client(t, &valid), "renamed-v2")
	e.rotateServer(t, "renamed-v3")
	waitCN(t, h, e.client(t, &valid), "renamed-v3")
	roundTrip(t, old, "old connection")
}

// k8sDir is a Kubernetes secret volume: dir/tls.crt -> ..data/tls.crt,
// dir/..data -> ..<version>.
type k8sDir struct{ dir string }

func (k k8sDir) publish(t *testing.T, version string, files map[string]string) {
	t.Helper()
	vdir := filepath.Join(k.dir, ".."+version)
	if err := os.Mkdir(vdir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range files {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(vdir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	data := filepath.Join(k.dir, "..data")
	old, _ := os.Readlink(data)
	tmp := filepath.Join(k.dir, "..data_tmp")
	if err := os.Symlink(".."+version, tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, data); err != nil {
		t.Fatal(err)
	}
	for name := range files {
		link := filepath.Join(k.dir, name)
		if _, err := os.Lstat(link); err != nil {
			if err := os.Symlink(filepath.Join("..data", name), link); err != nil {
				t.Fatal(err)
			}
		}
	}
	if old != "" {
		if err := os.RemoveAll(filepath.Join(k.dir, old)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWatchSymlinkSwap(t *testing.T) {
	e := newEnv(t)
	k := k8sDir{dir: t.TempDir()}
	k.publish(t, "2026_v1", map[string]string{"tls.crt": e.server.CertFile, "tls.key": e.server.KeyFile, "ca.crt": e.clientCA.CertFile})
	f := Files{Cert: filepath.Join(k.dir, "tls.crt"), Key: filepath.Join(k.dir, "tls.key"), ClientCA: filepath.Join(k.dir, "ca.crt")}
	s := newServer(t, f, nil, nil)
	h := serve(t, s)
	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "valid-client"})
	watch(t, s)

	old, _ := h.accept(t, e.client(t, &valid))
	if cn := peerCN(old); cn != "localhost" {
		t.Fatalf("server CN %q", cn)
	}

	// The new version also rotates the client CA.
	newCA := certstest.NewCA(t, e.dir, "client-v2")
	newClient := newCA.Issue(t, "new-client", certstest.Leaf{CN: "new-client"})
	e.rotateServer(t, "swapped-v2")
	k.publish(t, "2026_v2", map[string]string{"tls.crt": e.server.CertFile, "tls.key": e.server.KeyFile, "ca.crt": newCA.CertFile})
	waitCN(t, h, e.client(t, &newClient), "swapped-v2")
	h.reject(t, e.client(t, &valid), ReasonUnknownCA)
	roundTrip(t, old, "old connection")
}

func TestCARotation(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(true), nil, nil)
	h := serve(t, s)
	oldClient := e.clientCA.Issue(t, "old-client", certstest.Leaf{CN: "old-client"})
	newCA := certstest.NewCA(t, e.dir, "client-v2")
	newClient := newCA.Issue(t, "new-client", certstest.Leaf{CN: "new-client"})

	h.accept(t, e.client(t, &oldClient))
	h.reject(t, e.client(t, &newClient), ReasonUnknownCA)

	// A bundle of both CAs while clients move over, then the new one only.
	writeCA := func(cas ...*certstest.CA) {
		var b []byte
		for _, ca := range cas {
			pemBytes, err := os.ReadFile(ca.CertFile)
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, pemBytes...)
		}
		tmp := e.clientCA.CertFile + ".new"
		if err := os.WriteFile(tmp, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, e.clientCA.CertFile); err != nil {
			t.Fatal(err)
		}
		if err := s.Reload(); err != nil {
			t.Fatal(err)
		}
	}
	writeCA(e.clientCA, newCA)
	h.accept(t, e.client(t, &oldClient))
	h.accept(t, e.client(t, &newClient))
	writeCA(newCA)
	h.accept(t, e.client(t, &newClient))
	h.reject(t, e.client(t, &oldClient), ReasonUnknownCA)
	checkRejections(t, s, map[string]int64{ReasonUnknownCA: 2})
}

func TestHandshakeTimeout(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(false), nil, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for _, tc := range []struct {
		name string
		send []byte
	}{
		{"silent client", nil},
		{"stalled handshake", []byte{0x16, 0x03, 0x01}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			c.Write(tc.send)
			sc, err := ln.Accept()
			if err != nil {
				t.Fatal(err)
			}
			defer sc.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, err = s.Handshake(ctx, sc)
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Handshake took %v", d)
			}
			checkReject(t, err, ReasonHandshake)
			if !strings.Contains(err.Error(), "timed out") {
				t.Errorf("error %q", err)
			}
		})
	}
	checkRejections(t, s, map[string]int64{ReasonHandshake: 2})
}

// TestConfig serves through Config with crypto/tls's own listener.
func TestConfig(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(true), []string{"valid-*"}, nil)
	cfg := s.Config()
	if cfg.MinVersion != tls.VersionTLS12 || cfg.GetConfigForClient == nil {
		t.Fatalf("Config: MinVersion %x, GetConfigForClient %v", cfg.MinVersion, cfg.GetConfigForClient != nil)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				c.SetDeadline(time.Now().Add(5 * time.Second))
				line, err := bufio.NewReader(c).ReadString('\n')
				if err == nil {
					io.WriteString(c, line)
				}
			}()
		}
	}()
	dial := func(is *certstest.Issued) (*tls.Conn, error) {
		c, err := tls.Dial("tcp", ln.Addr().String(), e.client(t, is))
		if err != nil {
			return nil, err
		}
		t.Cleanup(func() { c.Close() })
		c.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := io.WriteString(c, "x\n"); err != nil {
			return c, err
		}
		_, err = bufio.NewReader(c).ReadString('\n')
		return c, err
	}
	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "valid-client"})
	c, err := dial(&valid)
	if err != nil {
		t.Fatal(err)
	}
	if peerCN(c) != "localhost" {
		t.Errorf("server CN %q", peerCN(c))
	}
	other := certstest.NewCA(t, e.dir, "other")
	foreign := other.Issue(t, "foreign", certstest.Leaf{CN: "valid-foreign"})
	if _, err := dial(&foreign); err == nil {
		t.Error("client of another CA accepted")
	}
	notAllowed := e.clientCA.Issue(t, "not-allowed", certstest.Leaf{CN: "intruder"})
	if _, err := dial(&notAllowed); err == nil {
		t.Error("client with a subject not allowed accepted")
	}
	checkRejections(t, s, map[string]int64{ReasonUnknownCA: 1, ReasonSubjectNotAllowed: 1})

	e.rotateServer(t, "config-v2")
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if c, err := dial(&valid); err != nil || peerCN(c) != "config-v2" {
		t.Errorf("after reload: %v", err)
	}
}

// TestConcurrent handshakes while the material is reloaded, for -race.
func TestConcurrent(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(true), []string{"client-*"}, nil)
	h := serve(t, s)
	valid := e.clientCA.Issue(t, "valid", certstest.Leaf{CN: "client-1"})
	kp, err := tls.LoadX509KeyPair(valid.CertFile, valid.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(e.serverCA.Cert)

	stop := make(chan struct{})
	var reloads sync.WaitGroup
	reloads.Add(1)
	go func() {
		defer reloads.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := s.Reload(); err != nil {
				t.Error(err)
				return
			}
			_ = s.Rejections()
			_ = s.Config()
		}
	}()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 4 {
				cfg := &tls.Config{RootCAs: pool, ServerName: "localhost", Certificates: []tls.Certificate{kp}}
				c, err := tls.Dial("tcp", h.addr, cfg)
				if err != nil {
					errs <- err
					return
				}
				c.SetDeadline(time.Now().Add(5 * time.Second))
				line := fmt.Sprintf("%d-%d\n", i, j)
				io.WriteString(c, line)
				got, err := bufio.NewReader(c).ReadString('\n')
				c.Close()
				if err != nil || got != line {
					errs <- fmt.Errorf("echo %q, %v", got, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	reloads.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	checkRejections(t, s, map[string]int64{})
}

func TestAllowed(t *testing.T) {
	e := newEnv(t)
	s := newServer(t, e.files(true), []string{"spiffe://example.org/ns/*/sa/*", "db?.internal"}, nil)
	for _, tc := range []struct {
		leaf certstest.Leaf
		ok   bool
	}{
		{certstest.Leaf{URIs: []string{"spiffe://example.org/ns/prod/sa/api"}}, true},
		{certstest.Leaf{URIs: []string{"spiffe://example.org/ns/prod/sa/api/extra"}}, false},
		{certstest.Leaf{URIs: []string{"spiffe://example.org/ns//sa/api"}}, true}, // path.Match: '*' matches an empty segment
		{certstest.Leaf{DNS: []string{"db1.internal"}}, true},
		{certstest.Leaf{DNS: []string{"db12.internal"}}, false},
		{certstest.Leaf{CN: "DB1.internal"}, false}, // case-sensitive
		{certstest.Leaf{}, false},
	} {
		is := e.clientCA.Issue(t, "c", tc.leaf)
		if got := s.allowed(is.Cert); got != tc.ok {
			t.Errorf("allowed(%+v) = %v, want %v", tc.leaf, got, tc.ok)
		}
	}
}

package listen

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

// raiseFileLimit lifts the soft limit on open files to the hard one and
// skips when even that cannot hold n descriptors (client and server ends of
// a connection are both in this process).
func raiseFileLimit(t *testing.T, n uint64) {
	t.Helper()
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skipf("getrlimit: %v", err)
	}
	if lim.Cur < n && lim.Max > lim.Cur {
		old := lim
		lim.Cur = min(lim.Max, n+256)
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {
			t.Cleanup(func() { syscall.Setrlimit(syscall.RLIMIT_NOFILE, &old) })
		}
		syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	if lim.Cur < n {
		t.Skipf("the open-file limit %d cannot hold %d descriptors", lim.Cur, n)
	}
}

// checkOrdered checks that every line is one a client sent (client=C
// seq=I …), whole, scrubbed, and in each client's order, and that every
// client's lines all arrived.
func checkOrdered(t *testing.T, lines []string, clients, perClient int) {
	t.Helper()
	next := make([]int, clients)
	for _, l := range lines {
		var c, i int
		if _, err := fmt.Sscanf(l, "client=%d seq=%d", &c, &i); err != nil || c < 0 || c >= clients {
			t.Fatalf("line %q is not one a client sent (interleaved?)", l)
		}
		if i != next[c] {
			t.Fatalf("client %d: line %d arrived where %d was due", c, i, next[c])
		}
		next[c]++
		if strings.Contains(l, secret) || !strings.HasSuffix(l, " end") {
			t.Fatalf("line %q: secret passed or tail lost", l)
		}
	}
	for c, n := range next {
		if n != perClient {
			t.Fatalf("client %d: %d lines arrived, want %d", c, n, perClient)
		}
	}
}

// Two hundred clients at once, a thousand lines each: every line exactly
// once, whole, scrubbed, in its client's order.
func TestTwoHundredClients(t *testing.T) {
	raiseFileLimit(t, 600)
	manyClients(t, 200, 1000)
}

// A thousand connections held open, and one client trickling a byte at a
// time, do not stall the others: a fresh client's lines arrive while all
// of them are still connected, and the trickled line arrives whole.
func TestIdleConnectionsAndTricklerDoNotStall(t *testing.T) {
	raiseFileLimit(t, 2300)
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec})
	const idle = 1000
	conns := make([]net.Conn, 0, idle)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range idle {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	waitFor(t, "every idle connection registered", func() bool { return s.Stats().Open == idle })

	trickler, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer trickler.Close()
	tline := "client=1 seq=0 password=hunter2x token=" + secret + " end\n"
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < len(tline); i++ {
			if _, err := trickler.Write([]byte{tline[i]}); err != nil {
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()

	// A fresh client while all of those are open and the trickle goes on.
	fresh, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		fmt.Fprintf(fresh, "client=0 seq=%d token=%s end\n", i, secret)
	}
	waitFor(t, "the fresh client's lines with the others still open", func() bool {
		return s.Stats().Lines >= 100
	})
	if st := s.Stats(); st.Open < idle+1 {
		t.Fatalf("connections closed under the load: %+v", st)
	}
	fresh.Close()
	<-done
	trickler.Close()
	waitFor(t, "the trickled line", func() bool { return s.Stats().Lines >= 101 })
	var fromFresh, fromTrickler []string
	for _, l := range rec.lines() {
		if strings.HasPrefix(l, "client=0 ") {
			fromFresh = append(fromFresh, l)
		} else {
			fromTrickler = append(fromTrickler, l)
		}
	}
	checkOrdered(t, fromFresh, 1, 100)
	if len(fromTrickler) != 1 || strings.Contains(fromTrickler[0], "hunter2x") || strings.Contains(fromTrickler[0], secret) ||
		!strings.HasPrefix(fromTrickler[0], "client=1 seq=0 password=") || !strings.HasSuffix(fromTrickler[0], " end") {
		t.Fatalf("trickled line: %q", fromTrickler)
	}
}

// The server certificate and the CA rotated (files rewritten, then a
// reload, as cert-manager does) while clients stream over mutual TLS: the
// open connections go on, every line arrives, and clients of the new CA
// are accepted afterwards while those of the old CA are rejected.
func TestCertificateRotationUnderLoad(t *testing.T) {
	dir := t.TempDir()
	oldCA := certstest.NewCA(t, dir, "old")
	srvCert := oldCA.Localhost(t, "server")
	files := certs.Files{Cert: srvCert.CertFile, Key: srvCert.KeyFile, ClientCA: oldCA.CertFile}
	tlsSrv, err := certs.NewServer(files, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	s, addr := serve(t, Options{Sink: rec, TLS: tlsSrv})

	clientOf := func(ca *certstest.CA, name string) *tls.Config {
		cl := ca.Issue(t, name, certstest.Leaf{CN: name})
		kp, err := tls.LoadX509KeyPair(cl.CertFile, cl.KeyFile)
		if err != nil {
			t.Fatal(err)
		}
		pool := x509.NewCertPool()
		pool.AddCert(ca.Cert)
		return &tls.Config{RootCAs: pool, ServerName: "localhost", Certificates: []tls.Certificate{kp}}
	}
	oldClient := clientOf(oldCA, "old-client")

	const clients, perClient = 8, 2000
	var wg sync.WaitGroup
	rotate := make(chan struct{})
	for c := range clients {
		tc, err := tls.Dial("tcp", addr, oldClient)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer tc.Close()
			w := bufio.NewWriterSize(tc, 512)
			for i := range perClient {
				if i == perClient/2 && c == 0 {
					w.Flush()
					close(rotate)
				}
				fmt.Fprintf(w, "client=%d seq=%d token=%s end\n", c, i, secret)
			}
			w.Flush()
		}()
	}
	<-rotate
	// The rotation: a new CA and a server certificate it signed, written
	// over the same files.
	newCA := certstest.NewCA(t, t.TempDir(), "new")
	newSrv := newCA.Localhost(t, "server")
	for from, to := range map[string]string{newSrv.CertFile: files.Cert, newSrv.KeyFile: files.Key, newCA.CertFile: files.ClientCA} {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := tlsSrv.Reload(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	waitFor(t, "every line of the open connections", func() bool { return s.Stats().Lines == clients*perClient })
	waitClosed(t, s)
	checkOrdered(t, rec.lines(), clients, perClient)

	// After the rotation: the new CA's clients in, the old CA's out.
	nc, err := tls.Dial("tcp", addr, clientOf(newCA, "new-client"))
	if err != nil {
		t.Fatalf("a client of the new CA: %v", err)
	}
	fmt.Fprintf(nc, "client=0 seq=%d token=%s end\n", perClient, secret)
	nc.Close()
	waitFor(t, "the new client's line", func() bool { return s.Stats().Lines == clients*perClient+1 })
	// (It trusts the new server certificate and sends its own, of the old
	// CA, though the server asks for the new CA's: a client that was not
	// re-issued.)
	stale := oldClient.Clone()
	stale.RootCAs = x509.NewCertPool()
	stale.RootCAs.AddCert(newCA.Cert)
	own := stale.Certificates[0]
	stale.Certificates = nil
	stale.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &own, nil }
	oc, err := tls.Dial("tcp", addr, stale)
	if err == nil {
		oc.SetReadDeadline(time.Now().Add(5 * time.Second))
		oc.Read(make([]byte, 1)) // TLS 1.3 reports the rejection on the first read
		oc.Close()
	}
	waitFor(t, "the old client rejected", func() bool {
		r := s.Stats().Rejected
		return r[certs.ReasonUnknownCA] == 1
	})
}

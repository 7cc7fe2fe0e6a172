package certs

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"path"
	"strings"
	"sync"
	"syscall"
	"time"
)

// RejectError is the error of a rejected handshake. Its text names the
// reason and the remote address, never bytes received from the connection;
// Unwrap gives the underlying error (which may quote the peer, e.g. names
// from its certificate) for callers that want it.
type RejectError struct {
	Reason string // one of the Reason constants
	Remote string // the remote address
	detail string // a fixed text
	err    error
}

func (e *RejectError) Error() string {
	msg := "tls handshake from " + e.Remote + " rejected: " + e.Reason
	if e.detail != "" {
		msg += " (" + e.detail + ")"
	}
	return msg
}

func (e *RejectError) Unwrap() error { return e.err }

// tlsRecordHandshake is the content type of a TLS handshake record, the
// first byte a TLS client sends.
const tlsRecordHandshake = 0x16

// Handshake runs the server side of a TLS handshake on conn under ctx with
// the material current now. It first reads one byte: a client that does
// not start with a TLS handshake record is rejected as plaintext. On
// failure the reason is counted and returned in a *RejectError; conn is not
// closed (the caller owns it, and closes it). While it waits for the first
// byte Handshake sets conn's read deadline, and clears it afterwards; if
// ctx is done during the TLS handshake itself, crypto/tls closes conn.
func (s *Server) Handshake(ctx context.Context, conn net.Conn) (*tls.Conn, error) {
	m := s.cur.Load()
	remote := "unknown"
	if a := conn.RemoteAddr(); a != nil {
		remote = a.String()
	}
	first, err := readFirst(ctx, conn)
	if err != nil {
		return nil, s.reject(ReasonHandshake, remote, handshakeDetail(ctx, err), err)
	}
	if first != tlsRecordHandshake {
		return nil, s.reject(ReasonPlaintext, remote, "not a TLS handshake; is the client configured for TLS?", errors.New("first byte is not a TLS handshake record"))
	}
	var rec verdict
	tc := tls.Server(&prefixConn{Conn: conn, first: first, has: true}, s.connConfig(m, &rec))
	if err := tc.HandshakeContext(ctx); err != nil {
		if rec.reason != "" {
			return nil, s.reject(rec.reason, remote, rec.detail, err)
		}
		if strings.Contains(err.Error(), "didn't provide a certificate") {
			// RequireAnyClientCert failed in crypto/tls before
			// VerifyConnection could see the (missing) certificate.
			return nil, s.reject(ReasonNoCertificate, remote, "client sent no certificate", err)
		}
		return nil, s.reject(ReasonHandshake, remote, handshakeDetail(ctx, err), err)
	}
	return tc, nil
}

func (s *Server) reject(reason, remote, detail string, err error) error {
	s.count(reason)
	return &RejectError{Reason: reason, Remote: remote, detail: detail, err: err}
}

// verdict records why verification of one connection failed. It is written
// and read by the goroutine running that handshake only.
type verdict struct{ reason, detail string }

// connConfig is the configuration of one connection: m's base with
// verification against m's client CA pool. A failed verification is
// recorded in rec, or counted right away when rec is nil (Config's path,
// where nobody else learns the reason).
func (s *Server) connConfig(m *material, rec *verdict) *tls.Config {
	cfg := m.base.Clone()
	if m.pool != nil {
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			reason, detail, err := s.verifyPeer(m, cs.PeerCertificates)
			if err == nil {
				return nil
			}
			if rec != nil {
				rec.reason, rec.detail = reason, detail
			} else {
				s.count(reason)
			}
			return err
		}
	}
	return cfg
}

// verifyPeer verifies a client's chain against m's pool for client
// authentication and checks the allow-subject patterns. It runs for every
// handshake, resumed or not.
func (s *Server) verifyPeer(m *material, chain []*x509.Certificate) (reason, detail string, err error) {
	if len(chain) == 0 {
		return ReasonNoCertificate, "client sent no certificate", errors.New("tls: client sent no certificate")
	}
	opts := x509.VerifyOptions{
		Roots:         m.pool,
		Intermediates: x509.NewCertPool(),
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	for _, c := range chain[1:] {
		opts.Intermediates.AddCert(c)
	}
	if _, err := chain[0].Verify(opts); err != nil {
		var ua x509.UnknownAuthorityError
		var ci x509.CertificateInvalidError
		switch {
		case errors.As(err, &ua):
			return ReasonUnknownCA, "certificate not signed by the client CA", err
		case errors.As(err, &ci) && ci.Reason == x509.Expired:
			return ReasonExpired, "certificate expired or not yet valid", err
		case errors.As(err, &ci) && ci.Reason == x509.IncompatibleUsage:
			return ReasonBadCertificate, "certificate not valid for client authentication", err
		default:
			return ReasonBadCertificate, "certificate does not verify", err
		}
	}
	if !s.allowed(chain[0]) {
		return ReasonSubjectNotAllowed, "no --tls-allow-subject pattern matches the certificate's CN, DNS or URI SANs", errors.New("tls: client certificate subject not allowed")
	}
	return "", "", nil
}

// allowed reports whether any pattern matches the certificate's common
// name, one of its DNS SANs or one of its URI SANs. Without patterns every
// certificate is allowed.
func (s *Server) allowed(c *x509.Certificate) bool {
	if len(s.patterns) == 0 {
		return true
	}
	names := make([]string, 0, 1+len(c.DNSNames)+len(c.URIs))
	if c.Subject.CommonName != "" {
		names = append(names, c.Subject.CommonName)
	}
	names = append(names, c.DNSNames...)
	for _, u := range c.URIs {
		names = append(names, u.String())
	}
	for _, p := range s.patterns {
		for _, n := range names {
			if ok, _ := path.Match(p, n); ok { // patterns were checked by NewServer
				return true
			}
		}
	}
	return false
}

// handshakeDetail describes a handshake failure with a fixed text.
func handshakeDetail(ctx context.Context, err error) string {
	var ne net.Error
	var oe *net.OpError
	var rh tls.RecordHeaderError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	case ctx.Err() != nil:
		return "canceled"
	case errors.As(err, &ne) && ne.Timeout():
		return "timed out"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET), errors.Is(err, net.ErrClosed):
		return "connection closed by the client"
	case errors.As(err, &oe) && oe.Op == "remote error":
		return "client sent alert: " + strings.TrimPrefix(oe.Err.Error(), "tls: ")
	case errors.As(err, &rh):
		return "malformed TLS record"
	case strings.Contains(err.Error(), "unsupported versions"):
		return "client offers no TLS version >= 1.2"
	default:
		return "handshake failed"
	}
}

// readFirst reads one byte from conn, bounded by ctx.
func readFirst(ctx context.Context, conn net.Conn) (byte, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if ctx.Done() != nil {
		var mu sync.Mutex
		done := false
		if dl, ok := ctx.Deadline(); ok {
			conn.SetReadDeadline(dl)
		}
		stop := context.AfterFunc(ctx, func() {
			mu.Lock()
			defer mu.Unlock()
			if !done {
				conn.SetReadDeadline(time.Unix(1, 0)) // wake the read
			}
		})
		defer func() {
			stop()
			mu.Lock()
			done = true
			mu.Unlock()
			conn.SetReadDeadline(time.Time{})
		}()
	}
	var b [1]byte
	if _, err := io.ReadFull(conn, b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

// prefixConn gives back the byte Handshake read before the TLS layer reads
// the rest.
type prefixConn struct {
	net.Conn
	first byte
	has   bool
}

func (c *prefixConn) Read(p []byte) (int, error) {
	if c.has && len(p) > 0 {
		p[0] = c.first
		c.has = false
		return 1, nil
	}
	return c.Conn.Read(p)
}

package certs

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Files names the PEM files of the TLS material. ClientCA "" means plain
// TLS: no client certificate is requested.
type Files struct{ Cert, Key, ClientCA string }

// Rejection reasons, the keys of Rejections and RejectError.Reason.
const (
	ReasonNoCertificate     = "no_certificate"      // mutual TLS, the client sent no certificate
	ReasonUnknownCA         = "unknown_ca"          // the client certificate does not chain to the client CA
	ReasonExpired           = "expired"             // the client certificate (or its chain) is expired or not yet valid
	ReasonSubjectNotAllowed = "subject_not_allowed" // no allow-subject pattern matches the client certificate
	ReasonBadCertificate    = "bad_certificate"     // any other verification failure (e.g. not for client auth)
	ReasonPlaintext         = "plaintext"           // the first byte is not a TLS handshake record
	ReasonHandshake         = "handshake"           // any other handshake failure (protocol version, client gone, timeout…)
)

// Server is the TLS server material of a listener. All its methods are safe
// for concurrent use: the current material is swapped atomically, so many
// handshakes may run while Reload or Watch replace it.
type Server struct {
	files    Files
	patterns []string
	log      *slog.Logger

	cur      atomic.Pointer[material]
	reloadMu sync.Mutex // serializes loads, so an older read never replaces a newer one

	rejMu sync.Mutex
	rej   map[string]int64
}

// material is one generation of loaded files. It is immutable once built.
type material struct {
	cert   *tls.Certificate
	pool   *x509.CertPool // nil: plain TLS
	base   *tls.Config    // cloned per connection
	stamps []stamp        // of the files, taken before they were read
}

// NewServer loads and validates the files now: the certificate and key must
// parse and match, the client CA file (when set) must hold at least one
// certificate, and every allow-subject pattern must be valid path.Match
// syntax. Allow-subject patterns need a client CA. Errors name the flag and
// file, never the file's content. log may be nil.
func NewServer(f Files, allowSubjects []string, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	for _, p := range allowSubjects {
		if p == "" {
			return nil, errors.New("--tls-allow-subject: empty pattern")
		}
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("--tls-allow-subject %q: %w", p, err)
		}
	}
	if len(allowSubjects) > 0 && f.ClientCA == "" {
		return nil, errors.New("--tls-allow-subject needs --tls-client-ca")
	}
	s := &Server{
		files:    f,
		patterns: append([]string(nil), allowSubjects...),
		log:      log,
		rej:      make(map[string]int64),
	}
	m, err := s.load()
	if err != nil {
		return nil, err
	}
	s.cur.Store(m)
	return s, nil
}

// Config returns a server configuration with TLS 1.2 as the minimum whose
// GetConfigForClient hands out the material current at each handshake, so
// a reload applies to new handshakes only. Verification failures of
// handshakes run through it are counted in Rejections; plaintext and other
// handshake failures are only seen by Handshake.
func (s *Server) Config() *tls.Config {
	return &tls.Config{
		MinVersion:             tls.VersionTLS12,
		SessionTicketsDisabled: true,
		GetConfigForClient: func(*tls.ClientHelloInfo) (*tls.Config, error) {
			return s.connConfig(s.cur.Load(), nil), nil
		},
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) {
			return s.cur.Load().cert, nil
		},
	}
}

// Reload re-reads all files. On any error the material in use stays and
// the error is returned; on success new handshakes use the new material and
// open connections are not touched.
func (s *Server) Reload() error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	m, err := s.load()
	if err != nil {
		return err
	}
	s.cur.Store(m)
	attrs := []any{"cert", s.files.Cert, "key", s.files.Key, "not_after", m.cert.Leaf.NotAfter.UTC().Format(time.RFC3339)}
	if s.files.ClientCA != "" {
		attrs = append(attrs, "client_ca", s.files.ClientCA)
	}
	s.log.Info("tls material reloaded", attrs...)
	return nil
}

// Rejections returns a copy of the rejection counts by reason; only reasons
// seen so far are present.
func (s *Server) Rejections() map[string]int64 {
	s.rejMu.Lock()
	defer s.rejMu.Unlock()
	return maps.Clone(s.rej)
}

func (s *Server) count(reason string) {
	s.rejMu.Lock()
	s.rej[reason]++
	s.rejMu.Unlock()
}

// paths are the files watched, in the order of material.stamps.
func (s *Server) paths() []string {
	p := []string{s.files.Cert, s.files.Key}
	if s.files.ClientCA != "" {
		p = append(p, s.files.ClientCA)
	}
	return p
}

// load reads and validates all files.
func (s *Server) load() (*material, error) {
	f := s.files
	if f.Cert == "" {
		return nil, errors.New("--tls-cert: no file given")
	}
	if f.Key == "" {
		return nil, errors.New("--tls-key: no file given")
	}
	stamps := statAll(s.paths())
	cert, err := loadKeyPair(f.Cert, f.Key)
	if err != nil {
		return nil, err
	}
	if now := time.Now(); now.After(cert.Leaf.NotAfter) {
		s.log.Warn("tls certificate has expired", "cert", f.Cert, "not_after", cert.Leaf.NotAfter.UTC().Format(time.RFC3339))
	}
	base := &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{*cert},
		// Tickets would let a client resume without presenting its
		// certificate again; log shippers keep connections open, so a
		// full handshake each time costs nothing worth saving.
		SessionTicketsDisabled: true,
	}
	m := &material{cert: cert, base: base, stamps: stamps}
	if f.ClientCA != "" {
		b, err := readFile("--tls-client-ca", f.ClientCA)
		if err != nil {
			return nil, err
		}
		cas, err := parseCerts(b)
		if err != nil {
			return nil, fmt.Errorf("--tls-client-ca %s: %w", f.ClientCA, err)
		}
		pool := x509.NewCertPool()
		for _, c := range cas {
			pool.AddCert(c)
		}
		m.pool = pool
		// Any certificate is requested, and verified by verifyPeer against
		// this generation's pool. ClientCAs only tells clients which CAs
		// are acceptable, to help them pick a certificate.
		base.ClientAuth = tls.RequireAnyClientCert
		base.ClientCAs = pool
	}
	return m, nil
}

// readFile reads a file; the error names flag and file.
func readFile(flag, name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is named already
		}
		return nil, fmt.Errorf("%s %s: %w", flag, name, err)
	}
	return b, nil
}

// parseCerts returns the CERTIFICATE blocks of b. Errors are fixed texts:
// they never quote the input.
func parseCerts(b []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	for n := 1; ; {
		var blk *pem.Block
		blk, b = pem.Decode(b)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d is not a valid X.509 certificate", n)
		}
		certs = append(certs, c)
		n++
	}
	if len(certs) == 0 {
		return nil, errors.New("no certificate found")
	}
	return certs, nil
}

// parseKey returns the first private key of b. Errors are fixed texts: a
// key file's content is a secret.
func parseKey(b []byte) (crypto.Signer, error) {
	sawCert := false
	for {
		var blk *pem.Block
		blk, b = pem.Decode(b)
		if blk == nil {
			break
		}
		if blk.Type == "CERTIFICATE" {
			sawCert = true
		}
		if !strings.HasSuffix(blk.Type, "PRIVATE KEY") {
			continue
		}
		if strings.HasPrefix(blk.Type, "ENCRYPTED") || strings.Contains(blk.Headers["Proc-Type"], "ENCRYPTED") {
			return nil, errors.New("the private key is encrypted (not supported)")
		}
		var key any
		var err error
		switch blk.Type {
		case "RSA PRIVATE KEY":
			key, err = x509.ParsePKCS1PrivateKey(blk.Bytes)
		case "EC PRIVATE KEY":
			key, err = x509.ParseECPrivateKey(blk.Bytes)
		default:
			key, err = x509.ParsePKCS8PrivateKey(blk.Bytes)
		}
		if err != nil {
			return nil, fmt.Errorf("the %s block does not parse", blk.Type)
		}
		switch k := key.(type) {
		case *rsa.PrivateKey:
			return k, nil
		case *ecdsa.PrivateKey:
			return k, nil
		case ed25519.PrivateKey:
			return k, nil
		default:
			return nil, errors.New("unsupported private key type (want RSA, ECDSA or Ed25519)")
		}
	}
	if sawCert {
		return nil, errors.New("no private key found (the file holds a certificate)")
	}
	return nil, errors.New("no private key found")
}

// loadKeyPair reads certFile (the leaf first, then intermediates) and
// keyFile and checks that the key belongs to the leaf.
func loadKeyPair(certFile, keyFile string) (*tls.Certificate, error) {
	cb, err := readFile("--tls-cert", certFile)
	if err != nil {
		return nil, err
	}
	chain, err := parseCerts(cb)
	if err != nil {
		return nil, fmt.Errorf("--tls-cert %s: %w", certFile, err)
	}
	kb, err := readFile("--tls-key", keyFile)
	if err != nil {
		return nil, err
	}
	key, err := parseKey(kb)
	if err != nil {
		return nil, fmt.Errorf("--tls-key %s: %w", keyFile, err)
	}
	pub, ok := key.Public().(interface{ Equal(crypto.PublicKey) bool })
	if !ok || !pub.Equal(chain[0].PublicKey) {
		return nil, fmt.Errorf("--tls-key %s: the private key does not match the certificate in --tls-cert %s", keyFile, certFile)
	}
	tc := &tls.Certificate{PrivateKey: key, Leaf: chain[0]}
	for _, c := range chain {
		tc.Certificate = append(tc.Certificate, c.Raw)
	}
	return tc, nil
}

// stamp identifies a file's version: the file the path leads to (symlinks
// followed), its size and modification time, or the stat error.
type stamp struct {
	fi  os.FileInfo
	err string
}

func statAll(paths []string) []stamp {
	st := make([]stamp, len(paths))
	for i, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			st[i].err = err.Error()
			continue
		}
		st[i].fi = fi
	}
	return st
}

func (a stamp) equal(b stamp) bool {
	if a.fi == nil || b.fi == nil {
		return a.fi == nil && b.fi == nil && a.err == b.err
	}
	return os.SameFile(a.fi, b.fi) && a.fi.Size() == b.fi.Size() && a.fi.ModTime().Equal(b.fi.ModTime())
}

func sameStamps(a, b []stamp) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].equal(b[i]) {
			return false
		}
	}
	return true
}

package forward

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"
)

// ClientTLS builds the client configuration for tls:// targets. caFile ""
// means the system roots; certFile and keyFile, both or neither, are the
// client certificate for mutual TLS. serverName is the name the server's
// certificate must carry. The minimum version is TLS 1.2. Errors name the
// file, never its content.
func ClientTLS(caFile, certFile, keyFile, serverName string) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: serverName, MinVersion: tls.VersionTLS12}
	if caFile != "" {
		data, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("forward: CA file: %v", err) // a *PathError names the file
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(data) {
			return nil, fmt.Errorf("forward: CA file %s: no PEM certificate in it", caFile)
		}
		cfg.RootCAs = pool
	}
	switch {
	case certFile != "" && keyFile == "":
		return nil, fmt.Errorf("forward: client certificate %s: no key file given", certFile)
	case certFile == "" && keyFile != "":
		return nil, fmt.Errorf("forward: client key %s: no certificate file given", keyFile)
	case certFile != "":
		certPEM, err := os.ReadFile(certFile)
		if err != nil {
			return nil, fmt.Errorf("forward: client certificate: %v", err)
		}
		keyPEM, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, fmt.Errorf("forward: client key: %v", err)
		}
		cert, err := tls.X509KeyPair(certPEM, keyPEM)
		if err != nil {
			// The tls and x509 errors describe the problem, not the bytes.
			return nil, fmt.Errorf("forward: client certificate %s and key %s: %v", certFile, keyFile, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

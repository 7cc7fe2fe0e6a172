// Package certs holds the TLS server material of logscrub's TCP receiver
// (--listen tcp://… with --tls-cert, --tls-key, --tls-client-ca and
// --tls-allow-subject).
//
// A Server loads a certificate and key, and optionally a client CA bundle,
// and hands out TLS configurations with TLS 1.2 as the minimum version.
// With a client CA every client must present a certificate that chains to
// that CA and is valid for client authentication; allow-subject patterns
// narrow the accepted clients further by the certificate's common name,
// DNS SANs or URI SANs (SPIFFE IDs such as
// spiffe://example.org/ns/prod/sa/api). Patterns use path.Match syntax:
// '*' matches any run of characters other than '/', so in a SPIFFE
// pattern it stands for exactly one path segment
// (spiffe://example.org/ns/*/sa/api matches the namespace "prod" but not
// "prod/x"); in a DNS pattern it may span dots (*.example.org matches
// a.b.example.org). Matching is case-sensitive.
//
// The material is replaced atomically by Reload (on SIGHUP) and by Watch
// (polling the files, which copes with rotation by rename and with the
// Kubernetes "..data" symlink swap). A reload applies to new handshakes
// only; open connections keep the material they were established with.
// A failed reload keeps the previous material.
//
// Handshake rejects plaintext clients, runs the handshake and counts every
// rejection by reason (see Rejections and the Reason constants). Errors
// name files, flags, reasons and remote addresses, never the content of a
// file (a key is a secret) nor bytes received from a connection.
//
// All methods of Server are safe for concurrent use.
package certs

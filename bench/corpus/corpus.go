// Package corpus generates a deterministic, realistic mixed log corpus for
// benchmarking and testing logscrub.
//
// The corpus is a stream of newline-terminated lines: about 45% structured
// JSON application logs and 55% text logs (access logs, logfmt, syslog, Java
// stack traces, key: value lines, HTTP header dumps, shell traces and, when a
// [Background] is given, real log lines). Rarely, a JSON line is 40-200 KiB
// long (a deep stack trace, with a secret after it) and a private key is
// dumped over several lines. About 2% of the lines carry a planted secret
// (cloud keys, tokens, JWTs, passwords, session cookies, credentials in URLs,
// PEM key bodies), and every planted secret is recorded in the returned
// [Truth] so that tests can measure recall. Decoys that look like secrets but
// are not (UUIDs, git SHAs, sha256 digests, trace ids, token_count=123,
// session_timeout=30, password_policy=strict, paths, URLs without
// credentials) appear on many lines and can be recorded too.
//
// The same seed, size, options and background always produce byte-identical
// output. Randomness comes only from a math/rand/v2 PCG source seeded with
// the seed, and bounded draws are computed from its raw Uint64 output, so the
// stream does not depend on how math/rand/v2 implements its helpers.
package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// SecretRate is the fraction of lines that carry at least one planted secret
// (unless [Options].NoSecrets is set).
const SecretRate = 0.02

// JSONRate is the fraction of lines that are JSON objects in the [Mixed] shape.
const JSONRate = 0.45

// Shape selects which kinds of lines the generator writes.
type Shape int

const (
	// Mixed writes about 45% JSON lines and 55% text lines.
	Mixed Shape = iota
	// JSONOnly writes only JSON lines.
	JSONOnly
	// TextOnly writes only text lines (including background lines).
	TextOnly
	// Realistic writes denser logs: about 5% of lines with a secret, about
	// a third JSON (nested request/response headers, Kubernetes objects),
	// logfmt lines of 15-30 pairs, header dumps, stack traces, prose errors.
	Realistic
)

// String returns the shape's name as used in benchmark names.
func (s Shape) String() string {
	switch s {
	case Mixed:
		return "mixed"
	case JSONOnly:
		return "json-only"
	case TextOnly:
		return "text-only"
	case Realistic:
		return "realistic"
	}
	return fmt.Sprintf("Shape(%d)", int(s))
}

// Secret kinds recorded in [Secret].Kind.
const (
	KindAWSAccessKey  = "aws-access-key"  // AKIA + 16 base32 characters
	KindGitHubPAT     = "github-pat"      // ghp_ + 36 alphanumerics
	KindSlackBot      = "slack-bot-token" // xoxb-<digits>-<digits>-<24 alphanumerics>
	KindStripeLive    = "stripe-live-key" // sk_live_ + 24 alphanumerics
	KindGoogleAPIKey  = "google-api-key"  // AIza + 35 of [A-Za-z0-9_-]
	KindJWT           = "jwt"             // eyJ<header>.eyJ<payload>.<signature>
	KindNPMToken      = "npm-token"       // npm_ + 36 alphanumerics
	KindSendGrid      = "sendgrid-key"    // SG.<22>.<43>
	KindPassword      = "password"        // value of a password field or flag
	KindSessionCookie = "session-cookie"  // value of a session cookie
	KindURLPassword   = "url-password"    // password part of scheme://user:pass@host
	KindGenericToken  = "generic-token"   // random token in a token=/api_key= context
	KindPrivateKey    = "private-key"     // base64 body of a PEM private key (a line of it in text)
)

// Decoy kinds recorded in [Decoy].Kind.
const (
	DecoyUUID           = "uuid"
	DecoyGitSHA         = "git-sha"
	DecoySHA256         = "sha256"
	DecoyTraceID        = "trace-id"
	DecoyTokenCount     = "token-count"
	DecoySessionTimeout = "session-timeout"
	DecoyPasswordPolicy = "password-policy"
	DecoyPath           = "path"
	DecoyURL            = "url"
)

// Secret is one planted secret.
type Secret struct {
	Line  int    // 1-based line number in the output
	Kind  string // one of the Kind* constants
	Where string // short name of the placement, e.g. "json-authorization-header"
	Value string // the secret exactly as written; a scrubber must remove it
}

// Decoy is one deliberately placed look-alike that a scrubber must keep.
type Decoy struct {
	Line  int    // 1-based line number in the output
	Kind  string // one of the Decoy* constants
	Value string // the text exactly as written; a scrubber must leave it intact
}

// Truth describes a generated corpus.
type Truth struct {
	Lines       int      // lines written
	Bytes       int64    // bytes written
	JSONLines   int      // lines that are JSON objects
	SecretLines int      // lines that carry at least one planted secret
	Secrets     []Secret // every planted secret, in line order
	Decoys      []Decoy  // deliberately placed decoys, only with Options.RecordDecoys
}

// Options configures [Options.Generate]. The zero value writes the [Mixed]
// shape from built-in templates with secrets planted.
type Options struct {
	Shape Shape
	// NoSecrets plants no secrets at all; decoys are still written.
	NoSecrets bool
	// RecordDecoys records the placed decoys in Truth.Decoys. It costs an
	// allocation per decoy, so it is off by default.
	RecordDecoys bool
	// Background holds real log lines mixed into the text lines. When nil,
	// built-in templates take their place.
	Background *Background
}

// Generate writes about size bytes of the default corpus ([Mixed] shape,
// built-in templates only, secrets planted) to w. It is shorthand for
// Options{}.Generate(w, size, seed).
func Generate(w io.Writer, size int64, seed uint64) (Truth, error) {
	return Options{}.Generate(w, size, seed)
}

// Generate writes whole lines to w until at least size bytes have been
// written (so it overshoots by less than one line or, for multi-line blocks
// such as stack traces, one block) and returns what it planted. Output goes
// through a bufio.Writer; the first write error is returned.
func (o Options) Generate(w io.Writer, size int64, seed uint64) (Truth, error) {
	switch o.Shape {
	case Mixed, JSONOnly, TextOnly, Realistic:
	default:
		return Truth{}, fmt.Errorf("corpus: unknown shape %d", int(o.Shape))
	}
	g := newGen(w, o, seed)
	for g.truth.Bytes < size && g.err == nil {
		g.next()
	}
	if g.err == nil {
		g.err = g.w.Flush()
	}
	if g.err != nil {
		return g.truth, fmt.Errorf("corpus: %w", g.err)
	}
	return g.truth, nil
}

// Background is a read-only set of real log lines, shared safely between
// goroutines.
type Background struct {
	data  []byte   // every line followed by '\n'
	lines [][]byte // lines without terminator, slices of data
}

// LoadBackground reads every *.log file in dir (in name order), splits them
// into lines, drops carriage returns before newlines and empty lines. When
// dir does not exist or holds no *.log file the error wraps fs.ErrNotExist.
func LoadBackground(dir string) (*Background, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.log"))
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("corpus: no *.log files in %s: %w", dir, fs.ErrNotExist)
	}
	slices.Sort(names)
	var data []byte
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		for line := range bytes.Lines(b) {
			line = bytes.TrimRight(line, "\r\n")
			if len(line) == 0 {
				continue
			}
			data = append(data, line...)
			data = append(data, '\n')
		}
	}
	bg := &Background{data: data}
	for line := range bytes.Lines(data) {
		bg.lines = append(bg.lines, line[:len(line)-1])
	}
	return bg, nil
}

// Len returns the number of lines.
func (b *Background) Len() int { return len(b.lines) }

// Bytes returns all lines, each terminated by '\n'. The caller must not
// modify the returned slice.
func (b *Background) Bytes() []byte { return b.data }

// Line returns line i (0-based) without its terminator. The caller must not
// modify the returned slice.
func (b *Background) Line(i int) []byte { return b.lines[i] }

// newBufferedWriter returns w itself when it is already a large enough
// bufio.Writer.
func newBufferedWriter(w io.Writer) *bufio.Writer {
	if bw, ok := w.(*bufio.Writer); ok && bw.Size() >= 64<<10 {
		return bw
	}
	return bufio.NewWriterSize(w, 256<<10)
}

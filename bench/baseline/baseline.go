// Package baseline is the naive regular-expression scrubber that logscrub is
// measured against: the way most people would first write it. Every line is
// passed through a list of regexp.Regexp.ReplaceAll calls, one per secret
// kind, and written out. It allocates on every line and every pattern; it is
// here to be beaten, not used.
package baseline

import (
	"bufio"
	"errors"
	"io"
	"regexp"
)

// Rule is one pattern and its replacement template (regexp.Expand syntax).
type Rule struct {
	ID   string
	Re   *regexp.Regexp
	Repl []byte
}

func rule(id, pattern, repl string) Rule {
	return Rule{ID: id, Re: regexp.MustCompile(pattern), Repl: []byte(repl)}
}

// Rules are applied in order to every line. Read-only; safe for concurrent use.
var Rules = []Rule{
	rule("aws-access-key", `\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`, "[REDACTED:aws-access-key]"),
	rule("github-pat", `\bgh[pousr]_[A-Za-z0-9]{36}\b`, "[REDACTED:github-pat]"),
	rule("slack-token", `\bxox[baprs]-[0-9A-Za-z-]{10,}`, "[REDACTED:slack-token]"),
	rule("stripe-live-key", `\b[sr]k_live_[0-9A-Za-z]{24,}\b`, "[REDACTED:stripe-live-key]"),
	rule("google-api-key", `\bAIza[0-9A-Za-z_-]{35}`, "[REDACTED:google-api-key]"),
	rule("jwt", `\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`, "[REDACTED:jwt]"),
	rule("npm-token", `\bnpm_[A-Za-z0-9]{36}\b`, "[REDACTED:npm-token]"),
	rule("sendgrid-key", `\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, "[REDACTED:sendgrid-key]"),
	rule("private-key", `-----BEGIN[A-Z ]*PRIVATE KEY-----.*?-----END[A-Z ]*PRIVATE KEY-----`, "[REDACTED:private-key]"),
	rule("url-credentials", `([a-zA-Z][a-zA-Z0-9+.-]*://[^:@/\s"']+:)[^@/\s"']+@`, "${1}[REDACTED:url-credentials]@"),
	rule("session-cookie", `(?i)((?:^|[\s;"'])(?:session|sessionid|sid)=)[^;\s"'&]+`, "${1}[REDACTED:session-cookie]"),
	rule("generic-secret", `(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|authorization)["']?\s*[=:]\s*["']?)[^\s"',;&]+`, "${1}[REDACTED:generic-secret]"),
}

// Scrub copies r to w line by line, replacing every match of Rules. Lines of
// any length are handled; a final line without a newline stays without one.
func Scrub(w io.Writer, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	var long []byte
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if len(line) > 0 {
			body, nl := line, []byte(nil)
			if body[len(body)-1] == '\n' {
				body, nl = body[:len(body)-1], body[len(body)-1:]
			}
			for _, rl := range Rules {
				body = rl.Re.ReplaceAll(body, rl.Repl)
			}
			bw.Write(body) // a write error sticks and is returned below
			if _, werr := bw.Write(nl); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return bw.Flush()
		}
		if err != nil {
			return err
		}
	}
}

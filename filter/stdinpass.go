package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/rules"
)

// A password echoed into a command that reads it from standard input, as
// shell transcripts and CI logs show it:
//
//	$ echo 'S3cr3t!' | docker login -u ci --password-stdin registry
//	$ echo -e "mc-user\nS3cr3t" | saslpasswd2 -a memcached -c -p mc-user
//	$ echo 'bob:S3cr3t' | chpasswd
//	$ echo S3cr3t | passwd --stdin bob
//
// The anchor is the reading command; the echo before the pipe holds the
// password: its last line (after a literal \n), after the ':' for
// chpasswd's user:password.

// stdinReaders are the anchors of commands that read a password on stdin,
// and whether the input is user:password.
var stdinReaders = [...]struct {
	anchor   string
	userPass bool
}{
	{"password-stdin", false}, // docker, podman, helm registry login
	{"saslpasswd2", false},
	{"chpasswd", true},
	{"passwd --stdin", false},
}

// stdinPassword appends the password echoed into the reader whose anchor
// starts at hs.
func (st *Stream) stdinPassword(spans []span, buf []byte, hs int, userPass bool, r *rules.Rule, base int) []span {
	p := bytes.LastIndexByte(buf[:hs], '|')
	if p < 0 || hs-p > 256 {
		return spans
	}
	e := p
	for e > 0 && buf[e-1] == ' ' {
		e--
	}
	// The last echo (or printf) before the pipe and its argument. (Not
	// the statement's start by ';' or '&': the password may hold them,
	// "mc-user\n~Df87&2mOG".)
	lineStart := max(0, p-256)
	seg := buf[lineStart:e]
	k := max(bytes.LastIndex(seg, []byte("echo ")), bytes.LastIndex(seg, []byte("printf ")))
	if k < 0 || k > 0 && seg[k-1] > ' ' && !bytes.ContainsRune([]byte(";&|(`$"), rune(seg[k-1])) {
		return spans
	}
	s := lineStart + k
	for s < e && buf[s] != ' ' {
		s++
	}
	for s < e && buf[s] == ' ' {
		s++
	}
	for s+1 < e && buf[s] == '-' { // -e, -n
		for s < e && buf[s] != ' ' {
			s++
		}
		for s < e && buf[s] == ' ' {
			s++
		}
	}
	if s >= e {
		return spans
	}
	vs, ve := s, e
	if q := buf[vs]; (q == '"' || q == '\'') && ve-vs >= 2 && buf[ve-1] == q {
		vs, ve = vs+1, ve-1
	}
	for bytes.HasSuffix(buf[vs:ve], []byte(`\n`)) {
		ve -= 2 // a trailing newline echoed with the password
	}
	if k := bytes.LastIndex(buf[vs:ve], []byte(`\n`)); k >= 0 {
		vs += k + 2 // "user\npassword": the last line
	}
	if userPass {
		c := bytes.IndexByte(buf[vs:ve], ':')
		if c < 0 {
			return spans
		}
		vs += c + 1
	}
	v := buf[vs:ve]
	if len(v) == 0 || bytes.IndexByte(v, ' ') >= 0 || valueShape(v) == shapePlaceholder || !st.allowed(r, v) {
		return spans
	}
	return append(spans, span{start: base + vs, end: base + ve, rule: int32(r.Index), prio: prioKey})
}

package filter

import (
	"testing"
)

// TestAnchorPart pins where a detector's literal is anchored: from a key
// anchor of four bytes or more inside it (the prefilter admits those
// windows already), else a listed rare part, else the literal; and that a
// part anchor finds its literal only where the whole literal stands.
func TestAnchorPart(t *testing.T) {
	keys := map[string]bool{"token": true, "pass": true, "auth": true, "secret": true, "key": true}
	for _, c := range []struct{ literal, want string }{
		{"print-access-token", "token"},
		{"sshpass", "pass"},
		{"find-generic-password", "password"},
		{`"requirepass" "`, `pass" "`},
		{`"auth" "`, `auth" "`},
		{"sentinel auth-pass", "auth-pass"},
		{"get-secret-value", "secret-value"},
		{"monkey", "monkey"}, // "key" is under four bytes: its windows are not all admitted
		{"EXECVE", "XECVE"},
		{"redis-cli", "s-cli"},
		{"mysql", "mysql"},
	} {
		if got := anchorPart(c.literal, keys); got != c.want {
			t.Errorf("anchorPart(%q) = %q, want %q", c.literal, got, c.want)
		}
	}
	sc := defaultScrubber(t)
	for _, c := range []struct {
		line string
		want bool // the command-output detector arms on it
	}{
		{"$ gcloud auth print-access-token", true},
		{"$ gcloud auth print_access_token", false}, // not the command's spelling
		{"$ gcloud auth application-default-access-token", false},
		{"$ az account get-access-token", true},
	} {
		st := sc.NewStream()
		st.hits = sc.m.Find(st.hits[:0], []byte(c.line))
		st.scrubHits([]byte(c.line))
		if got := st.output.rule != nil; got != c.want {
			t.Errorf("%q: command output pending = %v, want %v", c.line, got, c.want)
		}
	}
}

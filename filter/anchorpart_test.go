package filter

import (
	"testing"
)

// TestAnchorPart pins where a detector's literal is anchored: on the
// first key anchor of four bytes or more inside it (the key's own
// pattern), else a listed rare part, else the literal; and that a part
// anchor finds its literal only where the whole literal stands.
func TestAnchorPart(t *testing.T) {
	keys := map[string]bool{"token": true, "pass": true, "auth": true, "secret": true, "key": true}
	for _, c := range []struct {
		literal, want string
		at            int
	}{
		{"print-access-token", "token", 13},
		{"sshpass", "pass", 3},
		{"find-generic-password", "pass", 13},
		{`"requirepass" "`, "pass", 8},
		{`"auth" "`, "auth", 1},
		{"sentinel auth-pass", "auth", 9},
		{"get-secret-value", "secret", 4},
		{"monkey", "monkey", 0}, // "key" is under four bytes: its windows are not all admitted
		{"EXECVE", "XECVE", 1},
		{"redis-cli", "s-cli", 4},
		{"mysql", "mysql", 0},
	} {
		if got, at := anchorPart(c.literal, keys); got != c.want || at != c.at {
			t.Errorf("anchorPart(%q) = %q at %d, want %q at %d", c.literal, got, at, c.want, c.at)
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
		{"$ security find-generic-password -w", true}, // the key anchor inside the literal
		{"$ security find-generic-pass -w", false},
	} {
		st := sc.NewStream()
		st.hits = sc.m.Find(st.hits[:0], []byte(c.line))
		st.scrubHits([]byte(c.line))
		if got := st.output.rule != nil; got != c.want {
			t.Errorf("%q: command output pending = %v, want %v", c.line, got, c.want)
		}
	}
}

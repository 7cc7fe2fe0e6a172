package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/rules"
)

// Commands whose output is a secret, echoed in a shell transcript or a CI
// log (set -x, PowerShell transcripts) with the secret on a line of its own
// after them:
//
//	$ heroku auth:token
//	 ›   Warning: token will expire 04/14/2025
//	a0a5c545-578b-44e2-bbcf-912b8c5b8c09
//
// The command line sets the Stream's pending output; the first of the next
// few lines that is one word is the secret. A line that is another command
// drops it.

// secretCommands are the commands, each with the anchor that finds it: the
// command word and a phrase of its arguments that asks for a secret.
var secretCommands = [...]struct{ anchor, word, needs string }{
	{"heroku auth:token", "heroku", ""},
	{"gh auth token", "gh", ""},
	{"print-access-token", "gcloud", ""},
	{"print-identity-token", "gcloud", ""},
	{"get-access-token", "az", ""},
	{"{.data", "kubectl", "jsonpath"}, // -o jsonpath='{.data.password}' ("json" begins too many words)
	{"vault kv get", "vault", "-field="},
	{"vault read", "vault", "-field="},
	{"asplaintext", "get-azkeyvaultsecret", ""},
	{"get-secret-value", "aws", "text"},
	{"find-generic-password", "security", "-w"},
	{"doppler secrets get", "doppler", "--plain"},
}

// (An anchor starting with '-' or another common byte widens the anchor
// scan's prefilter for every line: each starts with a letter. Anchors fold
// separators, so "auth token" alone would also be every auth.token key.)

// outputLines is how many lines after the command may hold its output
// (warnings come first).
const outputLines = 3

type pendingOutput struct {
	rule  *rules.Rule
	lines int
}

// secretCommand reports whether line is a command line (after a prompt:
// "$ ", "+ ", "# ", "PS C:\…> ") of secretCommands[c], whose anchor is at
// hs.
func secretCommand(line []byte, hs, c int) bool {
	sc := &secretCommands[c]
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	switch {
	case bytes.HasPrefix(line[i:], []byte("PS ")):
		k := bytes.IndexByte(line[i:], '>')
		if k < 0 {
			return false
		}
		i += k + 1
	case i+1 < len(line) && (line[i] == '$' || line[i] == '+' || line[i] == '#' || line[i] == '>') && line[i+1] == ' ':
		i += 2
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if len(line)-i < len(sc.word) || !equalFoldASCII(line[i:i+len(sc.word)], sc.word) ||
		i+len(sc.word) < len(line) && line[i+len(sc.word)] != ' ' || hs < i {
		return false
	}
	return sc.needs == "" || containsFoldASCII(line[i:], sc.needs)
}

// outputLine handles a line while a command's output is pending: a line of
// one word is the secret; a blank line or a warning waits (outputLines at
// most); any other line ends the wait.
func (st *Stream) outputLine(line []byte) {
	p := &st.output
	s, e := 0, len(line)
	for s < e && (line[s] == ' ' || line[s] == '\t') {
		s++
	}
	for e > s && (line[e-1] == ' ' || line[e-1] == '\t') {
		e--
	}
	v := line[s:e]
	switch {
	case len(v) >= 8 && bytes.IndexAny(v, " \t") < 0 && v[0] != '$' && v[0] != '+' && v[0] != '{' && v[0] != '[':
		if valueShape(v) != shapePlaceholder && st.allowed(p.rule, v) {
			st.spans = append(st.spans, span{start: s, end: e, rule: int32(p.rule.Index), prio: prioKey})
		}
		*p = pendingOutput{}
	case len(v) == 0 || warningLine(v):
		// A blank line or the tool's warning before its output.
		if p.lines--; p.lines <= 0 {
			*p = pendingOutput{}
		}
	default:
		// Anything else (the next command, output of another shape, which
		// the rules scan as usual, or an unrelated line) ends the wait.
		*p = pendingOutput{}
	}
}

// warningLine: a line a CLI prints before its output (" ›   Warning: …",
// "WARNING: …").
func warningLine(v []byte) bool {
	if bytes.HasPrefix(v, []byte("›")) {
		return true
	}
	return len(v) >= 8 && equalFoldASCII(v[:7], "warning") && (v[7] == ':' || v[7] == ' ')
}

package filter_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/filter"
)

// crossLineInput holds every kind of state a line leaves for the next —
// private key blocks, YAML name/value pairs, commands whose output is a
// secret — among ordinary lines, with CRLF endings and no final newline.
func crossLineInput() string {
	var b strings.Builder
	for i := 0; i < 6; i++ {
		b.WriteString("2026-12-04T10:00:00Z INFO request done status=200\n")
		b.WriteString("-----BEGIN RSA PRIVATE KEY-----\n")
		b.WriteString("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n")
		b.WriteString("VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n")
		b.WriteString("-----END RSA PRIVATE KEY-----\n")
		b.WriteString("  env:\n")
		b.WriteString("  - name: DB_PASSWORD\n")
		b.WriteString("    value: Xk9mQ2vL7pRt4wZ\n")
		b.WriteString("$ heroku auth:token\r\n")
		b.WriteString("f3a1c9e2-57b4-4d0e-9a6b-2c8d1e7f4a90\r\n")
		b.WriteString(`{"msg":"login","password":"hunter2-x9"}` + "\n")
	}
	b.WriteString("last line password=zz9-last")
	return b.String()
}

func copyAll(t *testing.T, sc *filter.Scrubber, in string) string {
	t.Helper()
	var out bytes.Buffer
	if err := sc.NewStream().Copy(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestScrubLinesAtEveryEdge cuts the input at every line edge into two
// runs scrubbed by two Streams, the second set to the state the first left,
// and finds the output of one Stream reading it all; at the edges where
// state crossed, a second Stream left idle would have scrubbed the rest
// differently.
func TestScrubLinesAtEveryEdge(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	in := crossLineInput()
	want := copyAll(t, sc, in)
	if strings.Contains(want, "hunter2-x9") || strings.Contains(want, "Xk9mQ2vL7pRt4wZ") || strings.Contains(want, "MIIEowIBAAK") ||
		strings.Contains(want, "f3a1c9e2-57b4") {
		t.Fatalf("the reference output leaks:\n%s", want)
	}
	crossed := 0
	for k := 0; k <= len(in); k++ {
		if k > 0 && in[k-1] != '\n' {
			continue
		}
		a, b := sc.NewStream(), sc.NewStream()
		out := a.ScrubLines(nil, []byte(in[:k]))
		state := a.LineState()
		b.SetLineState(state)
		out = b.ScrubLines(out, []byte(in[k:]))
		if string(out) != want {
			t.Fatalf("cut at byte %d: the two runs differ from one Stream", k)
		}
		if !state.Idle() {
			// An idle Stream scrubs the rest differently (most often:
			// the line after a key block's last body line is its END).
			if alone := string(sc.NewStream().ScrubLines(nil, []byte(in[k:]))); !strings.HasSuffix(want, alone) {
				crossed++
			}
		}
		if s := a.Stats(); s.Lines == 0 && k > 0 {
			t.Fatalf("no counts")
		}
	}
	if crossed < 12 {
		t.Fatalf("only %d edges carried state that mattered: the input does not exercise it", crossed)
	}
}

package eval

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// These tests need no logscrub: they score stand-in scrubbers to show
// that the evaluation fails what it should fail.

func small(p Part) []Line { return Generate(p, 4000, p.Seed()) }

func TestIdentityLeaksEverything(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		lines := small(p)
		r := Score(p.String(), lines, Corpus(lines))
		if len(r.Hard) > 0 {
			t.Fatalf("%s: hard failures for cat: %v", p, r.Hard)
		}
		if r.Secrets.N == 0 || r.Secrets.Good() != 0 {
			t.Errorf("%s: cat has recall %s over %d secrets, want 0", p, pct(r.Secrets.Good()), r.Secrets.N)
		}
		if r.Harmless.Bad != 0 || r.Clean.Bad != 0 {
			t.Errorf("%s: cat destroyed %d harmless values and changed %d clean lines", p, r.Harmless.Bad, r.Clean.Bad)
		}
		if len(Targets.Check(r)) == 0 || len(Regression[r.Part].Check(r)) == 0 {
			t.Errorf("%s: cat passes the bounds", p)
		}
		// The report never shows a secret.
		rep := Report(r)
		for _, l := range lines {
			for _, s := range l.Secrets {
				if len(s.Value) > 4 && strings.Contains(rep, s.Value) {
					t.Fatalf("%s: report shows a %s secret", p, s.Kind)
				}
			}
		}
	}
}

var word = regexp.MustCompile(`[A-Za-z0-9]+`)

func TestReplaceEveryTokenDestroysEverything(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		lines := small(p)
		out := word.ReplaceAll(Corpus(lines), []byte("X"))
		r := Score(p.String(), lines, out)
		if len(r.Hard) > 0 {
			t.Fatalf("%s: hard failures: %v", p, r.Hard)
		}
		if d := r.Harmless.Rate(); d < 0.9 {
			t.Errorf("%s: replacing every token destroyed only %s of harmless values", p, pct(d))
		}
		if c := r.Clean.Rate(); c < 0.8 {
			t.Errorf("%s: replacing every token changed only %s of clean lines", p, pct(c))
		}
		if g := r.Secrets.Good(); g < 0.99 {
			t.Errorf("%s: replacing every token has recall %s", p, pct(g))
		}
		if len(Targets.Check(r)) == 0 {
			t.Errorf("%s: replacing every token passes the targets", p)
		}
	}
}

func TestOraclePassesTargets(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		lines := small(p)
		r := Score(p.String(), lines, oracle(lines, ""))
		if v := Targets.Check(r); len(v) > 0 {
			t.Errorf("%s: a perfect scrubber fails: %v", p, v)
		}
		if r.Secrets.Bad != 0 || r.Harmless.Bad != 0 || r.Clean.Bad != 0 {
			t.Errorf("%s: perfect scrubber scored %+v %+v %+v", p, r.Secrets, r.Harmless, r.Clean)
		}
	}
}

func TestPartialLeakCounts(t *testing.T) {
	l := Line{Text: `token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 ok`, Secrets: []Plant{{"github-pat", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"}}}
	for out, leak := range map[string]bool{
		`token=[REDACTED] ok`:                            false,
		`token=ghp_[REDACTED]6789 ok`:                    false,
		`token=ghp_abcdefghijkl[REDACTED] ok`:            true,
		`token=[REDACTED]qrstuvwxyz0123456789 ok`:        true,
		`token=ghp_abcdefghijklmnopqrstuvwxyz0123456789`: true,
	} {
		if got := Leaked(l.Secrets[0].Value, nonSecret(&l), out); got != leak {
			t.Errorf("Leaked(%q) = %v, want %v", out, got, leak)
		}
	}
	// A window that also occurs in the line's other bytes does not count.
	l = Line{Text: `user=admin_password_ok pw=admin_password_ok!x9`, Secrets: []Plant{{"password", "admin_password_ok!x9"}}}
	if Leaked(l.Secrets[0].Value, nonSecret(&l), `user=admin_password_ok pw=[REDACTED]`) {
		t.Error("a window shared with non-secret bytes counted as a leak")
	}
}

func TestLineCountAndEndings(t *testing.T) {
	lines := small(Dev)
	in := Corpus(lines)
	// Drop one line.
	i := bytes.IndexByte(in, '\n')
	if r := Score("dev", lines, in[i+1:]); len(r.Hard) == 0 {
		t.Error("a dropped line is not a hard failure")
	}
	// Add one line.
	if r := Score("dev", lines, append([]byte("extra\n"), in...)); len(r.Hard) == 0 {
		t.Error("an added line is not a hard failure")
	}
	// Strip the final newline.
	if r := Score("dev", lines, in[:len(in)-1]); len(r.Hard) == 0 {
		t.Error("a missing final newline is not a hard failure")
	}
	// Turn CRLF into LF.
	crlf := 0
	for _, l := range lines {
		if l.CRLF {
			crlf++
		}
	}
	if crlf == 0 {
		t.Fatal("the corpus has no CRLF lines")
	}
	if r := Score("dev", lines, bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n"))); len(r.Hard) == 0 {
		t.Error("CRLF turned into LF is not a hard failure")
	}
	if v := Targets.Check(Score("dev", lines, in[i+1:])); len(v) == 0 || !strings.Contains(v[0], "hard failure") {
		t.Errorf("bounds do not report the hard failure first: %v", v)
	}
}

// oracle removes every planted secret except those of format keep.
func oracle(lines []Line, keep string) []byte {
	var buf bytes.Buffer
	for _, l := range lines {
		s := l.Text
		for _, sec := range l.Secrets {
			if sec.Kind != keep {
				s = strings.ReplaceAll(s, sec.Value, "[REDACTED]")
			}
		}
		buf.WriteString(s)
		if l.CRLF {
			buf.WriteByte('\r')
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// TestRegressionCatchesOneFormat: a scrubber that is perfect except for
// one format fails that format's regression floor, though overall recall
// barely moves.
func TestRegressionCatchesOneFormat(t *testing.T) {
	for _, p := range []Part{Dev, HeldOut} {
		lines := Generate(p, p.Size(), p.Seed())
		r := Score(p.String(), lines, oracle(lines, "github-pat"))
		b, ok := Regression[p.String()]
		if !ok {
			t.Fatalf("no regression bounds for %s", p)
		}
		v := b.Check(r)
		found := false
		for _, s := range v {
			found = found || strings.Contains(s, "format github-pat ")
		}
		if !found {
			t.Errorf("%s: losing github-pat is not caught: %v", p, v)
		}
	}
}

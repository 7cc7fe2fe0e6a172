package eval

import (
	"bytes"
	"fmt"
	"strings"
)

// Window is the length of the secret pieces whose survival counts as a
// leak.
const Window = 12

// Count is a number of items and how many of them went wrong.
type Count struct{ N, Bad int }

// Rate is Bad/N (0 when N is 0).
func (c Count) Rate() float64 {
	if c.N == 0 {
		return 0
	}
	return float64(c.Bad) / float64(c.N)
}

// Good is 1 - Rate (recall, for secrets).
func (c Count) Good() float64 { return 1 - c.Rate() }

// Leak is one secret that survived. Preview is masked.
type Leak struct{ Format, Context, Template, Preview string }

// Destroy is one harmless value that did not survive.
type Destroy struct{ Kind, Context, Template, Value, Got string }

// Result is the score of one part.
type Result struct {
	Part  string
	Lines int
	Hard  []string // hard failures: line count, line endings

	Secrets  Count // Bad: leaked
	Harmless Count // Bad: destroyed
	Clean    Count // Bad: changed

	ByFormat       map[string]*Count
	ByContext      map[string]*Count // secrets per context
	ByKind         map[string]*Count
	CleanByContext map[string]*Count

	Leaks     []Leak
	Destroyed []Destroy
}

// Corpus joins lines with their line endings.
func Corpus(lines []Line) []byte {
	var buf bytes.Buffer
	for _, l := range lines {
		buf.WriteString(l.Text)
		if l.CRLF {
			buf.WriteByte('\r')
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func bump(m map[string]*Count, k string, bad bool) {
	c := m[k]
	if c == nil {
		c = &Count{}
		m[k] = c
	}
	c.N++
	if bad {
		c.Bad++
	}
}

// Score compares a scrubber's output for Corpus(lines) with the truth.
func Score(part string, lines []Line, out []byte) *Result {
	r := &Result{Part: part, Lines: len(lines),
		ByFormat: map[string]*Count{}, ByContext: map[string]*Count{},
		ByKind: map[string]*Count{}, CleanByContext: map[string]*Count{}}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		r.Hard = append(r.Hard, "output does not end with a newline")
	}
	outs := strings.SplitAfter(string(out), "\n")
	if outs[len(outs)-1] == "" {
		outs = outs[:len(outs)-1]
	}
	if len(outs) != len(lines) {
		r.Hard = append(r.Hard, fmt.Sprintf("%d lines in, %d lines out", len(lines), len(outs)))
		return r
	}
	badEnd := 0
	for i := range lines {
		l := &lines[i]
		o := strings.TrimSuffix(outs[i], "\n")
		crlf := strings.HasSuffix(o, "\r")
		o = strings.TrimSuffix(o, "\r")
		if crlf != l.CRLF {
			if badEnd++; badEnd <= 3 {
				r.Hard = append(r.Hard, fmt.Sprintf("line %d: line ending changed (CRLF in %v, out %v)", i+1, l.CRLF, crlf))
			}
		}
		r.scoreLine(l, o)
	}
	if badEnd > 3 {
		r.Hard = append(r.Hard, fmt.Sprintf("%d lines in all with a changed line ending", badEnd))
	}
	return r
}

func (r *Result) scoreLine(l *Line, out string) {
	if l.Clean() {
		changed := out != l.Text
		r.Clean.N++
		if changed {
			r.Clean.Bad++
		}
		bump(r.CleanByContext, l.Context, changed)
	}
	ns := nonSecret(l)
	for _, s := range l.Secrets {
		leak := Leaked(s.Value, ns, out)
		r.Secrets.N++
		if leak {
			r.Secrets.Bad++
			r.Leaks = append(r.Leaks, Leak{s.Kind, l.Context, l.Template, Mask(s.Value)})
		}
		bump(r.ByFormat, s.Kind, leak)
		bump(r.ByContext, l.Context, leak)
	}
	for _, h := range l.Harmless {
		gone := !strings.Contains(out, h.Value)
		r.Harmless.N++
		if gone {
			r.Harmless.Bad++
			r.Destroyed = append(r.Destroyed, Destroy{h.Kind, l.Context, l.Template, h.Value, fragment(l, h.Value, out)})
		}
		bump(r.ByKind, h.Kind, gone)
	}
}

// Leaked reports whether secret s, or a Window-byte piece of it that does
// not occur in the line's non-secret bytes ns, survives in out.
func Leaked(s, ns, out string) bool {
	if strings.Contains(out, s) {
		return true
	}
	for i := 0; i+Window <= len(s); i++ {
		w := s[i : i+Window]
		if strings.Contains(out, w) && !strings.Contains(ns, w) {
			return true
		}
	}
	return false
}

// Mask shows a secret as its first 4 bytes and its length.
func Mask(s string) string {
	p := s
	if len(p) > 4 {
		p = p[:4]
	}
	return fmt.Sprintf("%s…(%d)", p, len(s))
}

// fragment shows what the output has where the harmless value was: the
// output following the 16 bytes before the value, with secrets masked.
func fragment(l *Line, v, out string) string {
	i := strings.Index(l.Text, v)
	if i < 0 {
		return "?"
	}
	pre := l.Text[max(0, i-16):i]
	j := strings.Index(out, pre)
	if pre == "" {
		j = 0
	}
	if j < 0 {
		return "(context lost)"
	}
	got := out[j+len(pre):]
	if len(got) > len(v)+16 {
		got = got[:len(v)+16]
	}
	return maskIn(got, l)
}

// maskIn removes every planted secret, and every Window-byte piece of
// one, from s.
func maskIn(s string, l *Line) string {
	for _, p := range l.Secrets {
		s = strings.ReplaceAll(s, p.Value, Mask(p.Value))
		for i := 0; i+Window <= len(p.Value); i++ {
			s = strings.ReplaceAll(s, p.Value[i:i+Window], "▒")
		}
	}
	return s
}

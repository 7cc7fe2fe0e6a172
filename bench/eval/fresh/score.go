package fresh

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// Scrubber transforms a whole stream of lines.
type Scrubber func(in []byte) ([]byte, error)

// BinaryScrubber runs `bin --format auto` with the stream on stdin.
func BinaryScrubber(bin string) Scrubber {
	return func(in []byte) ([]byte, error) {
		cmd := exec.Command(bin, "--format", "auto")
		cmd.Stdin = bytes.NewReader(in)
		var out, errb bytes.Buffer
		cmd.Stdout = &out
		cmd.Stderr = &errb
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("%s: %v: %s", bin, err, strings.TrimSpace(errb.String()))
		}
		return out.Bytes(), nil
	}
}

// WindowLen and MinWindowBody define the partial-leak rule: a secret whose
// non-public body is at least MinWindowBody bytes long is also leaked when
// any WindowLen-byte window of that body survives in the output line.
const (
	WindowLen     = 12
	MinWindowBody = 16
)

// Leaked reports whether the secret t survives in the output line.
func Leaked(out string, t Token) bool {
	if strings.Contains(out, t.Value) {
		return true
	}
	body := t.Value[t.Body:]
	if len(body) < MinWindowBody {
		return false
	}
	for i := 0; i+WindowLen <= len(body); i++ {
		if strings.Contains(out, body[i:i+WindowLen]) {
			return true
		}
	}
	return false
}

// Destroyed reports whether the harmless token t is missing from the output
// line, or occurs there fewer times than in the input line (a token that
// appears twice and loses one copy was destroyed once).
func Destroyed(in, out string, t Token) bool {
	return strings.Count(out, t.Value) < strings.Count(in, t.Value)
}

// Counts are the tallies of one table row.
type Counts struct {
	Secrets, Leaked     int
	Harmless, Destroyed int
	Clean, Changed      int
	Lines               int
}

// Failures is the number of failed checks in the row.
func (c *Counts) Failures() int { return c.Leaked + c.Destroyed + c.Changed }

// Recall is the fraction of planted secrets removed (1 when none planted).
func (c *Counts) Recall() float64 {
	if c.Secrets == 0 {
		return 1
	}
	return float64(c.Secrets-c.Leaked) / float64(c.Secrets)
}

// DestroyedRate is the fraction of harmless tokens destroyed.
func (c *Counts) DestroyedRate() float64 {
	if c.Harmless == 0 {
		return 0
	}
	return float64(c.Destroyed) / float64(c.Harmless)
}

// ChangedRate is the fraction of clean lines changed.
func (c *Counts) ChangedRate() float64 {
	if c.Clean == 0 {
		return 0
	}
	return float64(c.Changed) / float64(c.Clean)
}

// Finding is one failure, for inspection.
type Finding struct {
	Line    int // 1-based line number in the half's stream
	Context string
	Kind    string // secret format, harmless kind, or "" for a changed clean line
	Value   string
	In, Out string
}

// Result is the score of one half.
type Result struct {
	Half      string
	Total     Counts
	ByContext map[string]*Counts
	ByFormat  map[string]*Counts
	ByKind    map[string]*Counts
	Leaks     []Finding
	Destroys  []Finding
	Changes   []Finding
}

// ErrLineCount is returned when the scrubber does not preserve the number
// of lines.
var ErrLineCount = errors.New("fresh: scrubber output line count differs from input")

// SplitLines splits a stream into lines; a final newline ends the last line.
func SplitLines(out []byte) []string {
	s := string(out)
	if s == "" {
		return nil
	}
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n")
}

// Score compares the scrubber's output stream against the labelled lines.
func Score(half string, lines []Line, out []byte) (*Result, error) {
	outs := SplitLines(out)
	if len(outs) != len(lines) {
		return nil, fmt.Errorf("%w: %d lines in, %d lines out", ErrLineCount, len(lines), len(outs))
	}
	r := &Result{Half: half, ByContext: map[string]*Counts{}, ByFormat: map[string]*Counts{}, ByKind: map[string]*Counts{}}
	get := func(m map[string]*Counts, k string) *Counts {
		c := m[k]
		if c == nil {
			c = &Counts{}
			m[k] = c
		}
		return c
	}
	for i, l := range lines {
		o := outs[i]
		cc := get(r.ByContext, l.Context)
		cc.Lines++
		r.Total.Lines++
		for _, s := range l.Secrets {
			fc := get(r.ByFormat, s.Kind)
			fc.Secrets++
			cc.Secrets++
			r.Total.Secrets++
			if Leaked(o, s) {
				fc.Leaked++
				cc.Leaked++
				r.Total.Leaked++
				r.Leaks = append(r.Leaks, Finding{i + 1, l.Context, s.Kind, s.Value, l.Text, o})
			}
		}
		for _, h := range l.Harmless {
			kc := get(r.ByKind, h.Kind)
			kc.Harmless++
			cc.Harmless++
			r.Total.Harmless++
			if Destroyed(l.Text, o, h) {
				kc.Destroyed++
				cc.Destroyed++
				r.Total.Destroyed++
				r.Destroys = append(r.Destroys, Finding{i + 1, l.Context, h.Kind, h.Value, l.Text, o})
			}
		}
		if l.Clean() {
			cc.Clean++
			r.Total.Clean++
			if o != l.Text {
				cc.Changed++
				r.Total.Changed++
				r.Changes = append(r.Changes, Finding{i + 1, l.Context, "", "", l.Text, o})
			}
		}
	}
	return r, nil
}

// Run generates nothing: it feeds the lines to the scrubber and scores.
func Run(half string, lines []Line, s Scrubber) (*Result, error) {
	out, err := s(Stream(lines))
	if err != nil {
		return nil, err
	}
	return Score(half, lines, out)
}

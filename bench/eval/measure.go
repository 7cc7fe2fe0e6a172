package eval

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// Row is one line of a recall table.
type Row struct {
	Name    string // rule id or context
	Kind    string // rules: token, key, generic, or the detector
	Planted int
	Leaked  int
}

// Recall returns the share of planted secrets that did not leak, in percent.
func (r Row) Recall() float64 {
	if r.Planted == 0 {
		return 0
	}
	return 100 * float64(r.Planted-r.Leaked) / float64(r.Planted)
}

// DecoyRow is one line of the collateral table.
type DecoyRow struct {
	Kind     string
	Recorded int
	Changed  int
}

// Leak is a planted secret a piece of which survived.
type Leak struct {
	Secret
	Piece string // the first surviving 12-byte piece
	Out   string // the output line around it, quoted
}

// Changed is a decoy the scrubber damaged.
type Changed struct {
	Decoy
	In, Out string // the input and output lines around it, quoted
}

// LineDiff is a line without a planted secret that the scrubber changed.
type LineDiff struct {
	Line    int
	In, Out string // quoted, shortened
}

// Result is the score of a scrubbed evaluation log.
type Result struct {
	ByRule    []Row // every rule of the truth, in rule order
	ByContext []Row // every context, in Contexts order
	ByDecoy   []DecoyRow
	Total     Row
	Decoys    DecoyRow
	// CleanLines counts the lines without a planted secret; CleanChanged
	// those that came out different.
	CleanLines   int
	Leaks        []Leak
	Changed      []Changed
	CleanChanged []LineDiff
}

// Scrub runs the default engine over log: the given rule set, default
// options, one stream.
func Scrub(set *rules.Set, log []byte) ([]byte, error) {
	sc, err := filter.New(set, filter.Options{})
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var out bytes.Buffer
	if err := sc.NewStream().Copy(&out, bytes.NewReader(log)); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return out.Bytes(), nil
}

// Measure scrubs log with set and scores it against t.
func Measure(set *rules.Set, log []byte, t *Truth) (*Result, error) {
	out, err := Scrub(set, log)
	if err != nil {
		return nil, err
	}
	return Score(log, out, t)
}

// Score compares the scrubbed output with the input and the truth.
func Score(in, out []byte, t *Truth) (*Result, error) {
	inLines := bytes.Split(in, []byte("\n"))
	outLines := bytes.Split(out, []byte("\n"))
	if len(inLines) != len(outLines) {
		return nil, fmt.Errorf("eval: scrubbing changed the number of lines from %d to %d", len(inLines)-1, len(outLines)-1)
	}
	if t.Lines != len(inLines)-1 {
		return nil, fmt.Errorf("eval: the truth says %d lines, the log has %d", t.Lines, len(inLines)-1)
	}
	res := &Result{}
	byRule := map[string]*Row{}
	for _, id := range t.Rules {
		res.ByRule = append(res.ByRule, Row{Name: id})
	}
	for i := range res.ByRule {
		byRule[res.ByRule[i].Name] = &res.ByRule[i]
	}
	byCtx := map[string]*Row{}
	for _, c := range Contexts {
		res.ByContext = append(res.ByContext, Row{Name: c})
	}
	for i := range res.ByContext {
		byCtx[res.ByContext[i].Name] = &res.ByContext[i]
	}

	grams := map[int]map[[12]byte]struct{}{} // 12-grams of long output lines
	secretLine := map[int]bool{}
	for _, s := range t.Secrets {
		secretLine[s.Line] = true
		ol := outLines[s.Line-1]
		piece, leaked := "", false
		for _, p := range pieces12(s) {
			if surviving(ol, p, s.Line, grams) {
				piece, leaked = p, true
				break
			}
		}
		rr, cr := byRule[s.Rule], byCtx[s.Context]
		if rr == nil || cr == nil {
			return nil, fmt.Errorf("eval: secret on line %d has unknown rule %q or context %q", s.Line, s.Rule, s.Context)
		}
		rr.Planted++
		cr.Planted++
		res.Total.Planted++
		if leaked {
			rr.Leaked++
			cr.Leaked++
			res.Total.Leaked++
			res.Leaks = append(res.Leaks, Leak{Secret: s, Piece: piece, Out: around(ol, bytes.Index(ol, []byte(piece)))})
		}
	}

	byDecoy := map[string]int{} // kind -> index in res.ByDecoy
	for _, d := range t.Decoys {
		k, ok := byDecoy[d.Kind]
		if !ok {
			k = len(res.ByDecoy)
			byDecoy[d.Kind] = k
			res.ByDecoy = append(res.ByDecoy, DecoyRow{Kind: d.Kind})
		}
		r := &res.ByDecoy[k]
		r.Recorded++
		res.Decoys.Recorded++
		il, ol := inLines[d.Line-1], outLines[d.Line-1]
		v := []byte(d.Value)
		if bytes.Count(ol, v) < bytes.Count(il, v) {
			r.Changed++
			res.Decoys.Changed++
			at := bytes.Index(il, v)
			res.Changed = append(res.Changed, Changed{Decoy: d, In: around(il, at), Out: around(ol, min(at, len(ol)))})
		}
	}

	for i := 0; i < t.Lines; i++ {
		if secretLine[i+1] {
			continue
		}
		res.CleanLines++
		if !bytes.Equal(inLines[i], outLines[i]) {
			at := 0
			for at < len(inLines[i]) && at < len(outLines[i]) && inLines[i][at] == outLines[i][at] {
				at++
			}
			res.CleanChanged = append(res.CleanChanged, LineDiff{Line: i + 1, In: around(inLines[i], at), Out: around(outLines[i], at)})
		}
	}
	return res, nil
}

// surviving reports whether piece occurs in the output line; long lines
// are indexed once by their 12-grams.
func surviving(ol []byte, piece string, n int, grams map[int]map[[12]byte]struct{}) bool {
	if len(ol) < 8<<10 || len(piece) != 12 {
		return bytes.Contains(ol, []byte(piece))
	}
	set := grams[n]
	if set == nil {
		set = make(map[[12]byte]struct{}, len(ol))
		for i := 0; i+12 <= len(ol); i++ {
			set[[12]byte(ol[i:i+12])] = struct{}{}
		}
		grams[n] = set
	}
	_, ok := set[[12]byte([]byte(piece))]
	return ok
}

// around returns up to 160 bytes of l around offset at, made visible.
func around(l []byte, at int) string {
	const w = 160
	if at < 0 {
		at = 0
	}
	lo := max(0, at-w/2)
	hi := min(len(l), lo+w)
	lo = max(0, min(lo, hi-w))
	s := visible(l[lo:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(l) {
		s += "…"
	}
	return s
}

// visible writes printable text as is and everything else (CR, NUL,
// invalid UTF-8) as a Go escape; backquotes and pipes are escaped for a
// markdown table cell.
func visible(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&sb, `\x%02x`, b[0])
		case r == '|':
			sb.WriteString(`\|`)
		case r == '`':
			sb.WriteString(`\x60`)
		case unicode.IsPrint(r):
			sb.WriteString(string(b[:n]))
		default:
			q := strconv.QuoteRune(r)
			sb.WriteString(q[1 : len(q)-1])
		}
		b = b[n:]
	}
	return sb.String()
}

// RuleKinds labels rules for the report: token, key, generic, or the
// detector's name.
func RuleKinds(set *rules.Set) map[string]string {
	m := map[string]string{}
	for _, r := range set.Rules {
		switch {
		case r.Kind == rules.KindKey && r.Generic:
			m[r.ID] = "generic key"
		default:
			m[r.ID] = r.Kind.String()
		}
	}
	return m
}

func pct(r Row) string {
	if r.Planted == 0 {
		return "—"
	}
	return strconv.FormatFloat(r.Recall(), 'f', 1, 64) + "%"
}

// WriteMarkdown writes the recall tables (per format and per context), the
// collateral table and every leak, changed decoy and changed clean line.
// kinds labels the rules (see RuleKinds); it may be nil.
func (res *Result) WriteMarkdown(w io.Writer, kinds map[string]string) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Recall: **%s** (%d of %d planted secrets removed). Decoys changed: **%d** of %d. Clean lines changed: **%d** of %d.\n\n",
		pct(res.Total), res.Total.Planted-res.Total.Leaked, res.Total.Planted, res.Decoys.Changed, res.Decoys.Recorded, len(res.CleanChanged), res.CleanLines)

	b.WriteString("#### Recall per format (rule)\n\n| rule | kind | planted | leaked | recall |\n| --- | --- | ---: | ---: | ---: |\n")
	for _, r := range res.ByRule {
		fmt.Fprintf(&b, "| `%s` | %s | %d | %d | %s |\n", r.Name, kinds[r.Name], r.Planted, r.Leaked, pct(r))
	}
	b.WriteString("\n#### Recall per context\n\n| context | planted | leaked | recall |\n| --- | ---: | ---: | ---: |\n")
	for _, r := range res.ByContext {
		fmt.Fprintf(&b, "| %s | %d | %d | %s |\n", r.Name, r.Planted, r.Leaked, pct(r))
	}
	b.WriteString("\n#### Collateral damage per decoy kind\n\n| decoy | recorded | changed |\n| --- | ---: | ---: |\n")
	for _, r := range res.ByDecoy {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", r.Kind, r.Recorded, r.Changed)
	}
	fmt.Fprintf(&b, "| clean lines (whole line unchanged) | %d | %d |\n", res.CleanLines, len(res.CleanChanged))
	if len(res.Leaks) > 0 {
		b.WriteString("\n#### Leaks\n\n| line | rule | context | surviving piece | output |\n| ---: | --- | --- | --- | --- |\n")
		for _, l := range res.Leaks {
			fmt.Fprintf(&b, "| %d | `%s` | %s | `%s` | `%s` |\n", l.Line, l.Rule, l.Context, l.Piece, l.Out)
		}
	}
	if len(res.Changed) > 0 {
		b.WriteString("\n#### Changed decoys\n\n| line | kind | decoy | input | output |\n| ---: | --- | --- | --- | --- |\n")
		for _, c := range res.Changed {
			fmt.Fprintf(&b, "| %d | %s | `%s` | `%s` | `%s` |\n", c.Line, c.Kind, c.Value, c.In, c.Out)
		}
	}
	if len(res.CleanChanged) > 0 {
		b.WriteString("\n#### Changed clean lines\n\n| line | input | output |\n| ---: | --- | --- |\n")
		for _, c := range res.CleanChanged {
			fmt.Fprintf(&b, "| %d | `%s` | `%s` |\n", c.Line, c.In, c.Out)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

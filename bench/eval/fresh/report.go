package fresh

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func pct(x float64) string { return fmt.Sprintf("%6.2f%%", 100*x) }

// Headline writes the one-paragraph summary of a half.
func Headline(w io.Writer, r *Result) {
	t := &r.Total
	fmt.Fprintf(w, "half %s: %d lines | recall %s (%d/%d secrets removed, %d leaked) | harmless destroyed %s (%d/%d) | clean lines changed %s (%d/%d)\n",
		r.Half, t.Lines, pct(t.Recall()), t.Secrets-t.Leaked, t.Secrets, t.Leaked,
		pct(t.DestroyedRate()), t.Destroyed, t.Harmless, pct(t.ChangedRate()), t.Changed, t.Clean)
}

type row struct {
	name string
	c    *Counts
}

func rows(m map[string]*Counts) []row {
	out := make([]row, 0, len(m))
	for k, v := range m {
		out = append(out, row{k, v})
	}
	return out
}

// WorstContexts orders contexts by failure rate (failed checks over checks),
// then by failure count.
func WorstContexts(r *Result) []row {
	rs := rows(r.ByContext)
	rate := func(c *Counts) float64 {
		n := c.Secrets + c.Harmless + c.Clean
		if n == 0 {
			return 0
		}
		return float64(c.Failures()) / float64(n)
	}
	sort.Slice(rs, func(i, j int) bool {
		a, b := rate(rs[i].c), rate(rs[j].c)
		if a != b {
			return a > b
		}
		if rs[i].c.Failures() != rs[j].c.Failures() {
			return rs[i].c.Failures() > rs[j].c.Failures()
		}
		return rs[i].name < rs[j].name
	})
	return rs
}

// WorstFormats orders secret formats by recall, lowest first.
func WorstFormats(r *Result) []row {
	rs := rows(r.ByFormat)
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i].c.Recall(), rs[j].c.Recall()
		if a != b {
			return a < b
		}
		if rs[i].c.Secrets != rs[j].c.Secrets {
			return rs[i].c.Secrets > rs[j].c.Secrets
		}
		return rs[i].name < rs[j].name
	})
	return rs
}

// WorstKinds orders harmless kinds by destroyed rate, highest first.
func WorstKinds(r *Result) []row {
	rs := rows(r.ByKind)
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i].c.DestroyedRate(), rs[j].c.DestroyedRate()
		if a != b {
			return a > b
		}
		if rs[i].c.Harmless != rs[j].c.Harmless {
			return rs[i].c.Harmless > rs[j].c.Harmless
		}
		return rs[i].name < rs[j].name
	})
	return rs
}

// Report writes the headline and the three tables (limit rows each; 0 = all).
func Report(w io.Writer, r *Result, limit int) {
	Headline(w, r)
	cut := func(rs []row) []row {
		if limit > 0 && len(rs) > limit {
			return rs[:limit]
		}
		return rs
	}
	fmt.Fprintf(w, "\n  per context (worst first)\n  %-28s %7s %7s %8s %7s %7s %8s %6s %6s %8s\n", "context", "secrets", "leaked", "recall", "harmls", "destr", "destr%", "clean", "chgd", "chgd%")
	for _, x := range cut(WorstContexts(r)) {
		c := x.c
		fmt.Fprintf(w, "  %-28s %7d %7d %8s %7d %7d %8s %6d %6d %8s\n", x.name, c.Secrets, c.Leaked, pct(c.Recall()), c.Harmless, c.Destroyed, pct(c.DestroyedRate()), c.Clean, c.Changed, pct(c.ChangedRate()))
	}
	fmt.Fprintf(w, "\n  per secret format (lowest recall first)\n  %-28s %7s %7s %8s\n", "format", "planted", "leaked", "recall")
	for _, x := range cut(WorstFormats(r)) {
		fmt.Fprintf(w, "  %-28s %7d %7d %8s\n", x.name, x.c.Secrets, x.c.Leaked, pct(x.c.Recall()))
	}
	fmt.Fprintf(w, "\n  per harmless kind (most destroyed first)\n  %-28s %7s %7s %8s\n", "kind", "planted", "destr", "destr%")
	for _, x := range cut(WorstKinds(r)) {
		fmt.Fprintf(w, "  %-28s %7d %7d %8s\n", x.name, x.c.Harmless, x.c.Destroyed, pct(x.c.DestroyedRate()))
	}
	fmt.Fprintln(w)
}

// visible escapes control bytes so that a finding prints on one line.
func visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b:
			b.WriteString(`\e`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// writeFindings writes findings grouped by (context, kind), biggest group
// first, every finding with its input and output line.
func writeFindings(path, title string, fs []Finding) error {
	type key struct{ ctx, kind string }
	groups := map[key][]Finding{}
	for _, f := range fs {
		k := key{f.Context, f.Kind}
		groups[k] = append(groups[k], f)
	}
	keys := make([]key, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		if keys[i].ctx != keys[j].ctx {
			return keys[i].ctx < keys[j].ctx
		}
		return keys[i].kind < keys[j].kind
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %s: %d findings in %d groups (context, kind); groups largest first\n", title, len(fs), len(keys))
	for _, k := range keys {
		g := groups[k]
		fmt.Fprintf(w, "\n## %s  %s  (%d)\n", k.ctx, k.kind, len(g))
		for _, x := range g {
			if x.Value != "" {
				fmt.Fprintf(w, "line %d  token: %s\n", x.Line, visible(x.Value))
			} else {
				fmt.Fprintf(w, "line %d\n", x.Line)
			}
			fmt.Fprintf(w, "  in:  %s\n  out: %s\n", visible(x.In), visible(x.Out))
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// WriteFindings writes leaked.txt, destroyed.txt, changed.txt and
// report.txt for a half into dir.
func WriteFindings(dir string, r *Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFindings(filepath.Join(dir, "leaked.txt"), "half "+r.Half+" leaked secrets", r.Leaks); err != nil {
		return err
	}
	if err := writeFindings(filepath.Join(dir, "destroyed.txt"), "half "+r.Half+" destroyed harmless tokens", r.Destroys); err != nil {
		return err
	}
	if err := writeFindings(filepath.Join(dir, "changed.txt"), "half "+r.Half+" changed clean lines", r.Changes); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "report.txt"))
	if err != nil {
		return err
	}
	Report(f, r, 0)
	return f.Close()
}

// labelRecord is one line of <half>.labels.jsonl.
// The text itself is line Line of <half>.log.
type labelRecord struct {
	Line     int     `json:"line"`
	Half     string  `json:"half"`
	Context  string  `json:"context"`
	JSON     bool    `json:"json,omitempty"`
	Secrets  []Token `json:"secrets"`
	Harmless []Token `json:"harmless"`
}

// WriteCorpus writes <half>.log and <half>.labels.jsonl into dir.
func WriteCorpus(dir, half string, lines []Line) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, half+".log"), Stream(lines), 0o644); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, half+".labels.jsonl"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, l := range lines {
		if err := enc.Encode(labelRecord{i + 1, l.Half, l.Context, l.JSON, l.Secrets, l.Harmless}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

func pct(x float64) string { return fmt.Sprintf("%.2f%%", 100*x) }

// Summary is a one-line summary of r.
func (r *Result) Summary() string {
	s := fmt.Sprintf("%s: %d lines, recall %s (%d/%d leaked), harmless destroyed %s (%d/%d), clean changed %s (%d/%d)",
		r.Part, r.Lines, pct(r.Secrets.Good()), r.Secrets.Bad, r.Secrets.N,
		pct(r.Harmless.Rate()), r.Harmless.Bad, r.Harmless.N, pct(r.Clean.Rate()), r.Clean.Bad, r.Clean.N)
	if len(r.Hard) > 0 {
		s += "; HARD FAILURE: " + strings.Join(r.Hard, "; ")
	}
	return s
}

type row struct {
	name string
	c    Count
}

// sorted lists m worst first (by rate, good=false) or lowest recall first.
func sorted(m map[string]*Count) []row {
	rows := make([]row, 0, len(m))
	for k, c := range m {
		rows = append(rows, row{k, *c})
	}
	sort.Slice(rows, func(i, j int) bool {
		if a, b := rows[i].c.Rate(), rows[j].c.Rate(); a != b {
			return a > b
		}
		return rows[i].name < rows[j].name
	})
	return rows
}

func table(w io.Writer, title, col, rate string, m map[string]*Count, recall bool) {
	fmt.Fprintf(w, "\n#### %s\n\n| %s | n | bad | %s |\n|---|---:|---:|---:|\n", title, col, rate)
	for _, r := range sorted(m) {
		v := r.c.Rate()
		if recall {
			v = r.c.Good()
		}
		fmt.Fprintf(w, "| %s | %d | %d | %s |\n", r.name, r.c.N, r.c.Bad, pct(v))
	}
}

type group struct {
	key   string
	n     int
	first int
}

func groups(keys []string) []group {
	idx := map[string]int{}
	var gs []group
	for i, k := range keys {
		if j, ok := idx[k]; ok {
			gs[j].n++
			continue
		}
		idx[k] = len(gs)
		gs = append(gs, group{k, 1, i})
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].n > gs[j].n })
	return gs
}

// WriteReport writes the markdown report of r.
func (r *Result) WriteReport(w io.Writer) {
	fmt.Fprintf(w, "### Part %s\n\n%s\n", r.Part, r.Summary())
	if len(r.Hard) > 0 {
		fmt.Fprintf(w, "\n**Hard failures:**\n\n")
		for _, h := range r.Hard {
			fmt.Fprintf(w, "- %s\n", h)
		}
		if r.Secrets.N == 0 {
			return
		}
	}
	fmt.Fprintf(w, "\n| measure | value |\n|---|---:|\n| lines | %d |\n| secrets planted | %d |\n| recall | %s |\n| harmless planted | %d |\n| harmless destroyed | %s |\n| clean lines | %d |\n| clean lines changed | %s |\n",
		r.Lines, r.Secrets.N, pct(r.Secrets.Good()), r.Harmless.N, pct(r.Harmless.Rate()), r.Clean.N, pct(r.Clean.Rate()))
	table(w, "Recall per format", "format", "recall", r.ByFormat, true)
	table(w, "Recall per context", "context", "recall", r.ByContext, true)
	table(w, "Harmless destroyed per kind", "kind", "destroyed", r.ByKind, false)
	table(w, "Clean lines changed per context", "context", "changed", r.CleanByContext, false)

	keys := make([]string, len(r.Leaks))
	for i, l := range r.Leaks {
		keys[i] = l.Format + " in " + l.Context
	}
	fmt.Fprintf(w, "\n#### Worst leaks (format in context; masked example)\n\n")
	for i, g := range groups(keys) {
		if i == 20 {
			break
		}
		l := r.Leaks[g.first]
		fmt.Fprintf(w, "- %d× %s — e.g. `%s` (%s)\n", g.n, g.key, l.Preview, l.Template)
	}
	keys = keys[:0]
	for _, d := range r.Destroyed {
		keys = append(keys, d.Kind+" in "+d.Context)
	}
	fmt.Fprintf(w, "\n#### Worst destroyed (kind in context; value → output there)\n\n")
	for i, g := range groups(keys) {
		if i == 20 {
			break
		}
		d := r.Destroyed[g.first]
		fmt.Fprintf(w, "- %d× %s — `%s` → `%s` (%s)\n", g.n, g.key, d.Value, d.Got, d.Template)
	}
}

// Report is the markdown report of several parts.
func Report(rs ...*Result) string {
	var sb strings.Builder
	sb.WriteString("## logscrub detection evaluation (bench/eval)\n\n")
	for _, r := range rs {
		sb.WriteString("- " + r.Summary() + "\n")
	}
	for _, r := range rs {
		sb.WriteString("\n")
		r.WriteReport(&sb)
	}
	return sb.String()
}

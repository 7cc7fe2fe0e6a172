package rules

import (
	"strings"
)

// locator maps the tables and fields of a TOML file to line numbers, so
// that validation errors found after decoding can name the line. It reads
// the text the decoder already accepted, so it only has to understand
// headers, "key =" lines and multi-line strings.
type locator struct {
	tables map[string][]tableLines // "rules", "keys", "" (top level), "allowlist"
}

type tableLines struct {
	header int
	fields map[string]int // field (sub-table fields as "allowlist.values") → line
}

func newLocator(text string) *locator {
	l := &locator{tables: map[string][]tableLines{}}
	cur := tableLines{header: 1, fields: map[string]int{}}
	curName, sub := "", ""
	l.tables[""] = []tableLines{cur}
	inMulti := ""
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if inMulti != "" {
			if strings.Count(line, inMulti)%2 == 1 {
				inMulti = ""
			}
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '#' {
			continue
		}
		if strings.HasPrefix(t, "[[") {
			name := strings.TrimSpace(strings.Trim(strings.SplitN(t, "]]", 2)[0], "[ "))
			curName, sub = name, ""
			cur = tableLines{header: n, fields: map[string]int{}}
			l.tables[name] = append(l.tables[name], cur)
			continue
		}
		if strings.HasPrefix(t, "[") {
			name := strings.TrimSpace(strings.Trim(strings.SplitN(t, "]", 2)[0], "[ "))
			if parent, child, ok := strings.Cut(name, "."); ok && parent == curName && curName != "" {
				sub = child + "."
				cur.fields[child] = n
				continue
			}
			curName, sub = name, ""
			cur = tableLines{header: n, fields: map[string]int{}}
			l.tables[name] = append(l.tables[name], cur)
			continue
		}
		if k, rest, ok := strings.Cut(t, "="); ok {
			key := strings.Trim(strings.TrimSpace(k), `"'`)
			if _, seen := cur.fields[sub+key]; !seen {
				cur.fields[sub+key] = n
			}
			for _, q := range []string{`"""`, `'''`} {
				if strings.Count(rest, q)%2 == 1 {
					inMulti = q
				}
			}
		}
	}
	return l
}

// line returns the line of field in the i-th table called name, falling
// back to the table's header, then to 1.
func (l *locator) line(name string, i int, field string) int {
	ts := l.tables[name]
	if i < 0 || i >= len(ts) {
		return 1
	}
	if field != "" {
		if n, ok := ts[i].fields[field]; ok {
			return n
		}
	}
	return ts[i].header
}

// find returns the index of the first table called name that sets field,
// or -1.
func (l *locator) find(name, field string) int {
	for i, t := range l.tables[name] {
		if _, ok := t.fields[field]; ok {
			return i
		}
	}
	return -1
}

package rules

import (
	"strings"
)

// locator maps the tables and fields of a TOML file to line numbers, so
// that validation errors found after decoding can name the line. It reads
// the text the decoder already accepted, so it only has to understand
// headers, "key =" lines and values that span lines (arrays, inline tables
// and multi-line strings).
type locator struct {
	// tables: "rules", "keys", "" (top level), "allowlist", … The top level
	// also lists, as "name" and "name.field", the headers and fields of
	// plain [name] tables and the first header of each [[name]] array.
	tables map[string][]tableLines
}

type tableLines struct {
	header int
	fields map[string]int // field (sub-table fields as "allowlist.values") → line
}

func newLocator(text string) *locator {
	l := &locator{tables: map[string][]tableLines{}}
	root := tableLines{header: 1, fields: map[string]int{}}
	cur := root
	curName, sub := "", ""
	rootPrefix, inArray := "", false // where a plain table's fields also go in root
	l.tables[""] = []tableLines{root}
	set := func(fields map[string]int, key string, n int) {
		if _, seen := fields[key]; !seen {
			fields[key] = n
		}
	}
	var vs valueScan
	cont := false
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if cont {
			cont = vs.scan(line)
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '#' {
			continue
		}
		if strings.HasPrefix(t, "[[") {
			name := keyPath(strings.Trim(strings.SplitN(t, "]]", 2)[0], "[ "))
			curName, sub, inArray = name, "", true
			cur = tableLines{header: n, fields: map[string]int{}}
			l.tables[name] = append(l.tables[name], cur)
			set(root.fields, name, n)
			continue
		}
		if strings.HasPrefix(t, "[") {
			name := keyPath(strings.Trim(strings.SplitN(t, "]", 2)[0], "[ "))
			if parent, child, ok := strings.Cut(name, "."); ok && parent == curName && curName != "" && inArray {
				sub = child + "."
				set(cur.fields, child, n)
				continue
			}
			curName, sub, inArray, rootPrefix = name, "", false, name+"."
			cur = tableLines{header: n, fields: map[string]int{}}
			l.tables[name] = append(l.tables[name], cur)
			set(root.fields, name, n)
			continue
		}
		if k, rest, ok := strings.Cut(t, "="); ok {
			key := keyPath(k)
			set(cur.fields, sub+key, n)
			if !inArray && curName != "" {
				set(root.fields, rootPrefix+key, n)
			}
			vs = valueScan{}
			cont = vs.scan(rest)
		}
	}
	return l
}

// keyPath normalizes a (possibly dotted, possibly quoted) TOML key:
// ` allowlist . "values" ` → "allowlist.values".
func keyPath(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

// valueScan follows a TOML value across lines: open arrays and inline
// tables, and an open multi-line string. Lines inside a value are not
// "key =" lines, even when a string in them looks like one.
type valueScan struct {
	depth int    // open '[' and '{' outside strings
	str   string // the delimiter of an open multi-line string
}

// scan reads one line of value text and reports whether the value goes on
// to the next line.
func (v *valueScan) scan(s string) bool {
	for i := 0; i < len(s); {
		if v.str != "" {
			switch {
			case v.str == `"""` && s[i] == '\\':
				i += 2
			case strings.HasPrefix(s[i:], v.str):
				i += 3
				for i < len(s) && s[i] == v.str[0] { // up to two quotes may end the string
					i++
				}
				v.str = ""
			default:
				i++
			}
			continue
		}
		switch c := s[i]; c {
		case '#':
			return v.depth > 0
		case '[', '{':
			v.depth++
		case ']', '}':
			v.depth--
		case '"', '\'':
			if q := s[i : i+1]; strings.HasPrefix(s[i:], q+q+q) {
				v.str = q + q + q
				i += 3
				continue
			}
			j := i + 1
			for j < len(s) && s[j] != c {
				if c == '"' && s[j] == '\\' {
					j++
				}
				j++
			}
			i = j + 1
			continue
		}
		i++
	}
	return v.str != "" || v.depth > 0
}

// line returns the line of field in the i-th table called name, falling
// back to the field's parents ("allowlist.values" → "allowlist"), then to
// the table's header, then to 1.
func (l *locator) line(name string, i int, field string) int {
	ts := l.tables[name]
	if i < 0 || i >= len(ts) {
		return 1
	}
	for field != "" {
		if n, ok := ts[i].fields[field]; ok {
			return n
		}
		j := strings.LastIndexByte(field, '.')
		if j < 0 {
			break
		}
		field = field[:j]
	}
	return ts[i].header
}

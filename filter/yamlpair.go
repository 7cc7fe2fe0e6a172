package filter

import "github.com/logscrub/logscrub/rules"

// A name/value pair written as YAML over two lines, as Kubernetes objects
// print their environment (kubectl get -o yaml, helm template, operator
// dumps):
//
//	- name: DB_PASSWORD
//	  value: "…"
//
// The name line sets the pending pair; the next line is the value line if
// it is "value:" (or "Value:") at the name's indent. Any other next line
// drops the pair.

// pendingPair is a YAML name line naming a sensitive key, waiting for its
// value line.
type pendingPair struct {
	rule   *rules.Rule
	indent int // column of the "name" label
}

// yamlName reports whether the key token at [ks, ke) is the whole value of
// a YAML name field that fills the line: blanks, an optional "- ", a name
// label ("name", "key", "Name", …), ':', blanks, the key (optionally
// quoted), then nothing but blanks. It returns the label's column.
func yamlName(buf []byte, ks, ke int) (int, bool) {
	n := len(buf)
	j := ke
	if j < n && (buf[j] == '"' || buf[j] == '\'') {
		j++
	}
	for j < n && (buf[j] == ' ' || buf[j] == '\t') {
		j++
	}
	if j != n {
		return 0, false
	}
	i := ks
	if i > 0 && (buf[i-1] == '"' || buf[i-1] == '\'') {
		i--
	}
	sp := i
	for i > 0 && buf[i-1] == ' ' {
		i--
	}
	if i == sp || i < 2 || buf[i-1] != ':' {
		return 0, false // "name:KEY" is not YAML
	}
	le := i - 1
	ls := le
	for ls > 0 && (isLower(buf[ls-1]) || isUpper(buf[ls-1]) || buf[ls-1] == '_') {
		ls--
	}
	if ls == le || pairField(buf[ls:le])&fieldName == 0 {
		return 0, false
	}
	k := ls
	if k >= 2 && buf[k-1] == ' ' && buf[k-2] == '-' {
		k -= 2
	}
	for k > 0 && buf[k-1] == ' ' {
		k--
	}
	if k != 0 {
		return 0, false
	}
	return ls, true
}

// yamlValue returns the value of the pending pair's value line: "value:" at
// the pair's indent, then the value, quoted or plain to the end of the line.
func yamlValue(line []byte, indent int) (vs, ve int, quoted, ok bool) {
	n := len(line)
	if indent+6 > n {
		return 0, 0, false, false
	}
	for i := 0; i < indent; i++ {
		if line[i] != ' ' {
			return 0, 0, false, false
		}
	}
	j := indent
	if line[j] != 'v' && line[j] != 'V' || string(line[j+1:j+6]) != "alue:" {
		return 0, 0, false, false
	}
	j += 6
	if j < n && line[j] != ' ' && line[j] != '\t' {
		return 0, 0, false, false
	}
	for j < n && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	e := n
	for e > j && (line[e-1] == ' ' || line[e-1] == '\t') {
		e--
	}
	if e-j >= 2 && (line[j] == '"' || line[j] == '\'') && line[e-1] == line[j] {
		return j + 1, e - 1, true, e-1 > j+1
	}
	return j, e, false, e > j
}

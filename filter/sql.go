package filter

import "github.com/logscrub/logscrub/rules"

// sqlColumn: the key token ending at ke is followed by what follows a
// column name in a list: ',' or ')', after an optional closing quote.
func sqlColumn(buf []byte, ke int) bool {
	if ke < len(buf) && (buf[ke] == '"' || buf[ke] == '`' || buf[ke] == ']') {
		ke++
	}
	return ke < len(buf) && (buf[ke] == ',' || buf[ke] == ')')
}

// sqlInsertValue finds the value of a column in an SQL INSERT written out in
// a log line: INSERT INTO users (name, password) VALUES ('bob', 'S3cret'),
// where the key token at [ks, ke) is the column name. It returns the rule
// the column names and the extent of its value in the first row.
func (st *Stream) sqlInsertValue(buf []byte, ks, ke int) (r *rules.Rule, vs, ve int, quoted, ok bool) {
	n := len(buf)
	if m := &st.sqlMemo; m.valid(buf) && ke >= m.from && ke <= m.at {
		// A column list already followed to its end, with no VALUES
		// after it: every later name in it ends the same way. (A line of
		// quoted names, "a", "b", …, would otherwise be walked once per
		// name.)
		return nil, 0, 0, false, false
	}
	// The column list: back to its '(' and the column's index.
	col := 0
	i := ks - 1
	for ; i >= 0 && buf[i] != '('; i-- {
		if c := buf[i]; c == ',' {
			col++
		} else if !sqlListByte[c] || ks-i > 2048 {
			return nil, 0, 0, false, false
		}
	}
	if i < 0 {
		return nil, 0, 0, false, false
	}
	// Forward to the list's ')', then VALUES (.
	j := ke
	for ; j < n && buf[j] != ')'; j++ {
		if c := buf[j]; c != ',' && !sqlListByte[c] || j-ke > 2048 {
			return nil, 0, 0, false, false
		}
	}
	if j >= n {
		st.sqlMemo.set(buf, ke, j)
		return nil, 0, 0, false, false // the list never closes
	}
	listEnd := j
	j++
	for j < n && buf[j] == ' ' {
		j++
	}
	if !hasPrefixFold(buf[j:], "values") {
		st.sqlMemo.set(buf, ke, listEnd)
		return nil, 0, 0, false, false
	}
	j += len("values")
	for j < n && buf[j] == ' ' {
		j++
	}
	if j >= n || buf[j] != '(' {
		st.sqlMemo.set(buf, ke, listEnd)
		return nil, 0, 0, false, false
	}
	// The col-th value of the first row.
	j++
	for k := 0; j < n; k++ {
		for j < n && buf[j] == ' ' {
			j++
		}
		s, e, q := j, j, false
		if j < n && buf[j] == '\'' {
			s, q = j+1, true
			e = st.closeQuote(buf, s, '\'')
			j = e + 1
		} else {
			for j < n && buf[j] != ',' && buf[j] != ')' {
				j++
			}
			e = j
			for e > s && buf[e-1] == ' ' {
				e--
			}
		}
		if k == col {
			specific, generic, _ := st.resolveKey(buf[ks:ke])
			if r = specific; r == nil {
				r = generic
			}
			return r, s, e, q, r != nil && e > s
		}
		for j < n && buf[j] == ' ' {
			j++
		}
		if j >= n || buf[j] != ',' {
			return nil, 0, 0, false, false
		}
		j++
	}
	return nil, 0, 0, false, false
}

// sqlListByte: the bytes of a column list other than ',' and its brackets:
// key bytes, blanks and identifier quotes.
var sqlListByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isKeyByte(byte(c))
	}
	for _, c := range []byte(" \"`[]") {
		t[c] = true
	}
	return t
}()

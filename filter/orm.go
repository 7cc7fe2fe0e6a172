package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/rules"
)

// ORMs that log their statements' parameters give values without names:
//
//	Executed DbCommand (42ms) [Parameters=[@p0='…' (Size = 64), @p1='…'], …]   EF Core
//	binding parameter [3] as [VARCHAR] - [tok_9fK2mQ8v…]                    Hibernate 5
//	binding parameter (3:VARCHAR) <- [tok_9fK2mQ8v…]                          Hibernate 6
//
// Only the value can say what it is: one that looks generated (random
// letters and digits, or a mix with symbols) and that the classifier finds
// no harmless shape in goes. Hex is left alone: among parameters it is far
// more often a digest or a row hash than a key.

// minORMSecret is the shortest parameter value taken: 128 bits of base62.
const minORMSecret = 22

// ormParameters appends the secret-looking values of the parameter list
// that the anchor at [hs, he) starts.
func (st *Stream) ormParameters(spans []span, buf []byte, hs, he int, r *rules.Rule, base int) []span {
	ef := buf[hs] == 'P' // Parameters=[
	switch buf[hs] | 0x20 {
	case 'k', 'p':
		// Prisma's and knex's list of values: prisma:query params […],
		// knex:bindings […].
		if !ef {
			j := he
			if buf[hs]|0x20 == 'p' {
				if !hasPrefixFold(buf[j:], " params [") {
					return spans
				}
				j += len(" params [")
			} else {
				if !hasPrefixFold(buf[j:], " [") {
					return spans
				}
				j += 2
			}
			return st.ormList(spans, buf, j, r, base)
		}
	case 's':
		// SQLAlchemy: sqlalchemy.engine.Engine [generated in 0.0003s] (…),
		// [cached since 12s ago] (…).
		k := bytes.Index(buf[he:min(len(buf), he+80)], []byte("] ("))
		if k < 0 {
			return spans
		}
		return st.ormList(spans, buf, he+k+3, r, base)
	}
	if ef {
		// EF Core: @name='value' items, ", " between, to the closing ']'.
		j := he
		for j < len(buf) && buf[j] == '@' {
			k := j + 1
			for k < len(buf) && isKeyByte(buf[k]) {
				k++
			}
			if k+1 >= len(buf) || buf[k] != '=' || buf[k+1] != '\'' {
				return spans
			}
			vs := k + 2
			ve := vs
			for ve < len(buf) && !(buf[ve] == '\'' && (ve+1 == len(buf) || buf[ve+1] != '\'')) {
				if buf[ve] == '\'' {
					ve++ // '' is a quote inside the value
				}
				ve++
			}
			if ve >= len(buf) {
				return spans
			}
			n := len(spans)
			if spans = st.ormValue(spans, buf, vs, ve, r, base); len(spans) == n {
				// Not random-looking: the column the statement binds it
				// to may still name it (a hex token under [Token]).
				spans = st.efBound(spans, buf, buf[j:k], vs, ve, base)
			}
			// Past the value's annotations: (Nullable = false) (Size = 64).
			j = ve + 1
			for j < len(buf) && buf[j] != ',' && buf[j] != ']' {
				j++
			}
			if j+1 >= len(buf) || buf[j] != ',' {
				return spans
			}
			j++
			for j < len(buf) && buf[j] == ' ' {
				j++
			}
		}
		return spans
	}
	// Hibernate: the value in brackets after " - " or " <- ", to the end.
	lim := min(len(buf), he+48)
	for j := he; j+3 < lim; j++ {
		var vs int
		switch {
		case buf[j] == ' ' && buf[j+1] == '-' && buf[j+2] == ' ' && buf[j+3] == '[':
			vs = j + 4
		case buf[j] == '<' && buf[j+1] == '-' && buf[j+2] == ' ' && buf[j+3] == '[':
			vs = j + 4
		default:
			continue
		}
		ve := len(buf)
		for ve > vs && (buf[ve-1] == ' ' || buf[ve-1] == '\t') {
			ve--
		}
		if ve > vs && buf[ve-1] == ']' {
			return st.ormValue(spans, buf, vs, ve-1, r, base)
		}
		return spans
	}
	return spans
}

// ormValue appends [vs, ve) if it looks like a secret.
func (st *Stream) ormValue(spans []span, buf []byte, vs, ve int, r *rules.Rule, base int) []span {
	v := buf[vs:ve]
	if len(v) < minORMSecret || len(v) > maxCueValue || !generated(v) || valueShape(v) != shapeOpaque || !st.allowed(r, v) {
		return spans
	}
	return append(spans, span{start: base + vs, end: base + ve, rule: int32(r.Index), prio: prioKey})
}

// ormList appends the secret-looking quoted values of a list whose first
// element starts at j, to its closing ']' or ')'.
func (st *Stream) ormList(spans []span, buf []byte, j int, r *rules.Rule, base int) []span {
	for n := 0; j < len(buf) && n < 256; n++ {
		for j < len(buf) && buf[j] == ' ' {
			j++
		}
		if j >= len(buf) || buf[j] == ']' || buf[j] == ')' {
			return spans
		}
		if q := buf[j]; q == '\'' || q == '"' {
			s := j + 1
			e := s
			for e < len(buf) && !(buf[e] == q && buf[e-1] != '\\') {
				e++
			}
			if e >= len(buf) {
				return spans
			}
			spans = st.ormValue(spans, buf, s, e, r, base)
			j = e + 1
		} else {
			for j < len(buf) && buf[j] != ',' && buf[j] != ']' && buf[j] != ')' {
				j++
			}
		}
		for j < len(buf) && buf[j] == ' ' {
			j++
		}
		if j >= len(buf) || buf[j] != ',' {
			return spans
		}
		j++
	}
	return spans
}

// efBound appends the value at [vs, ve) of the parameter name (@p0) when
// the SQL logged after it in the same message binds it to a sensitive
// column (EF Core's JSON console and Serilog write the statement in the
// message: …[Parameters=[@p0='…']…]\nUPDATE [RefreshTokens] SET [Token] = @p0).
// The column's key rule judges the value, as it would under that name.
func (st *Stream) efBound(spans []span, buf, name []byte, vs, ve, base int) []span {
	col := efColumn(buf, ve, name)
	if col == nil {
		return spans
	}
	kr, generic, _ := st.resolveKey(col)
	if kr == nil {
		kr = generic
	}
	v := buf[vs:ve]
	if kr == nil || bytes.Contains(v, []byte("''")) || !keyValueShape(kr, v) || !st.allowed(kr, v) {
		return spans
	}
	return append(spans, span{start: base + vs, end: base + ve, rule: int32(kr.Index), prio: prioKey})
}

// maxEFStatement bounds how far after a parameter list the statement is
// searched.
const maxEFStatement = 4096

// efColumn returns the column that the SQL after from binds parameter name
// to: [Col] = @p0, "Col" = @p0, t.Col = @p0, or the column at @p0's place in
// INSERT INTO t (cols) VALUES (…)[, (…)].
func efColumn(buf []byte, from int, name []byte) []byte {
	lim := min(len(buf), from+maxEFStatement)
	for i := from; i < lim; {
		k := bytes.Index(buf[i:lim], name)
		if k < 0 {
			return nil
		}
		s := i + k
		e := s + len(name)
		i = e
		if e < len(buf) && isKeyByte(buf[e]) || e < len(buf) && buf[e] == '=' {
			continue // @p10 for @p1; the list's own @p1='…'
		}
		b := s
		for b > 0 && buf[b-1] == ' ' {
			b--
		}
		if b == 0 {
			continue
		}
		switch buf[b-1] {
		case '=':
			b--
			for b > 0 && buf[b-1] == ' ' {
				b--
			}
			if col := sqlNameBefore(buf, b); col != nil {
				return col
			}
		case '(', ',':
			if col := insertColumn(buf, b, s); col != nil {
				return col
			}
		}
	}
	return nil
}

// sqlNameBefore returns the column name that ends at b: [Col], "Col",
// `Col` or Col (the last part of t.Col).
func sqlNameBefore(buf []byte, b int) []byte {
	if b == 0 {
		return nil
	}
	var open byte
	switch buf[b-1] {
	case ']':
		open = '['
	case '"', '`':
		open = buf[b-1]
	default:
		a := b
		for a > 0 && (isAlnum(buf[a-1]) || buf[a-1] == '_') {
			a--
		}
		if a == b {
			return nil
		}
		return buf[a:b]
	}
	a := b - 1
	for a > 0 && buf[a-1] != open && b-a < 128 {
		a--
	}
	if a == 0 || buf[a-1] != open || a == b-1 {
		return nil
	}
	return buf[a : b-1]
}

// insertColumn returns the column of INSERT … (cols) VALUES (…) at the
// place of the parameter that starts at s, whose tuple item begins at b
// (after '(' or ',').
func insertColumn(buf []byte, b, s int) []byte {
	// The parameter's place in its tuple, and the tuple's '('.
	place := 0
	o := s - 1
	for ; o >= 0 && buf[o] != '('; o-- {
		switch buf[o] {
		case ',':
			place++
		case ')', '\'', '"':
			return nil // only parameters in the tuple
		}
	}
	if o < 0 {
		return nil
	}
	// Back over earlier tuples to VALUES.
	v := o
	for {
		for v > 0 && buf[v-1] == ' ' {
			v--
		}
		if v > 0 && buf[v-1] == ',' {
			v--
			for v > 0 && buf[v-1] == ' ' {
				v--
			}
			if v == 0 || buf[v-1] != ')' {
				return nil
			}
			for v > 0 && buf[v-1] != '(' {
				v--
			}
			if v == 0 {
				return nil
			}
			v--
			continue
		}
		break
	}
	const kw = "values" // lower case: equalFoldASCII folds only its first argument
	if v < len(kw) || !equalFoldASCII(buf[v-len(kw):v], kw) {
		return nil
	}
	c := v - len(kw)
	for c > 0 && (buf[c-1] == ' ' || buf[c-1] == '\n' || buf[c-1] == '\r') {
		c--
	}
	if c == 0 || buf[c-1] != ')' {
		return nil
	}
	ce := c - 1
	cs := ce
	for cs > 0 && buf[cs-1] != '(' && ce-cs < 2048 {
		cs--
	}
	if cs == 0 || buf[cs-1] != '(' {
		return nil
	}
	// The place-th column of (cols).
	cols := buf[cs:ce]
	for n := 0; ; n++ {
		comma := bytes.IndexByte(cols, ',')
		item := cols
		if comma >= 0 {
			item = cols[:comma]
		}
		if n == place {
			item = bytes.TrimSpace(item)
			if len(item) >= 2 && (item[0] == '[' && item[len(item)-1] == ']' || item[0] == '"' && item[len(item)-1] == '"' || item[0] == '`' && item[len(item)-1] == '`') {
				item = item[1 : len(item)-1]
			}
			if len(item) == 0 {
				return nil
			}
			return item
		}
		if comma < 0 {
			return nil
		}
		cols = cols[comma+1:]
	}
}

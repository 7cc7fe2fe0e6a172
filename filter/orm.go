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
			spans = st.ormValue(spans, buf, vs, ve, r, base)
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

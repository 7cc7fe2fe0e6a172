package filter

import "github.com/logscrub/logscrub/rules"

// Pairs: an identifier that is public or nearly so (a Twilio account SID,
// AC + 32 hex) is often written beside the secret it goes with, in a list
// or an argument list where no name labels the secret:
//
//	knex:bindings [ '02616a8a…c2cb2a', 'AC59f43d…e3fb1cf' ]
//	new Twilio('AC59f43d…e3fb1cf', '02616a8a…c2cb2a')
//
// A token rule with a [rules.pair] table finds that secret: the nearest
// bare word of the pair's alphabet and length within its window, on the
// same line, after the token first and then before it.

// pair returns the extent, in span coordinates, of the pair of the token
// at [ts, te) of buf (which starts at base): in buf itself, or else, in a
// JSON string, a sibling element of its array (["<token>", "<secret>"]).
func (st *Stream) pair(buf []byte, base, ts, te int, p *rules.Pair) (int, int, bool) {
	if s, e, ok := pairSecret(buf, ts, te, p); ok {
		return base + s, base + e, true
	}
	if st.jsonLine == nil {
		return 0, 0, false
	}
	return pairElement(st.jsonLine, base+ts, base+te, p)
}

// pairBytes returns the bytes of the pair span [s, e) that pair returned.
func (st *Stream) pairBytes(buf []byte, base, s, e int) []byte {
	if s >= base && e <= base+len(buf) {
		return buf[s-base : e-base]
	}
	return st.jsonLine[s:e]
}

// pairElement returns the pair of the token at [ts, te) of a raw JSON line
// among the strings that are whole array elements near it, when the token
// is one too.
func pairElement(line []byte, ts, te int, p *rules.Pair) (int, int, bool) {
	if !arrayElement(line, ts, te) {
		return 0, 0, false
	}
	for _, w := range [2][2]int{{te, min(len(line), te+p.Within)}, {max(0, ts-p.Within), ts}} {
		for from := w[0]; from < w[1]; {
			s, e, ok := pairIn(line, from, w[1], ts, te, p)
			if !ok {
				break
			}
			if arrayElement(line, s, e) && sameArray(line, min(te, e)+1, max(ts, s)-1) {
				return s, e, true
			}
			from = e
		}
	}
	return 0, 0, false
}

// arrayElement reports whether raw [s, e) of a JSON line is a whole string
// that is an element of an array: "…" after [ or , and before , or ].
func arrayElement(line []byte, s, e int) bool {
	if s == 0 || e >= len(line) || line[s-1] != '"' || line[e] != '"' {
		return false
	}
	i := s - 2
	for i >= 0 && isJSONSpace(line[i]) {
		i--
	}
	j := e + 1
	for j < len(line) && isJSONSpace(line[j]) {
		j++
	}
	return i >= 0 && (line[i] == '[' || line[i] == ',') && j < len(line) && (line[j] == ',' || line[j] == ']')
}

// sameArray reports whether raw [from, to) of a JSON line, between the
// closing quote of one element and the opening quote of another,
// holds only more elements that are strings, numbers or
// literals: no bracket or brace opens or closes outside a string.
func sameArray(line []byte, from, to int) bool {
	in := false
	for i := from; i < to; i++ {
		switch c := line[i]; {
		case in && c == '\\':
			i++
		case c == '"':
			in = !in
		case !in && (c == '[' || c == ']' || c == '{' || c == '}' || c == ':'):
			return false
		}
	}
	return true
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// pairSecret returns the extent of the pair of the token at [ts, te).
func pairSecret(buf []byte, ts, te int, p *rules.Pair) (int, int, bool) {
	if s, e, ok := pairIn(buf, te, min(len(buf), te+p.Within), ts, te, p); ok {
		return s, e, true
	}
	return pairIn(buf, max(0, ts-p.Within), ts, ts, te, p)
}

// pairIn returns the first pair candidate that starts in [from, to): a
// maximal run of the alphabet on word boundaries, of the pair's length and
// entropy, with a letter and a digit, not labelled by a name of its own.
func pairIn(buf []byte, from, to, ts, te int, p *rules.Pair) (int, int, bool) {
	a := p.Alphabet
	i := from
	for i < to && i > 0 && a[buf[i]] && a[buf[i-1]] {
		i++ // the rest of a run that started before the window
	}
	for i < to {
		if !a[buf[i]] {
			i++
			continue
		}
		s := i
		for i < len(buf) && i-s <= p.MaxLen && a[buf[i]] {
			i++
		}
		if i-s > p.MaxLen {
			for i < len(buf) && a[buf[i]] {
				i++
			}
			continue
		}
		e := i
		if e-s < p.MinLen || s > 0 && isAlnum(buf[s-1]) || e < len(buf) && isAlnum(buf[e]) {
			continue
		}
		v := buf[s:e]
		if !hasLetterAndDigit(v) || entropy(v) < p.Entropy || labelled(buf, s, ts, te) {
			continue
		}
		return s, e, true
	}
	return 0, 0, false
}

// labelled reports whether the word at s has a name of its own before it
// (name=VALUE, name: 'VALUE'), other than the token at [ts, te) itself
// (SID:TOKEN, the user:password of Basic credentials).
func labelled(buf []byte, s, ts, te int) bool {
	k := s
	if k > 0 && (buf[k-1] == '\'' || buf[k-1] == '"' || buf[k-1] == '`') {
		k--
	}
	for k > 0 && buf[k-1] == ' ' {
		k--
	}
	if k == 0 || buf[k-1] != '=' && buf[k-1] != ':' {
		return false
	}
	return k-1 != te
}

func hasLetterAndDigit(v []byte) bool {
	letter, digit := false, false
	for _, c := range v {
		letter = letter || isLower(c) || isUpper(c)
		digit = digit || isDigit(c)
	}
	return letter && digit
}

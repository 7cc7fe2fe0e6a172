package filter

import (
	"github.com/logscrub/logscrub/rules"
)

// Span priorities: when spans overlap, the merged span is attributed to the
// more specific rule (a token format beats "the value of a key").
const (
	prioInner uint8 = iota + 1 // found inside a decoded value (base64 JSON)
	prioKey
	prioSpecific
)

// span is one stretch of a line to replace, in raw line offsets.
type span struct {
	start, end int
	rule       int32
	prio       uint8
	head       int  // partial style: raw bytes kept at the start (a public prefix)
	quote      bool // write the replacement as a JSON string (a number leaf)
	escaped    bool // the raw bytes hold escapes: never keep any of them
	// bare: a secret with no public shape of its own (the pair of a token):
	// the partial style keeps none of it.
	bare bool
	// quoteEsc: the quotes that quote adds are written \" (a number in a
	// JSON document inside a JSON string).
	quoteEsc bool
}

// mergeSpans sorts spans by start and merges overlapping ones in place.
func mergeSpans(s []span) []span {
	if len(s) < 2 {
		return s
	}
	// Insertion sort: lines carry few spans.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].start < s[j-1].start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.start >= last.end {
			out = append(out, x)
			continue
		}
		// Overlap: take the union.
		if x.start == last.start && x.end == last.end {
			if x.prio > last.prio {
				*last = x
			}
			continue
		}
		if x.end > last.end {
			last.end = x.end
		}
		if x.prio > last.prio {
			last.rule, last.prio = x.rule, x.prio
		}
		last.head = 0 // a union has no single public prefix
		last.quote = last.quote || x.quote
		last.quoteEsc = last.quoteEsc || x.quoteEsc
		last.escaped = last.escaped || x.escaped
		last.bare = last.bare || x.bare
	}
	return out
}

// render appends line with every span replaced.
func (st *Stream) render(dst, line []byte, spans []span) []byte {
	pos := 0
	for _, s := range spans {
		dst = append(dst, line[pos:s.start]...)
		dst = st.replacement(dst, line[s.start:s.end], s)
		pos = s.end
	}
	return append(dst, line[pos:]...)
}

// replacement appends the replacement for secret (the raw span bytes).
func (st *Stream) replacement(dst, secret []byte, s span) []byte {
	sc := st.sc
	r := int(s.rule)
	if s.quote {
		if s.quoteEsc {
			dst = append(dst, '\\')
		}
		dst = append(dst, '"')
	}
	switch sc.style[r] {
	case rules.StyleHash:
		dst = append(dst, sc.hashPre[r]...)
		dst = st.hashInto(dst, secret)
		dst = append(dst, sc.hashSuf[r]...)
	case rules.StylePartial:
		head, tail := partialKeep(len(secret), s.head)
		if s.escaped || s.quote || s.bare {
			head, tail = 0, 0
		}
		dst = append(dst, secret[:head]...)
		dst = append(dst, sc.mask[r]...)
		dst = append(dst, secret[len(secret)-tail:]...)
	default:
		dst = append(dst, sc.mask[r]...)
	}
	if s.quote {
		if s.quoteEsc {
			dst = append(dst, '\\')
		}
		dst = append(dst, '"')
	}
	return dst
}

// partialKeep returns how many bytes the partial style keeps at the start
// (the public prefix) and end (at most 4, never more than a quarter of the
// secret part).
func partialKeep(n, head int) (int, int) {
	if head > n {
		head = 0
	}
	tail := (n - head) / 4
	if tail > 4 {
		tail = 4
	}
	return head, tail
}

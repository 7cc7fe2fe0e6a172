package filter

import "unicode/utf8"

// A line that looks like JSON but is not valid JSON (truncated by a
// shipper, or broken) is scanned as text, where an escape can hide a
// secret from the rules: "\u0041KIA…", "hooks.slack.com\/services\/…". Its
// escapes are decoded leniently, the decoded view scanned too, and what is
// found there mapped back. (Valid JSON strings are decoded by the walker.)

// laxUnescape appends raw with its JSON escapes decoded to dst, recording
// in m where each decoded byte came from. An escape that JSON does not
// define is kept as written.
func laxUnescape(dst []byte, m *escMap, raw []byte) []byte {
	m.reset()
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			m.add(len(dst), i, 1)
			dst = append(dst, c)
			i++
			continue
		}
		switch e := raw[i+1]; e {
		case 'u':
			if i+6 <= len(raw) && isHex4(raw[i+2:i+6]) {
				m.add(len(dst), i, 0)
				dst = utf8.AppendRune(dst, rune(hex4(raw[i+2:i+6])))
				i += 6
				continue
			}
		case '"', '\\', '/':
			m.add(len(dst), i, 2)
			dst = append(dst, e)
			i += 2
			continue
		case 'n', 't', 'r':
			// Kept as a blank: a line break inside a value ends it.
			m.add(len(dst), i, 2)
			dst = append(dst, ' ')
			i += 2
			continue
		}
		m.add(len(dst), i, 1)
		dst = append(dst, c)
		i++
	}
	m.segs = append(m.segs, escSeg{d: int32(len(dst)), r: int32(len(raw)), step: 1})
	return dst
}

// laxScan appends the secrets found in the leniently decoded view of line.
func (st *Stream) laxScan(spans []span, line []byte) []span {
	st.lax = laxUnescape(st.lax[:0], &st.laxMap, line)
	st.laxHits = st.sc.m.Find(st.laxHits[:0], st.lax)
	if len(st.laxHits) == 0 {
		return spans
	}
	st.laxSpans = st.scanText(st.laxSpans[:0], st.lax, st.laxHits, 0, false)
	for _, sp := range st.laxSpans {
		if sp.end <= sp.start {
			continue
		}
		rs, re := st.laxMap.raw(sp.start), st.laxMap.rawEnd(sp.end-1)
		sp.escaped = sp.escaped || re-rs != sp.end-sp.start
		sp.start, sp.end = rs, re
		spans = append(spans, sp)
	}
	return spans
}

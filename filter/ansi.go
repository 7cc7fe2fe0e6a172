package filter

// Terminal escape sequences. Console loggers colour their output
// ('x-api-key'\x1b[39m: \x1b[32m'…'\x1b[39m); a rule that saw the
// sequences would take one for the value and leave the secret beside it.
// A line (or decoded JSON string) that holds an ESC is scanned without its
// escape sequences and the spans are mapped back, so every rule sees the
// text a person sees, and a replacement ends before the sequence that
// closes a colour.

const escByte = 0x1b

// stripANSI appends text without its escape sequences to dst and records
// in m where each kept byte came from. It removes CSI sequences (ESC [
// parameters, intermediates, a final byte), OSC strings (ESC ] … BEL or
// ESC \) and two-byte escapes (ESC and one byte); a lone ESC at the end is
// dropped.
func stripANSI(dst []byte, m *escMap, text []byte) []byte {
	m.reset()
	n := len(text)
	for i := 0; i < n; {
		if text[i] != escByte {
			j := i
			for j < n && text[j] != escByte {
				j++
			}
			m.add(len(dst), i, 1)
			dst = append(dst, text[i:j]...)
			i = j
			continue
		}
		e := escapeEnd(text, i)
		if e < 0 {
			// Not a whole sequence (ESC [ without its final byte): data,
			// kept, so that a replacement never lands after a bare "ESC ["
			// where it would read as one.
			m.add(len(dst), i, 1)
			dst = append(dst, text[i])
			i++
			continue
		}
		i = e
	}
	m.segs = append(m.segs, escSeg{d: int32(len(dst)), r: int32(n), step: 1})
	return dst
}

// escapeEnd returns the offset just past the escape sequence at i, or -1
// for a CSI that has no final byte.
func escapeEnd(text []byte, i int) int {
	n := len(text)
	if i+1 >= n {
		return n
	}
	switch text[i+1] {
	case '[':
		j := i + 2
		for j < n && text[j] >= 0x20 && text[j] <= 0x3f {
			j++
		}
		if j < n && text[j] >= 0x40 && text[j] <= 0x7e {
			return j + 1
		}
		return -1
	case ']':
		for j := i + 2; j < n; j++ {
			if text[j] == 0x07 {
				return j + 1
			}
			if text[j] == escByte && j+1 < n && text[j+1] == '\\' {
				return j + 2
			}
			if text[j] == '\n' {
				return j
			}
		}
		return n
	}
	return i + 2
}

// scanPlain scans text (a line, or a decoded JSON string) without its
// escape sequences and appends the spans, in text offsets plus base.
func (st *Stream) scanPlain(spans []span, text []byte, base int, top bool) []span {
	st.plain = stripANSI(st.plain[:0], &st.pmap, text)
	st.phits = st.sc.m.Find(st.phits[:0], st.plain)
	if len(st.phits) == 0 {
		return spans
	}
	st.pspans = st.scanText(st.pspans[:0], st.plain, st.phits, 0, top)
	return mapSpans(spans, st.pspans, &st.pmap, base)
}

// mapSpans appends found, spans in a decoded text, mapped back through m
// to the text they were decoded from, plus base. A span with encoded bytes
// inside (an escape sequence, a %XX) goes whole and keeps no public prefix.
func mapSpans(spans, found []span, m *escMap, base int) []span {
	for _, sp := range found {
		if sp.end <= sp.start {
			continue
		}
		rs, re := m.raw(sp.start), m.rawEnd(sp.end-1)
		if re-rs != sp.end-sp.start {
			sp.head = 0
		}
		sp.start, sp.end = base+rs, base+re
		spans = append(spans, sp)
	}
	return spans
}

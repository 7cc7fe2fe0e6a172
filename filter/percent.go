package filter

// Percent-encoded text. A URL inside a query string (a callback, a
// redirect, a webhook target), a form body or a WAF's logged arguments
// carries its own secrets encoded: https%3A%2F%2Fhooks.slack.com%2F…,
// redis%3A%2F%2F%3Apass%40host. A text with an encoded '/', ':' or '@' is
// scanned once more, decoded, and what is found there is mapped back onto
// the encoded bytes.

// percentDecodeMap appends text with each %XX decoded to dst and records
// in m where each decoded byte came from.
func percentDecodeMap(dst []byte, m *escMap, text []byte) []byte {
	m.reset()
	n := len(text)
	for i := 0; i < n; {
		if c, ok := pctByte(text, i); ok {
			m.add(len(dst), i, 3)
			dst = append(dst, c)
			i += 3
			continue
		}
		j := i + 1
		for j < n && text[j] != '%' {
			j++
		}
		m.add(len(dst), i, 1)
		dst = append(dst, text[i:j]...)
		i = j
	}
	m.segs = append(m.segs, escSeg{d: int32(len(dst)), r: int32(n), step: 1})
	return dst
}

// scanPercent scans text decoded and appends the spans found there, in
// text offsets plus base. Only one level is decoded: a doubly encoded
// text is scanned as singly encoded.
func (st *Stream) scanPercent(spans []span, text []byte, base int, top bool) []span {
	st.inPercent = true
	defer func() { st.inPercent = false }()
	st.pct = percentDecodeMap(st.pct[:0], &st.pctMap, text)
	st.pctHits = st.sc.m.Find(st.pctHits[:0], st.pct)
	if len(st.pctHits) == 0 {
		return spans
	}
	st.pctSpans = st.scanText(st.pctSpans[:0], st.pct, st.pctHits, 0, false)
	return mapSpans(spans, st.pctSpans, &st.pctMap, base)
}

// percentStringHits decodes the text around an encoded byte at [hs, he) of
// a JSON line, from the quote before it to the quote after it (the string
// the JSON walker decodes, or a piece of it when escaped quotes nest), and
// reports whether the decoded text holds an anchor, and where it ends.
// Decoded text without an anchor holds nothing the walker could find
// (redirect=%2Fdashboard).
func (st *Stream) percentStringHits(line []byte, hs, he int) (found bool, end int) {
	s, e := hs, he
	for s > 0 && line[s-1] != '"' {
		s--
	}
	for e < len(line) && line[e] != '"' {
		e++
	}
	st.pct = percentDecode(st.pct[:0], line[s:e])
	st.pctHits = st.sc.m.Find(st.pctHits[:0], st.pct)
	return len(st.pctHits) > 0, e
}

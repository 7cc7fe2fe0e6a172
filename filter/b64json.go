package filter

import "encoding/base64"

// Base64 of a JSON document (eyJ… is base64 for {") is a cursor or a state
// blob, kept as harmless, unless the document holds a secret: a config blob
// pasted as base64, a token wrapped for transport. At an eyJ that is no
// JWT, the run is decoded and scanned; if the scan finds a secret, the
// whole run goes, under the rule that found it.

// minB64JSON: shorter runs are too short to carry a token.
const minB64JSON = 24

// b64JSONSecret appends a span over the base64 run starting at s when its
// decoded JSON holds a secret.
func (st *Stream) b64JSONSecret(spans []span, buf []byte, s, base int) []span {
	if st.inB64 || s > 0 && (isAlnum(buf[s-1]) || buf[s-1] == '+' || buf[s-1] == '/') {
		return spans
	}
	e := s
	url := false
	for e < len(buf) && b64Byte[buf[e]] {
		if buf[e] == '-' || buf[e] == '_' {
			url = true
		}
		e++
	}
	run := e
	for e < len(buf) && buf[e] == '=' {
		e++
	}
	if run-s < minB64JSON || run-s > 64<<10 || e < len(buf) && buf[e] == '.' {
		// (Followed by '.': a JWT's header, which the jwt rule reads.)
		return spans
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	n := enc.DecodedLen(run - s)
	if cap(st.b64) < n {
		st.b64 = make([]byte, n)
	}
	st.b64 = st.b64[:n]
	// A trailing partial quantum is cut, not an error: the run may end
	// inside a longer value.
	k, err := enc.Decode(st.b64, buf[s:s+(run-s)/4*4])
	if err != nil || k == 0 || st.b64[0] != '{' {
		return spans
	}
	st.b64 = st.b64[:k]
	st.b64Hits = st.sc.m.Find(st.b64Hits[:0], st.b64)
	if len(st.b64Hits) == 0 {
		return spans
	}
	st.inB64 = true
	st.b64Spans = st.scanText(st.b64Spans[:0], st.b64, st.b64Hits, 0, false)
	st.inB64 = false
	if len(st.b64Spans) == 0 {
		return spans
	}
	best := st.b64Spans[0]
	for _, x := range st.b64Spans[1:] {
		if x.prio > best.prio {
			best = x // a format rule names the secret better than its key
		}
	}
	// The key the run stands under, when it has one, names it better.
	// escaped: the raw bytes are an encoding, so a partial style keeps none.
	return append(spans, span{start: base + s, end: base + e, rule: best.rule, prio: prioInner, escaped: true})
}

// b64Byte: the bytes of base64 and base64url, without padding.
var b64Byte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c)) || c == '+' || c == '/' || c == '-' || c == '_'
	}
	return t
}()

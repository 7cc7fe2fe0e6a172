package filter

import "encoding/base64"

// HTTP Basic credentials outside an Authorization header: HAProxy's
// captured headers ({host|Basic YWxp…}), access logs, client debug output.
// "Basic " then base64 that decodes to user:password in printable ASCII is
// a credential wherever it stands; the base64 goes, under the
// authorization rule.

// basicCredential appends a span over the base64 after the "basic " anchor
// ending at he.
func (st *Stream) basicCredential(spans []span, buf []byte, hs, he, base int) []span {
	r := st.sc.authRule
	// The hit may end before the blank (anchors match a trailing separator
	// without reporting it) or after it.
	if buf[he-1] != ' ' {
		if he >= len(buf) || buf[he] != ' ' {
			return spans
		}
		he++
	}
	if r == nil || hs > 0 && isAlnum(buf[hs-1]) {
		return spans
	}
	s := he
	e := s
	for e < len(buf) && (isAlnum(buf[e]) || buf[e] == '+' || buf[e] == '/') {
		e++
	}
	for e < len(buf) && e-s < 1<<10 && buf[e] == '=' {
		e++
	}
	if e-s < 8 || e-s > 1<<10 || e < len(buf) && isAlnum(buf[e]) {
		return spans
	}
	v := buf[s:e]
	enc := base64.StdEncoding
	if len(v)%4 != 0 {
		enc = base64.RawStdEncoding
	}
	n := enc.DecodedLen(len(v))
	if cap(st.b64) < n {
		st.b64 = make([]byte, n)
	}
	dec := st.b64[:n]
	k, err := enc.Decode(dec, v)
	if err != nil || !userColonPassword(dec[:k]) || !st.allowed(r, v) {
		return spans
	}
	return append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
}

// userColonPassword: printable ASCII, a ':' after a user of one byte or more,
// a password after it.
func userColonPassword(b []byte) bool {
	colon := -1
	for i, c := range b {
		if c < ' ' || c > '~' {
			return false
		}
		if c == ':' && colon < 0 {
			colon = i
		}
	}
	return colon > 0 && colon < len(b)-1
}

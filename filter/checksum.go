package filter

import (
	"bytes"
	"encoding/base64"
	"hash/crc32"
)

// Format checks for token rules. Both functions are pure, safe for
// concurrent use and do not allocate.

// base62Value maps a base62 digit to its value in the digit order GitHub and
// npm use, 0-9 A-Z a-z; every other byte maps to 0xff.
var base62Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	for i := 0; i < len(digits); i++ {
		t[digits[i]] = byte(i)
	}
	return t
}()

// crc32Base62Len is the length of the checksum at the end of a body.
const crc32Base62Len = 6

// crc32Base62OK reports whether body ends in a valid GitHub/npm token
// checksum.
//
// GitHub's token formats (ghp_, gho_, ghu_, ghs_ and ghr_, 2021) and npm's
// (npm_, 2021) are a prefix, 30 random base62 characters and a 6-character
// checksum. The checksum is the IEEE CRC-32 (hash/crc32.ChecksumIEEE, the
// zlib/PNG polynomial) of the random characters only — neither the prefix
// nor its underscore is covered — written in base62 with the digit order
// 0-9 A-Z a-z, most significant digit first and left-padded with '0' to 6
// digits (62^6 > 2^32, so 6 digits always suffice).
//
// body is the token after its prefix, checksum included: its last 6 bytes
// are the checksum and every byte before them is covered by it. prefix is
// not part of the CRC; it is accepted so callers can pass a token as they
// have split it, and is ignored. crc32Base62OK reports false when body has
// fewer than 7 bytes, when one of its last 6 bytes is not a base62 digit, or
// when they decode to another value than the CRC (values of 2^32 and above
// never match). It does not check that the covered part is 30 base62
// characters; the rule's alphabet and length do that.
func crc32Base62OK(prefix, body []byte) bool {
	_ = prefix
	n := len(body) - crc32Base62Len
	if n < 1 {
		return false
	}
	var v uint64
	for _, c := range body[n:] {
		d := base62Value[c]
		if d == 0xff {
			return false
		}
		v = v*62 + uint64(d)
	}
	return v == uint64(crc32.ChecksumIEEE(body[:n]))
}

// jwtHeadChars is how much of a JWT's first segment jwtOK decodes: 256
// base64 characters are 192 bytes, room for a long key id before "alg".
const jwtHeadChars = 256

// jwtOK reports whether tok has the shape of a JSON Web Token in compact
// serialization (RFC 7519, RFC 7515 section 7.1): exactly two dots; a
// non-empty header and payload and a possibly empty signature (an unsecured
// JWT has none), each of base64url characters (A-Z a-z 0-9 - _, no padding)
// and of a length base64 can have (not 1 modulo 4); and a header whose
// decoded bytes start, after optional JSON white space, with '{' and hold
// an "alg" member name (every JWS and JWE header has one). Base64 of other
// JSON — pagination cursors, state blobs — is not a JWT. Only the first 256
// characters of the header are decoded, into a stack buffer; the payload
// and signature are not decoded.
func jwtOK(tok []byte) bool {
	// One pass: every byte base64url or one of exactly two dots.
	d1, d2 := -1, -1
	for i, c := range tok {
		if base64url[c] {
			continue
		}
		switch {
		case c != '.':
			return false
		case d1 < 0:
			d1 = i
		case d2 < 0:
			d2 = i
		default:
			return false // a third dot: JWE or something else
		}
	}
	if d1 <= 0 || d2 < 0 || d2 == d1+1 {
		return false // no header or no payload
	}
	// A segment of 4k+1 characters is no base64.
	if d1%4 == 1 || (d2-d1-1)%4 == 1 || (len(tok)-d2-1)%4 == 1 {
		return false
	}
	return jwtHeaderOK(tok[:d1])
}

// jwtHeaderOK reports whether a JWT's first segment (base64url, checked by
// the caller) decodes to a JSON object holding an "alg" member name. Only
// its first 256 characters are decoded, into a stack buffer.
func jwtHeaderOK(head []byte) bool {
	src := head
	if len(src) > jwtHeadChars {
		src = src[:jwtHeadChars]
	}
	var buf [jwtHeadChars / 4 * 3]byte
	n, err := base64.RawURLEncoding.Decode(buf[:], src)
	if err != nil {
		return false
	}
	d := buf[:n]
	for i, c := range d {
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case '{':
			return bytes.Contains(d[i:], []byte(`"alg"`))
		}
		return false
	}
	return false
}

// jwtBase64Chars is how much of a base64-wrapped JWT jwtBase64OK decodes:
// 512 characters give 384 bytes of the JWT, its whole header unless that
// holds a long certificate chain.
const jwtBase64Chars = 512

// jwtBase64OK reports whether tok is base64 (standard, or URL-safe when it
// holds '-' or '_'; padding only at the end) of a JSON Web Token: its first
// bytes decode to a base64url header segment that jwtHeaderOK accepts,
// followed by a dot and the start of a payload. Only the first 512
// characters are decoded, into a stack buffer; a header that does not end
// within them is not accepted. Base64 of ordinary JSON or text is not a
// JWT.
func jwtBase64OK(tok []byte) bool {
	for len(tok) > 0 && tok[len(tok)-1] == '=' {
		tok = tok[:len(tok)-1]
	}
	src := tok
	if len(src) > jwtBase64Chars {
		src = src[:jwtBase64Chars]
	}
	src = src[:len(src)-len(src)%4]
	enc := base64.RawStdEncoding
	if bytes.ContainsAny(src, "-_") {
		enc = base64.RawURLEncoding
	}
	var buf [jwtBase64Chars / 4 * 3]byte
	n, err := enc.Decode(buf[:], src)
	if err != nil {
		return false
	}
	d := buf[:n]
	dot := bytes.IndexByte(d, '.')
	if dot < 1 || dot+1 >= len(d) || !base64url[d[dot+1]] {
		return false
	}
	return base64urlSegment(d[:dot]) && jwtHeaderOK(d[:dot])
}

// base64urlSegment reports whether s is unpadded base64url of a length some
// byte string encodes to.
func base64urlSegment(s []byte) bool {
	if len(s)%4 == 1 {
		return false
	}
	for _, c := range s {
		if !base64url[c] {
			return false
		}
	}
	return true
}

var base64url = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['-'], t['_'] = true, true
	return t
}()

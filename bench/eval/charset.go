package eval

import (
	"encoding/base64"
	"strings"
)

const (
	lowerCS  = "abcdefghijklmnopqrstuvwxyz"
	upperCS  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digitCS  = "0123456789"
	alnumCS  = lowerCS + upperCS + digitCS
	ualnumCS = upperCS + digitCS
	lalnumCS = lowerCS + digitCS
	hexCS    = "0123456789abcdef"
	uhexCS   = "0123456789ABCDEF"
	b64CS    = alnumCS + "+/"
	b64urlCS = alnumCS + "-_"
	b32CS    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	bech32CS = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
	punctCS  = `!#$%&*+-.:;<=>?@^_~()[]{}|/,`
	quoteCS  = `'"`
	urlPwCS  = alnumCS + "-._~!*"
)

func (b *B) alnum(n int) string  { return b.str(n, alnumCS) }
func (b *B) hex(n int) string    { return b.str(n, hexCS) }
func (b *B) digits(n int) string { return b.str(1, "123456789") + b.str(n-1, digitCS) }
func (b *B) b64url(n int) string { return b.str(n, b64urlCS) }

// b64 returns n base64 characters (no padding) of random bytes.
func (b *B) b64(n int) string { return b.str(n, b64CS) }

func (b *B) bytes(n int) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(b.r.UintN(256))
	}
	return p
}

func (b *B) uuid() string {
	h := b.hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + b.pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

func std64(s string) string    { return base64.StdEncoding.EncodeToString([]byte(s)) }
func url64(s string) string    { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
func drop(s, cs string) string { return strings.Map(func(r rune) rune { return keep(r, cs) }, s) }

func keep(r rune, cs string) rune {
	if strings.ContainsRune(cs, r) {
		return -1
	}
	return r
}

// password returns a random password with letters, digits and punctuation
// (sometimes a quote), none of b.avoid.
func (b *B) password() string {
	punct := drop(punctCS, b.avoid)
	quotes := drop(quoteCS, b.avoid)
	if b.chance(0.25) {
		// A human-made one: word, digits, punctuation.
		w := b.pick("Summer", "Winter", "Passw0rd", "Welcome", "Dragon", "Monkey", "Tr0ub4dor", "Letmein")
		s := w + b.str(b.n(2, 4), digitCS)
		if punct != "" {
			s += b.str(b.n(1, 2), punct)
		}
		return s
	}
	n := b.n(10, 24)
	cs := alnumCS + punct
	s := []byte(b.str(n, cs))
	if punct != "" {
		s[b.r.IntN(n)] = punct[b.r.IntN(len(punct))]
	}
	if quotes != "" && b.chance(0.2) {
		s[b.r.IntN(n)] = quotes[b.r.IntN(len(quotes))]
	}
	return string(s)
}

// urlPassword returns a password usable in a URL's userinfo unescaped.
func (b *B) urlPassword() string {
	s := []byte(b.str(b.n(10, 28), urlPwCS))
	s[b.r.IntN(len(s))] = "-._~!*"[b.r.IntN(6)]
	return string(s)
}

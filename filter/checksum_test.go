package filter

import (
	"encoding/base64"
	"hash/crc32"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

const base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// refChecksum is an independent, straightforward GitHub/npm checksum: the
// CRC-32 of the random part as a big integer in base 62. math/big writes
// base 62 with the digits 0-9 a-z A-Z; GitHub's order is 0-9 A-Z a-z, so
// swapping the case of the letters converts one into the other.
func refChecksum(random string) string {
	s := strings.Map(swapCase, big.NewInt(int64(crc32.ChecksumIEEE([]byte(random)))).Text(62))
	return strings.Repeat("0", 6-len(s)) + s
}

func randomBase62(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = base62Digits[r.IntN(len(base62Digits))]
	}
	return string(b)
}

func TestCRC32Base62KnownTokens(t *testing.T) {
	// Fake tokens made by a third implementation (base62-token.js), from the
	// test suite of DataDog/dd-sensitive-data-scanner
	// (sds/src/secondary_validation/github_token_checksum.rs). They pin the
	// digit order: with 0-9 a-z A-Z none of them would verify.
	for _, tok := range []string{
		"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",
		"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",
	} {
		if !crc32Base62OK([]byte(tok[:4]), []byte(tok[4:])) {
			t.Errorf("%s: checksum rejected", tok)
		}
		if got, want := refChecksum(tok[4:34]), tok[34:]; got != want {
			t.Errorf("%s: refChecksum = %s, want %s", tok, got, want)
		}
	}
}

func TestCRC32Base62Random(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	prefixes := []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"}
	for i := 0; i < 2000; i++ {
		random := randomBase62(r, 30)
		body := random + refChecksum(random)
		prefix := []byte(prefixes[i%len(prefixes)])
		if !crc32Base62OK(prefix, []byte(body)) {
			t.Fatalf("%s%s: valid checksum rejected", prefix, body)
		}
		// The prefix is not covered by the CRC.
		if !crc32Base62OK(nil, []byte(body)) {
			t.Fatalf("%s: valid checksum rejected without a prefix", body)
		}
		// A CRC detects every single-byte change.
		b := []byte(body)
		j := r.IntN(len(b))
		old := b[j]
		for b[j] == old {
			b[j] = base62Digits[r.IntN(len(base62Digits))]
		}
		if crc32Base62OK(prefix, b) {
			t.Fatalf("%s -> %s: changed byte %d accepted", body, b, j)
		}
		// One character more or less moves the checksum window.
		if crc32Base62OK(prefix, []byte(body[:len(body)-1])) {
			t.Fatalf("%s: accepted one short", body)
		}
		if crc32Base62OK(prefix, []byte(body+"0")) {
			t.Fatalf("%s: accepted one long", body)
		}
	}
}

func TestCRC32Base62LeadingZero(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for found := 0; found < 20; {
		random := randomBase62(r, 30)
		sum := refChecksum(random)
		if sum[0] != '0' {
			continue
		}
		found++
		if !crc32Base62OK(nil, []byte(random+sum)) {
			t.Fatalf("%s%s: zero-padded checksum rejected", random, sum)
		}
		// Without the padding the last 6 bytes include a random character.
		if crc32Base62OK(nil, []byte(random+strings.TrimLeft(sum, "0"))) {
			t.Fatalf("%s%s: unpadded checksum accepted", random, sum)
		}
	}
}

func TestCRC32Base62Malformed(t *testing.T) {
	random := "Ru7ETXPSDbWpwzaj6rgk8r5Ai2z9Is"
	sum := refChecksum(random)
	for _, c := range []struct {
		name string
		body string
	}{
		{"empty", ""},
		{"checksum only", sum},
		{"shorter than a checksum", sum[:5]},
		{"non-base62 checksum byte", random + sum[:5] + "_"},
		{"non-base62 checksum byte", random + "-" + sum[1:]},
		{"checksum over the prefix too", random + refChecksum("ghp_"+random)},
		{"value above 2^32", random + "zzzzzz"},
		{"lower-case digit order", random + strings.Map(swapCase, sum)},
	} {
		if crc32Base62OK([]byte("ghp_"), []byte(c.body)) {
			t.Errorf("%s: %q accepted", c.name, c.body)
		}
	}
	// One random byte is the least the checksum can cover.
	if one := "x" + refChecksum("x"); !crc32Base62OK(nil, []byte(one)) {
		t.Errorf("%q rejected", one)
	}
}

func swapCase(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return r - 'a' + 'A'
	case 'A' <= r && r <= 'Z':
		return r - 'A' + 'a'
	}
	return r
}

// TestDefaultChecksumSamples runs the checksum over the samples of the
// shipped crc32-base62 and jwt rules: every checksummed token verifies,
// except in lines that say "checksum mismatch".
func TestDefaultChecksumSamples(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range set.Rules {
		if r.Kind != rules.KindToken || r.Checksum == rules.ChecksumNone {
			continue
		}
		for _, line := range r.MustRedact {
			want := !strings.Contains(line, "checksum mismatch")
			for _, p := range r.Prefixes {
				for i := strings.Index(line, p); i >= 0; {
					b := i + len(p)
					e := b
					for e < len(line) && r.Alphabet.Contains(line[e]) {
						e++
					}
					if i > 0 && isASCIILetterOrDigit(line[i-1]) {
						i = nextIndex(line, p, i+1)
						continue
					}
					var ok bool
					switch r.Checksum {
					case rules.ChecksumJWT:
						ok = jwtOK([]byte(line[i:e]))
					case rules.ChecksumJWTBase64:
						ok = jwtBase64OK([]byte(line[i:e]))
					default:
						ok = crc32Base62OK([]byte(p), []byte(line[b:e]))
					}
					if ok != want {
						t.Errorf("%s: %q: checksum ok = %v, want %v", r.ID, line[i:e], ok, want)
					}
					n++
					i = nextIndex(line, p, e)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no checksummed sample found in the default rules")
	}
}

// nextIndex returns the index of the first p in s at or after from, or -1.
func nextIndex(s, p string, from int) int {
	if j := strings.Index(s[from:], p); j >= 0 {
		return from + j
	}
	return -1
}

func isASCIILetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func TestJWTOK(t *testing.T) {
	head := b64(`{"alg":"HS256","typ":"JWT"}`)
	payload := b64(`{"sub":"1234567890","name":"x","iat":1516239022}`)
	sig := b64("0123456789abcdef0123456789abcdef")
	long := b64(`{"alg":"RS256","typ":"JWT","kid":"` + strings.Repeat("k", 200) + `"}`)
	for _, c := range []struct {
		tok  string
		want bool
	}{
		{head + "." + payload + "." + sig, true},
		{head + "." + payload + ".", true}, // unsecured JWT: empty signature
		{long + "." + payload + "." + sig, true},
		{b64("\r\n {\"alg\":\"none\"}") + "." + payload + ".", true},
		{"eyJ.e30.", false},                                                   // `{"` and `{}`: no "alg"
		{b64(`{"typ":"JWT"}`) + "." + payload + "." + sig, false},             // no "alg": base64 JSON, not a JWT
		{b64(`{"kid":"k1","alg":"ES256"}`) + "." + payload + "." + sig, true}, // alg after another member
		{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", true},
		{head + "." + payload, false},                         // one dot
		{head + "." + payload + "." + sig + "." + sig, false}, // JWE has four
		{head + ".." + sig, false},                            // empty payload
		{"." + payload + "." + sig, false},                    // empty header
		{b64(`["alg"]`) + "." + payload + "." + sig, false},
		{b64(`alg`) + "." + payload + "." + sig, false},
		{b64("   ") + "." + payload + "." + sig, false}, // only white space
		{head + "=." + payload + "." + sig, false},      // padding
		{head + "." + payload + "+/." + sig, false},     // standard alphabet
		{head + "." + payload + "." + sig + "!", false},
		{head + "." + payload + "." + sig[:5], false}, // impossible length
		{"e." + payload + "." + sig, false},           // impossible length
		{head + ".abcde." + sig, false},               // impossible length
		{"", false},
		{"..", false},
	} {
		if got := jwtOK([]byte(c.tok)); got != c.want {
			t.Errorf("jwtOK(%q) = %v, want %v", c.tok, got, c.want)
		}
	}
}

func TestChecksumAllocs(t *testing.T) {
	random := "Ru7ETXPSDbWpwzaj6rgk8r5Ai2z9Is"
	body := []byte(random + refChecksum(random))
	prefix := []byte("ghp_")
	jwt := []byte(b64(`{"alg":"HS256","typ":"JWT"}`) + "." + b64(`{"sub":"1"}`) + "." + b64("sig"))
	if n := testing.AllocsPerRun(100, func() {
		if !crc32Base62OK(prefix, body) {
			t.Fatal("checksum rejected")
		}
	}); n != 0 {
		t.Errorf("crc32Base62OK: %v allocations per call, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		if !jwtOK(jwt) {
			t.Fatal("jwt rejected")
		}
	}); n != 0 {
		t.Errorf("jwtOK: %v allocations per call, want 0", n)
	}
}

func BenchmarkCRC32Base62(b *testing.B) {
	random := "Ru7ETXPSDbWpwzaj6rgk8r5Ai2z9Is"
	body := []byte(random + refChecksum(random))
	prefix := []byte("ghp_")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if !crc32Base62OK(prefix, body) {
			b.Fatal("checksum rejected")
		}
	}
}

func BenchmarkJWTOK(b *testing.B) {
	tok := []byte("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")
	b.SetBytes(int64(len(tok)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if !jwtOK(tok) {
			b.Fatal("jwt rejected")
		}
	}
}

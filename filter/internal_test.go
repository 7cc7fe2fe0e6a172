package filter

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// TestJSONSpecial8 compares the word-at-a-time test with a byte loop, on
// words built from the bytes around each boundary.
func TestJSONSpecial8(t *testing.T) {
	edge := []byte{0x00, 0x01, 0x1f, 0x20, 0x21, '"', 0x23, 0x5b, '\\', 0x5d, 0x7f, 0x80, 0x81, 0xa2, 0xdc, 0xff}
	rng := rand.New(rand.NewPCG(7, 8))
	var w [8]byte
	for iter := 0; iter < 200000; iter++ {
		for k := range w {
			if rng.IntN(3) == 0 {
				w[k] = byte(rng.IntN(256))
			} else {
				w[k] = edge[rng.IntN(len(edge))]
			}
		}
		want := false
		for _, c := range w {
			want = want || !jsonPlain[c]
		}
		if got := jsonSpecial8(binary.LittleEndian.Uint64(w[:])); got != want {
			t.Fatalf("% x: jsonSpecial8 = %v, want %v", w, got, want)
		}
	}
}

// TestUnescapeMap checks the decoded bytes and the offset map of strings
// mixing runs and escapes: where each decoded byte came from, and where
// its raw bytes end.
func TestUnescapeMap(t *testing.T) {
	raw := []byte(`ab\ncd\u0041\/x\\` + `\ud83d\ude00z\n\t`)
	var m escMap
	dst, ok := unescape(nil, &m, raw, 0, len(raw))
	if !ok || string(dst) != "ab\ncdA/x\\\U0001F600z\n\t" {
		t.Fatalf("unescape = %q, %v", dst, ok)
	}
	wantRaw := []int{0, 1, 2, 4, 5, 6, 12, 14, 15, 17, 17, 17, 17, 29, 30, 32}
	wantEnd := []int{1, 2, 4, 5, 6, 12, 14, 15, 17, 29, 29, 29, 29, 30, 32, 34}
	if len(dst) != len(wantRaw) {
		t.Fatalf("decoded %d bytes, want %d", len(dst), len(wantRaw))
	}
	for x := range dst {
		if r, e := m.raw(x), m.rawEnd(x); r != wantRaw[x] || e != wantEnd[x] {
			t.Errorf("byte %d (%q): raw %d..%d, want %d..%d", x, dst[x], r, e, wantRaw[x], wantEnd[x])
		}
	}
	// Runs and two-character escapes share segments: fewer than bytes.
	if len(m.segs) >= len(dst) {
		t.Errorf("%d segments for %d bytes", len(m.segs), len(dst))
	}
}

// TestEntropy compares entropy with the textbook sum -Σ p·log2(p) on random
// strings, exactly at powers of two and within 1e-9 elsewhere.
func TestEntropy(t *testing.T) {
	ref := func(b []byte) float64 {
		var counts [256]int
		for _, c := range b {
			counts[c]++
		}
		h := 0.0
		for _, c := range counts {
			if c > 0 {
				p := float64(c) / float64(len(b))
				h -= p * math.Log2(p)
			}
		}
		return h
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for iter := 0; iter < 20000; iter++ {
		b := make([]byte, 1+rng.IntN(600))
		k := 1 + rng.IntN(80)
		for i := range b {
			b[i] = byte(rng.IntN(k))
		}
		if got, want := entropy(b), ref(b); math.Abs(got-want) > 1e-9 {
			t.Fatalf("entropy of %d bytes over %d values = %v, want %v", len(b), k, got, want)
		}
	}
	for _, tc := range []struct {
		s    string
		want float64
	}{{"abcdefgh", 3}, {"aabbccddeeffgghh", 3}, {"abababab", 1}, {"aaaa", 0}} {
		if got := entropy([]byte(tc.s)); got != tc.want {
			t.Errorf("entropy(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

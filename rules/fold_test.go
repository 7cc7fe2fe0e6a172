package rules

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestContainsFold compares containsFold with lower-casing and
// bytes.Contains on random short strings over a small alphabet.
func TestContainsFold(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	alpha := []byte("exampleEXAMPLE_x1")
	for iter := 0; iter < 50000; iter++ {
		s := make([]byte, rng.IntN(24))
		for i := range s {
			s[i] = alpha[rng.IntN(len(alpha))]
		}
		w := make([]byte, 1+rng.IntN(4))
		for i := range w {
			w[i] = "exampl1_"[rng.IntN(8)]
		}
		want := bytes.Contains(bytes.ToLower(s), w)
		if got := containsFold(s, string(w)); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
}

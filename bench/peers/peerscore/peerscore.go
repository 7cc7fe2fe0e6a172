// Package peerscore holds what the peer runners (bench/peers/gitleaks,
// bench/peers/trufflehog) share to judge whether a sample's secret survived
// logscrub.
package peerscore

import (
	"math"
	"strings"
)

// LongestRandomToken returns the longest run of token bytes
// ([A-Za-z0-9+=_.~-]; '/' splits, so that a URL path is not one token) that
// looks random: letters and digits both, or 16+ bytes above 3.5 bits of
// entropy per byte; "" when there is none.
func LongestRandomToken(line string) string {
	best := ""
	for _, t := range strings.FieldsFunc(line, func(r rune) bool { return !tokenRune(r) }) {
		t = strings.Trim(t, ".=-_")
		if len(t) > len(best) && randomLooking(t) {
			best = t
		}
	}
	return best
}

func tokenRune(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("+=_.~-", r)
}

func randomLooking(t string) bool {
	if len(t) < 8 {
		return false
	}
	letters, digits := false, false
	for _, c := range t {
		letters = letters || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		digits = digits || '0' <= c && c <= '9'
	}
	return letters && digits || len(t) >= 16 && entropy(t) >= 3.5
}

func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

// Package automaton compares the anchor matcher (filter/anchor) with the
// Aho–Corasick libraries a Go project could take instead:
// github.com/BobuSumisu/aho-corasick (used by gitleaks and TruffleHog),
// github.com/petar-dambovaliev/aho-corasick and github.com/coregx/ahocorasick.
// It has no API; everything is in automaton_test.go and the numbers are in
// RESULTS.md. It is a module of its own, so that the three libraries are
// not dependencies of logscrub's; from the repository root:
//
//	(cd bench/automaton && go test -run XXX -bench . -benchtime 2s -count 3)
//	(cd bench/automaton && go test .)
package automaton

// Package filter is logscrub's hot path: it splits a stream into lines,
// finds anchors, checks rules at each hit and writes the lines back with
// every secret replaced.
//
// The data flow of one stream:
//
//	reader → block of complete lines → anchor scan (package anchor)
//	       → per line with a hit: JSON walk or text scan → spans → writer
//
// A *Scrubber is compiled once from a *rules.Set (New) and is read-only: any
// number of goroutines may use it. Each input stream gets its own *Stream
// (Scrubber.NewStream), which owns all scratch memory, the state that
// crosses lines (a private key block in progress) and its Stats; a Stream is
// used by one goroutine at a time. Nothing in the package is global: counts
// live in each Stream, to be read and exported by the caller.
//
// Steady-state scrubbing allocates nothing per line (TestZeroAllocsPerLine);
// a line longer than the read buffer is gathered in a scratch buffer that is
// dropped again when it grew past 1 MiB. Regex rules (user and gitleaks
// rules) allocate in the regexp package.
//
// Nothing here logs, and no error carries line content: errors are about
// reading and writing (IOError) or configuration (New).
package filter

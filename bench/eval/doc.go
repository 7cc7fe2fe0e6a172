// Package eval builds and measures logscrub's labelled evaluation set
// (testdata/eval): a log in which a secret of every format of a rule set is
// planted in every context where that format can occur — flat and nested
// JSON, JSON escapes, mixed-case keys, logfmt, header dumps, curl commands,
// access-log URLs, stack traces, environment dumps, CRLF lines, very long
// lines, invalid UTF-8, multi-line PEM blocks — among realistic clean lines
// full of decoys, with the truth (every secret and every decoy, by line)
// kept beside it.
//
// [Generate] derives the formats from the rules it is given, not from a
// list of its own: a token rule yields tokens of its prefixes, alphabet,
// lengths, entropy and checksum; a key rule yields values under its names
// (or, for a generic rule, under keys made of its words); the detectors yield
// URLs with passwords, curl -u commands and PEM private keys. The same rules
// and seed always give byte-identical output (randomness comes only from a
// math/rand/v2 PCG source, read through its raw Uint64).
//
// [Measure] scrubs the log and scores it: a planted secret is leaked when
// any 12-byte piece of it (a public prefix such as "ghp_" alone does not
// count) survives in its line; a decoy is changed when its text occurs fewer
// times in its output line than in its input line; a line without a planted
// secret must come out unchanged.
//
// Generate, Measure and Score share no state: any number may run at once.
// None of this is a hot path; it allocates freely.
package eval

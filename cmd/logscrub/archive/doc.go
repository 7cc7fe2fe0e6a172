// Package archive opens logscrub's inputs, plain or compressed, writes
// compressed output, and rewrites files in place.
//
// # Reading
//
// [Open] opens a file, or standard input for "-", and decompresses it when
// its first bytes are a gzip (1f 8b) or zstd (28 b5 2f fd) magic number,
// whatever its name says. Anything else is read as it is. Concatenated gzip
// members are read as one stream; a truncated stream, a corrupt one, or
// bytes after the last member or frame are a [*FormatError].
//
// Decompression is bounded against hostile input. After every Read of a
// compressed input,
//
//	decompressed bytes ≤ MaxRatio × (compressed bytes read + 1 MiB)
//
// must hold, where MaxRatio is [Limits].MaxRatio ([DefaultMaxRatio], 1000,
// when zero). The 1 MiB of slack lets small, highly compressible files
// through. Past the bound, Read returns a [*FormatError] wrapping
// [ErrExpansion]. The zstd decoder's memory is capped at [Limits].MaxWindow
// ([DefaultMaxWindow], 256 MiB, when zero); a frame that needs a larger
// window is a [*FormatError].
//
// # Writing
//
// [NewWriter] compresses to a writer with gzip or zstd. [ScrubInPlace]
// rewrites a file through a scrub function: the result goes to a temporary
// file beside it, which is synced and renamed over the original only when
// the scrub changed something, so that the original is either untouched or
// wholly replaced. Temporary files left by a killed run are removed by the
// next run on the same path, or by [CleanStale].
//
// # Errors
//
// Errors start with the name of the file they concern and hold names,
// offsets and sizes only, never file content: log lines may hold secrets.
package archive

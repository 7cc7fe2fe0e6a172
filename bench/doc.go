// Package bench holds logscrub's end-to-end benchmarks, the corpus they run
// on and the naive baseline they are compared with. It has no API of its own.
//
//   - corpus (bench/corpus) generates a deterministic mixed log corpus — 45%
//     JSON, 55% text, about 2% of lines carrying a planted secret, many
//     decoys — and records every planted secret, so tests can measure recall.
//     Real lines from ../shared/corpus/loghub (relative to the repository
//     root) join the text background when that folder exists.
//   - baseline (bench/baseline) is the obvious regexp scrubber: one
//     regexp.ReplaceAll per secret kind on every line.
//   - gencorpus writes a corpus file; baselinecmd runs the baseline as a
//     filter; ratio.sh times cat, logscrub and the baseline on the same file.
//
// The benchmarks scrub whole inputs reader to writer (16 MiB each, generated
// once per process) for the shapes mixed, loghub, json-only, text-only and
// no-secret, and report MB/s and allocations; on mixed they also report the
// share of planted secrets removed and of decoys kept, and on loghub the
// share of (credential-free) lines changed.
// From the repository root:
//
//	go test ./bench -bench . -benchmem
//	go test ./bench -run XXX -bench 'Logscrub' -count 10 | tee new.txt   # compare with benchstat
//	bash bench/ratio.sh            # 256 MiB, one core: cat vs logscrub vs baseline
//	bash bench/ratio.sh 64MiB
//	go run ./bench/gencorpus -size 1GiB -seed 7 -o /tmp/corpus.log
package bench

// Package eval is logscrub's independent detection evaluation.
//
// It generates labelled log lines (every planted secret and every planted
// harmless value is recorded with its exact bytes), pipes them through the
// logscrub binary as a black box (`logscrub --format auto`, stdin to
// stdout) and scores what came out: recall of secrets, harmless values
// destroyed, clean lines changed, and line count / line ending integrity.
//
// # Independence
//
// The secret formats (formats.go) were written from the vendors' public
// documentation and general knowledge of the token shapes, not from the
// project's rules or filter code, and the package imports neither
// github.com/logscrub/logscrub/rules nor .../filter (TestIndependence
// checks the dependency graph). logscrub is only built and executed.
//
// # Dev and held-out
//
// The corpus has two disjoint parts:
//
//   - dev (contexts_dev.go, seed DevSeed) is meant to be looked at while
//     the scrubber is being improved;
//   - held-out (contexts_heldout.go, seed HeldOutSeed) should only be run
//     to measure, never to tune against.
//
// The split is by construction: every context has one template set for
// dev and a separate one for held-out, written as different shapes of the
// same kind of log (for example Kubernetes env lists as pod JSON in dev
// and as Deployment YAML flow style and value-before-name ordering in
// held-out; morgan "combined" in dev and morgan "dev" format with bodies
// in held-out). No template function is shared. The key-name vocabulary
// is also split: each secret format and harmless kind has one list of
// key names for dev and another for held-out (for example GITHUB_TOKEN in
// dev, GH_PAT or GITHUB_ACCESS_TOKEN in held-out; password vs passwd/pwd),
// and the surrounding vocabularies (hosts, users, paths) differ. The
// seeds differ too. Value generators (the token shapes themselves) are
// shared, because a format is a format.
//
// # Scoring
//
// A secret is removed when the output line contains neither the secret
// nor any 12-byte window of it that does not also occur in the input
// line's non-secret bytes (secrets shorter than 12 bytes: the whole
// secret). A harmless value is destroyed when it no longer occurs intact
// in the output line. A clean line (no secret planted) is changed when
// output differs from input. N lines in must give N lines out with the
// same line endings; anything else is a hard failure.
//
// Leaked secrets are never printed: reports show the format, context and
// a masked preview (first 4 bytes and the length).
//
// # Files
//
//   - formats.go, charset.go: the secret formats (about 100) and their
//     value generators; harmless.go: the harmless kinds.
//   - contexts.go: the context list and shape-neutral helpers;
//     contexts_dev.go and contexts_heldout.go: the two template sets.
//   - gen.go, style.go: the seeded generator (math/rand/v2 PCG) and key
//     name styles; score.go, report.go: scoring and the markdown report;
//     run.go: building and running logscrub.
//   - bounds.go, bounds_measured.go: the project's targets and the
//     regression bounds (overall, per format, context and harmless kind).
//
// # Running
//
//	go test ./bench/eval/                          # bounds (regression)
//	LOGSCRUB_EVAL_STRICT=1 go test ./bench/eval/   # the project's targets
//	LOGSCRUB_EVAL_REPORT=/tmp/eval.md go test ./bench/eval/
//	go run ./bench/eval/cmd/evalreport -part both [-bin PATH] [-write DIR]
//
// The regression bounds are what was measured when they were set, minus
// (plus, for ceilings) a small margin; when detection improves, regenerate
// them with
//
//	go run ./bench/eval/cmd/evalreport -bounds bench/eval/bounds_measured.go
//
// and review the diff: a bound that goes down is a regression accepted.
package eval

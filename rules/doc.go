// Package rules turns TOML rule files into an immutable, compiled rule set.
//
// A rule file has a global section (default redaction style and template,
// a global allowlist, a list of rule ids to disable), any number of [[keys]]
// tables (groups of sensitive key names whose values are secrets) and any
// number of [[rules]] tables (key-shaped secrets: a literal prefix, the
// alphabet and length of the body, an optional checksum, minimum entropy or
// bounded regex). The schema is documented in the repository README and by
// the embedded default set, default.toml.
//
// Loading is two steps: strict decoding into a plain mirror of the file
// (unknown keys are errors), then validation and compilation into a *Set.
// Every error names the file, the line and the rule id. A *Set is read-only
// after Load returns and may be shared by any number of goroutines.
//
// The embedded defaults skip the first step at run time: default_decoded.go
// holds default.toml already decoded (and its line table), which cuts about
// 12 ms off every start. It is generated, and TestDefaultDecoded fails when
// it is stale; after editing default.toml run
//
//	go test ./rules -run TestDefaultDecoded -update
package rules

// Command geneval writes logscrub's labelled evaluation set: eval.log and
// truth.json in testdata/eval (run it from the repository root), generated
// from the embedded default rules with a fixed seed. Regenerate after any
// change to rules/default.toml or to bench/eval; `go test ./bench/eval`
// fails until the committed files match.
//
//	go run ./bench/eval/geneval              # write testdata/eval/{eval.log,truth.json}
//	go run ./bench/eval/geneval -report      # scrub the committed files, print markdown tables
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/logscrub/logscrub/bench/eval"
	"github.com/logscrub/logscrub/rules"
)

func main() {
	dir := flag.String("dir", filepath.Join("testdata", "eval"), "directory of eval.log and truth.json")
	seed := flag.Uint64("seed", eval.DefaultSeed, "generator seed")
	report := flag.Bool("report", false, "do not generate: scrub the files in -dir with the default rules and print the recall and collateral tables as markdown")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "geneval: no arguments expected")
		os.Exit(2)
	}
	var err error
	if *report {
		err = runReport(*dir)
	} else {
		err = run(*dir, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "geneval:", err)
		os.Exit(1)
	}
}

func run(dir string, seed uint64) error {
	set, err := rules.Default()
	if err != nil {
		return err
	}
	log, truth, err := eval.Generate(set, seed)
	if err != nil {
		return err
	}
	tj, err := eval.MarshalTruth(truth)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "eval.log"), log, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "truth.json"), tj, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "geneval: %s: %d lines, %d bytes, %d secrets of %d rules (%d skipped), %d decoys\n",
		dir, truth.Lines, truth.Bytes, len(truth.Secrets), len(truth.Rules), len(truth.Skipped), len(truth.Decoys))
	return nil
}

func runReport(dir string) error {
	set, err := rules.Default()
	if err != nil {
		return err
	}
	log, err := os.ReadFile(filepath.Join(dir, "eval.log"))
	if err != nil {
		return err
	}
	tj, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return err
	}
	truth, err := eval.UnmarshalTruth(tj)
	if err != nil {
		return err
	}
	res, err := eval.Measure(set, log, truth)
	if err != nil {
		return err
	}
	return res.WriteMarkdown(os.Stdout, eval.RuleKinds(set))
}

// Command evalreport runs logscrub's independent detection evaluation
// (package bench/eval) and prints its markdown report.
//
//	go run ./bench/eval/cmd/evalreport [-part dev|heldout|both] [-bin PATH] [-write DIR] [-bounds FILE]
//
// Without -bin it builds ./cmd/logscrub from the module root. -write DIR
// also writes each part's corpus with its truth as DIR/<part>.jsonl (one
// eval.Line a line) and the corpus itself as DIR/<part>.log.
// -bounds FILE writes the regression bounds measured now as Go source
// (bench/eval/bounds_measured.go is made that way, with -part both).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"

	"github.com/logscrub/logscrub/bench/eval"
)

func main() {
	part := flag.String("part", "both", "dev, heldout or both")
	bin := flag.String("bin", "", "logscrub binary (default: build ./cmd/logscrub)")
	write := flag.String("write", "", "write the corpora with their truth as JSONL into `DIR`")
	n := flag.Int("n", 0, "lines per part (default: the part's standard size)")
	bounds := flag.String("bounds", "", "write the measured regression bounds as Go source to `FILE`")
	flag.Parse()
	if err := run(*part, *bin, *write, *bounds, *n); err != nil {
		fmt.Fprintln(os.Stderr, "evalreport:", err)
		os.Exit(1)
	}
}

func run(part, bin, write, bounds string, n int) error {
	var parts []eval.Part
	switch part {
	case "dev":
		parts = []eval.Part{eval.Dev}
	case "heldout":
		parts = []eval.Part{eval.HeldOut}
	case "both":
		parts = []eval.Part{eval.Dev, eval.HeldOut}
	default:
		return fmt.Errorf("-part %q: want dev, heldout or both", part)
	}
	if bin == "" {
		root, err := eval.ModuleRoot(".")
		if err != nil {
			return err
		}
		tmp, err := os.MkdirTemp("", "evalreport")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if bin, err = eval.Build(root, tmp); err != nil {
			return err
		}
	}
	var rs []*eval.Result
	for _, p := range parts {
		size := p.Size()
		if n > 0 {
			size = n
		}
		r, lines, err := eval.Evaluate(p, size, p.Seed(), eval.Binary(bin))
		if err != nil {
			return err
		}
		if write != "" {
			if err := writeJSONL(filepath.Join(write, p.String()+".jsonl"), lines); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(write, p.String()+".log"), eval.Corpus(lines), 0o644); err != nil {
				return err
			}
		}
		rs = append(rs, r)
	}
	fmt.Print(eval.Report(rs...))
	if bounds != "" {
		var buf bytes.Buffer
		eval.WriteRegression(&buf, rs...)
		src, err := format.Source(buf.Bytes())
		if err != nil {
			return err
		}
		return os.WriteFile(bounds, src, 0o644)
	}
	return nil
}

func writeJSONL(path string, lines []eval.Line) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for i := range lines {
		if err := enc.Encode(&lines[i]); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

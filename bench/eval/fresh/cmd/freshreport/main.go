// Command freshreport generates the fresh evaluation corpus and scores a
// scrubber binary on it.
//
//	go run ./bench/eval/fresh/cmd/freshreport [-bin PATH] [-half a|b|c|d|both|all] [-n N] [-seed S] [-write DIR] [-corpus DIR] [-top K]
//
// Without -bin it builds ./cmd/logscrub from the module root (found by
// walking up from the working directory to go.mod) into a temporary
// directory. -corpus DIR only writes the corpus (a.log, a.labels.jsonl,
// b.log, b.labels.jsonl; c.* and d.* for halves c and d) and runs nothing.
// "both" means halves a and b (development and held-out); "all" adds the
// second and third development halves c and d.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/logscrub/logscrub/bench/eval/fresh"
)

func main() {
	bin := flag.String("bin", "", "scrubber binary (default: build ./cmd/logscrub from the module root)")
	half := flag.String("half", "both", "half to run: a, b, c, d, both (a and b) or all (a, b, c and d)")
	n := flag.Int("n", 40000, "lines per half")
	seed := flag.Uint64("seed", 0, "seed for half a (half b uses seed+1, half c seed+2, half d seed+3); 0 = the built-in seeds")
	write := flag.String("write", "", "write DIR/<half>/{leaked,destroyed,changed,report}.txt")
	corpus := flag.String("corpus", "", "only write the corpus files into DIR")
	top := flag.Int("top", 10, "rows per table on stdout (0 = all)")
	flag.Parse()

	var halves []string
	switch *half {
	case "a", "b", "c", "d":
		halves = []string{*half}
	case "both":
		halves = []string{fresh.HalfA, fresh.HalfB}
	case "all":
		halves = []string{fresh.HalfA, fresh.HalfB, fresh.HalfC, fresh.HalfD}
	default:
		fail(fmt.Errorf("-half must be a, b, c, d, both or all, not %q", *half))
	}
	seedOf := func(h string) uint64 {
		if *seed == 0 {
			return fresh.SeedOf(h)
		}
		switch h {
		case fresh.HalfA:
			return *seed
		case fresh.HalfB:
			return *seed + 1
		case fresh.HalfD:
			return *seed + 3
		}
		return *seed + 2
	}

	if *corpus != "" {
		for _, h := range halves {
			lines := fresh.Generate(h, seedOf(h), *n)
			if err := fresh.WriteCorpus(*corpus, h, lines); err != nil {
				fail(err)
			}
			fmt.Printf("wrote %s/%s.log and %s.labels.jsonl (%d lines)\n", *corpus, h, h, len(lines))
		}
		return
	}

	cleanup := func() {}
	if *bin == "" {
		b, c, err := build()
		if err != nil {
			fail(err)
		}
		cleanup = c
		*bin = b
	}
	scrub := fresh.BinaryScrubber(*bin)
	code := 0
	for _, h := range halves {
		lines := fresh.Generate(h, seedOf(h), *n)
		r, err := fresh.Run(h, lines, scrub)
		if err != nil {
			fmt.Fprintln(os.Stderr, "freshreport:", err)
			code = 1
			continue
		}
		fresh.Report(os.Stdout, r, *top)
		if *write != "" {
			if err := fresh.WriteFindings(filepath.Join(*write, h), r); err != nil {
				fmt.Fprintln(os.Stderr, "freshreport:", err)
				code = 1
			}
		}
	}
	cleanup()
	os.Exit(code)
}

func build() (string, func(), error) {
	root, err := moduleRoot()
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "freshreport-")
	if err != nil {
		return "", nil, err
	}
	out := filepath.Join(dir, "logscrub")
	cmd := exec.Command("go", "build", "-o", out, "./cmd/logscrub")
	cmd.Dir = root
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("building logscrub in %s: %w", root, err)
	}
	return out, func() { os.RemoveAll(dir) }, nil
}

func moduleRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", errors.New("no go.mod above the working directory; pass -bin")
		}
		d = p
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "freshreport:", err)
	os.Exit(2)
}

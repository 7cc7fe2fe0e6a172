// Command gencorpus writes the deterministic benchmark corpus of package
// github.com/logscrub/logscrub/bench/corpus to a file or stdout.
//
//	go run ./bench/gencorpus -size 256MiB -seed 1 -o /tmp/corpus.log
//
// Run it from the repository root so that the default -loghub folder
// (../shared/corpus/loghub) is found; when that folder is absent the corpus
// is built from templates only and a note goes to stderr.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/logscrub/logscrub/bench/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fl.SetOutput(stderr)
	size := sizeFlag(64 << 20)
	fl.Var(&size, "size", "approximate output size: bytes or with a suffix K, M, G, KiB, MiB, GiB (binary) or KB, MB, GB (decimal)")
	seed := fl.Uint64("seed", 1, "random seed; the same seed and flags give byte-identical output")
	out := fl.String("o", "", "output file (default stdout)")
	shape := fl.String("shape", "mixed", "line mix: mixed, json-only, text-only or realistic")
	noSecrets := fl.Bool("no-secrets", false, "plant no secrets")
	loghub := fl.String("loghub", "../shared/corpus/loghub", "folder of real *.log background lines; empty for templates only")
	truthFile := fl.String("truth", "", "also write the planted secrets (and decoys with -decoys) as JSON to this file")
	decoys := fl.Bool("decoys", false, "record decoys in the -truth file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", fl.Args())
	}

	opt := corpus.Options{NoSecrets: *noSecrets, RecordDecoys: *decoys && *truthFile != ""}
	switch *shape {
	case "mixed":
		opt.Shape = corpus.Mixed
	case "json-only":
		opt.Shape = corpus.JSONOnly
	case "text-only":
		opt.Shape = corpus.TextOnly
	case "realistic":
		opt.Shape = corpus.Realistic
	default:
		return fmt.Errorf("unknown -shape %q", *shape)
	}
	if *loghub != "" {
		bg, err := corpus.LoadBackground(*loghub)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(stderr, "gencorpus: no loghub lines in %s, using built-in templates\n", *loghub)
		case err != nil:
			return err
		default:
			opt.Background = bg
		}
	}

	w := stdout
	var f *os.File
	if *out != "" && *out != "-" {
		var err error
		if f, err = os.Create(*out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	truth, err := opt.Generate(w, int64(size), *seed)
	if err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
	}
	if *truthFile != "" {
		if err := writeTruth(*truthFile, &truth); err != nil {
			return err
		}
	}
	return nil
}

func writeTruth(name string, t *corpus.Truth) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", " ")
	if err := enc.Encode(t); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// sizeFlag is a byte count that accepts unit suffixes.
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

var units = []struct {
	suffix string
	mult   int64
}{
	// Longest suffixes first.
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30},
	{"B", 1},
}

// parseSize parses "1048576", "64MiB", "256M", "1GB" and the like.
func parseSize(v string) (int64, error) {
	num, mult := strings.TrimSpace(v), int64(1)
	for _, u := range units {
		if len(num) > len(u.suffix) && strings.EqualFold(num[len(num)-len(u.suffix):], u.suffix) {
			num, mult = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("invalid size %q", v)
	}
	return n * mult, nil
}

// Command compare scores one tool's run for bench/compare.sh: the share of
// the secrets gencorpus planted (its -truth file) that a scrubber removed
// from its output, or that a detector reported (gitleaks' JSON report).
//
//	compare -truth truth.json -out scrubbed.log
//	compare -truth truth.json -gitleaks report.json
//
// It prints "N M": secrets removed (or found) and secrets planted. A
// secret is removed when its value no longer appears in its line of the
// output (which must have as many lines as the input); found when a
// finding on its line holds its value, or a part of it of 8 bytes or more.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/logscrub/logscrub/bench/corpus"
)

func main() {
	truthPath := flag.String("truth", "", "gencorpus -truth file")
	outPath := flag.String("out", "", "a scrubber's output")
	glPath := flag.String("gitleaks", "", "gitleaks' JSON report")
	flag.Parse()
	var truth corpus.Truth
	if err := readJSON(*truthPath, &truth); err != nil {
		fail(err)
	}
	var got int
	var err error
	switch {
	case *outPath != "":
		got, err = removed(&truth, *outPath)
	case *glPath != "":
		got, err = found(&truth, *glPath)
	default:
		err = fmt.Errorf("-out or -gitleaks is needed")
	}
	if err != nil {
		fail(err)
	}
	fmt.Println(got, len(truth.Secrets))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(1)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func removed(t *corpus.Truth, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	n, line, k := 0, 0, 0
	for sc.Scan() {
		line++
		for k < len(t.Secrets) && t.Secrets[k].Line == line {
			if !strings.Contains(sc.Text(), t.Secrets[k].Value) {
				n++
			}
			k++
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	if line != t.Lines {
		return 0, fmt.Errorf("%s: %d lines, the input had %d", path, line, t.Lines)
	}
	return n, nil
}

type finding struct {
	StartLine int
	Secret    string
	Match     string
}

func found(t *corpus.Truth, path string) (int, error) {
	var fs []finding
	if err := readJSON(path, &fs); err != nil {
		return 0, err
	}
	byLine := map[int][]finding{}
	for _, f := range fs {
		byLine[f.StartLine] = append(byLine[f.StartLine], f)
	}
	n := 0
	for _, s := range t.Secrets {
		if hit(byLine[s.Line], s.Value) {
			n++
		}
	}
	return n, nil
}

func hit(fs []finding, v string) bool {
	for _, f := range fs {
		for _, x := range []string{f.Secret, f.Match} {
			if x != "" && (strings.Contains(x, v) || len(x) >= 8 && strings.Contains(v, x)) {
				return true
			}
		}
	}
	return false
}

// Command gitleaks measures logscrub against gitleaks' own true-positive
// samples: it reads the sample strings of every rule in a gitleaks source
// tree (cmd/generate/config/rules/*.go, with go/ast; nothing of gitleaks is
// compiled or imported), runs the single-line ones through a logscrub binary
// and prints, per gitleaks rule, how many samples lost their secret.
//
// A sample counts as removed when its line changed and its secret no longer
// appears in it. The secret is the one the sample helper was given when the
// sample was built by one (GenerateSampleSecret(s)); for a literal sample it
// is approximated by the longest random-looking token of the line.
//
// tps.sh in this directory fetches the gitleaks source and runs this; see
// rules/COVERAGE.md.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"github.com/logscrub/logscrub/bench/peers/peerscore"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	src := flag.String("src", "", "root of a gitleaks v8 source tree")
	bin := flag.String("bin", "", "logscrub binary")
	verbose := flag.Bool("v", false, "print every sample whose secret survived")
	table := flag.Bool("table", false, "print a Markdown row per gitleaks rule: the logscrub rules that redacted its samples")
	flag.Parse()
	if *src == "" || *bin == "" {
		fmt.Fprintln(os.Stderr, "usage: gitleaks -src GITLEAKS_SOURCE -bin LOGSCRUB [-v]")
		os.Exit(2)
	}
	if err := run(*src, *bin, *verbose, *table); err != nil {
		fmt.Fprintln(os.Stderr, "gitleaks:", err)
		os.Exit(1)
	}
}

func run(src, bin string, verbose, table bool) error {
	config := filepath.Join(src, "cmd", "generate", "config")
	x, err := newExtractor(config)
	if err != nil {
		return err
	}
	rules, err := x.extractDir(filepath.Join(config, "rules"))
	if err != nil {
		return err
	}
	var lines []string
	for _, r := range rules {
		for _, s := range r.samples {
			if singleLine(s.line) {
				lines = append(lines, s.line)
			}
		}
	}
	out, err := scrub(bin, lines)
	if err != nil {
		return err
	}
	total, removed, multi := 0, 0, 0
	makeN, makeOK := 0, 0 // samples with a Makefile ::= or :::= assignment
	k := 0
	var missed, noSamples, rows []string
	fmt.Printf("%-48s %7s %7s\n", "gitleaks rule", "samples", "removed")
	for _, r := range rules {
		n, ok := 0, 0
		by := map[string]int{}
		for _, s := range r.samples {
			if !singleLine(s.line) {
				multi++
				continue
			}
			n++
			gone := removedSecret(s, out[k])
			if strings.Contains(s.line, "::=") {
				makeN++
				if gone {
					makeOK++
				}
			}
			for _, m := range redactedRE.FindAllStringSubmatch(out[k], -1) {
				by[m[1]]++
			}
			if gone {
				ok++
			} else {
				missed = append(missed, fmt.Sprintf("%s: %q -> %q", r.id, s.line, out[k]))
			}
			k++
		}
		total += n
		removed += ok
		if n == 0 {
			why := r.problem
			if why == "" {
				why = "only multi-line samples"
			}
			noSamples = append(noSamples, fmt.Sprintf("%s (%s)", r.id, why))
			continue
		}
		rows = append(rows, fmt.Sprintf("| %s | %s | %d/%d |", r.id, ranked(by), ok, n))
		mark := ""
		if ok < n {
			mark = "  <"
		}
		fmt.Printf("%-48s %7d %7d%s\n", r.id, n, ok, mark)
	}
	fmt.Printf("\nrules: %d; with single-line samples: %d\n", len(rules), len(rules)-len(noSamples))
	fmt.Printf("single-line samples: %d; secret removed: %d (%.1f%%); multi-line samples left out: %d\n",
		total, removed, 100*float64(removed)/math.Max(1, float64(total)), multi)
	if makeN > 0 {
		fmt.Printf("of them with a Makefile ::= or :::= assignment: %d, removed %d; without them: %d, removed %d (%.1f%%)\n",
			makeN, makeOK, total-makeN, removed-makeOK, 100*float64(removed-makeOK)/math.Max(1, float64(total-makeN)))
	}
	if len(noSamples) > 0 {
		fmt.Printf("\nno single-line samples extracted:\n  %s\n", strings.Join(noSamples, "\n  "))
	}
	if table {
		fmt.Printf("\n| gitleaks rule | logscrub rules that redacted its samples | removed |\n| --- | --- | --- |\n%s\n", strings.Join(rows, "\n"))
	}
	if verbose && len(missed) > 0 {
		fmt.Printf("\nsurvived:\n  %s\n", strings.Join(missed, "\n  "))
	}
	return nil
}

var redactedRE = regexp.MustCompile(`\[REDACTED:([a-z0-9._-]+)`)

// ranked lists the rule ids of counts, most frequent first.
func ranked(counts map[string]int) string {
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if counts[ids[i]] != counts[ids[j]] {
			return counts[ids[i]] > counts[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) == 0 {
		return "-"
	}
	return strings.Join(ids, ", ")
}

func singleLine(s string) bool { return !strings.ContainsAny(s, "\r\n") }

// scrub runs the lines through the binary and returns the output lines.
// Lines that open a PEM block are scrubbed one at a time, so that a block
// left open cannot swallow the samples after it.
func scrub(bin string, lines []string) ([]string, error) {
	out := make([]string, len(lines))
	var batch []int
	for i, l := range lines {
		if strings.Contains(l, "-----BEGIN") {
			o, err := runBin(bin, []string{l})
			if err != nil {
				return nil, err
			}
			out[i] = o[0]
			continue
		}
		batch = append(batch, i)
	}
	in := make([]string, len(batch))
	for j, i := range batch {
		in[j] = lines[i]
	}
	o, err := runBin(bin, in)
	if err != nil {
		return nil, err
	}
	for j, i := range batch {
		out[i] = o[j]
	}
	return out, nil
}

func runBin(bin string, lines []string) ([]string, error) {
	var in bytes.Buffer
	for _, l := range lines {
		in.WriteString(l)
		in.WriteByte('\n')
	}
	cmd := exec.Command(bin, "--format", "auto")
	cmd.Stdin = &in
	cmd.Stderr = os.Stderr
	o, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", bin, err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(o))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if len(out) != len(lines) {
		return nil, fmt.Errorf("%s: %d lines in, %d out", bin, len(lines), len(out))
	}
	return out, nil
}

// removedSecret reports whether the sample's secret is gone from out.
func removedSecret(s sample, out string) bool {
	if out == s.line {
		return false
	}
	secret := s.secret
	if secret == "" {
		secret = peerscore.LongestRandomToken(s.line)
	}
	// No random-looking token (a password such as P@ssw0rd$1 splits into
	// short pieces): the changed line is all there is to go by.
	return secret == "" || !strings.Contains(out, secret)
}

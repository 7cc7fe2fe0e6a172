// Command trufflehog measures logscrub against the test fixtures of
// trufflehog's detectors: it reads the table cases of every detector's unit
// tests in a trufflehog v3 source tree (pkg/detectors/<name>/<name>_test.go,
// with go/ast; nothing of trufflehog is compiled or imported), runs the
// inputs of the positive cases (those that expect a secret) through a
// logscrub binary and prints, per detector, how many lost their secret.
//
// A case's input is split into lines and scrubbed as one stream; a
// multi-line input stays one sample. Its secret counts as removed when no
// expected string survives in the sample's output lines:
//
//   - an expected string survives when it appears in the output whole or,
//     for one of 16 bytes or more, when any 12-byte window of it does;
//   - an expected string that contains ':' or '|' is taken for a composite
//     of parts that the detector joined (id:secret, key|url); only its
//     longest piece, split at ':' and '|', is looked for, in the same way;
//   - an expected string (or longest piece) that is not in the input at all,
//     not even as a 12-byte window (the detector normalised or decoded it),
//     cannot be looked for and is ignored; a sample with no expected string
//     left is not scored and is counted apart.
//
// That rule is strict: trufflehog expects whole matches (a URL with its
// host, a token with its type prefix), and a 12-byte window of the part
// that is no secret (discord.com/api/webhooks/, sk-ant-api03-) left beside
// the redaction counts as survival. So a second, lenient count is printed
// too: an expected string (its longest piece, for a composite) is gone when
// its longest random-looking token (split at bytes outside
// [A-Za-z0-9+=_.~-], as the gitleaks runner does) no longer appears whole;
// for a URL with a password (scheme://user:password@host), the password is
// looked for instead. Partial redactions are not caught by it. The truth
// lies between the two.
//
// tps.sh in this directory fetches the trufflehog source and runs this.
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
	"regexp"
	"sort"
	"strings"
)

func main() {
	src := flag.String("src", "", "root of a trufflehog v3 source tree")
	bin := flag.String("bin", "", "logscrub binary")
	verbose := flag.Bool("v", false, "print the input and output of every sample whose secret survived")
	isolate := flag.Bool("isolate", false, "scrub every sample in a logscrub process of its own (slower)")
	flag.Parse()
	if *src == "" || *bin == "" {
		fmt.Fprintln(os.Stderr, "usage: trufflehog -src TRUFFLEHOG_SOURCE -bin LOGSCRUB [-v] [-isolate]")
		os.Exit(2)
	}
	if err := run(*src, *bin, *verbose, *isolate); err != nil {
		fmt.Fprintln(os.Stderr, "trufflehog:", err)
		os.Exit(1)
	}
}

// row is the result for one detector.
type row struct {
	name        string
	n, ok       int
	lenient     int // samples removed by the lenient rule
	multi       int // multi-line samples
	multiOK     int
	unjudgeable int // samples whose expected strings are not in their input
}

func run(src, bin string, verbose, isolate bool) error {
	dir, err := readTree(src)
	if err != nil {
		return err
	}
	dets, err := extractDir(dir)
	if err != nil {
		return err
	}
	var all []sample
	for _, d := range dets {
		all = append(all, d.samples...)
	}
	outs, err := scrub(bin, all, isolate)
	if err != nil {
		return err
	}

	var rows []row
	var missed []string
	negatives, positives, windowOnly, unjudged := 0, 0, 0, 0
	skipped := map[string]int{}
	noSamples := map[string][]string{} // reason -> detectors
	k := 0
	for _, d := range dets {
		negatives += d.negatives
		positives += len(d.samples)
		for why, c := range d.skipped {
			skipped[why] += c
		}
		r := row{name: d.name}
		for _, s := range d.samples {
			out := outs[k]
			k++
			v := judge(s, out)
			if !v.judged {
				r.unjudgeable++
				unjudged++
				continue
			}
			multi := strings.Contains(s.input, "\n")
			r.n++
			if multi {
				r.multi++
			}
			if v.lenient {
				r.lenient++
			}
			if v.removed {
				r.ok++
				if multi {
					r.multiOK++
				}
				continue
			}
			if v.windowOnly {
				windowOnly++
			}
			missed = append(missed, fmt.Sprintf("%s: %s\n    want: %s\n    kept: %s\n    in:   %s\n    out:  %s",
				d.name, quoteName(s.name), trunc(strings.Join(v.looked, " | "), 200),
				trunc(strings.Join(v.kept, " | "), 200),
				trunc(s.input, 300), trunc(strings.Join(out, "\n"), 300)))
		}
		if r.n == 0 {
			why := whyNone(d, r)
			noSamples[why] = append(noSamples[why], d.name)
			continue
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		fa, fb := float64(a.ok)/float64(a.n), float64(b.ok)/float64(b.n)
		if fa != fb {
			return fa < fb
		}
		if a.n-a.ok != b.n-b.ok {
			return a.n-a.ok > b.n-b.ok
		}
		return a.name < b.name
	})

	total, removed, lenient, multi, multiOK := 0, 0, 0, 0, 0
	fmt.Printf("%-48s %7s %7s %7s\n", "trufflehog detector", "samples", "removed", "lenient")
	for _, r := range rows {
		mark := ""
		if r.ok < r.n {
			mark = "  <"
		}
		fmt.Printf("%-48s %7d %7d %7d%s\n", r.name, r.n, r.ok, r.lenient, mark)
		total += r.n
		removed += r.ok
		lenient += r.lenient
		multi += r.multi
		multiOK += r.multiOK
	}
	fmt.Printf("\ndetectors: %d; with scored samples: %d; without: %d\n", len(dets), len(rows), len(dets)-len(rows))
	fmt.Printf("table cases: %d positive extracted, %d negative skipped, %d left out (below)\n",
		positives, negatives, sum(skipped))
	if unjudged > 0 {
		fmt.Printf("positive samples not scored, their expected secret not being in their input: %d\n", unjudged)
	}
	fmt.Printf("multi-line samples: %d, secret removed: %d\n", multi, multiOK)
	fmt.Printf("samples whose secret survived only as a 12-byte window of the expected string: %d\n", windowOnly)
	fmt.Printf("lenient rule (the secret's longest random-looking token gone whole): %d (%.1f%%)\n",
		lenient, 100*float64(lenient)/math.Max(1, float64(total)))
	fmt.Printf("samples: %d; secret removed: %d (%.1f%%)\n", total, removed, 100*float64(removed)/math.Max(1, float64(total)))

	if len(skipped) > 0 {
		fmt.Printf("\ntable cases left out, by reason:\n")
		for _, why := range byCount(skipped) {
			fmt.Printf("  %5d  %s\n", skipped[why], why)
		}
	}
	if len(noSamples) > 0 {
		counts := map[string]int{}
		for why, ds := range noSamples {
			counts[why] = len(ds)
		}
		fmt.Printf("\ndetectors without scored samples: %d\n", len(dets)-len(rows))
		for _, why := range byCount(counts) {
			fmt.Printf("  %4d  %s:\n        %s\n", counts[why], why, wrap(noSamples[why], 100))
		}
	}
	if verbose && len(missed) > 0 {
		fmt.Printf("\nsurvived:\n  %s\n", strings.Join(missed, "\n  "))
	}
	return nil
}

// whyNone says why a detector has no scored sample.
func whyNone(d detectorCases, r row) string {
	switch {
	case d.problem != "":
		return d.problem
	case r.unjudgeable > 0:
		return "expected secrets not in the inputs (normalised or decoded by the detector)"
	case len(d.skipped) > 0:
		return "positive cases not evaluable: " + strings.Join(byCount(d.skipped), "; ")
	case d.negatives > 0:
		return "only negative cases"
	}
	return "no cases"
}

func sum(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// byCount returns the keys of m, highest count first.
func byCount(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if m[ks[i]] != m[ks[j]] {
			return m[ks[i]] > m[ks[j]]
		}
		return ks[i] < ks[j]
	})
	return ks
}

func wrap(names []string, width int) string {
	var b strings.Builder
	col := 0
	for i, n := range names {
		if i > 0 {
			if col+2+len(n) > width {
				b.WriteString(",\n        ")
				col = 0
			} else {
				b.WriteString(", ")
				col += 2
			}
		}
		b.WriteString(n)
		col += len(n)
	}
	return b.String()
}

func quoteName(n string) string {
	if n == "" {
		return "(unnamed case)"
	}
	return fmt.Sprintf("%q", n)
}

// trunc quotes s, cut to max bytes.
func trunc(s string, max int) string {
	if len(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q…(%d bytes)", s[:max], len(s))
}

// verdict is the judgement of one sample.
type verdict struct {
	judged     bool     // some expected string could be looked for
	removed    bool     // none of them survived
	windowOnly bool     // not removed, but no expected string survived whole
	lenient    bool     // removed by the lenient rule
	looked     []string // the strings looked for
	kept       []string // of a surviving one, its longest piece in the output
}

// window is the length of the pieces of a long expected string that must
// not survive either; windowMin is the length from which they are looked for.
const (
	window    = 12
	windowMin = 16
)

// probe returns what is looked for of an expected string: the string
// itself or, for a composite (one with ':' or '|'), its longest piece.
func probe(w string) string {
	if !strings.ContainsAny(w, ":|") {
		return w
	}
	best := ""
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == ':' || r == '|' }) {
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}

// found reports whether p is in text, whole or (for 16+ bytes) as any
// 12-byte window; whole reports whether it was found whole.
func found(p, text string) (any, whole bool) {
	if strings.Contains(text, p) {
		return true, true
	}
	if len(p) >= windowMin {
		for i := 0; i+window <= len(p); i++ {
			if strings.Contains(text, p[i:i+window]) {
				return true, false
			}
		}
	}
	return false, false
}

func judge(s sample, out []string) verdict {
	in := s.input
	o := strings.Join(out, "\n")
	v := verdict{removed: true, lenient: true}
	wholeSurvived := false
	for _, w := range s.want {
		p := probe(w)
		if p == "" {
			continue
		}
		if ok, _ := found(p, in); !ok {
			continue
		}
		v.judged = true
		v.looked = append(v.looked, p)
		ok, whole := found(p, o)
		if ok {
			v.removed = false
			wholeSurvived = wholeSurvived || whole
			v.kept = append(v.kept, longestCommon(p, o))
		}
		if t := lenientToken(w, p); t != "" && strings.Contains(in, t) {
			if strings.Contains(o, t) {
				v.lenient = false
			}
		} else if ok {
			v.lenient = false
		}
	}
	if !v.judged {
		v.removed, v.lenient = false, false
	}
	v.windowOnly = v.judged && !v.removed && !wholeSurvived
	return v
}

var urlPassword = regexp.MustCompile(`://[^/@\s:]*:([^@\s/]+)@`)

// lenientToken is what the lenient rule looks for of expected string w,
// whose probe is p.
func lenientToken(w, p string) string {
	if m := urlPassword.FindStringSubmatch(w); m != nil {
		return m[1]
	}
	return peerscore.LongestRandomToken(p)
}

// longestCommon returns the longest substring of p that appears in text.
func longestCommon(p, text string) string {
	best := ""
	for i := 0; i+len(best) < len(p); i++ {
		for j := i + len(best) + 1; j <= len(p) && strings.Contains(text, p[i:j]); j++ {
			best = p[i:j]
		}
	}
	return best
}

// scrub runs every sample's lines through the binary and returns each
// sample's output lines. Samples go through one process, in order, except
// those with a PEM header line (logscrub keeps a private key's state
// across lines, so a block left open would swallow the samples after it),
// which get a process each, as does every sample with isolate.
func scrub(bin string, samples []sample, isolate bool) ([][]string, error) {
	outs := make([][]string, len(samples))
	var batch []int
	var lines []string
	for i, s := range samples {
		if isolate || strings.Contains(s.input, "-----BEGIN") {
			o, err := runBin(bin, s.lines())
			if err != nil {
				return nil, err
			}
			outs[i] = o
			continue
		}
		batch = append(batch, i)
		lines = append(lines, s.lines()...)
	}
	o, err := runBin(bin, lines)
	if err != nil {
		return nil, err
	}
	k := 0
	for _, i := range batch {
		n := len(samples[i].lines())
		outs[i] = o[k : k+n]
		k += n
	}
	return outs, nil
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

package apps

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
)

// strictEnv turns on the assertions that fail today: no secret survives, no
// harmless value is destroyed and no line without a secret changes, in every
// capture. Without it those counts are held to the upper bounds in [bounds].
const strictEnv = "LOGSCRUB_APPS_STRICT"

// window is the length of the pieces a secret is checked by: a secret
// survives if it, or (when longer) any distinctive 12-byte piece of it, is in
// the output.
const window = 12

// limits are the most secrets surviving, harmless values destroyed and clean
// lines changed that the default mode accepts in one capture.
type limits struct {
	survivors, destroyed, cleanChanged int
}

// bounds are the counts of the engine on the committed captures (see
// doc.go): first set at commit a1a2f9c (152/8/8 secrets surviving), zero
// since the value classifier, transparent colour codes and the 12-character
// floor of generic-key. A count above its bound fails the test; strict mode
// ([strictEnv]) holds every count to zero as well.
var bounds = map[string]limits{
	"nestjs/console-color.log": {},
	"nestjs/console-plain.log": {},
	"nestjs/json.log":          {},
}

// An app is one captured application: its folder under testdata/apps and the
// logs captured from it. A log listed as optional may be missing (json.log,
// for a logger without a json mode).
type app struct {
	name     string
	logs     []string
	optional []string
}

var captured = []app{
	{name: "nestjs", logs: []string{"console-color.log", "console-plain.log"}, optional: []string{"json.log"}},
}

// A value is one line of secrets.txt or harmless.txt, with its kind and
// carrier from truth.tsv when that file names it.
type value struct {
	text, kind, carrier string
}

// truth is what an application's driver sent.
type truth struct {
	secrets, harmless []value
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at the repository root %s: %v", root, err)
	}
	return root
}

// buildLogscrub builds ./cmd/logscrub into a temporary folder.
func buildLogscrub(t *testing.T, root string) string {
	t.Helper()
	goTool := "go"
	if _, err := exec.LookPath(goTool); err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "logscrub")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/logscrub")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/logscrub: %v\n%s", err, out)
	}
	return bin
}

func scrub(t *testing.T, bin string, in []byte) []byte {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("logscrub: %v\n%s", err, stderr.Bytes())
	}
	return stdout.Bytes()
}

func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, sc.Err()
}

func loadTruth(t *testing.T, dir string) truth {
	t.Helper()
	const recapture = "recapture with `bash bench/apps/nestjs/capture.sh` (see bench/apps/doc.go)"
	secrets, err := readLines(filepath.Join(dir, "secrets.txt"))
	if err != nil {
		t.Fatalf("%v (%s)", err, recapture)
	}
	harmless, err := readLines(filepath.Join(dir, "harmless.txt"))
	if err != nil {
		t.Fatalf("%v (%s)", err, recapture)
	}
	if len(secrets) == 0 || len(harmless) == 0 {
		t.Fatalf("%s: %d secrets and %d harmless values (%s)", dir, len(secrets), len(harmless), recapture)
	}
	kinds := map[string][2]string{}
	if rows, err := readLines(filepath.Join(dir, "truth.tsv")); err == nil {
		for _, r := range rows {
			f := strings.Split(r, "\t")
			if len(f) == 4 {
				kinds[f[3]] = [2]string{f[1], f[2]}
			}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	mk := func(texts []string) []value {
		vs := make([]value, len(texts))
		for i, s := range texts {
			k, ok := kinds[s]
			if !ok {
				k = [2]string{"?", "?"}
			}
			vs[i] = value{text: s, kind: k[0], carrier: k[1]}
		}
		return vs
	}
	return truth{secrets: mk(secrets), harmless: mk(harmless)}
}

// matcher finds secrets in a text: a secret of at most [window] bytes by
// itself, a longer one by any of its 12-byte windows that is distinctive —
// in no other secret and no harmless value, so that structure that secrets
// share (a JWT's header, a vendor prefix with the first bytes after it) and
// harmless text do not count as a piece of any one secret.
type matcher struct {
	secrets []value
	windows map[string][]int // window -> the secrets it belongs to
	short   []int            // secrets matched whole
}

func newMatcher(tr truth) *matcher {
	m := &matcher{secrets: tr.secrets, windows: map[string][]int{}}
	owners := map[string]map[int]bool{}
	for i, s := range tr.secrets {
		if len(s.text) <= window {
			m.short = append(m.short, i)
			continue
		}
		for j := 0; j+window <= len(s.text); j++ {
			w := s.text[j : j+window]
			if owners[w] == nil {
				owners[w] = map[int]bool{}
			}
			owners[w][i] = true
		}
	}
	inHarmless := map[string]bool{}
	for _, h := range tr.harmless {
		for j := 0; j+window <= len(h.text); j++ {
			inHarmless[h.text[j:j+window]] = true
		}
	}
	for w, o := range owners {
		if len(o) != 1 || inHarmless[w] {
			continue // shared by several secrets, or harmless text
		}
		for i := range o {
			m.windows[w] = append(m.windows[w], i)
		}
	}
	// A secret none of whose windows is distinctive is matched whole.
	has := make([]bool, len(tr.secrets))
	for _, ids := range m.windows {
		for _, i := range ids {
			has[i] = true
		}
	}
	for i, s := range tr.secrets {
		if len(s.text) > window && !has[i] {
			m.short = append(m.short, i)
		}
	}
	return m
}

// find returns, for every secret found in text, the 0-based numbers of the
// lines it is found on.
func (m *matcher) find(text []byte) map[int][]int {
	found := map[int][]int{}
	add := func(i, line int) {
		if l := found[i]; len(l) == 0 || l[len(l)-1] != line {
			found[i] = append(found[i], line)
		}
	}
	line := 0
	for p := 0; p+window <= len(text); p++ {
		if text[p] == '\n' {
			line++
			continue
		}
		if ids, ok := m.windows[string(text[p:p+window])]; ok {
			for _, i := range ids {
				add(i, line)
			}
		}
	}
	for _, i := range m.short {
		s := []byte(m.secrets[i].text)
		for off := 0; ; {
			k := bytes.Index(text[off:], s)
			if k < 0 {
				break
			}
			add(i, bytes.Count(text[:off+k], []byte("\n")))
			off += k + 1
		}
	}
	for i := range found {
		slices.Sort(found[i])
		found[i] = slices.Compact(found[i])
	}
	return found
}

// result is what one capture scores.
type result struct {
	lines, crlf                int
	present, survived          []int // indices into truth.secrets
	harmlessPresent, destroyed []int // indices into truth.harmless
	clean, cleanChanged        int   // lines without a secret, and those changed
	firstChanged               []string
	// example holds, for a surviving secret or a destroyed harmless value
	// (by index), the first output line that shows it.
	survivedAt, destroyedAt map[int]string
}

func splitLines(b []byte) [][]byte {
	return bytes.SplitAfter(b, []byte("\n"))
}

func score(t *testing.T, tr truth, m *matcher, in, out []byte) result {
	t.Helper()
	r := result{survivedAt: map[int]string{}, destroyedAt: map[int]string{}}
	inLines, outLines := splitLines(in), splitLines(out)
	r.lines = bytes.Count(in, []byte("\n"))
	r.crlf = bytes.Count(in, []byte("\r\n"))

	// Lines and line endings.
	if got := bytes.Count(out, []byte("\n")); got != r.lines {
		t.Errorf("line count: %d in, %d out", r.lines, got)
	}
	if len(inLines) != len(outLines) {
		t.Errorf("%d lines in, %d out", len(inLines), len(outLines))
	} else {
		bad := 0
		for i := range inLines {
			a, b := inLines[i], outLines[i]
			if bytes.HasSuffix(a, []byte("\r\n")) != bytes.HasSuffix(b, []byte("\r\n")) ||
				bytes.HasSuffix(a, []byte("\n")) != bytes.HasSuffix(b, []byte("\n")) {
				if bad++; bad <= 5 {
					t.Errorf("line %d: ending %q became %q", i+1, ending(a), ending(b))
				}
			}
		}
		if bad > 5 {
			t.Errorf("%d lines changed their ending", bad)
		}
	}

	// Secrets.
	inFound, outFound := m.find(in), m.find(out)
	secretLine := map[int]bool{}
	for i, ls := range inFound {
		r.present = append(r.present, i)
		for _, l := range ls {
			secretLine[l] = true
		}
	}
	for i := range outFound {
		if _, ok := inFound[i]; ok {
			r.survived = append(r.survived, i)
			r.survivedAt[i] = lineAt(outLines, outFound[i][0])
		} else {
			t.Errorf("secret %q is in the output but not in the input", tr.secrets[i].text)
		}
	}
	sort.Ints(r.present)
	sort.Ints(r.survived)

	// Harmless values: destroyed when they occur fewer times in the output.
	for i, h := range tr.harmless {
		nIn := bytes.Count(in, []byte(h.text))
		if nIn == 0 {
			continue
		}
		r.harmlessPresent = append(r.harmlessPresent, i)
		if bytes.Count(out, []byte(h.text)) < nIn {
			r.destroyed = append(r.destroyed, i)
			if len(inLines) == len(outLines) {
				for l := range inLines {
					if bytes.Count(outLines[l], []byte(h.text)) < bytes.Count(inLines[l], []byte(h.text)) {
						r.destroyedAt[i] = lineAt(outLines, l)
						break
					}
				}
			}
		}
	}

	// Lines without a secret come out unchanged.
	if len(inLines) == len(outLines) {
		for i := range inLines {
			if secretLine[i] {
				continue
			}
			r.clean++
			if !bytes.Equal(inLines[i], outLines[i]) {
				r.cleanChanged++
				if len(r.firstChanged) < 5 {
					r.firstChanged = append(r.firstChanged, fmt.Sprintf("line %d: %q -> %q", i+1, inLines[i], outLines[i]))
				}
			}
		}
	}
	return r
}

func lineAt(lines [][]byte, i int) string {
	if i >= len(lines) {
		return ""
	}
	return fmt.Sprintf("line %d: %q", i+1, lines[i])
}

func ending(l []byte) string {
	switch {
	case bytes.HasSuffix(l, []byte("\r\n")):
		return "\r\n"
	case bytes.HasSuffix(l, []byte("\n")):
		return "\n"
	}
	return ""
}

// tally counts values by kind and by carrier, and shows for each kind the
// first of its values and the output line that shows what happened to it.
func tally(what string, vs []value, idx []int, at map[int]string) string {
	kinds, carriers := map[string]int{}, map[string]int{}
	example := map[string]int{}
	for _, i := range idx {
		if _, ok := example[vs[i].kind]; !ok {
			example[vs[i].kind] = i
		}
		kinds[vs[i].kind]++
		carriers[vs[i].carrier]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s by kind:\n", what)
	for _, k := range sortedKeys(kinds) {
		i := example[k]
		fmt.Fprintf(&b, "  %4d  %-22s e.g. %q, %s\n", kinds[k], k, vs[i].text, clip(at[i], 240))
	}
	fmt.Fprintf(&b, "%s by carrier:\n", what)
	for _, c := range sortedKeys(carriers) {
		fmt.Fprintf(&b, "  %4d  %s\n", carriers[c], c)
	}
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool {
		if m[ks[a]] != m[ks[b]] {
			return m[ks[a]] > m[ks[b]]
		}
		return ks[a] < ks[b]
	})
	return ks
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// TestApps scrubs every captured log of a real application with the
// logscrub binary and scores it against what the application was sent.
func TestApps(t *testing.T) {
	root := repoRoot(t)
	strict := os.Getenv(strictEnv) == "1"
	var bin string
	var summary []string

	for _, a := range captured {
		dir := filepath.Join(root, "testdata", "apps", a.name)
		tr := loadTruth(t, dir)
		m := newMatcher(tr)
		seen := map[int]bool{}
		logs := append(slices.Clone(a.logs), a.optional...)
		for _, name := range logs {
			key := a.name + "/" + name
			in, err := os.ReadFile(filepath.Join(dir, name))
			if errors.Is(err, os.ErrNotExist) && slices.Contains(a.optional, name) {
				t.Logf("%s: not captured (optional)", key)
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if bin == "" {
				bin = buildLogscrub(t, root)
			}
			t.Run(key, func(t *testing.T) {
				out := scrub(t, bin, in)
				r := score(t, tr, m, in, out)
				for _, i := range r.present {
					seen[i] = true
				}
				summary = append(summary, fmt.Sprintf("| %-24s | %6d | %4d | %3d / %3d | %4d / %4d | %5d / %5d |",
					key, r.lines, r.crlf, len(r.survived), len(r.present), len(r.destroyed), len(r.harmlessPresent), r.cleanChanged, r.clean))

				if len(r.present) < len(tr.secrets)/2 {
					t.Errorf("only %d of the %d secrets of secrets.txt are in %s: the capture and its truth do not match", len(r.present), len(tr.secrets), name)
				}
				if len(r.harmlessPresent) < len(tr.harmless)/2 {
					t.Errorf("only %d of the %d values of harmless.txt are in %s: the capture and its truth do not match", len(r.harmlessPresent), len(tr.harmless), name)
				}
				if len(r.survived) > 0 {
					t.Logf("%d of %d secrets survive\n%s", len(r.survived), len(r.present), tally("secrets surviving", tr.secrets, r.survived, r.survivedAt))
				}
				if len(r.destroyed) > 0 {
					t.Logf("%d of %d harmless values destroyed\n%s", len(r.destroyed), len(r.harmlessPresent), tally("harmless values destroyed", tr.harmless, r.destroyed, r.destroyedAt))
				}
				for _, c := range r.firstChanged {
					t.Logf("clean line changed: %s", c)
				}

				b := bounds[key]
				check := func(what string, got, bound int) {
					switch {
					case strict && got > 0:
						t.Errorf("%s: %d (%s=1 wants 0)", what, got, strictEnv)
					case !strict && got > bound:
						t.Errorf("%s: %d, more than the bound of %d in bounds: a regression", what, got, bound)
					case !strict && got < bound:
						t.Logf("%s: %d, below the bound of %d: lower it in bounds", what, got, bound)
					}
				}
				check("secrets surviving", len(r.survived), b.survivors)
				check("harmless values destroyed", len(r.destroyed), b.destroyed)
				check("clean lines changed", r.cleanChanged, b.cleanChanged)
			})
		}
		for i, s := range tr.secrets {
			if !seen[i] {
				t.Errorf("%s: secret %q (%s) is in no captured log", a.name, s.text, s.kind)
			}
		}
	}
	mode := "default mode: counts held to the bounds in bounds; " + strictEnv + "=1 holds them to zero"
	if strict {
		mode = strictEnv + "=1: every count held to zero"
	}
	t.Logf("\n| log                      |  lines | CRLF | secrets surviving | harmless destroyed | clean lines changed |\n|---|---|---|---|---|---|\n%s\n%s",
		strings.Join(summary, "\n"), mode)
}

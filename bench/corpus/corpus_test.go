package corpus_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
)

// loghubDir is ../shared/corpus/loghub relative to the repository root.
const loghubDir = "../../../shared/corpus/loghub"

var (
	bgOnce sync.Once
	bg     *corpus.Background
	bgErr  error
)

// background returns the loghub lines or skips the test when they are absent.
func background(tb testing.TB) *corpus.Background {
	tb.Helper()
	bgOnce.Do(func() { bg, bgErr = corpus.LoadBackground(loghubDir) })
	if errors.Is(bgErr, fs.ErrNotExist) {
		tb.Skipf("loghub corpus not found at %s (repo-relative ../shared/corpus/loghub): %v", loghubDir, bgErr)
	}
	if bgErr != nil {
		tb.Fatal(bgErr)
	}
	return bg
}

// variants are the generator configurations most tests run over; the loghub
// one is skipped when the folder is absent.
var variants = []struct {
	name    string
	opt     corpus.Options
	loghub  bool
	secrets bool
}{
	{name: "mixed", secrets: true},
	{name: "mixed-loghub", loghub: true, secrets: true},
	{name: "json-only", opt: corpus.Options{Shape: corpus.JSONOnly}, secrets: true},
	{name: "text-only", opt: corpus.Options{Shape: corpus.TextOnly}, secrets: true},
	{name: "text-only-loghub", opt: corpus.Options{Shape: corpus.TextOnly}, loghub: true, secrets: true},
	{name: "realistic", opt: corpus.Options{Shape: corpus.Realistic}, secrets: true},
	{name: "realistic-loghub", opt: corpus.Options{Shape: corpus.Realistic}, loghub: true, secrets: true},
	{name: "no-secrets", opt: corpus.Options{NoSecrets: true}},
}

type generated struct {
	data  []byte
	lines []string
	truth corpus.Truth
}

func generate(tb testing.TB, opt corpus.Options, size int64, seed uint64) generated {
	tb.Helper()
	var buf bytes.Buffer
	truth, err := opt.Generate(&buf, size, seed)
	if err != nil {
		tb.Fatal(err)
	}
	data := buf.Bytes()
	if len(data) == 0 || data[len(data)-1] != '\n' {
		tb.Fatalf("output does not end with a newline")
	}
	return generated{data: data, lines: strings.Split(string(data[:len(data)-1]), "\n"), truth: truth}
}

func TestDeterministic(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			opt := v.opt
			opt.RecordDecoys = true
			if v.loghub {
				opt.Background = background(t)
			}
			a := generate(t, opt, 1<<20, 42)
			b := generate(t, opt, 1<<20, 42)
			if !bytes.Equal(a.data, b.data) {
				t.Fatal("same seed produced different output")
			}
			if !reflect.DeepEqual(a.truth, b.truth) {
				t.Fatal("same seed produced different truth")
			}
			c := generate(t, opt, 1<<20, 43)
			if bytes.Equal(a.data[:4096], c.data[:4096]) {
				t.Fatal("seeds 42 and 43 produced the same output")
			}
		})
	}
}

// TestGolden pins the default corpus. Benchmark numbers are only comparable
// across commits when the corpus is the same; if you change the generator on
// purpose, update the hash and say so in the commit message.
func TestGolden(t *testing.T) {
	const want = "ee7974fdf2f313fa24802bb7aa88d3d8d56829584c9e5a1120b8dde308ea95d9"
	h := sha256.New()
	if _, err := corpus.Generate(h, 256<<10, 1); err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		t.Errorf("corpus.Generate(256 KiB, seed 1) sha256 = %s, want %s", got, want)
	}
}

func TestSize(t *testing.T) {
	for _, size := range []int64{0, 1, 1000, 1 << 20} {
		var n countWriter
		truth, err := corpus.Generate(&n, size, 7)
		if err != nil {
			t.Fatal(err)
		}
		if truth.Bytes != int64(n) {
			t.Errorf("size %d: Truth.Bytes = %d, wrote %d", size, truth.Bytes, n)
		}
		if truth.Bytes < size || truth.Bytes > size+16<<10 {
			t.Errorf("size %d: wrote %d bytes", size, truth.Bytes)
		}
	}
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

func TestWriteError(t *testing.T) {
	want := errors.New("disk full")
	_, err := corpus.Generate(failWriter{want}, 1<<20, 1)
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// TestMixAndTruth checks the line mix, the secret rate and that Truth is
// accurate: every recorded secret is on its line, and every key-shaped
// token in the output is a recorded secret.
func TestMixAndTruth(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			opt := v.opt
			if v.loghub {
				opt.Background = background(t)
			}
			g := generate(t, opt, 8<<20, 1)
			tr := g.truth
			if tr.Lines != len(g.lines) || tr.Bytes != int64(len(g.data)) {
				t.Fatalf("Truth says %d lines / %d bytes, output has %d / %d", tr.Lines, tr.Bytes, len(g.lines), len(g.data))
			}

			jsonLines := 0
			for i, line := range g.lines {
				if line == "" || strings.ContainsAny(line, "\r\n") {
					t.Fatalf("line %d is empty or holds a CR: %q", i+1, line)
				}
				if strings.HasPrefix(line, `{"ts":`) || strings.HasPrefix(line, `{"kind":`) {
					if !json.Valid([]byte(line)) {
						t.Fatalf("line %d is not valid JSON: %s", i+1, line)
					}
					jsonLines++
				}
			}
			if jsonLines != tr.JSONLines {
				t.Errorf("%d lines look like JSON, Truth says %d", jsonLines, tr.JSONLines)
			}
			jsonRate := float64(tr.JSONLines) / float64(tr.Lines)
			switch opt.Shape {
			case corpus.Mixed:
				within(t, "JSON line rate", jsonRate, corpus.JSONRate, 0.02)
			case corpus.JSONOnly:
				within(t, "JSON line rate", jsonRate, 1, 0)
			case corpus.TextOnly:
				within(t, "JSON line rate", jsonRate, 0, 0)
			case corpus.Realistic:
				within(t, "JSON line rate", jsonRate, 0.30, 0.05)
			}

			secretLines := map[int]bool{}
			prev := 0
			for _, s := range tr.Secrets {
				if s.Line < prev || s.Line < 1 || s.Line > len(g.lines) {
					t.Fatalf("secret %+v: line out of order or range", s)
				}
				prev = s.Line
				secretLines[s.Line] = true
				if !strings.Contains(g.lines[s.Line-1], s.Value) {
					t.Fatalf("secret %+v not found on line %d: %s", s, s.Line, g.lines[s.Line-1])
				}
				if re := keyShapes[s.Kind]; re != nil && re.FindString(s.Value) != s.Value {
					t.Errorf("secret %+v does not have the %s shape %s", s, s.Kind, re)
				}
				if len(s.Value) < 10 {
					t.Errorf("secret %+v is too short to be a meaningful recall probe", s)
				}
			}
			if len(secretLines) != tr.SecretLines {
				t.Errorf("Truth.SecretLines = %d, secrets are on %d distinct lines", tr.SecretLines, len(secretLines))
			}
			if v.secrets {
				rate := corpus.SecretRate
				if opt.Shape == corpus.Realistic {
					rate = corpus.RealisticSecretRate
				}
				within(t, "secret line rate", float64(tr.SecretLines)/float64(tr.Lines), rate, 0.005)
			} else if len(tr.Secrets) != 0 {
				t.Fatalf("NoSecrets corpus has %d secrets", len(tr.Secrets))
			}

			// Completeness: every key-shaped token is a recorded secret of its line.
			recorded := map[int][]string{}
			for _, s := range tr.Secrets {
				recorded[s.Line] = append(recorded[s.Line], s.Value)
			}
			for i, line := range g.lines {
				for kind, re := range keyShapes {
					for _, m := range re.FindAllString(line, -1) {
						if !slicesContains(recorded[i+1], m) {
							t.Fatalf("line %d holds an unrecorded %s %q: %s", i+1, kind, m, line)
						}
					}
				}
			}
		})
	}
}

func slicesContains(vals []string, m string) bool {
	for _, v := range vals {
		if v == m {
			return true
		}
	}
	return false
}

func within(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.4f, want %.4f ± %.4f", what, got, want, tol)
	} else {
		t.Logf("%s = %.4f (want %.4f ± %.4f)", what, got, want, tol)
	}
}

// keyShapes are the token formats a scrubber can recognise without context.
var keyShapes = map[string]*regexp.Regexp{
	corpus.KindAWSAccessKey: regexp.MustCompile(`AKIA[A-Z0-9]{16}`),
	corpus.KindGitHubPAT:    regexp.MustCompile(`ghp_[A-Za-z0-9]{36}`),
	corpus.KindSlackBot:     regexp.MustCompile(`xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}`),
	corpus.KindStripeLive:   regexp.MustCompile(`sk_live_[A-Za-z0-9]{24}`),
	corpus.KindGoogleAPIKey: regexp.MustCompile(`AIza[A-Za-z0-9_-]{35}`),
	corpus.KindJWT:          regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`),
	corpus.KindNPMToken:     regexp.MustCompile(`npm_[A-Za-z0-9]{36}`),
	corpus.KindSendGrid:     regexp.MustCompile(`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`),
}

// TestCoverage checks that every secret kind and many placements occur.
func TestCoverage(t *testing.T) {
	g := generate(t, corpus.Options{}, 16<<20, 3)
	kinds := map[string]int{}
	wheres := map[string]int{}
	for _, s := range g.truth.Secrets {
		kinds[s.Kind]++
		wheres[s.Where]++
	}
	for _, k := range []string{
		corpus.KindAWSAccessKey, corpus.KindGitHubPAT, corpus.KindSlackBot, corpus.KindStripeLive,
		corpus.KindGoogleAPIKey, corpus.KindJWT, corpus.KindNPMToken, corpus.KindSendGrid,
		corpus.KindPassword, corpus.KindSessionCookie, corpus.KindURLPassword, corpus.KindGenericToken,
	} {
		if kinds[k] < 10 {
			t.Errorf("kind %s planted %d times in 16 MiB, want ≥ 10", k, kinds[k])
		}
	}
	if kinds[corpus.KindPrivateKey] == 0 {
		t.Errorf("no private key planted")
	}
	if len(kinds) != 13 {
		t.Errorf("unexpected kinds: %v", kinds)
	}
	// Some lines exceed bufio.Scanner's default 64 KiB limit, with a secret
	// beyond it.
	far := 0
	for _, s := range g.truth.Secrets {
		if strings.Index(g.lines[s.Line-1], s.Value) > 64<<10 {
			far++
		}
	}
	if far == 0 {
		t.Errorf("no secret beyond 64 KiB into a line")
	}
	if len(wheres) < 30 {
		t.Errorf("only %d placements: %v", len(wheres), wheres)
	}
	t.Logf("%d secrets on %d of %d lines; kinds %v", len(g.truth.Secrets), g.truth.SecretLines, g.truth.Lines, kinds)
}

// TestDecoys checks that decoys are frequent, recorded at the right line and
// never overlap a secret.
func TestDecoys(t *testing.T) {
	g := generate(t, corpus.Options{RecordDecoys: true}, 8<<20, 5)
	secrets := map[int][]string{}
	for _, s := range g.truth.Secrets {
		secrets[s.Line] = append(secrets[s.Line], s.Value)
	}
	kindLines := map[string]map[int]bool{}
	for _, d := range g.truth.Decoys {
		line := g.lines[d.Line-1]
		if !strings.Contains(line, d.Value) {
			t.Fatalf("decoy %+v not on line %d: %s", d, d.Line, line)
		}
		for _, s := range secrets[d.Line] {
			if strings.Contains(d.Value, s) || strings.Contains(s, d.Value) {
				t.Fatalf("decoy %+v overlaps secret %q", d, s)
			}
		}
		if kindLines[d.Kind] == nil {
			kindLines[d.Kind] = map[int]bool{}
		}
		kindLines[d.Kind][d.Line] = true
	}
	for _, k := range []string{
		corpus.DecoyUUID, corpus.DecoyGitSHA, corpus.DecoySHA256, corpus.DecoyTraceID,
		corpus.DecoyTokenCount, corpus.DecoySessionTimeout, corpus.DecoyPasswordPolicy,
		corpus.DecoyPath, corpus.DecoyURL,
	} {
		rate := float64(len(kindLines[k])) / float64(g.truth.Lines)
		if rate < 0.01 {
			t.Errorf("decoy %s on %.2f%% of lines, want ≥ 1%%", k, 100*rate)
		}
		t.Logf("decoy %-16s on %5.2f%% of lines", k, 100*rate)
	}

	// The decoys also show up in the text itself, recorded or not.
	for _, d := range []struct {
		re   *regexp.Regexp
		rate float64
	}{
		{regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}`), 0.3},
		{regexp.MustCompile(`sha256:[0-9a-f]{64}`), 0.01},
		{regexp.MustCompile(`token_count[=":]+[0-9]+`), 0.05},
		{regexp.MustCompile(`session_timeout[=":]+\s*[0-9]+`), 0.05},
		{regexp.MustCompile(`password_policy[=":]+\s*[a-z]`), 0.05},
	} {
		n := 0
		for _, line := range g.lines {
			if d.re.MatchString(line) {
				n++
			}
		}
		if rate := float64(n) / float64(len(g.lines)); rate < d.rate {
			t.Errorf("%s on %.2f%% of lines, want ≥ %.0f%%", d.re, 100*rate, 100*d.rate)
		}
	}
}

func TestBackground(t *testing.T) {
	if _, err := corpus.LoadBackground(t.TempDir()); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("LoadBackground(empty dir) = %v, want fs.ErrNotExist", err)
	}
	b := background(t)
	if b.Len() < 16*1900 {
		t.Fatalf("loaded %d lines, want about 32000", b.Len())
	}
	if bytes.Count(b.Bytes(), []byte("\n")) != b.Len() || bytes.ContainsAny(b.Bytes(), "\r") {
		t.Fatal("Bytes is not Len newline-terminated lines without CR")
	}
	known := map[string]bool{}
	for i := 0; i < b.Len(); i++ {
		known[string(b.Line(i))] = true
	}
	g := generate(t, corpus.Options{Shape: corpus.TextOnly, Background: b}, 4<<20, 1)
	n := 0
	for _, line := range g.lines {
		if known[line] {
			n++
		}
	}
	rate := float64(n) / float64(len(g.lines))
	if rate < 0.15 || rate > 0.4 {
		t.Errorf("%.1f%% of text lines come from loghub, want about 20-30%%", 100*rate)
	}
}

func ExampleGenerate() {
	var buf bytes.Buffer
	truth, err := corpus.Generate(&buf, 64<<10, 1)
	if err != nil {
		panic(err)
	}
	lines := strings.Split(buf.String(), "\n")
	s := truth.Secrets[0]
	fmt.Println(truth.Lines == len(lines)-1, s.Kind, strings.Contains(lines[s.Line-1], s.Value))
	// Output: true jwt true
}

func BenchmarkGenerate(b *testing.B) {
	for _, shape := range []corpus.Shape{corpus.Mixed, corpus.JSONOnly, corpus.TextOnly, corpus.Realistic} {
		b.Run(shape.String(), func(b *testing.B) {
			const size = 16 << 20
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := (corpus.Options{Shape: shape}).Generate(io.Discard, size, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

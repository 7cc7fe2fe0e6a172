package bench_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/logscrub/logscrub/bench/baseline"
	"github.com/logscrub/logscrub/bench/corpus"
)

const (
	// loghubDir is ../shared/corpus/loghub relative to the repository root.
	loghubDir = "../../shared/corpus/loghub"
	// benchSize is the size of each generated benchmark input.
	benchSize = 16 << 20
	// qualitySize is the size of the corpus TestBaselineQuality measures
	// recall on (the baseline is slow).
	qualitySize = 4 << 20
	seed        = 1
)

// shapes are the benchmark inputs, in the order they run:
//
//	mixed      45% JSON, 55% text (loghub lines among it when present), 2% of lines with a secret
//	loghub     the 16 loghub samples concatenated: real logs, no secrets
//	json-only  only JSON lines, 2% with a secret
//	text-only  only text lines, 2% with a secret
//	no-secret  like mixed, with no secret at all (the dominant case in production)
var shapes = []string{"mixed", "loghub", "json-only", "text-only", "no-secret", "realistic"}

var (
	bgOnce sync.Once
	bg     *corpus.Background
	bgErr  error

	inputsMu sync.Mutex
	inputs   = map[string]*input{}
)

type input struct {
	data  []byte
	truth corpus.Truth // empty for loghub
}

// loghub returns the loghub lines, or nil when the folder is absent.
func loghub(tb testing.TB) *corpus.Background {
	bgOnce.Do(func() { bg, bgErr = corpus.LoadBackground(loghubDir) })
	if bgErr != nil && !errors.Is(bgErr, fs.ErrNotExist) {
		tb.Fatal(bgErr)
	}
	return bg
}

// getInput builds (once per process) and returns the named input. It skips
// the benchmark for "loghub" when ../shared/corpus/loghub is absent.
func getInput(tb testing.TB, name string) *input {
	tb.Helper()
	inputsMu.Lock()
	defer inputsMu.Unlock()
	if in, ok := inputs[name]; ok {
		return in
	}
	bgLines := loghub(tb)
	var in input
	switch name {
	case "loghub":
		if bgLines == nil {
			tb.Skipf("loghub corpus not found at %s (repo-relative ../shared/corpus/loghub): %v", loghubDir, bgErr)
		}
		in.data = bgLines.Bytes()
	case "quality":
		in = generate(tb, corpus.Options{Background: bgLines, RecordDecoys: true}, qualitySize)
	default:
		opt := corpus.Options{Background: bgLines}
		switch name {
		case "mixed":
			opt.RecordDecoys = true // for measure
		case "json-only":
			opt.Shape = corpus.JSONOnly
		case "text-only":
			opt.Shape = corpus.TextOnly
		case "no-secret":
			opt.NoSecrets = true
		case "realistic":
			opt.Shape = corpus.Realistic
		default:
			tb.Fatalf("unknown input %q", name)
		}
		in = generate(tb, opt, benchSize)
	}
	inputs[name] = &in
	return &in
}

func generate(tb testing.TB, opt corpus.Options, size int64) input {
	var buf bytes.Buffer
	buf.Grow(int(size) + 64<<10)
	truth, err := opt.Generate(&buf, size, seed)
	if err != nil {
		tb.Fatal(err)
	}
	return input{data: buf.Bytes(), truth: truth}
}

// scrubFunc is the shape shared by baseline.Scrub and filter.Stream.Copy.
type scrubFunc func(w io.Writer, r io.Reader) error

// benchScrub times scrub over every input shape. With warm, one untimed
// pass runs first, so that allocs/op shows the steady state of a scrubber
// that keeps buffers between calls.
func benchScrub(b *testing.B, warm bool, newScrub func() scrubFunc) {
	for _, name := range shapes {
		b.Run(name, func(b *testing.B) {
			in := getInput(b, name)
			scrub := newScrub()
			// Quality is measured before timing and reported after:
			// ResetTimer clears reported metrics.
			metrics := map[string]float64{}
			switch name {
			case "mixed":
				q := measure(b, scrub, in)
				metrics["%recall"] = 100 * q.recall()
				metrics["%decoys-kept"] = 100 * q.kept()
			case "loghub":
				metrics["%lines-changed"] = 100 * changedLines(b, scrub, in.data)
			}
			var r bytes.Reader
			if warm && len(metrics) == 0 {
				r.Reset(in.data)
				if err := scrub(io.Discard, &r); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				r.Reset(in.data)
				if err := scrub(io.Discard, &r); err != nil {
					b.Fatal(err)
				}
			}
			for unit, v := range metrics {
				b.ReportMetric(v, unit)
			}
		})
	}
}

// BenchmarkBaselineRegexp is the naive regexp scrubber (package baseline)
// over the same inputs as BenchmarkLogscrub.
func BenchmarkBaselineRegexp(b *testing.B) {
	benchScrub(b, false, func() scrubFunc { return baseline.Scrub })
}

// quality counts, per secret kind, how many planted secrets a scrubber
// removed, and how many recorded decoys it left intact.
type quality struct {
	removed, planted map[string]int // by Kind
	keptDecoys       int
	decoys           int
}

func (q quality) recall() float64 {
	var r, p int
	for k, n := range q.planted {
		r, p = r+q.removed[k], p+n
	}
	return float64(r) / float64(max(p, 1))
}

func (q quality) kept() float64 { return float64(q.keptDecoys) / float64(max(q.decoys, 1)) }

func (q quality) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "recall %.2f%%, decoys kept %.2f%% (%d/%d)\n", 100*q.recall(), 100*q.kept(), q.keptDecoys, q.decoys)
	kinds := make([]string, 0, len(q.planted))
	for k := range q.planted {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&sb, "  %-16s %4d/%4d removed\n", k, q.removed[k], q.planted[k])
	}
	return sb.String()
}

// measure scrubs in and compares the output with in.truth line by line. It
// fails when the scrubber changes the number of lines.
func measure(tb testing.TB, scrub scrubFunc, in *input) quality {
	tb.Helper()
	var out bytes.Buffer
	if err := scrub(&out, bytes.NewReader(in.data)); err != nil {
		tb.Fatal(err)
	}
	lines := strings.SplitAfter(out.String(), "\n")
	if n := len(lines) - 1; n != in.truth.Lines || lines[n] != "" {
		tb.Fatalf("scrubber wrote %d lines (last %.40q), input has %d newline-terminated lines", n, lines[n], in.truth.Lines)
	}
	q := quality{removed: map[string]int{}, planted: map[string]int{}}
	for _, s := range in.truth.Secrets {
		q.planted[s.Kind]++
		if !strings.Contains(lines[s.Line-1], s.Value) {
			q.removed[s.Kind]++
		}
	}
	for _, d := range in.truth.Decoys {
		q.decoys++
		if strings.Contains(lines[d.Line-1], d.Value) {
			q.keptDecoys++
		}
	}
	return q
}

// changedLines returns the fraction of lines of data that scrub changes. On
// the loghub input, which holds no credentials, every change is a false
// positive worth a look.
func changedLines(tb testing.TB, scrub scrubFunc, data []byte) float64 {
	tb.Helper()
	var out bytes.Buffer
	if err := scrub(&out, bytes.NewReader(data)); err != nil {
		tb.Fatal(err)
	}
	in, got := strings.SplitAfter(string(data), "\n"), strings.SplitAfter(out.String(), "\n")
	if len(in) != len(got) {
		tb.Fatalf("scrubber wrote %d lines, input has %d", len(got)-1, len(in)-1)
	}
	n := 0
	for i := range in {
		if in[i] != got[i] {
			n++
		}
	}
	return float64(n) / float64(max(len(in)-1, 1))
}

// TestBaselineQuality runs the baseline over a corpus with known secrets:
// it checks the measuring harness end to end and documents what the naive
// approach misses.
func TestBaselineQuality(t *testing.T) {
	in := getInput(t, "quality")
	if len(in.truth.Secrets) < 250 || len(in.truth.Decoys) < 10000 {
		t.Fatalf("quality corpus has only %d secrets and %d decoys", len(in.truth.Secrets), len(in.truth.Decoys))
	}
	q := measure(t, baseline.Scrub, in)
	t.Logf("baseline: %s", q)
	// Line by line, the baseline cannot see the body lines of a multi-line
	// private key, and it has no rule for curl -u user:password; it finds
	// everything else.
	for kind, n := range q.planted {
		if kind != corpus.KindPrivateKey && kind != corpus.KindPassword && q.removed[kind] != n {
			t.Errorf("baseline removed %d of %d %s secrets, want all", q.removed[kind], n, kind)
		}
	}
	if r := q.recall(); r < 0.9 {
		t.Errorf("baseline recall %.2f%%, want ≥ 90%%", 100*r)
	}
	if k := q.kept(); k < 0.99 {
		t.Errorf("baseline kept %.2f%% of decoys, want ≥ 99%%", 100*k)
	}
	// An identity "scrubber" removes nothing and keeps everything.
	id := measure(t, func(w io.Writer, r io.Reader) error { _, err := io.Copy(w, r); return err }, in)
	if id.recall() != 0 || id.kept() != 1 {
		t.Errorf("identity: %s", id)
	}
}

// TestBaselineLoghub reports how many real, credential-free log lines the
// baseline changes.
func TestBaselineLoghub(t *testing.T) {
	in := getInput(t, "loghub")
	c := changedLines(t, baseline.Scrub, in.data)
	t.Logf("baseline changes %.2f%% of loghub lines", 100*c)
	if c > 0.05 {
		t.Errorf("baseline changes %.2f%% of loghub lines, want < 5%%", 100*c)
	}
}

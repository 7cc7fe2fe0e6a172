package bench_test

import (
	"io"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// newScrubber compiles the embedded default rules once per benchmark.
func newScrubber(tb testing.TB) *filter.Scrubber {
	tb.Helper()
	set, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	sc, err := filter.New(set, filter.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return sc
}

// BenchmarkLogscrub is one filter.Stream scrubbing whole inputs reader to
// writer on one goroutine; compare with BenchmarkBaselineRegexp.
func BenchmarkLogscrub(b *testing.B) {
	sc := newScrubber(b)
	benchScrub(b, true, func() scrubFunc {
		st := sc.NewStream()
		return func(w io.Writer, r io.Reader) error { return st.Copy(w, r) }
	})
}

// TestLogscrubQuality reports the engine's recall on planted secrets, the
// decoys it keeps and the loghub lines it changes, per secret kind. It fails
// only when the engine loses or adds lines; tighten it once the default
// rules are settled.
func TestLogscrubQuality(t *testing.T) {
	sc := newScrubber(t)
	st := sc.NewStream()
	scrub := func(w io.Writer, r io.Reader) error { return st.Copy(w, r) }
	q := measure(t, scrub, getInput(t, "mixed"))
	t.Logf("logscrub: %s", q)
	if bg := loghub(t); bg != nil {
		t.Logf("logscrub changes %.2f%% of loghub lines", 100*changedLines(t, scrub, bg.Bytes()))
	}
}

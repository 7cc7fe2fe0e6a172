package bench_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/logscrub/logscrub/bench/baseline"
	"github.com/logscrub/logscrub/bench/corpus"
)

// TestSpeedSmoke is the benchmark smoke test CI runs: on 4 MB of the mixed
// corpus, one Stream allocates nothing per pass in steady state, and scrubs
// at least 20 times as fast as the naive regexp baseline measured in the
// same run. A ratio of two runs side by side, not a time: a loaded machine
// slows both.
func TestSpeedSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two benchmarks")
	}
	in := generate(t, corpus.Options{Background: loghub(t)}, 4<<20)
	sc := newScrubber(t)
	st := sc.NewStream()
	st.Copy(io.Discard, bytes.NewReader(in.data)) // its buffers, once
	var r bytes.Reader
	run := func(scrub scrubFunc) testing.BenchmarkResult {
		return testing.Benchmark(func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				r.Reset(in.data)
				if err := scrub(io.Discard, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	ours := run(func(w io.Writer, r io.Reader) error { return st.Copy(w, r) })
	base := run(baseline.Scrub)
	mbs := func(r testing.BenchmarkResult) float64 {
		return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
	}
	t.Logf("logscrub %.1f MB/s (%d allocs/op), baseline %.1f MB/s: %.0fx", mbs(ours), ours.AllocsPerOp(), mbs(base), mbs(ours)/mbs(base))
	if ours.AllocsPerOp() != 0 {
		t.Errorf("logscrub allocates %d times per pass over the corpus in steady state", ours.AllocsPerOp())
	}
	if mbs(ours) < 20*mbs(base) {
		t.Errorf("logscrub %.1f MB/s is less than 20x the regexp baseline's %.1f MB/s", mbs(ours), mbs(base))
	}
}

package filter

import (
	"bytes"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
	"github.com/logscrub/logscrub/filter/anchor"
)

// BenchmarkFind measures the anchor scan alone (prefilter and DFA) with the
// default rules' anchors, line by line over the generated mixed corpus.
func BenchmarkFind(b *testing.B) {
	sc := defaultScrubber(b)
	bg, _ := corpus.LoadBackground("../../shared/corpus/loghub")
	var buf bytes.Buffer
	if _, err := (corpus.Options{Background: bg}).Generate(&buf, 16<<20, 1); err != nil {
		b.Fatal(err)
	}
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	var hits []anchor.Hit
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			hits = sc.m.Find(hits[:0], l)
		}
	}
}

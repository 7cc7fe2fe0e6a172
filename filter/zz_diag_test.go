package filter

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
)

func TestZZDiag(t *testing.T) {
	bg, _ := corpus.LoadBackground("../../shared/corpus/loghub")
	var buf bytes.Buffer
	opt := corpus.Options{Background: bg, Shape: corpus.JSONOnly, NoSecrets: os.Getenv("NS") != ""}
	opt.Generate(&buf, 4<<20, 1)
	sc := defaultScrubber(t)
	st := sc.NewStream()
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	act, n := 0, 0
	shown := 0
	for _, l := range lines {
		if len(l) == 0 || l[0] != '{' {
			continue
		}
		n++
		st.hits = sc.m.Find(st.hits[:0], l)
		if st.actionable(l) {
			act++
			if shown < 15 {
				shown++
				fmt.Printf("%.300s\n", l)
			}
		}
	}
	fmt.Println("json lines", n, "actionable", act)
}

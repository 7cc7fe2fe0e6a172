package eval

import "fmt"

// Bounds are the floors and ceilings a part's result must meet.
type Bounds struct {
	Recall        float64 // overall recall ≥
	FormatRecall  float64 // every format's recall ≥
	ContextRecall float64 // every context's recall ≥
	Destroyed     float64 // harmless destroyed ≤
	CleanChanged  float64 // clean lines changed ≤
}

// Regression holds the bounds TestEval asserts by default: what was
// measured when they were set, with a small margin, so that a regression
// fails and an improvement passes. Raise them when detection improves.
var Regression = map[string]Bounds{
	"dev":     {Recall: 0, FormatRecall: 0, ContextRecall: 0, Destroyed: 1, CleanChanged: 1},
	"heldout": {Recall: 0, FormatRecall: 0, ContextRecall: 0, Destroyed: 1, CleanChanged: 1},
}

// Targets are the project's goals, asserted with LOGSCRUB_EVAL_STRICT=1.
var Targets = Bounds{Recall: 0.995, FormatRecall: 0.97, ContextRecall: 0.97, Destroyed: 0.0005, CleanChanged: 0.001}

// Check lists how r falls short of b, hard failures first.
func (b Bounds) Check(r *Result) []string {
	var v []string
	for _, h := range r.Hard {
		v = append(v, r.Part+": hard failure: "+h)
	}
	if g := r.Secrets.Good(); g < b.Recall {
		v = append(v, fmt.Sprintf("%s: recall %s < %s", r.Part, pct(g), pct(b.Recall)))
	}
	for _, row := range sorted(r.ByFormat) {
		if g := row.c.Good(); g < b.FormatRecall {
			v = append(v, fmt.Sprintf("%s: format %s recall %s < %s", r.Part, row.name, pct(g), pct(b.FormatRecall)))
		}
	}
	for _, row := range sorted(r.ByContext) {
		if g := row.c.Good(); g < b.ContextRecall {
			v = append(v, fmt.Sprintf("%s: context %s recall %s < %s", r.Part, row.name, pct(g), pct(b.ContextRecall)))
		}
	}
	if d := r.Harmless.Rate(); d > b.Destroyed {
		v = append(v, fmt.Sprintf("%s: harmless destroyed %s > %s", r.Part, pct(d), pct(b.Destroyed)))
	}
	if c := r.Clean.Rate(); c > b.CleanChanged {
		v = append(v, fmt.Sprintf("%s: clean lines changed %s > %s", r.Part, pct(c), pct(b.CleanChanged)))
	}
	return v
}

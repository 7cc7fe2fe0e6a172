package filter

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/logscrub/logscrub/rules"
)

// SampleFailure is a rule sample that did not behave as its rule file
// says: a must_redact sample that came out unchanged or was changed only by
// other rules, or a must_keep sample that was changed. Samples are fake
// secrets written for testing, so a failure carries them and the scrubbed
// output in full.
type SampleFailure struct {
	Rule *rules.Rule
	// Redact is true for a must_redact sample, false for must_keep.
	Redact bool
	Sample string
	Output string // the sample scrubbed (its lines one after another)
	// Problem says what happened: "unchanged", "changed by other rules
	// only (password)" or "changed (by password)".
	Problem string
}

// List returns the name of the sample's list: "must_redact" or "must_keep".
func (f SampleFailure) List() string {
	if f.Redact {
		return "must_redact"
	}
	return "must_keep"
}

// String describes the failure on one line, samples quoted Go-style:
//
//	rule "acme-token": must_keep sample "got acme_x": changed (by acme-token): "got [REDACTED:acme-token]"
func (f SampleFailure) String() string {
	s := fmt.Sprintf("rule %q: %s sample %q: %s", f.Rule.ID, f.List(), f.Sample, f.Problem)
	if f.Output != f.Sample {
		s += fmt.Sprintf(": %q", f.Output)
	}
	return s
}

// CheckSamples checks the must_redact and must_keep samples of every rule
// in the Scrubber's set and returns the failures, in rule order. An empty
// result means every sample passed.
func CheckSamples(sc *Scrubber) []SampleFailure {
	return CheckRuleSamples(sc, sc.set.Rules)
}

// CheckRuleSamples checks the samples of the given rules, which must belong
// to the Scrubber's set, and returns the failures in the order given.
//
// Each sample is scrubbed as one line (or, holding "\n", as consecutive
// lines: a command and its output) by a fresh Stream, with the whole
// set (a sample shows how the rule behaves among the others). A
// must_redact sample passes when the line changes and the rule itself
// redacted something in it; a must_keep sample passes when the line comes
// out unchanged. A rule that is not in the set fails every sample.
//
// It allocates (a Stream per sample): it is for tests and tools such as
// "logscrub rules test", not for the hot path. It is safe for concurrent
// use, as the Scrubber is.
func CheckRuleSamples(sc *Scrubber, rs []*rules.Rule) []SampleFailure {
	var fails []SampleFailure
	for _, r := range rs {
		inSet := r.Index >= 0 && r.Index < len(sc.set.Rules) && sc.set.Rules[r.Index] == r
		check := func(sample string, redact bool) {
			f := SampleFailure{Rule: r, Redact: redact, Sample: sample, Output: sample}
			if !inSet {
				f.Problem = "the rule is not in the scrubber's rule set"
				fails = append(fails, f)
				return
			}
			st := sc.NewStream()
			out := scrubSample(st, sample)
			f.Output = string(out)
			changed := !bytes.Equal(out, []byte(sample))
			by := st.Stats().Redactions
			switch {
			case redact && !changed:
				f.Problem = "unchanged"
			case redact && by[r.Index] == 0:
				f.Problem = "changed by other rules only (" + ruleList(sc.set, by) + ")"
			case !redact && changed:
				f.Problem = "changed (by " + ruleList(sc.set, by) + ")"
			default:
				return
			}
			fails = append(fails, f)
		}
		for _, s := range r.MustRedact {
			check(s, true)
		}
		for _, s := range r.MustKeep {
			check(s, false)
		}
	}
	return fails
}

// ruleList names the rules with a nonzero count, comma-separated.
func ruleList(set *rules.Set, counts []int64) string {
	var ids []string
	for i, n := range counts {
		if n > 0 {
			ids = append(ids, set.Rules[i].ID)
		}
	}
	return strings.Join(ids, ", ")
}

// scrubSample scrubs a sample's lines one after another with st.
func scrubSample(st *Stream, sample string) []byte {
	var out []byte
	for i, l := range strings.Split(sample, "\n") {
		if i > 0 {
			out = append(out, '\n')
		}
		out = st.AppendLine(out, []byte(l))
	}
	return out
}

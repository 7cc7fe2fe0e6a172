package filter_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// TestCheckSamplesDefaults: every sample of the shipped rules passes.
func TestCheckSamplesDefaults(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	for _, f := range filter.CheckSamples(sc) {
		t.Error(f)
	}
}

const brokenRules = `
[[rules]]
id = "acme-token"
description = "Acme API token"
prefixes = ["acme_"]
alphabet = "A-Za-z0-9"
min_length = 8
max_length = 40
must_redact = ["got acme_Zx8Qw2Er4Ty6Ui8Op"]
must_keep = ["got acme_Zx8Qw2Er4Ty6Ui8Oq", "got acme_short"]

[[keys]]
id = "acme-session"
description = "Acme session"
names = ["acme_sess"]
min_length = 8
must_redact = ["acme_sess=AbCdEf123456", "acme_sess=short", "password=hunter2-secret"]
must_keep = ["acme_sess=42"]
`

// TestCheckSamplesBroken: a must_keep sample that is redacted, a
// must_redact sample that is kept and one that another rule redacts are
// each reported, with what happened; the passing samples are not.
func TestCheckSamplesBroken(t *testing.T) {
	p := filepath.Join(t.TempDir(), "broken.toml")
	if err := os.WriteFile(p, []byte(brokenRules), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := filter.New(set, filter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// In set order: a file's [[keys]] come before its [[rules]].
	want := []filter.SampleFailure{
		{Rule: set.Rule("acme-session"), Redact: true, Sample: "acme_sess=short",
			Output: "acme_sess=short", Problem: "unchanged"},
		{Rule: set.Rule("acme-session"), Redact: true, Sample: "password=hunter2-secret",
			Output: "password=[REDACTED:password]", Problem: "changed by other rules only (password)"},
		{Rule: set.Rule("acme-token"), Redact: false, Sample: "got acme_Zx8Qw2Er4Ty6Ui8Oq",
			Output: "got [REDACTED:acme-token]", Problem: "changed (by acme-token)"},
	}
	check := func(what string, got []filter.SampleFailure) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d failures, want %d: %v", what, len(got), len(want), got)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: failure %d:\n got %v\nwant %v", what, i, got[i], want[i])
			}
		}
	}
	check("CheckSamples", filter.CheckSamples(sc))
	check("CheckRuleSamples", filter.CheckRuleSamples(sc, []*rules.Rule{set.Rule("acme-session"), set.Rule("acme-token")}))

	if got, w := want[2].String(), `rule "acme-token": must_keep sample "got acme_Zx8Qw2Er4Ty6Ui8Oq": changed (by acme-token): "got [REDACTED:acme-token]"`; got != w {
		t.Errorf("String:\n got %s\nwant %s", got, w)
	}
	if got, w := want[0].String(), `rule "acme-session": must_redact sample "acme_sess=short": unchanged`; got != w {
		t.Errorf("String:\n got %s\nwant %s", got, w)
	}

	// A rule from another set fails every sample.
	other := mustDefault(t).Rule("password")
	if got := filter.CheckRuleSamples(sc, []*rules.Rule{other}); len(got) != len(other.MustRedact)+len(other.MustKeep) {
		t.Errorf("a foreign rule: %d failures, want one per sample: %v", len(got), got)
	}
}

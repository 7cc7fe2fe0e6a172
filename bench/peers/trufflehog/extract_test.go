package main

import (
	"reflect"
	"strings"
	"testing"
)

// testdata/detectors is a miniature pkg/detectors in the shapes trufflehog's
// detector tests use: acme ({name, input, want []string} with Sprintf,
// concatenation, package-level and local names, a multi-line raw string,
// negatives and a case that cannot be evaluated, plus an integration test
// to skip), nested/v1 ({Input, Expected map} and {data, shouldMatch, match})
// and nested/v2 (no unit test).
func TestExtract(t *testing.T) {
	dets, err := extractDir("testdata/detectors")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range dets {
		names = append(names, d.name)
	}
	if want := []string{"acme", "nested/v1", "nested/v2"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("detectors = %q, want %q", names, want)
	}

	acme := dets[0]
	const valid = "acme_Zx8Qw2Er4Ty6Ui8Op0As"
	want := []sample{
		{name: "valid pattern - sprintf", input: "acme token = '" + valid + "'", want: []string{valid}},
		{name: "valid pattern - concatenation", input: "export ACME=" + valid + " # acme", want: []string{valid}},
		{name: "valid pattern - raw multi-line", input: "config:\n  acme_key: acme_Mm1Nn2Bb3Vv4Cc5Xx6Zz\n",
			want: []string{"acme_Mm1Nn2Bb3Vv4Cc5Xx6Zz"}},
		{name: "valid pattern - composite and local", input: "id=id-0123456789 secret=acme_L0c4lL0c4lL0c4lL0",
			want: []string{"id-0123456789:acme_L0c4lL0c4lL0c4lL0"}},
		{name: "repeat", input: "acme xxx", want: []string{"acme xxx"}},
	}
	if !reflect.DeepEqual(acme.samples, want) {
		t.Errorf("acme samples:\n got %q\nwant %q", acme.samples, want)
	}
	if acme.negatives != 2 {
		t.Errorf("acme negatives = %d, want 2", acme.negatives)
	}
	if got := acme.skipped; len(got) != 1 || got["input: a call of a function of the test package"] != 1 {
		t.Errorf("acme skipped = %v", got)
	}
	if ls := acme.samples[2].lines(); len(ls) != 3 || ls[1] != "  acme_key: acme_Mm1Nn2Bb3Vv4Cc5Xx6Zz" {
		t.Errorf("multi-line sample lines = %q", ls)
	}

	v1 := dets[1]
	got := map[string][]string{}
	for _, s := range v1.samples {
		got[s.input] = s.want
	}
	if len(v1.samples) != 2 || !reflect.DeepEqual(got["client_secret = \"s3cr3t~Value_1234567890\""], []string{"s3cr3t~Value_1234567890"}) ||
		!reflect.DeepEqual(got["tok=nst_abcdef0123456789"], []string{"nst_abcdef0123456789"}) {
		t.Errorf("nested/v1 samples = %q", v1.samples)
	}
	if v1.negatives != 2 || v1.skipped["positive case that names no expected secret"] != 1 {
		t.Errorf("nested/v1 negatives = %d, skipped = %v", v1.negatives, v1.skipped)
	}

	if v2 := dets[2]; v2.problem != "no unit test file" || len(v2.samples) != 0 {
		t.Errorf("nested/v2 = %+v", v2)
	}
}

func TestJudge(t *testing.T) {
	for _, c := range []struct {
		name          string
		s             sample
		out           string
		removed, len_ bool
	}{
		{"redacted", sample{input: "k=acme_Zx8Qw2Er4Ty6Ui8Op0As", want: []string{"acme_Zx8Qw2Er4Ty6Ui8Op0As"}},
			"k=[REDACTED:acme]", true, true},
		{"untouched", sample{input: "k=acme_Zx8Qw2Er4Ty6Ui8Op0As", want: []string{"acme_Zx8Qw2Er4Ty6Ui8Op0As"}},
			"k=acme_Zx8Qw2Er4Ty6Ui8Op0As", false, false},
		// The lenient rule does not see partial redactions.
		{"a 12-byte window survives", sample{input: "k=acme_Zx8Qw2Er4Ty6Ui8Op0As", want: []string{"acme_Zx8Qw2Er4Ty6Ui8Op0As"}},
			"k=[REDACTED]w2Er4Ty6Ui8Op0As", false, true},
		{"kept prefix: strict fails, lenient passes", sample{input: "k=sk-ant-api03-Zx8Qw2Er4Ty6Ui8Op0As", want: []string{"sk-ant-api03-Zx8Qw2Er4Ty6Ui8Op0As"}},
			"k=sk-ant-api03-[REDACTED]", false, true},
		{"composite: its longest piece is what counts", sample{input: "id=bob secret=Zx8Qw2Er4Ty6Ui8Op0As", want: []string{"bob:Zx8Qw2Er4Ty6Ui8Op0As"}},
			"id=bob secret=[REDACTED]", true, true},
		{"multi-line", sample{input: "a\nkey: Zx8Qw2Er4Ty6\nb", want: []string{"Zx8Qw2Er4Ty6"}},
			"a\nkey: [REDACTED]\nb", true, true},
		{"url password", sample{input: "mongodb://u:Zx8Qw2Er4Ty6@db.example.com:27017/x", want: []string{"mongodb://u:Zx8Qw2Er4Ty6@db.example.com:27017/x"}},
			"mongodb://u:[REDACTED]@db.example.com:27017/x", false, true},
	} {
		v := judge(c.s, strings.Split(c.out, "\n"))
		if !v.judged || v.removed != c.removed || v.lenient != c.len_ {
			t.Errorf("%s: judged %v, removed %v, lenient %v; want removed %v, lenient %v",
				c.name, v.judged, v.removed, v.lenient, c.removed, c.len_)
		}
	}
	if v := judge(sample{input: "x=1", want: []string{"decoded-secret-value"}}, []string{"x=1"}); v.judged {
		t.Error("judged a sample whose expected string is not in its input")
	}
}

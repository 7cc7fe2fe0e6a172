package filter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

const acmeGitleaks = `title = "acme"
[[rules]]
id = "acme-deploy-token"
regex = '''(?i)acme deploy token ([a-z0-9]{32})\b'''
secretGroup = 1
entropy = 3
keywords = ["acme deploy"]
[[rules.allowlists]]
stopwords = ["example"]
`

func gitleaksScrubber(t *testing.T) *filter.Scrubber {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gitleaks.toml")
	if err := os.WriteFile(p, []byte(acmeGitleaks), 0o600); err != nil {
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
	return sc
}

// TestGitleaksRule: a rule from a gitleaks configuration, loaded over the
// defaults, redacts its secret group (in text and in JSON strings) and keeps
// what its allowlist, its entropy or a missing keyword keep.
func TestGitleaksRule(t *testing.T) {
	st := gitleaksScrubber(t).NewStream()
	for in, want := range map[string]string{
		"12:00 using ACME deploy token q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2 for prod":     "12:00 using ACME deploy token [REDACTED:acme-deploy-token] for prod",
		`{"msg":"acme deploy token q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2","level":"info"}`: `{"msg":"acme deploy token [REDACTED:acme-deploy-token]","level":"info"}`,
		"acme deploy token exampleq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5G":                        "acme deploy token exampleq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5G", // stopword
		"acme deploy token abababababababababababababababab":                          "acme deploy token abababababababababababababababab",   // entropy 1 < 3
		"acme deploy q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2":                                "acme deploy q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2",         // no keyword
	} {
		if got := string(st.AppendLine(nil, []byte(in))); got != want {
			t.Errorf("scrub(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestRegexRuleLongLine: a keyword repeated along a multi-MB line must not
// make the regex rescan its window for every hit (the test timeout is the
// bound), and every secret on the line is still found.
func TestRegexRuleLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	sc := gitleaksScrubber(t)
	unit := "acme deploy token q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2 "
	line := strings.Repeat(unit, 100_000)
	var out bytes.Buffer
	if err := sc.NewStream().Copy(&out, strings.NewReader(line+"\n")); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out.Bytes(), []byte("q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2")) {
		t.Error("a secret survived on the long line")
	}
	if n := bytes.Count(out.Bytes(), []byte("[REDACTED:acme-deploy-token]")); n != 100_000 {
		t.Errorf("%d redactions, want 100000", n)
	}
}

package main

import (
	"github.com/logscrub/logscrub/bench/peers/peerscore"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A miniature gitleaks tree in the shapes the real rule files use.
var fakeTree = map[string]string{
	"utils/patterns.go": `package utils
import "fmt"
func Hex(size string) string { return fmt.Sprintf(` + "`[a-f0-9]{%s}`" + `, size) }
`,
	"utils/generate.go": `package utils
import ("fmt"; "strings")
func GenerateSampleSecret(identifier string, secret string) string {
	return fmt.Sprintf("%s_key = \"%s\"", identifier, secret)
}
func GenerateSampleSecrets(identifier string, secret string) []string {
	samples := map[string]string{
		"a": "{i}Token={s}",
		"b": "{I}_TOKEN: '{s}'",
		"c": "{\n  \"{i}\": \"{s}\"\n}",
	}
	replacer := strings.NewReplacer("{i}", identifier, "{I}", strings.ToUpper(identifier), "{s}", secret)
	cases := make([]string, 0, len(samples))
	for _, v := range samples {
		cases = append(cases, replacer.Replace(v))
	}
	return cases
}
`,
	"rules/acme.go": `package rules
func Acme() *config.Rule {
	r := config.Rule{RuleID: "acme-token", Regex: nil}
	id := "acme"
	tps := utils.GenerateSampleSecrets(id, secrets.NewSecret("acme_" + utils.Hex("8")))
	tps = append(tps, "literal acme_0123abcd", utils.GenerateSampleSecret("acme", "s3cr3tValue1"))
	tps = append(tps, []string{fmt.Sprintf("x=%s", "acme_ffff0000")}...)
	tps = append(tps, notKnown())
	return utils.Validate(r, tps, nil)
}
func Paths() *config.Rule {
	r := config.Rule{RuleID: "acme-file"}
	tps := map[string]string{"a.p12": ""}
	return utils.ValidateWithPaths(r, tps, nil)
}
`,
}

func TestExtract(t *testing.T) {
	root := t.TempDir()
	for name, text := range fakeTree {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, err := newExtractor(root)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := x.extractDir(filepath.Join(root, "rules"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].id != "acme-token" || rs[1].id != "acme-file" {
		t.Fatalf("rules = %+v", rs)
	}
	if rs[1].problem == "" || len(rs[1].samples) != 0 {
		t.Errorf("path rule: %+v", rs[1])
	}
	got := rs[0]
	if got.skipped != 1 {
		t.Errorf("skipped = %d, want 1 (the local function call)", got.skipped)
	}
	if len(got.samples) != 6 {
		t.Fatalf("samples = %q", got.samples)
	}
	secret := got.samples[0].secret
	if !regexp.MustCompile(`^acme_[a-f0-9]{8}$`).MatchString(secret) {
		t.Errorf("generated secret %q", secret)
	}
	want := []string{"acmeToken=" + secret, "ACME_TOKEN: '" + secret + "'", "{\n  \"acme\": \"" + secret + "\"\n}",
		"literal acme_0123abcd", `acme_key = "s3cr3tValue1"`, "x=acme_ffff0000"}
	for i, w := range want {
		if got.samples[i].line != w {
			t.Errorf("sample %d = %q, want %q", i, got.samples[i].line, w)
		}
	}
	if got.samples[3].secret != "" || got.samples[4].secret != "s3cr3tValue1" {
		t.Errorf("secrets: %q, %q", got.samples[3].secret, got.samples[4].secret)
	}
}

func TestGenerate(t *testing.T) {
	g := newGenerator(1)
	for _, p := range []string{`ATATT3[A-Za-z0-9_\-=]{186}`, `(?i)[a-z]{3}\d{2}(foo|bar)?x+`, `[\w~.]{3}[0-9]Q~[\w~.-]{31,34}`, `[^\s"]{10}`} {
		for range 20 {
			s, err := g.generate(p)
			if err != nil {
				t.Fatal(err)
			}
			if !regexp.MustCompile(`^(?:` + p + `)$`).MatchString(s) {
				t.Errorf("%s generated %q", p, s)
			}
		}
	}
}

func TestRemovedSecret(t *testing.T) {
	for _, c := range []struct {
		in, out string
		want    bool
	}{
		{"k=Zx8Qw2Er4Ty6", "k=[REDACTED:x]", true},
		{"k=Zx8Qw2Er4Ty6", "k=Zx8Qw2Er4Ty6", false},
		{"see https://example.com/a/b k=Zx8Qw2Er4Ty6", "see https://example.com/a/b k=[R]", true},
		{"curl -u bob:P@ss$1", "curl -u bob:[R]", true},
	} {
		if got := removedSecret(sample{line: c.in}, c.out); got != c.want {
			t.Errorf("removedSecret(%q, %q) = %v", c.in, c.out, got)
		}
	}
	if !strings.Contains(peerscore.LongestRandomToken("a=1 tok=Zx8Qw2Er4Ty6Ui8 url=https://www.example.com/path_segment"), "Zx8") {
		t.Error("LongestRandomToken picked a URL piece")
	}
}

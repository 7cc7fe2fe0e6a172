package rules

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExample compiles the rule-file example in README.md over the
// defaults, so the documented schema cannot drift from the loader.
func TestReadmeExample(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "```toml\n")
	if !ok {
		t.Fatal("README.md has no ```toml block")
	}
	example, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("unterminated ```toml block in README.md")
	}
	set, err := Compile(NamedSource{Name: DefaultName, Data: defaultTOML}, NamedSource{Name: "README.md", Data: []byte(example)})
	if err != nil {
		t.Fatalf("README example does not compile: %v", err)
	}
	for _, id := range []string{"acme-session", "acme-token", "acme-cloud-token", "acme-account-secret", "acme-legacy", "url-credentials"} {
		if set.Rule(id) == nil {
			t.Errorf("rule %s from the README example is missing", id)
		}
	}
	if set.Rule("twilio-api-key") != nil {
		t.Error("disable in the README example did not remove twilio-api-key")
	}
	if r := set.Rule("acme-token"); r != nil && (r.MinLen != 32 || r.MaxLen != 40 || r.Allow == nil) {
		t.Errorf("acme-token compiled as %+v", r)
	}
	if r := set.Rule("acme-account-secret"); r != nil && (!r.KeepToken || r.Pair == nil || r.Pair.MinLen != 32 || r.Pair.MaxLen != 32 || r.Pair.Within != 160) {
		t.Errorf("acme-account-secret compiled as %+v", r)
	}
	if r := set.Rule("acme-cloud-token"); r != nil && (r.HeadAlphabet == nil || r.HeadMin != 12 || r.HeadMax != 12) {
		t.Errorf("acme-cloud-token compiled as %+v", r)
	}
}

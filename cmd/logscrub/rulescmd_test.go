package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

func defaultSet(t *testing.T) *rules.Set {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestRulesList(t *testing.T) {
	set := defaultSet(t)
	r := runCLI(t, unread{t}, "rules", "list")
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(set.Rules)+2 {
		t.Fatalf("%d lines for %d rules:\n%s", len(lines), len(set.Rules), r.stdout)
	}
	tokens := 0
	for _, rl := range set.Rules {
		if rl.Kind == rules.KindToken {
			tokens++
		}
	}
	total := lines[len(lines)-1]
	if !strings.HasPrefix(total, fmt.Sprintf("%d rules: ", len(set.Rules))) || !strings.Contains(total, fmt.Sprintf(" %d token,", tokens)) {
		t.Errorf("total line %q", total)
	}
	if !regexp.MustCompile(`^ID\s+KIND\s+STYLE\s+DESCRIPTION$`).MatchString(lines[0]) {
		t.Errorf("header %q", lines[0])
	}
	// Columns line up: each field starts where the header's does.
	col := strings.Index(lines[0], "STYLE")
	for i, rl := range set.Rules {
		l := lines[i+1]
		f := strings.Fields(l)
		if len(f) < 3 || f[0] != rl.ID || f[1] != rl.Kind.String() || f[2] != resolvedStyle(set, rl).String() {
			t.Errorf("line %d %q, want rule %s %s", i+1, l, rl.ID, rl.Kind)
			continue
		}
		if !strings.HasSuffix(l, rl.Description) || !strings.HasPrefix(l[col:], f[2]) {
			t.Errorf("line %q: description or columns wrong", l)
		}
	}
	if pw := set.Rule("password"); !regexp.MustCompile(`(?m)^password\s+key\s+mask\s+` + regexp.QuoteMeta(pw.Description) + `$`).MatchString(r.stdout) {
		t.Errorf("no password row:\n%s", r.stdout)
	}
}

func TestRulesListJSONAndRuleFiles(t *testing.T) {
	dir := t.TempDir()
	mine := writeFile(t, dir, "mine.toml", `style = "partial"
disable = ["twilio-api-key"]

[[keys]]
id = "acme-session"
description = "Acme session cookie"
names = ["acme_sess"]
style = "hash"
`)
	set, err := rules.Load(mine)
	if err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, unread{t}, "rules", "list", "--json", "--rules", mine)
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(set.Rules) {
		t.Fatalf("%d lines for %d rules", len(lines), len(set.Rules))
	}
	for i, l := range lines {
		var row ruleRow
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&row); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		rl := set.Rules[i]
		want := ruleRow{rl.ID, rl.Kind.String(), resolvedStyle(set, rl).String(), rl.Description, rl.Source.String()}
		if row != want {
			t.Errorf("row %d: %+v, want %+v", i, row, want)
		}
		if row.ID == "twilio-api-key" {
			t.Error("a disabled rule is listed")
		}
	}
	// The file's global style and its rule's own style are resolved.
	for _, c := range []struct{ id, style, source string }{
		{"acme-session", "hash", mine + ":4"},
		{"password", "partial", ""},
	} {
		want := fmt.Sprintf(`"id":%q,"kind":"key","style":%q`, c.id, c.style)
		if !strings.Contains(r.stdout, want) || !strings.Contains(r.stdout, c.source) {
			t.Errorf("no %s in\n%s", want, r.stdout)
		}
	}

	// Errors: a bad rule file, a stray argument, an unknown command.
	bad := writeFile(t, dir, "bad.toml", "[[rules]]\nid = \"x\"\ndetector = \"nope\"\n")
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"rules", "list", "--rules", bad}, bad + ":3:"},
		{[]string{"rules", "list", mine}, "unexpected argument"},
		{[]string{"rules", "list", "--bogus"}, "-bogus"},
		{[]string{"rules", "lsit"}, `unknown command "lsit"`},
		{[]string{"rules"}, "Usage:"},
	} {
		r := runCLI(t, unread{t}, c.args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, c.stderr) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 with %q", c.args, r.code, r.stdout, r.stderr, c.stderr)
		}
	}
	for _, args := range [][]string{{"rules", "--help"}, {"rules", "list", "--help"}, {"rules", "test", "-h"}} {
		r := runCLI(t, unread{t}, args...)
		if r.code != exitOK || !strings.Contains(r.stderr, "rules test [--all] FILE") || !strings.Contains(r.stderr, "Exit status") {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

const goodRules = `[[keys]]
id = "acme-session"
description = "Acme session cookie"
names = ["acme_sess"]
min_length = 8
must_redact = ["acme_sess=AbCdEf123456", "X-Acme-Sess: AbCdEf123456"]
must_keep = ["acme_sess=42"]

[[rules]]
id = "acme-token"
description = "Acme API token"
prefixes = ["acme_"]
alphabet = "A-Za-z0-9"
min_length = 20
max_length = 40
must_redact = ["got acme_Zx8Qw2Er4Ty6Ui8Op0As2"]
must_keep = ["got acme_short"]
`

func TestRulesTest(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.toml", goodRules)
	r := runCLI(t, unread{t}, "rules", "test", good)
	wantCode(t, r, exitOK)
	if r.stdout != "5 passed, 0 failed\n" || r.stderr != "" {
		t.Errorf("good file: stdout %q, stderr %q", r.stdout, r.stderr)
	}

	// A must_keep sample that is redacted, a must_redact sample that is
	// kept and one only another rule redacts.
	broken := strings.Replace(goodRules, `must_keep = ["got acme_short"]`, `must_keep = ["got acme_short", "got acme_Zx8Qw2Er4Ty6Ui8Op0As3"]`, 1)
	broken = strings.Replace(broken, `must_redact = ["acme_sess=AbCdEf123456", `, `must_redact = ["acme_sess=short", "password=hunter2-secret", `, 1)
	bad := writeFile(t, dir, "broken.toml", broken)
	r = runCLI(t, unread{t}, "rules", "test", bad)
	wantCode(t, r, exitSamplesFailed)
	want := bad + `:1: rule "acme-session": must_redact sample "acme_sess=short": unchanged
` + bad + `:1: rule "acme-session": must_redact sample "password=hunter2-secret": changed by other rules only (password): "password=[REDACTED:password]"
` + bad + `:9: rule "acme-token": must_keep sample "got acme_Zx8Qw2Er4Ty6Ui8Op0As3": changed (by acme-token): "got [REDACTED:acme-token]"
4 passed, 3 failed
`
	if r.stdout != want {
		t.Errorf("broken file:\n got %q\nwant %q", r.stdout, want)
	}

	// --all checks the defaults too: they all pass.
	set := defaultSet(t)
	n := 0
	for _, rl := range set.Rules {
		n += len(rl.MustRedact) + len(rl.MustKeep)
	}
	r = runCLI(t, unread{t}, "rules", "test", "--all")
	wantCode(t, r, exitOK)
	if want := fmt.Sprintf("%d passed, 0 failed\n", n); r.stdout != want {
		t.Errorf("--all: %q, want %q", r.stdout, want)
	}
	r = runCLI(t, unread{t}, "rules", "test", good, "--all")
	wantCode(t, r, exitOK)
	if want := fmt.Sprintf("%d passed, 0 failed\n", n+5); r.stdout != want {
		t.Errorf("--all with a file: %q, want %q", r.stdout, want)
	}

	// A rule without samples is pointed out; a file without rules says so.
	nosamples := writeFile(t, dir, "nosamples.toml", "[[keys]]\nid = \"mine\"\nnames = [\"my_key\"]\n")
	r = runCLI(t, unread{t}, "rules", "test", nosamples)
	wantCode(t, r, exitOK)
	if !strings.Contains(r.stdout, nosamples+`:1: rule "mine": no must_redact samples`) || !strings.HasSuffix(r.stdout, "0 passed, 0 failed\n") {
		t.Errorf("no samples: %q", r.stdout)
	}
	only := writeFile(t, dir, "only-disable.toml", "disable = [\"twilio-api-key\"]\n")
	r = runCLI(t, unread{t}, "rules", "test", only)
	wantCode(t, r, exitOK)
	if r.stdout != only+": defines no rules\n0 passed, 0 failed\n" {
		t.Errorf("no rules: %q", r.stdout)
	}

	// Configuration errors are exit 2 and name the file and line.
	invalid := writeFile(t, dir, "invalid.toml", "# my rules\n[[keys]]\nid = \"mine\"\nnames = [\"my-key\"]\nstyle = \"blur\"\n")
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"rules", "test", invalid}, invalid + `:5: rule "mine": style:`},
		{[]string{"rules", "test", filepath.Join(dir, "missing.toml")}, "missing.toml"},
		{[]string{"rules", "test"}, "no rule FILE"},
		{[]string{"rules", "test", "--rules", good}, "-rules"},
	} {
		r := runCLI(t, unread{t}, c.args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, c.stderr) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 with %q", c.args, r.code, r.stdout, r.stderr, c.stderr)
		}
	}
}

package rules_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

const (
	gitleaksInvalidDir = "../testdata/rules/gitleaks/invalid"
	gitleaksValidDir   = "../testdata/rules/gitleaks/valid"
)

// TestGitleaksInvalid loads every testdata/rules/gitleaks/invalid/NAME.toml
// and compares the error with NAME.err, byte for byte, as TestInvalid does
// for logscrub files: compiled alone, except NAME = "defaults-*", loaded
// over the defaults. Every .toml needs its .err and every .err its .toml.
func TestGitleaksInvalid(t *testing.T) { runInvalidCases(t, gitleaksInvalidDir) }

// gitleaksValidChecks holds the assertions for each
// testdata/rules/gitleaks/valid file, loaded over the defaults.
var gitleaksValidChecks = map[string]func(t *testing.T, path string, set *rules.Set){
	"full.toml": func(t *testing.T, path string, set *rules.Set) {
		// 6 new rules; github-pat replaced; acme-aux (skipReport) left out;
		// session and jwt disabled.
		if n, want := len(set.Rules), defaultCount(t)-2+6; n != want {
			t.Errorf("%d rules, want %d: %v", n, want, ids(set))
		}
		for _, id := range []string{"session", "jwt", "acme-aux"} {
			if set.Rule(id) != nil {
				t.Errorf("rule %s should be gone", id)
			}
		}
		if keyRule(set, "sid") != nil {
			t.Error("the disabled session rule still claims its key names")
		}

		r := regexRule(t, set, "acme-api-key", path, 10)
		if r.Description != "Acme API key after its name" || r.SecretGroup != 1 || r.Entropy != 3.5 ||
			!slices.Equal(r.Anchors, []string{"acme_key", "acme-api"}) || r.Window != rules.MaxWindow ||
			r.Style != rules.StyleInherit || r.Template != "" {
			t.Errorf("acme-api-key compiled to %+v", *r)
		}
		if m := r.Regex.FindStringSubmatch(`ACME-API-KEY: "q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2"`); m == nil || m[r.SecretGroup] != "q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2" {
			t.Errorf("acme-api-key regex match %q", m)
		}
		// Three allowlists merged: the AND one with paths can never match a
		// log line and the paths-and-commits one is empty without them.
		checkAllows(t, r.Allow, map[string]bool{
			strings.Repeat("0", 32):            true, // ^0+$
			"TESTq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5G":  true, // (?i)^test
			"an-Example-value":                 true, // stopword, any case
			"DUMMY":                            true,
			strings.Repeat("f", 32):            true,  // AND with regexes only
			strings.Repeat("a", 32):            false, // AND with paths: dropped
			"q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2": false,
		})
		if len(r.Allow.Regexes) != 3 || !slices.Equal(r.Allow.Stopwords, []string{"example", "dummy"}) {
			t.Errorf("acme-api-key allowlist: regexes %v, stopwords %q", r.Allow.Regexes, r.Allow.Stopwords)
		}

		r = regexRule(t, set, "acme-legacy", path, 39)
		if r.SecretGroup != 2 || !slices.Equal(r.Anchors, []string{"acme_legacy"}) || r.Window != rules.DefaultWindow {
			t.Errorf("acme-legacy (secretgroup, Keywords in other cases) compiled to %+v", *r)
		}
		checkAllows(t, r.Allow, map[string]bool{strings.Repeat("0", 24): true, "my-LEGACY-key": true, "AbCdEfGhIjKlMnOpQrStUvWx": false})

		// The default token rule replaced in place by a regex rule,
		// anchored on its literal; group 1 by gitleaks's rule for an unset
		// secretGroup; a targeted global allowlist.
		// In place: after the same rule as in the defaults.
		def, _ := rules.Default()
		r = regexRule(t, set, "github-pat", path, 56)
		if d := def.Rule("github-pat"); r.Index == 0 || set.Rules[r.Index-1].ID != def.Rules[d.Index-1].ID || r.SecretGroup != 1 || r.Entropy != 3 ||
			!slices.Equal(r.Anchors, []string{"ghp_"}) || r.Window != rules.DefaultWindow || len(r.Prefixes) != 0 {
			t.Errorf("github-pat compiled to %+v", *r)
		}
		checkAllows(t, r.Allow, map[string]bool{"ghp_" + strings.Repeat("0", 36): true, "ghp_" + strings.Repeat("1", 36): false})
		// targetRules also reaches a logscrub default rule.
		pw := set.Rule("password")
		if pw == nil || pw.Kind != rules.KindKey || pw.Source.File != rules.DefaultName || !pw.Allow.Allows([]byte("hunter2")) {
			t.Errorf("password: targeted allowlist missing: %+v", pw)
		}
		if def.Rule("password").Allow.Allows([]byte("hunter2")) {
			t.Error("the default password rule allows hunter2 by itself; the test proves nothing")
		}

		r = regexRule(t, set, "acme-whole", path, 61)
		if r.SecretGroup != 0 || r.Regex.NumSubexp() != 2 || !slices.Equal(r.Anchors, []string{"acme_live", "acme_test"}) || r.Allow != nil {
			t.Errorf("acme-whole compiled to %+v", *r)
		}
		r = regexRule(t, set, "corp-token", path, 75)
		if r.SecretGroup != 0 || !slices.Equal(r.Anchors, []string{"acmecorp_", "umbrellacorp_"}) || r.Window != rules.DefaultWindow {
			t.Errorf("corp-token compiled to %+v", *r)
		}
		if r := regexRule(t, set, "acme-jwt", path, 80); r.Window != rules.MaxWindow || r.SecretGroup != 1 {
			t.Errorf("acme-jwt (unbounded) compiled to %+v", *r)
		}
		if r := regexRule(t, set, "acme-cert", path, 86); r.Window != len("acme_cert=")+600 {
			t.Errorf("acme-cert window %d, want %d", r.Window, len("acme_cert=")+600)
		}

		// The first global allowlist joins logscrub's global one.
		checkAllows(t, set.Allow, map[string]bool{
			"${DB_PASSWORD}": true, "my-PlaceHolder": true, "AKIAIOSFODNN7EXAMPLE": true, "hunter2": false,
		})
	},

	"anchors.toml": func(t *testing.T, path string, set *rules.Set) {
		if n, want := len(set.Rules), defaultCount(t)+5; n != want {
			t.Errorf("%d rules, want %d", n, want)
		}
		for _, c := range []struct {
			id      string
			line    int
			anchors []string
			group   int
			window  int
		}{
			{"gl-aws-access-token", 5, []string{"a3t", "akia", "asia", "abia", "acca"}, 1, rules.DefaultWindow},
			{"gl-azure-ad-client-secret", 9, []string{"0q~", "1q~", "2q~", "3q~", "4q~", "5q~", "6q~", "7q~", "8q~", "9q~"}, 1, rules.DefaultWindow},
			{"gl-flyio-access-token", 13, []string{"fo1_", "fm1a_", "fm1r_", "fm2_"}, 1, rules.MaxWindow},
			{"gl-slack-webhook-url", 17, []string{"https://hooks.slack.com/services/", "https://hooks.slack.com/workflows/"}, 0, rules.DefaultWindow},
			{"gl-doppler-api-token", 21, []string{"dp.pt."}, 0, rules.DefaultWindow},
		} {
			r := regexRule(t, set, c.id, path, c.line)
			if !slices.Equal(r.Anchors, c.anchors) || r.SecretGroup != c.group || r.Window != c.window {
				t.Errorf("%s: anchors %q, group %d, window %d; want %q, %d, %d", c.id, r.Anchors, r.SecretGroup, r.Window, c.anchors, c.group, c.window)
			}
		}
	},

	"old-form.toml": func(t *testing.T, path string, set *rules.Set) {
		// useDefault = false still keeps logscrub's defaults.
		if n, want := len(set.Rules), defaultCount(t)+1; n != want {
			t.Errorf("%d rules, want %d", n, want)
		}
		if keyRule(set, "password") == nil || set.Rule("github-pat") == nil {
			t.Error("useDefault = false dropped logscrub's defaults")
		}
		r := regexRule(t, set, "gl-beamer-api-token", path, 14)
		if !slices.Equal(r.Anchors, []string{"beamer"}) || r.SecretGroup != 1 || r.Description != "Beamer API token" {
			t.Errorf("gl-beamer-api-token compiled to %+v", *r)
		}
		checkAllows(t, set.Allow, map[string]bool{"TRUE": true, "null": true, "a-sample": true, "truex": false})
		stop := slices.Clone(set.Allow.Stopwords)
		sort.Strings(stop)
		if !slices.Equal(stop, []string{"example", "sample"}) {
			t.Errorf("global stopwords %q", stop)
		}
	},

	"minimal.toml": func(t *testing.T, path string, set *rules.Set) {
		if n, want := len(set.Rules), defaultCount(t)+1; n != want {
			t.Errorf("%d rules, want %d", n, want)
		}
		r := regexRule(t, set, "gl-clojars-api-token", path, 4)
		if !slices.Equal(r.Anchors, []string{"clojars_"}) || r.SecretGroup != 0 || r.Entropy != 0 || r.Allow != nil {
			t.Errorf("gl-clojars-api-token compiled to %+v", *r)
		}
	},
}

// TestGitleaksValid loads every testdata/rules/gitleaks/valid file over the
// defaults and runs its checks; a file without checks, or checks without a
// file, fail.
func TestGitleaksValid(t *testing.T) { runValidFiles(t, gitleaksValidDir, gitleaksValidChecks) }

// TestGitleaksMerged loads a logscrub file and gitleaks files together: the
// formats mix freely, in order, and disabledRules reaches rules of earlier
// files of either kind.
func TestGitleaksMerged(t *testing.T) {
	dir := t.TempDir()
	later := filepath.Join(dir, "later.toml")
	if err := os.WriteFile(later, []byte("[extend]\ndisabledRules = [\"acme-token\", \"corp-token\"]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Join(validDir, "tokens.toml")
	full := filepath.Join(gitleaksValidDir, "full.toml")
	set, err := rules.Load(tokens, full, later)
	if err != nil {
		t.Fatal(err)
	}
	checkSet(t, set)
	for _, id := range []string{"acme-token", "corp-token", "session", "jwt"} {
		if set.Rule(id) != nil {
			t.Errorf("rule %s should be gone", id)
		}
	}
	// tokens.toml disables github-pat; full.toml brings it back as a regex rule.
	if r := set.Rule("github-pat"); r == nil || r.Kind != rules.KindRegex || r.Source.File != full {
		t.Errorf("github-pat: %+v", r)
	}
	if r := set.Rule("db-dsn-password"); r == nil || r.Source.File != tokens {
		t.Errorf("db-dsn-password from %s: %+v", tokens, r)
	}
}

// TestGitleaksDetection: which files are read as gitleaks configurations.
// The base rule has a regex and no anchors: a gitleaks file anchors it on
// its literal "abc_", a logscrub file rejects it.
func TestGitleaksDetection(t *testing.T) {
	const rule = "[[rules]]\nid = \"r\"\nregex = '''abc_([a-z]{10})'''\n"
	const nativeErr = `rules: t.toml:1: rule "r": anchors: a regex rule needs at least one literal anchor (keyword)`
	for _, c := range []struct {
		before, inRule, after string
		gitleaks              bool
		err                   string // for a gitleaks file that is rejected
	}{
		{gitleaks: false, err: nativeErr},
		{before: "title = \"t\"\n", gitleaks: true},
		{before: "description = \"d\"\n", err: `rules: t.toml:1: unknown key "description"`}, // not a trigger
		{after: "[extend]\nuseDefault = false\n", gitleaks: true},
		{after: "[[allowlists]]\nregexes = ['^a']\n", gitleaks: true},
		{after: "allowlists = [{stopwords = ['x']}]\n", gitleaks: true},
		{after: "[allowlist]\ncommits = ['abc']\n", gitleaks: true},
		{after: "[allowlist]\nregexes = ['^a']\n", err: nativeErr}, // both schemas have it
		{inRule: "keywords = [\"abc_\"]\n", gitleaks: true},
		{inRule: "secretGroup = 1\n", gitleaks: true},
		{inRule: "SECRETGROUP = 1\n", gitleaks: true}, // keys in any case, as gitleaks reads them
		{inRule: "tags = []\n", gitleaks: true},
		{inRule: "skipReport = false\n", gitleaks: true},
		{inRule: "entropy = 2.5\n", err: nativeErr},
		{inRule: "[[rules.allowlists]]\nregexes = ['^a']\n", gitleaks: true},
		{inRule: "[rules.allowlist]\npaths = ['x']\n", gitleaks: true},
		{inRule: "[rules.allowlist]\nregexTarget = 'secret'\nregexes = ['^a']\n", gitleaks: true},
		{inRule: "[rules.allowlist]\ncondition = 'OR'\nregexes = ['^a']\n", gitleaks: true},
		{inRule: "path = '''\\.env$'''\n", err: `rules: t.toml:4: rule "r": path: path rules are not supported: a log stream has no file paths`},
		{inRule: "[[rules.required]]\nid = \"r\"\n", err: `rules: t.toml:4: rule "r": required: composite rules ([[rules.required]]) are not supported`},
		// A key of the wrong type for gitleaks is a typo in a logscrub file.
		{before: "title = 1\n", err: `rules: t.toml:1: unknown key "title"`},
		{inRule: "secretGroup = \"1\"\n", err: `rules: t.toml:4: rule "r": unknown key "rules.secretGroup"`},
		{after: "[allowlists]\nregexes = ['^a']\n", err: `rules: t.toml:4: unknown key "allowlists"`},
	} {
		text := c.before + rule + c.inRule + c.after
		set, err := rules.Compile(rules.NamedSource{Name: "t.toml", Data: []byte(text)})
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%q:\n got %v\nwant %s", text, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if r := set.Rule("r"); r == nil || !slices.Equal(r.Anchors, []string{"abc_"}) {
			t.Errorf("%q: rule r %+v, want one anchored on abc_", text, r)
		}
	}
}

// TestGitleaksAnchorsAndGroups: keywords, derived anchors, secret groups
// and windows of single rules.
func TestGitleaksAnchorsAndGroups(t *testing.T) {
	for _, c := range []struct {
		regex, extra string
		anchors      []string
		group        int
		window       int
		err          string
	}{
		{regex: `(?i)CLOJARS_[a-z0-9]{60}`, anchors: []string{"clojars_"}, window: rules.DefaultWindow},
		{regex: `xox[baprs]-[0-9a-zA-Z]{10,48}`, anchors: []string{"xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"}, window: rules.DefaultWindow},
		{regex: `\b(EAA[MC](?i)[a-z0-9]{100,})`, anchors: []string{"eaac", "eaam"}, group: 1, window: rules.MaxWindow},
		{regex: `abc(?:def)?_[0-9]{4}`, anchors: []string{"abc_"}, window: rules.DefaultWindow}, // abcdef_ contains abc_
		{regex: `(?i)[\w.-]{0,50}?(?:access|(?-i:[Aa]pi|API)|passw(?:or)?d)\s{0,3}=\s{0,3}([\w.=-]{10,150})`,
			anchors: []string{"access", "api", "password", "passwd"}, group: 1, window: 617}, // (?i)\w admits 3-byte K (U+212A)
		{regex: `-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?KEY(?: BLOCK)?-----`,
			anchors: []string{"private key-----"}, window: rules.MaxWindow},
		// Keywords win over derived anchors, lower-cased and deduplicated.
		{regex: `(?i)acme_([a-z]{10})`, extra: `keywords = ["ACME", "acme", "Acme_"]`, anchors: []string{"acme", "acme_"}, group: 1, window: rules.DefaultWindow},
		// secretGroup unset: group 1 when every match fills it...
		{regex: `(acme)_([a-z]{10})`, extra: `keywords = ["acme"]`, anchors: []string{"acme"}, group: 1, window: rules.DefaultWindow},
		{regex: `acme_(x|y+)`, extra: `keywords = ["acme"]`, anchors: []string{"acme"}, group: 1, window: rules.MaxWindow},
		// ...and an error when the first non-empty group varies.
		{regex: `acme_(x)?([a-z]{10})`, extra: `keywords = ["acme"]`,
			err: `rules: t.toml:2: rule "r": secretGroup: not set, and the group gitleaks would take (the first that is not empty) depends on the match: set secretGroup (0 for the whole match)`},
		{regex: `acme_(x*)`, extra: `keywords = ["acme"]`,
			err: `rules: t.toml:2: rule "r": secretGroup: not set, and the group gitleaks would take (the first that is not empty) depends on the match: set secretGroup (0 for the whole match)`},
		{regex: `acme_(x)?([a-z]{10})`, extra: "keywords = [\"acme\"]\nsecretGroup = 2", anchors: []string{"acme"}, group: 2, window: rules.DefaultWindow},
		{regex: `acme_(x)?([a-z]{10})`, extra: "keywords = [\"acme\"]\nsecretGroup = -1",
			err: `rules: t.toml:6: rule "r": secretGroup: -1 is out of range: the regex has 2 groups`},
		// Separators do not count towards an anchor's length.
		{regex: `(?i)\b(sk-[a-z0-9]{48})`, err: `rules: t.toml:2: rule "r": keywords: none, and the regex has no literal of 3 or more characters (besides separators) to anchor it: add keywords`},
		{regex: `(?i)\b(sk-[a-z0-9]{48})`, extra: `keywords = ["s-k-"]`, err: `rules: t.toml:5: rule "r": keywords: keyword "s-k-" is shorter than 3 characters without separators`},
		{regex: `(?i)\b(sk-[a-z0-9]{48})`, extra: `keywords = [""]`, err: `rules: t.toml:5: rule "r": keywords: keyword "" is shorter than 3 characters without separators`},
		// A literal with Unicode case folding cannot anchor (the automaton folds ASCII).
		{regex: `(?i)ünïcode_[a-z]{8}`, err: `rules: t.toml:2: rule "r": keywords: none, and the regex has no literal of 3 or more characters (besides separators) to anchor it: add keywords`},
		{regex: `ünïcode_[a-z]{8}`, anchors: []string{"ünïcode_"}, window: rules.DefaultWindow},
	} {
		text := "title = \"t\"\n[[rules]]\nid = \"r\"\nregex = '''" + c.regex + "'''\n" + c.extra + "\n"
		set, err := rules.Compile(rules.NamedSource{Name: "t.toml", Data: []byte(text)})
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%s %s:\n got %v\nwant %s", c.regex, c.extra, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %s: %v", c.regex, c.extra, err)
			continue
		}
		r := set.Rule("r")
		if !slices.Equal(r.Anchors, c.anchors) || r.SecretGroup != c.group || r.Window != c.window {
			t.Errorf("%s %s: anchors %q, group %d, window %d; want %q, %d, %d", c.regex, c.extra, r.Anchors, r.SecretGroup, r.Window, c.anchors, c.group, c.window)
		}
	}
}

// TestGitleaksEndToEnd runs lines through the compiled rules of full.toml
// the way the engine uses a regex rule (refRegexScrub): an anchor hit, the
// regex in the window around it, the secret group, entropy, the rule's and
// the global allowlists.
func TestGitleaksEndToEnd(t *testing.T) {
	set, err := rules.Load(filepath.Join(gitleaksValidDir, "full.toml"))
	if err != nil {
		t.Fatal(err)
	}
	ghp := "ghp_" + "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"
	cert := strings.Repeat("Qk9hY2xlL2NlcnQr", 600/16) + "Qk9hY2xl"
	for _, c := range []struct{ in, want string }{
		{`msg="start" ACME_API_KEY="q8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5Gh0Jk2" user=bob`, `msg="start" ACME_API_KEY="[REDACTED:acme-api-key]" user=bob`},
		{`acme_key=00000000000000000000000000000000`, `acme_key=00000000000000000000000000000000`}, // allowlisted
		{`acme_key=abababababababababababababababab`, `acme_key=abababababababababababababababab`}, // entropy 1 < 3.5
		{`acme_key=testq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5G0`, `acme_key=testq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs5G0`}, // (?i)^test
		{`acme_key=ExAmPlEq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs`, `acme_key=ExAmPlEq8Zr4Lm2Xv7Tn1Wb6Yc3Pd9Fs`}, // stopword
		{`acme_key=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, `acme_key=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`}, // entropy 0
		{"auth ok token=" + ghp + " next", "auth ok token=[REDACTED:github-pat] next"},
		{"token=ghp_" + strings.Repeat("0", 36), "token=ghp_" + strings.Repeat("0", 36)}, // targetRules allowlist
		{"acme_legacy=AbCdEfGhIjKlMnOpQrStUvWx;", "acme_legacy=[REDACTED:acme-legacy];"},
		{"acme_legacy=LegacyAbCdEfGhIjKlMnOpQr;", "acme_legacy=LegacyAbCdEfGhIjKlMnOpQr;"}, // stopword
		{"billing acme_live_0123456789abcdef done", "billing [REDACTED:acme-whole] done"},
		{"id=umbrellacorp_abcdefghij", "id=[REDACTED:corp-token]"},
		{"acme_user=alice", "acme_user=alice"}, // skipReport rule: left out
		{"acme_cert=" + cert, "acme_cert=[REDACTED:acme-cert]"},
		{"acme_key=${ACME_KEY_FROM_THE_ENVIRONMENT_X}", "acme_key=${ACME_KEY_FROM_THE_ENVIRONMENT_X}"},
	} {
		if got := refRegexScrub(set, c.in); got != c.want {
			t.Errorf("scrub(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	if len(cert) != 600 {
		t.Fatalf("test cert is %d bytes", len(cert))
	}
}

// refRegexScrub is a slow reference of how the engine applies regex rules to
// one line: every occurrence of an anchor, ignoring ASCII case and the
// separators - _ . and space (on both sides), is a hit from its first to
// its last non-separator byte; the regex runs in a window of rule.Window
// bytes each side of the hit, and group SecretGroup of each match is
// redacted unless it is empty, below the entropy, or allowlisted by the
// rule or globally. Other rule kinds are the engine's business and are not
// applied here.
func refRegexScrub(set *rules.Set, line string) string {
	type span struct {
		s, e int
		id   string
	}
	var spans []span
	var norm []byte // the line without separators, lower-cased
	var pos []int   // the offset in line of each byte of norm
	for i := 0; i < len(line); i++ {
		if !rules.IsKeySeparator(line[i]) {
			norm = rules.NormalizeKey(norm, []byte{line[i]})
			pos = append(pos, i)
		}
	}
	for _, r := range set.Rules {
		if r.Kind != rules.KindRegex {
			continue
		}
		for _, a := range r.Anchors {
			na := rules.NormalizeKey(nil, []byte(a))
			for off := 0; ; {
				i := bytes.Index(norm[off:], na)
				if i < 0 {
					break
				}
				hs, he := pos[off+i], pos[off+i+len(na)-1]+1
				off += i + 1
				ws, we := max(hs-r.Window, 0), min(he+r.Window, len(line))
				for _, m := range r.Regex.FindAllStringSubmatchIndex(line[ws:we], -1) {
					s, e := m[2*r.SecretGroup], m[2*r.SecretGroup+1]
					if s < 0 || e <= s {
						continue
					}
					v := []byte(line[ws+s : ws+e])
					if r.Entropy > 0 && shannon(v) < r.Entropy || r.Allow.Allows(v) || set.Allow.Allows(v) {
						continue
					}
					spans = append(spans, span{ws + s, ws + e, r.ID})
				}
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].s < spans[j].s })
	var out bytes.Buffer
	at := 0
	for _, sp := range spans {
		if sp.s < at {
			continue // overlaps a span already written
		}
		out.WriteString(line[at:sp.s])
		out.WriteString("[REDACTED:" + sp.id + "]")
		at = sp.e
	}
	out.WriteString(line[at:])
	return out.String()
}

func shannon(b []byte) float64 {
	var n [256]int
	for _, c := range b {
		n[c]++
	}
	h := 0.0
	for _, k := range n {
		if k > 0 {
			p := float64(k) / float64(len(b))
			h -= p * math.Log2(p)
		}
	}
	return h
}

func regexRule(t *testing.T, set *rules.Set, id, path string, line int) *rules.Rule {
	t.Helper()
	r := set.Rule(id)
	if r == nil {
		t.Fatalf("rule %s missing", id)
	}
	if r.Kind != rules.KindRegex || r.Regex == nil {
		t.Fatalf("rule %s is a %v rule, want regex", id, r.Kind)
	}
	if r.Source != (rules.Source{File: path, Line: line}) {
		t.Errorf("rule %s source %v, want %s:%d", id, r.Source, path, line)
	}
	return r
}

func checkAllows(t *testing.T, a *rules.Allowlist, want map[string]bool) {
	t.Helper()
	for v, w := range want {
		if got := a.Allows([]byte(v)); got != w {
			t.Errorf("Allows(%q) = %v, want %v", v, got, w)
		}
	}
}

// FuzzCompileGitleaks: like FuzzCompile, seeded with gitleaks files: any
// text compiles or fails with an *Error on a line inside the file.
func FuzzCompileGitleaks(f *testing.F) {
	for _, dir := range []string{gitleaksValidDir, gitleaksInvalidDir} {
		ps, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
		for _, p := range ps {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := rules.Compile(rules.NamedSource{Name: "fuzz.toml", Data: data})
		if err == nil {
			return
		}
		var e *rules.Error
		if !errors.As(err, &e) {
			t.Fatalf("error is %T, not *rules.Error: %v", err, err)
		}
		if lines := bytes.Count(data, []byte("\n")) + 1; e.Line < 1 || e.Line > lines {
			t.Fatalf("error line %d outside the file's %d lines: %v", e.Line, lines, err)
		}
	})
}

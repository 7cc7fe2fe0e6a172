package rules_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

const (
	invalidDir = "../testdata/rules/invalid"
	validDir   = "../testdata/rules/valid"
)

// defaultCount is the number of rules in the embedded default set. The
// valid cases are written against the ids of a few default rules
// (password, session, set-cookie, aws-access-key-id, github-pat, jwt,
// url-credentials, private-key) but not against the size of the set.
func defaultCount(t *testing.T) int {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return len(set.Rules)
}

// TestInvalid loads every testdata/rules/invalid/NAME.toml and compares the
// error with NAME.err, byte for byte. Files are compiled on their own
// (rules.Compile), except NAME = "defaults-*", which is about the defaults
// and is loaded over them (rules.Load). Every .toml needs its .err and every
// .err its .toml.
func TestInvalid(t *testing.T) { runInvalidCases(t, invalidDir) }

// runInvalidCases loads every dir/NAME.toml and compares the error with
// NAME.err, byte for byte: compiled alone, except NAME = "defaults-*",
// loaded over the defaults. Every .toml needs its .err and every .err its
// .toml. The gitleaks cases use it too.
func runInvalidCases(t *testing.T, invalidDir string) {
	t.Helper()
	tomls, err := filepath.Glob(filepath.Join(invalidDir, "*.toml"))
	if err != nil {
		t.Fatal(err)
	}
	errs, err := filepath.Glob(filepath.Join(invalidDir, "*.err"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tomls) == 0 {
		t.Fatalf("no test cases in %s", invalidDir)
	}
	stems := map[string]bool{}
	for _, p := range tomls {
		stems[strings.TrimSuffix(p, ".toml")] = true
	}
	for _, p := range errs {
		if !stems[strings.TrimSuffix(p, ".err")] {
			t.Errorf("%s has no matching .toml case", p)
		}
	}
	for _, p := range tomls {
		name := strings.TrimSuffix(filepath.Base(p), ".toml")
		t.Run(name, func(t *testing.T) {
			wantBytes, err := os.ReadFile(strings.TrimSuffix(p, ".toml") + ".err")
			if err != nil {
				t.Fatalf("case has no expected error: %v", err)
			}
			want := strings.TrimSuffix(string(wantBytes), "\n")
			if want == "" || strings.Contains(want, "\n") {
				t.Fatalf("%s.err must hold exactly one line, got %q", name, wantBytes)
			}
			var set *rules.Set
			if strings.HasPrefix(name, "defaults-") {
				set, err = rules.Load(p)
			} else {
				data, rerr := os.ReadFile(p)
				if rerr != nil {
					t.Fatal(rerr)
				}
				set, err = rules.Compile(rules.NamedSource{Name: p, Data: data})
			}
			if err == nil {
				t.Fatalf("loaded without error (%d rules); want\n%s", len(set.Rules), want)
			}
			if got := err.Error(); got != want {
				t.Errorf("wrong error\n got: %s\nwant: %s", got, want)
			}
			var re *rules.Error
			if !errors.As(err, &re) {
				t.Fatalf("error is %T, want *rules.Error", err)
			}
			if re.File != p {
				t.Errorf("Error.File = %q, want %q", re.File, p)
			}
			if re.Line < 1 {
				t.Errorf("Error.Line = %d", re.Line)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.toml")
	_, err := rules.Load(p)
	if err == nil {
		t.Fatal("Load of a missing file succeeded")
	}
	if !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "rules: ") || !strings.Contains(err.Error(), p) {
		t.Errorf("error %q: want a rules:-prefixed os.ErrNotExist naming %s", err, p)
	}
}

// validChecks holds the assertions for each testdata/rules/valid file,
// loaded over the defaults with rules.Load.
var validChecks = map[string]func(t *testing.T, path string, set *rules.Set){
	"global.toml": func(t *testing.T, path string, set *rules.Set) {
		if n, want := len(set.Rules), defaultCount(t)-2; n != want {
			t.Errorf("%d rules, want %d (two defaults disabled)", n, want)
		}
		for _, id := range []string{"session", "set-cookie"} {
			if set.Rule(id) != nil {
				t.Errorf("rule %q was disabled but is present", id)
			}
		}
		for _, k := range []string{"session", "sid", "set-cookie"} {
			if r := keyRule(set, k); r != nil {
				t.Errorf("KeyRule(%q) = %q; its rule was disabled", k, r.ID)
			}
		}
		if r := keyRule(set, "Password"); r == nil || r.ID != "password" {
			t.Errorf("KeyRule(Password) = %v, want the default password rule", r)
		}
		if set.Style != rules.StylePartial || set.Template != "<{rule}>" {
			t.Errorf("global style %v, template %q; want partial, <{rule}>", set.Style, set.Template)
		}
		a := set.Allow
		if a == nil {
			t.Fatal("no global allowlist")
		}
		if len(a.Values) != 2 || len(a.Regexes) != 2 {
			t.Errorf("allowlist has %d values, %d regexes; want 2, 2", len(a.Values), len(a.Regexes))
		}
		// The default file's stopword merged with this file's, lower-cased.
		stop := slices.Clone(a.Stopwords)
		sort.Strings(stop)
		if want := []string{"example", "placeholder", "sample"}; !slices.Equal(stop, want) {
			t.Errorf("stopwords %q, want %q", stop, want)
		}
		for v, want := range map[string]bool{
			"changeme":             true,
			"Changeme":             false, // values are exact
			"hunter2-placeholder":  true,
			"hunter2":              false,
			"xxxxxxxx":             true,
			"xxxxxxx":              false,
			"DUMMY_token":          true,
			"my-SaMpLe-key":        true,
			"AKIAIOSFODNN7EXAMPLE": true,
			"AKIAQWERTYUIOPASDFGH": false,
		} {
			if got := a.Allows([]byte(v)); got != want {
				t.Errorf("global Allows(%q) = %v, want %v", v, got, want)
			}
		}
	},

	"keys.toml": func(t *testing.T, path string, set *rules.Set) {
		if n, want := len(set.Rules), defaultCount(t)+4; n != want {
			t.Errorf("%d rules, want %d (4 new key rules; password replaced; not-yet disabled)", n, want)
		}
		r := keyRule(set, "X-My-Header")
		if r == nil || r.ID != "my-header" {
			t.Fatalf("KeyRule(X-My-Header) = %v, want my-header", r)
		}
		for _, k := range []string{"x_my_header", "MY-HEADER-TOKEN", "my.header.token"} {
			if got := keyRule(set, k); got != r {
				t.Errorf("KeyRule(%q) = %v, want my-header", k, got)
			}
		}
		if r.Kind != rules.KindKey || r.Value != rules.ValuePlain || !r.IgnorePath || !r.IgnoreNumeric ||
			!r.IgnoreObjects || r.MinLen != 6 || r.Style != rules.StyleHash || r.Template != "[H:{rule}:{hash}]" ||
			r.Description != "A custom header carrying a token" {
			t.Errorf("my-header compiled to %+v", *r)
		}
		if !slices.Equal(r.Names, []string{"xmyheader", "myheadertoken"}) {
			t.Errorf("my-header names %q", r.Names)
		}
		if !slices.Equal(r.MustRedact, []string{"X-My-Header: 0123abcdef"}) || !slices.Equal(r.MustKeep, []string{"X-My-Header: 42"}) {
			t.Errorf("my-header samples %q / %q", r.MustRedact, r.MustKeep)
		}
		if r.Source != (rules.Source{File: path, Line: 3}) {
			t.Errorf("my-header source %v, want %s:3", r.Source, path)
		}
		if r.Allow == nil || !r.Allow.Allows([]byte("none-set")) || !r.Allow.Allows([]byte("test-123")) ||
			!r.Allow.Allows([]byte("value-UNSET")) || r.Allow.Allows([]byte("test-12a")) {
			t.Errorf("my-header allowlist %+v", r.Allow)
		}

		for _, c := range []struct {
			key, id string
			value   rules.ValueKind
			style   rules.Style
		}{
			{"X-Upstream-Auth", "upstream-auth", rules.ValueAuthorization, rules.StyleMask},
			{"cookie_jar", "cookie-jar", rules.ValueCookie, rules.StylePartial},
			{"X-Set-Session", "session-cookie", rules.ValueSetCookie, rules.StyleInherit},
		} {
			r := keyRule(set, c.key)
			if r == nil || r.ID != c.id || r.Value != c.value || r.Style != c.style {
				t.Errorf("KeyRule(%q) = %+v; want id %s, value %v, style %v", c.key, r, c.id, c.value, c.style)
			}
		}
		if r := set.Rule("upstream-auth"); r == nil || r.Allow == nil || !r.Allow.Allows([]byte("Bearer anonymous")) {
			t.Errorf("upstream-auth allowlist (dotted keys) not compiled: %+v", r)
		}

		// The default password rule, replaced in place.
		pw := set.Rule("password")
		def, _ := rules.Default()
		if pw == nil || pw.Source.File != path || pw.Style != rules.StyleMask || pw.Index != def.Rule("password").Index {
			t.Fatalf("password override: %+v", pw)
		}
		if !slices.Equal(pw.Names, []string{"password", "passwd", "dbpass"}) {
			t.Errorf("password names %q", pw.Names)
		}
		if keyRule(set, "pwd") != nil || keyRule(set, "DB_PASS") != pw {
			t.Error("password override: old names still claimed or new ones missing")
		}
		if set.Rule("not-yet") != nil || keyRule(set, "not-yet-used") != nil {
			t.Error("not-yet has disabled = true but is present")
		}
	},

	"tokens.toml": func(t *testing.T, path string, set *rules.Set) {
		if n, want := len(set.Rules), defaultCount(t)+3-1; n != want {
			t.Errorf("%d rules, want %d (3 new; github-pat disabled)", n, want)
		}
		if set.Rule("github-pat") != nil {
			t.Error("github-pat has disabled = true but is present")
		}
		if set.Rule("jwt") == nil || set.Rule("jwt").Source.File != rules.DefaultName {
			t.Error("default jwt rule lost")
		}

		r := set.Rule("acme-token")
		if r == nil {
			t.Fatal("acme-token missing")
		}
		if r.Kind != rules.KindToken || !slices.Equal(r.Prefixes, []string{"acme_", "acme-live-"}) ||
			!slices.Equal(r.Anchors, r.Prefixes) || !r.IgnoreCase || r.MinLen != 30 || r.MaxLen != 40 ||
			r.Checksum != rules.ChecksumGitHubCRC32 || !r.KeepOnChecksumMismatch || r.Entropy != 3.5 ||
			r.Style != rules.StyleHash || r.Template != "[ACME:{hash}]" {
			t.Errorf("acme-token compiled to %+v", *r)
		}
		if got, want := members(r.Alphabet), "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"; got != want {
			t.Errorf("acme-token alphabet %q, want %q", got, want)
		}
		if r.Allow == nil || !r.Allow.Allows([]byte("acme_000000000000000000000000000000")) || !r.Allow.Allows([]byte("acme_TEST_1")) ||
			r.Allow.Allows([]byte("acme_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123")) {
			t.Errorf("acme-token allowlist (inline table) %+v", r.Allow)
		}

		j := set.Rule("acme-jwt")
		if j == nil || j.Checksum != rules.ChecksumJWT || j.MaxLen != 4096 || j.KeepOnChecksumMismatch || j.IgnoreCase {
			t.Errorf("acme-jwt compiled to %+v", j)
		}

		re := set.Rule("db-dsn-password")
		if re == nil || re.Kind != rules.KindRegex {
			t.Fatalf("db-dsn-password: %+v", re)
		}
		if re.SecretGroup != 1 || re.Window != 512 || re.Entropy != 2 || !slices.Equal(re.Anchors, []string{"dsn", "data source"}) {
			t.Errorf("db-dsn-password compiled to %+v", *re)
		}
		if m := re.Regex.FindStringSubmatch("dsn=Server=db;PASSWORD=s3cr3t;"); m == nil || m[re.SecretGroup] != "s3cr3t" {
			t.Errorf("db-dsn-password regex match %q", m)
		}

		u := set.Rule("url-credentials")
		if u == nil || u.Kind != rules.KindURLCredentials || u.Style != rules.StylePartial ||
			u.Description != "URL passwords, partial style" || u.Source.File != path ||
			u.Allow == nil || !u.Allow.Allows([]byte("guest")) || !slices.Equal(u.Anchors, []string{"://", `:\/\/`, "@tcp(", "@tcp6(", "@unix("}) {
			t.Errorf("url-credentials override: %+v", u)
		}
		pk := set.Rule("private-key")
		if pk == nil || pk.Kind != rules.KindPrivateKey || pk.Template != "[PEM REMOVED]" || pk.Style != rules.StyleInherit || pk.Source.File != path {
			t.Errorf("private-key override: %+v", pk)
		}

		def, _ := rules.Default()
		aws := set.Rule("aws-access-key-id")
		if aws == nil || aws.Source.File != path || aws.Style != rules.StyleMask ||
			!slices.Equal(aws.Prefixes, []string{"AKIA"}) || aws.Index != def.Rule("aws-access-key-id").Index {
			t.Errorf("aws-access-key-id override: %+v", aws)
		}
	},
}

// TestValid loads every testdata/rules/valid file over the defaults and
// runs its checks; a file without checks, or checks without a file, fail.
func TestValid(t *testing.T) { runValidFiles(t, validDir, validChecks) }

// runValidFiles loads every dir/*.toml over the defaults and runs its
// checks; a file without checks, or checks without a file, fail. The
// gitleaks files use it too.
func runValidFiles(t *testing.T, dir string, checks map[string]func(t *testing.T, path string, set *rules.Set)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range files {
		name := filepath.Base(p)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			check, ok := checks[name]
			if !ok {
				t.Fatalf("no checks for %s", p)
			}
			set, err := rules.Load(p)
			if err != nil {
				t.Fatal(err)
			}
			checkSet(t, set)
			check(t, p, set)
		})
	}
	for name := range checks {
		if !seen[name] {
			t.Errorf("checks name %s, but there is no such file in %s", name, dir)
		}
	}
}

// TestValidMerged loads all the valid files together, in order.
func TestValidMerged(t *testing.T) {
	g, k, tk := filepath.Join(validDir, "global.toml"), filepath.Join(validDir, "keys.toml"), filepath.Join(validDir, "tokens.toml")
	set, err := rules.Load(g, k, tk)
	if err != nil {
		t.Fatal(err)
	}
	checkSet(t, set)
	if want := defaultCount(t) - 2 + 4 - 1 + 3; len(set.Rules) != want {
		t.Errorf("%d rules, want %d: %v", len(set.Rules), want, ids(set))
	}
	if set.Style != rules.StylePartial {
		t.Errorf("style %v, want partial from %s", set.Style, g)
	}
	for id, file := range map[string]string{
		"password": k, "my-header": k, "acme-token": tk, "aws-access-key-id": tk, "jwt": rules.DefaultName,
	} {
		if r := set.Rule(id); r == nil || r.Source.File != file {
			t.Errorf("rule %s: %+v, want it from %s", id, r, file)
		}
	}
	for _, id := range []string{"session", "set-cookie", "github-pat", "not-yet"} {
		if set.Rule(id) != nil {
			t.Errorf("rule %s should be gone", id)
		}
	}
}

// TestSourceLines checks the locator on real files: every rule's Source
// names the [[keys]] or [[rules]] header of the table that holds its id.
func TestSourceLines(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(validDir, "*.toml"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(files...)
	if err != nil {
		t.Fatal(err)
	}
	text := map[string][]string{}
	for _, r := range set.Rules {
		lines, ok := text[r.Source.File]
		if !ok {
			p := r.Source.File
			if p == rules.DefaultName {
				p = "default.toml" // the embedded file, as it is on disk
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			lines = strings.Split(string(b), "\n")
			text[r.Source.File] = lines
		}
		n := r.Source.Line
		if n < 1 || n > len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[n-1]), "[[") {
			t.Errorf("rule %s: %v is not a table header", r.ID, r.Source)
			continue
		}
		found := false
		for _, l := range lines[n:] {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "[") {
				break
			}
			if k, v, ok := strings.Cut(l, "="); ok && strings.TrimSpace(k) == "id" {
				found = strings.Trim(strings.TrimSpace(v), `"'`) == r.ID
				break
			}
		}
		if !found {
			t.Errorf("rule %s: the table at %v does not hold its id", r.ID, r.Source)
		}
	}
}

// TestMerge checks the merge rules on small inline sources: a later file
// replaces a rule by id in place, removes it with disabled = true or
// disable, and can bring it back.
func TestMerge(t *testing.T) {
	src := func(name, text string) rules.NamedSource { return rules.NamedSource{Name: name, Data: []byte(text)} }
	base := src("base.toml", `
[[keys]]
id = "one"
names = ["one-key"]
[[keys]]
id = "two"
names = ["two-key"]
[[keys]]
id = "three"
names = ["three-key"]
`)
	set, err := rules.Compile(base,
		src("over.toml", "[[keys]]\nid = \"two\"\nnames = [\"deux\"]\n"),
		src("off.toml", "disable = [\"one\"]\n[[keys]]\nid = \"three\"\nnames = [\"xxx\"]\ndisabled = true\n"),
		src("back.toml", "[[keys]]\nid = \"one\"\nnames = [\"uno\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	checkSet(t, set)
	if got := ids(set); !slices.Equal(got, []string{"one", "two"}) {
		t.Fatalf("ids %q, want [one two]", got)
	}
	if r := keyRule(set, "uno"); r == nil || r.ID != "one" || r.Source.File != "back.toml" {
		t.Errorf("one: %+v", r)
	}
	if keyRule(set, "one-key") != nil || keyRule(set, "two-key") != nil || keyRule(set, "three-key") != nil {
		t.Error("names of replaced or disabled rules are still claimed")
	}
	if r := keyRule(set, "deux"); r == nil || r.ID != "two" || r.Source != (rules.Source{File: "over.toml", Line: 1}) {
		t.Errorf("two: %+v", r)
	}
	if set.Style != rules.StyleMask || set.Template != rules.DefaultTemplate || set.Allow != nil {
		t.Errorf("empty global section: style %v, template %q, allow %v", set.Style, set.Template, set.Allow)
	}

	// Disabling a rule that is already gone is an error.
	_, err = rules.Compile(base, src("twice.toml", "disable = [\"one\"]\n"), src("again.toml", "\n\ndisable = [\"one\"]\n"))
	if want := `rules: again.toml:3: rule "one": disable names a rule that does not exist`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestParseAlphabet(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a-z", "abcdefghijklmnopqrstuvwxyz"},
		{"A-F0-9", "0123456789ABCDEF"},
		{"0-9a-fA-F", "0123456789ABCDEFabcdef"},
		{"-a", "-a"},               // leading '-' is literal
		{"a-", "-a"},               // trailing '-' is literal
		{"-", "-"},                 // a lone '-'
		{"a-c-e", "-abce"},         // after a range, '-' starts over
		{`a\-z`, "-az"},            // escaped '-' is not a range
		{`\\`, `\`},                //
		{`\]\[\^`, "[]^"},          //
		{`\t`, "\t"},               //
		{`!-\-`, "!\"#$%&'()*+,-"}, // an escape as a range's end
		{"zz", "z"},                // repeats are harmless
		{"A-Za-z0-9_.\\-", "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"},
	} {
		a, err := rules.ParseAlphabet(c.in)
		if err != nil {
			t.Errorf("ParseAlphabet(%q): %v", c.in, err)
			continue
		}
		if got := members(a); got != c.want {
			t.Errorf("ParseAlphabet(%q) = %q, want %q", c.in, got, c.want)
		}
		for i := 0; i < 256; i++ {
			if a.Contains(byte(i)) != strings.ContainsRune(c.want, rune(i)) {
				t.Errorf("ParseAlphabet(%q).Contains(%q) = %v", c.in, byte(i), a.Contains(byte(i)))
			}
		}
	}
	for _, c := range []struct{ in, want string }{
		{"", "empty alphabet"},
		{"z-a", `alphabet "z-a": range z-a is reversed`},
		{"a-zZ-A", `alphabet "a-zZ-A": range Z-A is reversed`},
		{`abc\`, `alphabet "abc\\" ends with a lone backslash`},
		{`a-\`, `alphabet "a-\\" ends with a lone backslash`},
		{`\q`, `alphabet "\\q": unknown escape \q`},
		{`a\n`, `alphabet "a\\n": unknown escape \n`},
	} {
		a, err := rules.ParseAlphabet(c.in)
		if err == nil {
			t.Errorf("ParseAlphabet(%q) = %q, want error %q", c.in, members(a), c.want)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("ParseAlphabet(%q) error %q, want %q", c.in, err, c.want)
		}
	}
}

func TestNormalizeKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"X-Api-Key", "xapikey"},
		{"x_api_key", "xapikey"},
		{"apiKey", "apikey"},
		{"X.API KEY", "xapikey"},
		{"--__..  ", ""},
		{"", ""},
		{"Pass:Word", "pass:word"}, // only - _ . and space are separators
		{"PASSWÖRD", "passwÖrd"},   // ASCII case only
		{"Authorization", "authorization"},
	} {
		if got := string(rules.NormalizeKey(nil, []byte(c.in))); got != c.want {
			t.Errorf("NormalizeKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// It appends to dst and does not allocate when dst has room.
	if got := string(rules.NormalizeKey([]byte("k="), []byte("X-Y"))); got != "k=xy" {
		t.Errorf("NormalizeKey appended %q, want k=xy", got)
	}
	buf := make([]byte, 0, 64)
	key := []byte("X-Custom-Api-Key")
	if n := testing.AllocsPerRun(100, func() { buf = rules.NormalizeKey(buf[:0], key) }); n != 0 {
		t.Errorf("NormalizeKey allocates %v times per call", n)
	}
	for _, b := range []byte("-_. ") {
		if !rules.IsKeySeparator(b) {
			t.Errorf("IsKeySeparator(%q) = false", b)
		}
	}
	if rules.IsKeySeparator(':') || rules.IsKeySeparator('a') {
		t.Error("IsKeySeparator accepts a non-separator")
	}
}

func TestParseStyle(t *testing.T) {
	for in, want := range map[string]rules.Style{"mask": rules.StyleMask, "partial": rules.StylePartial, "hash": rules.StyleHash} {
		got, err := rules.ParseStyle(in)
		if err != nil || got != want {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", in, got, err, want)
		}
		if got.String() != in {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
	for _, in := range []string{"", "inherit", "Mask", "HASH", " mask", "redact"} {
		got, err := rules.ParseStyle(in)
		if err == nil {
			t.Errorf("ParseStyle(%q) = %v, want an error", in, got)
			continue
		}
		want := `unknown style "` + in + `" (want mask, partial or hash)`
		if err.Error() != want || got != rules.StyleInherit {
			t.Errorf("ParseStyle(%q) = %v, %q; want inherit, %q", in, got, err, want)
		}
	}
}

func TestAllowlistAllows(t *testing.T) {
	var nilList *rules.Allowlist
	if nilList.Allows([]byte("anything")) {
		t.Error("a nil allowlist allows")
	}
	set, err := rules.Compile(rules.NamedSource{Name: "a.toml", Data: []byte(`
[allowlist]
values = ["changeme", "N/A"]
stopwords = ["Example", "dummy"]
regexes = ['^\$\{[A-Z_]+\}$', '^0+$']
`)})
	if err != nil {
		t.Fatal(err)
	}
	a := set.Allow
	if a == nil {
		t.Fatal("no allowlist compiled")
	}
	if want := []string{"example", "dummy"}; !slices.Equal(a.Stopwords, want) {
		t.Errorf("stopwords %q, want lower-cased %q", a.Stopwords, want)
	}
	for v, want := range map[string]bool{
		"changeme":       true,
		"CHANGEME":       false, // values are exact
		"changeme2":      false,
		"N/A":            true,
		"AKIAEXAMPLE":    true, // stopwords: anywhere, any case
		"my-Example-v":   true,
		"DuMmY":          true,
		"dumm":           false,
		"${DB_PASSWORD}": true,
		"${db_password}": false,
		"0000":           true,
		"0001":           false,
		"":               false,
		"hunter2":        false,
	} {
		if got := a.Allows([]byte(v)); got != want {
			t.Errorf("Allows(%q) = %v, want %v", v, got, want)
		}
	}

	// Values and stopwords do not allocate.
	noRE := &rules.Allowlist{Values: map[string]struct{}{"changeme": {}}, Stopwords: []string{"example"}}
	v := []byte("a-long-candidate-secret-value-without-any-stopword")
	if n := testing.AllocsPerRun(100, func() { noRE.Allows(v) }); n != 0 {
		t.Errorf("Allows without regexes allocates %v times per call", n)
	}
	if !noRE.Allows([]byte("changeme")) || !noRE.Allows([]byte("EXAMPLE")) {
		t.Error("struct-literal allowlist does not allow its own entries")
	}
}

// checkSet checks the invariants of every compiled set: dense indices,
// unique ids, and every key name leading back to its rule.
func checkSet(t *testing.T, set *rules.Set) {
	t.Helper()
	seen := map[string]bool{}
	for i, r := range set.Rules {
		if r.Index != i {
			t.Errorf("rule %s has Index %d at position %d", r.ID, r.Index, i)
		}
		if seen[r.ID] {
			t.Errorf("rule id %s appears twice", r.ID)
		}
		seen[r.ID] = true
		if set.Rule(r.ID) != r {
			t.Errorf("Rule(%q) does not return the rule", r.ID)
		}
		for _, n := range r.Names {
			if set.KeyRule([]byte(n)) != r {
				t.Errorf("KeyRule(%q) is not rule %s", n, r.ID)
			}
		}
	}
	if set.Style == rules.StyleInherit {
		t.Error("the global style is inherit")
	}
	var names int
	for _, r := range set.Rules {
		names += len(r.Names)
	}
	if got := len(set.KeyNames()); got > names {
		t.Errorf("KeyNames has %d names, the rules only %d", got, names)
	}
}

func keyRule(set *rules.Set, key string) *rules.Rule {
	return set.KeyRule(rules.NormalizeKey(nil, []byte(key)))
}

func ids(set *rules.Set) []string {
	var out []string
	for _, r := range set.Rules {
		out = append(out, r.ID)
	}
	return out
}

// members lists an alphabet's bytes in order.
func members(a *rules.Alphabet) string {
	var b []byte
	for i := 0; i < 256; i++ {
		if a.Contains(byte(i)) {
			b = append(b, byte(i))
		}
	}
	return string(b)
}

package rules

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

// The tests in this file check the embedded default rule set on its own,
// without the engine: it compiles, it is documented, and every token rule's
// samples agree with a slow, obviously-correct reading of the token rule
// semantics (refTokenMatches). The engine's own tests run the same samples
// through the real matcher; this reference pins down what they must mean.

func loadDefault(t *testing.T) *Set {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatalf("Default(): %v", err)
	}
	return s
}

func TestDefaultCompiles(t *testing.T) {
	s := loadDefault(t)
	if len(s.Rules) == 0 {
		t.Fatal("Default() has no rules")
	}
	if s.Allow == nil || !s.Allow.Allows([]byte("AKIAIOSFODNN7EXAMPLE")) {
		t.Error("the global allowlist does not keep AWS's documented example key")
	}
}

func TestDefaultTokenRuleCount(t *testing.T) {
	const want = 100
	n := 0
	for _, r := range loadDefault(t).Rules {
		if r.Kind == KindToken {
			n++
		}
	}
	if n < want {
		t.Errorf("default set has %d token rules, want at least %d", n, want)
	}
}

var kebabRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestDefaultRulesDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range loadDefault(t).Rules {
		if seen[r.ID] {
			t.Errorf("rule id %q is used twice", r.ID)
		}
		seen[r.ID] = true
		if !kebabRE.MatchString(r.ID) {
			t.Errorf("rule id %q is not lower-case kebab", r.ID)
		}
		if strings.TrimSpace(r.Description) == "" {
			t.Errorf("%s: no description", r.ID)
		}
		if len(r.MustRedact) == 0 {
			t.Errorf("%s: no must_redact sample", r.ID)
		}
		if len(r.MustKeep) == 0 {
			t.Errorf("%s: no must_keep sample", r.ID)
		}
		if r.Kind == KindToken && len(r.MustKeep) < 2 {
			t.Errorf("%s: a token rule needs at least 2 must_keep near misses, has %d", r.ID, len(r.MustKeep))
		}
	}
}

// shortPrefixes are the token prefixes shorter than 4 bytes. They weaken
// the 4-gram prefilter, so each one is a deliberate choice listed here.
var shortPrefixes = map[string]string{
	"SK":  "twilio-api-key: the format has no longer literal",
	"AC":  "twilio-auth-token: the account SID (AC + 32 hex) is the only literal; the rule redacts only the paired 32-hex secret beside it",
	"SG.": "sendgrid-api-key: the format has no longer literal",
	"sk-": "openai-legacy-api-key: the T3BlbkFJ marker sits mid-body",
	"hf_": "huggingface-token: the format has no longer literal",
	"eyJ": "jwt: base64 of {\"",
	"oy2": "nuget-api-key: the format has no longer literal; exactly 43 base36 and an entropy floor",
	"cio": "cratesio-api-token: the format has no longer literal; exactly 32 base62 and an entropy floor",
	"r8_": "replicate-api-token: the format has no longer literal; exactly 37 characters and an entropy floor",
	"A3-": "1password-secret-key: the format has no longer literal; fixed dash-separated groups and an entropy floor",
}

func init() {
	for d := '0'; d <= '9'; d++ {
		shortPrefixes[string(d)+"Q~"] = "azure-ad-client-secret: the digit and Q~ are the only literal; a 3-byte head before them and 31-34 body bytes carry the rule"
	}
}

func TestDefaultShortPrefixes(t *testing.T) {
	for _, r := range loadDefault(t).Rules {
		for _, p := range r.Prefixes {
			if len(p) < 4 {
				if _, ok := shortPrefixes[p]; !ok {
					t.Errorf("%s: prefix %q is shorter than 4 bytes; use a longer literal or list it in shortPrefixes", r.ID, p)
				}
			}
		}
	}
}

// TestDefaultPrefixesUnique: a prefix names one format. Two token rules
// sharing a prefix would make the rule id in a redaction a guess.
func TestDefaultPrefixesUnique(t *testing.T) {
	owner := map[string]string{}
	for _, r := range loadDefault(t).Rules {
		for _, p := range r.Prefixes {
			if o, ok := owner[p]; ok {
				t.Errorf("prefix %q is used by %s and %s", p, o, r.ID)
			}
			owner[p] = r.ID
		}
	}
}

// TestDefaultNearMisses: at least two must_keep lines of every token rule
// hold one of its prefixes (ASCII case ignored), so that they test the body
// checks (one short, one long, wrong alphabet, glued to a word, low entropy)
// and not just unrelated text.
func TestDefaultNearMisses(t *testing.T) {
	for _, r := range loadDefault(t).Rules {
		if r.Kind != KindToken {
			continue
		}
		n := 0
		for _, line := range r.MustKeep {
			for _, p := range r.Prefixes {
				if strings.Contains(strings.ToLower(line), strings.ToLower(p)) {
					n++
					break
				}
			}
		}
		if n < 2 {
			t.Errorf("%s: %d must_keep lines hold one of its prefixes, want at least 2 near misses", r.ID, n)
		}
	}
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// shannon returns the Shannon entropy of s in bits per byte.
func shannon(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

// refTokenMatches is the reference reading of a token rule: it returns every
// token (prefix and body) the rule finds in line, checksum ignored.
//
//   - a prefix occurs at i, byte for byte (ASCII case ignored with
//     IgnoreCase), and line[i-1] is not an ASCII letter or digit;
//   - with a head (HeadAlphabet), the token starts at h instead: line[h:i]
//     is the maximal run of HeadAlphabet bytes ending at i, of
//     HeadMin..HeadMax bytes, and line[h-1] is not an ASCII letter or digit;
//   - the body is the maximal run of Alphabet bytes after the prefix, of
//     MinLen..MaxLen bytes, and the byte after it is not an ASCII letter or
//     digit;
//   - the body's entropy is at least Entropy;
//   - neither the global nor the rule's allowlist allows the token.
func refTokenMatches(r *Rule, global *Allowlist, line string) []string {
	var out []string
	for _, p := range r.Prefixes {
		for i := 0; i+len(p) <= len(line); i++ {
			cand := line[i : i+len(p)]
			if cand != p && !(r.IgnoreCase && strings.EqualFold(cand, p)) {
				continue
			}
			h := i
			if r.HeadAlphabet != nil {
				for h > 0 && r.HeadAlphabet.Contains(line[h-1]) {
					h--
				}
				if n := i - h; n < r.HeadMin || n > r.HeadMax {
					continue
				}
			}
			if h > 0 && isASCIIAlnum(line[h-1]) {
				continue
			}
			start := i + len(p)
			end := start
			for end < len(line) && r.Alphabet.Contains(line[end]) {
				end++
			}
			if n := end - start; n < r.MinLen || n > r.MaxLen {
				continue
			}
			if end < len(line) && isASCIIAlnum(line[end]) {
				continue
			}
			if shannon(line[start:end]) < r.Entropy {
				continue
			}
			tok := line[h:end]
			if global.Allows([]byte(tok)) || r.Allow.Allows([]byte(tok)) {
				continue
			}
			out = append(out, tok)
		}
	}
	return out
}

func TestRefTokenMatches(t *testing.T) {
	alpha, err := ParseAlphabet("A-Z0-9")
	if err != nil {
		t.Fatal(err)
	}
	r := &Rule{ID: "t", Kind: KindToken, Prefixes: []string{"AKIA"}, Alphabet: alpha, MinLen: 4, MaxLen: 6, Entropy: 1}
	global := &Allowlist{Stopwords: []string{"example"}}
	for _, c := range []struct {
		line string
		want int
	}{
		{"AKIAQ2W3", 1},        // start of line, end of line
		{"x AKIAQ2W3E4 y", 1},  // max length
		{"x AKIAQ2W y", 0},     // too short
		{"x AKIAQ2W3E4R y", 0}, // too long: not a token
		{"xAKIAQ2W3 y", 0},     // glued to a word
		{"_AKIAQ2W3 y", 1},     // '_' is not a letter or digit
		{"x AKIAQ2W3e y", 0},   // alphabet run ends on a letter
		{"x akiaQ2W3 y", 0},    // prefix case
		{"x AKIAQQQQ y", 0},    // entropy
		{"x AKIAEXAMPLE y", 0}, // allowlisted (and too long)
		{"x AKIAEXAMP y", 1},
		{"AKIAQ2W3,AKIAZ4X5", 2},
	} {
		if got := refTokenMatches(r, global, c.line); len(got) != c.want {
			t.Errorf("%q: %d matches %q, want %d", c.line, len(got), got, c.want)
		}
	}
	r.IgnoreCase = true
	if got := refTokenMatches(r, global, "x akiaQ2W3 y"); len(got) != 1 {
		t.Errorf("ignore_case: got %q", got)
	}
	head, err := ParseAlphabet("a-z~")
	if err != nil {
		t.Fatal(err)
	}
	r = &Rule{ID: "h", Kind: KindToken, Prefixes: []string{"7Q~"}, Alphabet: alpha, MinLen: 4, MaxLen: 4,
		HeadAlphabet: head, HeadMin: 2, HeadMax: 3}
	for _, c := range []struct {
		line string
		want string
	}{
		{"x ab7Q~Q2W3 y", "ab7Q~Q2W3"},
		{"x a~b7Q~Q2W3 y", "a~b7Q~Q2W3"},
		{"x a7Q~Q2W3 y", ""},    // head too short
		{"x abcd7Q~Q2W3 y", ""}, // head too long: not a shorter head
		{"x 9ab7Q~Q2W3 y", ""},  // no word boundary before the head
		{"x 7Q~Q2W3 y", ""},     // no head
		{"(ab7Q~Q2W3)", "ab7Q~Q2W3"},
	} {
		got := refTokenMatches(r, global, c.line)
		if (c.want == "" && len(got) != 0) || (c.want != "" && (len(got) != 1 || got[0] != c.want)) {
			t.Errorf("head: %q: got %q, want %q", c.line, got, c.want)
		}
	}
}

// TestDefaultTokenSamples checks every token rule's must_redact samples
// against the reference, and every must_keep sample of every rule against
// all token rules: a must_keep line has to come out unchanged, so no token
// rule may fire on it.
func TestDefaultTokenSamples(t *testing.T) {
	s := loadDefault(t)
	var tokens []*Rule
	for _, r := range s.Rules {
		if r.Kind == KindToken {
			tokens = append(tokens, r)
		}
	}
	for _, r := range tokens {
		for _, line := range r.MustRedact {
			if len(refTokenMatches(r, s.Allow, line)) == 0 {
				t.Errorf("%s: must_redact sample has no token of this rule: %q", r.ID, line)
			}
		}
	}
	for _, owner := range s.Rules {
		for _, line := range owner.MustKeep {
			for _, r := range tokens {
				if r.KeepToken || r.ObjectNames {
					// Its token is an identifier that stays, or a token
					// where a name stands is a name: the context decides,
					// which the filter's samples check.
					continue
				}
				if m := refTokenMatches(r, s.Allow, line); len(m) > 0 {
					t.Errorf("%s: must_keep sample %q is matched by token rule %s: %q", owner.ID, line, r.ID, m)
				}
			}
		}
	}
}

// TestDefaultSamplesAvoidKeyNames keeps the samples of token rules free of
// "name=" and "name:" for the default sensitive key names. A key rule would
// redact such a value: a must_keep line would not come out unchanged, and a
// must_redact line would not show that the token rule finds the token. (Key
// rules' own samples exercise exactly such assignments and are not checked.)
func TestDefaultSamplesAvoidKeyNames(t *testing.T) {
	s := loadDefault(t)
	assign := regexp.MustCompile(`([A-Za-z][A-Za-z0-9_.-]*)\s*["']?\s*[:=]`)
	for _, r := range s.Rules {
		if r.Kind != KindToken {
			continue
		}
		for _, line := range append(append([]string(nil), r.MustRedact...), r.MustKeep...) {
			for _, m := range assign.FindAllStringSubmatch(line, -1) {
				norm := normalizeKeyString(m[1])
				for _, name := range s.KeyNames() {
					if strings.HasSuffix(norm, name) {
						t.Errorf("%s: sample %q assigns to %q, which key name %q covers", r.ID, line, m[1], name)
					}
				}
			}
		}
	}
}

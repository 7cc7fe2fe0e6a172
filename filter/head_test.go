package filter

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

// headRules is a rule file with token rules that have a head.
const headRules = `
[[rules]]
id = "tf"
prefixes = [".atlasv1."]
head_alphabet = "A-Za-z0-9"
head_min = 14
alphabet = "A-Za-z0-9=_-"
min_length = 60
max_length = 70

[[rules]]
id = "az"
prefixes = ["0Q~", "1Q~", "2Q~", "3Q~", "4Q~", "5Q~", "6Q~", "7Q~", "8Q~", "9Q~"]
anchors = ["Q~"]
head_alphabet = "A-Za-z0-9_~."
head_min = 3
alphabet = "A-Za-z0-9_~.-"
min_length = 31
max_length = 34

[[rules]]
id = "ranged"
prefixes = ["-zz-"]
head_alphabet = "a-f"
head_min = 2
head_max = 4
alphabet = "0-9"
min_length = 6
`

func headScrubber(t testing.TB, opt Options) *Scrubber {
	t.Helper()
	set, err := rules.Compile(rules.NamedSource{Name: "head.toml", Data: []byte(headRules)})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(set, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestTokenHead: a rule with a head redacts the head with the token, and
// every part of the shape is required.
func TestTokenHead(t *testing.T) {
	sc := headScrubber(t, Options{})
	const (
		tfHead = "u8jzPde0IgxLd6"
		tfBody = "=Bel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8"
		azTok  = "ihN8Q~5KXSc7Tvo~hBKqFYY~kv5ZJr3J1TWDtkw"
	)
	tf := tfHead + ".atlasv1." + tfBody
	for _, c := range []struct{ in, want string }{
		{"wrote " + tf + " ok", "wrote [REDACTED:tf] ok"},
		{tf, "[REDACTED:tf]"},
		{`{"t":"` + tf + `"}`, `{"t":"[REDACTED:tf]"}`},
		{"(" + azTok + ")", "([REDACTED:az])"},
		{"v=~Gg8Q~nVhlLi2vpg_nXBGqFsbGK-t~Hus1JmTa0y", "v=[REDACTED:az]"},
		{"ab-zz-123456 cdef-zz-123456", "[REDACTED:ranged] [REDACTED:ranged]"},
		// Near misses: head one short, one long, glued to a word, absent.
		{"wrote " + tfHead[1:] + ".atlasv1." + tfBody + " ok", ""},
		{"wrote X" + tf + " ok", ""},
		{"wrote -" + tf[1:] + " ok", ""},
		{"wrote .atlasv1." + tfBody + " ok", ""},
		{"wrote " + tfHead + ".atlasv1." + tfBody[:50] + " ok", ""},
		{"id " + azTok[1:] + " seen", ""},                       // head of 2
		{"id x" + azTok + " seen", ""},                          // head of 4
		{"id ihNxQ~5KXSc7Tvo~hBKqFYY~kv5ZJr3J1TWDtkw seen", ""}, // no digit
		{"id ihN8Q5KXSc7Tvo~hBKqFYY~kv5ZJr3J1TWDtkw seen", ""},  // no ~
		{"id 1Q~ and Q~ in prose", ""},
		{"a-zz-123456 abcdef-zz-123456 9ab-zz-123456", ""},
	} {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := string(sc.NewStream().AppendLine(nil, []byte(c.in))); got != want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, want)
		}
	}
}

// TestTokenHeadPartial: the head is secret, so the partial style keeps no
// public prefix of a token with one.
func TestTokenHeadPartial(t *testing.T) {
	sc := headScrubber(t, Options{Style: rules.StylePartial})
	in := "v=ihN8Q~5KXSc7Tvo~hBKqFYY~kv5ZJr3J1TWDtkw"
	got := string(sc.NewStream().AppendLine(nil, []byte(in)))
	if want := "v=[REDACTED:az]Dtkw"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTokenHeadAllocs(t *testing.T) {
	sc := headScrubber(t, Options{})
	st := sc.NewStream()
	line := []byte("x u8jzPde0IgxLd6.atlasv1.=Bel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8 and ihN8Q~5KXSc7Tvo~hBKqFYY~kv5ZJr3J1TWDtkw")
	var dst []byte
	dst = st.AppendLine(dst[:0], line)
	if n := testing.AllocsPerRun(100, func() { dst = st.AppendLine(dst[:0], line) }); n != 0 {
		t.Errorf("%v allocations per line", n)
	}
}

func TestJWTBase64OK(t *testing.T) {
	std := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	url := func(s string) string { return base64.URLEncoding.EncodeToString([]byte(s)) }
	jwt := b64(`{"alg":"HS256","typ":"JWT"}`) + "." + b64(`{"sub":"1"}`) + "." + b64("sig")
	long := b64(`{"alg":"RS256","kid":"`+strings.Repeat("k", 300)+`"}`) + "." + b64(`{"sub":"1"}`) + "." + b64("sig")
	for _, c := range []struct {
		tok  string
		want bool
	}{
		{std(jwt), true},
		{strings.TrimRight(std(jwt), "="), true},
		{url(jwt + "??>>"), true},
		{std(jwt[:len(b64(`{"alg":"HS256","typ":"JWT"}`))+3]), true},        // cut after the payload's start
		{std(b64(`{"typ":"JWT"}`) + "." + b64(`{"sub":"1"}`) + "."), false}, // no alg
		{std(b64(`{"page":2,"sort":"created_at"}`)), false},                 // base64 of base64 JSON: no dot
		{std(`{"alg":"HS256"}`), false},                                     // base64 of JSON itself
		{std("eyJ is how base64 JSON starts. so what"), false},              // text
		{std(b64(`{"alg":"HS256"}`) + "."), false},                          // nothing after the dot
		{std(b64(`{"alg":"HS256"}`) + ".!!"), false},                        // not a payload
		{std(long), false},                                                  // header longer than decoded
		{"ZXlK", false},
		{"ZXlK@@@@", false},
	} {
		if got := jwtBase64OK([]byte(c.tok)); got != c.want {
			t.Errorf("jwtBase64OK(%q) = %v, want %v", c.tok, got, c.want)
		}
	}
	tok := []byte(std(jwt))
	if n := testing.AllocsPerRun(100, func() {
		if !jwtBase64OK(tok) {
			t.Fatal("rejected")
		}
	}); n != 0 {
		t.Errorf("jwtBase64OK: %v allocations per call, want 0", n)
	}
}

// TestJWTBase64Rule: the shipped rule redacts base64 of a JWT and keeps
// base64 of ordinary JSON (which is eyJ…, not a JWT) and base64 of it.
func TestJWTBase64Rule(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	std := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	jwt := b64(`{"alg":"HS256","typ":"JWT"}`) + "." + b64(`{"sub":"1234567890","iat":1516239022}`) + "." + b64("signature-bytes")
	keep := []string{
		"cursor " + std(`{"page":2,"sort":"created_at","order":"desc"}`) + " next",
		"cursor " + std(b64(`{"page":2,"sort":"created_at","order":"desc"}`)) + " next",
		"blob " + std(b64(`{"typ":"JWT","kid":"k1"}`)+"."+b64(`{"sub":"1"}`)+".") + " end",
	}
	for _, in := range keep {
		if got := string(sc.NewStream().AppendLine(nil, []byte(in))); got != in {
			t.Errorf("%q changed: %q", in, got)
		}
	}
	in := "blob " + std(jwt) + " end"
	if got, want := string(sc.NewStream().AppendLine(nil, []byte(in))), "blob [REDACTED:jwt-base64] end"; got != want {
		t.Errorf("%q: got %q, want %q", in, got, want)
	}
}

package fresh

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testN = 20000

// allHalves: every half the tests check (b held-out; a, c and d development).
var allHalves = []string{HalfA, HalfB, HalfC, HalfD}

var genCache = map[string][]Line{}

func gen(t *testing.T, half string) []Line {
	t.Helper()
	if l, ok := genCache[half]; ok {
		return l
	}
	l := Generate(half, SeedOf(half), testN)
	genCache[half] = l
	return l
}

func TestDeterministic(t *testing.T) {
	for _, h := range allHalves {
		x := Stream(Generate(h, 42, 3000))
		y := Stream(Generate(h, 42, 3000))
		if !bytes.Equal(x, y) {
			t.Fatalf("half %s: same seed, different bytes", h)
		}
		z := Stream(Generate(h, 43, 3000))
		if bytes.Equal(x, z) {
			t.Fatalf("half %s: different seeds, same bytes", h)
		}
	}
	seeds := map[uint64]string{}
	for _, h := range allHalves {
		if o, ok := seeds[SeedOf(h)]; ok {
			t.Fatalf("halves %s and %s share a default seed", o, h)
		}
		seeds[SeedOf(h)] = h
	}
	// The same seed must still give different streams per half.
	for i, x := range allHalves {
		for _, y := range allHalves[i+1:] {
			if bytes.Equal(Stream(Generate(x, 7, 500)), Stream(Generate(y, 7, 500))) {
				t.Fatalf("halves %s and %s identical for one seed", x, y)
			}
		}
	}
}

func TestLineCount(t *testing.T) {
	for _, h := range allHalves {
		for _, n := range []int{0, 1, 17, 2000} {
			ls := Generate(h, 9, n)
			if len(ls) < n {
				t.Fatalf("half %s: asked %d lines, got %d", h, n, len(ls))
			}
			if len(ls) > n+200 {
				t.Fatalf("half %s: asked %d lines, got %d (an item larger than 200 lines?)", h, n, len(ls))
			}
			s := Stream(ls)
			if c := bytes.Count(s, []byte("\n")); c != len(ls) {
				t.Fatalf("half %s: stream has %d newlines for %d lines", h, c, len(ls))
			}
			if got := len(SplitLines(s)); got != len(ls) {
				t.Fatalf("half %s: SplitLines gives %d for %d lines", h, got, len(ls))
			}
		}
	}
}

func TestHalvesDisjoint(t *testing.T) {
	names := map[string]string{}
	funcs := map[string]string{}
	for _, h := range allHalves {
		ts := Templates(h)
		if len(ts) < 25 {
			t.Errorf("half %s has only %d templates", h, len(ts))
		}
		for _, tp := range ts {
			if !strings.HasPrefix(tp.Name, h+"/") {
				t.Errorf("template %q of half %s lacks the half prefix", tp.Name, h)
			}
			if o, ok := names[tp.Name]; ok {
				t.Errorf("template name %q in halves %s and %s", tp.Name, o, h)
			}
			names[tp.Name] = h
			fn := FuncName(tp.Fn)
			if o, ok := funcs[fn]; ok && o != h {
				t.Errorf("template function %s shared by halves %s and %s", fn, o, h)
			} else if ok {
				t.Errorf("template function %s used twice in half %s", fn, h)
			}
			funcs[fn] = h
			if tp.Weight <= 0 {
				t.Errorf("template %s has weight %d", tp.Name, tp.Weight)
			}
		}
	}
	// Every generated line's context is a template of its own half.
	for _, h := range allHalves {
		for _, l := range gen(t, h) {
			if names[l.Context] != h || l.Half != h {
				t.Fatalf("line of half %s has context %q (half %q)", h, l.Context, names[l.Context])
			}
		}
	}
}

func TestTokensPlaced(t *testing.T) {
	for _, h := range allHalves {
		for i, l := range gen(t, h) {
			for _, set := range [][]Token{l.Secrets, l.Harmless} {
				for _, tk := range set {
					if tk.Value == "" {
						t.Fatalf("%s line %d: empty %s token", l.Context, i, tk.Kind)
					}
					if tk.Off < 0 || tk.Off+len(tk.Value) > len(l.Text) || l.Text[tk.Off:tk.Off+len(tk.Value)] != tk.Value {
						t.Fatalf("%s line %d: %s %q not at offset %d of %q", l.Context, i, tk.Kind, tk.Value, tk.Off, l.Text)
					}
					if tk.Body < 0 || tk.Body > len(tk.Value) {
						t.Fatalf("%s line %d: %s body offset %d out of range", l.Context, i, tk.Kind, tk.Body)
					}
				}
			}
		}
	}
}

func TestNoNewlinesInLines(t *testing.T) {
	for _, h := range allHalves {
		for i, l := range gen(t, h) {
			if strings.ContainsAny(l.Text, "\r\n") {
				t.Fatalf("%s line %d contains a raw CR or LF: %q", l.Context, i, l.Text)
			}
		}
	}
}

// A harmless token must not contain a secret or a leak window of one (then
// keeping it would leak), and a secret must not contain a harmless token
// (then removing the secret would destroy it).
func TestSecretsAndHarmlessApart(t *testing.T) {
	for _, h := range allHalves {
		for i, l := range gen(t, h) {
			for _, s := range l.Secrets {
				for _, hm := range l.Harmless {
					if strings.Contains(hm.Value, s.Value) || strings.Contains(s.Value, hm.Value) {
						t.Fatalf("%s line %d: secret %s %q and harmless %s %q overlap", l.Context, i, s.Kind, s.Value, hm.Kind, hm.Value)
					}
					if Leaked(hm.Value, s) {
						t.Fatalf("%s line %d: harmless %s %q holds a leak window of secret %s %q", l.Context, i, hm.Kind, hm.Value, s.Kind, s.Value)
					}
					if s.Off < hm.Off+len(hm.Value) && hm.Off < s.Off+len(s.Value) {
						t.Fatalf("%s line %d: secret %s and harmless %s spans overlap", l.Context, i, s.Kind, hm.Kind)
					}
				}
				// A secret occurs only where it was planted: otherwise a
				// scrubber that removed the planted one would still "leak".
				want := 0
				for _, s2 := range l.Secrets {
					if s2.Value == s.Value {
						want++
					}
				}
				if got := strings.Count(l.Text, s.Value); got != want {
					t.Fatalf("%s line %d: secret %s %q occurs %d times, planted %d", l.Context, i, s.Kind, s.Value, got, want)
				}
			}
		}
	}
}

func TestJSONLinesValid(t *testing.T) {
	for _, h := range allHalves {
		n := 0
		for i, l := range gen(t, h) {
			if !l.JSON {
				continue
			}
			n++
			if !json.Valid([]byte(l.Text)) {
				t.Fatalf("%s line %d is not valid JSON: %s", l.Context, i, l.Text)
			}
		}
		if n < testN/10 {
			t.Errorf("half %s: only %d JSON lines", h, n)
		}
	}
}

func TestCoverage(t *testing.T) {
	used := map[string]bool{}
	usedH := map[string]bool{}
	for _, h := range allHalves {
		formats := map[string]bool{}
		kinds := map[string]bool{}
		clean := 0
		ls := gen(t, h)
		for _, l := range ls {
			for _, s := range l.Secrets {
				formats[s.Kind] = true
				used[s.Kind] = true
			}
			for _, hm := range l.Harmless {
				kinds[hm.Kind] = true
				usedH[hm.Kind] = true
			}
			if l.Clean() {
				clean++
			}
		}
		if len(formats) < 40 {
			t.Errorf("half %s uses only %d secret formats", h, len(formats))
		}
		if len(kinds) < 30 {
			t.Errorf("half %s uses only %d harmless kinds", h, len(kinds))
		}
		if clean < len(ls)/5 {
			t.Errorf("half %s: only %d clean lines of %d", h, clean, len(ls))
		}
	}
	for _, f := range SecretFormats() {
		if !used[f] {
			t.Errorf("secret format %s registered but never planted", f)
		}
	}
	for _, k := range HarmlessKinds() {
		if !usedH[k] {
			t.Errorf("harmless kind %s registered but never planted", k)
		}
	}
}

// ---- scorer tests on hand-made input ----

const (
	tSecret = "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij" // 4-byte prefix, 36-byte body
	tUUID   = "0b3c1d6e-2f4a-4b5c-8d9e-0f1a2b3c4d5e"
)

func handLines() []Line {
	l1 := "auth token=" + tSecret + " ok"
	l2 := "request_id=" + tUUID + " done"
	l3 := "server started on :8080"
	return []Line{
		{Half: "t", Context: "t/secret", Text: l1, Secrets: []Token{{Kind: "github_ghp", Value: tSecret, Off: strings.Index(l1, tSecret), Body: 4}}},
		{Half: "t", Context: "t/harmless", Text: l2, Harmless: []Token{{Kind: "uuid", Value: tUUID, Off: strings.Index(l2, tUUID)}}},
		{Half: "t", Context: "t/clean", Text: l3},
	}
}

func mapLines(f func(i int, s string) string) Scrubber {
	return func(in []byte) ([]byte, error) {
		ls := SplitLines(in)
		var b bytes.Buffer
		for i, l := range ls {
			b.WriteString(f(i, l))
			b.WriteByte('\n')
		}
		return b.Bytes(), nil
	}
}

func mustRun(t *testing.T, s Scrubber) *Result {
	t.Helper()
	r, err := Run("t", handLines(), s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestScoreIdentityLeaks(t *testing.T) {
	r := mustRun(t, mapLines(func(_ int, s string) string { return s }))
	if r.Total.Secrets != 1 || r.Total.Leaked != 1 || r.Total.Recall() != 0 {
		t.Fatalf("identity: %+v", r.Total)
	}
	if r.Total.Destroyed != 0 || r.Total.Changed != 0 || r.Total.Clean != 1 || r.Total.Harmless != 1 {
		t.Fatalf("identity: %+v", r.Total)
	}
	if len(r.Leaks) != 1 || r.Leaks[0].Line != 1 || r.Leaks[0].Kind != "github_ghp" {
		t.Fatalf("identity findings: %+v", r.Leaks)
	}
	if r.ByFormat["github_ghp"].Leaked != 1 || r.ByContext["t/secret"].Leaked != 1 {
		t.Fatal("identity: leak not attributed to its format and context")
	}
}

func TestScorePerfect(t *testing.T) {
	r := mustRun(t, mapLines(func(_ int, s string) string { return strings.ReplaceAll(s, tSecret, "[REDACTED]") }))
	if r.Total.Leaked != 0 || r.Total.Recall() != 1 || r.Total.Destroyed != 0 || r.Total.Changed != 0 {
		t.Fatalf("perfect: %+v", r.Total)
	}
}

func TestScorePartialRedaction(t *testing.T) {
	// Keeping the prefix and 16 body characters leaks (a 12-byte window survives).
	r := mustRun(t, mapLines(func(_ int, s string) string { return strings.ReplaceAll(s, tSecret, tSecret[:20]+"****") }))
	if r.Total.Leaked != 1 {
		t.Fatalf("partial keep-20: %+v", r.Total)
	}
	// Keeping the last 12 body characters leaks too.
	r = mustRun(t, mapLines(func(_ int, s string) string {
		return strings.ReplaceAll(s, tSecret, "****"+tSecret[len(tSecret)-12:])
	}))
	if r.Total.Leaked != 1 {
		t.Fatalf("partial keep-last-12: %+v", r.Total)
	}
	// Keeping the public prefix and 7 body characters does not.
	r = mustRun(t, mapLines(func(_ int, s string) string { return strings.ReplaceAll(s, tSecret, tSecret[:11]+"****") }))
	if r.Total.Leaked != 0 {
		t.Fatalf("partial keep-prefix: %+v", r.Total)
	}
}

func TestLeakWindowRule(t *testing.T) {
	short := Token{Value: "abcdefghijklmno"} // 15 bytes: only a verbatim copy leaks
	if Leaked("xx abcdefghijkl xx", short) {
		t.Fatal("15-byte secret: a 12-byte window must not count")
	}
	if !Leaked("xx abcdefghijklmno xx", short) {
		t.Fatal("verbatim copy must count")
	}
	long := Token{Value: "abcdefghijklmnop"} // 16 bytes
	if !Leaked("xx efghijklmnop xx", long) {
		t.Fatal("16-byte secret: a 12-byte window must count")
	}
	if Leaked("xx efghijklmno xx", long) {
		t.Fatal("11 bytes are not a window")
	}
	pre := Token{Value: "sk_live_0123456789abcdef", Body: 8}
	if Leaked("sk_live_01234 redacted", pre) {
		t.Fatal("a window made mostly of the public prefix must not count")
	}
}

func TestScoreDestroysHarmless(t *testing.T) {
	r := mustRun(t, mapLines(func(_ int, s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, tSecret, "[X]"), tUUID, "[X]")
	}))
	if r.Total.Destroyed != 1 || r.Total.DestroyedRate() != 1 || r.ByKind["uuid"].Destroyed != 1 {
		t.Fatalf("destroy: %+v", r.Total)
	}
	if len(r.Destroys) != 1 || r.Destroys[0].Line != 2 || r.Destroys[0].Out != "request_id=[X] done" {
		t.Fatalf("destroy findings: %+v", r.Destroys)
	}
	// Changing bytes around a harmless token is not destroying it, and a
	// line with a harmless token is not a clean line.
	r = mustRun(t, mapLines(func(i int, s string) string {
		if i == 1 {
			return "REWRITTEN " + s
		}
		return strings.ReplaceAll(s, tSecret, "[X]")
	}))
	if r.Total.Destroyed != 0 || r.Total.Changed != 0 {
		t.Fatalf("rewrite around harmless: %+v", r.Total)
	}
}

func TestDestroyedCountsCopies(t *testing.T) {
	in := "a=" + tUUID + " b=" + tUUID
	tk := Token{Kind: "uuid", Value: tUUID}
	if Destroyed(in, in, tk) {
		t.Fatal("unchanged line: not destroyed")
	}
	if !Destroyed(in, "a="+tUUID+" b=[X]", tk) {
		t.Fatal("one of two copies removed: destroyed")
	}
	if !Destroyed(in, "a=[X] b=[X]", tk) {
		t.Fatal("both copies removed: destroyed")
	}
}

func TestScoreChangesClean(t *testing.T) {
	r := mustRun(t, mapLines(func(i int, s string) string {
		s = strings.ReplaceAll(s, tSecret, "[X]")
		if i == 2 {
			s += " "
		}
		return s
	}))
	if r.Total.Changed != 1 || r.Total.ChangedRate() != 1 || len(r.Changes) != 1 || r.Changes[0].Line != 3 {
		t.Fatalf("changed clean: %+v %+v", r.Total, r.Changes)
	}
}

func TestScoreLineCountMismatch(t *testing.T) {
	drop := func(in []byte) ([]byte, error) {
		ls := SplitLines(in)
		return []byte(strings.Join(ls[:len(ls)-1], "\n") + "\n"), nil
	}
	if _, err := Run("t", handLines(), drop); !errors.Is(err, ErrLineCount) {
		t.Fatalf("dropped line: err %v", err)
	}
	add := func(in []byte) ([]byte, error) { return append(append([]byte{}, in...), "extra\n"...), nil }
	if _, err := Run("t", handLines(), add); !errors.Is(err, ErrLineCount) {
		t.Fatalf("added line: err %v", err)
	}
	split := mapLines(func(i int, s string) string {
		if i == 0 {
			return "auth\ntoken=[X]"
		}
		return s
	})
	if _, err := Run("t", handLines(), split); !errors.Is(err, ErrLineCount) {
		t.Fatalf("split line: err %v", err)
	}
	// A missing final newline is not a lost line.
	trim := func(in []byte) ([]byte, error) { return bytes.TrimSuffix(in, []byte("\n")), nil }
	if _, err := Run("t", handLines(), trim); err != nil {
		t.Fatalf("no final newline: %v", err)
	}
}

func TestScrubberError(t *testing.T) {
	bad := func([]byte) ([]byte, error) { return nil, errors.New("boom") }
	if _, err := Run("t", handLines(), bad); err == nil {
		t.Fatal("scrubber error not returned")
	}
}

func TestWriteCorpusAndFindings(t *testing.T) {
	dir := t.TempDir()
	ls := Generate(HalfB, SeedB, 300)
	if err := WriteCorpus(dir, HalfB, ls); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "b.log"))
	if err != nil || !bytes.Equal(data, Stream(ls)) {
		t.Fatalf("b.log: %v", err)
	}
	f, err := os.Open(filepath.Join(dir, "b.labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var rec struct {
			Line    int     `json:"line"`
			Context string  `json:"context"`
			Secrets []Token `json:"secrets"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		n++
		if rec.Line != n || rec.Context != ls[n-1].Context || len(rec.Secrets) != len(ls[n-1].Secrets) {
			t.Fatalf("label %d does not match line", n)
		}
	}
	if n != len(ls) {
		t.Fatalf("%d labels for %d lines", n, len(ls))
	}
	r := mustRun(t, mapLines(func(i int, s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, tUUID, "u"), "started", "begun")
	}))
	out := filepath.Join(dir, "out")
	if err := WriteFindings(out, r); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"leaked.txt", "destroyed.txt", "changed.txt", "report.txt"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		if name != "report.txt" && !bytes.Contains(b, []byte("  in:  ")) {
			t.Fatalf("%s has no finding", name)
		}
	}
}

// In a JSON line every planted token must sit inside a JSON string, and
// its recorded bytes must be the escaped form: unescaped once, it is part
// of a decoded string value.
func TestJSONTokensInsideStrings(t *testing.T) {
	var strs func(v any, out *[]string)
	strs = func(v any, out *[]string) {
		switch x := v.(type) {
		case string:
			*out = append(*out, x)
		case []any:
			for _, e := range x {
				strs(e, out)
			}
		case map[string]any:
			for k, e := range x {
				*out = append(*out, k)
				strs(e, out)
			}
		}
	}
	for _, h := range allHalves {
		for i, l := range gen(t, h) {
			if !l.JSON || len(l.Secrets) == 0 {
				continue
			}
			var doc any
			if err := json.Unmarshal([]byte(l.Text), &doc); err != nil {
				t.Fatalf("%s line %d: %v", l.Context, i, err)
			}
			var ss []string
			strs(doc, &ss)
			for _, s := range l.Secrets {
				var raw string
				if err := json.Unmarshal([]byte(`"`+s.Value+`"`), &raw); err != nil {
					t.Fatalf("%s line %d: secret %s %q is not a valid JSON string body: %v", l.Context, i, s.Kind, s.Value, err)
				}
				found := false
				for _, x := range ss {
					if strings.Contains(x, raw) {
						found = true
						break
					}
				}
				if !found {
					t.Fatalf("%s line %d: secret %s %q not inside any JSON string", l.Context, i, s.Kind, s.Value)
				}
			}
		}
	}
}

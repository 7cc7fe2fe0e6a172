package filter

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
	"github.com/logscrub/logscrub/rules"
)

// twoScrubbers returns the normal scrubber and one that parses every JSON
// line with a hit, so that the actionable() shortcut can be checked.
func twoScrubbers(tb testing.TB) (fast, full *Scrubber) {
	set, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	if fast, err = New(set, Options{}); err != nil {
		tb.Fatal(err)
	}
	if full, err = New(set, Options{}); err != nil {
		tb.Fatal(err)
	}
	full.parseAll = true
	return fast, full
}

func sameOutput(t *testing.T, fast, full *Scrubber, in []byte) {
	t.Helper()
	var a, b bytes.Buffer
	if err := fast.NewStream().Copy(&a, bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if err := full.NewStream().Copy(&b, bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		la, lb := bytes.Split(a.Bytes(), []byte("\n")), bytes.Split(b.Bytes(), []byte("\n"))
		for i := range la {
			if i < len(lb) && !bytes.Equal(la[i], lb[i]) {
				t.Fatalf("the JSON pass-through shortcut changed line %d:\nfast: %q\nfull: %q", i+1, la[i], lb[i])
			}
		}
		t.Fatal("outputs differ")
	}
}

// TestActionableIsSound: skipping the JSON parse for lines without an
// actionable hit never changes the output, on the generated corpus and the
// golden inputs.
func TestActionableIsSound(t *testing.T) {
	fast, full := twoScrubbers(t)
	bg, _ := corpus.LoadBackground("../../shared/corpus/loghub")
	var buf bytes.Buffer
	if _, err := (corpus.Options{Background: bg}).Generate(&buf, 4<<20, 7); err != nil {
		t.Fatal(err)
	}
	sameOutput(t, fast, full, buf.Bytes())
	ins, _ := filepath.Glob("../testdata/golden/*.in")
	for _, in := range ins {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		sameOutput(t, fast, full, data)
	}
}

func FuzzActionable(f *testing.F) {
	for _, s := range []string{`{"user password":"x1234567"}`, `{"a":"caf\u00e9 \u0070assword=x"}`, `{"k":"curl -u a:b"}`,
		`{"API Key":"abcdefgh123"}`, `{"msg":"session started","token":null}`,
		`{"u":"https:\/\/hooks.slack.com\/services\/T0A1B2C3D\/B4E5F6G7H\/aBcDeFgHiJkLmNoPqRsTuVwX"}`,
		`{"b":["e8d28a79023c39c200661fccd268a29a","ACeee65f53e9421ce50211670eae679f02"]}`,
		`{"q":"redirect=%2Fdashboard","r":"x%3Dy"}`, `{"q":"password%3Dhunter2x9Q"}`, `{"q":"password %3D hunter2x9Q"}`} {
		f.Add([]byte(s))
	}
	fast, full := twoScrubbers(f)
	f.Fuzz(func(t *testing.T, in []byte) { sameOutput(t, fast, full, in) })
}

// TestActionablePercent: a JSON line with percent-encoded text takes the
// full path only when the decoded text holds an anchor, and then its
// encoded secrets go.
func TestActionablePercent(t *testing.T) {
	fast, full := twoScrubbers(t)
	for _, c := range []struct {
		line       string
		actionable bool
	}{
		{`{"query":"redirect=%2Fdashboard&next=%2Fhome%3Ftab%3D2"}`, false},
		{`{"query":"cb=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT0A1B2C3D%2FB4E5F6G7H%2FaBcDeFgHiJkLmNoPqRsTuVwX"}`, true},
		{`{"query":"db=redis%3A%2F%2F%3AhUnter2x9QzL%40cache.internal%3A6379"}`, true},
		{`{"form":"user=bob&password%3DhUnter2x9QzL"}`, true},
		{`{"msg":"{\"u\":\"redis%3A%2F%2F%3AhUnter2x9QzL%40cache%3A6379\"}"}`, true},
	} {
		st := fast.NewStream()
		line := []byte(c.line)
		st.hits = fast.m.Find(st.hits[:0], line)
		if got := st.actionable(line); got != c.actionable {
			t.Errorf("%s: actionable = %v, want %v", c.line, got, c.actionable)
		}
		sameOutput(t, fast, full, append(line, '\n'))
		if c.actionable {
			var out bytes.Buffer
			if err := fast.NewStream().Copy(&out, bytes.NewReader(append(line, '\n'))); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(out.Bytes(), []byte("hUnter2x9QzL")) || bytes.Contains(out.Bytes(), []byte("aBcDeFgHiJkLmNoPqRsTuVwX")) {
				t.Errorf("%s: a secret survived: %s", c.line, out.Bytes())
			}
		}
	}
}

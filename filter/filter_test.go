package filter_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func newScrubber(t testing.TB, opt filter.Options) *filter.Scrubber {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := filter.New(set, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func scrub(t testing.TB, sc *filter.Scrubber, in []byte, wrap func(io.Reader) io.Reader) []byte {
	t.Helper()
	var out bytes.Buffer
	var r io.Reader = bytes.NewReader(in)
	if wrap != nil {
		r = wrap(r)
	}
	if err := sc.NewStream().Copy(&out, r); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestGolden scrubs every testdata/golden/*.in and compares with its
// .golden; -update rewrites them. Each input also goes through one-byte,
// half and gzip readers with identical output, and scrubbing the output
// again changes nothing.
func TestGolden(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	ins, _ := filepath.Glob("../testdata/golden/*.in")
	if len(ins) == 0 {
		t.Fatal("no golden inputs")
	}
	// The README's sample is a golden input too (sample.log → sample.golden).
	ins = append(ins, "../testdata/sample.log")
	for _, in := range ins {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(in), ".in"), ".log")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := scrub(t, sc, data, nil)
			golden := strings.TrimSuffix(strings.TrimSuffix(in, ".in"), ".log") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./filter -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s:\n got: %q\nwant: %q", golden, got, want)
			}
			checkInvariants(t, data, got)
			wrappers := map[string]func(io.Reader) io.Reader{
				"one-byte": iotest.OneByteReader,
				"half":     iotest.HalfReader,
				"data-err": iotest.DataErrReader,
				"gzip": func(r io.Reader) io.Reader {
					var z bytes.Buffer
					zw := gzip.NewWriter(&z)
					io.Copy(zw, r)
					zw.Close()
					zr, err := gzip.NewReader(&z)
					if err != nil {
						t.Fatal(err)
					}
					return zr
				},
			}
			for wn, w := range wrappers {
				if again := scrub(t, sc, data, w); !bytes.Equal(again, got) {
					t.Errorf("%s reader: output differs:\n got: %q\nwant: %q", wn, again, got)
				}
			}
			if twice := scrub(t, sc, got, nil); !bytes.Equal(twice, got) {
				t.Errorf("not idempotent: scrubbing the output changed it:\n%q\n%q", got, twice)
			}
		})
	}
}

// checkInvariants: same number of lines, same endings, valid JSON lines
// stay valid.
func checkInvariants(t *testing.T, in, out []byte) {
	t.Helper()
	li, lo := splitLines(in), splitLines(out)
	if len(li) != len(lo) {
		t.Fatalf("%d lines in, %d out", len(li), len(lo))
	}
	for i := range li {
		ei, eo := ending(li[i]), ending(lo[i])
		if ei != eo {
			t.Errorf("line %d: ending %q became %q", i+1, ei, eo)
		}
		ci := bytes.TrimSuffix(bytes.TrimSuffix(li[i], []byte("\n")), []byte("\r"))
		co := bytes.TrimSuffix(bytes.TrimSuffix(lo[i], []byte("\n")), []byte("\r"))
		if json.Valid(ci) && !json.Valid(co) {
			t.Errorf("line %d: valid JSON became invalid: %q", i+1, co)
		}
	}
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, b)
			break
		}
		out = append(out, b[:i+1])
		b = b[i+1:]
	}
	return out
}

func ending(l []byte) string {
	switch {
	case bytes.HasSuffix(l, []byte("\r\n")):
		return "\r\n"
	case bytes.HasSuffix(l, []byte("\n")):
		return "\n"
	}
	return ""
}

// TestRuleSamples checks every rule's own must_redact and must_keep samples
// against the shipped rule set.
func TestRuleSamples(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Every rule shows itself; CheckSamples (TestCheckSamplesDefaults)
	// runs the samples.
	for _, r := range set.Rules {
		if len(r.MustRedact) == 0 || len(r.MustKeep) == 0 {
			t.Errorf("rule %s needs must_redact and must_keep samples", r.ID)
		}
	}
}

// TestLoghubUnchanged runs the real-log false-positive corpus through the
// default rules and lists every line that changed; the target is none.
func TestLoghubUnchanged(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/loghub/*.log")
	if len(files) == 0 {
		t.Skip("../shared/corpus/loghub is not beside the repository; skipping the false-positive corpus")
	}
	sc := newScrubber(t, filter.Options{})
	changed := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out := scrub(t, sc, data, nil)
		if bytes.Equal(out, data) {
			continue
		}
		li, lo := splitLines(data), splitLines(out)
		for i := range li {
			if !bytes.Equal(li[i], lo[i]) {
				changed++
				t.Errorf("%s:%d changed:\n in: %q\nout: %q", filepath.Base(f), i+1, li[i], lo[i])
			}
		}
	}
	if changed > 0 {
		t.Errorf("%d loghub lines changed", changed)
	}
}

// TestLongLine scrubs a 50 MB line with secrets at both ends and in the
// middle; the line must come out whole, with each secret gone.
func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("long line test skipped in -short mode")
	}
	sc := newScrubber(t, filter.Options{})
	var b bytes.Buffer
	b.WriteString("password=first-secret ")
	filler := bytes.Repeat([]byte("lorem ipsum dolor sit amet "), 50<<20/27/2)
	b.Write(filler)
	b.WriteString(" AKIAQWERTYUIOPASDFGH ")
	b.Write(filler)
	b.WriteString(" token=last-secret-9f8Qw2Er4T\nshort line\n")
	out := scrub(t, sc, b.Bytes(), nil)
	for _, s := range []string{"first-secret", "QWERTYUIOPASDF", "last-secret-9f8Qw2Er4T"} {
		if bytes.Contains(out, []byte(s)) {
			t.Errorf("secret %q survived in the long line", s)
		}
	}
	if n := bytes.Count(out, []byte("\n")); n != 2 {
		t.Errorf("%d lines out, want 2", n)
	}
	if !bytes.HasSuffix(out, []byte("\nshort line\n")) {
		t.Error("the line after the long one is damaged")
	}
}

// TestZeroAllocsPerLine pins the hot path: scrubbing lines, with and
// without secrets, in text and JSON, allocates nothing in steady state.
func TestZeroAllocsPerLine(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	lines := [][]byte{
		[]byte(`Nov 28 10:00:00 web1 sshd[123]: Accepted publickey for bob from 10.0.0.1 port 5022 ssh2`),
		[]byte(`{"ts":"2026-11-28T10:00:00Z","level":"info","msg":"request done","status":200}`),
		[]byte(`level=info msg="user login" user=bob password=hunter2 dur=12ms`),
		[]byte(`{"req":{"headers":{"Authorization":"Bearer abcdefgh.ijklmnop.qrstuvwx","Cookie":"a=1; sid=abcdefgh12345678"}}}`),
		[]byte(`{"msg":"upstream said {\"password\":\"p4ss\"} at https:\/\/u:p@h\/x"}`),
		[]byte(`found AKIAQWERTYUIOPASDFGH and ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 and postgres://a:b@c/d`),
	}
	st := sc.NewStream()
	var dst []byte
	for _, l := range lines { // warm up scratch
		dst = st.AppendLine(dst[:0], l)
	}
	for _, l := range lines {
		allocs := testing.AllocsPerRun(200, func() {
			dst = st.AppendLine(dst[:0], l)
		})
		if allocs != 0 {
			t.Errorf("%.1f allocations per line for %q", allocs, l)
		}
	}
	// And through Copy, per line.
	var in bytes.Buffer
	for i := 0; i < 100; i++ {
		for _, l := range lines {
			in.Write(l)
			in.WriteByte('\n')
		}
	}
	data := in.Bytes()
	r := bytes.NewReader(data)
	st.Copy(io.Discard, r)
	allocs := testing.AllocsPerRun(20, func() {
		r.Reset(data)
		st.Copy(io.Discard, r)
	})
	if perLine := allocs / float64(100*len(lines)); perLine > 0 {
		t.Errorf("Copy: %.0f allocations per run of %d lines", allocs, 100*len(lines))
	}
}

// TestHashStyle: the same secret gives the same pseudonym, different ones
// differ, and the secret is not in the output.
func TestHashStyle(t *testing.T) {
	if _, err := filter.New(mustDefault(t), filter.Options{Style: rules.StyleHash}); err == nil {
		t.Fatal("hash style without a key was accepted")
	}
	sc := newScrubber(t, filter.Options{Style: rules.StyleHash, HashKey: []byte("0123456789abcdef-test-key")})
	out := string(scrub(t, sc, []byte("password=alpha1\npassword=alpha1\npassword=beta22\n"), nil))
	l := strings.Split(out, "\n")
	if l[0] != l[1] || l[0] == l[2] {
		t.Errorf("pseudonyms do not correlate: %q", out)
	}
	if !strings.HasPrefix(l[0], "password=[REDACTED:password:") || len(l[0]) != len("password=[REDACTED:password:")+13 {
		t.Errorf("unexpected hash form %q", l[0])
	}
	if strings.Contains(out, "alpha1") || strings.Contains(out, "beta22") {
		t.Error("secret in output")
	}
}

func mustDefault(t *testing.T) *rules.Set {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestPartialStyle keeps the public prefix and at most a quarter of the
// rest (4 characters at most).
func TestPartialStyle(t *testing.T) {
	sc := newScrubber(t, filter.Options{Style: rules.StylePartial})
	cases := map[string]string{
		"id AKIAQWERTYUIOPASDFGH":     "id AKIA[REDACTED:aws-access-key-id]DFGH",
		"password=hunter2":            "password=[REDACTED:password]2",
		"password=abc":                "password=[REDACTED:password]",
		`{"password":"correcthorse"}`: `{"password":"[REDACTED:password]rse"}`,
	}
	for in, want := range cases {
		if got := string(sc.NewStream().AppendLine(nil, []byte(in))); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestPEMAcrossLines: the body of a multi-line private key is redacted
// line by line, state is per stream, and the cap resets it.
func TestPEMAcrossLines(t *testing.T) {
	sc, err := filter.New(mustDefault(t), filter.Options{PEMLineCap: 3})
	if err != nil {
		t.Fatal(err)
	}
	in := "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACDs\n-----END OPENSSH PRIVATE KEY-----\nafter\n"
	want := "-----BEGIN OPENSSH PRIVATE KEY-----\n[REDACTED:private-key]\n[REDACTED:private-key]\n-----END OPENSSH PRIVATE KEY-----\nafter\n"
	if got := string(scrub(t, sc, []byte(in), nil)); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// Two streams do not share state.
	a, b := sc.NewStream(), sc.NewStream()
	a.AppendLine(nil, []byte("-----BEGIN EC PRIVATE KEY-----"))
	if got := string(b.AppendLine(nil, []byte("MHcCAQEEIBkg"))); got != "MHcCAQEEIBkg" {
		t.Errorf("state leaked between streams: %q", got)
	}
	if got := string(a.AppendLine(nil, []byte("MHcCAQEEIBkg"))); got != "[REDACTED:private-key]" {
		t.Errorf("body line not redacted: %q", got)
	}
	// The cap: no END within 3 lines → the 4th line is scanned normally.
	st := sc.NewStream()
	st.AppendLine(nil, []byte("-----BEGIN RSA PRIVATE KEY-----"))
	for i := 0; i < 3; i++ {
		st.AppendLine(nil, []byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="))
	}
	if got := string(st.AppendLine(nil, []byte("ordinary line"))); got != "ordinary line" {
		t.Errorf("cap did not reset the state: %q", got)
	}
	if st.Stats().PEMResets != 1 {
		t.Errorf("PEMResets = %d, want 1", st.Stats().PEMResets)
	}
}

// TestPathologicalLines feeds lines built to make a careless scanner
// quadratic: thousands of keys, quotes, BEGINs and curls on one multi-MB
// line. They must complete (the package test timeout is the bound) and keep
// their line count, with the secrets gone.
func TestPathologicalLines(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	sc := newScrubber(t, filter.Options{})
	const n = 200_000
	cases := map[string]string{
		"keys-in-value":       strings.Repeat("password=", n) + "tail",
		"unterminated-quotes": strings.Repeat(`password="`, n),
		"many-cookies":        strings.Repeat("Cookie: a=secretvalue1 ", n),
		"many-digest":         strings.Repeat("Authorization: Digest a=b ", n),
		"many-begins":         strings.Repeat("-----BEGIN RSA PRIVATE KEY----- ", n),
		"many-curls":          strings.Repeat("curl ", n) + "-u a:secretpw",
		"giant-key":           strings.Repeat("a_", n) + "password=hunter2",
		"escaped-quotes":      strings.Repeat(`token=\"`, n),
		"json-keys":           `{"a":"` + strings.Repeat("password token ", n) + `"}`,
		"many-commands":       strings.Repeat("mysql ", n) + "-psecretpw",
		"many-cues":           strings.Repeat("password for bob is ", n) + "Xk9#mQ2$vL7p",
		"many-pairs":          strings.Repeat("{Name:API_KEY Value:", n) + "secretvalue1",
		"many-percents":       strings.Repeat("u=https%3A%2F%2Fx%40", n) + " password=hunter2",
		"nested-json":         `{"b":"` + strings.Repeat(`{\"password\":\"x\",`, n) + `"}`,
	}
	for name, line := range cases {
		t.Run(name, func(t *testing.T) {
			// The next line cannot be key material, so even an open
			// private-key block leaves it alone.
			out := scrub(t, sc, []byte(line+"\nnext: {}\n"), nil)
			if bytes.Count(out, []byte("\n")) != 2 || !bytes.HasSuffix(out, []byte("\nnext: {}\n")) {
				t.Errorf("line structure damaged")
			}
			for _, s := range []string{"hunter2", "secretpw", "secretvalue1", "Xk9#mQ2$vL7p"} {
				if strings.Contains(line, s) && bytes.Contains(out, []byte(s)) {
					t.Errorf("secret %q survived", s)
				}
			}
		})
	}
}

// TestStatsJSONCounts: lines with a hit walked as JSON are counted, and a
// line that starts like JSON but does not parse is counted as a fallback
// (and still scrubbed as text).
func TestStatsJSONCounts(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	st := sc.NewStream()
	st.AppendLine(nil, []byte(`{"password":"hunter2-x9","user":"bob"}`))
	got := string(st.AppendLine(nil, []byte(`{"password":"hunter2-x9","user":`)))
	st.AppendLine(nil, []byte(`{"user":"bob","n":1}`))
	st.AppendLine(nil, []byte(`password=hunter2-x9`))
	if strings.Contains(got, "hunter2-x9") {
		t.Errorf("broken JSON line not scrubbed as text: %q", got)
	}
	s := st.Stats()
	if s.JSONLines != 1 || s.JSONFallbacks != 1 {
		t.Errorf("JSONLines=%d JSONFallbacks=%d, want 1 and 1", s.JSONLines, s.JSONFallbacks)
	}
	var sum filter.Stats
	sum.Add(s)
	sum.Add(s)
	if sum.JSONLines != 2 || sum.JSONFallbacks != 2 || sum.Lines != 8 {
		t.Errorf("Add: %+v", sum)
	}
}

// countingObserver adds up what a Stream reports.
type countingObserver struct {
	calls int
	sum   filter.Stats
}

func (o *countingObserver) ObserveBlock(d *filter.Stats, took time.Duration) {
	o.calls++
	if took < 0 {
		panic("negative duration")
	}
	o.sum.Add(d)
}

// TestObserver: the deltas Copy reports once per block add up to the
// Stream's own counts, whatever the reads (one byte at a time, a long line,
// a last line without '\n'), and AppendLine callers report with Observe.
func TestObserver(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	in := "password=hunter2-x9\n{\"token\":\"abc123def456ghi\"}\n{\"a\":\n" + strings.Repeat("x", 260<<10) + " password=p4ss-w0rd\nlast password=zz9-last"
	for _, r := range []func(io.Reader) io.Reader{
		func(r io.Reader) io.Reader { return r },
		iotest.HalfReader,
		func(r io.Reader) io.Reader { return iotest.DataErrReader(r) },
	} {
		st := sc.NewStream()
		st.AppendLine(nil, []byte("before the observer"))
		var o countingObserver
		st.SetObserver(&o)
		if err := st.Copy(io.Discard, r(strings.NewReader(in))); err != nil {
			t.Fatal(err)
		}
		s := st.Stats()
		if o.calls == 0 || o.sum.Lines != s.Lines-1 || o.sum.Bytes != s.Bytes-19 || o.sum.LinesChanged != s.LinesChanged ||
			o.sum.JSONLines != s.JSONLines || o.sum.JSONFallbacks != s.JSONFallbacks {
			t.Fatalf("observed %+v in %d calls, stream %+v", o.sum, o.calls, s)
		}
		var red, want int64
		for i := range s.Redactions {
			red += o.sum.Redactions[i]
			want += s.Redactions[i]
		}
		if red != want || red < 4 {
			t.Fatalf("observed %d redactions, stream %d", red, want)
		}
		// AppendLine, then Observe.
		st.AppendLine(nil, []byte("password=hunter2-x9"))
		st.Observe(time.Millisecond)
		if o.sum.Lines != s.Lines-1 || o.sum.LinesChanged != s.LinesChanged {
			t.Fatalf("Observe after AppendLine: %+v, stream %+v", o.sum, s)
		}
	}
}

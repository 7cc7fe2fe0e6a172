package filter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// contentLines returns the lines of the golden inputs and the sample, each
// without its ending, one slice per file (cross-line state matters).
func contentLines(t *testing.T) map[string][][]byte {
	t.Helper()
	ins, _ := filepath.Glob("../testdata/golden/*.in")
	ins = append(ins, "../testdata/sample.log")
	files := map[string][][]byte{}
	for _, in := range ins {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		var lines [][]byte
		for _, l := range splitLines(data) {
			lines = append(lines, bytes.TrimSuffix(bytes.TrimSuffix(l, []byte("\n")), []byte("\r")))
		}
		files[filepath.Base(in)] = lines
	}
	return files
}

// TestFindLineMatchesAppendLine: on every golden input, FindLine reports
// exactly what AppendLine redacts — the bytes between findings are the
// bytes AppendLine keeps, each finding is one replacement for its rule —
// and both leave the same counts.
func TestFindLineMatchesAppendLine(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	total := 0
	for name, lines := range contentLines(t) {
		red, find := sc.NewStream(), sc.NewStream()
		var fs []filter.Finding
		for i, line := range lines {
			out := red.AppendLine(nil, line)
			fs = find.FindLine(fs[:0], line)
			total += len(fs)
			if err := sameRedaction(sc, line, out, fs); err != "" {
				t.Errorf("%s:%d: %s\n line: %q\n  out: %q\nfinds: %v", name, i+1, err, line, out, fs)
			}
		}
		if !reflect.DeepEqual(red.Stats(), find.Stats()) {
			t.Errorf("%s: stats differ:\nAppendLine %+v\nFindLine   %+v", name, *red.Stats(), *find.Stats())
		}
	}
	if total == 0 {
		t.Fatal("no findings in the golden inputs")
	}
}

// sameRedaction checks that out is line with each finding replaced by its
// rule's replacement — the mask, for the partial style with the public
// prefix and the last characters around it, as a JSON string for a number
// leaf — and every other byte kept.
func sameRedaction(sc *filter.Scrubber, line, out []byte, fs []filter.Finding) string {
	pos, o := 0, 0
	for k, f := range fs {
		if f.Start < pos || f.End <= f.Start || f.End > len(line) {
			return "findings out of order or out of range"
		}
		if k > 0 && f.Start < fs[k-1].End {
			return "findings overlap"
		}
		kept := line[pos:f.Start]
		if !bytes.HasPrefix(out[o:], kept) {
			return "bytes before a finding differ"
		}
		o += len(kept)
		n := replacementLen(sc, line[f.Start:f.End], f.Rule, out[o:])
		if n < 0 {
			return "no replacement for " + f.Rule.ID + " where the finding is"
		}
		o += n
		pos = f.End
	}
	if !bytes.Equal(out[o:], line[pos:]) {
		return "bytes after the last finding differ"
	}
	return ""
}

// replacementLen returns the length of the replacement of secret by rule r
// at the start of out, or -1 if out does not start with one.
func replacementLen(sc *filter.Scrubber, secret []byte, r *rules.Rule, out []byte) int {
	mask := strings.ReplaceAll(sc.Rules().Template, "{rule}", r.ID)
	var cands []string
	if sc.Style(r) == rules.StylePartial {
		for _, head := range []int{publicPrefixLen(r, secret), 0} {
			tail := min((len(secret)-head)/4, 4)
			cands = append(cands, string(secret[:head])+mask+string(secret[len(secret)-tail:]))
		}
	}
	cands = append(cands, mask, `"`+mask+`"`)
	for _, c := range cands {
		if bytes.HasPrefix(out, []byte(c)) {
			return len(c)
		}
	}
	return -1
}

// TestFindLineAcrossLines: a private key body on the lines after BEGIN is
// found, as it is redacted.
func TestFindLineAcrossLines(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	st := sc.NewStream()
	lines := []string{
		"loaded key: -----BEGIN RSA PRIVATE KEY-----",
		"MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
		"-----END RSA PRIVATE KEY-----",
		"MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
	}
	var got []int
	for _, l := range lines {
		fs := st.FindLine(nil, []byte(l))
		got = append(got, len(fs))
		if len(fs) == 1 && (fs[0].Rule.Kind != rules.KindPrivateKey || fs[0].Start != 0 || fs[0].End != len(l)) {
			t.Errorf("line %q: finding %+v, want the whole line for the private key rule", l, fs[0])
		}
	}
	if want := []int{0, 1, 0, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings per line %v, want %v", got, want)
	}
	if s := st.Stats(); s.Lines != 4 || s.LinesChanged != 1 {
		t.Errorf("stats %+v", *s)
	}
}

// TestFindLineAllocs: FindLine and Preview allocate nothing when dst has
// room.
func TestFindLineAllocs(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	lines := [][]byte{
		[]byte(`Nov 28 10:00:00 web1 sshd[123]: Accepted publickey for bob from 10.0.0.1 port 5022 ssh2`),
		[]byte(`{"ts":"2026-11-28T10:00:00Z","level":"info","msg":"request done","status":200}`),
		[]byte(`level=info msg="user login" user=bob password=hunter2 dur=12ms`),
		[]byte(`{"req":{"headers":{"Authorization":"Bearer abcdefgh.ijklmnop.qrstuvwx","Cookie":"a=1; sid=abcdefgh12345678"}}}`),
		[]byte(`found AKIAQWERTYUIOPASDFGH and ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 and postgres://a:b@c/d`),
	}
	st := sc.NewStream()
	fs := make([]filter.Finding, 0, 16)
	prev := make([]byte, 0, 256)
	for _, l := range lines { // warm up scratch
		fs = st.FindLine(fs[:0], l)
	}
	for _, l := range lines {
		allocs := testing.AllocsPerRun(200, func() {
			fs = st.FindLine(fs[:0], l)
			for _, f := range fs {
				prev = sc.Preview(prev[:0], f, l)
			}
		})
		if allocs != 0 {
			t.Errorf("%.1f allocations per line for %q", allocs, l)
		}
	}
}

func TestPreview(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	for _, c := range []struct{ line, want string }{
		{"password=hunter2-secret", "…(14 chars)"},
		{"password=pässwört-geheim", "…(15 chars)"},
		{"id AKIAQWERTYUIOPASDFGH", "AKIA…(20 chars)"},
		{"t=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 x", "ghp_…(40 chars)"},
		{"Authorization: Bearer abcdefgh.ijklmnop.qrstuvwx", "…(26 chars)"},
		{"db postgres://app:Tr0ub4dor-and-3@pg/x", "…(15 chars)"},
	} {
		fs := sc.NewStream().FindLine(nil, []byte(c.line))
		if len(fs) != 1 {
			t.Errorf("%q: %d findings, want 1", c.line, len(fs))
			continue
		}
		if got := string(sc.Preview(nil, fs[0], []byte(c.line))); got != c.want {
			t.Errorf("%q: preview %q, want %q", c.line, got, c.want)
		}
	}
	// Preview appends.
	line := []byte("password=hunter2-secret")
	fs := sc.NewStream().FindLine(nil, line)
	if got := string(sc.Preview([]byte("x: "), fs[0], line)); got != "x: …(14 chars)" {
		t.Errorf("Preview does not append: %q", got)
	}
}

// TestPreviewNeverShowsSecret: for every finding in every rule sample and
// golden input, no 4 consecutive bytes of the secret beyond its public
// prefix appear in the preview.
func TestPreviewNeverShowsSecret(t *testing.T) {
	sc := newScrubber(t, filter.Options{})
	inputs := map[string][][]byte{}
	for _, r := range sc.Rules().Rules {
		for _, s := range r.MustRedact {
			inputs["sample "+r.ID] = append(inputs["sample "+r.ID], []byte(s))
		}
	}
	for name, lines := range contentLines(t) {
		inputs[name] = lines
	}
	checked := 0
	for name, lines := range inputs {
		st := sc.NewStream()
		for _, line := range lines {
			for _, f := range st.FindLine(nil, line) {
				secret := line[f.Start:f.End]
				pre := publicPrefixLen(f.Rule, secret)
				prev := sc.Preview(nil, f, line)
				if !bytes.HasSuffix(prev, []byte(" chars)")) || !bytes.HasPrefix(prev, secret[:pre]) {
					t.Errorf("%s: preview %q of a %s finding has the wrong form", name, prev, f.Rule.ID)
				}
				for i := 0; i+4 <= len(secret); i++ {
					if i+4 <= pre {
						continue // inside the public prefix
					}
					if bytes.Contains(prev, secret[i:i+4]) {
						t.Errorf("%s: preview %q shows %q of the %s secret", name, prev, secret[i:i+4], f.Rule.ID)
					}
				}
				checked++
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d findings checked", checked)
	}
}

// publicPrefixLen is the reference: the longest prefix of a token rule
// the secret starts with.
func publicPrefixLen(r *rules.Rule, secret []byte) int {
	if r.Kind != rules.KindToken {
		return 0
	}
	n := 0
	for _, p := range r.Prefixes {
		if len(p) > n && len(p) < len(secret) &&
			(bytes.HasPrefix(secret, []byte(p)) || r.IgnoreCase && bytes.EqualFold(secret[:len(p)], []byte(p))) {
			n = len(p)
		}
	}
	return n
}

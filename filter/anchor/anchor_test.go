package anchor

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testPatterns = []Pattern{
	{Text: "password", Key: true},
	{Text: "pwd", Key: true},
	{Text: "x-api-key", Key: true},
	{Text: "apikey", Key: true},
	{Text: "token", Key: true},
	{Text: "AKIA"},
	{Text: "ghp_"},
	{Text: "sk_live_"},
	{Text: "eyJ", Follow: alnum()},
	{Text: "-----BEGIN"},
	{Text: "://"},
}

func alnum() *[256]bool {
	var a [256]bool
	for c := '0'; c <= '9'; c++ {
		a[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		a[c] = true
		a[c-32] = true
	}
	return &a
}

// occurrences is the slow reference: every (pattern, start, end) where the
// text from start, with separators skipped and case folded, spells the
// pattern, start being a non-separator byte.
func occurrences(pats []Pattern, text []byte) map[Hit]bool {
	out := map[Hit]bool{}
	for id, p := range pats {
		n := normalize(p.Text)
		for i := range text {
			if isSep(text[i]) {
				continue
			}
			j, k := i, 0
			for j < len(text) && k < len(n) {
				if isSep(text[j]) {
					j++
					continue
				}
				if fold(text[j]) != n[k] {
					break
				}
				j++
				k++
			}
			if k == len(n) {
				out[Hit{Pattern: int32(id), Start: int32(i), End: int32(j)}] = true
			}
		}
	}
	return out
}

func TestFindExamples(t *testing.T) {
	m, err := Compile(testPatterns)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string // matched raw substrings, in End order
	}{
		{"nothing to see here", nil},
		{"password=hunter2", []string{"password"}},
		{"X-Api-Key: abc", []string{"X-Api-Key", "Api-Key"}},
		{"apiKey=1", []string{"apiKey"}},
		{"MY_PASSWORD", []string{"PASSWORD"}},
		{"id AKIAABCDEFGHIJKLMNOP", []string{"AKIA"}},
		{"pg://u:p@h", []string{"://"}},
		{"eyJhbGc", []string{"eyJ"}},
		{"-----BEGIN RSA", []string{"-----BEGIN"}},
		{"tok", nil},
		{"pwd", []string{"pwd"}},
		{"a token", []string{"token"}},
	}
	for _, c := range cases {
		hits := m.Find(nil, []byte(c.text))
		var got []string
		for _, h := range hits {
			got = append(got, c.text[h.Start:h.End])
		}
		// The hit for "-----BEGIN" starts at its first letter.
		for i, g := range got {
			if g == "BEGIN" {
				got[i] = "-----BEGIN"
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		}
	}
}

// TestFindAgainstReference checks, on random text over a small alphabet,
// that every hit is a real occurrence and that every occurrence the
// prefilter promises to admit (no separator inside, or a key name with at
// most one separator in its first four bytes) is found.
func TestFindAgainstReference(t *testing.T) {
	m, err := Compile(testPatterns)
	if err != nil {
		t.Fatal(err)
	}
	alpha := []byte("pasSwordPWDtokenxyAKIghp_-: /.eyJ0ikk")
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 20000; iter++ {
		// Short texts take the scalar path only; long ones the vector
		// path first where the CPU has it.
		n := rng.IntN(40)
		if iter%2 == 1 {
			n = rng.IntN(400)
		}
		text := make([]byte, n)
		for i := range text {
			text[i] = alpha[rng.IntN(len(alpha))]
		}
		// Plant patterns sometimes.
		for k := rng.IntN(1 + n/20); k > 0 && n > 10; k-- {
			p := testPatterns[rng.IntN(len(testPatterns))].Text
			at := rng.IntN(len(text) - 1)
			text = append(text[:at], append([]byte(p), text[at:]...)...)
		}
		want := occurrences(testPatterns, text)
		// The DFA without its prefilter reports exactly the reference's
		// occurrences.
		full := m.findAll(nil, text)
		if len(full) != len(want) {
			t.Fatalf("%q: DFA found %d occurrences, reference %d", text, len(full), len(want))
		}
		for _, h := range full {
			if !want[h] {
				t.Fatalf("%q: DFA hit %+v is not an occurrence", text, h)
			}
		}
		// Both prefilter paths may only drop inadmissible occurrences.
		for _, vector := range []bool{false, true} {
			m.vector = vector && haveVector
			checkFind(t, m, testPatterns, text, want)
		}
		m.vector = haveVector
	}
}

// checkFind checks Find's hits on text against want, every occurrence: no
// hit outside want, none twice, and every occurrence the prefilters admit
// (a spelling they were built from) found.
func checkFind(t *testing.T, m *Matcher, pats []Pattern, text []byte, want map[Hit]bool) {
	t.Helper()
	seen := map[Hit]bool{}
	for _, h := range m.Find(nil, text) {
		if !want[h] {
			t.Fatalf("vector=%v %q: hit %+v (%q) is not an occurrence", m.vector, text, h, text[h.Start:h.End])
		}
		if seen[h] {
			t.Fatalf("vector=%v %q: hit %+v reported twice", m.vector, text, h)
		}
		seen[h] = true
	}
	for h := range want {
		if seen[h] {
			continue
		}
		raw := text[h.Start:h.End]
		p := pats[h.Pattern]
		seps := 0
		for i, c := range raw {
			if isSep(c) && i < 4 {
				seps++
			}
		}
		if p.Follow != nil && int(h.End) < len(text) && !p.Follow[text[h.End]] && len(p.Text) < 4 {
			continue
		}
		admissible := bytes.EqualFold(raw, []byte(p.Text)) || (p.Key && seps <= 1) || (!p.Key && seps == 0 && len(raw) == len(p.Text))
		if admissible {
			t.Fatalf("vector=%v %q: missed %+v (%q)", m.vector, text, h, raw)
		}
	}
}

// TestVectorKernel compares the assembly kernel with the tables' Go
// reference on random bytes of every value, block by block, and checks
// where it stops.
func TestVectorKernel(t *testing.T) {
	if !haveVector {
		t.Skip("no AVX-512 VBMI on this CPU")
	}
	m, err := compile(testPatterns, true)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alpha := []byte("pasSwordPWDtokenxyAKIghp_-: /.eyJ0ikk")
	for iter := 0; iter < 3000; iter++ {
		text := make([]byte, rng.IntN(6000))
		for i := range text {
			if rng.IntN(4) == 0 {
				text[i] = byte(rng.IntN(256))
			} else {
				text[i] = alpha[rng.IntN(len(alpha))]
			}
		}
		from := 0
		if len(text) > 0 {
			from = rng.IntN(len(text))
		}
		var got [vecBatch]vecCand
		n, next := vectorScan(m.vec, text, from, &got)
		// The Go reference: the blocks from `from` with a candidate, until
		// the batch is full or no block fits.
		var want []vecCand
		wantNext := from
		for ; len(want) < vecBatch && wantNext+vecSpan <= len(text); wantNext += 64 {
			if mask := m.vec.candidates(text, wantNext); mask != 0 {
				want = append(want, vecCand{pos: wantNext, mask: mask})
			}
		}
		if n != len(want) || next != wantNext {
			t.Fatalf("len %d from %d: kernel recorded %d blocks and stopped at %d, reference %d and %d", len(text), from, n, next, len(want), wantNext)
		}
		for k := range want {
			if got[k] != want[k] {
				t.Fatalf("len %d from %d: block %d: kernel (%d, %064b), reference (%d, %064b)", len(text), from, k, got[k].pos, got[k].mask, want[k].pos, want[k].mask)
			}
		}
	}
}

// TestVectorTablesAdmitSpellings: every spelling of every pattern, case
// changed at random, is a candidate wherever it stands.
func TestVectorTablesAdmitSpellings(t *testing.T) {
	pats := append([]Pattern{}, testPatterns...)
	// More patterns than buckets, so that groups are merged.
	for i := 0; i < 150; i++ {
		pats = append(pats, Pattern{Text: fmt.Sprintf("k%02dx%c", i, 'a'+i%26), Key: i%2 == 0})
	}
	m, err := compile(pats, true)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, p := range pats {
		for _, sp := range spellings(p, normalize(p.Text)) {
			text := bytes.Repeat([]byte{'~'}, vecSpan+8)
			at := rng.IntN(64)
			for k, c := range sp {
				if rng.IntN(2) == 0 {
					c = fold(c)
				} else if 'a' <= c && c <= 'z' {
					c -= 'a' - 'A'
				}
				if at+k < len(text) {
					text[at+k] = c
				}
			}
			// Bytes after a short spelling: one the pattern allows.
			for k := len(sp); k < vecOffsets; k++ {
				for b := 0; b < 256; b++ {
					if p.Follow == nil || p.Follow[b] {
						text[at+k] = byte(b)
						break
					}
				}
			}
			if m.vec.candidates(text, 0)&(1<<at) == 0 {
				t.Fatalf("spelling %q of %q at %d is not a candidate", sp, p.Text, at)
			}
		}
	}
}

func loghub(tb testing.TB) []byte {
	files, _ := filepath.Glob("../../../shared/corpus/loghub/*.log")
	if len(files) == 0 {
		tb.Skip("../shared/corpus/loghub not found beside the repository")
	}
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		all = append(all, b...)
	}
	return all
}

func BenchmarkFindLoghub(b *testing.B) {
	m, err := Compile(testPatterns)
	if err != nil {
		b.Fatal(err)
	}
	data := loghub(b)
	lines := bytes.Split(data, []byte("\n"))
	var hits []Hit
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			hits = m.Find(hits[:0], l)
		}
	}
}

// FuzzFind: every hit of Find is a hit of the DFA alone, and every DFA hit
// whose text is spelled as its pattern (case aside) is found by Find.
func FuzzFind(f *testing.F) {
	m, err := Compile(testPatterns)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"password=x", "X-Api-Key", "AKIAAAAA", "-----BEGIN", "a://b", "eyJhbG", "p-wd",
		// Long enough for the vector kernel (67 bytes and more).
		strings.Repeat("log line with password=x and X-Api-Key: y, ", 4),
		strings.Repeat("ghp_", 40) + "sk_live_" + strings.Repeat("-", 70) + "BEGIN"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		full := map[Hit]bool{}
		for _, h := range m.findAll(nil, text) {
			full[h] = true
		}
		for _, vector := range []bool{false, true} {
			m.vector = vector && haveVector
			got := map[Hit]bool{}
			for _, h := range m.Find(nil, text) {
				if !full[h] {
					t.Fatalf("vector=%v %q: Find hit %+v not found by the DFA", m.vector, text, h)
				}
				got[h] = true
			}
			for h := range full {
				p := testPatterns[h.Pattern]
				raw := text[h.Start:h.End]
				if p.Follow != nil && int(h.End) < len(text) && !p.Follow[text[h.End]] {
					continue
				}
				if bytes.EqualFold(raw, []byte(p.Text)) && !got[h] {
					t.Fatalf("vector=%v %q: Find missed %+v (%q)", m.vector, text, h, raw)
				}
			}
		}
	})
}

// TestRowDivision: the multiply that stands for row/nclass is exact for
// every row of every class count the DFA can have.
func TestRowDivision(t *testing.T) {
	for nc := 2; nc <= 258; nc++ {
		div := (1<<32 + uint64(nc) - 1) / uint64(nc)
		for _, s := range []uint64{0, 1, 2, 3, 1000, 65535, 1 << 20, (1<<31 - 1) / uint64(nc)} {
			row := s * uint64(nc)
			if row >= 1<<31 {
				continue
			}
			if got := row * div >> 32; got != s {
				t.Fatalf("nclass %d row %d: %d, want %d", nc, row, got, s)
			}
		}
	}
}

// TestExact pins Exact patterns: a hit counts only where the bytes are the
// pattern as written, case and separators included, while a pattern of the
// same letters that is not exact still matches folded.
func TestExact(t *testing.T) {
	hex := new([256]bool)
	for _, c := range []byte("0123456789abcdef") {
		hex[c] = true
	}
	pats := []Pattern{
		{Text: "AC", Follow: hex, Exact: true},
		{Text: "pri_", Exact: true},
		{Text: "sk_live_", Exact: true},
		{Text: "sk", Key: true},
	}
	m, err := Compile(pats)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string // "id:matched text"
	}{
		{"sid ACeee65f53e9421ce50211670eae679f02", []string{"0:AC"}},
		{"account face0 ac12 Ac12", nil},
		{"pri_0123 print pri-0123 PRI_0123", []string{"1:pri"}},
		{"sk_live_abc", []string{"3:sk", "2:sk_live"}},
		{"SK_LIVE_abc sk-live-abc", []string{"3:SK", "3:sk"}},
		{"at the end: AC", []string{"0:AC"}},
		{"cut short: pri", nil},
	} {
		var got []string
		for _, h := range m.Find(nil, []byte(c.text)) {
			got = append(got, fmt.Sprintf("%d:%s", h.Pattern, c.text[h.Start:h.End]))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

package automaton_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"

	bobu "github.com/BobuSumisu/aho-corasick"
	coregx "github.com/coregx/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

	"github.com/logscrub/logscrub/bench/corpus"
	"github.com/logscrub/logscrub/filter/anchor"
	"github.com/logscrub/logscrub/rules"
)

const (
	// loghubDir is ../shared/corpus/loghub relative to the repository root.
	loghubDir = "../../../shared/corpus/loghub"
	benchSize = 16 << 20
	seed      = 1
)

// inputs: the generated mixed corpus (loghub lines among it when present)
// and the raw loghub lines.
var inputNames = []string{"mixed", "loghub"}

// ---------------------------------------------------------------------------
// The anchor set, built as filter.New builds it for the default rules.

// hexBytes and userinfoBytes are copies of the Follow sets in
// filter/scrubber.go.
var hexBytes, userinfoBytes [256]bool

func init() {
	for _, c := range []byte("0123456789abcdefABCDEF") {
		hexBytes[c] = true
	}
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%!$&'()*+,;=:") {
		userinfoBytes[c] = true
	}
}

type anchorSet struct {
	pats  []anchor.Pattern // for anchor.Compile, deduplicated by (Text, Key) like filter.New
	lower []string         // distinct lower-cased texts: the libraries' patterns
	libOf []int            // pats index → lower index
	// per lower index: the Follow set of the first pattern with that text
	// (nil: any byte) and whether the text holds a key separator.
	follow []*[256]bool
	hasSep []bool
}

var (
	setOnce sync.Once
	theSet  *anchorSet
	setErr  error
)

func engineAnchors(tb testing.TB) *anchorSet {
	tb.Helper()
	setOnce.Do(func() { theSet, setErr = buildAnchors() })
	if setErr != nil {
		tb.Fatal(setErr)
	}
	return theSet
}

func buildAnchors() (*anchorSet, error) {
	set, err := rules.Default()
	if err != nil {
		return nil, err
	}
	s := &anchorSet{}
	add := func(p anchor.Pattern) {
		for _, q := range s.pats {
			if q.Text == p.Text && q.Key == p.Key {
				return
			}
		}
		s.pats = append(s.pats, p)
	}
	for _, r := range set.Rules {
		switch r.Kind {
		case rules.KindKey:
			for _, n := range r.Names {
				add(anchor.Pattern{Text: n, Key: true})
			}
		case rules.KindToken:
			for _, p := range r.Prefixes {
				add(anchor.Pattern{Text: p, Follow: (*[256]bool)(r.Alphabet)})
			}
		case rules.KindURLCredentials:
			for _, a := range r.Anchors { // "://" and its JSON-escaped form `:\/\/`
				add(anchor.Pattern{Text: a, Follow: &userinfoBytes})
			}
		case rules.KindPrivateKey:
			add(anchor.Pattern{Text: "-----BEGIN"})
		case rules.KindRegex:
			for _, a := range r.Anchors {
				add(anchor.Pattern{Text: a, Key: true})
			}
		}
	}
	add(anchor.Pattern{Text: `\u`, Follow: &hexBytes}) // escapes inside JSON strings
	idx := map[string]int{}
	for _, p := range s.pats {
		l := string(lowerASCII(nil, []byte(p.Text)))
		i, ok := idx[l]
		if !ok {
			i = len(s.lower)
			idx[l] = i
			s.lower = append(s.lower, l)
			s.follow = append(s.follow, p.Follow)
			s.hasSep = append(s.hasSep, strings.ContainsAny(l, "-_. "))
		}
		s.libOf = append(s.libOf, i)
	}
	return s, nil
}

// ---------------------------------------------------------------------------
// Inputs.

type input struct {
	data  []byte
	lines [][]byte // without the '\n'
}

var (
	bgOnce   sync.Once
	bg       *corpus.Background
	bgErr    error
	inputsMu sync.Mutex
	inputs   = map[string]*input{}
)

func loghub(tb testing.TB) *corpus.Background {
	bgOnce.Do(func() { bg, bgErr = corpus.LoadBackground(loghubDir) })
	if bgErr != nil && !errors.Is(bgErr, fs.ErrNotExist) {
		tb.Fatal(bgErr)
	}
	return bg
}

func getInput(tb testing.TB, name string) *input {
	tb.Helper()
	inputsMu.Lock()
	defer inputsMu.Unlock()
	if in, ok := inputs[name]; ok {
		return in
	}
	bgLines := loghub(tb)
	var in input
	switch name {
	case "mixed":
		var buf bytes.Buffer
		buf.Grow(benchSize + 64<<10)
		if _, err := (corpus.Options{Background: bgLines}).Generate(&buf, benchSize, seed); err != nil {
			tb.Fatal(err)
		}
		in.data = buf.Bytes()
	case "loghub":
		if bgLines == nil {
			tb.Skipf("loghub corpus not found at %s (repo-relative ../shared/corpus/loghub): %v", loghubDir, bgErr)
		}
		in.data = bgLines.Bytes()
	default:
		tb.Fatalf("unknown input %q", name)
	}
	for line := range bytes.Lines(in.data) {
		in.lines = append(in.lines, bytes.TrimSuffix(line, []byte("\n")))
	}
	inputs[name] = &in
	return &in
}

// ---------------------------------------------------------------------------
// Lower-casing: what a user of a library without case folding has to do.

var lowerTab [256]byte

func init() {
	for i := range lowerTab {
		c := byte(i)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lowerTab[i] = c
	}
}

// lowerASCII writes src with ASCII letters lower-cased into dst (reused)
// and returns it. Offsets are preserved.
func lowerASCII(dst, src []byte) []byte {
	dst = slices.Grow(dst[:0], len(src))[:len(src)]
	for i, c := range src {
		dst[i] = lowerTab[c]
	}
	return dst
}

// ---------------------------------------------------------------------------
// The contenders. Each scan func runs over all lines of an input, keeps its
// buffers between calls and returns the number of hits.

type impl struct {
	name string
	// matcher: reports hits (hits/op is meaningful).
	matcher bool
	// overlapping: reports every (pattern, end) like anchor.Find does.
	overlapping bool
	// newScan returns a scan func with its own buffers.
	newScan func() func(lines [][]byte) int
	// hits returns the (lower index, end) hits of one line, for
	// TestSameHits; nil for non-matchers.
	hits func(line []byte) []hit
}

type hit struct{ pat, end int32 }

func impls(tb testing.TB, s *anchorSet) []impl {
	tb.Helper()
	m, err := anchor.Compile(s.pats)
	if err != nil {
		tb.Fatal(err)
	}
	trie := bobu.NewTrieBuilder().AddStrings(s.lower).Build()
	pb := petar.NewAhoCorasickBuilder(petar.Opts{
		AsciiCaseInsensitive: true,
		MatchKind:            petar.StandardMatch, // overlapping iteration needs it
		DFA:                  true,
	})
	pac := pb.Build(s.lower)
	cac, err := coregx.NewBuilder().AddStrings(s.lower).Build()
	if err != nil {
		tb.Fatal(err)
	}

	return []impl{
		{
			name: "Anchor", matcher: true, overlapping: true,
			newScan: func() func([][]byte) int {
				var hits []anchor.Hit
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						hits = m.Find(hits[:0], line)
						n += len(hits)
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				for _, h := range m.Find(nil, line) {
					out = append(out, hit{int32(s.libOf[h.Pattern]), h.End})
				}
				return out
			},
		},
		{
			name: "BobuSumisuWalk", matcher: true, overlapping: true,
			newScan: func() func([][]byte) int {
				var buf []byte
				return func(lines [][]byte) int {
					n := 0
					fn := func(end, l, pat int64) bool { n++; return true }
					for _, line := range lines {
						buf = lowerASCII(buf, line)
						trie.Walk(buf, fn)
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				trie.Walk(lowerASCII(nil, line), func(end, l, pat int64) bool {
					out = append(out, hit{int32(pat), int32(end + 1)})
					return true
				})
				return out
			},
		},
		{
			name: "PetarIterOverlapping", matcher: true, overlapping: true,
			newScan: func() func([][]byte) int {
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						it := pac.IterOverlappingByte(line)
						for h := it.Next(); h != nil; h = it.Next() {
							n++
						}
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				it := pac.IterOverlappingByte(line)
				for h := it.Next(); h != nil; h = it.Next() {
					out = append(out, hit{int32(h.Pattern()), int32(h.End())})
				}
				return out
			},
		},
		{
			name: "PetarFindAll", matcher: true, // non-overlapping; takes a string
			newScan: func() func([][]byte) int {
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						n += len(pac.FindAll(string(line)))
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				for _, h := range pac.FindAll(string(line)) {
					out = append(out, hit{int32(h.Pattern()), int32(h.End())})
				}
				return out
			},
		},
		{
			name: "CoregxFind", matcher: true, // allocation-free, non-overlapping
			newScan: func() func([][]byte) int {
				var buf []byte
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						buf = lowerASCII(buf, line)
						for pos := 0; ; {
							h, ok := cac.Find(buf, pos)
							if !ok {
								break
							}
							n++
							pos = max(h.End, h.Start+1)
						}
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				buf := lowerASCII(nil, line)
				for pos := 0; ; {
					h, ok := cac.Find(buf, pos)
					if !ok {
						break
					}
					out = append(out, hit{int32(h.PatternID), int32(h.End)})
					pos = max(h.End, h.Start+1)
				}
				return out
			},
		},
		{
			name: "CoregxFindAllOverlapping", matcher: true, overlapping: true,
			newScan: func() func([][]byte) int {
				var buf []byte
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						buf = lowerASCII(buf, line)
						n += len(cac.FindAllOverlapping(buf))
					}
					return n
				}
			},
			hits: func(line []byte) []hit {
				var out []hit
				for _, h := range cac.FindAllOverlapping(lowerASCII(nil, line)) {
					out = append(out, hit{int32(h.PatternID), int32(h.End)})
				}
				return out
			},
		},
		{
			name: "Lowercase", // the lower-casing copy alone
			newScan: func() func([][]byte) int {
				var buf []byte
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						buf = lowerASCII(buf, line)
						n += len(buf)
					}
					return n
				}
			},
		},
		{
			name: "BytesToLower", // what most users write: a new lower-cased copy per line
			newScan: func() func([][]byte) int {
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						n += len(bytes.ToLower(line))
					}
					return n
				}
			},
		},
		{
			name: "IndexByte", // the floor: touch every byte once
			newScan: func() func([][]byte) int {
				return func(lines [][]byte) int {
					n := 0
					for _, line := range lines {
						if bytes.IndexByte(line, 0) >= 0 {
							n++
						}
					}
					return n
				}
			},
		},
	}
}

var sink int

// BenchmarkScan scans every line of each input with each contender. One op
// is one pass over the whole input; an untimed pass first grows the reused
// buffers, so allocs/op is the steady state. hits/op shows the semantics:
// overlapping contenders report every (pattern, end), the others fewer.
func BenchmarkScan(b *testing.B) {
	s := engineAnchors(b)
	all := impls(b, s)
	for _, name := range inputNames {
		b.Run(name, func(b *testing.B) {
			in := getInput(b, name)
			for _, im := range all {
				b.Run(im.name, func(b *testing.B) {
					scan := im.newScan()
					hits := scan(in.lines)
					b.SetBytes(int64(len(in.data)))
					b.ReportAllocs()
					b.ResetTimer()
					for range b.N {
						sink += scan(in.lines)
					}
					if im.matcher {
						b.ReportMetric(float64(hits), "hits/op")
					}
				})
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Correctness.

// reference finds every occurrence of every lower-cased pattern in the
// lower-cased line with strings.Index: the brute-force reference.
func reference(s *anchorSet, line []byte) []hit {
	low := string(lowerASCII(nil, line))
	var out []hit
	for p, pat := range s.lower {
		for from := 0; ; {
			i := strings.Index(low[from:], pat)
			if i < 0 {
				break
			}
			out = append(out, hit{int32(p), int32(from + i + len(pat))})
			from += i + 1
		}
	}
	return out
}

func isSep(b byte) bool { return b == '-' || b == '_' || b == '.' || b == ' ' }

// comparable reports whether an exact, case-insensitive occurrence of
// pattern p ending at end takes part in the exact comparison: the pattern
// has no separator, and, when it is shorter than the prefilter's 4-byte
// window and has a Follow set, the bytes after it within that window are
// (case-folded) in the set. Elsewhere the anchor matcher may or may not
// report it (by design: Follow sizes the prefilter), so such occurrences
// are left out on both sides.
func comparable(s *anchorSet, line []byte, p int, end int) bool {
	if s.hasSep[p] {
		return false
	}
	f := s.follow[p]
	start := end - len(s.lower[p])
	if f == nil {
		return true
	}
	for k := end; k < start+4 && k < len(line); k++ {
		c := line[k]
		if !f[c|0x20] && !f[c&^0x20] {
			return false
		}
	}
	return true
}

func keep(s *anchorSet, line []byte, hs []hit) []hit {
	var out []hit
	for _, h := range hs {
		if comparable(s, line, int(h.pat), int(h.end)) {
			out = append(out, h)
		}
	}
	return sortHits(out)
}

func sortHits(hs []hit) []hit {
	slices.SortFunc(hs, func(a, b hit) int {
		if a.end != b.end {
			return int(a.end - b.end)
		}
		return int(a.pat - b.pat)
	})
	return slices.Compact(hs)
}

func describe(s *anchorSet, hs []hit) string {
	var sb strings.Builder
	for i, h := range hs {
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%q@%d", s.lower[h.pat], h.end)
	}
	return sb.String()
}

func clip(line []byte) string {
	if len(line) > 300 {
		return fmt.Sprintf("%q…(%d bytes)", line[:300], len(line))
	}
	return fmt.Sprintf("%q", line)
}

// TestSameHits checks, line by line, that the anchor matcher, every library
// with an overlapping API and the brute-force reference find the same set
// of (pattern, end) for patterns without separators, counting only our
// hits whose matched raw text holds no separator (the matcher also matches
// across '-', '_', '.' and space, by design). Patterns with separators
// ("ghp_", "sk-", "-----BEGIN"…) are checked one way: every reference
// occurrence must be a hit of ours too, ending before the pattern's
// trailing separators. Non-overlapping APIs are checked for soundness only:
// each of their hits must be a reference occurrence.
func TestSameHits(t *testing.T) {
	s := engineAnchors(t)
	all := impls(t, s)
	var anchorImpl impl
	for _, im := range all {
		if im.name == "Anchor" {
			anchorImpl = im
		}
	}
	for _, name := range inputNames {
		t.Run(name, func(t *testing.T) {
			in := getInput(t, name)
			const maxReports = 10
			mismatches := map[string]int{}
			compared, excluded, sepChecked := 0, 0, 0
			report := func(who string, lineNo int, line []byte, format string, args ...any) {
				mismatches[who]++
				if mismatches[who] <= maxReports {
					t.Errorf("%s: line %d: %s\n\tline: %s", who, lineNo, fmt.Sprintf(format, args...), clip(line))
				}
			}
			for ln, line := range in.lines {
				ref := sortHits(reference(s, line))
				refKeep := keep(s, line, slices.Clone(ref))
				compared += len(refKeep)
				// Ours, restricted to hits whose raw text has no separator.
				var ours []hit
				for _, h := range m(s).Find(nil, line) {
					if bytes.ContainsFunc(line[h.Start:h.End], func(r rune) bool { return r < 0x80 && isSep(byte(r)) }) {
						continue
					}
					ours = append(ours, hit{int32(s.libOf[h.Pattern]), h.End})
				}
				ours = keep(s, line, ours)
				if !slices.Equal(ours, refKeep) {
					report("Anchor", ln+1, line, "ours %s, reference %s", describe(s, ours), describe(s, refKeep))
				}
				// Separator patterns: every occurrence is a hit of ours.
				oursAll := anchorImpl.hits(line)
				for _, r := range ref {
					p := s.lower[r.pat]
					if !s.hasSep[r.pat] {
						if !comparable(s, line, int(r.pat), int(r.end)) {
							excluded++
						}
						continue
					}
					if f := s.follow[r.pat]; f != nil && len(strings.Trim(p, "-_. ")) < 4 {
						// Short after trimming: whether the prefilter
						// admits it depends on the Follow set; skip.
						excluded++
						continue
					}
					want := hit{r.pat, r.end - int32(len(p)-len(strings.TrimRight(p, "-_. ")))}
					sepChecked++
					if !slices.Contains(oursAll, want) {
						report("Anchor", ln+1, line, "separator pattern %q ending at %d not found", p, r.end)
					}
				}
				for _, im := range all {
					if im.hits == nil || im.name == "Anchor" {
						continue
					}
					got := sortHits(im.hits(line))
					if im.overlapping {
						if !slices.Equal(got, ref) {
							report(im.name, ln+1, line, "got %s, reference %s", describe(s, got), describe(s, ref))
						}
						// And the same as ours on the comparable part.
						if g := keep(s, line, slices.Clone(got)); !slices.Equal(g, ours) {
							report(im.name+" vs Anchor", ln+1, line, "got %s, ours %s", describe(s, g), describe(s, ours))
						}
						continue
					}
					for _, h := range got {
						if _, ok := slices.BinarySearchFunc(ref, h, func(a, b hit) int {
							if a.end != b.end {
								return int(a.end - b.end)
							}
							return int(a.pat - b.pat)
						}); !ok {
							report(im.name, ln+1, line, "hit %s is not an occurrence", describe(s, []hit{h}))
						}
					}
				}
			}
			t.Logf("%d lines, %d patterns (%d distinct lower-cased); %d occurrences compared exactly, %d left out (Follow-dependent), %d separator-pattern occurrences checked one way",
				len(in.lines), len(s.pats), len(s.lower), compared, excluded, sepChecked)
			for who, n := range mismatches {
				t.Errorf("%s: %d mismatching lines or hits in total", who, n)
			}
		})
	}
}

var (
	mOnce sync.Once
	mm    *anchor.Matcher
)

// m returns the anchor matcher for s (compiled once).
func m(s *anchorSet) *anchor.Matcher {
	mOnce.Do(func() {
		var err error
		if mm, err = anchor.Compile(s.pats); err != nil {
			panic(err)
		}
	})
	return mm
}

// TestPatterns logs the anchor set and the automata sizes.
func TestPatterns(t *testing.T) {
	s := engineAnchors(t)
	t.Logf("%d patterns, %d distinct lower-cased; anchor DFA: %d states", len(s.pats), len(s.lower), m(s).States())
	cac, err := coregx.NewBuilder().AddStrings(s.lower).Build()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("coregx DFA: %d states", cac.StateCount())
	t.Logf("patterns: %q", s.lower)
}

// Package anchor finds literal anchors — sensitive key names and token
// prefixes — in a line with one Aho–Corasick automaton.
//
// The automaton is a DFA over byte classes. ASCII case is folded in its
// tables (no lower-cased copy of the input is made) and the key separators
// '-', '_', '.' and space are transparent: the pattern "apikey" matches
// "apiKey", "api_key", "X-API-KEY" and "api key". Callers that need an exact
// spelling (token prefixes are case-sensitive) check the raw bytes at the hit.
//
// In front of the DFA run two prefilters over the first four raw bytes of
// every way an anchor can begin. Where the CPU has AVX-512 VBMI, a vector
// kernel (vector.go, vector_amd64.s) tests 64 positions per step against
// byte tables of 64 buckets of those spellings. A 256 KiB byte table of
// their hashed, case-folded 4-byte windows then confirms each candidate;
// elsewhere (and for a text's last bytes) that table alone is probed at
// every position. The DFA is entered only where both admit an anchor start.
//
// A *Matcher is immutable and safe for concurrent use; Find appends to a
// caller-owned slice and allocates only when that slice must grow.
package anchor

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"
)

// Pattern is one literal to find.
type Pattern struct {
	// Text is the literal as it is written (for a key name, any spelling).
	// The automaton matches it with ASCII case folded and separators
	// ignored.
	Text string
	// Key marks a key name: the prefilter then also admits spellings with
	// one separator among the first four letters ("x-api", "api_k").
	// Other patterns are admitted by the prefilter only as written.
	Key bool
	// Follow is the set of bytes that may follow Text when Text has fewer
	// than four bytes; nil means any byte. It only sizes the prefilter.
	Follow *[256]bool
	// Exact marks a literal that counts only as written: same case, same
	// separators (a token prefix such as "AC" or "pri_", which would
	// otherwise hit "account" and "print"). The automaton still folds;
	// a hit whose bytes differ is dropped before it is reported.
	Exact bool
}

// Hit is one anchor occurrence. Start is the offset of the anchor's first
// non-separator byte, End the offset just past its last byte.
type Hit struct {
	Pattern int32 // index into the patterns given to Compile
	Start   int32
	End     int32
}

const (
	matchBit   = 1 << 31
	shallowBit = 1 << 30 // the transition enters a child of the root
	gramBits   = 18
	gramMul    = 0x9E3779B1
	gramTagMul = 0x85EBCA77 // a second, independent hash: which of a slot's 8 bits
	foldMask32 = 0x20202020
	foldMask64 = 0x2020202020202020
)

// Matcher is a compiled automaton. It is read-only after Compile.
type Matcher struct {
	class    [256]uint8 // byte → class; class 0 is the separator class
	nclass   int
	rowDiv   uint64   // ceil(2^32 / nclass): row*rowDiv>>32 == row/nclass for rows
	trans    []uint32 // row + class → next row | matchBit; a row is state*nclass
	outStart []int32  // state → first index in outs; outStart[s+1] ends it
	outs     []int32  // pattern ids
	plen     []int32  // pattern id → normalized length
	// exact is, for an Exact pattern, its text without leading
	// separators: the bytes a hit must begin with; nil for the others.
	exact [][]byte
	// grams is indexed by the hash of a case-folded 4-byte window; non-zero
	// where an anchor may begin. Bytes, not bits: testing a byte needs no
	// variable shift, and Go's register allocation of five variable
	// shifts spilled the loop (measured: 1060 vs 830 MB/s, BenchmarkFind).
	// Each byte holds 8 tag bits chosen by a second hash of the window
	// (gramTag): the scan's fast loop tests only that a slot is non-zero,
	// and a slot that is confirms the window's own bit before the DFA is
	// entered. With about 2% of slots in use, frequent ordinary windows
	// ("(KHT", "/1.1", "hod\"") that share a slot with an anchor's were
	// walked hundreds of thousands of times per 32 MB; the tag turns away
	// about seven in eight of them.
	grams [1 << gramBits]uint8
	short bool // some pattern is shorter than the prefilter's window
	// vec is the vector prefilter's tables; vector is set when the CPU
	// runs its kernel (tests clear it to exercise the scalar path).
	vec    *vecTable
	vector bool
}

func isSep(b byte) bool { return b == '-' || b == '_' || b == '.' || b == ' ' }

func fold(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func normalize(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !isSep(s[i]) {
			out = append(out, fold(s[i]))
		}
	}
	return out
}

// Compile builds a Matcher. Every pattern must have at least two bytes
// besides separators.
func Compile(pats []Pattern) (*Matcher, error) { return compile(pats, haveVector) }

// compile is Compile; withVector builds the vector kernel's tables (only
// worth their build time, about a fifth of the start-up with the default
// rules, where the CPU runs the kernel; the tests build them everywhere to
// check them against their Go reference).
func compile(pats []Pattern, withVector bool) (*Matcher, error) {
	m := &Matcher{exact: make([][]byte, len(pats))}
	norm := make([][]byte, len(pats))
	for i, p := range pats {
		norm[i] = normalize(p.Text)
		if len(norm[i]) < 2 {
			return nil, fmt.Errorf("anchor: pattern %q is shorter than 2 bytes without separators", p.Text)
		}
		if p.Exact {
			k := 0
			for isSep(p.Text[k]) {
				k++
			}
			m.exact[i] = []byte(p.Text[k:])
		}
	}
	// Byte classes: separators share class 0; every other byte used by a
	// pattern (case folded) gets a class; all remaining bytes share one.
	var used [256]bool
	for _, n := range norm {
		for _, c := range n {
			used[c] = true
		}
	}
	other := uint8(1)
	next := uint8(2)
	for b := 0; b < 256; b++ {
		fb := fold(byte(b))
		switch {
		case isSep(byte(b)):
			m.class[b] = 0
		case used[fb] && fb == byte(b):
			m.class[b] = next
			next++
		}
	}
	for b := 0; b < 256; b++ {
		fb := fold(byte(b))
		switch {
		case isSep(byte(b)):
		case used[fb] && fb != byte(b):
			m.class[b] = m.class[fb]
		case !used[fb]:
			m.class[b] = other
		}
	}
	m.nclass = int(next)
	m.rowDiv = (1<<32 + uint64(m.nclass) - 1) / uint64(m.nclass)

	// Trie.
	type node struct {
		next map[uint8]int32
		fail int32
		out  []int32
	}
	nodes := []node{{next: map[uint8]int32{}}}
	m.plen = make([]int32, len(pats))
	for id, n := range norm {
		s := int32(0)
		for _, c := range n {
			cl := m.class[c]
			t, ok := nodes[s].next[cl]
			if !ok {
				t = int32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]int32{}})
				nodes[s].next[cl] = t
			}
			s = t
		}
		nodes[s].out = append(nodes[s].out, int32(id))
		m.plen[id] = int32(len(n))
	}
	// Failure links and the full DFA, breadth first.
	nc := m.nclass
	m.trans = make([]uint32, len(nodes)*nc)
	queue := []int32{}
	for c := 1; c < nc; c++ {
		if t, ok := nodes[0].next[uint8(c)]; ok {
			nodes[t].fail = 0
			m.trans[c] = uint32(t)
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := nodes[s].fail
		nodes[s].out = append(nodes[s].out, nodes[f].out...)
		for c := 1; c < nc; c++ {
			if t, ok := nodes[s].next[uint8(c)]; ok {
				nodes[t].fail = int32(m.trans[int(f)*nc+c] &^ matchBit)
				m.trans[int(s)*nc+c] = uint32(t)
				queue = append(queue, t)
			} else {
				m.trans[int(s)*nc+c] = m.trans[int(f)*nc+c] &^ matchBit
			}
		}
	}
	// Separators leave the state unchanged; mark transitions into states
	// with output.
	m.outStart = make([]int32, len(nodes)+1)
	for s := range nodes {
		m.trans[s*nc] = uint32(s)
		sort.Slice(nodes[s].out, func(i, j int) bool { return nodes[s].out[i] < nodes[s].out[j] })
		m.outStart[s] = int32(len(m.outs))
		m.outs = append(m.outs, nodes[s].out...)
	}
	m.outStart[len(nodes)] = int32(len(m.outs))
	for i, t := range m.trans {
		if i%nc != 0 && len(nodes[t&^matchBit].out) > 0 {
			m.trans[i] = t | matchBit
		}
	}
	m.trans[0] = 0 // root separator self-loop carries no output
	// Transitions on a byte into a child of the root: only that byte can
	// begin an anchor still open, so walk may hand the scan back to the
	// prefilter there. (Patterns have two bytes or more: these states have
	// no output.)
	child := make([]bool, len(nodes))
	for _, t := range nodes[0].next {
		child[t] = true
	}
	for i, u := range m.trans {
		if i%nc != 0 && child[u&^matchBit] {
			m.trans[i] = u | shallowBit
		}
	}
	// Premultiply: a transition holds the next state's row offset, which
	// takes a multiply off the scan's dependency chain.
	for i, t := range m.trans {
		m.trans[i] = (t&^(matchBit|shallowBit))*uint32(nc) | t&(matchBit|shallowBit)
	}

	// Prefilters.
	var vsets [][vecOffsets]byteSet
	for i, p := range pats {
		for _, sp := range spellings(p, norm[i]) {
			m.addSpelling(sp, p.Follow)
			if withVector {
				vsets = append(vsets, spellingSets(sp, p.Follow))
			}
		}
	}
	if withVector {
		m.vec = buildVector(vsets)
	}
	m.vector = haveVector && m.vec != nil
	return m, nil
}

// spellings returns the ways an occurrence of p can begin that the
// prefilters admit.
func spellings(p Pattern, norm []byte) [][]byte {
	var seps = [...]byte{'-', '_', '.', ' '}
	var out [][]byte
	raw := []byte(p.Text)
	// Drop leading separators of the literal: the DFA hit starts at the
	// first letter, but the prefilter must admit the literal as written.
	out = append(out, raw)
	if t := bytes.TrimLeft(raw, "-_. "); len(t) < len(raw) {
		// After leading separators the scan may fall back to the root
		// and resume at the first letter.
		out = append(out, t)
	}
	if p.Key {
		out = append(out, norm)
		for gap := 1; gap < 4 && gap < len(norm); gap++ {
			for _, s := range seps {
				v := append(append(append([]byte{}, norm[:gap]...), s), norm[gap:]...)
				out = append(out, v)
			}
		}
	}
	return out
}

func (m *Matcher) addSpelling(sp []byte, follow *[256]bool) {
	if len(sp) >= 4 {
		m.setGram(sp[:4])
		return
	}
	m.short = true
	// Extend with every byte that may follow (for a token prefix, the
	// body's alphabet).
	var buf [4]byte
	copy(buf[:], sp)
	var rec func(k int)
	rec = func(k int) {
		if k == 4 {
			m.setGram(buf[:])
			return
		}
		for b := 0; b < 256; b++ {
			if follow != nil && !follow[b] {
				continue
			}
			buf[k] = byte(b)
			rec(k + 1)
		}
	}
	rec(len(sp))
}

func (m *Matcher) setGram(g []byte) {
	x := binary.LittleEndian.Uint32(g)
	m.grams[gramHash(x)] |= gramTag(x)
}

func gramHash(x uint32) uint32 {
	return ((x | foldMask32) * gramMul) >> (32 - gramBits)
}

// gramTag is the window's bit in its slot.
func gramTag(x uint32) uint8 {
	return 1 << (((x | foldMask32) * gramTagMul) >> 29)
}

// admits reports whether the table admits the window x: its slot holds
// its tag bit.
func (m *Matcher) admits(x uint32) bool {
	return m.grams[gramHash(x)]&gramTag(x) != 0
}

// PatternLen returns the normalized length of pattern id.
func (m *Matcher) PatternLen(id int32) int { return int(m.plen[id]) }

// States returns the number of DFA states (for tests and reports).
func (m *Matcher) States() int { return len(m.outStart) - 1 }

// Find appends every anchor occurrence in text to dst, in order of End,
// and returns it. Overlapping occurrences are all reported.
func (m *Matcher) Find(dst []Hit, text []byte) []Hit {
	i := 0
	if m.vector && len(text) >= vecSpan {
		dst, i = m.findVector(dst, text)
	}
	return m.findScalar(dst, text, i)
}

// findVector scans text with the vector prefilter while a whole block of
// it remains, and returns the hits and where the scalar scan must resume
// (the DFA is at its root there).
func (m *Matcher) findVector(dst []Hit, text []byte) ([]Hit, int) {
	n := len(text)
	var cands [vecBatch]vecCand
	i, from := 0, 0 // i: where the scan stands; from: the next block to test
	for {
		nc, next := vectorScan(m.vec, text, from, &cands)
		for _, c := range cands[:nc] {
			mask := c.mask
			if d := i - c.pos; d >= 64 {
				continue // a DFA run went past this block
			} else if d > 0 {
				mask &= ^uint64(0) << d
			}
			for mask != 0 {
				i = c.pos + bits.TrailingZeros64(mask)
				mask &= mask - 1
				if !m.admits(binary.LittleEndian.Uint32(text[i:])) {
					continue // both prefilters must admit the position
				}
				var root bool
				dst, i, root = m.walk(dst, text, i)
				if !root || i >= n {
					return dst, n
				}
				if d := i - c.pos; d < 64 {
					mask &= ^uint64(0) << d
				} else {
					mask = 0
				}
			}
		}
		from = max(next, i)
		if nc < vecBatch {
			return dst, from
		}
	}
}

// walk runs the DFA from its root at text[i] until it falls back to the
// root or text ends. It returns the hits, where it stopped and whether it
// is at the root there. It is a function of its own so that its loop keeps
// its few variables in registers.
func (m *Matcher) walk(dst []Hit, text []byte, i int) ([]Hit, int, bool) {
	trans := m.trans
	class := &m.class
	start := i
	s := uint32(0)
	for i < len(text) {
		t := trans[int(s)+int(class[text[i]])]
		s = t &^ (matchBit | shallowBit)
		i++
		if t&matchBit != 0 {
			dst = m.report(dst, text, s, i)
		}
		if s == 0 {
			return dst, i, true
		}
		if t&shallowBit != 0 && i-1 > start {
			// Only the byte just read can begin an anchor still open (in
			// words, most letters begin one): the prefilter takes over
			// again from it, which is much cheaper than walking on.
			return dst, i - 1, true
		}
	}
	return dst, i, s == 0
}

// findScalar scans text from i (the DFA at its root) with the 4-gram
// prefilter.
func (m *Matcher) findScalar(dst []Hit, text []byte, i int) []Hit {
	n := len(text)
	grams := &m.grams
	for {
		// Prefilter: skip positions where no anchor can begin. Five
		// windows are probed per 8-byte load; when one of their slots is
		// in use, the five are checked with their tags.
	scan:
		for ; i <= n-8; i += 5 {
			x := binary.LittleEndian.Uint64(text[i:i+8:i+8]) | foldMask64
			if grams[(uint32(x)*gramMul)>>(32-gramBits)]|grams[(uint32(x>>8)*gramMul)>>(32-gramBits)]|
				grams[(uint32(x>>16)*gramMul)>>(32-gramBits)]|grams[(uint32(x>>24)*gramMul)>>(32-gramBits)]|
				grams[(uint32(x>>32)*gramMul)>>(32-gramBits)] != 0 {
				for j := 0; j < 5; j++ {
					if m.admits(uint32(x >> (8 * j))) {
						i += j
						break scan
					}
				}
			}
		}
		for i+4 <= n && !m.admits(binary.LittleEndian.Uint32(text[i:])) {
			i++
		}
		if i >= n {
			return dst
		}
		// The DFA from the root until it falls back to it. In the last
		// three bytes, which the 4-byte probe cannot cover, the loop walks
		// again from each position.
		dst, i, _ = m.walk(dst, text, i)
	}
}

// report appends the outputs of the state at row, which the scan entered on the
// byte ending at end.
func (m *Matcher) report(dst []Hit, text []byte, row uint32, end int) []Hit {
	// row is an exact multiple of nclass: the division is a multiply.
	s := uint32(uint64(row) * m.rowDiv >> 32)
	for _, id := range m.outs[m.outStart[s]:m.outStart[s+1]] {
		// Walk back over plen non-separator bytes.
		k := int(m.plen[id])
		j := end
		for k > 0 && j > 0 {
			j--
			if !isSep(text[j]) {
				k--
			}
		}
		if x := m.exact[id]; x != nil && (j+len(x) > len(text) || string(text[j:j+len(x)]) != string(x)) {
			continue
		}
		dst = append(dst, Hit{Pattern: id, Start: int32(j), End: int32(end)})
	}
	return dst
}

// findAll is Find without the prefilter: the reference it is tested against.
func (m *Matcher) findAll(dst []Hit, text []byte) []Hit {
	s := uint32(0)
	for i := 0; i < len(text); i++ {
		t := m.trans[int(s)+int(m.class[text[i]])]
		s = t &^ (matchBit | shallowBit)
		if t&matchBit != 0 {
			dst = m.report(dst, text, s, i+1)
		}
	}
	return dst
}

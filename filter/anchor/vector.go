package anchor

import "math/bits"

// The vector prefilter tests 64 positions at once (AVX-512 VBMI, see
// vector_amd64.s). An anchor spelling's first four bytes are four byte
// sets; spellings are grouped into at most 64 buckets, and a position is a
// candidate when, for some bucket, the byte at each of the four offsets is
// in that bucket's set for the offset. That is Teddy's idea (Hyperscan) with
// whole-byte lookups in place of nibble shuffles: VPERMB looks a byte up in
// a 64-entry table, and the table index drops bit 5 of the byte (ASCII
// case) and bit 7, so letters are case-folded for free. Every true anchor
// start is a candidate; a candidate that is not one costs a probe of the
// 4-gram table and, if that admits it too, one DFA entry.

const (
	vecOffsets = 4
	vecTables  = 8 // 8 buckets per table byte: 64 buckets
	vecBuckets = vecTables * 8
	// vecSpan is how many bytes from a block's start the kernel reads: 64
	// positions and the three bytes after the last one.
	vecSpan = 64 + vecOffsets - 1
	// vecBatch is how many candidate blocks one kernel call records.
	vecBatch = 32
)

// vecCand is a block with candidates: bit j of mask is position pos+j.
type vecCand struct {
	pos  int
	mask uint64
}

// vecTable is the kernel's lookup tables, [offset][table][index].
type vecTable [vecOffsets][vecTables][64]byte

// vecIndex is the table index the kernel computes from a byte: bits 0-4,
// then bit 6 as bit 5. Bits 5 and 7 are dropped.
func vecIndex(c byte) byte { return c&0x1f | (c>>1)&0x20 }

// byteSet is a set of byte values.
type byteSet [4]uint64

func (s *byteSet) add(c byte)       { s[c>>6] |= 1 << (c & 63) }
func (s *byteSet) has(c byte) bool  { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *byteSet) union(o *byteSet) { s[0] |= o[0]; s[1] |= o[1]; s[2] |= o[2]; s[3] |= o[3] }

// spellingSets returns the byte sets of a spelling's first four bytes as
// the DFA reads them: a letter in either case, any other byte as itself,
// and past a short spelling's end, the bytes that may follow it.
func spellingSets(sp []byte, follow *[256]bool) [vecOffsets]byteSet {
	var s [vecOffsets]byteSet
	for k := 0; k < vecOffsets; k++ {
		if k < len(sp) {
			c := sp[k]
			s[k].add(c)
			if f := fold(c); f != c {
				s[k].add(f)
			} else if 'a' <= c && c <= 'z' {
				s[k].add(c - 'a' + 'A')
			}
			continue
		}
		for b := 0; b < 256; b++ {
			if follow == nil || follow[b] {
				s[k].add(byte(b))
			}
		}
	}
	return s
}

// logIndexWeight is how often each table index occurs in real logs, per
// 10,000 bytes (measured on ../shared/corpus: loghub and reallogs, 7.7 MB;
// index 0 is mostly the blank, 33-58 the letters, 16-25 the digits). It
// prices a bucket: the share of positions it admits.
var logIndexWeight = [64]float64{
	662, 1, 412, 8, 4, 2, 1, 2, 16, 16, 7, 1, 127, 231, 206, 61,
	437, 403, 278, 188, 174, 185, 145, 134, 130, 127, 305, 4, 1, 34, 1, 1,
	9, 433, 114, 304, 270, 648, 110, 102, 92, 354, 22, 66, 198, 177, 361, 380,
	176, 14, 380, 364, 425, 175, 75, 60, 45, 68, 19, 64, 54, 64, 3, 75,
}

// indexMask is the set of table indices a byte set reaches.
func indexMask(s *byteSet) uint64 {
	var m uint64
	for c := 0; c < 256; c++ {
		if s.has(byte(c)) {
			m |= 1 << vecIndex(byte(c))
		}
	}
	return m
}

// admitted is the share of log positions a bucket with these index sets
// admits: the product over the offsets of each set's weight.
func admitted(m *[vecOffsets]uint64) float64 {
	p := 1.0
	for k := range m {
		w := 0.0
		for x := m[k]; x != 0; x &= x - 1 {
			w += logIndexWeight[bits.TrailingZeros64(x)]
		}
		p *= w / 10000
	}
	return p
}

// buildVector groups the spellings into buckets and fills the tables.
// Spellings with the same first two byte sets share a bucket. While there
// are more groups than buckets, the two groups whose union admits the
// fewest extra positions of real log text merge: every merge makes the
// kernel admit more false candidates, and this keeps their number, and the
// DFA probes they cost, lowest.
func buildVector(spellings [][vecOffsets]byteSet) *vecTable {
	type group struct {
		sets [vecOffsets]byteSet
		idx  [vecOffsets]uint64
		p    float64
	}
	var groups []*group
outer:
	for _, s := range spellings {
		for _, g := range groups {
			if g.sets[0] == s[0] && g.sets[1] == s[1] {
				for k := 2; k < vecOffsets; k++ {
					g.sets[k].union(&s[k])
				}
				continue outer
			}
		}
		groups = append(groups, &group{sets: s})
	}
	for _, g := range groups {
		for k := range g.sets {
			g.idx[k] = indexMask(&g.sets[k])
		}
		g.p = admitted(&g.idx)
	}
	// cost[i][j] (i < j): what merging groups i and j adds.
	n := len(groups)
	cost := make([][]float64, n)
	pairCost := func(a, b *group) float64 {
		var u [vecOffsets]uint64
		for k := range u {
			u[k] = a.idx[k] | b.idx[k]
		}
		return admitted(&u) - a.p - b.p
	}
	if n > vecBuckets {
		for i := range groups {
			cost[i] = make([]float64, n)
			for j := i + 1; j < n; j++ {
				cost[i][j] = pairCost(groups[i], groups[j])
			}
		}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	// best[i] is the partner j > i that adds least when merged with i
	// (the first such j on a tie); each step merges the cheapest pair, the
	// first in (i, j) order on a tie, and updates only the rows it touched.
	best := make([]int, n)
	rowBest := func(i int) {
		best[i] = -1
		for j := i + 1; j < n; j++ {
			if alive[j] && (best[i] < 0 || cost[i][j] < cost[i][best[i]]) {
				best[i] = j
			}
		}
	}
	if n > vecBuckets {
		for i := range best {
			rowBest(i)
		}
	}
	for live := n; live > vecBuckets; live-- {
		bi := -1
		for i := 0; i < n; i++ {
			if alive[i] && best[i] >= 0 && (bi < 0 || cost[i][best[i]] < cost[bi][best[bi]]) {
				bi = i
			}
		}
		bj := best[bi]
		a, b := groups[bi], groups[bj]
		for k := range a.sets {
			a.sets[k].union(&b.sets[k])
			a.idx[k] |= b.idx[k]
		}
		a.p = admitted(&a.idx)
		alive[bj] = false
		for j := 0; j < n; j++ {
			if alive[j] && j != bi {
				if j < bi {
					cost[j][bi] = pairCost(groups[j], a)
				} else {
					cost[bi][j] = pairCost(a, groups[j])
				}
			}
		}
		rowBest(bi)
		for k := 0; k < bi; k++ {
			switch {
			case !alive[k]:
			case best[k] == bi || best[k] == bj:
				rowBest(k)
			case cost[k][bi] < cost[k][best[k]] || cost[k][bi] == cost[k][best[k]] && bi < best[k]:
				best[k] = bi
			}
		}
		for k := bi + 1; k < bj; k++ {
			if alive[k] && best[k] == bj {
				rowBest(k)
			}
		}
	}
	t := new(vecTable)
	b := 0
	for i, g := range groups {
		if !alive[i] {
			continue
		}
		for k := 0; k < vecOffsets; k++ {
			for c := 0; c < 256; c++ {
				if g.sets[k].has(byte(c)) {
					t[k][b/8][vecIndex(byte(c))] |= 1 << (b % 8)
				}
			}
		}
		b++
	}
	return t
}

// candidates is the kernel's result for the block of 64 positions starting
// at pos, computed in Go: the reference the assembly is tested against.
func (t *vecTable) candidates(text []byte, pos int) uint64 {
	var mask uint64
	for j := 0; j < 64; j++ {
		var acc [vecTables]byte
		for i := range acc {
			acc[i] = 0xff
		}
		for k := 0; k < vecOffsets; k++ {
			x := vecIndex(text[pos+j+k])
			for i := range acc {
				acc[i] &= t[k][i][x]
			}
		}
		for _, a := range acc {
			if a != 0 {
				mask |= 1 << j
				break
			}
		}
	}
	return mask
}

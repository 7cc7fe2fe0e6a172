package anchor

import "sort"

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

// buildVector groups the spellings into buckets and fills the tables.
// Spellings with the same first two byte sets share a bucket; while there
// are more groups than buckets, the smallest group joins another group with
// the same first byte set, or else the next smallest group.
func buildVector(spellings [][vecOffsets]byteSet) *vecTable {
	type group struct {
		sets [vecOffsets]byteSet
		n    int
	}
	var groups []*group
outer:
	for _, s := range spellings {
		for _, g := range groups {
			if g.sets[0] == s[0] && g.sets[1] == s[1] {
				for k := 2; k < vecOffsets; k++ {
					g.sets[k].union(&s[k])
				}
				g.n++
				continue outer
			}
		}
		groups = append(groups, &group{sets: s, n: 1})
	}
	for len(groups) > vecBuckets {
		sort.SliceStable(groups, func(i, j int) bool { return groups[i].n < groups[j].n })
		into := 1
		for j := 1; j < len(groups); j++ {
			if groups[j].sets[0] == groups[0].sets[0] {
				into = j
				break
			}
		}
		for k := 0; k < vecOffsets; k++ {
			groups[into].sets[k].union(&groups[0].sets[k])
		}
		groups[into].n += groups[0].n
		groups = groups[1:]
	}
	t := new(vecTable)
	for b, g := range groups {
		for k := 0; k < vecOffsets; k++ {
			for c := 0; c < 256; c++ {
				if g.sets[k].has(byte(c)) {
					t[k][b/8][vecIndex(byte(c))] |= 1 << (b % 8)
				}
			}
		}
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

//go:build amd64 && !purego

package anchor

import "golang.org/x/sys/cpu"

// haveVector reports whether the CPU (and OS) support the AVX-512 VBMI
// kernel.
var haveVector = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VBMI

// vectorScan tests the blocks of 64 positions starting at from, from+64,
// ... while a block's vecSpan bytes lie inside text. It returns the first
// block with a candidate and its mask (bit j: position pos+j), or, when no
// block has one, the first block start it did not test and a zero mask.
//
//go:noescape
func vectorScan(t *vecTable, text []byte, from int) (pos int, mask uint64)

//go:build amd64 && !purego

package anchor

import "golang.org/x/sys/cpu"

// haveVector reports whether the CPU (and OS) support the AVX-512 VBMI
// kernel.
var haveVector = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VBMI

// vectorScan tests the blocks of 64 positions starting at from, from+64,
// ... while a block's vecSpan bytes lie inside text, and records each block
// with a candidate in out, until out is full. It returns how many it
// recorded and the start of the first block it did not test.
//
//go:noescape
func vectorScan(t *vecTable, text []byte, from int, out *[vecBatch]vecCand) (n int, next int)

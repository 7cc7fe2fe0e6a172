//go:build amd64 && !purego

#include "go_asm.h"
#include "textflag.h"

// Table layout (vecTable): [offset 0..3][table 0..7][64]byte, so the table
// for offset k and bucket byte t is at k*512 + t*64.

// LOOKUP looks the indexes of the four offsets (Z0-Z3) up in table t and
// leaves the AND of the four results in dst.
#define LOOKUP(t, dst) \
	VPERMB (t*64)(AX), Z0, dst; \
	VPERMB (512+t*64)(AX), Z1, Z20; \
	VPERMB (1024+t*64)(AX), Z2, Z21; \
	VPTERNLOGD $0x80, Z21, Z20, dst; \
	VPERMB (1536+t*64)(AX), Z3, Z22; \
	VPANDD Z22, dst, dst

// INDEX loads the 64 bytes at SI+CX+off into reg and turns each byte into
// its table index: bits 0-4 kept, bit 6 moved to bit 5 (VPERMB ignores
// bits 6 and 7).
#define INDEX(off, reg) \
	VMOVDQU8 off(SI)(CX*1), reg; \
	VPSRLW $1, reg, Z23; \
	VPTERNLOGD $0xD8, Z31, Z23, reg

// func vectorScan(t *vecTable, text []byte, from int, out *[vecBatch]vecCand) (n int, next int)
TEXT ·vectorScan(SB), NOSPLIT, $0-64
	MOVQ t+0(FP), AX
	MOVQ text_base+8(FP), SI
	MOVQ text_len+16(FP), DX
	MOVQ from+32(FP), CX
	MOVQ out+40(FP), DI
	XORQ R8, R8  // candidates written
	SUBQ $const_vecSpan, DX // a block at CX needs CX+vecSpan <= len
	MOVL $0x20202020, BX
	VPBROADCASTD BX, Z31

loop:
	CMPQ CX, DX
	JGT  done
	INDEX(0, Z0)
	INDEX(1, Z1)
	INDEX(2, Z2)
	INDEX(3, Z3)
	LOOKUP(0, Z8)
	LOOKUP(1, Z9)
	LOOKUP(2, Z10)
	LOOKUP(3, Z11)
	LOOKUP(4, Z12)
	LOOKUP(5, Z13)
	LOOKUP(6, Z14)
	LOOKUP(7, Z15)
	VPTERNLOGD $0xFE, Z10, Z9, Z8
	VPTERNLOGD $0xFE, Z13, Z12, Z11
	VPTERNLOGD $0xFE, Z15, Z14, Z8
	VPORD      Z11, Z8, Z8
	VPTESTMB   Z8, Z8, K1
	KMOVQ      K1, BX
	// Record the block without a branch: always write the slot, and move
	// to the next slot only when the mask is not zero.
	MOVQ R8, R9
	SHLQ $4, R9
	MOVQ CX, 0(DI)(R9*1)
	MOVQ BX, 8(DI)(R9*1)
	XORL R10, R10
	TESTQ BX, BX
	SETNE R10B
	ADDQ R10, R8
	ADDQ $64, CX
	CMPQ R8, $const_vecBatch
	JLT  loop

done:
	MOVQ R8, n+48(FP)
	MOVQ CX, next+56(FP)
	VZEROUPPER
	RET

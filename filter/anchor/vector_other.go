//go:build !amd64 || purego

package anchor

const haveVector = false

func vectorScan(t *vecTable, text []byte, from int, out *[vecBatch]vecCand) (n int, next int) {
	panic("anchor: no vector kernel on this platform")
}

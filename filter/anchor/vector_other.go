//go:build !amd64 || purego

package anchor

const haveVector = false

func vectorScan(t *vecTable, text []byte, from int) (pos int, mask uint64) {
	panic("anchor: no vector kernel on this platform")
}

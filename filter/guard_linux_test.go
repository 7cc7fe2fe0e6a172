//go:build linux

package filter

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestNoReadPastLineEnd scrubs every line of the golden inputs, and every
// suffix of the first 200 bytes of each, placed so that it ends where an
// inaccessible page begins: a read past the line's end faults.
func TestNoReadPastLineEnd(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 64*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(mem)
	guard := 63 * page
	if err := syscall.Mprotect(mem[guard:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	sc := defaultScrubber(t)
	files, _ := filepath.Glob("../testdata/golden/*.in")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	st := sc.NewStream()
	var out []byte
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			if len(line) > guard {
				continue
			}
			for cut := 0; cut <= len(line) && cut <= 200; cut++ {
				l := line[cut:]
				text := mem[guard-len(l) : guard]
				copy(text, l)
				out = st.AppendLine(out[:0], text)
				n++
			}
		}
	}
	t.Logf("%d lines scrubbed against the guard page", n)
}

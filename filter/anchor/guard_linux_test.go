//go:build linux

package anchor

import (
	"syscall"
	"testing"
)

// TestNoReadPastEnd places texts of every length up to 300 bytes so that
// they end exactly where an inaccessible page begins, and scans them: a read
// past the end of the slice by the kernel or the scalar scan faults.
func TestNoReadPastEnd(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	defer syscall.Munmap(mem)
	if err := syscall.Mprotect(mem[page:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	m, err := Compile(testPatterns)
	if err != nil {
		t.Fatal(err)
	}
	fill := []byte("xx password=hunter2 AKIAABCD ghp_0123 -----BEGIN eyJ0eX a://u:p@h ")
	for _, vector := range []bool{false, true} {
		m.vector = vector && haveVector
		for n := 0; n <= 300; n++ {
			text := mem[page-n : page]
			for i := range text {
				text[i] = fill[i%len(fill)]
			}
			want := len(m.findAll(nil, text))
			if got := m.Find(nil, text); len(got) > want {
				t.Fatalf("vector=%v len %d: %d hits, the DFA alone finds %d", m.vector, n, len(got), want)
			}
		}
	}
	m.vector = haveVector
}

package sink

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

type calls struct {
	mu sync.Mutex
	w  [][]byte
}

func (c *calls) WriteLines(p []byte) error {
	c.mu.Lock()
	c.w = append(c.w, bytes.Clone(p))
	c.mu.Unlock()
	return nil
}

func TestLineWriterPassesWholeLines(t *testing.T) {
	for _, terminate := range []bool{false, true} {
		c := &calls{}
		w := NewLineWriter(c)
		in := "one\ntw" + "o\nthr" + "ee\r\nfour"
		for _, piece := range []string{"one\ntw", "o\nthr", "ee\r\n", "fo", "ur"} {
			if n, err := w.Write([]byte(piece)); err != nil || n != len(piece) {
				t.Fatalf("Write(%q) = %d, %v", piece, n, err)
			}
		}
		if err := w.Finish(terminate); err != nil {
			t.Fatal(err)
		}
		want := in
		if terminate {
			want += "\n"
		}
		if got := string(bytes.Join(c.w, nil)); got != want {
			t.Errorf("terminate %v: got %q, want %q", terminate, got, want)
		}
		for i, p := range c.w[:len(c.w)-1] {
			if p[len(p)-1] != '\n' {
				t.Errorf("write %d %q does not end a line", i, p)
			}
		}
		if len(c.w) != 4 {
			t.Errorf("%d writes, want 4 (one per Write that ends a line, and Finish)", len(c.w))
		}
		// Finish with nothing held writes nothing.
		w.Finish(true)
		if len(c.w) != 4 {
			t.Error("Finish wrote with nothing held")
		}
	}
}

func TestLockedNeverInterleaves(t *testing.T) {
	var buf bytes.Buffer
	l := NewLocked(&buf)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				l.WriteLines([]byte(fmt.Sprintf("g%d i%d %s\ng%d i%d end\n", g, i, strings.Repeat("x", i%50), g, i)))
			}
		}()
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 4*2000*2 {
		t.Fatalf("%d lines", len(lines))
	}
	for i := 0; i < len(lines); i += 2 {
		var g, n int
		fmt.Sscanf(lines[i], "g%d i%d", &g, &n)
		if lines[i+1] != fmt.Sprintf("g%d i%d end", g, n) {
			t.Fatalf("one call's lines were split: %q then %q", lines[i], lines[i+1])
		}
	}
}

func TestFileReopenAfterRotation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.log")
	os.WriteFile(path, []byte("old content\n"), 0o644)
	f, err := OpenFile(path, true)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteLines([]byte("a\n"))
	// logrotate moves the file away, then signals.
	if err := os.Rename(path, path+".1"); err != nil {
		t.Fatal(err)
	}
	f.WriteLines([]byte("b\n")) // still the old file
	if err := f.Reopen(); err != nil {
		t.Fatal(err)
	}
	f.WriteLines([]byte("c\n"))
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path + ".1"); string(b) != "a\nb\n" {
		t.Errorf("rotated file holds %q (truncated at open, then a and b)", b)
	}
	if b, _ := os.ReadFile(path); string(b) != "c\n" {
		t.Errorf("new file holds %q", b)
	}
	// A Reopen that fails keeps the old file.
	g, err := OpenFile(filepath.Join(dir, "sub", "x.log"), false)
	if err == nil {
		g.Close()
		t.Fatal("opened a file in a missing directory")
	}
	h, err := OpenFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if os.Geteuid() != 0 {
		if err := h.Reopen(); err == nil {
			t.Error("Reopen in a read-only directory succeeded")
		}
	}
	if err := h.WriteLines([]byte("d\n")); err != nil {
		t.Errorf("write after a failed Reopen: %v", err)
	}
	h.Close()
}

// `-o /dev/null` or a named pipe: fsync(2) of a device or FIFO fails with
// EINVAL, which must not turn a complete run into exit status 1.
func TestFileClosesDevicesAndPipes(t *testing.T) {
	f, err := OpenFile(os.DevNull, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.WriteLines([]byte("a\n")); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Errorf("closing %s: %v", os.DevNull, err)
	}

	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan []byte)
	go func() {
		r, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(r)
		r.Close()
		got <- b
	}()
	g, err := OpenFile(fifo, false)
	if err != nil {
		t.Fatal(err)
	}
	g.WriteLines([]byte("b\n"))
	if err := g.Close(); err != nil {
		t.Errorf("closing a FIFO: %v", err)
	}
	if b := <-got; string(b) != "b\n" {
		t.Errorf("FIFO reader got %q", b)
	}
}

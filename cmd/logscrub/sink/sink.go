// Package sink is where scrubbed lines go: the interface every source
// writes to (files, stdin, TCP connections), a locked writer for stdout and
// files, a file that re-opens on SIGHUP (logrotate), and an adapter that
// turns filter.Stream.Copy's output into whole lines.
//
// A line is never split between two writes to a Lines: whatever the number
// of sources, each line reaches the sink whole and in the order its source
// sent it.
package sink

import (
	"bytes"
	"io"
	"os"
	"sync"
)

// Lines takes scrubbed lines. p holds whole lines only, each ending in
// '\n', save one case: the last line of an input that lacks a final
// newline, when that input is the sink's only source (see
// LineWriter.Finish), is written as it is. The lines of one call are
// written together, never interleaved with another call's. WriteLines may
// block while the sink is full: that is the backpressure that stops a
// source reading. It is safe for concurrent use and does not retain p.
type Lines interface {
	WriteLines(p []byte) error
}

// Locked serialises writes to an io.Writer (stdout, a compressed file).
type Locked struct {
	mu sync.Mutex
	w  io.Writer
}

// NewLocked returns a Lines that writes to w under a mutex.
func NewLocked(w io.Writer) *Locked { return &Locked{w: w} }

// WriteLines writes p to the underlying writer in one call.
func (l *Locked) WriteLines(p []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err := l.w.Write(p)
	return err
}

// File is a Lines that appends to a named file and can re-open it: after
// logrotate moves the file away, Reopen (on SIGHUP) creates a new one
// under the same name. Writes are unbuffered: each WriteLines is one
// write(2), so a crash loses no line already accepted.
type File struct {
	mu   sync.Mutex
	path string
	f    *os.File
}

// OpenFile creates (or truncates, when truncate is set) the file at path.
func OpenFile(path string, truncate bool) (*File, error) {
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	if truncate {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return nil, err
	}
	return &File{path: path, f: f}, nil
}

// WriteLines appends p to the file.
func (f *File) WriteLines(p []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, err := f.f.Write(p)
	return err
}

// Reopen closes the file and opens path again for appending (creating it
// when it was moved away). On error the old file stays in use.
func (f *File) Reopen() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	nf, err := os.OpenFile(f.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	old := f.f
	f.f = nf
	return old.Close()
}

// Close syncs and closes the file. Only a regular file is synced: fsync(2)
// of a character device or a FIFO (`-o /dev/null`, `-o /dev/stderr`, a
// named pipe) fails with EINVAL although every line reached it.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var err error
	if fi, serr := f.f.Stat(); serr != nil || fi.Mode().IsRegular() {
		err = f.f.Sync()
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// LineWriter is an io.Writer over a Lines: it passes on the complete lines
// of what it is given and keeps a partial last line until its end
// arrives. It is for one source (a filter.Stream's Copy) at a time and is
// not safe for concurrent use.
type LineWriter struct {
	dst     Lines
	partial []byte
}

// NewLineWriter returns a LineWriter that writes to dst.
func NewLineWriter(dst Lines) *LineWriter { return &LineWriter{dst: dst} }

// Write passes on every complete line in p (with a partial line held from
// before) and holds the rest.
func (w *LineWriter) Write(p []byte) (int, error) {
	end := bytes.LastIndexByte(p, '\n') + 1
	if end == 0 {
		w.partial = append(w.partial, p...)
		return len(p), nil
	}
	var err error
	if len(w.partial) > 0 {
		w.partial = append(w.partial, p[:end]...)
		err = w.dst.WriteLines(w.partial)
		w.partial = w.partial[:0]
	} else {
		err = w.dst.WriteLines(p[:end])
	}
	w.partial = append(w.partial, p[end:]...)
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// Finish writes a held partial line, if any. With terminate it is ended
// with '\n' (a sink shared by several sources must not join it to the next
// source's first line); without, it is written as it is (one input to one
// output keeps a missing final newline missing).
func (w *LineWriter) Finish(terminate bool) error {
	if len(w.partial) == 0 {
		return nil
	}
	if terminate {
		w.partial = append(w.partial, '\n')
	}
	err := w.dst.WriteLines(w.partial)
	w.partial = w.partial[:0]
	return err
}

var (
	_ Lines     = (*Locked)(nil)
	_ Lines     = (*File)(nil)
	_ io.Writer = (*LineWriter)(nil)
)

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// maxZstdWindow caps the memory a zstd stream may make us allocate.
const maxZstdWindow = 512 << 20

// openInput wraps r in a decompressor when its first bytes are a gzip or
// zstd magic number; anything else is read as it is.
func openInput(r io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		return zr, nil // gzip.Reader reads concatenated members
	case bytes.HasPrefix(head, zstdMagic):
		zr, err := zstd.NewReader(br, zstd.WithDecoderMaxMemory(maxZstdWindow), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, err
		}
		return zr.IOReadCloser(), nil
	}
	return io.NopCloser(br), nil
}

// openNamed opens a named input ("-" is stdin), decompressing it when its
// magic bytes say so. It returns the name to show in messages ("stdin" for
// "-"); errors name the input. Close the result when done.
func openNamed(name string, stdin io.Reader) (io.ReadCloser, string, error) {
	if name == "-" {
		in, err := openInput(stdin)
		if err != nil {
			return nil, "stdin", fmt.Errorf("stdin: %v", err)
		}
		return in, "stdin", nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, name, err
	}
	in, err := openInput(f)
	if err != nil {
		f.Close()
		return nil, name, fmt.Errorf("%s: %v", name, err)
	}
	return readCloser{in, f}, name, nil
}

// readCloser closes the decompressor and then the file under it.
type readCloser struct {
	io.ReadCloser
	file *os.File
}

func (r readCloser) Close() error {
	err := r.ReadCloser.Close()
	if ferr := r.file.Close(); err == nil {
		err = ferr
	}
	return err
}

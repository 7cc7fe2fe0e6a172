package archive

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Compression is the compression of a file.
type Compression int

const (
	None Compression = iota // not compressed
	Gzip                    // gzip (RFC 1952), possibly several members
	Zstd                    // Zstandard (RFC 8878)
)

// String returns "none", "gzip" or "zstd", the names [ParseCompression]
// accepts.
func (c Compression) String() string {
	switch c {
	case None:
		return "none"
	case Gzip:
		return "gzip"
	case Zstd:
		return "zstd"
	}
	return fmt.Sprintf("Compression(%d)", int(c))
}

// ParseCompression returns the compression named s: "none", "gzip" or
// "zstd".
func ParseCompression(s string) (Compression, error) {
	switch s {
	case "none":
		return None, nil
	case "gzip":
		return Gzip, nil
	case "zstd":
		return Zstd, nil
	}
	return None, fmt.Errorf("archive: unknown compression %q (want none, gzip or zstd)", s)
}

// CompressionForPath returns the compression that path's extension names,
// ignoring case: ".gz" is [Gzip], ".zst" and ".zstd" are [Zstd], anything
// else is [None]. It looks at the name only; [Open] goes by content.
func CompressionForPath(path string) Compression {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".gz":
		return Gzip
	case ".zst", ".zstd":
		return Zstd
	}
	return None
}

// NewWriter returns a writer that compresses to w with c. For [None] it
// writes to w as it is. Close flushes and ends the compressed stream (for
// None it does nothing); it does not close w. The writer buffers and
// allocates its compressor's state; it is not safe for concurrent use.
func NewWriter(w io.Writer, c Compression) (io.WriteCloser, error) {
	switch c {
	case None:
		return nopCloser{w}, nil
	case Gzip:
		return gzip.NewWriter(w), nil
	case Zstd:
		zw, err := zstd.NewWriter(w)
		if err != nil {
			return nil, fmt.Errorf("archive: zstd writer: %w", err)
		}
		return zw, nil
	}
	return nil, fmt.Errorf("archive: unknown compression %v", c)
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

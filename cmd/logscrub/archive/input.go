package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

const (
	// DefaultMaxRatio is the expansion ratio allowed when Limits.MaxRatio
	// is zero.
	DefaultMaxRatio = 1000
	// DefaultMaxWindow is the zstd decoder memory cap used when
	// Limits.MaxWindow is zero.
	DefaultMaxWindow = 256 << 20

	// ratioSlack is added to the compressed bytes read before the ratio
	// applies, so that small files may expand more.
	ratioSlack = 1 << 20

	readBufSize = 64 << 10
)

// Limits bound decompression against hostile input. The zero value means
// the defaults.
type Limits struct {
	// MaxRatio bounds expansion: decompressed bytes may be at most
	// MaxRatio × (compressed bytes consumed + 1 MiB). 0 means
	// DefaultMaxRatio; it may not be negative.
	MaxRatio int64
	// MaxWindow caps the memory the zstd decoder may use, in bytes. 0 means
	// DefaultMaxWindow.
	MaxWindow uint64
}

func (l Limits) resolve() (ratio int64, window uint64, err error) {
	ratio, window = l.MaxRatio, l.MaxWindow
	if ratio < 0 {
		return 0, 0, fmt.Errorf("negative decompression ratio limit %d", ratio)
	}
	if ratio == 0 {
		ratio = DefaultMaxRatio
	}
	if window == 0 {
		window = DefaultMaxWindow
	}
	if window > 1<<63 {
		return 0, 0, fmt.Errorf("zstd window limit %d is over 2^63", window)
	}
	return ratio, window, nil
}

// ErrExpansion is wrapped by the [*FormatError] a compressed input returns
// once it expands past its [Limits].
var ErrExpansion = errors.New("expands beyond the decompression limit")

// FormatError is a corrupt or truncated compressed input, or one that
// expands past its [Limits].
type FormatError struct {
	Name        string      // the input's name, "stdin" for standard input
	Compression Compression // the compression being decoded
	// Offset is the raw (compressed) byte offset in the file where decoding
	// failed; a best estimate: the raw bytes read when the error surfaced,
	// read-ahead included.
	Offset int64
	Err    error // what the decoder reported, or ErrExpansion
}

func (e *FormatError) Error() string {
	if errors.Is(e.Err, ErrExpansion) {
		return fmt.Sprintf("%s: %v data at byte %d: %v", e.Name, e.Compression, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: corrupt %v data at byte %d: %v", e.Name, e.Compression, e.Offset, e.Err)
}

func (e *FormatError) Unwrap() error { return e.Err }

// Input is one opened input, decompressed when its content starts with a
// gzip or zstd magic number. Read and Close must be called from one
// goroutine at a time; Name, Compression, Size and Consumed may be called
// from any goroutine at any time.
type Input struct {
	name  string
	comp  Compression
	size  int64
	file  *os.File // nil for standard input, which is not closed
	raw   *countingReader
	r     io.Reader // the decoder, or the buffered raw reader
	dec   io.Closer // nil when plain
	ratio int64
	out   int64 // decompressed bytes returned
	err   error // sticky: the error every later Read returns
}

// Open opens the file name, or reads stdin when name is "-". Its content is
// decompressed when its first bytes are a gzip or zstd magic number, and
// read as it is otherwise. Decoding errors are [*FormatError]s; a gzip
// header too short or corrupt already fails Open. Close the Input when
// done; Close does not close stdin.
func Open(name string, stdin io.Reader, lim Limits) (*Input, error) {
	return open(name, name, stdin, lim)
}

// open opens path and names it display in errors and Name.
func open(path, display string, stdin io.Reader, lim Limits) (*Input, error) {
	in := &Input{name: display, size: -1}
	if path == "-" {
		in.name = "stdin"
	}
	ratio, window, err := lim.resolve()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	in.ratio = ratio
	var src io.Reader
	if path == "-" {
		if stdin == nil {
			return nil, errors.New("stdin: no standard input given")
		}
		src = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fileError(in.name, "open", err)
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, fileError(in.name, "stat", err)
		}
		if fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a directory", in.name)
		}
		if fi.Mode().IsRegular() {
			in.size = fi.Size()
		}
		in.file = f
		src = f
	}
	in.raw = &countingReader{r: src}
	br := bufio.NewReaderSize(in.raw, readBufSize)
	head, err := br.Peek(len(zstdMagic))
	if err != nil && err != io.EOF && len(head) < len(zstdMagic) {
		in.closeFile()
		return nil, in.readError(err)
	}
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		in.comp = Gzip
		zr, err := gzip.NewReader(br)
		if err != nil {
			// The header is read here: an error reading the file, or a
			// corrupt or truncated header.
			in.closeFile()
			return nil, in.streamError(err)
		}
		in.r, in.dec = zr, zr
	case bytes.HasPrefix(head, zstdMagic):
		in.comp = Zstd
		zr, err := zstd.NewReader(br, zstd.WithDecoderMaxMemory(window), zstd.WithDecoderConcurrency(1))
		if err != nil {
			in.closeFile()
			return nil, in.decodeError(err)
		}
		rc := zr.IOReadCloser()
		in.r, in.dec = rc, rc
	default:
		in.r = br
	}
	return in, nil
}

// Name returns the name given to Open, or "stdin" for "-".
func (in *Input) Name() string { return in.name }

// Compression returns the compression found in the input's first bytes.
func (in *Input) Compression() Compression { return in.comp }

// Size returns the size on disk of a regular file, or -1 for stdin, pipes
// and devices.
func (in *Input) Size() int64 { return in.size }

// Consumed returns the raw (compressed) bytes read from the file so far,
// read-ahead included: at the end of the input it equals Size. It is meant
// for a progress bar and is safe to call concurrently with Read.
func (in *Input) Consumed() int64 { return in.raw.n.Load() }

// Read reads decompressed content. A corrupt, truncated or over-expanding
// input is a [*FormatError]; an error reading the file names the input.
// After an error, every Read returns the same error.
func (in *Input) Read(p []byte) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if in.dec == nil {
		n, err := in.r.Read(p)
		if err != nil {
			if err != io.EOF {
				err = in.readError(err)
			}
			in.err = err
		}
		return n, err
	}
	// Ask for at most one byte past the bound, so a bomb never fills p.
	if allowed := in.limit() - in.out; allowed < int64(len(p)) {
		p = p[:max(allowed, 0)+1]
	}
	n, err := in.r.Read(p)
	in.out += int64(n)
	if lim := in.limit(); in.out > lim {
		// The bound only grows, and in.out was within it before this Read.
		n -= int(in.out - lim)
		in.out = lim
		in.err = &FormatError{Name: in.name, Compression: in.comp, Offset: in.Consumed(), Err: ErrExpansion}
		return n, in.err
	}
	if err != nil {
		if err != io.EOF {
			err = in.streamError(err)
		}
		in.err = err
	}
	return n, err
}

// limit returns the decompressed bytes allowed so far, saturating.
func (in *Input) limit() int64 {
	base := in.Consumed() + ratioSlack
	if base > math.MaxInt64/in.ratio {
		return math.MaxInt64
	}
	return base * in.ratio
}

// Close releases the decoder and closes the file (not stdin). Reads after
// Close fail.
func (in *Input) Close() error {
	if in.dec != nil {
		// A decoder's Close reports its last decoding error, which Read
		// has already returned.
		in.dec.Close()
		in.dec = nil
	}
	if in.err == nil || in.err == io.EOF {
		in.err = fmt.Errorf("%s: %w", in.name, os.ErrClosed)
	}
	return in.closeFile()
}

func (in *Input) closeFile() error {
	if in.file == nil {
		return nil
	}
	err := in.file.Close()
	in.file = nil
	if err != nil {
		return fileError(in.name, "close", err)
	}
	return nil
}

// streamError returns an error of the decoder as an error reading the file
// when it is the file's read error passed through, and as a decoding error
// otherwise.
func (in *Input) streamError(err error) error {
	if in.raw.err != nil && errors.Is(err, in.raw.err) {
		return in.readError(err)
	}
	return in.decodeError(err)
}

func (in *Input) decodeError(err error) error {
	return &FormatError{Name: in.name, Compression: in.comp, Offset: in.Consumed(), Err: err}
}

func (in *Input) readError(err error) error {
	return fileError(in.name, "read", err)
}

// fileError names the file first, dropping the path an *fs.PathError would
// repeat.
func fileError(name, op string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %s: %w", name, op, err)
}

// countingReader counts the bytes read through it, for Consumed, and keeps
// the last read error to tell I/O errors from decoding errors.
type countingReader struct {
	r   io.Reader
	n   atomic.Int64
	err error // touched by the reading goroutine only
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

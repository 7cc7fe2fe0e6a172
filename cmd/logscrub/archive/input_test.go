package archive

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// TestOpenFormats reads plain, gzip and zstd files back byte for byte,
// detecting the compression by content whatever the name says, and checks
// Compression, Size and Consumed.
func TestOpenFormats(t *testing.T) {
	content := logLines(4000)
	half := len(content) / 2
	gzMembers := append(gzipBytes(t, content[:half]), gzipBytes(t, content[half:])...)
	zstFrames := append(zstdBytes(t, content[:half]), zstdBytes(t, content[half:])...)
	// A skippable frame (magic 0x184D2A5?) between two frames is valid zstd.
	skippable := []byte{0x50, 0x2a, 0x4d, 0x18, 5, 0, 0, 0, 'h', 'e', 'l', 'l', 'o'}
	zstSkip := append(append(zstdBytes(t, content[:half]), skippable...), zstdBytes(t, content[half:])...)
	// The magic of the other format, or of the same one, inside a plain
	// file is just text.
	plainMagic := append([]byte("text \x1f\x8b then \x28\xb5\x2f\xfd\n"), content[:1000]...)

	for _, tc := range []struct {
		name string // the file's name
		raw  []byte // the file's content
		want []byte // decompressed
		comp Compression
	}{
		{"app.log", content, content, None},
		{"app.log.gz", gzipBytes(t, content), content, Gzip},
		{"gzip-named.log", gzipBytes(t, content), content, Gzip},
		{"plain-named.log.gz", content, content, None},
		{"multi.log.gz", gzMembers, content, Gzip},
		{"app.log.zst", zstdBytes(t, content), content, Zstd},
		{"zstd-named.log.gz", zstdBytes(t, content), content, Zstd},
		{"zstd-fastest.zst", zstdBytes(t, content, zstd.WithEncoderLevel(zstd.SpeedFastest)), content, Zstd},
		{"zstd-best.zst", zstdBytes(t, content, zstd.WithEncoderLevel(zstd.SpeedBestCompression)), content, Zstd},
		{"zstd-nocrc.zst", zstdBytes(t, content, zstd.WithEncoderCRC(false)), content, Zstd},
		{"multi.log.zst", zstFrames, content, Zstd},
		{"skippable.zst", zstSkip, content, Zstd},
		{"magic-inside.log", plainMagic, plainMagic, None},
		{"empty-member.gz", append(gzipBytes(t, nil), gzipBytes(t, content[:5000])...), content[:5000], Gzip},
		{"empty-frame.zst", append(zstdBytes(t, nil), zstdBytes(t, content[:5000])...), content[:5000], Zstd},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			writeFile(t, path, tc.raw)
			in, err := Open(path, nil, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			if in.Name() != path {
				t.Errorf("Name() = %q, want %q", in.Name(), path)
			}
			if in.Compression() != tc.comp {
				t.Errorf("Compression() = %v, want %v", in.Compression(), tc.comp)
			}
			if in.Size() != int64(len(tc.raw)) {
				t.Errorf("Size() = %d, want %d", in.Size(), len(tc.raw))
			}
			got, err := readAllChecked(t, in)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Fatalf("read %d bytes, differing from the %d expected (first difference at %d)", len(got), len(tc.want), firstDiff(got, tc.want))
			}
			if in.Consumed() != in.Size() {
				t.Errorf("Consumed() = %d at EOF, want Size() %d", in.Consumed(), in.Size())
			}
			// EOF is sticky.
			if n, err := in.Read(make([]byte, 10)); n != 0 || err != io.EOF {
				t.Errorf("Read after EOF = %d, %v, want 0, EOF", n, err)
			}
			if err := in.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			if _, err := in.Read(make([]byte, 10)); err == nil || err == io.EOF {
				t.Errorf("Read after Close = %v, want an error", err)
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// closeTracker is a stdin that records whether it was closed.
type closeTracker struct {
	io.Reader
	closed bool
}

func (c *closeTracker) Close() error { c.closed = true; return nil }

// TestOpenStdin reads "-" from the reader given, plain and gzip, from a
// bytes.Reader and from a pipe written to in small pieces, and checks Close
// leaves it open.
func TestOpenStdin(t *testing.T) {
	content := logLines(5000)
	for _, tc := range []struct {
		name string
		raw  []byte
		comp Compression
	}{
		{"plain", content, None},
		{"gzip", gzipBytes(t, content), Gzip},
		{"zstd", zstdBytes(t, content), Zstd},
	} {
		t.Run(tc.name+"/reader", func(t *testing.T) {
			stdin := &closeTracker{Reader: bytes.NewReader(tc.raw)}
			in, err := Open("-", stdin, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			checkStdin(t, in, tc.comp, content)
			if err := in.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			if stdin.closed {
				t.Error("Close closed stdin")
			}
		})
		t.Run(tc.name+"/pipe", func(t *testing.T) {
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer pr.Close()
			defer pw.Close()
			done := make(chan error, 1)
			go func() {
				// 1, 2, 3... bytes at a time at first: the magic arrives
				// in pieces.
				defer pw.Close()
				rest := tc.raw
				for i := 1; len(rest) > 0; i++ {
					n := min(len(rest), i*i)
					if _, err := pw.Write(rest[:n]); err != nil {
						done <- err
						return
					}
					rest = rest[n:]
				}
				done <- nil
			}()
			in, err := Open("-", pr, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := readAllChecked(t, in)
			if err != nil {
				t.Fatal(err)
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, content) {
				t.Fatal("content read from the pipe differs")
			}
			if in.Name() != "stdin" || in.Size() != -1 || in.Compression() != tc.comp {
				t.Errorf("Name, Size, Compression = %q, %d, %v", in.Name(), in.Size(), in.Compression())
			}
			if in.Consumed() != int64(len(tc.raw)) {
				t.Errorf("Consumed() = %d, want %d", in.Consumed(), len(tc.raw))
			}
			if err := in.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			// The pipe is still open.
			if _, err := pr.Read(make([]byte, 1)); err != io.EOF {
				t.Errorf("reading the pipe after Close: %v, want EOF (still open, writer gone)", err)
			}
		})
	}
	t.Run("nil", func(t *testing.T) {
		if _, err := Open("-", nil, Limits{}); err == nil || !strings.HasPrefix(err.Error(), "stdin") {
			t.Errorf("Open(-, nil) = %v, want an error naming stdin", err)
		}
	})
	t.Run("truncated gzip", func(t *testing.T) {
		raw := gzipBytes(t, content)
		in, err := Open("-", bytes.NewReader(raw[:len(raw)/2]), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		defer in.Close()
		_, err = io.ReadAll(in)
		fe := asFormatError(t, err)
		if fe.Name != "stdin" || !strings.HasPrefix(err.Error(), "stdin: ") {
			t.Errorf("error %q names %q, want stdin", err, fe.Name)
		}
	})
}

func checkStdin(t *testing.T, in *Input, comp Compression, want []byte) {
	t.Helper()
	if in.Name() != "stdin" {
		t.Errorf("Name() = %q, want stdin", in.Name())
	}
	if in.Size() != -1 {
		t.Errorf("Size() = %d, want -1", in.Size())
	}
	if in.Compression() != comp {
		t.Errorf("Compression() = %v, want %v", in.Compression(), comp)
	}
	got, err := readAllChecked(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("read %d bytes, differing from the %d expected", len(got), len(want))
	}
}

// TestOpenShort reads files shorter than the zstd magic.
func TestOpenShort(t *testing.T) {
	for _, content := range []string{"", "x", "\n", "\x1f", "\x28", "ab\n", "\x28\xb5\x2f", "\x28\xb5\n", "\x1f\x1f\x8b"} {
		path := filepath.Join(t.TempDir(), "short.log")
		writeFile(t, path, []byte(content))
		in, err := Open(path, nil, Limits{})
		if err != nil {
			t.Errorf("Open(%q): %v", content, err)
			continue
		}
		got, err := io.ReadAll(in)
		if err != nil || string(got) != content {
			t.Errorf("content %q read as %q, %v", content, got, err)
		}
		if in.Compression() != None || in.Size() != int64(len(content)) || in.Consumed() != int64(len(content)) {
			t.Errorf("content %q: Compression, Size, Consumed = %v, %d, %d", content, in.Compression(), in.Size(), in.Consumed())
		}
		in.Close()
	}
	// A gzip magic with no header behind it is a gzip header too short.
	for _, content := range []string{"\x1f\x8b", "\x1f\x8b\x08", "\x1f\x8b\x08\x00\x00"} {
		path := filepath.Join(t.TempDir(), "short.gz")
		writeFile(t, path, []byte(content))
		err := openAndRead(path, Limits{})
		fe := asFormatError(t, err)
		if fe.Compression != Gzip || fe.Name != path {
			t.Errorf("%q: error %v", content, err)
		}
	}
	// A zstd magic alone is a truncated frame.
	path := filepath.Join(t.TempDir(), "short.zst")
	writeFile(t, path, zstdMagic)
	if fe := asFormatError(t, openAndRead(path, Limits{})); fe.Compression != Zstd {
		t.Errorf("zstd magic alone: %v", fe)
	}
}

// openAndRead opens path and reads it to its end, returning the first
// error, from Open or Read.
func openAndRead(path string, lim Limits) error {
	in, err := Open(path, nil, lim)
	if err != nil {
		return err
	}
	defer in.Close()
	_, err = io.Copy(io.Discard, in)
	return err
}

// checkFormatError checks err is a *FormatError on the file path of size
// bytes, with the compression given.
func checkFormatError(t *testing.T, err error, path string, size int64, comp Compression) *FormatError {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	fe := asFormatError(t, err)
	if fe.Name != path {
		t.Errorf("FormatError.Name = %q, want %q", fe.Name, path)
	}
	if fe.Compression != comp {
		t.Errorf("FormatError.Compression = %v, want %v", fe.Compression, comp)
	}
	if fe.Offset <= 0 || fe.Offset > size {
		t.Errorf("FormatError.Offset = %d, want in (0, %d]", fe.Offset, size)
	}
	if !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("error %q does not start with the file name", err)
	}
	if fe.Err == nil || !errors.Is(err, fe.Err) {
		t.Errorf("FormatError.Err = %v, not unwrapped", fe.Err)
	}
	return fe
}

// TestOpenTruncated cuts gzip and zstd files at several points.
func TestOpenTruncated(t *testing.T) {
	content := logLines(4000)
	for _, tc := range []struct {
		comp Compression
		raw  []byte
	}{
		{Gzip, gzipBytes(t, content)},
		{Gzip, append(gzipBytes(t, content[:1000]), gzipBytes(t, content[1000:])...)},
		{Zstd, zstdBytes(t, content)},
		{Zstd, zstdBytes(t, content, zstd.WithEncoderCRC(false))},
		{Zstd, append(zstdBytes(t, content[:1000]), zstdBytes(t, content[1000:])...)},
	} {
		n := len(tc.raw)
		for _, cut := range []int{n / 2, n / 3, n - 1, n - 3, n - 5, n - 9, 5, 20} {
			t.Run(fmt.Sprintf("%v/%d-of-%d", tc.comp, cut, n), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "cut.log")
				writeFile(t, path, tc.raw[:cut])
				err := openAndRead(path, Limits{})
				if err == nil {
					t.Fatalf("%d-byte stream cut to %d bytes read without error", n, cut)
				}
				checkFormatError(t, err, path, int64(cut), tc.comp)
			})
		}
	}
}

// TestOpenTruncatedAtBlocks cuts a zstd stream at every block boundary of
// its frame (hand-made, of raw blocks), where a decoder could mistake the
// end of the input for the end of the stream.
func TestOpenTruncatedAtBlocks(t *testing.T) {
	var frame bytes.Buffer
	frame.Write(zstdMagic)
	frame.Write([]byte{0x00, 0x50}) // no content size, no checksum; 1 MiB window
	var cuts []int
	payload := logLines(300)
	for i := 0; i < 4; i++ {
		cuts = append(cuts, frame.Len())
		block := payload[i*1000 : (i+1)*1000]
		last := uint32(0)
		if i == 3 {
			last = 1
		}
		var h [4]byte
		binary.LittleEndian.PutUint32(h[:], last|0<<1|uint32(len(block))<<3) // raw block
		frame.Write(h[:3])
		frame.Write(block)
	}
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.zst")
	writeFile(t, whole, frame.Bytes())
	if err := openAndRead(whole, Limits{}); err != nil {
		t.Fatalf("the whole hand-made frame: %v", err)
	}
	for _, cut := range cuts {
		path := filepath.Join(dir, "cut.zst")
		writeFile(t, path, frame.Bytes()[:cut])
		checkFormatError(t, openAndRead(path, Limits{}), path, int64(cut), Zstd)
	}
}

// TestOpenCorrupt flips bytes in the middle of gzip and zstd streams.
func TestOpenCorrupt(t *testing.T) {
	content := logLines(4000)
	for _, tc := range []struct {
		comp Compression
		raw  []byte
	}{
		{Gzip, gzipBytes(t, content)},
		{Zstd, zstdBytes(t, content)},
	} {
		for _, at := range []int{len(tc.raw) / 2, len(tc.raw) / 4, len(tc.raw) - 2} {
			t.Run(tc.comp.String(), func(t *testing.T) {
				raw := bytes.Clone(tc.raw)
				for i := at; i < at+2 && i < len(raw); i++ {
					raw[i] ^= 0x55
				}
				path := filepath.Join(t.TempDir(), "corrupt.log")
				writeFile(t, path, raw)
				err := openAndRead(path, Limits{})
				checkFormatError(t, err, path, int64(len(raw)), tc.comp)
				if !strings.Contains(err.Error(), "corrupt "+tc.comp.String()) {
					t.Errorf("error %q does not say corrupt %v", err, tc.comp)
				}
			})
		}
	}
}

// TestOpenTrailingGarbage appends bytes after the last gzip member or zstd
// frame.
func TestOpenTrailingGarbage(t *testing.T) {
	content := logLines(3000)
	for _, tc := range []struct {
		comp Compression
		raw  []byte
	}{
		{Gzip, gzipBytes(t, content)},
		{Zstd, zstdBytes(t, content)},
	} {
		for _, garbage := range []string{"x", "\x00", "ab\n", "\x00\x00\x00\x00", "\x1f", "\x1f\x8b", "garbage after the stream\n", strings.Repeat("\x00", 512)} {
			t.Run(tc.comp.String(), func(t *testing.T) {
				raw := append(bytes.Clone(tc.raw), garbage...)
				path := filepath.Join(t.TempDir(), "trailing")
				writeFile(t, path, raw)
				in, err := Open(path, nil, Limits{})
				if err != nil {
					t.Fatal(err)
				}
				defer in.Close()
				got, err := io.ReadAll(in)
				if err == nil {
					t.Fatalf("%q after the %v stream read without error", garbage, tc.comp)
				}
				checkFormatError(t, err, path, int64(len(raw)), tc.comp)
				if !bytes.HasPrefix(content, got) {
					t.Error("the content read before the error is not a prefix of the content")
				}
				// The error is sticky.
				if _, err2 := in.Read(make([]byte, 100)); err2 != err {
					t.Errorf("Read after the error = %v, want the same error %v", err2, err)
				}
			})
		}
	}
}

// TestErrorsHoldNoContent plants a secret in corrupt archives and checks
// no error shows it.
func TestErrorsHoldNoContent(t *testing.T) {
	const secret = "password=hunter2-SECRET"
	var content []byte
	for i := range 2000 {
		content = append(content, logLines(3)...)
		if i%10 == 0 {
			content = append(content, "user login "+secret+" ok\n"...)
		}
	}
	gz := gzipBytes(t, content)
	zs := zstdBytes(t, content)
	// A gzip header whose name and comment hold the secret.
	var named bytes.Buffer
	zw := gzip.NewWriter(&named)
	zw.Name, zw.Comment = secret, secret
	zw.Write(content)
	zw.Close()
	// Content nearly incompressible around the secret: stored blocks hold
	// it verbatim.
	var stored bytes.Buffer
	sw, _ := gzip.NewWriterLevel(&stored, gzip.NoCompression)
	sw.Write(content)
	sw.Close()

	corrupt := func(b []byte, at int) []byte {
		b = bytes.Clone(b)
		b[at] ^= 0xff
		b[at+1] ^= 0xff
		return b
	}
	cases := map[string][]byte{
		"gzip truncated":          gz[:len(gz)/2],
		"gzip corrupt":            corrupt(gz, len(gz)/2),
		"gzip bad crc":            corrupt(gz, len(gz)-8),
		"gzip trailing secret":    append(bytes.Clone(gz), secret+"\n"...),
		"gzip named truncated":    named.Bytes()[:len(named.Bytes())/2],
		"gzip named corrupt":      corrupt(named.Bytes(), named.Len()/2),
		"gzip stored corrupt len": corrupt(stored.Bytes(), 11),
		"gzip stored truncated":   stored.Bytes()[:stored.Len()/2],
		"gzip stored bad crc":     corrupt(stored.Bytes(), stored.Len()-8),
		"zstd truncated":          zs[:len(zs)/2],
		"zstd corrupt":            corrupt(zs, len(zs)/2),
		"zstd bad checksum":       corrupt(zs, len(zs)-3),
		"zstd trailing secret":    append(bytes.Clone(zs), secret+"\n"...),
		"zstd bad magic secret":   append(append(bytes.Clone(zs), 0x28, 0xb5, 0x2f, 0xfe), secret...),
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "secret.log")
			writeFile(t, path, raw)
			err := openAndRead(path, Limits{})
			if err == nil {
				t.Fatal("no error")
			}
			asFormatError(t, err)
			for _, s := range []string{secret, "hunter2", "SECRET"} {
				if strings.Contains(err.Error(), s) {
					t.Errorf("error %q shows content %q", err, s)
				}
			}
		})
	}
}

// zeroChunk compresses n zero bytes with c, as one member or frame.
func zeroChunk(t *testing.T, c Compression, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, c)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(zeros))
		if _, err := w.Write(zeros[:k]); err != nil {
			t.Fatal(err)
		}
		n -= k
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeRLEFrame writes one zstd frame of total bytes of value b as RLE
// blocks of 128 KiB, streaming, with the window descriptor wd and no
// content size: a bomb of ~32768:1.
func writeRLEFrame(w io.Writer, wd byte, total int64, b byte) error {
	if _, err := w.Write(append(bytes.Clone(zstdMagic), 0x00, wd)); err != nil {
		return err
	}
	for total > 0 {
		n := min(total, 128<<10)
		total -= n
		h := uint32(1<<1) | uint32(n)<<3 // RLE
		if total == 0 {
			h |= 1
		}
		if _, err := w.Write([]byte{byte(h), byte(h >> 8), byte(h >> 16), b}); err != nil {
			return err
		}
	}
	return nil
}

// readBomb reads in until an error, checking the bound after every Read,
// and returns the bytes read and the error.
func readBomb(t *testing.T, in *Input, ratio int64) (int64, error) {
	t.Helper()
	buf := make([]byte, 1<<20)
	var total int64
	for i := 0; ; i++ {
		n, err := in.Read(buf[:len(buf)-i%3])
		total += int64(n)
		if bound := ratio * (in.Consumed() + 1<<20); total > bound {
			t.Fatalf("after %d bytes consumed, %d bytes decompressed, past the bound %d", in.Consumed(), total, bound)
		}
		if err != nil {
			return total, err
		}
	}
}

// TestOpenBomb reads decompression bombs of 3 GiB of zeros, written
// streaming, and checks reading stops at the bound.
func TestOpenBomb(t *testing.T) {
	const bombSize = 3 << 30
	dir := t.TempDir()

	writeBomb := func(t *testing.T, name string, write func(w io.Writer) error) string {
		t.Helper()
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriter(f)
		if err := write(bw); err != nil {
			t.Fatal(err)
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// Repeated members or frames of 16 MiB of zeros, encoded once: the
	// encoders are too slow under -race for 3 GiB.
	repeated := func(c Compression) func(io.Writer) error {
		chunk := zeroChunk(t, c, 16<<20)
		return func(w io.Writer) error {
			for range bombSize / (16 << 20) {
				if _, err := w.Write(chunk); err != nil {
					return err
				}
			}
			return nil
		}
	}

	for _, tc := range []struct {
		name  string
		comp  Compression
		write func(io.Writer) error
		lim   Limits
	}{
		// A single zstd frame of RLE blocks, 32768:1. (Under the default
		// limits it would stop after about 1 GiB, but the decoder's RLE
		// is slow under -race.)
		{"zstd-rle-frame.log", Zstd, func(w io.Writer) error { return writeRLEFrame(w, 0x50, bombSize, 0) }, Limits{MaxRatio: 10}},
		// Encoder-made zstd frames, ~9000:1, under the default limits: it
		// stops after about 1.1 GiB.
		{"zstd-frames.zst", Zstd, repeated(Zstd), Limits{}},
		// Deflate expands at most 1032:1, barely past the default ratio of
		// 1000: gzip of zeros would pass 1000 × (consumed + 1 MiB) only
		// after some 32 GiB. A lower ratio tests the same bound.
		{"gzip-members.gz", Gzip, repeated(Gzip), Limits{MaxRatio: 100}},
		{"gzip-members-ratio10.gz", Gzip, repeated(Gzip), Limits{MaxRatio: 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeBomb(t, tc.name, tc.write)
			defer os.Remove(path)
			in, err := Open(path, nil, tc.lim)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			ratio := tc.lim.MaxRatio
			if ratio == 0 {
				ratio = DefaultMaxRatio
			}
			total, err := readBomb(t, in, ratio)
			if err == io.EOF {
				t.Fatalf("the whole bomb, %d bytes, was read", total)
			}
			if !errors.Is(err, ErrExpansion) {
				t.Fatalf("error %v does not wrap ErrExpansion", err)
			}
			fi, _ := os.Stat(path)
			fe := checkFormatError(t, err, path, fi.Size(), tc.comp)
			if fe.Offset != in.Consumed() {
				t.Errorf("Offset %d, Consumed %d", fe.Offset, in.Consumed())
			}
			// It stopped at the bound, not long before it.
			if bound := ratio * (in.Consumed() + 1<<20); total < bound/2 {
				t.Errorf("stopped after %d bytes, far below the bound %d", total, bound)
			}
			if strings.Contains(err.Error(), "corrupt") {
				t.Errorf("expansion error %q says corrupt", err)
			}
			if n, err2 := in.Read(make([]byte, 10)); n != 0 || err2 != err {
				t.Errorf("Read after the expansion error = %d, %v", n, err2)
			}
			t.Logf("%d bytes decompressed from %d consumed: %v", total, in.Consumed(), err)
		})
	}
}

// TestOpenCompressible reads highly compressible but legitimate files, and
// a small bomb under the slack, within the default limits.
func TestOpenCompressible(t *testing.T) {
	line := []byte("2024-03-09T14:00:00.000Z INFO api[1234]: GET /healthz 200 0ms\n")
	content := bytes.Repeat(line, (5<<20)/len(line)+1)
	zeros := make([]byte, 64<<20) // 64 MiB of zeros fit the 1 MiB slack
	for _, tc := range []struct {
		name string
		raw  []byte
		want []byte
		lim  Limits
	}{
		{"lines.gz", gzipBytes(t, content), content, Limits{}},
		{"lines.zst", zstdBytes(t, content), content, Limits{}},
		{"lines-ratio10.zst", zstdBytes(t, content), content, Limits{MaxRatio: 10}},
		{"zeros.zst", zeroChunk(t, Zstd, len(zeros)), zeros, Limits{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			writeFile(t, path, tc.raw)
			in, err := Open(path, nil, tc.lim)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			got, err := io.ReadAll(in)
			if err != nil {
				t.Fatalf("%d-byte file of %d bytes: %v", len(tc.raw), len(tc.want), err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Fatal("content differs")
			}
		})
	}
}

// TestOpenZstdWindow checks frames declaring a window over MaxWindow are a
// FormatError, and those within it are read.
func TestOpenZstdWindow(t *testing.T) {
	// About 9 MiB of lines repeating every MiB: matches reach back past
	// 1 MiB.
	chunk := logLines(6000)
	var content []byte
	for i := 0; len(content) <= 8<<20; i++ {
		content = fmt.Appendf(content, "copy %d\n", i)
		content = append(content, chunk...)
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big-window.zst")
	writeFile(t, big, zstdBytes(t, content, zstd.WithWindowSize(8<<20)))
	fi, _ := os.Stat(big)
	fe := checkFormatError(t, openAndRead(big, Limits{MaxWindow: 1 << 20}), big, fi.Size(), Zstd)
	if errors.Is(fe, ErrExpansion) {
		t.Errorf("window error %v wraps ErrExpansion", fe)
	}
	for _, lim := range []Limits{{}, {MaxWindow: 8 << 20}} {
		if err := openAndRead(big, lim); err != nil {
			t.Errorf("with %+v: %v", lim, err)
		}
	}

	// Hand-made frames declaring a window just within and just past the
	// default 256 MiB.
	for _, tc := range []struct {
		wd    byte
		lim   Limits
		valid bool
	}{
		{0x90, Limits{}, true},                   // 256 MiB
		{0x91, Limits{}, false},                  // 288 MiB
		{0x98, Limits{}, false},                  // 512 MiB
		{0xf8, Limits{}, false},                  // 2^41
		{0x50, Limits{MaxWindow: 1 << 20}, true}, // 1 MiB
		{0x51, Limits{MaxWindow: 1 << 20}, false},
		{0x48, Limits{MaxWindow: 1 << 20}, true}, // 512 KiB
	} {
		path := filepath.Join(dir, "window.zst")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		writeRLEFrame(f, tc.wd, 300<<10, 'a')
		f.Close()
		err = openAndRead(path, tc.lim)
		if tc.valid {
			if err != nil {
				t.Errorf("window descriptor %#x, %+v: %v", tc.wd, tc.lim, err)
			}
			continue
		}
		fi, _ := os.Stat(path)
		checkFormatError(t, err, path, fi.Size(), Zstd)
	}
}

// TestOpenLimits checks invalid limits are refused, naming the input.
func TestOpenLimits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.log")
	writeFile(t, path, logLines(10))
	for _, lim := range []Limits{{MaxRatio: -1}, {MaxRatio: -1 << 62}, {MaxWindow: 1<<63 + 1}} {
		in, err := Open(path, nil, lim)
		if err == nil {
			in.Close()
			t.Errorf("Open with %+v succeeded", lim)
			continue
		}
		if !strings.HasPrefix(err.Error(), path+": ") {
			t.Errorf("error %q does not start with the name", err)
		}
		if _, err := Open("-", bytes.NewReader(nil), lim); err == nil || !strings.HasPrefix(err.Error(), "stdin: ") {
			t.Errorf("Open(-) with %+v = %v", lim, err)
		}
	}
	// A huge ratio does not overflow the bound.
	in, err := Open(path, nil, Limits{MaxRatio: 1 << 62})
	if err != nil {
		t.Fatal(err)
	}
	in.Close()
	zpath := filepath.Join(t.TempDir(), "app.zst")
	writeFile(t, zpath, zstdBytes(t, logLines(100)))
	if err := openAndRead(zpath, Limits{MaxRatio: 1 << 62}); err != nil {
		t.Errorf("ratio 2^62: %v", err)
	}
}

// TestOpenNotFile checks a directory and a missing file are errors that
// name them.
func TestOpenNotFile(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir, nil, Limits{})
	if err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("Open(directory) = %v, want an error naming it", err)
	}
	missing := filepath.Join(dir, "missing.log")
	_, err = Open(missing, nil, Limits{})
	if err == nil || !strings.HasPrefix(err.Error(), missing+": ") {
		t.Errorf("Open(missing) = %v, want an error naming it", err)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open(missing) = %v, not fs.ErrNotExist", err)
	}
	if strings.Count(err.Error(), missing) != 1 {
		t.Errorf("error %q repeats the name", err)
	}
}

// TestInputConcurrentProgress calls Consumed, Size, Name and Compression
// while another goroutine reads, for the race detector.
func TestInputConcurrentProgress(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.log.zst")
	content := logLines(4000)
	writeFile(t, path, zstdBytes(t, content))
	in, err := Open(path, nil, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		last := int64(0)
		for {
			select {
			case <-stop:
				return
			default:
			}
			c := in.Consumed()
			if c < last || c > in.Size() {
				t.Errorf("Consumed went from %d to %d (size %d)", last, c, in.Size())
				return
			}
			last = c
			_, _ = in.Name(), in.Compression()
		}
	}()
	got, err := readAllChecked(t, in)
	close(stop)
	wg.Wait()
	if err != nil || !bytes.Equal(got, content) {
		t.Fatalf("read %d bytes, %v", len(got), err)
	}
}

// failingReader returns data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data[:min(len(r.data), 1000)])
	r.data = r.data[n:]
	return n, nil
}

// TestOpenReadError checks an error reading the input is reported as
// such, naming it, and not as a corrupt stream.
func TestOpenReadError(t *testing.T) {
	errDisk := errors.New("disk on fire")
	content := logLines(2000)
	gz, zs := gzipBytes(t, content), zstdBytes(t, content)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", content[:len(content)/2]},
		{"gzip", gz[:len(gz)/2]},
		{"zstd", zs[:len(zs)/2]},
		{"zstd magic only", zs[:4]},
		{"gzip magic only", gz[:2]},  // fails Open
		{"gzip half header", gz[:4]}, // fails Open
		{"nothing", nil},             // fails Open
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := Open("-", &failingReader{data: tc.data, err: errDisk}, Limits{})
			if err == nil {
				defer in.Close()
				_, err = io.ReadAll(in)
			}
			if !errors.Is(err, errDisk) {
				t.Fatalf("error %v does not wrap the read error", err)
			}
			var fe *FormatError
			if errors.As(err, &fe) {
				t.Errorf("read error reported as a FormatError: %v", err)
			}
			if !strings.HasPrefix(err.Error(), "stdin: ") {
				t.Errorf("error %q does not start with the name", err)
			}
		})
	}
}

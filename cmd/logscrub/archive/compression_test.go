package archive

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompressionForPath(t *testing.T) {
	for _, tc := range []struct {
		path string
		want Compression
	}{
		{"app.log", None},
		{"app", None},
		{"", None},
		{"app.log.gz", Gzip},
		{"/var/log/app.log.GZ", Gzip},
		{"app.tgz", None},
		{"app.gz.log", None},
		{"app.log.zst", Zstd},
		{"app.log.zstd", Zstd},
		{"dir.gz/app.log", None},
		{".gz", Gzip},
	} {
		if got := CompressionForPath(tc.path); got != tc.want {
			t.Errorf("CompressionForPath(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestParseCompression(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Compression
		wantErr bool
	}{
		{"none", None, false},
		{"gzip", Gzip, false},
		{"zstd", Zstd, false},
		{"", None, true},
		{"gz", None, true},
		{"GZIP", None, true},
		{"zst", None, true},
	} {
		got, err := ParseCompression(tc.in)
		if tc.wantErr {
			if err == nil {
				t.Errorf("ParseCompression(%q) = %v, want an error", tc.in, got)
			} else if !strings.Contains(err.Error(), "none, gzip or zstd") {
				t.Errorf("ParseCompression(%q) error %q does not name the allowed values", tc.in, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseCompression(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
		}
		if s := got.String(); s != tc.in {
			t.Errorf("%v.String() = %q, want %q", got, s, tc.in)
		}
	}
	if s := Compression(9).String(); s != "Compression(9)" {
		t.Errorf("Compression(9).String() = %q", s)
	}
}

// TestNewWriter writes through NewWriter to a real file, reads it back
// through Open, and checks Close left the file open.
func TestNewWriter(t *testing.T) {
	content := logLines(20000)
	for _, c := range []Compression{None, Gzip, Zstd} {
		t.Run(c.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			w, err := NewWriter(f, c)
			if err != nil {
				t.Fatal(err)
			}
			// Uneven writes, some empty.
			for rest := content; len(rest) > 0; {
				n := min(len(rest), 1+len(rest)%7919)
				if _, err := w.Write(rest[:n]); err != nil {
					t.Fatal(err)
				}
				w.Write(nil)
				rest = rest[n:]
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			// Close did not close f: it still takes writes.
			if _, err := f.Write(nil); err != nil {
				t.Fatalf("file closed by the writer's Close: %v", err)
			}
			in, err := Open(path, nil, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			if in.Compression() != c {
				t.Errorf("read back as %v, want %v", in.Compression(), c)
			}
			got, err := io.ReadAll(in)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, content) {
				t.Errorf("read back %d bytes, differing from the %d written", len(got), len(content))
			}
			if c != None && in.Size() >= int64(len(content)) {
				t.Errorf("compressed size %d is not below %d", in.Size(), len(content))
			}
		})
	}
	if _, err := NewWriter(io.Discard, Compression(7)); err == nil {
		t.Error("NewWriter accepted Compression(7)")
	}
}

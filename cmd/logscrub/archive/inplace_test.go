package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// secretContent returns log lines holding "secret" here and there, and
// what redact makes of them.
func secretContent(n int) (content, want []byte) {
	lines := bytes.SplitAfter(logLines(n), []byte("\n"))
	for i, l := range lines {
		content = append(content, l...)
		if i%97 == 5 {
			line := fmt.Sprintf("2024-03-09T14:00:00Z WARN auth: token secret=s%d leaked, secret again\r\n", i)
			content = append(content, line...)
		}
	}
	return content, bytes.ReplaceAll(content, []byte("secret"), []byte("[REDACTED]"))
}

// compressed returns content compressed with c.
func compressed(t testing.TB, c Compression, content []byte) []byte {
	t.Helper()
	switch c {
	case Gzip:
		return gzipBytes(t, content)
	case Zstd:
		return zstdBytes(t, content)
	}
	return bytes.Clone(content)
}

// decompressed reads the file at path through Open and checks its
// compression.
func decompressed(t testing.TB, path string, want Compression) []byte {
	t.Helper()
	in, err := Open(path, nil, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if in.Compression() != want {
		t.Errorf("%s is %v, want %v", path, in.Compression(), want)
	}
	b, err := io.ReadAll(in)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func lstat(t testing.TB, path string) os.FileInfo {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// snapshot is what a file untouched keeps.
type snapshot struct {
	path  string
	fi    os.FileInfo
	bytes []byte
}

func snap(t testing.TB, path string) snapshot {
	t.Helper()
	s := snapshot{path: path, fi: lstat(t, path)}
	if s.fi.Mode().IsRegular() {
		s.bytes = readFile(t, path)
	}
	return s
}

// check fails t unless the file is as it was: same inode, mode, mtime and
// bytes.
func (s snapshot) check(t testing.TB) {
	t.Helper()
	fi := lstat(t, s.path)
	if !os.SameFile(fi, s.fi) {
		t.Errorf("%s was replaced", s.path)
	}
	if fi.Mode() != s.fi.Mode() || !fi.ModTime().Equal(s.fi.ModTime()) {
		t.Errorf("%s mode, mtime went from %v, %v to %v, %v", s.path, s.fi.Mode(), s.fi.ModTime(), fi.Mode(), fi.ModTime())
	}
	if fi.Mode().IsRegular() {
		if b := readFile(t, s.path); !bytes.Equal(b, s.bytes) {
			t.Errorf("%s content changed: %d bytes, was %d", s.path, len(b), len(s.bytes))
		}
	}
}

// oldTime is set as the mtime of the files, so that a rewrite shows.
var oldTime = time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)

// makeFile writes data to dir/name with mode and an old mtime.
func makeFile(t testing.TB, dir, name string, data []byte, mode fs.FileMode) string {
	t.Helper()
	path := filepath.Join(dir, name)
	writeFile(t, path, data)
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, oldTime, oldTime); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestScrubInPlaceRewrites rewrites plain, gzip and zstd files, whatever
// their names, and checks the content, compression, mode and inode.
func TestScrubInPlaceRewrites(t *testing.T) {
	content, want := secretContent(3000)
	half := len(content) / 2
	for _, tc := range []struct {
		name string
		comp Compression
		raw  []byte
	}{
		{"app.log", None, content},
		{"app.log.gz", Gzip, gzipBytes(t, content)},
		{"app.log.zst", Zstd, zstdBytes(t, content)},
		{"gzip-named.log", Gzip, gzipBytes(t, content)},
		{"zstd-named.gz", Zstd, zstdBytes(t, content)},
		{"multi-member.gz", Gzip, append(gzipBytes(t, content[:half]), gzipBytes(t, content[half:])...)},
		{"multi-frame.zst", Zstd, append(zstdBytes(t, content[:half]), zstdBytes(t, content[half:])...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := makeFile(t, dir, tc.name, tc.raw, 0o640)
			before := lstat(t, path)
			var tmpSeen []string
			rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
				// While scrubbing, the temporary file is there, beside
				// the original, and readable by its owner only.
				tmpSeen = tmpFiles(t, path)
				for _, tmp := range tmpSeen {
					if m := lstat(t, tmp).Mode(); m != 0o600 {
						t.Errorf("temporary file %s has mode %v, want 0600", tmp, m)
					}
				}
				return redact(dst, src)
			})
			if err != nil || !rewritten {
				t.Fatalf("ScrubInPlace = %v, %v, want true, nil", rewritten, err)
			}
			if len(tmpSeen) != 1 {
				t.Errorf("temporary files while scrubbing: %q, want one", tmpSeen)
			}
			noTmpFiles(t, path)
			if got := decompressed(t, path, tc.comp); !bytes.Equal(got, want) {
				t.Errorf("rewritten content of %d bytes differs from the %d expected", len(got), len(want))
			}
			after := lstat(t, path)
			if after.Mode() != 0o640 {
				t.Errorf("mode %v, want 0640", after.Mode())
			}
			if os.SameFile(before, after) {
				t.Error("same inode after the rewrite: not renamed over")
			}
			if after.ModTime().Equal(oldTime) {
				t.Error("mtime unchanged after the rewrite")
			}
			// Nothing else appeared in the directory.
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("directory holds %d entries", len(entries))
			}
			// A second run finds nothing to change.
			s := snap(t, path)
			rewritten, err = ScrubInPlace(path, Limits{}, redact)
			if err != nil || rewritten {
				t.Errorf("second ScrubInPlace = %v, %v, want false, nil", rewritten, err)
			}
			s.check(t)
		})
	}
}

// TestScrubInPlaceModes keeps unusual modes, set-id bits included.
func TestScrubInPlaceModes(t *testing.T) {
	content, _ := secretContent(200)
	for _, mode := range []fs.FileMode{0o600, 0o444, 0o604, 0o755, 0o640 | fs.ModeSetgid, 0o750 | fs.ModeSetuid} {
		path := makeFile(t, t.TempDir(), "app.log", content, mode)
		if got := lstat(t, path).Mode(); got != mode {
			t.Logf("cannot set mode %v here (got %v); skipped", mode, got)
			continue
		}
		if _, err := ScrubInPlace(path, Limits{}, redact); err != nil {
			t.Fatal(err)
		}
		if got := lstat(t, path).Mode(); got != mode {
			t.Errorf("mode %v became %v", mode, got)
		}
	}
}

// TestScrubInPlaceUnchanged checks a file with nothing to scrub is left
// alone: same inode, same mtime, same bytes.
func TestScrubInPlaceUnchanged(t *testing.T) {
	content := logLines(2000)
	for _, c := range []Compression{None, Gzip, Zstd} {
		t.Run(c.String(), func(t *testing.T) {
			path := makeFile(t, t.TempDir(), "app.log", compressed(t, c, content), 0o640)
			s := snap(t, path)
			rewritten, err := ScrubInPlace(path, Limits{}, redact)
			if err != nil || rewritten {
				t.Fatalf("ScrubInPlace = %v, %v, want false, nil", rewritten, err)
			}
			s.check(t)
			noTmpFiles(t, path)
		})
	}
	t.Run("empty", func(t *testing.T) {
		path := makeFile(t, t.TempDir(), "empty.log", nil, 0o644)
		s := snap(t, path)
		called := false
		rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
			called = true
			return redact(dst, src)
		})
		if err != nil || rewritten || !called {
			t.Fatalf("ScrubInPlace = %v, %v (scrub called: %v)", rewritten, err, called)
		}
		s.check(t)
		noTmpFiles(t, path)
	})
}

// TestScrubInPlaceSymlink rewrites the target of a symbolic link, relative
// and absolute, and leaves the link a link.
func TestScrubInPlaceSymlink(t *testing.T) {
	content, want := secretContent(500)
	for _, relative := range []bool{true, false} {
		t.Run(fmt.Sprintf("relative=%v", relative), func(t *testing.T) {
			root := t.TempDir()
			linkDir, targetDir := filepath.Join(root, "links"), filepath.Join(root, "data")
			for _, d := range []string{linkDir, targetDir} {
				if err := os.Mkdir(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			target := makeFile(t, targetDir, "app-2024.log.gz", gzipBytes(t, content), 0o640)
			dest := target
			if relative {
				dest = "../data/app-2024.log.gz"
			}
			link := filepath.Join(linkDir, "current.log")
			if err := os.Symlink(dest, link); err != nil {
				t.Fatal(err)
			}
			rewritten, err := ScrubInPlace(link, Limits{}, redact)
			if err != nil || !rewritten {
				t.Fatalf("ScrubInPlace = %v, %v", rewritten, err)
			}
			fi := lstat(t, link)
			if fi.Mode()&fs.ModeSymlink == 0 {
				t.Fatalf("link became %v", fi.Mode())
			}
			if got, _ := os.Readlink(link); got != dest {
				t.Errorf("link points to %q, want %q", got, dest)
			}
			if got := decompressed(t, target, Gzip); !bytes.Equal(got, want) {
				t.Error("target content not scrubbed")
			}
			if m := lstat(t, target).Mode(); m != 0o640 {
				t.Errorf("target mode %v", m)
			}
			noTmpFiles(t, link)
			noTmpFiles(t, target)
			if entries, _ := os.ReadDir(linkDir); len(entries) != 1 {
				t.Errorf("link directory holds %d entries", len(entries))
			}
		})
	}
}

// TestScrubInPlaceRefuses checks what may not be rewritten is refused
// before scrub runs, and left as it was.
func TestScrubInPlaceRefuses(t *testing.T) {
	content, _ := secretContent(100)
	dir := t.TempDir()

	neverCalled := func(t *testing.T) func(io.Writer, io.Reader) (bool, error) {
		return func(io.Writer, io.Reader) (bool, error) {
			t.Error("scrub called")
			return false, nil
		}
	}

	t.Run("stdin", func(t *testing.T) {
		if _, err := ScrubInPlace("-", Limits{}, neverCalled(t)); err == nil || !strings.HasPrefix(err.Error(), "stdin") {
			t.Errorf("ScrubInPlace(-) = %v", err)
		}
	})
	t.Run("directory", func(t *testing.T) {
		d := filepath.Join(dir, "logs.d")
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		s := snap(t, d)
		_, err := ScrubInPlace(d, Limits{}, neverCalled(t))
		if err == nil || !strings.HasPrefix(err.Error(), d+": ") || !strings.Contains(err.Error(), "directory") {
			t.Errorf("ScrubInPlace(directory) = %v", err)
		}
		s.check(t)
	})
	t.Run("fifo", func(t *testing.T) {
		fifo := filepath.Join(dir, "pipe.log")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		s := snap(t, fifo)
		done := make(chan error, 1)
		go func() {
			_, err := ScrubInPlace(fifo, Limits{}, neverCalled(t))
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.HasPrefix(err.Error(), fifo+": ") || !strings.Contains(err.Error(), "pipe") {
				t.Errorf("ScrubInPlace(fifo) = %v", err)
			}
		case <-time.After(10 * time.Second):
			// It opened the FIFO and waits for a writer: unblock it.
			if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
				f.Close()
			}
			t.Fatal("ScrubInPlace blocked on a FIFO")
		}
		s.check(t)
		noTmpFiles(t, fifo)
	})
	t.Run("hard links", func(t *testing.T) {
		path := makeFile(t, dir, "linked.log", content, 0o644)
		other := filepath.Join(dir, "linked-too.log")
		if err := os.Link(path, other); err != nil {
			t.Skipf("link: %v", err)
		}
		s := snap(t, path)
		for _, p := range []string{path, other} {
			_, err := ScrubInPlace(p, Limits{}, neverCalled(t))
			if err == nil || !strings.HasPrefix(err.Error(), p+": ") || !strings.Contains(err.Error(), "2 hard links") {
				t.Errorf("ScrubInPlace(hard link) = %v", err)
			}
			noTmpFiles(t, p)
		}
		s.check(t)
		// Through a symbolic link too.
		link := filepath.Join(dir, "symlink-to-linked.log")
		if err := os.Symlink(path, link); err != nil {
			t.Fatal(err)
		}
		if _, err := ScrubInPlace(link, Limits{}, neverCalled(t)); err == nil {
			t.Error("ScrubInPlace accepted a symlink to a file with 2 hard links")
		}
		s.check(t)
	})
	t.Run("missing", func(t *testing.T) {
		missing := filepath.Join(dir, "missing.log")
		_, err := ScrubInPlace(missing, Limits{}, neverCalled(t))
		if err == nil || !strings.HasPrefix(err.Error(), missing+": ") || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("ScrubInPlace(missing) = %v", err)
		}
		if _, err := os.Lstat(missing); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("missing file created: %v", err)
		}
	})
	t.Run("dangling symlink", func(t *testing.T) {
		link := filepath.Join(dir, "dangling.log")
		if err := os.Symlink("nowhere.log", link); err != nil {
			t.Fatal(err)
		}
		if _, err := ScrubInPlace(link, Limits{}, neverCalled(t)); err == nil || !strings.HasPrefix(err.Error(), link+": ") {
			t.Errorf("ScrubInPlace(dangling) = %v", err)
		}
	})
	t.Run("nil scrub", func(t *testing.T) {
		path := makeFile(t, dir, "nil.log", content, 0o644)
		s := snap(t, path)
		if _, err := ScrubInPlace(path, Limits{}, nil); err == nil {
			t.Error("ScrubInPlace accepted a nil scrub")
		}
		s.check(t)
		noTmpFiles(t, path)
	})
	t.Run("negative ratio", func(t *testing.T) {
		path := makeFile(t, dir, "ratio.log.gz", gzipBytes(t, content), 0o644)
		s := snap(t, path)
		if _, err := ScrubInPlace(path, Limits{MaxRatio: -1}, neverCalled(t)); err == nil {
			t.Error("ScrubInPlace accepted a negative ratio")
		}
		s.check(t)
		noTmpFiles(t, path)
	})
}

// TestScrubInPlaceScrubError checks an error from scrub midway is returned
// as it is, and leaves the original intact and no temporary file.
func TestScrubInPlaceScrubError(t *testing.T) {
	content, _ := secretContent(3000)
	boom := errors.New("boom")
	for _, c := range []Compression{None, Gzip, Zstd} {
		t.Run(c.String(), func(t *testing.T) {
			path := makeFile(t, t.TempDir(), "app.log", compressed(t, c, content), 0o640)
			s := snap(t, path)
			_, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
				// Write some output, more than the buffers hold, then fail.
				if _, err := io.CopyN(dst, src, int64(len(content)/2)); err != nil {
					return false, err
				}
				if len(tmpFiles(t, path)) != 1 {
					t.Error("no temporary file while scrubbing")
				}
				return true, boom
			})
			if err != boom {
				t.Errorf("ScrubInPlace = %v, want scrub's error as it is", err)
			}
			s.check(t)
			noTmpFiles(t, path)
		})
	}
}

// TestScrubInPlacePanic checks a panic in scrub goes on, after the
// temporary file is removed.
func TestScrubInPlacePanic(t *testing.T) {
	content, _ := secretContent(2000)
	for _, c := range []Compression{None, Zstd} {
		t.Run(c.String(), func(t *testing.T) {
			path := makeFile(t, t.TempDir(), "app.log", compressed(t, c, content), 0o640)
			s := snap(t, path)
			func() {
				defer func() {
					if r := recover(); r != "scrub exploded" {
						t.Errorf("recovered %v, want the scrub's panic", r)
					}
				}()
				ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
					io.CopyN(dst, src, 100000)
					panic("scrub exploded")
				})
				t.Error("ScrubInPlace returned")
			}()
			s.check(t)
			noTmpFiles(t, path)
		})
	}
}

// TestScrubInPlaceEarlyReturn checks a scrub that stops before the end of
// its input fails ScrubInPlace, whether it reports a change or not.
func TestScrubInPlaceEarlyReturn(t *testing.T) {
	content, _ := secretContent(2000)
	for _, c := range []Compression{None, Gzip, Zstd} {
		for _, changed := range []bool{true, false} {
			t.Run(fmt.Sprintf("%v/changed=%v", c, changed), func(t *testing.T) {
				path := makeFile(t, t.TempDir(), "app.log", compressed(t, c, content), 0o640)
				s := snap(t, path)
				rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
					// Everything but the last byte, and a changed copy.
					buf := make([]byte, len(content)-1)
					if _, err := io.ReadFull(src, buf); err != nil {
						return false, err
					}
					dst.Write(bytes.ReplaceAll(buf, []byte("secret"), []byte("[REDACTED]")))
					return changed, nil
				})
				if err == nil || rewritten {
					t.Fatalf("ScrubInPlace = %v, %v, want an error", rewritten, err)
				}
				if !strings.HasPrefix(err.Error(), path+": ") {
					t.Errorf("error %q does not name the file", err)
				}
				s.check(t)
				noTmpFiles(t, path)
			})
		}
	}
}

// TestScrubInPlaceCorrupt checks a corrupt or truncated input is a
// FormatError that leaves the original intact, even when scrub drops the
// read error.
func TestScrubInPlaceCorrupt(t *testing.T) {
	content, _ := secretContent(3000)
	gz := gzipBytes(t, content)
	corrupt := bytes.Clone(gz)
	corrupt[len(corrupt)/2] ^= 0xff
	corrupt[len(corrupt)/2+1] ^= 0xff
	zs := zstdBytes(t, content)
	for _, tc := range []struct {
		name string
		comp Compression
		raw  []byte
	}{
		{"corrupt.gz", Gzip, corrupt},
		{"truncated.gz", Gzip, gz[:len(gz)-4]},
		{"trailing.gz", Gzip, append(bytes.Clone(gz), "garbage"...)},
		{"truncated.zst", Zstd, zs[:len(zs)/2]},
		{"header.gz", Gzip, gz[:6]},
	} {
		for _, drop := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/drop=%v", tc.name, drop), func(t *testing.T) {
				path := makeFile(t, t.TempDir(), tc.name, tc.raw, 0o640)
				s := snap(t, path)
				rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
					changed, err := redact(dst, src)
					if drop {
						return true, nil // a careless scrub
					}
					return changed, err
				})
				if err == nil || rewritten {
					t.Fatalf("ScrubInPlace = %v, %v, want an error", rewritten, err)
				}
				fe := asFormatError(t, err)
				if fe.Name != path || fe.Compression != tc.comp {
					t.Errorf("FormatError %v: Name %q, Compression %v", fe, fe.Name, fe.Compression)
				}
				s.check(t)
				noTmpFiles(t, path)
			})
		}
	}
}

// TestScrubInPlaceBomb checks an over-expanding input is refused.
func TestScrubInPlaceBomb(t *testing.T) {
	var b bytes.Buffer
	if err := writeRLEFrame(&b, 0x50, 64<<20, 's'); err != nil {
		t.Fatal(err)
	}
	path := makeFile(t, t.TempDir(), "bomb.log", b.Bytes(), 0o644)
	s := snap(t, path)
	_, err := ScrubInPlace(path, Limits{MaxRatio: 5}, redact)
	if !errors.Is(err, ErrExpansion) {
		t.Errorf("ScrubInPlace = %v, want ErrExpansion", err)
	}
	s.check(t)
	noTmpFiles(t, path)
}

// TestScrubInPlaceAppended appends to the file while it is being scrubbed:
// the original, with what was appended, stays.
func TestScrubInPlaceAppended(t *testing.T) {
	content, _ := secretContent(2000)
	for _, c := range []Compression{None, Gzip} {
		t.Run(c.String(), func(t *testing.T) {
			path := makeFile(t, t.TempDir(), "app.log", compressed(t, c, content), 0o640)
			raw := readFile(t, path)
			appended := compressed(t, c, []byte("late line with a secret\n"))
			rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
				changed, err := redact(dst, src)
				f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
				if ferr != nil {
					t.Error(ferr)
					return changed, err
				}
				f.Write(appended)
				f.Close()
				return changed, err
			})
			if err == nil || rewritten {
				t.Fatalf("ScrubInPlace = %v, %v, want an error", rewritten, err)
			}
			if !strings.Contains(err.Error(), "modified while being scrubbed") || !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error %q", err)
			}
			if got := readFile(t, path); !bytes.Equal(got, append(raw, appended...)) {
				t.Errorf("file holds %d bytes, want the %d of the original and the append", len(got), len(raw)+len(appended))
			}
			noTmpFiles(t, path)
		})
	}
}

// TestScrubInPlaceOwner checks the owner and group are kept; it needs
// root to give the file another owner first.
func TestScrubInPlaceOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to chown")
	}
	content, want := secretContent(300)
	for _, c := range []Compression{None, Zstd} {
		path := makeFile(t, t.TempDir(), "owned.log", compressed(t, c, content), 0o640)
		if err := os.Chown(path, 1234, 1234); err != nil {
			t.Fatal(err)
		}
		rewritten, err := ScrubInPlace(path, Limits{}, redact)
		if err != nil || !rewritten {
			t.Fatalf("ScrubInPlace = %v, %v", rewritten, err)
		}
		st := lstat(t, path).Sys().(*syscall.Stat_t)
		if st.Uid != 1234 || st.Gid != 1234 {
			t.Errorf("%v: owner %d:%d, want 1234:1234", c, st.Uid, st.Gid)
		}
		if m := lstat(t, path).Mode(); m != 0o640 {
			t.Errorf("%v: mode %v", c, m)
		}
		if got := decompressed(t, path, c); !bytes.Equal(got, want) {
			t.Errorf("%v: content differs", c)
		}
	}
}

// TestCleanStale checks only the exact names of temporary files are
// removed.
func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	path := makeFile(t, dir, "app.log", logLines(10), 0o644)
	stale := []string{
		".app.log.logscrub-tmp-0123456789abcdef",
		".app.log.logscrub-tmp-fedcba9876543210",
	}
	kept := []string{
		"app.log",
		".app.log.logscrub-tmp-xyz",
		".app.log.logscrub-tmp-0123456789abcde",   // 15 digits
		".app.log.logscrub-tmp-0123456789abcdef0", // 17
		".app.log.logscrub-tmp-0123456789abcdeg",
		".app.log.logscrub-tmp-",
		"app.log.logscrub-tmp-0123456789abcdef",    // no leading dot
		".other.log.logscrub-tmp-0123456789abcdef", // another file's
		".app.log.1.logscrub-tmp-0123456789abcdef",
		".app.logscrub-tmp-0123456789abcdef",
		"..app.log.logscrub-tmp-0123456789abcdef",
	}
	for _, name := range append(stale, kept...) {
		if name != "app.log" {
			writeFile(t, filepath.Join(dir, name), []byte("tmp\n"))
		}
	}
	// A directory and a symlink named like temporary files stay.
	dirLike := ".app.log.logscrub-tmp-00000000000000aa"
	if err := os.Mkdir(filepath.Join(dir, dirLike), 0o755); err != nil {
		t.Fatal(err)
	}
	linkLike := ".app.log.logscrub-tmp-00000000000000bb"
	if err := os.Symlink("app.log", filepath.Join(dir, linkLike)); err != nil {
		t.Fatal(err)
	}
	kept = append(kept, dirLike, linkLike)

	removed, err := CleanStale(path)
	if err != nil || removed != len(stale) {
		t.Fatalf("CleanStale = %d, %v, want %d, nil", removed, err, len(stale))
	}
	for _, name := range stale {
		if _, err := os.Lstat(filepath.Join(dir, name)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s not removed: %v", name, err)
		}
	}
	for _, name := range kept {
		if _, err := os.Lstat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
	if removed, err := CleanStale(path); err != nil || removed != 0 {
		t.Errorf("second CleanStale = %d, %v", removed, err)
	}

	t.Run("gone", func(t *testing.T) {
		dir := t.TempDir()
		tmp := filepath.Join(dir, ".gone.log.logscrub-tmp-0123456789abcdef")
		writeFile(t, tmp, nil)
		removed, err := CleanStale(filepath.Join(dir, "gone.log"))
		if err != nil || removed != 1 {
			t.Errorf("CleanStale(gone) = %d, %v", removed, err)
		}
		if _, err := os.Lstat(tmp); !errors.Is(err, fs.ErrNotExist) {
			t.Error("temporary file kept")
		}
	})
	t.Run("symlink", func(t *testing.T) {
		root := t.TempDir()
		target := makeFile(t, root, "app-2024.log", nil, 0o644)
		tmp := filepath.Join(root, ".app-2024.log.logscrub-tmp-0123456789abcdef")
		writeFile(t, tmp, nil)
		linkDir := filepath.Join(root, "links")
		os.Mkdir(linkDir, 0o755)
		link := filepath.Join(linkDir, "current.log")
		if err := os.Symlink("../app-2024.log", link); err != nil {
			t.Fatal(err)
		}
		linkTmp := filepath.Join(linkDir, ".current.log.logscrub-tmp-0123456789abcdef")
		writeFile(t, linkTmp, nil)
		removed, err := CleanStale(link)
		if err != nil || removed != 1 {
			t.Errorf("CleanStale(link) = %d, %v", removed, err)
		}
		if _, err := os.Lstat(tmp); !errors.Is(err, fs.ErrNotExist) {
			t.Error("the target's temporary file kept")
		}
		if _, err := os.Lstat(linkTmp); err != nil {
			t.Error("a temporary file of the link's own name removed")
		}
		// The target is gone now (rotated away): the link dangles, its
		// target's temporary files are still found.
		writeFile(t, tmp, nil)
		if err := os.Remove(target); err != nil {
			t.Fatal(err)
		}
		removed, err = CleanStale(link)
		if err != nil || removed != 1 {
			t.Errorf("CleanStale(dangling link) = %d, %v", removed, err)
		}
		if _, err := os.Lstat(tmp); !errors.Is(err, fs.ErrNotExist) {
			t.Error("the dangling link's target's temporary file kept")
		}
	})
	t.Run("dangling chain", func(t *testing.T) {
		// links/current.log -> ../real/link.log -> (gone) archive/app.log,
		// with real reached through a symlinked directory.
		root := t.TempDir()
		for _, d := range []string{"links", "real", "archive"} {
			if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Symlink("real", filepath.Join(root, "alias")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("../alias/link.log", filepath.Join(root, "links", "current.log")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("../archive/app.log", filepath.Join(root, "real", "link.log")); err != nil {
			t.Fatal(err)
		}
		tmp := filepath.Join(root, "archive", ".app.log.logscrub-tmp-0123456789abcdef")
		writeFile(t, tmp, nil)
		removed, err := CleanStale(filepath.Join(root, "links", "current.log"))
		if err != nil || removed != 1 {
			t.Errorf("CleanStale(dangling chain) = %d, %v", removed, err)
		}
		if _, err := os.Lstat(tmp); !errors.Is(err, fs.ErrNotExist) {
			t.Error("the chain's target's temporary file kept")
		}
		// Once the target is back, ScrubInPlace rewrites it through the
		// chain, the links staying links.
		content, want := secretContent(100)
		target := makeFile(t, filepath.Join(root, "archive"), "app.log", content, 0o644)
		if rewritten, err := ScrubInPlace(filepath.Join(root, "links", "current.log"), Limits{}, redact); err != nil || !rewritten {
			t.Fatalf("ScrubInPlace(chain) = %v, %v", rewritten, err)
		}
		if !bytes.Equal(readFile(t, target), want) {
			t.Error("target not scrubbed")
		}
		for _, l := range []string{"links/current.log", "real/link.log"} {
			if lstat(t, filepath.Join(root, l)).Mode()&fs.ModeSymlink == 0 {
				t.Errorf("%s is no longer a link", l)
			}
		}
	})
	t.Run("stdin", func(t *testing.T) {
		if _, err := CleanStale("-"); err == nil {
			t.Error("CleanStale(-) succeeded")
		}
	})
	t.Run("missing directory", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "no", "app.log")
		if _, err := CleanStale(missing); err == nil || !strings.HasPrefix(err.Error(), missing+": ") {
			t.Errorf("CleanStale(missing directory) = %v", err)
		}
	})
}

// TestScrubInPlaceCleansStale checks a run removes the stale temporary
// files of its path, even when it changes nothing, and only those.
func TestScrubInPlaceCleansStale(t *testing.T) {
	dir := t.TempDir()
	path := makeFile(t, dir, "app.log", logLines(100), 0o644)
	stale := filepath.Join(dir, ".app.log.logscrub-tmp-0123456789abcdef")
	other := filepath.Join(dir, ".other.log.logscrub-tmp-0123456789abcdef")
	writeFile(t, stale, []byte("partial"))
	writeFile(t, other, []byte("partial"))
	if _, err := ScrubInPlace(path, Limits{}, redact); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Error("stale temporary file kept")
	}
	if _, err := os.Lstat(other); err != nil {
		t.Error("another file's temporary file removed")
	}
}

const (
	helperEnv       = "LOGSCRUB_ARCHIVE_TEST_HELPER"
	helperPathEnv   = "LOGSCRUB_ARCHIVE_TEST_PATH"
	helperMarkerEnv = "LOGSCRUB_ARCHIVE_TEST_MARKER"
)

// TestHelperProcess is not a test: TestScrubInPlaceKilled runs the test
// binary with it, to scrub a file, stall midway and be killed.
func TestHelperProcess(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		t.Skip("helper process for TestScrubInPlaceKilled")
	}
	path, marker := os.Getenv(helperPathEnv), os.Getenv(helperMarkerEnv)
	_, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
		// Write a part of the output, past the buffers, then stall.
		r := bufio.NewReader(src)
		for written := 0; written < 1<<20; {
			line, err := r.ReadBytes('\n')
			if err != nil {
				return false, err
			}
			n, err := dst.Write(bytes.ReplaceAll(line, []byte("secret"), []byte("[REDACTED]")))
			if err != nil {
				return false, err
			}
			written += n
		}
		// Until some of it reached the temporary file.
		for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
			if tmps := tmpFiles(t, path); len(tmps) == 1 {
				if fi, err := os.Stat(tmps[0]); err == nil && fi.Size() > 0 {
					break
				}
			}
			if time.Since(start) > 20*time.Second {
				return false, errors.New("nothing written to the temporary file")
			}
		}
		if err := os.WriteFile(marker, []byte("ready"), 0o644); err != nil {
			return false, err
		}
		time.Sleep(time.Hour)
		return false, errors.New("woke up")
	})
	fmt.Fprintln(os.Stderr, "helper: ScrubInPlace returned:", err)
	os.Exit(3)
}

// scrubAndKill runs ScrubInPlace on path in a child process, kills it with
// SIGKILL once it has written part of the output, and returns the
// temporary files it left.
func scrubAndKill(t *testing.T, path string) []string {
	t.Helper()
	marker := filepath.Join(t.TempDir(), "ready")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"=1", helperPathEnv+"="+path, helperMarkerEnv+"="+marker)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(30 * time.Second)
wait:
	for {
		select {
		case err := <-exited:
			t.Fatalf("helper exited before it was killed: %v\n%s", err, stderr.Bytes())
		case <-deadline:
			cmd.Process.Kill()
			<-exited
			t.Fatalf("helper not ready after 30s\n%s", stderr.Bytes())
		case <-time.After(10 * time.Millisecond):
			if _, err := os.Stat(marker); err == nil {
				break wait
			}
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("helper ended with %v, want killed by SIGKILL", err)
	}
	return tmpFiles(t, path)
}

// TestScrubInPlaceKilled kills a run midway: the original is intact, the
// temporary file it left is removed by CleanStale or by the next run.
func TestScrubInPlaceKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process")
	}
	content, want := secretContent(4000)
	for len(content) < 4<<20 {
		content = append(content, content...)
		want = append(want, want...)
	}
	for _, tc := range []struct {
		name string
		comp Compression
		then func(t *testing.T, path string)
	}{
		{"CleanStale", None, func(t *testing.T, path string) {
			removed, err := CleanStale(path)
			if err != nil || removed != 1 {
				t.Errorf("CleanStale = %d, %v, want 1, nil", removed, err)
			}
			noTmpFiles(t, path)
			rewritten, err := ScrubInPlace(path, Limits{}, redact)
			if err != nil || !rewritten {
				t.Errorf("ScrubInPlace after CleanStale = %v, %v", rewritten, err)
			}
		}},
		{"ScrubInPlace", Zstd, func(t *testing.T, path string) {
			var during []string
			rewritten, err := ScrubInPlace(path, Limits{}, func(dst io.Writer, src io.Reader) (bool, error) {
				during = tmpFiles(t, path)
				return redact(dst, src)
			})
			if err != nil || !rewritten {
				t.Errorf("second ScrubInPlace = %v, %v", rewritten, err)
			}
			if len(during) != 1 {
				t.Errorf("temporary files during the second run: %q, want its own only", during)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := makeFile(t, t.TempDir(), "big.log", compressed(t, tc.comp, content), 0o640)
			s := snap(t, path)
			left := scrubAndKill(t, path)
			s.check(t)
			if len(left) != 1 {
				t.Fatalf("temporary files after the kill: %q, want one", left)
			}
			if fi := lstat(t, left[0]); !fi.Mode().IsRegular() || fi.Size() == 0 {
				t.Errorf("temporary file %s: %v, %d bytes; want part of the output", left[0], fi.Mode(), fi.Size())
			}
			tc.then(t, path)
			noTmpFiles(t, path)
			if got := decompressed(t, path, tc.comp); !bytes.Equal(got, want) {
				t.Error("content after the rerun differs")
			}
			if m := lstat(t, path).Mode(); m != 0o640 {
				t.Errorf("mode %v", m)
			}
		})
	}
}

// TestScrubInPlaceRelative scrubs and cleans names relative to the working
// directory, through a relative link too.
func TestScrubInPlaceRelative(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	content, want := secretContent(200)
	makeFile(t, ".", "app.log", content, 0o644)
	if err := os.Symlink("app.log", "current.log"); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"app.log", "current.log"} {
		writeFile(t, ".app.log.logscrub-tmp-0123456789abcdef", nil)
		if removed, err := CleanStale(name); err != nil || removed != 1 {
			t.Errorf("CleanStale(%q) = %d, %v", name, removed, err)
		}
	}
	if rewritten, err := ScrubInPlace("current.log", Limits{}, redact); err != nil || !rewritten {
		t.Fatalf("ScrubInPlace = %v, %v", rewritten, err)
	}
	if !bytes.Equal(readFile(t, "app.log"), want) {
		t.Error("app.log not scrubbed")
	}
	noTmpFiles(t, "app.log")
	// The target gone, the dangling relative link still finds its
	// temporary files.
	if err := os.Remove("app.log"); err != nil {
		t.Fatal(err)
	}
	writeFile(t, ".app.log.logscrub-tmp-0123456789abcdef", nil)
	if removed, err := CleanStale("current.log"); err != nil || removed != 1 {
		t.Errorf("CleanStale(dangling current.log) = %d, %v", removed, err)
	}
	if entries, _ := os.ReadDir("."); len(entries) != 1 {
		t.Errorf("directory holds %d entries, want the link only", len(entries))
	}
}

package archive

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const (
	// tmpMarker sits between "." + base and the random suffix in the name
	// of a temporary file.
	tmpMarker = ".logscrub-tmp-"
	// suffixLen is the length of the random suffix, in hex digits.
	suffixLen = 16

	writeBufSize = 64 << 10
)

// ScrubInPlace rewrites the file at path through scrub, keeping its
// compression (as its content says: gzip is rewritten as one gzip member,
// zstd as zstd, plain as plain), its mode and, best effort, its owner.
// A symbolic link is followed and its target rewritten, so the link stays
// a link. Directories, FIFOs, devices, "-" and files with more than one
// hard link (whose other names would keep the old content) are refused.
//
// scrub reads the decompressed content from src and writes the result to
// dst; it reports whether it changed any byte. It must read src to its end:
// if it returns early, ScrubInPlace fails. Its error is returned as it is.
//
// The result goes to a temporary file in the same directory, named
// "." + base + ".logscrub-tmp-" + a random suffix, which is synced and
// renamed over the original, and then the directory is synced. When scrub
// reports no change, the temporary file is removed and the original is not
// touched (its inode and mtime stay) and rewritten is false. If the original
// changes while it is being scrubbed (a logger still appending to it), it is
// left alone and ScrubInPlace fails.
//
// On any error, or a panic in scrub (which goes on after the cleanup), the
// temporary file is removed and the original is intact; the one exception is
// a failure to sync the directory after the rename, returned with rewritten
// true. At start ScrubInPlace removes the stale temporary files of the same
// path left by a run that was killed (see [CleanStale]), so two runs on the
// same path must not overlap. Extended attributes and ACLs are not kept.
func ScrubInPlace(path string, lim Limits, scrub func(dst io.Writer, src io.Reader) (changed bool, err error)) (rewritten bool, err error) {
	if path == "-" {
		return false, errors.New("stdin: cannot be scrubbed in place")
	}
	if scrub == nil {
		return false, fmt.Errorf("%s: no scrub function", path)
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false, fileError(path, "resolve", err)
	}
	fi, err := os.Lstat(target)
	if err != nil {
		return false, fileError(path, "stat", err)
	}
	if !fi.Mode().IsRegular() {
		return false, fmt.Errorf("%s: not a regular file (%s)", path, fileKind(fi.Mode()))
	}
	if n := linkCount(fi); n > 1 {
		return false, fmt.Errorf("%s: has %d hard links; rewriting it would leave the old content under the other names", path, n)
	}
	if _, err := cleanStale(target, path); err != nil {
		return false, err
	}

	in, err := open(target, path, nil, lim)
	if err != nil {
		return false, err
	}
	defer in.Close()
	if ofi, err := in.file.Stat(); err != nil || !os.SameFile(fi, ofi) {
		return false, fmt.Errorf("%s: replaced while being opened", path)
	}

	dir, prefix := tmpName(target)
	tmp, err := createTemp(dir, prefix)
	if err != nil {
		return false, fileError(path, "create temporary file", err)
	}
	renamed := false
	defer func() {
		// Runs on errors and on a panic in scrub alike.
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	bw := bufio.NewWriterSize(tmp, writeBufSize)
	cw, err := NewWriter(bw, in.Compression())
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	changed, err := scrub(cw, in)
	if err != nil {
		return false, err
	}
	// The input must have been read whole; Read's errors are sticky, so a
	// decoding error scrub dropped comes back here.
	var one [1]byte
	if n, err := in.Read(one[:]); n > 0 {
		return false, fmt.Errorf("%s: scrub returned before the end of the input", path)
	} else if err != io.EOF {
		return false, err
	}
	if !changed {
		return false, nil
	}

	if err := cw.Close(); err != nil {
		return false, fileError(path, "write temporary file", err)
	}
	if err := bw.Flush(); err != nil {
		return false, fileError(path, "write temporary file", err)
	}
	chownLike(tmp, fi)
	// After the chown, which may clear the set-id bits.
	if err := tmp.Chmod(fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return false, fileError(path, "chmod temporary file", err)
	}
	if err := tmp.Sync(); err != nil {
		return false, fileError(path, "sync temporary file", err)
	}
	if err := tmp.Close(); err != nil {
		return false, fileError(path, "close temporary file", err)
	}
	now, err := os.Lstat(target)
	if err != nil {
		return false, fileError(path, "stat", err)
	}
	if !os.SameFile(fi, now) || now.Size() != fi.Size() || !now.ModTime().Equal(fi.ModTime()) {
		return false, fmt.Errorf("%s: modified while being scrubbed (size %d, now %d); left as it was", path, fi.Size(), now.Size())
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return false, fileError(path, "rename temporary file", err)
	}
	renamed = true
	if err := syncDir(dir); err != nil {
		return true, fileError(path, "sync directory", err)
	}
	return true, nil
}

// CleanStale removes the temporary files [ScrubInPlace] leaves beside path
// when it is killed, and returns how many it removed. path may be a
// symbolic link, as for ScrubInPlace, a file that no longer exists, or a
// link to one (its temporary files are named after the target). Only
// regular files whose name is exactly "." + base + ".logscrub-tmp-" and 16
// hex digits are removed. It must not run while ScrubInPlace runs on the
// same path.
func CleanStale(path string) (removed int, err error) {
	if path == "-" {
		return 0, errors.New("stdin: has no temporary files")
	}
	target, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		// The file is gone, but path may still be a link to it: the
		// temporary files are named after the link's target.
		target, err = danglingTarget(path), nil
	}
	if err != nil {
		return 0, fileError(path, "resolve", err)
	}
	return cleanStale(target, path)
}

// danglingTarget returns the name that path, whose last name does not
// resolve, points to: path itself when it does not exist, or the target
// its chain of symbolic links ends at when it is a dangling link. It
// returns path when the directory cannot be resolved either.
func danglingTarget(path string) string {
	p := path
	for range 255 { // links to follow at most, as EvalSymlinks does
		dir, base := filepath.Split(p) // dir uncleaned, for EvalSymlinks to walk any ".."
		if dir == "" {
			dir = "."
		}
		rdir, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return path
		}
		p = filepath.Join(rdir, base)
		dest, err := os.Readlink(p)
		if err != nil {
			return p // gone, and so the target
		}
		if !filepath.IsAbs(dest) {
			dest = rdir + string(filepath.Separator) + dest
		}
		p = dest
	}
	return path
}

func cleanStale(target, display string) (removed int, err error) {
	dir, prefix := tmpName(target)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fileError(display, "read directory", err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !isTmpName(e.Name(), prefix) {
			continue
		}
		err := os.Remove(filepath.Join(dir, e.Name()))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, fileError(display, "remove stale temporary file", err)
		}
		if err == nil {
			removed++
		}
	}
	return removed, nil
}

// tmpName returns the directory of target and the prefix of its temporary
// files' names.
func tmpName(target string) (dir, prefix string) {
	return filepath.Dir(target), "." + filepath.Base(target) + tmpMarker
}

func isTmpName(name, prefix string) bool {
	suffix, ok := strings.CutPrefix(name, prefix)
	if !ok || len(suffix) != suffixLen {
		return false
	}
	for _, c := range []byte(suffix) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// createTemp creates a new file, readable by its owner only, named prefix
// and a random suffix in dir.
func createTemp(dir, prefix string) (*os.File, error) {
	var b [suffixLen / 2]byte
	for range 100 {
		rand.Read(b[:])
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(b[:])), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free temporary name")
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

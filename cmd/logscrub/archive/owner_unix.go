//go:build unix

package archive

import (
	"io/fs"
	"os"
	"syscall"
)

// chownLike gives f the owner and group of fi, or failing that (without
// the privilege) its group, or leaves it as it is.
func chownLike(f *os.File, fi fs.FileInfo) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if f.Chown(int(st.Uid), int(st.Gid)) != nil {
		f.Chown(-1, int(st.Gid))
	}
}

// linkCount returns the number of hard links to fi.
func linkCount(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

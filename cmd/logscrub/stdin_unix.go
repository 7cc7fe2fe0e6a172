//go:build unix

package main

import (
	"os"
	"syscall"
)

// pollableStdin returns stdin in the runtime's poller when it is a pipe or
// a socket, so that a read blocked on it can be cut short by a deadline at
// SIGTERM (a filter waiting on a writer that never closes its end would
// otherwise hang until a second signal). A terminal or a regular file is
// returned as it is: O_NONBLOCK on a terminal leaks into the shell.
func pollableStdin(f *os.File) *os.File {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) == 0 {
		return f
	}
	fd := int(f.Fd()) // Fd puts the file in blocking mode; NewFile below undoes it
	if err := syscall.SetNonblock(fd, true); err != nil {
		return f
	}
	return os.NewFile(uintptr(fd), f.Name())
}

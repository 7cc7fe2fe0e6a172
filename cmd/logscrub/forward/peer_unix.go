//go:build unix

package forward

import (
	"syscall"
)

const canPeek = true

// peek looks at the socket without consuming anything and without
// blocking (Go's sockets are non-blocking): pending data means pending;
// end of file or an error (ECONNRESET) means the peer is gone; EAGAIN means
// alive with nothing pending.
func peek(rc syscall.RawConn) (pending bool, err error) {
	var b [1]byte
	var n int
	var serr error
	if err := rc.Read(func(fd uintptr) bool {
		for {
			n, _, serr = syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK)
			if serr != syscall.EINTR {
				return true
			}
		}
	}); err != nil {
		return false, err
	}
	switch {
	case serr == syscall.EAGAIN || serr == syscall.EWOULDBLOCK:
		return false, nil
	case serr != nil:
		return false, serr
	case n == 0:
		return false, errPeerClosed
	}
	return true, nil
}

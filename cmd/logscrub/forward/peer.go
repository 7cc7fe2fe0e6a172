package forward

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"syscall"
	"time"
)

// errPeerClosed is the dead-peer check's verdict on end of file.
var errPeerClosed = errors.New("the peer closed the connection")

// checkPeer reports whether the peer of c is gone: nil means alive (nothing
// pending, or only data, which is read and discarded), an error that the
// peer closed or reset the connection. It never blocks for long.
func checkPeer(c net.Conn) error {
	raw := c
	if tc, ok := c.(*tls.Conn); ok {
		raw = tc.NetConn()
	}
	var rc syscall.RawConn
	if sc, ok := raw.(syscall.Conn); ok && canPeek {
		rc, _ = sc.SyscallConn()
	}
	for range 16 {
		pending := true
		if rc != nil {
			var err error
			pending, err = peek(rc)
			if err != nil {
				return err
			}
			if !pending {
				return nil
			}
		}
		// Data pending (or no way to peek): read it through c (for TLS
		// that handles alerts and post-handshake messages) and discard
		// it. Pending data is returned at once; a timeout means alive.
		wait := 10 * time.Millisecond
		if rc == nil {
			wait = time.Millisecond
		}
		if err := readDiscard(c, wait); err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return nil
			}
			return err
		}
	}
	return nil // the peer keeps talking: alive
}

// readDiscard reads once from c, waiting at most wait.
func readDiscard(c net.Conn, wait time.Duration) error {
	defer c.SetReadDeadline(time.Time{})
	c.SetReadDeadline(time.Now().Add(wait))
	var b [4096]byte
	_, err := c.Read(b[:])
	if errors.Is(err, io.EOF) {
		return errPeerClosed
	}
	return err
}

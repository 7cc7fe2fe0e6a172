package forward

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"time"
)

// run is the background sender: connect, send, reconnect, until the queue
// is drained after Close or Close's context is done.
func (f *Forwarder) run() {
	defer close(f.done)
	defer f.abort()
	buf := make([]byte, batchMax)
	attempt := 0  // consecutive failures since the last connection that worked
	lost := false // a connection was lost or an attempt failed: the next one is a reconnect
	for {
		if f.stopping() {
			return
		}
		conn, err := f.connect()
		if err != nil {
			if f.abortCtx.Err() != nil {
				return
			}
			attempt++
			lost = true
			d := f.backoff(attempt)
			f.setErr(err)
			f.log.Warn("forward: cannot connect", "addr", f.addr, "err", err, "attempt", attempt, "retry_in", d.Round(time.Millisecond))
			if !f.sleep(d) {
				return
			}
			continue
		}
		if lost {
			f.mu.Lock()
			f.st.Reconnects++
			f.mu.Unlock()
			f.log.Info("forward: reconnected", "addr", f.addr, "after_attempts", attempt)
		} else {
			f.log.Info("forward: connected", "addr", f.addr)
		}
		f.connected.Store(true)
		start := time.Now()
		delivered, err, stop := f.serve(conn, buf)
		f.connected.Store(false)
		conn.Close()
		if stop {
			return
		}
		f.setErr(err)
		lost = true
		if delivered || time.Since(start) >= healthyAfter {
			attempt = 0
			f.log.Warn("forward: connection lost", "addr", f.addr, "err", err)
			continue // the first reconnect at once
		}
		attempt++
		d := f.backoff(attempt)
		f.log.Warn("forward: connection lost", "addr", f.addr, "err", err, "attempt", attempt, "retry_in", d.Round(time.Millisecond))
		if !f.sleep(d) {
			return
		}
	}
}

func (f *Forwarder) setErr(err error) {
	f.mu.Lock()
	f.lastErr = err
	f.mu.Unlock()
}

// stopping reports whether the sender is done: aborted, or closing with
// nothing left to send.
func (f *Forwarder) stopping() bool {
	if f.abortCtx.Err() != nil {
		return true
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.closing && f.q.bytes == 0
}

// backoff is the wait before attempt (1, 2, ...): uniform in [0, bound]
// with bound = MinBackoff doubled per attempt, at most MaxBackoff.
func (f *Forwarder) backoff(attempt int) time.Duration {
	bound := f.minB
	for i := 1; i < attempt && bound < f.maxB; i++ {
		bound *= 2
	}
	bound = min(bound, f.maxB)
	if bound <= 0 {
		return 0
	}
	return rand.N(bound + 1)
}

// sleep waits d; false means stop (aborted, or closing with an empty
// queue).
func (f *Forwarder) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	closing := f.closingCh
	for {
		select {
		case <-t.C:
			return true
		case <-f.abortCtx.Done():
			return false
		case <-closing:
			if f.stopping() {
				return false
			}
			closing = nil // keep trying to deliver what is queued
		}
	}
}

// connect dials, and for tls:// completes the handshake.
func (f *Forwarder) connect() (net.Conn, error) {
	ctx, cancel := context.WithTimeout(f.abortCtx, f.dialTO)
	defer cancel()
	d := net.Dialer{KeepAlive: keepAlive}
	c, err := d.DialContext(ctx, "tcp", f.hostport)
	if err != nil {
		return nil, err
	}
	if !f.useTLS {
		return c, nil
	}
	cfg := f.tls.Clone()
	requested := false
	base := f.tls
	cfg.GetClientCertificate = func(cri *tls.CertificateRequestInfo) (*tls.Certificate, error) {
		requested = true
		if base.GetClientCertificate != nil {
			return base.GetClientCertificate(cri)
		}
		for i := range base.Certificates {
			if cri.SupportsCertificate(&base.Certificates[i]) == nil {
				return &base.Certificates[i], nil
			}
		}
		return new(tls.Certificate), nil // none: send no certificate
	}
	tc := tls.Client(c, cfg)
	start := time.Now()
	if err := tc.HandshakeContext(ctx); err != nil {
		c.Close()
		return nil, err
	}
	if requested && tc.ConnectionState().Version >= tls.VersionTLS13 {
		// The server verifies our certificate after our handshake is
		// done: wait for its verdict before writing anything.
		settle := min(max(2*time.Since(start)+50*time.Millisecond, 100*time.Millisecond), f.dialTO)
		stop := context.AfterFunc(ctx, func() { c.SetDeadline(time.Unix(1, 0)) })
		err := settleTLS(tc, settle)
		if !stop() || ctx.Err() != nil {
			c.Close()
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			return nil, context.Canceled
		}
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("tls: the server rejected the connection after the handshake: %w", err)
		}
	}
	return tc, nil
}

// settleTLS reads from a fresh TLS 1.3 connection for up to d: a timeout
// means the server accepted us (session tickets are handled by the read;
// application data is discarded), an error that it did not.
func settleTLS(tc *tls.Conn, d time.Duration) error {
	defer tc.SetReadDeadline(time.Time{})
	tc.SetReadDeadline(time.Now().Add(d))
	var b [512]byte
	for {
		_, err := tc.Read(b[:])
		if err == nil {
			continue
		}
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil
		}
		return err
	}
}

// serve sends on c until the connection fails (err), or the sender must
// stop (stop: the queue was drained after Close, or Close's context is
// done). delivered reports whether a line was delivered on c.
func (f *Forwarder) serve(c net.Conn, buf []byte) (delivered bool, err error, stop bool) {
	// Close's context done: unblock whatever we wait for on c.
	unwatch := context.AfterFunc(f.abortCtx, func() { c.SetDeadline(time.Unix(1, 0)) })
	defer unwatch()
	ticker := time.NewTicker(idleCheck)
	defer ticker.Stop()
	written := 0 // bytes after the queue head already written on c: part of one line
	for {
		if f.abortCtx.Err() != nil {
			return delivered, nil, true
		}
		f.mu.Lock()
		pending := f.q.bytes - int64(written)
		closing := f.closing
		f.mu.Unlock()
		if pending == 0 {
			if closing {
				checkPeer(c) // read what the peer sent, so closing sends FIN, not RST
				return delivered, nil, true
			}
			select {
			case <-f.wake:
			case <-f.closingCh:
			case <-f.abortCtx.Done():
			case <-ticker.C:
				if err := checkPeer(c); err != nil {
					return delivered, err, false
				}
			}
			continue
		}
		if err := checkPeer(c); err != nil {
			return delivered, err, false
		}
		f.mu.Lock()
		m := f.q.read(buf, written)
		f.mu.Unlock()
		n, werr := f.write(c, buf[:m])
		cut := bytes.LastIndexByte(buf[:n], '\n') + 1
		f.mu.Lock()
		if cut > 0 {
			k := written + cut
			lines := int64(bytes.Count(buf[:cut], nl))
			f.q.drop(k)
			f.q.lines -= lines
			f.st.LinesSent += lines
			f.st.BytesSent += int64(k)
			written = n - cut
			delivered = true
			if f.waiting > 0 {
				f.notFull.Broadcast()
			}
		} else {
			written += n
		}
		aborted := f.abortCtx.Err() != nil
		if werr != nil && !aborted {
			resent := int64(bytes.Count(buf[cut:m], nl))
			if buf[m-1] != '\n' {
				resent++
			}
			f.st.Resent += resent
		}
		f.mu.Unlock()
		if aborted {
			return delivered, nil, true
		}
		if werr != nil {
			return delivered, werr, false
		}
	}
}

// write writes p with no deadline (a peer that does not read is
// backpressure), warning every stallWarn the write stays blocked.
func (f *Forwarder) write(c net.Conn, p []byte) (int, error) {
	var mu sync.Mutex
	finished := false
	var t *time.Timer
	warn := func() {
		f.log.Warn("forward: the target is not reading; holding the connection", "addr", f.addr, "blocked_for", stallWarn)
		mu.Lock()
		defer mu.Unlock()
		if !finished {
			t.Reset(stallWarn)
		}
	}
	mu.Lock()
	t = time.AfterFunc(stallWarn, warn)
	mu.Unlock()
	n, err := c.Write(p)
	mu.Lock()
	finished = true
	t.Stop()
	mu.Unlock()
	return n, err
}

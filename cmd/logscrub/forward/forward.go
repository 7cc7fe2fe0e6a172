package forward

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ErrClosed is returned by WriteLines once Close has begun.
var ErrClosed = errors.New("forward: closed")

// DefaultQueueBytes is the queue bound when Options.QueueBytes is 0.
const DefaultQueueBytes = 64 << 20

const (
	defaultMinBackoff  = 100 * time.Millisecond
	defaultMaxBackoff  = 30 * time.Second
	defaultDialTimeout = 10 * time.Second

	batchMax     = 256 << 10        // bytes per write call
	idleCheck    = time.Second      // dead-peer check on an idle connection
	stallWarn    = 30 * time.Second // warn while a write makes no progress
	healthyAfter = 10 * time.Second // a connection this old worked
	keepAlive    = 15 * time.Second
)

// Options configures a Forwarder.
type Options struct {
	Addr        string        // "tcp://host:port" or "tls://host:port"; anything else is an error from New
	TLS         *tls.Config   // for tls://; nil means system roots with ServerName = host of Addr
	QueueBytes  int64         // 0 = DefaultQueueBytes
	MinBackoff  time.Duration // 0 = 100ms
	MaxBackoff  time.Duration // 0 = 30s
	DialTimeout time.Duration // 0 = 10s
	Logger      *slog.Logger  // nil = discard; logs connect/disconnect/reconnect at Info/Warn, never line content
}

// Stats are the counters of a Forwarder.
type Stats struct{ QueuedBytes, QueuedLines, LinesSent, BytesSent, Reconnects, Undelivered, Resent int64 }

// Forwarder sends lines to one TCP or TLS receiver. See the package
// documentation for its delivery semantics.
type Forwarder struct {
	addr     string // as given, for logs and errors
	hostport string
	useTLS   bool
	tls      *tls.Config
	limit    int64
	minB     time.Duration
	maxB     time.Duration
	dialTO   time.Duration
	log      *slog.Logger

	wake      chan struct{} // a writer queued something (capacity 1)
	closingCh chan struct{} // closed when Close begins
	abortCtx  context.Context
	abort     context.CancelFunc // Close's context is done: stop now
	done      chan struct{}      // the sender has returned

	connected atomic.Bool

	mu       sync.Mutex
	notFull  *sync.Cond
	q        queue
	closing  bool
	next     uint64 // the next writer's ticket
	serving  uint64 // the ticket admitted next
	waiting  int    // writers waiting for room
	finished bool   // Close has computed undelivered
	lastErr  error  // the last connection error, for Close
	st       Stats
}

// New validates opt and starts the background sender, which connects at
// once and keeps reconnecting while the target is down.
func New(opt Options) (*Forwarder, error) {
	if strings.Contains(opt.Addr, "@") {
		// user:password@ in the address: not echoed, it may be a secret.
		return nil, errors.New("forward: the address holds an '@': it takes no user:password@ (not shown); use --forward-tls-cert for client credentials")
	}
	scheme, hostport, ok := strings.Cut(opt.Addr, "://")
	if !ok || (scheme != "tcp" && scheme != "tls") {
		return nil, fmt.Errorf("forward: address %q: want tcp://HOST:PORT or tls://HOST:PORT", opt.Addr)
	}
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		return nil, fmt.Errorf("forward: address %q: want tcp://HOST:PORT or tls://HOST:PORT: %v", opt.Addr, err)
	}
	if host == "" {
		return nil, fmt.Errorf("forward: address %q: no host", opt.Addr)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		return nil, fmt.Errorf("forward: address %q: port %q is not a number from 1 to 65535", opt.Addr, port)
	}
	switch {
	case opt.QueueBytes < 0:
		return nil, fmt.Errorf("forward: queue size %d is negative", opt.QueueBytes)
	case opt.MinBackoff < 0 || opt.MaxBackoff < 0:
		return nil, errors.New("forward: negative backoff")
	case opt.DialTimeout < 0:
		return nil, errors.New("forward: negative dial timeout")
	case opt.TLS != nil && scheme != "tls":
		return nil, fmt.Errorf("forward: address %q: a TLS configuration needs tls://", opt.Addr)
	}
	f := &Forwarder{
		addr:     opt.Addr,
		hostport: hostport,
		useTLS:   scheme == "tls",
		limit:    opt.QueueBytes,
		minB:     opt.MinBackoff,
		maxB:     opt.MaxBackoff,
		dialTO:   opt.DialTimeout,
		log:      opt.Logger,

		wake:      make(chan struct{}, 1),
		closingCh: make(chan struct{}),
		done:      make(chan struct{}),
	}
	if f.limit == 0 {
		f.limit = DefaultQueueBytes
	}
	if f.minB == 0 {
		f.minB = defaultMinBackoff
	}
	if f.maxB == 0 {
		f.maxB = defaultMaxBackoff
	}
	if f.maxB < f.minB {
		f.maxB = f.minB
	}
	if f.dialTO == 0 {
		f.dialTO = defaultDialTimeout
	}
	if f.log == nil {
		f.log = slog.New(slog.DiscardHandler)
	}
	if f.useTLS {
		if opt.TLS == nil {
			f.tls = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
		} else {
			f.tls = opt.TLS.Clone()
			if f.tls.ServerName == "" && !f.tls.InsecureSkipVerify {
				f.tls.ServerName = host
			}
		}
	}
	f.notFull = sync.NewCond(&f.mu)
	f.abortCtx, f.abort = context.WithCancel(context.Background())
	go f.run()
	return f, nil
}

// WriteLines queues a copy of p, whole lines each ending in '\n', and
// returns. It blocks while the queue has no room for p; a p larger than
// the whole queue is accepted once the queue is empty. It returns ErrClosed
// once Close has begun, also to the calls blocked on a full queue. It is
// safe for concurrent use: the lines of one call stay together and in
// order, and calls are admitted in the order they arrived.
func (f *Forwarder) WriteLines(p []byte) error {
	if len(p) == 0 {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.closing {
			return ErrClosed
		}
		return nil
	}
	addNL := p[len(p)-1] != '\n'
	n := int64(len(p))
	lines := int64(bytes.Count(p, nl))
	if addNL {
		n++
		lines++
	}
	f.mu.Lock()
	ticket := f.next
	f.next++
	for !f.closing && (ticket != f.serving || (f.q.bytes > 0 && f.q.bytes+n > f.limit)) {
		f.waiting++
		f.notFull.Wait()
		f.waiting--
	}
	if f.closing {
		f.mu.Unlock()
		return ErrClosed
	}
	f.serving++
	f.q.push(p, addNL)
	f.q.lines += lines
	if f.waiting > 0 {
		f.notFull.Broadcast() // the next ticket may fit too
	}
	f.mu.Unlock()
	select {
	case f.wake <- struct{}{}:
	default:
	}
	return nil
}

// Connected reports whether the forwarder has a working connection.
func (f *Forwarder) Connected() bool { return f.connected.Load() }

// Stats returns the current counters.
func (f *Forwarder) Stats() Stats {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.st
	s.QueuedBytes = f.q.bytes
	s.QueuedLines = f.q.lines
	return s
}

// Close stops accepting lines, keeps sending until the queue is empty or
// ctx is done, and closes the connection. It returns the number of lines
// never completely written (also in Stats().Undelivered) and, when that is
// not 0, an error saying why. WriteLines calls blocked on a full queue
// return ErrClosed. Close may be called more than once.
func (f *Forwarder) Close(ctx context.Context) (undelivered int64, err error) {
	f.mu.Lock()
	if !f.closing {
		f.closing = true
		close(f.closingCh)
		f.notFull.Broadcast()
	}
	f.mu.Unlock()
	var ctxErr error
	select {
	case <-f.done:
	case <-ctx.Done():
		ctxErr = ctx.Err()
		f.abort()
		<-f.done
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.finished {
		f.finished = true
		f.st.Undelivered = f.q.lines
		f.q = queue{}
		if f.st.Undelivered > 0 {
			f.log.Warn("forward: closed with undelivered lines", "addr", f.addr, "undelivered", f.st.Undelivered, "sent", f.st.LinesSent)
		} else {
			f.log.Info("forward: closed", "addr", f.addr, "sent", f.st.LinesSent)
		}
	}
	n := f.st.Undelivered
	if n == 0 {
		return 0, nil
	}
	if ctxErr == nil {
		ctxErr = ctx.Err()
	}
	if ctxErr == nil {
		ctxErr = errors.New("closed")
	}
	if f.lastErr != nil {
		return n, fmt.Errorf("forward: %d lines not delivered to %s: %w (last error: %v)", n, f.addr, ctxErr, f.lastErr)
	}
	return n, fmt.Errorf("forward: %d lines not delivered to %s: %w", n, f.addr, ctxErr)
}

var nl = []byte{'\n'}

// blockSize is the allocation unit of the queue: small writes share
// blocks, larger ones get a chunk of their own.
const blockSize = 64 << 10

// queue is a FIFO of bytes made of chunks, each ending on a line boundary.
// The sender copies out of it and drops what it delivered, under the
// Forwarder's mutex.
type queue struct {
	chunks [][]byte
	off    int   // bytes of chunks[0] already delivered
	bytes  int64 // queued bytes (after off)
	lines  int64 // queued lines
}

func (q *queue) push(p []byte, addNL bool) {
	n := len(p)
	if addNL {
		n++
	}
	q.bytes += int64(n)
	if k := len(q.chunks); k > 0 {
		last := q.chunks[k-1]
		if cap(last)-len(last) >= n {
			last = append(last, p...)
			if addNL {
				last = append(last, '\n')
			}
			q.chunks[k-1] = last
			return
		}
	}
	c := make([]byte, 0, max(n, blockSize))
	c = append(c, p...)
	if addNL {
		c = append(c, '\n')
	}
	q.chunks = append(q.chunks, c)
}

// read copies the queued bytes after the first skip into dst.
func (q *queue) read(dst []byte, skip int) int {
	pos := q.off + skip
	i := 0
	for i < len(q.chunks) && pos >= len(q.chunks[i]) {
		pos -= len(q.chunks[i])
		i++
	}
	n := 0
	for ; i < len(q.chunks) && n < len(dst); i++ {
		n += copy(dst[n:], q.chunks[i][pos:])
		pos = 0
	}
	return n
}

// drop removes the first k bytes.
func (q *queue) drop(k int) {
	q.bytes -= int64(k)
	for k > 0 {
		c := len(q.chunks[0]) - q.off
		if k < c {
			q.off += k
			return
		}
		k -= c
		q.off = 0
		if len(q.chunks) == 1 && cap(q.chunks[0]) == blockSize {
			q.chunks[0] = q.chunks[0][:0] // reuse the block
			return
		}
		q.chunks[0] = nil
		q.chunks = q.chunks[1:]
	}
}

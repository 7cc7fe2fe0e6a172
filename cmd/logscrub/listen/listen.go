package listen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/sink"
	"github.com/logscrub/logscrub/filter"
)

const (
	// DefaultMaxConns is the connection limit when Options.MaxConns is 0.
	DefaultMaxConns = 4096
	// DefaultIdleTimeout is the idle limit when Options.IdleTimeout is 0.
	DefaultIdleTimeout = 5 * time.Minute
	// DefaultMaxLine is the line length limit when Options.MaxLine is 0.
	DefaultMaxLine = 1 << 20
	// DefaultHandshakeTimeout bounds a TLS handshake when
	// Options.HandshakeTimeout is 0.
	DefaultHandshakeTimeout = 10 * time.Second
	// DefaultDrain is how long Shutdown lets a connection read what its
	// client already sent, when Options.Drain is 0.
	DefaultDrain = 250 * time.Millisecond

	// MinMaxLine is the smallest MaxLine accepted.
	MinMaxLine = 1 << 10

	firstBuf = 4 << 10   // a connection's first read buffer: idle clients stay cheap
	readSize = 64 << 10  // the most read at once
	keepBuf  = 256 << 10 // buffers past this are dropped after use
	outFlush = 256 << 10 // scrubbed output handed on once past this
	cutLook  = 4 << 10   // how far back from MaxLine a cut looks for a separator
)

// Options configure a Server. Scrubber and Sink are required.
type Options struct {
	Scrubber *filter.Scrubber
	Sink     sink.Lines
	// TLS, when set, makes every connection a TLS one (mutual TLS when its
	// files name a client CA).
	TLS              *certs.Server
	MaxConns         int           // connections open at once; 0: DefaultMaxConns
	IdleTimeout      time.Duration // close a connection idle this long; 0: DefaultIdleTimeout
	MaxLine          int           // cut lines longer than this; 0: DefaultMaxLine
	HandshakeTimeout time.Duration // 0: DefaultHandshakeTimeout
	Drain            time.Duration // 0: DefaultDrain
	Logger           *slog.Logger  // nil: discard
	// Observer, when set, is called once per connection with its
	// listener's network ("tcp" or "unix") and returns the Observer its
	// Stream reports to once per read (see filter.Stream.Observe).
	Observer func(network string) filter.Observer
}

// Stats are a Server's counts.
type Stats struct {
	Accepted     int64 // connections accepted (refused and rejected ones included)
	Open         int64 // connections open now
	Refused      int64 // closed at once: MaxConns were open
	Lines        int64 // lines received (pieces of a cut line count one each)
	Bytes        int64 // bytes received, framing excluded
	LinesCut     int64 // lines longer than MaxLine, cut into pieces
	PartialLines int64 // last lines without '\n' at a disconnect, idle timeout or shutdown
	Framed       int64 // connections read as octet-counted syslog
	SinkErrors   int64 // connections closed because the sink failed
	// Rejected counts failed TLS handshakes by reason (see package certs).
	Rejected map[string]int64
	// Filter adds up the filter counts of the connections closed so far.
	Filter filter.Stats
}

// Server receives lines on any number of listeners. Its methods are safe
// for concurrent use.
type Server struct {
	opt  Options
	log  *slog.Logger
	sem  chan struct{}
	done chan struct{} // closed by Shutdown

	mu        sync.Mutex
	listeners map[net.Listener]struct{}
	conns     map[*conn]struct{}
	filter    filter.Stats
	shutting  bool
	wg        sync.WaitGroup

	accepted, refused, lines, bytes, cut, partial, framed, sinkErrs atomic.Int64
}

// New returns a Server. It panics when Scrubber or Sink is missing, and
// raises a MaxLine below MinMaxLine to it.
func New(opt Options) *Server {
	if opt.Scrubber == nil || opt.Sink == nil {
		panic("listen: Options.Scrubber and Options.Sink are required")
	}
	if opt.MaxConns <= 0 {
		opt.MaxConns = DefaultMaxConns
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = DefaultIdleTimeout
	}
	if opt.MaxLine <= 0 {
		opt.MaxLine = DefaultMaxLine
	}
	opt.MaxLine = max(opt.MaxLine, MinMaxLine)
	if opt.HandshakeTimeout <= 0 {
		opt.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if opt.Drain <= 0 {
		opt.Drain = DefaultDrain
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{opt: opt, log: log, sem: make(chan struct{}, opt.MaxConns), done: make(chan struct{}),
		listeners: map[net.Listener]struct{}{}, conns: map[*conn]struct{}{}}
	s.filter.Redactions = make([]int64, len(opt.Scrubber.Rules().Rules))
	return s
}

// Listen opens a listener for "tcp://HOST:PORT" or "unix:///PATH". A Unix
// socket file left by a process that is gone is replaced; one that a live
// process listens on is an error.
func Listen(addr string) (net.Listener, error) {
	switch {
	case strings.HasPrefix(addr, "tcp://"):
		hostport := strings.TrimPrefix(addr, "tcp://")
		if strings.Contains(hostport, "@") {
			// user:password@: not echoed (net's errors would), it may be a secret.
			return nil, errors.New("want tcp://HOST:PORT: the address holds an '@' (not shown)")
		}
		if _, _, err := net.SplitHostPort(hostport); err != nil {
			return nil, fmt.Errorf("want tcp://HOST:PORT: %v", err)
		}
		return net.Listen("tcp", hostport)
	case strings.HasPrefix(addr, "unix://"):
		path := strings.TrimPrefix(addr, "unix://")
		if path == "" {
			return nil, errors.New("want unix:///PATH")
		}
		if fi, err := os.Lstat(path); err == nil {
			if fi.Mode()&os.ModeSocket == 0 {
				return nil, fmt.Errorf("%s exists and is not a socket", path)
			}
			if c, err := net.Dial("unix", path); err == nil {
				c.Close()
				return nil, fmt.Errorf("%s: another process listens on it", path)
			}
			os.Remove(path) // stale: its listener is gone
		}
		return net.Listen("unix", path)
	}
	return nil, errors.New("want tcp://HOST:PORT or unix:///PATH")
}

// Serve accepts connections on ln until Shutdown, and returns nil then. It
// returns the listener's error otherwise. It closes ln when it returns.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	if s.shutting {
		s.mu.Unlock()
		ln.Close()
		return nil
	}
	s.listeners[ln] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.listeners, ln)
		s.mu.Unlock()
		ln.Close()
	}()
	s.log.Info("listening", "addr", ln.Addr().String())
	var backoff time.Duration
	for {
		nc, err := ln.Accept()
		if err != nil {
			select {
			case <-s.done:
				return nil
			default:
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() || isTemporary(err) {
				// Out of file descriptors and the like: wait and go on,
				// as net/http does.
				backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
				s.log.Warn("accept failed; retrying", "addr", ln.Addr().String(), "err", err, "retry_in", backoff)
				select {
				case <-time.After(backoff):
				case <-s.done:
					return nil
				}
				continue
			}
			return err
		}
		backoff = 0
		select {
		case s.sem <- struct{}{}:
		default:
			s.accepted.Add(1)
			s.refused.Add(1)
			s.log.Warn("connection refused: too many open", "remote", nc.RemoteAddr().String(), "max_conns", s.opt.MaxConns)
			nc.Close()
			continue
		}
		c := &conn{s: s, nc: nc}
		s.mu.Lock()
		if s.shutting {
			s.mu.Unlock()
			<-s.sem
			nc.Close()
			return nil
		}
		s.conns[c] = struct{}{}
		// Counted once registered: Accepted n and Open 0 mean the n are done.
		s.accepted.Add(1)
		s.wg.Add(1)
		s.mu.Unlock()
		go c.serve()
	}
}

// isTemporary reports the accept errors worth retrying: EMFILE, ENFILE,
// ECONNABORTED and their kin report Temporary.
func isTemporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}

// Shutdown stops accepting, drains every connection (see the package
// documentation) and waits for them until ctx is done; then it closes the
// ones left and returns ctx's error.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if !s.shutting {
		s.shutting = true
		close(s.done)
	}
	for ln := range s.listeners {
		ln.Close()
	}
	deadline := time.Now().Add(s.opt.Drain)
	for c := range s.conns {
		c.mu.Lock()
		c.nc.SetReadDeadline(deadline)
		c.mu.Unlock()
	}
	s.mu.Unlock()
	finished := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return nil
	case <-ctx.Done():
		s.mu.Lock()
		for c := range s.conns {
			c.nc.Close()
		}
		s.mu.Unlock()
		<-finished
		return fmt.Errorf("connections still open at the shutdown deadline were closed: %w", ctx.Err())
	}
}

// Stats returns the counts so far.
func (s *Server) Stats() Stats {
	st := Stats{
		Accepted: s.accepted.Load(), Refused: s.refused.Load(), Lines: s.lines.Load(), Bytes: s.bytes.Load(),
		LinesCut: s.cut.Load(), PartialLines: s.partial.Load(), Framed: s.framed.Load(), SinkErrors: s.sinkErrs.Load(),
	}
	s.mu.Lock()
	st.Open = int64(len(s.conns))
	st.Filter = s.filter
	st.Filter.Redactions = append([]int64(nil), s.filter.Redactions...)
	s.mu.Unlock()
	if s.opt.TLS != nil {
		st.Rejected = s.opt.TLS.Rejections()
	}
	return st
}

func (s *Server) shuttingDown() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// conn is one client connection and its Stream.
type conn struct {
	s      *Server
	nc     net.Conn
	r      io.Reader // nc, or the TLS connection over it
	remote string
	st     *filter.Stream
	buf    []byte // received bytes not yet scrubbed: buf[:fill]
	fill   int
	out    []byte // scrubbed lines not yet handed to the sink

	nLines, nBytes int64     // lines and bytes emitted since the last flush
	t0             time.Time // when the scrubbing that flush reports began (with an Observer)

	frameLeft int   // bytes of the current octet-counted frame not yet read
	sinkErr   error // sticky: the sink failed

	mu sync.Mutex // orders read deadlines against Shutdown's
}

func (c *conn) serve() {
	s := c.s
	c.remote = c.nc.RemoteAddr().String()
	defer func() {
		c.nc.Close()
		s.mu.Lock()
		delete(s.conns, c)
		if c.st != nil {
			s.filter.Add(c.st.Stats())
		}
		s.mu.Unlock()
		<-s.sem
		s.wg.Done()
	}()
	c.r = c.nc
	if s.opt.TLS != nil {
		ctx, cancel := context.WithTimeout(context.Background(), s.opt.HandshakeTimeout)
		tc, err := s.opt.TLS.Handshake(ctx, c.nc)
		cancel()
		if err != nil {
			s.log.Warn("tls handshake rejected", "remote", c.remote, "err", err)
			return
		}
		c.r = tc // c.nc stays the raw connection: its deadlines apply to both
	}
	s.log.Debug("connection open", "remote", c.remote)
	c.st = s.opt.Scrubber.NewStream()
	if s.opt.Observer != nil {
		c.st.SetObserver(s.opt.Observer(c.nc.LocalAddr().Network()))
	}
	c.buf = make([]byte, firstBuf)
	err := c.readLines()
	if err != nil && !errors.Is(err, errSink) {
		s.log.Debug("connection closed", "remote", c.remote, "err", err)
	}
}

var errSink = errors.New("sink failed")

// read reads more into buf, growing it when full (up to MaxLine plus a
// read). It returns what the connection returned.
func (c *conn) read() (int, error) {
	s := c.s
	if c.fill == len(c.buf) {
		if len(c.buf) >= s.opt.MaxLine+readSize {
			panic("listen: buffer full past MaxLine") // readLines cuts before this
		}
		nb := make([]byte, min(max(2*len(c.buf), firstBuf), s.opt.MaxLine+readSize))
		copy(nb, c.buf[:c.fill])
		c.buf = nb
	}
	c.mu.Lock()
	if !s.shuttingDown() {
		c.nc.SetReadDeadline(time.Now().Add(s.opt.IdleTimeout))
	}
	c.mu.Unlock()
	end := min(len(c.buf), c.fill+readSize)
	n, err := c.r.Read(c.buf[c.fill:end])
	c.fill += n
	return n, err
}

// The reading modes of a connection.
const (
	undecided = iota
	lineMode
	frameMode
)

// readLines reads the connection to its end, scrubbing and writing its
// lines (or octet-counted frames), and writes a partial last line when it
// ends.
func (c *conn) readLines() error {
	s := c.s
	mode := undecided
	var rerr error
	for {
		if mode == undecided {
			mode = decideMode(c.buf[:c.fill], rerr != nil)
			if mode == frameMode {
				s.framed.Add(1)
			}
		}
		switch mode {
		case lineMode:
			c.scrubComplete()
		case frameMode:
			if !c.scrubFrames() {
				// Not a frame header: the rest is read as lines, so that
				// nothing is dropped.
				mode = lineMode
				c.scrubComplete()
			}
		}
		if rerr != nil {
			if c.fill > 0 {
				s.partial.Add(1)
				c.emitPiece(c.buf[:c.fill], mode == frameMode)
				c.fill = 0
			}
			if err := c.flush(); err != nil {
				return err
			}
			if rerr == io.EOF {
				return nil
			}
			return rerr
		}
		if err := c.flush(); err != nil {
			return err
		}
		c.shrink()
		_, rerr = c.read()
		if s.opt.Observer != nil {
			c.t0 = time.Now()
		}
	}
}

// decideMode tells octet-counted syslog ("LEN SP <PRI>…") from lines by a
// connection's first bytes, or returns undecided while they are all digits
// and more may come.
func decideMode(p []byte, final bool) int {
	i := 0
	for i < len(p) && i < 10 && '0' <= p[i] && p[i] <= '9' {
		i++
	}
	switch {
	case i == 0 && len(p) > 0, i == 10, p != nil && i > 0 && p[0] == '0':
		return lineMode
	case i == len(p), i+1 == len(p) && p[i] == ' ':
		if final {
			return lineMode
		}
		return undecided
	case p[i] == ' ' && p[i+1] == '<':
		return frameMode
	}
	return lineMode
}

// scrubFrames scrubs every complete octet-counted frame in buf, cuts a
// frame's message that reached MaxLine, and moves the rest to the front.
// It returns false at a header that is not one, with the bytes from it on
// left in buf.
func (c *conn) scrubFrames() bool {
	max := c.s.opt.MaxLine
	start := 0
	for {
		rest := c.buf[start:c.fill]
		if c.frameLeft == 0 {
			// Tolerate line ends between frames (some senders add one).
			for len(rest) > 0 && (rest[0] == '\n' || rest[0] == '\r') {
				start++
				rest = rest[1:]
			}
			n, hdr, ok := frameHeader(rest)
			if !ok {
				c.fill = copy(c.buf, rest)
				return false
			}
			if hdr == 0 {
				break // more bytes needed
			}
			start += hdr
			c.frameLeft = n
			if n == 0 {
				continue
			}
			rest = c.buf[start:c.fill]
		}
		if len(rest) >= c.frameLeft && c.frameLeft <= max {
			c.emitPiece(rest[:c.frameLeft], true)
			start += c.frameLeft
			c.frameLeft = 0
			continue
		}
		if len(rest) < max {
			break
		}
		n := cutPoint(rest[:max])
		c.s.cut.Add(1)
		c.emitPiece(rest[:n], true)
		start += n
		c.frameLeft -= n
	}
	c.fill = copy(c.buf, c.buf[start:c.fill])
	return true
}

// frameHeader parses "LEN SP" at the start of p: it returns LEN and the
// header's length, hdr 0 when p is too short to tell, or ok false when p
// does not start with a header.
func frameHeader(p []byte) (n, hdr int, ok bool) {
	i := 0
	for i < len(p) && '0' <= p[i] && p[i] <= '9' {
		if i == 9 || i == 0 && p[i] == '0' {
			return 0, 0, false
		}
		n = n*10 + int(p[i]-'0')
		i++
	}
	switch {
	case i == len(p):
		return 0, 0, true
	case i == 0 || p[i] != ' ':
		return 0, 0, false
	}
	return n, i + 1, true
}

// emitPiece emits p as one line or, for a frame's message, as the lines it
// holds (without the line end that may close it).
func (c *conn) emitPiece(p []byte, frame bool) {
	if !frame {
		c.emit(p)
		return
	}
	if n := len(p); n > 0 && p[n-1] == '\n' {
		p = p[:n-1]
	}
	for {
		i := indexNL(p, len(p))
		if i < 0 {
			c.emit(p)
			return
		}
		c.emit(p[:i])
		p = p[i+1:]
	}
}

// scrubComplete scrubs every complete line in buf, and cuts a partial line
// that reached MaxLine, then moves the rest to the front.
func (c *conn) scrubComplete() {
	max := c.s.opt.MaxLine
	start := 0
	for {
		rest := c.buf[start:c.fill]
		i := indexNL(rest, max)
		if i >= 0 {
			c.emit(rest[:i])
			start += i + 1
			continue
		}
		if len(rest) < max {
			break
		}
		n := cutPoint(rest[:max])
		c.s.cut.Add(1)
		c.emit(rest[:n])
		start += n
	}
	c.fill = copy(c.buf, c.buf[start:c.fill])
}

// indexNL returns the index of the first '\n' in p within its first
// max+1 bytes (a line of exactly max bytes and its '\n' are not cut), or -1.
func indexNL(p []byte, max int) int {
	if len(p) > max+1 {
		p = p[:max+1]
	}
	for i, b := range p {
		if b == '\n' {
			return i
		}
	}
	return -1
}

// cutPoint returns where to cut a line of len(p) bytes (p is MaxLine long):
// after the last separator in its last cutLook bytes, or at its end.
func cutPoint(p []byte) int {
	for i := len(p) - 1; i >= len(p)-cutLook && i > 0; i-- {
		switch p[i] {
		case ' ', '\t', ',', ';', '&':
			return i + 1
		}
	}
	return len(p)
}

// emit scrubs one line (without its '\n'; a '\r' before it is kept) and
// appends it, ended with '\n', to out.
func (c *conn) emit(line []byte) {
	c.nLines++
	c.nBytes += int64(len(line))
	cr := len(line) > 0 && line[len(line)-1] == '\r'
	if cr {
		line = line[:len(line)-1]
	}
	c.out = c.st.AppendLine(c.out, line)
	if cr {
		c.out = append(c.out, '\r')
	}
	c.out = append(c.out, '\n')
	if len(c.out) >= outFlush {
		// Hand on big batches at once; flush's error comes back on the
		// next flush.
		c.flush()
	}
}

// flush hands out to the sink.
func (c *conn) flush() error {
	// The shared counters are added once per flush, not per line: many
	// connections would contend on them.
	if c.nLines > 0 {
		c.s.lines.Add(c.nLines)
		c.s.bytes.Add(c.nBytes)
		c.nLines, c.nBytes = 0, 0
		if c.s.opt.Observer != nil {
			c.st.Observe(time.Since(c.t0))
		}
	}
	if c.sinkErr != nil {
		return c.sinkErr
	}
	if len(c.out) == 0 {
		return nil
	}
	err := c.s.opt.Sink.WriteLines(c.out)
	if c.s.opt.Observer != nil {
		c.t0 = time.Now() // the sink's time is not the scrub's
	}
	c.out = c.out[:0]
	if cap(c.out) > keepBuf {
		c.out = nil
	}
	if err != nil {
		c.s.sinkErrs.Add(1)
		c.s.log.Error("writing received lines failed; closing the connection", "remote", c.remote, "err", err)
		c.nc.Close()
		c.sinkErr = errSink
		return errSink
	}
	return nil
}

// shrink drops a big buffer once it holds little, so that a connection that
// once sent a long line does not keep its buffer.
func (c *conn) shrink() {
	if len(c.buf) > keepBuf && c.fill <= firstBuf {
		nb := make([]byte, firstBuf)
		c.fill = copy(nb, c.buf[:c.fill])
		c.buf = nb
	}
}

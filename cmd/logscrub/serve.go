package main

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
	"syscall"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/forward"
	"github.com/logscrub/logscrub/cmd/logscrub/listen"
	"github.com/logscrub/logscrub/cmd/logscrub/metrics"
	"github.com/logscrub/logscrub/cmd/logscrub/progress"
	"github.com/logscrub/logscrub/cmd/logscrub/sink"
	"github.com/logscrub/logscrub/cmd/logscrub/workers"
	"github.com/logscrub/logscrub/filter"
)

// The scrub command's data flow, wired here and nowhere else:
//
//	files, stdin ──► archive.Input ──► filter.Stream.Copy ──► sink.LineWriter ─┐
//	--listen ──► listen.Server (a filter.Stream per connection) ─────────────────┼─► sink.Lines
//	                                                                            │   (stdout, -o FILE,
//	                                                                            │    or --forward)
//
// One Scrubber is shared read-only; each input and each connection has its
// own Stream. Every source hands the sink whole lines, so the lines of two
// sources never interleave, and a sink that is full (a forward queue)
// blocks the sources: the receiver stops reading from its clients.

// session is what one run of the scrub command holds open.
type session struct {
	c      *config
	sc     *filter.Scrubber
	stderr io.Writer
	log    *slog.Logger

	out       sink.Lines
	outFile   *sink.File // -o FILE without compression: re-opened on SIGHUP
	outCloser io.Closer  // the compressor and file of a compressed -o
	fwd       *forward.Forwarder
	tlsSrv    *certs.Server
	srv       *listen.Server
	listeners []net.Listener

	// --metrics-addr: nil without it.
	m         *metrics.Metrics
	metricsLn net.Listener
	notReady  atomic.Pointer[string] // why /readyz says 503; nil while ready

	// pool scrubs stdin and files with --workers Streams.
	pool     *workers.Pool
	redacted atomic.Int64 // redactions in stdin and files so far (the status line)

	mu    sync.Mutex // guards stats
	stats filter.Stats
}

// observer returns the Observer of a stdin or file source: the metrics'
// (when --metrics-addr is set) and the status line's count.
func (s *session) observer(kind string) filter.Observer {
	o := &countObserver{n: &s.redacted}
	if s.m != nil {
		o.next = s.m.Source(kind)
	}
	return o
}

// countObserver adds each block's redactions to n, then passes the block
// on to next.
type countObserver struct {
	n    *atomic.Int64
	next filter.Observer
}

func (o *countObserver) ObserveBlock(d *filter.Stats, took time.Duration) {
	var red int64
	for _, n := range d.Redactions {
		red += n
	}
	o.n.Add(red)
	if o.next != nil {
		o.next.ObserveBlock(d, took)
	}
}

// openSession checks the whole configuration and opens the sinks, the TLS
// material and the listeners: every mistake fails here, before any input
// is read.
func openSession(c *config, sc *filter.Scrubber, stdout, stderr io.Writer) (*session, int, error) {
	log, err := newLogger(stderr, c.logFormat, c.logLevel, len(c.listen) > 0)
	if err != nil {
		return nil, exitUsage, err
	}
	s := &session{c: c, sc: sc, stderr: stderr, log: log}
	s.stats.Redactions = make([]int64, len(sc.Rules().Rules))
	if err := c.checkCombinations(); err != nil {
		return nil, exitUsage, err
	}
	if c.metricsAddr != "" {
		s.m = metrics.New(sc.Rules())
	}
	if c.tlsCert != "" {
		var err error
		s.tlsSrv, err = certs.NewServer(certs.Files{Cert: c.tlsCert, Key: c.tlsKey, ClientCA: c.tlsClientCA}, c.tlsAllow, s.log)
		if err != nil {
			return nil, exitUsage, err
		}
	}
	switch {
	case c.forward != "":
		opt := forward.Options{Addr: c.forward, QueueBytes: int64(c.fwdQueue), Logger: s.log}
		if strings.HasPrefix(c.forward, "tls://") {
			host := strings.TrimPrefix(c.forward, "tls://")
			if h, _, err := net.SplitHostPort(host); err == nil {
				host = h
			}
			t, err := forward.ClientTLS(c.fwdCA, c.fwdCert, c.fwdKey, host)
			if err != nil {
				return nil, exitUsage, err
			}
			opt.TLS = t
		}
		f, err := forward.New(opt)
		if err != nil {
			return nil, exitUsage, err
		}
		s.fwd, s.out = f, f
	case c.out != "":
		comp := archive.CompressionForPath(c.out)
		if c.compress != "" {
			var err error
			if comp, err = archive.ParseCompression(c.compress); err != nil {
				return nil, exitUsage, fmt.Errorf("--compress: %v", err)
			}
		}
		if comp == archive.None {
			f, err := sink.OpenFile(c.out, true)
			if err != nil {
				return nil, exitIO, err
			}
			s.outFile, s.out = f, f
			break
		}
		f, err := os.Create(c.out)
		if err != nil {
			return nil, exitIO, err
		}
		zw, err := archive.NewWriter(f, comp)
		if err != nil {
			f.Close()
			return nil, exitIO, err
		}
		s.out = sink.NewLocked(zw)
		s.outCloser = closers{zw, f}
	default:
		w := stdout
		if c.compress != "" && c.compress != "none" {
			comp, err := archive.ParseCompression(c.compress)
			if err != nil {
				return nil, exitUsage, fmt.Errorf("--compress: %v", err)
			}
			zw, err := archive.NewWriter(stdout, comp)
			if err != nil {
				return nil, exitIO, err
			}
			s.outCloser = zw
			w = zw
		}
		s.out = sink.NewLocked(w)
	}
	for _, addr := range c.listen {
		ln, err := listen.Listen(addr)
		if err != nil {
			s.closeListeners()
			return nil, exitUsage, fmt.Errorf("--listen %s: %v", addr, err)
		}
		s.listeners = append(s.listeners, ln)
	}
	if s.m != nil {
		s.out = s.m.Output(s.out)
	}
	if len(s.listeners) > 0 {
		opt := listen.Options{Scrubber: sc, Sink: s.out, TLS: s.tlsSrv,
			MaxConns: c.maxConns, IdleTimeout: c.idleTimeout, MaxLine: c.maxLine, Logger: s.log}
		if s.m != nil {
			opt.Observer = s.m.Network
		}
		s.srv = listen.New(opt)
	}
	if s.m != nil {
		ln, err := net.Listen("tcp", c.metricsAddr)
		if err != nil {
			s.closeListeners()
			return nil, exitUsage, fmt.Errorf("--metrics-addr %s: %v", c.metricsAddr, err)
		}
		s.metricsLn = ln
		if s.srv != nil {
			s.m.WatchListen(s.srv)
		}
		if s.tlsSrv != nil {
			s.m.WatchTLS(s.tlsSrv)
		}
		if s.fwd != nil {
			s.m.WatchForward(s.fwd)
		}
	}
	// Last: nothing after it fails, so its goroutines never leak.
	s.pool = workers.New(sc, c.workers)
	return s, exitOK, nil
}

// ready is /readyz: every listener open, and the forward target connected
// when there is one.
func (s *session) ready() error {
	if why := s.notReady.Load(); why != nil {
		return errors.New(*why)
	}
	if s.fwd != nil && !s.fwd.Connected() {
		return errors.New("forward target not connected")
	}
	return nil
}

// setNotReady makes /readyz say why from now on (the first reason stays).
func (s *session) setNotReady(why string) { s.notReady.CompareAndSwap(nil, &why) }

// countError counts an input's or the output's error in errors_total.
func (s *session) countError(err error) {
	if s.m != nil {
		s.m.CountError(err)
	}
}

// closers closes each in order and keeps the first error.
type closers []io.Closer

func (cs closers) Close() error {
	var first error
	for _, c := range cs {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (s *session) closeListeners() {
	for _, ln := range s.listeners {
		ln.Close()
	}
}

// checkCombinations rejects flags that make no sense together.
func (c *config) checkCombinations() error {
	if c.workers < 1 {
		return fmt.Errorf("--workers %d: want 1 or more", c.workers)
	}
	// An address with user:password@ is refused without being echoed: a
	// credential put there by mistake must not reach stderr and the logs
	// that collect it.
	for _, a := range append([]string{c.forward, c.metricsAddr}, c.listen...) {
		if !strings.HasPrefix(a, "unix://") && strings.Contains(a, "@") {
			return errors.New("an address (--listen, --forward or --metrics-addr) holds an '@': addresses take no user:password@ (the address is not shown)")
		}
	}
	switch {
	case c.inPlace && (c.out != "" || c.forward != "" || len(c.listen) > 0):
		return errors.New("--in-place rewrites the input files: it takes no -o, --forward or --listen")
	case c.inPlace && len(c.files) == 0:
		return errors.New("--in-place needs file names")
	case c.inPlace && c.compress != "":
		return errors.New("--in-place keeps each file's compression: it takes no --compress")
	case c.out != "" && c.forward != "":
		return errors.New("-o and --forward are two outputs: choose one")
	case c.forward != "" && c.compress != "":
		return errors.New("--compress applies to -o or stdout, not --forward")
	case (c.tlsCert == "") != (c.tlsKey == ""):
		return errors.New("--tls-cert and --tls-key go together")
	case c.tlsCert != "" && len(c.listen) == 0:
		return errors.New("--tls-cert is for --listen")
	case c.tlsClientCA != "" && c.tlsCert == "":
		return errors.New("--tls-client-ca needs --tls-cert and --tls-key")
	case len(c.tlsAllow) > 0 && c.tlsClientCA == "":
		return errors.New("--tls-allow-subject needs --tls-client-ca (it narrows the client certificates accepted)")
	case (c.fwdCA != "" || c.fwdCert != "" || c.fwdKey != "") && !strings.HasPrefix(c.forward, "tls://"):
		return errors.New("--forward-tls-ca, --forward-tls-cert and --forward-tls-key are for --forward tls://HOST:PORT")
	case (c.fwdCert == "") != (c.fwdKey == ""):
		return errors.New("--forward-tls-cert and --forward-tls-key go together")
	}
	for _, f := range c.files {
		if f == "-" && c.inPlace {
			return errors.New("--in-place cannot rewrite stdin")
		}
	}
	return nil
}

// addStats adds one Stream's counts to the session's.
func (s *session) addStats(st *filter.Stats) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stats.Add(st)
}

// run drives the session until its inputs end or a signal stops it, and
// returns the exit code. stop is closed at the first SIGINT or SIGTERM;
// hup receives each SIGHUP.
func (s *session) run(stdin io.Reader, stop <-chan struct{}, hup <-chan struct{}) int {
	code := exitOK
	defer s.pool.Close()
	s.log.Info("starting", "version", Version, "rules", len(s.sc.Rules().Rules), "inputs", len(s.c.files),
		"listeners", len(s.listeners), "forward", s.c.forward != "", "metrics_addr", s.c.metricsAddr, "workers", s.pool.Workers())
	defer func() {
		s.log.Info("stopped", "exit", code)
	}()
	if s.m != nil {
		// Served from before the first read until every sink is closed.
		s.log.Info("serving metrics", "addr", s.metricsLn.Addr().String())
		defer s.m.Serve(s.metricsLn, s.ready)()
	}
	var wg sync.WaitGroup
	serveErr := make(chan error, len(s.listeners))
	for _, ln := range s.listeners {
		wg.Add(1)
		go func(ln net.Listener) {
			defer wg.Done()
			if err := s.srv.Serve(ln); err != nil {
				s.setNotReady("a --listen listener failed")
				serveErr <- err
			}
		}(ln)
	}
	if s.tlsSrv != nil {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go s.tlsSrv.Watch(ctx, 5*time.Second)
	}
	go func() {
		for range hup {
			if s.tlsSrv != nil {
				if err := s.tlsSrv.Reload(); err != nil {
					s.log.Warn("certificate reload failed; the old certificates stay in use", "err", err)
				}
			}
			if s.outFile != nil {
				if err := s.outFile.Reopen(); err != nil {
					s.log.Warn("re-opening the output failed; writing on to the old file", "err", err)
				} else {
					s.log.Info("SIGHUP: output re-opened", "file", s.c.out)
				}
			}
		}
	}()

	files := s.c.files
	if len(files) == 0 && len(s.listeners) == 0 {
		files = []string{"-"}
	}
	if s.c.inPlace {
		code = s.inPlace(files, stop)
	} else if len(files) > 0 {
		code = s.scrubFiles(files, stdin, stop)
	}
	if len(s.listeners) > 0 {
		select {
		case <-stop:
			s.log.Info("signal received; draining the connections", "timeout", s.c.shutdownTimeout.String())
		case err := <-serveErr:
			s.errorf("--listen: %v", err)
			code = exitIO
		}
		s.setNotReady("shutting down")
		ctx, cancel := context.WithTimeout(context.Background(), s.c.shutdownTimeout)
		if err := s.srv.Shutdown(ctx); err != nil {
			s.errorf("shutting the receiver down: %v", err)
			code = exitIO
		}
		cancel()
		wg.Wait()
		st := s.srv.Stats()
		s.addStats(&st.Filter)
	}
	s.setNotReady("shutting down")
	if c := s.closeSinks(); c != exitOK && code == exitOK {
		code = c
	}
	return code
}

// closeSinks flushes and closes the output, within the shutdown deadline
// for a forward target.
func (s *session) closeSinks() int {
	code := exitOK
	if s.fwd != nil {
		ctx, cancel := context.WithTimeout(context.Background(), s.c.shutdownTimeout)
		n, err := s.fwd.Close(ctx)
		cancel()
		if n > 0 {
			s.errorf("--forward: %d lines were not delivered within %v", n, s.c.shutdownTimeout)
			code = exitIO
		} else if err != nil {
			s.errorf("--forward: %v", err)
			code = exitIO
		}
	}
	if s.outCloser != nil {
		if err := s.outCloser.Close(); err != nil {
			s.errorf("closing the output: %v", err)
			code = exitIO
		}
	}
	if s.outFile != nil {
		if err := s.outFile.Close(); err != nil {
			s.errorf("%s: %v", s.c.out, err)
			code = exitIO
		}
	}
	return code
}

// scrubFiles scrubs the named inputs one after another into the sink.
func (s *session) scrubFiles(files []string, stdin io.Reader, stop <-chan struct{}) int {
	defer s.addStats(s.pool.Stats())
	lw := sink.NewLineWriter(s.out)
	// Lines of several sources (or a forward target, which frames lines)
	// need an ending; one input to stdout or -o keeps a missing final
	// newline missing.
	terminate := len(s.listeners) > 0 || s.fwd != nil
	var total int64
	filesOnly := true
	for _, f := range files {
		if f == "-" {
			filesOnly = false
			continue
		}
		if fi, err := os.Stat(f); err == nil {
			total += fi.Size()
		}
	}
	var bar *progress.Bar
	if progress.Enabled(s.c.progress, s.c.noProgress, filesOnly, s.stderr) {
		bar = progress.New(s.stderr, total)
		defer bar.Finish()
	}
	lim := archive.Limits{MaxRatio: s.c.maxRatio}
	code := exitOK
	var done int64
	for _, name := range files {
		select {
		case <-stop:
			return code
		default:
		}
		in, err := archive.Open(name, stdin, lim)
		if err != nil {
			s.errorf("%v", err)
			s.countError(err)
			code = exitIO
			if s.c.keepGoing {
				continue
			}
			return code
		}
		kind := metrics.SourceFile
		if name == "-" {
			kind = metrics.SourceStdin
		}
		r := &stopReader{in: in, stop: stop, redactions: &s.redacted, bar: bar, base: done}
		err = s.pool.Copy(lw, r, s.observer(kind))
		if ferr := lw.Finish(terminate); err == nil && ferr != nil {
			err = &filter.IOError{Op: "write", Err: ferr}
		}
		done += in.Consumed()
		in.Close()
		if err != nil {
			s.errorf("%v", describeCopyError(err, in.Name()))
			s.countError(err)
			code = exitIO
			var ioe *filter.IOError
			if !s.c.keepGoing || errors.As(err, &ioe) && ioe.Op == "write" {
				return code // the output failed: no later input can be written
			}
		}
	}
	return code
}

func describeCopyError(err error, name string) error {
	var ioe *filter.IOError
	if errors.As(err, &ioe) {
		if ioe.Op == "write" {
			return fmt.Errorf("writing output: %v", ioe.Err)
		}
		return ioe.Err // archive's errors name the file (and the offset)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// stopReader ends an input at the first stop signal (after the read in
// progress: what was read is still scrubbed and written), and drives the
// progress bar from the scrubbing goroutine.
type stopReader struct {
	in         *archive.Input
	stop       <-chan struct{}
	redactions *atomic.Int64 // so far, for the status line
	bar        *progress.Bar
	base       int64
}

func (r *stopReader) Read(p []byte) (int, error) {
	select {
	case <-r.stop:
		return 0, io.EOF
	default:
	}
	if r.bar != nil {
		r.bar.Update(r.base+r.in.Consumed(), r.redactions.Load())
	}
	n, err := r.in.Read(p)
	if err != nil && errors.Is(err, os.ErrDeadlineExceeded) {
		select {
		case <-r.stop:
			// The stop signal cut a blocked read of stdin short: what
			// was read is scrubbed, and the input ends here.
			return n, io.EOF
		default:
		}
	}
	return n, err
}

// inPlace scrubs each file where it lies.
func (s *session) inPlace(files []string, stop <-chan struct{}) int {
	defer s.addStats(s.pool.Stats())
	obs := s.observer(metrics.SourceFile)
	lim := archive.Limits{MaxRatio: s.c.maxRatio}
	code := exitOK
	for _, name := range files {
		select {
		case <-stop:
			return code
		default:
		}
		_, err := archive.ScrubInPlace(name, lim, func(dst io.Writer, src io.Reader) (bool, error) {
			before := s.pool.Stats().LinesChanged
			err := s.pool.Copy(dst, src, obs)
			return s.pool.Stats().LinesChanged > before, err
		})
		if err != nil {
			s.errorf("%v", describeCopyError(err, name))
			s.countError(err)
			code = exitIO
			if !s.c.keepGoing {
				return code
			}
		}
	}
	return code
}

// exitSignal is the exit code after a second signal: 128 + its number.
func exitSignal(sig os.Signal) int {
	if n, ok := sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitIO
}

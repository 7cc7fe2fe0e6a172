package metrics

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/cmd/logscrub/certs"
	"github.com/logscrub/logscrub/cmd/logscrub/forward"
	"github.com/logscrub/logscrub/cmd/logscrub/listen"
	"github.com/logscrub/logscrub/cmd/logscrub/sink"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

const namespace = "logscrub"

// Source kinds, the values of the source label.
const (
	SourceStdin = "stdin"
	SourceFile  = "file" // files and archives, also --in-place
	SourceTCP   = "tcp"  // --listen tcp://, with or without TLS
	SourceUnix  = "unix" // --listen unix://
)

var sourceKinds = [...]string{SourceStdin, SourceFile, SourceTCP, SourceUnix}

// ErrorKind is a value of the errors_total kind label that the session
// counts with Error. The receiver's and the TLS server's errors ("sink",
// "tls_handshake") are read from their own counters at scrape time.
type ErrorKind int

const (
	ErrRead       ErrorKind = iota // an input could not be opened or read
	ErrDecompress                  // a compressed input is corrupt, truncated, or expands past --max-expansion
	ErrWrite                       // the output could not be written
	numErrorKinds
)

var errorKindNames = [numErrorKinds]string{ErrRead: "read", ErrDecompress: "decompress", ErrWrite: "write"}

func (k ErrorKind) String() string {
	if k < 0 || k >= numErrorKinds {
		return "unknown"
	}
	return errorKindNames[k]
}

// The error kinds read from other packages' counters at scrape time.
const (
	errSink         = "sink"          // a receiver connection closed because the output failed
	errTLSHandshake = "tls_handshake" // a TLS handshake rejected (any reason)
)

// tlsReasons is the fixed set of reason label values; a reason that
// package certs adds later is counted under "other" until it is listed.
var tlsReasons = [...]string{
	certs.ReasonNoCertificate, certs.ReasonUnknownCA, certs.ReasonExpired, certs.ReasonSubjectNotAllowed,
	certs.ReasonBadCertificate, certs.ReasonPlaintext, certs.ReasonHandshake,
}

// blockBuckets are the bounds of block_seconds, from 10µs (a few short
// lines off a socket) to 1s (a block of very long lines).
var blockBuckets = []float64{
	10e-6, 25e-6, 50e-6, 100e-6, 250e-6, 500e-6,
	1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3,
	100e-3, 250e-3, 500e-3, 1,
}

// Metrics is the instrumentation of one logscrub process. Its methods are
// safe for concurrent use.
type Metrics struct {
	reg     *prometheus.Registry
	sources [len(sourceKinds)]source
	// redactions is indexed by rule index (rules.Rule.Index).
	redactions []prometheus.Counter
	outBytes   prometheus.Counter
	errs       [numErrorKinds]atomic.Int64

	srv atomic.Pointer[listen.Server]
	tls atomic.Pointer[certs.Server]
	fwd atomic.Pointer[forward.Forwarder]
}

// New returns a Metrics with every counter of set's rules and of every
// source kind created (at 0), in a registry of its own that also holds the
// Go and process collectors.
func New(set *rules.Set) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	counterVec := func(name, help string, labels ...string) *prometheus.CounterVec {
		v := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, labels)
		m.reg.MustRegister(v)
		return v
	}
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help})
		m.reg.MustRegister(c)
		return c
	}
	lines := counterVec("lines_total", "Lines read and scrubbed, by source kind.", "source")
	bytes := counterVec("bytes_total", "Bytes of the lines read (line endings included for stdin and files, excluded for the receiver), by source kind.", "source")
	changed := counterVec("lines_changed_total", "Lines in which at least one secret was redacted, by source kind.", "source")
	block := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: namespace, Name: "block_seconds",
		Help:    "Time to scrub one block: a read of stdin or a file (up to 256 KiB), or of a receiver connection (up to 64 KiB).",
		Buckets: blockBuckets,
	}, []string{"source"})
	m.reg.MustRegister(block)
	red := counterVec("redactions_total", "Secrets redacted, by rule id.", "rule")
	jsonLines := counter("json_lines_total", "Lines with a candidate secret that were walked as JSON.")
	jsonFallbacks := counter("json_fallbacks_total", "Lines that looked like a JSON object but did not parse, and were scanned as text.")
	pemResets := counter("pem_resets_total", "Multi-line private key blocks abandoned without an END line.")
	m.outBytes = counter("output_bytes_total", "Bytes of scrubbed lines handed to the output (stdout, -o FILE or the forward queue).")

	for i, kind := range sourceKinds {
		m.sources[i] = source{
			m:     m,
			lines: lines.WithLabelValues(kind), bytes: bytes.WithLabelValues(kind), changed: changed.WithLabelValues(kind),
			block:     block.WithLabelValues(kind),
			jsonLines: jsonLines, jsonFallbacks: jsonFallbacks, pemResets: pemResets,
		}
	}
	m.redactions = make([]prometheus.Counter, len(set.Rules))
	for _, r := range set.Rules {
		m.redactions[r.Index] = red.WithLabelValues(r.ID)
	}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}), pulled{m})
	return m
}

// Registry returns the registry the metrics are in.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Source returns the Observer for the Streams of one source kind (one of
// the Source constants); it panics on any other kind, a programming error.
// It allocates nothing: every kind's Observer is built by New.
func (m *Metrics) Source(kind string) filter.Observer {
	for i, k := range sourceKinds {
		if k == kind {
			return &m.sources[i]
		}
	}
	panic("metrics: unknown source kind " + kind)
}

// Error counts one error of kind k.
func (m *Metrics) Error(k ErrorKind) {
	if k < 0 || k >= numErrorKinds {
		panic("metrics: unknown error kind")
	}
	m.errs[k].Add(1)
}

// WatchListen makes each scrape read the receiver's counters.
func (m *Metrics) WatchListen(s *listen.Server) { m.srv.Store(s) }

// WatchTLS makes each scrape read the TLS server's rejection counts.
func (m *Metrics) WatchTLS(s *certs.Server) { m.tls.Store(s) }

// WatchForward makes each scrape read the forwarder's counters.
func (m *Metrics) WatchForward(f *forward.Forwarder) { m.fwd.Store(f) }

// Output returns a sink.Lines that counts the bytes written to l.
func (m *Metrics) Output(l sink.Lines) sink.Lines { return &output{l: l, n: m.outBytes} }

type output struct {
	l sink.Lines
	n prometheus.Counter
}

func (o *output) WriteLines(p []byte) error {
	err := o.l.WriteLines(p)
	if err == nil {
		o.n.Add(float64(len(p)))
	}
	return err
}

// source is the Observer of one source kind; every counter it adds to is
// resolved.
type source struct {
	m                                   *Metrics
	lines, bytes, changed               prometheus.Counter
	jsonLines, jsonFallbacks, pemResets prometheus.Counter
	block                               prometheus.Observer
}

var _ filter.Observer = (*source)(nil)

// ObserveBlock adds one block's counts. It allocates nothing.
func (s *source) ObserveBlock(d *filter.Stats, took time.Duration) {
	add(s.lines, d.Lines)
	add(s.bytes, d.Bytes)
	add(s.changed, d.LinesChanged)
	add(s.jsonLines, d.JSONLines)
	add(s.jsonFallbacks, d.JSONFallbacks)
	add(s.pemResets, d.PEMResets)
	red := s.m.redactions
	for i, n := range d.Redactions {
		if n > 0 && i < len(red) {
			red[i].Add(float64(n))
		}
	}
	s.block.Observe(took.Seconds())
}

func add(c prometheus.Counter, n int64) {
	if n > 0 {
		c.Add(float64(n))
	}
}

// Handler serves /metrics (the registry in the text exposition format),
// /healthz (200 "ok" while the process runs) and /readyz (200 when ready
// returns nil; 503 with the error's text otherwise).
func (m *Metrics) Handler(ready func() error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		plain(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if err := ready(); err != nil {
			plain(w, http.StatusServiceUnavailable, err.Error())
			return
		}
		plain(w, http.StatusOK, "ready")
	})
	return mux
}

func plain(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write([]byte(msg + "\n"))
}

// Network returns the Observer for a receiver connection on a listener of
// the network ("unix" or "tcp"), for listen.Options.Observer.
func (m *Metrics) Network(network string) filter.Observer {
	if network == "unix" {
		return m.Source(SourceUnix)
	}
	return m.Source(SourceTCP)
}

// CountError counts an input's or the output's error in errors_total by
// its type: an [*archive.FormatError] is decompress, a [*filter.IOError]
// writing is write, anything else (open, read, an --in-place rewrite) is
// read.
func (m *Metrics) CountError(err error) {
	var fe *archive.FormatError
	var ioe *filter.IOError
	switch {
	case errors.As(err, &fe):
		m.Error(ErrDecompress)
	case errors.As(err, &ioe) && ioe.Op == "write":
		m.Error(ErrWrite)
	default:
		m.Error(ErrRead)
	}
}

// Serve serves Handler(ready) on ln in a goroutine until stop is called;
// stop waits for the requests in progress (a second at most) and returns.
func (m *Metrics) Serve(ln net.Listener, ready func() error) (stop func()) {
	hs := &http.Server{Handler: m.Handler(ready), ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute}
	done := make(chan struct{})
	go func() {
		defer close(done)
		hs.Serve(ln) // returns at Shutdown, or when ln fails
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if hs.Shutdown(ctx) != nil {
			hs.Close()
		}
		<-done
	}
}

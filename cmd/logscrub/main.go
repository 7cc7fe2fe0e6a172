// Command logscrub removes secrets from log lines.
//
//	my-service | logscrub > clean.log
//	logscrub app.log other.log.gz -o clean.log
//
// See README.md for rule files, styles and integration recipes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/cmd/logscrub/forward"
	"github.com/logscrub/logscrub/cmd/logscrub/listen"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// Version and Commit are the release version and the source commit, set
// at build time with -ldflags "-X main.Version=… -X main.Commit=…" (the
// Dockerfile does). A plain go build leaves Commit to the VCS stamp Go
// records, when there is one.
var (
	Version = "0.1.0-dev"
	Commit  = ""
)

// commit returns Commit, or the revision go build stamped into the binary
// (vcs.revision, with "-dirty" for a modified tree), or "unknown".
func commit() string {
	if Commit != "" {
		return Commit
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "-dirty"
				}
			}
		}
		if rev != "" {
			return rev + dirty
		}
	}
	return "unknown"
}

// Exit codes.
const (
	exitOK    = 0
	exitIO    = 1
	exitUsage = 2
	exitFound = 3
)

func main() {
	os.Exit(run(os.Args[1:], pollableStdin(os.Stdin), os.Stdout, os.Stderr))
}

// memoryPerWorker is the Go runtime's soft memory limit per worker when
// GOMEMLIMIT is not set: the garbage collector works harder as the heap
// nears it, so that the bursts of garbage very long lines make (each line
// read, its output, its hits) do not double the process's size (a file of
// 8 MB lines, one worker: 80 MB of RSS without it, 58 MB with it, 5% more
// time). Ordinary logs keep the heap far below it; a live heap above it
// (lines of tens of MB) costs collector time, never a failure.
const memoryPerWorker = 48 << 20

func setMemoryLimit(workers int) {
	if os.Getenv("GOMEMLIMIT") == "" && workers > 0 {
		debug.SetMemoryLimit(int64(workers) * memoryPerWorker)
	}
}

const usageText = `logscrub removes secrets (API keys, tokens, passwords, cookies, credentials
in URLs, private keys) from log lines. Lines in, the same lines out, in order,
with every secret replaced and every other byte unchanged.

Usage:
  logscrub [flags] [FILE ...]          scrub FILEs (or stdin) to stdout or -o FILE
  logscrub scan [flags] [FILE ...]     report secrets (file, line, columns, rule)
                                       without printing them; see scan --help
  logscrub rules list [--rules FILE]   list the rules
  logscrub rules test [--all] FILE...  check a rule file's must_redact and
                                       must_keep samples; see rules --help

FILE may be "-" for stdin; gzip and zstd files are recognised by their magic
bytes and decompressed. Output is always plain text. A first argument "scan"
or "rules" is a subcommand: to scrub a file of that name, write ./scan or
./rules (or put it after "--").

Examples:
  my-service | logscrub | my-shipper
  logscrub app.log old.log.gz -o clean.log
  logscrub --rules extra.toml --style partial --stats < app.log > clean.log
  LOGSCRUB_HASH_KEY=$(cat /run/secrets/k) logscrub --style hash app.log

Flags:
`

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

type config struct {
	out         string
	ruleFiles   stringList
	format      string
	style       string
	hashKeyFile string
	stats       bool
	version     bool
	files       []string

	// Files and archives.
	compress   string
	inPlace    bool
	keepGoing  bool
	progress   bool
	noProgress bool
	maxRatio   int64

	// The receiver.
	listen      stringList
	tlsCert     string
	tlsKey      string
	tlsClientCA string
	tlsAllow    stringList
	maxConns    int
	idleTimeout time.Duration
	maxLine     int

	// Forwarding.
	forward  string
	fwdCA    string
	fwdCert  string
	fwdKey   string
	fwdQueue int

	shutdownTimeout time.Duration
	metricsAddr     string

	workers int

	// logscrub's own messages.
	logFormat string
	logLevel  string
}

// parseArgs parses flags that may come before, between or after file names.
func parseArgs(args []string, stderr io.Writer) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("logscrub", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.out, "o", "", "write output to `FILE` instead of stdout")
	fs.Var(&c.ruleFiles, "rules", "merge rule `FILE` over the embedded defaults (repeatable; same id replaces)")
	fs.StringVar(&c.format, "format", "auto", "line format: auto (JSON objects as JSON, the rest as text), json, text")
	fs.StringVar(&c.style, "style", "", "redaction style for rules that set none: mask, partial, hash (default: the rule files' style, mask)")
	fs.StringVar(&c.hashKeyFile, "hash-key-file", "", "read the hash style's HMAC key from `FILE` (else $LOGSCRUB_HASH_KEY)")
	fs.BoolVar(&c.stats, "stats", false, "print per-rule counts to stderr at exit")
	fs.BoolVar(&c.version, "version", false, "print the version and exit")

	fs.StringVar(&c.compress, "compress", "", "compress the output: gzip, zstd or none (default: from -o's extension .gz/.zst, else none)")
	fs.BoolVar(&c.inPlace, "in-place", false, "scrub each FILE where it lies, keeping its compression, mode and owner; a file that needs no change is not rewritten")
	fs.BoolVar(&c.keepGoing, "keep-going", false, "after an input fails, go on with the next and exit 1 at the end")
	fs.BoolVar(&c.progress, "progress", false, "show a status line on stderr even when it is not a terminal")
	fs.BoolVar(&c.noProgress, "no-progress", false, "never show the status line")
	fs.Int64Var(&c.maxRatio, "max-expansion", archive.DefaultMaxRatio, "stop a compressed input that expands more than `N` times its compressed size (plus 1 MiB)")

	fs.Var(&c.listen, "listen", "receive lines on `ADDR`: tcp://HOST:PORT or unix:///PATH (repeatable)")
	fs.StringVar(&c.tlsCert, "tls-cert", "", "TLS certificate `FILE` (PEM) for --listen; TLS 1.2 or later")
	fs.StringVar(&c.tlsKey, "tls-key", "", "TLS private key `FILE` (PEM) for --listen")
	fs.StringVar(&c.tlsClientCA, "tls-client-ca", "", "require client certificates that chain to the CA in `FILE` (mutual TLS)")
	fs.Var(&c.tlsAllow, "tls-allow-subject", "accept only client certificates whose CN, DNS or URI SAN matches `PATTERN` (a glob; repeatable)")
	fs.IntVar(&c.maxConns, "max-conns", listen.DefaultMaxConns, "most client connections open at once")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", listen.DefaultIdleTimeout, "close a client connection idle for this long")
	fs.IntVar(&c.maxLine, "max-line", listen.DefaultMaxLine, "cut a received line longer than `BYTES` into scanned pieces")

	fs.StringVar(&c.forward, "forward", "", "send the output to `ADDR`: tcp://HOST:PORT or tls://HOST:PORT (a shipper's TCP input)")
	fs.StringVar(&c.fwdCA, "forward-tls-ca", "", "verify the forward target against the CA in `FILE` (default: the system roots)")
	fs.StringVar(&c.fwdCert, "forward-tls-cert", "", "client certificate `FILE` for mutual TLS to the forward target")
	fs.StringVar(&c.fwdKey, "forward-tls-key", "", "client key `FILE` for mutual TLS to the forward target")
	fs.IntVar(&c.fwdQueue, "forward-queue", forward.DefaultQueueBytes, "bound of the forward queue in `BYTES`; when it is full the sources wait")
	fs.StringVar(&c.metricsAddr, "metrics-addr", "", "serve /metrics (Prometheus), /healthz and /readyz over HTTP on `ADDR` (HOST:PORT or :PORT)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "scrub stdin and files with `N` workers in parallel, the output in order and byte for byte that of one (default: the CPUs this process may use)")
	fs.StringVar(&c.logFormat, "log-format", "text", "logscrub's own messages on stderr: text or json")
	fs.StringVar(&c.logLevel, "log-level", "", "least level of logscrub's own messages: debug, info, warn, error (default: info with --listen, else warn)")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 10*time.Second, "at SIGTERM, how long to drain connections and flush the forward queue")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nSignals: SIGTERM or SIGINT finish the lines received, flush and exit 0; a second one exits at once\n(128 + the signal). SIGHUP reloads the TLS certificates and re-opens -o FILE.\n")
		fmt.Fprint(stderr, "\nExit status: 0 done, 1 I/O error (or lines not delivered), 2 bad usage or configuration,\n128+N killed by a second signal N.\n")
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, err
	}
	c.files = files
	return c, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWithExit(args, stdin, stdout, stderr, os.Exit)
}

// runWithExit is run with the function that a second signal calls.
func runWithExit(args []string, stdin io.Reader, stdout, stderr io.Writer, exit func(int)) int {
	// Subcommands come first; a file named "scan" or "rules" is ./scan.
	if len(args) > 0 {
		switch args[0] {
		case "scan":
			return runScan(args[1:], stdin, stdout, stderr)
		case "rules":
			return runRules(args[1:], stdout, stderr)
		}
	}
	c, err := parseArgs(args, stderr)
	if err == flag.ErrHelp {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	setMemoryLimit(c.workers)
	if c.version {
		fmt.Fprintf(stdout, "logscrub %s (commit %s, %s)\n", Version, commit(), runtime.Version())
		return exitOK
	}
	sc, err := buildScrubber(c)
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return exitUsage
	}
	// Check every input before reading any.
	if code := checkInputs(c.files, stderr); code != exitOK {
		return code
	}
	if c.out != "" {
		if oi, err := os.Stat(c.out); err == nil {
			for _, f := range c.files {
				if fi, err := os.Stat(f); f != "-" && err == nil && os.SameFile(fi, oi) {
					fmt.Fprintf(stderr, "logscrub: -o %s would overwrite the input %s\n", c.out, f)
					return exitUsage
				}
			}
		}
	}
	s, code, err := openSession(c, sc, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return code
	}
	stop, hup, release := handleSignals(stdin, exit)
	defer release()
	code = s.run(stdin, stop, hup)
	if c.stats {
		printStats(stderr, sc.Rules(), &s.stats)
	}
	return code
}

// handleSignals turns SIGINT and SIGTERM into a closed stop channel (and
// cuts a blocked read of stdin short), a second one into exit(128+N), and
// SIGHUP into a message on hup. release stops listening for them.
func handleSignals(stdin io.Reader, exit func(int)) (stop, hup chan struct{}, release func()) {
	stop, hup = make(chan struct{}), make(chan struct{}, 1)
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		stopped := false
		for {
			select {
			case <-done:
				return
			case sig := <-sigs:
				switch {
				case sig == syscall.SIGHUP:
					select {
					case hup <- struct{}{}:
					default:
					}
				case !stopped:
					stopped = true
					close(stop)
					if f, ok := stdin.(*os.File); ok {
						_ = f.SetReadDeadline(time.Now())
					}
				default:
					exit(exitSignal(sig))
				}
			}
		}
	}()
	return stop, hup, func() {
		signal.Stop(sigs)
		close(done)
		<-exited // no send on hup after this
		close(hup)
	}
}

func buildScrubber(c *config) (*filter.Scrubber, error) {
	set, err := rules.Load(c.ruleFiles...)
	if err != nil {
		return nil, err
	}
	opt := filter.Options{}
	if opt.Format, err = filter.ParseFormat(c.format); err != nil {
		return nil, err
	}
	if c.style != "" {
		if opt.Style, err = rules.ParseStyle(c.style); err != nil {
			return nil, fmt.Errorf("--style: %v", err)
		}
	}
	if c.hashKeyFile != "" {
		k, err := os.ReadFile(c.hashKeyFile)
		if err != nil {
			return nil, fmt.Errorf("--hash-key-file: %v", err)
		}
		opt.HashKey = []byte(strings.TrimRight(string(k), "\r\n"))
	} else if k := os.Getenv("LOGSCRUB_HASH_KEY"); k != "" {
		opt.HashKey = []byte(k)
	}
	return filter.New(set, opt)
}

func printStats(w io.Writer, set *rules.Set, s *filter.Stats) {
	fmt.Fprintf(w, "logscrub: %d lines, %d bytes, %d lines changed", s.Lines, s.Bytes, s.LinesChanged)
	if s.PEMResets > 0 {
		fmt.Fprintf(w, ", %d private-key blocks without END", s.PEMResets)
	}
	fmt.Fprintln(w)
	type row struct {
		id string
		n  int64
	}
	var rows []row
	var total int64
	for i, n := range s.Redactions {
		if n > 0 {
			rows = append(rows, row{set.Rules[i].ID, n})
			total += n
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n || rows[i].n == rows[j].n && rows[i].id < rows[j].id })
	fmt.Fprintf(w, "  %-32s %12s\n", "rule", "redactions")
	for _, r := range rows {
		fmt.Fprintf(w, "  %-32s %12d\n", r.id, r.n)
	}
	fmt.Fprintf(w, "  %-32s %12d\n", "total", total)
}

// Command logscrub removes secrets from log lines.
//
//	my-service | logscrub > clean.log
//	logscrub app.log other.log.gz -o clean.log
//
// See README.md for rule files, styles and integration recipes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// Version is the release version, set at build time with
// -ldflags "-X main.Version=…".
var Version = "0.1.0-dev"

// Exit codes.
const (
	exitOK    = 0
	exitIO    = 1
	exitUsage = 2
	exitFound = 3
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nExit status: 0 done, 1 I/O error, 2 bad usage or configuration.\n")
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return nil, err
	}
	c.files = files
	return c, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
	if c.version {
		fmt.Fprintf(stdout, "logscrub %s (%s)\n", Version, runtime.Version())
		return exitOK
	}
	sc, err := buildScrubber(c)
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return exitUsage
	}
	if len(c.files) == 0 {
		c.files = []string{"-"}
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
	out := stdout
	var outFile *os.File
	if c.out != "" {
		outFile, err = os.Create(c.out)
		if err != nil {
			fmt.Fprintf(stderr, "logscrub: %v\n", err)
			return exitIO
		}
		out = outFile
	}
	st := sc.NewStream()
	code := exitOK
	for _, name := range c.files {
		if err := scrubInput(st, name, stdin, out); err != nil {
			fmt.Fprintf(stderr, "logscrub: %v\n", err)
			code = exitIO
			break
		}
		st.Reset()
	}
	if outFile != nil {
		if err := outFile.Close(); err != nil && code == exitOK {
			fmt.Fprintf(stderr, "logscrub: %s: %v\n", c.out, err)
			code = exitIO
		}
	}
	if c.stats {
		printStats(stderr, sc.Rules(), st.Stats())
	}
	return code
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

// scrubInput scrubs one named input ("-" is stdin) into out. Errors name
// the file that failed.
func scrubInput(st *filter.Stream, name string, stdin io.Reader, out io.Writer) error {
	in, display, err := openNamed(name, stdin)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := st.Copy(out, in); err != nil {
		var ioe *filter.IOError
		if errors.As(err, &ioe) && ioe.Op == "write" {
			return fmt.Errorf("writing output: %v", ioe.Err)
		}
		if errors.As(err, &ioe) {
			return fmt.Errorf("reading %s: %v", display, ioe.Err)
		}
		return fmt.Errorf("%s: %v", display, err)
	}
	return nil
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

package main

import (
	"bufio"
	"crypto/rand"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/logscrub/logscrub/cmd/logscrub/archive"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

const scanUsageText = `logscrub scan reports the secrets logscrub would redact, without printing
them: one finding per line,

  FILE:LINE:START-END: RULE: PREVIEW

LINE counts from 1; START and END are byte columns counted from 1, END
inclusive (the secret is bytes START..END of the line, without its ending).
stdin is shown as "-". PREVIEW never holds the secret: a token's public
prefix and its length in characters ("ghp_…(40 chars)"), or only the length
("…(14 chars)").

Usage:
  logscrub scan [flags] [FILE ...]

FILE may be "-" for stdin; gzip and zstd files are decompressed. An input
that cannot be read is reported and the others are still scanned.

Examples:
  logscrub scan app.log old.log.gz
  logscrub scan --fail-on-find --stats build.log     # in CI
  kubectl logs pod/web | logscrub scan --json

Flags:
`

const scanExitText = `
Exit status: 0 done (with or without findings); 3 something was found and
--fail-on-find is set; 1 an input or the output failed (even if something
was found); 2 bad usage or configuration, before any input is read.
`

type scanConfig struct {
	ruleFiles  stringList
	format     string
	json       bool
	failOnFind bool
	stats      bool
	files      []string
}

// runScan is "logscrub scan": it reports findings instead of redacting.
func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &scanConfig{}
	fs := flag.NewFlagSet("logscrub scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&c.ruleFiles, "rules", "merge rule `FILE` over the embedded defaults (repeatable; same id replaces)")
	fs.StringVar(&c.format, "format", "auto", "line format: auto (JSON objects as JSON, the rest as text), json, text")
	fs.BoolVar(&c.json, "json", false, `print JSON lines {"file","line","start","end","rule","preview"} (columns as above)`)
	fs.BoolVar(&c.failOnFind, "fail-on-find", false, "exit 3 when anything was found")
	fs.BoolVar(&c.stats, "stats", false, "print a summary with the count per rule to stderr at exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, scanUsageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, scanExitText)
	}
	files, err := parseInterleaved(fs, args)
	if err == flag.ErrHelp {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	c.files = files
	sc, err := scanScrubber(c.ruleFiles, c.format)
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return exitUsage
	}
	if len(c.files) == 0 {
		c.files = []string{"-"}
	}
	if code := checkInputs(c.files, stderr); code != exitOK {
		return code
	}

	s := &scanner{sc: sc, st: sc.NewStream(), json: c.json, bw: bufio.NewWriterSize(stdout, 64<<10)}
	if c.json {
		s.enc = json.NewEncoder(s.bw)
		s.enc.SetEscapeHTML(false)
	}
	code := exitOK
	for _, name := range c.files {
		err := s.scanInput(name, stdin)
		s.st.Reset()
		var we *writeError
		if errors.As(err, &we) {
			fmt.Fprintf(stderr, "logscrub: writing output: %v\n", we.err)
			code = exitIO
			break
		}
		if err != nil {
			fmt.Fprintf(stderr, "logscrub: %v\n", err)
			code = exitIO
		}
	}
	if err := s.bw.Flush(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "logscrub: writing output: %v\n", err)
		code = exitIO
	}
	if c.stats {
		printScanStats(stderr, sc.Rules(), s.st.Stats(), s.found)
	}
	if code == exitOK && c.failOnFind && s.found > 0 {
		code = exitFound
	}
	return code
}

// scanScrubber builds the Scrubber scan and rules test use. They never
// write a replacement, so a rule file that asks for the hash style gets a
// random key instead of an error for a missing one.
func scanScrubber(ruleFiles []string, format string) (*filter.Scrubber, error) {
	set, err := rules.Load(ruleFiles...)
	if err != nil {
		return nil, err
	}
	opt := filter.Options{HashKey: make([]byte, 32)}
	rand.Read(opt.HashKey)
	if opt.Format, err = filter.ParseFormat(format); err != nil {
		return nil, err
	}
	return filter.New(set, opt)
}

// checkInputs checks that every named input ("-" is stdin) exists and is
// not a directory, before any is read.
func checkInputs(files []string, stderr io.Writer) int {
	for _, f := range files {
		if f == "-" {
			continue
		}
		fi, err := os.Stat(f)
		if err != nil {
			fmt.Fprintf(stderr, "logscrub: %v\n", err)
			return exitIO
		}
		if fi.IsDir() {
			fmt.Fprintf(stderr, "logscrub: %s: is a directory\n", f)
			return exitIO
		}
	}
	return exitOK
}

// parseInterleaved parses flags that may come before, between or after
// file names, and returns the file names. Everything after the first "--"
// is a file name.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files, after []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, after = args[:i], args[i+1:]
	}
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		i := 0
		for i < len(args) && (args[i] == "-" || !strings.HasPrefix(args[i], "-")) {
			files = append(files, args[i])
			i++
		}
		args = args[i:]
	}
	return append(files, after...), nil
}

// scanner reports the findings of a series of inputs. It holds the
// per-line scratch, so reporting allocates little beyond the output.
type scanner struct {
	sc    *filter.Scrubber
	st    *filter.Stream
	json  bool
	bw    *bufio.Writer
	enc   *json.Encoder
	br    *bufio.Reader
	long  []byte
	finds []filter.Finding
	out   []byte
	prev  []byte
	found int64
}

// writeError marks a failure to write the report, which ends the scan.
type writeError struct{ err error }

func (e *writeError) Error() string { return "writing output: " + e.err.Error() }

// scanInput reports the findings in one named input ("-" is stdin).
// Errors name the input; a *writeError means the output failed.
func (s *scanner) scanInput(name string, stdin io.Reader) error {
	in, err := archive.Open(name, stdin, archive.Limits{})
	if err != nil {
		return err
	}
	defer in.Close()
	if s.br == nil {
		s.br = bufio.NewReaderSize(in, 64<<10)
	} else {
		s.br.Reset(in)
	}
	defer s.br.Reset(nil)
	var n int64
	for {
		line, err := s.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it whole, so that a
			// secret is never cut in two or skipped.
			s.long = append(s.long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = s.br.ReadSlice('\n')
				s.long = append(s.long, line...)
			}
			line = s.long
		}
		if len(line) > 0 {
			n++
			if werr := s.line(name, n, line); werr != nil {
				return &writeError{werr}
			}
			if s.br.Buffered() == 0 && s.bw.Buffered() > 0 {
				// A live pipe sees each finding at once.
				if werr := s.bw.Flush(); werr != nil {
					return &writeError{werr}
				}
			}
		}
		if cap(s.long) > 1<<20 {
			s.long = nil
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err // archive's errors start with the input's name
		}
	}
}

// line reports the findings in line number n of the input name.
func (s *scanner) line(name string, n int64, line []byte) error {
	line = trimEnding(line)
	s.finds = s.st.FindLine(s.finds[:0], line)
	for _, f := range s.finds {
		s.found++
		s.prev = s.sc.Preview(s.prev[:0], f, line)
		if s.json {
			err := s.enc.Encode(jsonFinding{File: name, Line: n, Start: f.Start + 1, End: f.End,
				Rule: f.Rule.ID, Preview: string(s.prev)})
			if err != nil {
				return err
			}
			continue
		}
		o := append(s.out[:0], name...)
		o = append(o, ':')
		o = strconv.AppendInt(o, n, 10)
		o = append(o, ':')
		o = strconv.AppendInt(o, int64(f.Start+1), 10)
		o = append(o, '-')
		o = strconv.AppendInt(o, int64(f.End), 10)
		o = append(o, ": "...)
		o = append(o, f.Rule.ID...)
		o = append(o, ": "...)
		o = append(o, s.prev...)
		o = append(o, '\n')
		s.out = o
		if _, err := s.bw.Write(o); err != nil {
			return err
		}
	}
	return nil
}

// jsonFinding is one finding of scan --json.
type jsonFinding struct {
	File    string `json:"file"`
	Line    int64  `json:"line"`
	Start   int    `json:"start"` // 1-based byte column
	End     int    `json:"end"`   // 1-based byte column, inclusive
	Rule    string `json:"rule"`
	Preview string `json:"preview"`
}

// trimEnding drops a line's "\n" or "\r\n".
func trimEnding(line []byte) []byte {
	n := len(line)
	if n > 0 && line[n-1] == '\n' {
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
	}
	return line[:n]
}

// printScanStats writes the one-line summary of scan --stats:
//
//	logscrub scan: 19 lines, 3 findings in 2 lines (password 2, aws-access-key-id 1)
func printScanStats(w io.Writer, set *rules.Set, s *filter.Stats, found int64) {
	fmt.Fprintf(w, "logscrub scan: %d lines, %d findings in %d lines", s.Lines, found, s.LinesChanged)
	type row struct {
		id string
		n  int64
	}
	var rows []row
	for i, n := range s.Redactions {
		if n > 0 {
			rows = append(rows, row{set.Rules[i].ID, n})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n || rows[i].n == rows[j].n && rows[i].id < rows[j].id })
	for i, r := range rows {
		sep := ", "
		if i == 0 {
			sep = " ("
		}
		fmt.Fprintf(w, "%s%s %d", sep, r.id, r.n)
	}
	if len(rows) > 0 {
		fmt.Fprint(w, ")")
	}
	if s.PEMResets > 0 {
		fmt.Fprintf(w, ", %d private-key blocks without END", s.PEMResets)
	}
	fmt.Fprintln(w)
}

package reallogs

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/reallogs/findings.tsv from today's findings")

const (
	corpusDir    = "../../../shared/corpus/reallogs"
	findingsFile = "../../testdata/reallogs/findings.tsv"
	unexplained  = "UNEXPLAINED"
)

var files = []string{"panther.log", "vector.log", "wazuh.log"}

// entry is one changed line: the rules that change it and why that is right.
type entry struct {
	rules  string // sorted rule ids, comma-separated
	reason string
}

type lineRef struct {
	file string
	line int
}

func TestRealLogs(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("real-log corpus not found at %s (repo-relative ../shared/corpus/reallogs): %v", corpusDir, err)
	}
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := filter.New(set, filter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[lineRef]string{}
	var order []lineRef
	total := 0
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		st := sc.NewStream()
		var out []byte
		var fs []filter.Finding
		lines := bytes.SplitAfter(data, []byte("\n"))
		if len(lines[len(lines)-1]) == 0 {
			lines = lines[:len(lines)-1]
		}
		for i, line := range lines {
			total++
			content := bytes.TrimRight(line, "\r\n")
			fs = st.FindLine(fs[:0], content)
			out = sc.NewStream().AppendLine(out[:0], line)
			checkLine(t, name, i+1, line, out)
			if len(fs) == 0 {
				continue
			}
			ids := make([]string, 0, len(fs))
			for _, f := range fs {
				if !slices.Contains(ids, f.Rule.ID) {
					ids = append(ids, f.Rule.ID)
				}
			}
			slices.Sort(ids)
			ref := lineRef{name, i + 1}
			got[ref] = strings.Join(ids, ",")
			order = append(order, ref)
		}
	}

	want, header := readFindings(t)
	if *update {
		writeFindings(t, header, order, got, want)
		want, _ = readFindings(t)
	}
	for _, ref := range order {
		e, ok := want[ref]
		switch {
		case !ok:
			t.Errorf("%s:%d: changed by %s, with no reason in %s", ref.file, ref.line, got[ref], findingsFile)
		case e.rules != got[ref]:
			t.Errorf("%s:%d: changed by %s, listed as changed by %s", ref.file, ref.line, got[ref], e.rules)
		case e.reason == "" || e.reason == unexplained:
			t.Errorf("%s:%d: changed by %s: say which credential it removes in %s", ref.file, ref.line, got[ref], findingsFile)
		}
	}
	for ref, e := range want {
		if _, ok := got[ref]; !ok {
			t.Errorf("%s:%d: listed as changed by %s (%s) but no longer changed: remove the row or fix the rules", ref.file, ref.line, e.rules, e.reason)
		}
	}
	t.Logf("%d of %d real log lines changed (%.2f%%), each by a listed credential", len(got), total, 100*float64(len(got))/float64(total))
}

// checkLine holds the bars that every line keeps: one line out for one in,
// its ending, and valid JSON staying valid.
func checkLine(t *testing.T, name string, n int, in, out []byte) {
	t.Helper()
	if bytes.Count(out, []byte("\n")) != bytes.Count(in, []byte("\n")) || bytes.HasSuffix(in, []byte("\r\n")) != bytes.HasSuffix(out, []byte("\r\n")) {
		t.Errorf("%s:%d: line count or ending not kept", name, n)
	}
	if c := bytes.TrimRight(in, "\r\n"); json.Valid(c) && !json.Valid(bytes.TrimRight(out, "\r\n")) {
		t.Errorf("%s:%d: valid JSON in, invalid JSON out", name, n)
	}
}

func readFindings(t *testing.T) (map[lineRef]entry, []string) {
	t.Helper()
	f, err := os.Open(findingsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[lineRef]entry{}
	var header []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		row := sc.Text()
		if strings.HasPrefix(row, "#") {
			header = append(header, row)
			continue
		}
		cols := strings.Split(row, "\t")
		if len(cols) != 4 {
			t.Fatalf("%s:%d: want 4 tab-separated columns (file, line, rules, reason), got %d", findingsFile, n, len(cols))
		}
		line, err := strconv.Atoi(cols[1])
		if err != nil || line < 1 || !slices.Contains(files, cols[0]) {
			t.Fatalf("%s:%d: bad file or line number %q %q", findingsFile, n, cols[0], cols[1])
		}
		ref := lineRef{cols[0], line}
		if _, dup := want[ref]; dup {
			t.Fatalf("%s:%d: %s:%d listed twice", findingsFile, n, cols[0], line)
		}
		want[ref] = entry{rules: cols[2], reason: strings.TrimSpace(cols[3])}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return want, header
}

func writeFindings(t *testing.T, header []string, order []lineRef, got map[lineRef]string, old map[lineRef]entry) {
	t.Helper()
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, ref := range order {
		reason := unexplained
		if e, ok := old[ref]; ok && e.rules == got[ref] && e.reason != "" {
			reason = e.reason
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\n", ref.file, ref.line, got[ref], reason)
	}
	if err := os.WriteFile(findingsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

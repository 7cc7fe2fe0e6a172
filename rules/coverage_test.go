package rules

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// coverageHeader opens the table of COVERAGE.md: gitleaks rule, logscrub
// rule (ids, or "not covered: reason"), how, samples removed.
const coverageHeader = "| gitleaks rule | logscrub rule | how | samples removed |"

var (
	gitleaksIDRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	removedRE    = regexp.MustCompile(`^(\d+/\d+|-)$`)
)

// coverageRow is one row of the COVERAGE.md table.
type coverageRow struct {
	line     int
	gitleaks string
	ids      []string // logscrub rule ids; nil when not covered
	reason   string   // why not covered
}

// parseCoverage reads the table of COVERAGE.md. Every line from the header
// to the first line that is not a table row must be a row of four cells: a
// gitleaks rule id, either a comma-separated list of logscrub rule ids or
// "not covered: <reason>", a non-empty "how", and "N/M" or "-".
func parseCoverage(text string) ([]coverageRow, error) {
	lines := strings.Split(text, "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == coverageHeader {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, fmt.Errorf("no table header %q", coverageHeader)
	}
	if start+1 >= len(lines) || !regexp.MustCompile(`^\|( --- \|){4}$`).MatchString(strings.TrimSpace(lines[start+1])) {
		return nil, fmt.Errorf("line %d: the header is not followed by a separator row", start+2)
	}
	var rows []coverageRow
	seen := map[string]int{}
	for i := start + 2; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(l, "|") {
			break
		}
		n := i + 1
		if !strings.HasSuffix(l, "|") {
			return nil, fmt.Errorf("line %d: a row must end with |", n)
		}
		cells := strings.Split(l[1:len(l)-1], "|")
		if len(cells) != 4 {
			return nil, fmt.Errorf("line %d: %d cells, want 4", n, len(cells))
		}
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
		}
		r := coverageRow{line: n, gitleaks: cells[0]}
		if !gitleaksIDRE.MatchString(r.gitleaks) {
			return nil, fmt.Errorf("line %d: %q is not a gitleaks rule id", n, r.gitleaks)
		}
		if prev, dup := seen[r.gitleaks]; dup {
			return nil, fmt.Errorf("line %d: %s is already listed on line %d", n, r.gitleaks, prev)
		}
		seen[r.gitleaks] = n
		if reason, ok := strings.CutPrefix(cells[1], "not covered"); ok {
			reason = strings.TrimPrefix(reason, " as sampled")
			reason = strings.TrimPrefix(reason, " as a format")
			reason, ok = strings.CutPrefix(reason, ": ")
			if !ok || strings.TrimSpace(reason) == "" {
				return nil, fmt.Errorf("line %d: %q: want \"not covered: <reason>\"", n, cells[1])
			}
			r.reason = reason
		} else {
			for _, id := range strings.Split(cells[1], ",") {
				id = strings.TrimSpace(id)
				if !kebabRE.MatchString(id) {
					return nil, fmt.Errorf("line %d: %q is not a logscrub rule id (or \"not covered: <reason>\")", n, id)
				}
				r.ids = append(r.ids, id)
			}
		}
		if cells[2] == "" {
			return nil, fmt.Errorf("line %d: the how cell is empty", n)
		}
		if !removedRE.MatchString(cells[3]) {
			return nil, fmt.Errorf("line %d: samples removed %q: want N/M or -", n, cells[3])
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// TestCoverage: every row of COVERAGE.md is well formed and names logscrub
// rules that exist in the defaults.
func TestCoverage(t *testing.T) {
	text, err := os.ReadFile("COVERAGE.md")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := parseCoverage(string(text))
	if err != nil {
		t.Fatalf("COVERAGE.md: %v", err)
	}
	if len(rows) < 200 {
		t.Errorf("COVERAGE.md lists %d gitleaks rules; gitleaks v8.30 has 225", len(rows))
	}
	set := loadDefault(t)
	covered := 0
	for _, r := range rows {
		for _, id := range r.ids {
			if set.Rule(id) == nil {
				t.Errorf("COVERAGE.md:%d: %s maps to %q, which is not a default rule", r.line, r.gitleaks, id)
			}
		}
		if r.ids != nil {
			covered++
		}
	}
	t.Logf("%d gitleaks rules, %d covered", len(rows), covered)
}

func TestParseCoverageRejects(t *testing.T) {
	head := "x\n" + coverageHeader + "\n| --- | --- | --- | --- |\n"
	ok := "| a-b | jwt | format | 1/2 |\n"
	if rows, err := parseCoverage(head + ok + "\ntext after"); err != nil || len(rows) != 1 || rows[0].ids[0] != "jwt" {
		t.Fatalf("valid table: %v %+v", err, rows)
	}
	if rows, err := parseCoverage(head + "| a-b | not covered: public | - | - |\n"); err != nil || rows[0].reason != "public" {
		t.Fatalf("not covered row: %v %+v", err, rows)
	}
	for name, body := range map[string]string{
		"three cells":      "| a-b | jwt | 1/2 |\n",
		"five cells":       "| a-b | jwt | format | 1/2 | x |\n",
		"bad gitleaks id":  "| A_B | jwt | format | 1/2 |\n",
		"bad logscrub id":  "| a-b | JWT rule | format | 1/2 |\n",
		"empty id in list": "| a-b | jwt, | format | 1/2 |\n",
		"no reason":        "| a-b | not covered | - | - |\n",
		"empty reason":     "| a-b | not covered:  | - | - |\n",
		"empty how":        "| a-b | jwt |  | 1/2 |\n",
		"bad count":        "| a-b | jwt | format | most |\n",
		"duplicate":        ok + ok,
		"unterminated":     "| a-b | jwt | format | 1/2\n",
	} {
		if _, err := parseCoverage(head + body); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := parseCoverage("no table here"); err == nil {
		t.Error("a text without the table was accepted")
	}
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

const rulesUsageText = `Usage:
  logscrub rules list [--rules FILE]... [--json]
      List the rules: id, kind, style (the rule's own, else the files'
      global style) and description, in rule-set order. --json prints one
      JSON object per rule: {"id","kind","style","description","source"}.
  logscrub rules test [--all] FILE...
      Load FILEs over the embedded defaults and check the must_redact and
      must_keep samples of the rules defined in FILEs (every rule with
      --all): each must_redact sample must be changed, and by its own rule;
      each must_keep sample must come out unchanged. Prints each failure,
      then "N passed, M failed" (N and M count samples).

Exit status: 0 done (rules test: every sample passed); 1 rules test: a
sample failed; 2 bad usage or configuration (a rule file's error names its
file, line and rule).
`

// exitSamplesFailed is the exit status of "rules test" when a sample failed.
const exitSamplesFailed = 1

// runRules is "logscrub rules list|test".
func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, rulesUsageText)
		return exitUsage
	}
	switch args[0] {
	case "list":
		return runRulesList(args[1:], stdout, stderr)
	case "test":
		return runRulesTest(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stderr, rulesUsageText)
		return exitOK
	}
	fmt.Fprintf(stderr, "logscrub rules: unknown command %q (want list or test)\n\n%s", args[0], rulesUsageText)
	return exitUsage
}

// rulesFlagSet returns a flag set whose usage is the rules usage.
func rulesFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("logscrub rules "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, rulesUsageText, "\nFlags of ", name, ":\n")
		fs.PrintDefaults()
	}
	return fs
}

// ruleRow is one rule of rules list --json.
type ruleRow struct {
	ID          string `json:"id"`
	Kind        string `json:"kind"`
	Style       string `json:"style"`
	Description string `json:"description"`
	Source      string `json:"source"` // FILE:LINE where the rule is defined
}

// ruleTotal says how many rules a set has, by kind in kind order:
// "140 rules: 10 key, 125 token, 1 url-credentials, …".
func ruleTotal(set *rules.Set) string {
	counts := map[rules.Kind]int{}
	var kinds []rules.Kind
	for _, r := range set.Rules {
		if counts[r.Kind] == 0 {
			kinds = append(kinds, r.Kind)
		}
		counts[r.Kind]++
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", counts[k], k)
	}
	return fmt.Sprintf("%d rules: %s", len(set.Rules), strings.Join(parts, ", "))
}

func runRulesList(args []string, stdout, stderr io.Writer) int {
	var ruleFiles stringList
	var asJSON bool
	fs := rulesFlagSet("list", stderr)
	fs.Var(&ruleFiles, "rules", "merge rule `FILE` over the embedded defaults (repeatable; same id replaces)")
	fs.BoolVar(&asJSON, "json", false, "print one JSON object per rule")
	extra, err := parseInterleaved(fs, args)
	if err == flag.ErrHelp {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if len(extra) > 0 {
		fmt.Fprintf(stderr, "logscrub rules list: unexpected argument %q (rule files are given with --rules)\n", extra[0])
		return exitUsage
	}
	set, err := rules.Load(ruleFiles...)
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return exitUsage
	}
	var werr error
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, r := range set.Rules {
			row := ruleRow{ID: r.ID, Kind: r.Kind.String(), Style: resolvedStyle(set, r).String(),
				Description: r.Description, Source: r.Source.String()}
			if werr = enc.Encode(row); werr != nil {
				break
			}
		}
	} else {
		tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tSTYLE\tDESCRIPTION")
		for _, r := range set.Rules {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, resolvedStyle(set, r), r.Description)
		}
		werr = tw.Flush()
		if werr == nil {
			_, werr = fmt.Fprintln(stdout, ruleTotal(set))
		}
	}
	if werr != nil {
		fmt.Fprintf(stderr, "logscrub: writing output: %v\n", werr)
		return exitIO
	}
	return exitOK
}

// resolvedStyle is the style a rule redacts with: its own, else the rule
// files' global style.
func resolvedStyle(set *rules.Set, r *rules.Rule) rules.Style {
	if r.Style != rules.StyleInherit {
		return r.Style
	}
	return set.Style
}

func runRulesTest(args []string, stdout, stderr io.Writer) int {
	var all bool
	fs := rulesFlagSet("test", stderr)
	fs.BoolVar(&all, "all", false, "check every rule's samples, the defaults' too")
	files, err := parseInterleaved(fs, args)
	if err == flag.ErrHelp {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if len(files) == 0 && !all {
		fmt.Fprintf(stderr, "logscrub rules test: no rule FILE given (--all checks the defaults alone)\n\n%s", rulesUsageText)
		return exitUsage
	}
	sc, err := scanScrubber(files, "auto")
	if err != nil {
		fmt.Fprintf(stderr, "logscrub: %v\n", err)
		return exitUsage
	}
	set := sc.Rules()
	var check []*rules.Rule
	for _, r := range set.Rules {
		if all || slices.Contains(files, r.Source.File) {
			check = append(check, r)
		}
	}
	if len(check) == 0 {
		fmt.Fprintf(stdout, "%s: defines no rules\n", strings.Join(files, ", "))
	}
	samples := 0
	for _, r := range check {
		samples += len(r.MustRedact) + len(r.MustKeep)
		if len(r.MustRedact) == 0 {
			fmt.Fprintf(stdout, "%s: rule %q: no must_redact samples (nothing shows it finds its secret)\n", r.Source, r.ID)
		}
		if len(r.MustKeep) == 0 {
			fmt.Fprintf(stdout, "%s: rule %q: no must_keep samples (nothing shows what it leaves alone)\n", r.Source, r.ID)
		}
	}
	fails := filter.CheckRuleSamples(sc, check)
	for _, f := range fails {
		fmt.Fprintf(stdout, "%s: %s\n", f.Rule.Source, f)
	}
	_, werr := fmt.Fprintf(stdout, "%d passed, %d failed\n", samples-len(fails), len(fails))
	if werr != nil {
		fmt.Fprintf(stderr, "logscrub: writing output: %v\n", werr)
		return exitIO
	}
	if len(fails) > 0 {
		return exitSamplesFailed
	}
	return exitOK
}

package rules

// Gitleaks configuration files.
//
// A rule file may also be a gitleaks (v8) configuration. It is read as one
// when it holds a key that only the gitleaks schema has (compared ignoring
// case, as gitleaks does): a top-level title, [extend] or [[allowlists]];
// in a [[rules]] table keywords, secretGroup, tags, path, required,
// skipReport or [[rules.allowlists]]; or in an allowlist paths, commits,
// regexTarget or condition. Any other file is a logscrub rule file, so a
// file with only keys both schemas share (id, description, regex, entropy,
// allowlist regexes and stopwords) is read as a logscrub file. Once a file
// is read as gitleaks, decoding is strict against the gitleaks schema: a
// logscrub key in it is an unknown key, and the error says which gitleaks
// key made the file a gitleaks file.
//
// Each gitleaks rule becomes a KindRegex rule: its keywords are the anchors
// (case-insensitive, separators ignored, at least 3 characters besides
// them), and its regex runs only in a window around an anchor hit, sized to
// the longest match the regex can make (at least DefaultWindow, at most
// MaxWindow; an unbounded regex gets MaxWindow). A rule without keywords is
// anchored on a literal every match must contain (for example the "ghp_"
// of `\b(ghp_[0-9a-zA-Z]{36})`); a rule without either is an error.
//
// What a log stream does not have is dropped with a documented reason, what
// logscrub cannot do is an error naming the rule:
//
//   - path (a path rule), required (a composite rule), extend.path and
//     extend.url: errors.
//   - secretGroup: the group to redact; 0 set explicitly is the whole
//     match. Unset, gitleaks takes the first capture group that is not
//     empty: logscrub uses group 1 when no match can leave it empty, the
//     whole match when there is no group, and otherwise asks for an
//     explicit secretGroup (an error).
//   - entropy: a secret needs at least this much (gitleaks: more than).
//   - tags, title, descriptions of files and allowlists: accepted, unused.
//   - skipReport = true: the rule is checked and then left out; gitleaks
//     never reports it by itself either.
//   - allowlists (the older [rules.allowlist] or the newer
//     [[rules.allowlists]], and the global [allowlist] / [[allowlists]],
//     with targetRules naming rules of any file loaded so far): regexes and
//     stopwords apply to the secret. paths and commits never match, because
//     a log line has neither: gitleaks itself behaves so for input without a
//     path or commit. So with condition = "AND" an allowlist listing paths
//     or commits allows nothing and is dropped; under "OR" only its regexes
//     and stopwords count. "AND" over both regexes and stopwords, and
//     regexTarget = "match" or "line" (logscrub tests allowlists against
//     the secret only), are errors.
//   - [extend] useDefault: logscrub's embedded defaults (not gitleaks's
//     default rules) are always loaded under every rule file, with or
//     without useDefault, so a gitleaks file adds to them. disabledRules
//     removes rules of the files loaded before this one (the defaults and
//     earlier --rules files); an id that names no such rule is an error.
//   - A rule whose id is already taken replaces that rule whole (gitleaks
//     merges fields into an extended rule; logscrub does not).

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// gitleaksTOML mirrors a gitleaks configuration file.
type gitleaksTOML struct {
	Title       string              `toml:"title"`
	Description string              `toml:"description"`
	Extend      gitleaksExtend      `toml:"extend"`
	Rules       []gitleaksRule      `toml:"rules"`
	Allowlist   *gitleaksAllowlist  `toml:"allowlist"` // the older single global allowlist
	Allowlists  []gitleaksAllowlist `toml:"allowlists"`
}

type gitleaksExtend struct {
	Path          string   `toml:"path"`
	URL           string   `toml:"url"`
	UseDefault    bool     `toml:"useDefault"`
	DisabledRules []string `toml:"disabledRules"`
}

type gitleaksRule struct {
	ID          string              `toml:"id"`
	Description string              `toml:"description"`
	Path        string              `toml:"path"`
	Regex       string              `toml:"regex"`
	SecretGroup *int                `toml:"secretGroup"`
	Entropy     float64             `toml:"entropy"`
	Keywords    []string            `toml:"keywords"`
	Tags        []string            `toml:"tags"`
	Allowlist   *gitleaksAllowlist  `toml:"allowlist"` // the older single form
	Allowlists  []gitleaksAllowlist `toml:"allowlists"`
	Required    []gitleaksRequired  `toml:"required"`
	SkipReport  bool                `toml:"skipReport"`
}

type gitleaksRequired struct {
	ID            string `toml:"id"`
	WithinLines   *int   `toml:"withinLines"`
	WithinColumns *int   `toml:"withinColumns"`
}

type gitleaksAllowlist struct {
	Description string   `toml:"description"`
	Condition   string   `toml:"condition"`
	RegexTarget string   `toml:"regexTarget"`
	Regexes     []string `toml:"regexes"`
	StopWords   []string `toml:"stopwords"`
	Paths       []string `toml:"paths"`
	Commits     []string `toml:"commits"`
	TargetRules []string `toml:"targetRules"` // global allowlists only
}

// gitleaksOnly are the keys, lower-cased and by where they stand, that make
// a file a gitleaks configuration, with the TOML type (as MetaData.Type
// names it) each has in the gitleaks schema. A key of another type is a
// typo in a logscrub file (say [allowlists] for [allowlist]), not gitleaks.
var gitleaksOnly = struct{ top, rule, allowlist map[string]string }{
	top: map[string]string{"title": "String", "extend": "Hash", "allowlists": "Array"},
	rule: map[string]string{"keywords": "Array", "secretgroup": "Integer", "tags": "Array", "path": "String",
		"required": "Array", "skipreport": "Bool", "allowlists": "Array"},
	allowlist: map[string]string{"paths": "Array", "commits": "Array", "regextarget": "String", "condition": "String",
		"targetrules": "Array"},
}

// gitleaksTrigger reports whether the file md describes is a gitleaks
// configuration, and the first key, in file order, that makes it one. md is
// from the native decode, which a gitleaks file always survives: the keys
// both schemas have have the same types, and the others stay undecoded.
func gitleaksTrigger(md toml.MetaData) (toml.Key, bool) {
	for _, k := range md.Keys() {
		want := gitleaksKeyType(k)
		typ := md.Type(k...)
		if typ == "ArrayHash" {
			typ = "Array" // [[x]] tables and x = [{…}] are both arrays of tables
		}
		if want != "" && typ == want {
			return k, true
		}
	}
	return nil, false
}

// gitleaksKeyType is the type of a gitleaks-only key, or "" if k is not one.
func gitleaksKeyType(k toml.Key) string {
	lk := lowerKey(k)
	switch {
	case len(lk) == 1:
		return gitleaksOnly.top[lk[0]]
	case len(lk) == 2 && lk[0] == "rules":
		return gitleaksOnly.rule[lk[1]]
	case len(lk) == 2 && lk[0] == "allowlist":
		return gitleaksOnly.allowlist[lk[1]]
	case len(lk) == 3 && lk[0] == "rules" && lk[1] == "allowlist":
		return gitleaksOnly.allowlist[lk[2]]
	}
	return ""
}

func lowerKey(k toml.Key) []string {
	out := make([]string, len(k))
	for i, p := range k {
		out[i] = strings.ToLower(p)
	}
	return out
}

// gitleaksFile is one gitleaks file being added, with what its errors need.
type gitleaksFile struct {
	src     NamedSource
	loc     *locator
	md      toml.MetaData
	trigger toml.Key
}

func (g *gitleaksFile) errorf(line int, rule, format string, a ...any) *Error {
	return &Error{File: g.src.Name, Line: line, Rule: rule, Msg: fmt.Sprintf(format, a...)}
}

// addGitleaks adds a gitleaks configuration; trigger is the key that made
// it one.
func (b *builder) addGitleaks(src NamedSource, trigger toml.Key) error {
	var f gitleaksTOML
	md, err := toml.Decode(string(src.Data), &f)
	g := &gitleaksFile{src: src, loc: newLocator(string(src.Data)), md: md, trigger: trigger}
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return &Error{File: src.Name, Line: pe.Position.Line, Msg: pe.Message}
		}
		return g.typeError(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return g.unknownKey(und, f.Rules)
	}

	top := func(field, format string, a ...any) error {
		return g.errorf(g.topLine(field), "", format, a...)
	}
	if f.Extend.Path != "" {
		return top("extend.path", "extend.path is not supported: load that file too, before this one (rule files are merged in order)")
	}
	if f.Extend.URL != "" {
		return top("extend.url", "extend.url is not supported: download that file and load it before this one")
	}
	// useDefault needs nothing: the embedded defaults are always loaded first.
	for _, id := range f.Extend.DisabledRules {
		i, ok := b.byID[id]
		if !ok || b.rules[i] == nil {
			return g.errorf(g.topLine("extend.disabledRules"), id, "extend.disabledRules names a rule that is not loaded before this file")
		}
		b.rules[i] = nil
	}

	// Global allowlists.
	if f.Allowlist != nil && len(f.Allowlists) > 0 {
		return top("allowlist", "[allowlist] and [[allowlists]] cannot both be used ([allowlist] is the older form)")
	}
	type targeted struct {
		al   *Allowlist
		ids  []string
		line int
	}
	var global []targeted
	globals := f.Allowlists
	if f.Allowlist != nil {
		globals = []gitleaksAllowlist{*f.Allowlist}
	}
	for k, at := range globals {
		line := func(field string) int {
			if f.Allowlist != nil {
				return g.topLine(joinField("allowlist", field))
			}
			return g.loc.lineFold("allowlists", k, field)
		}
		table := "allowlists"
		if f.Allowlist != nil {
			table = "allowlist"
		}
		al, err := compileGitleaksAllowlist(at)
		if err != nil {
			fe := err.(*fieldError)
			return g.errorf(line(fe.field), "", "%s: %s", table, fe.msg)
		}
		if len(at.TargetRules) == 0 {
			mergeAllowlist(b.allow, al)
			continue
		}
		global = append(global, targeted{al: al, ids: at.TargetRules, line: line("targetRules")})
	}

	seen := map[string]bool{}
	skipped := map[string]bool{}
	for i, gr := range f.Rules {
		r, err := compileGitleaksRule(gr)
		if err == nil && seen[gr.ID] {
			err = fieldErr("id", "duplicate id in this file")
		}
		if err != nil {
			return g.ruleError(i, gr, err)
		}
		seen[gr.ID] = true
		r.Source = Source{File: src.Name, Line: g.loc.line("rules", i, "")}
		if gr.SkipReport {
			skipped[gr.ID] = true
			continue
		}
		b.meta[r] = ruleMeta{file: b.files, namesLine: r.Source.Line}
		b.put(r, false)
	}

	for _, t := range global {
		for _, id := range t.ids {
			if skipped[id] {
				continue
			}
			i, ok := b.byID[id]
			if !ok || b.rules[i] == nil {
				return g.errorf(t.line, id, "allowlists.targetRules names a rule that does not exist")
			}
			if t.al == nil {
				continue // an allowlist that can never match
			}
			old := b.rules[i]
			r := *old
			r.Allow = unionAllowlist(old.Allow, t.al)
			b.rules[i] = &r
			b.meta[&r] = b.meta[old]
		}
	}
	b.files++
	return nil
}

// compileGitleaksRule translates one gitleaks rule into a regex rule. Errors
// are *fieldError naming the gitleaks field, except allowlist errors, which
// are *allowlistError.
func compileGitleaksRule(gr gitleaksRule) (*Rule, error) {
	if _, err := checkCommon(gr.ID, "", ""); err != nil {
		return nil, err
	}
	if gr.Path != "" {
		return nil, fieldErr("path", "path rules are not supported: a log stream has no file paths")
	}
	if len(gr.Required) > 0 {
		return nil, fieldErr("required", "composite rules ([[rules.required]]) are not supported")
	}
	if gr.Regex == "" {
		return nil, fieldErr("regex", "missing")
	}
	re, err := regexp.Compile(gr.Regex)
	if err != nil {
		return nil, fieldErr("regex", "%v", err)
	}
	// regexp.Compile accepted it, so this parse cannot fail.
	tree, err := syntax.Parse(gr.Regex, syntax.Perl)
	if err != nil {
		return nil, fieldErr("regex", "%v", err)
	}
	r := &Rule{ID: gr.ID, Description: gr.Description, Kind: KindRegex, Regex: re}

	n := re.NumSubexp()
	switch {
	case gr.SecretGroup != nil:
		if sg := *gr.SecretGroup; sg < 0 || sg > n {
			return nil, fieldErr("secretGroup", "%d is out of range: the regex has %d groups", sg, n)
		}
		r.SecretGroup = *gr.SecretGroup
	case n == 0:
		r.SecretGroup = 0
	case alwaysNonEmpty(tree, 1):
		r.SecretGroup = 1
	default:
		return nil, fieldErr("secretGroup", "not set, and the group gitleaks would take (the first that is not empty) depends on the match: set secretGroup (0 for the whole match)")
	}

	if gr.Entropy < 0 || gr.Entropy > 8 || math.IsNaN(gr.Entropy) {
		return nil, fieldErr("entropy", "%v is out of range 0..8", gr.Entropy)
	}
	r.Entropy = gr.Entropy

	for _, k := range gr.Keywords {
		if strings.ContainsAny(k, "\r\n") {
			return nil, fieldErr("keywords", "keyword %q spans lines", k)
		}
		if len(normalizeKeyString(k)) < MinAnchorLen {
			return nil, fieldErr("keywords", "keyword %q is shorter than %d characters without separators", k, MinAnchorLen)
		}
		if k = strings.ToLower(k); !slices.Contains(r.Anchors, k) {
			r.Anchors = append(r.Anchors, k)
		}
	}
	if len(r.Anchors) == 0 {
		r.Anchors = requiredLiterals(tree)
		if len(r.Anchors) == 0 {
			return nil, fieldErr("keywords", "none, and the regex has no literal of %d or more characters (besides separators) to anchor it: add keywords", MinAnchorLen)
		}
	}

	r.Window = MaxWindow
	if m, ok := maxBytes(tree); ok {
		r.Window = min(max(m, DefaultWindow), MaxWindow)
	}

	if gr.Allowlist != nil && len(gr.Allowlists) > 0 {
		return nil, fieldErr("allowlist", "[rules.allowlist] and [[rules.allowlists]] cannot both be used ([rules.allowlist] is the older form)")
	}
	lists := gr.Allowlists
	if gr.Allowlist != nil {
		lists = []gitleaksAllowlist{*gr.Allowlist}
	}
	for j, at := range lists {
		if len(at.TargetRules) > 0 {
			return nil, &allowlistError{index: j, single: gr.Allowlist != nil, fieldError: fieldError{field: "targetRules", msg: "targetRules: only global [[allowlists]] name target rules"}}
		}
		al, err := compileGitleaksAllowlist(at)
		if err != nil {
			return nil, &allowlistError{index: j, single: gr.Allowlist != nil, fieldError: *err.(*fieldError)}
		}
		if al != nil {
			r.Allow = unionAllowlist(r.Allow, al)
		}
	}
	return r, nil
}

// allowlistError is an error in the index-th allowlist of a rule.
type allowlistError struct {
	index  int
	single bool // the older [rules.allowlist] form
	fieldError
}

// compileGitleaksAllowlist compiles a gitleaks allowlist; nil (and no
// error) for one that can never match in a log stream. Errors are
// *fieldError naming the field inside the allowlist.
func compileGitleaksAllowlist(at gitleaksAllowlist) (*Allowlist, error) {
	var and bool
	switch strings.ToUpper(at.Condition) {
	case "", "OR", "||":
	case "AND", "&&":
		and = true
	default:
		return nil, fieldErr("condition", "unknown value %q (want OR or AND)", at.Condition)
	}
	switch at.RegexTarget {
	case "", "secret", "match", "line":
	default:
		return nil, fieldErr("regexTarget", "unknown value %q (want secret, match or line)", at.RegexTarget)
	}
	if len(at.Regexes) == 0 && len(at.StopWords) == 0 && len(at.Paths) == 0 && len(at.Commits) == 0 {
		return nil, &fieldError{msg: "must contain at least one of regexes, stopwords, paths or commits"}
	}
	a := &Allowlist{}
	for _, s := range at.Regexes {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, fieldErr("regexes", "%v", err)
		}
		a.Regexes = append(a.Regexes, re)
	}
	for _, s := range at.Paths {
		if _, err := regexp.Compile(s); err != nil {
			return nil, fieldErr("paths", "%v", err)
		}
	}
	for _, w := range at.StopWords {
		if w == "" {
			return nil, fieldErr("stopwords", "empty stopword")
		}
		if w = strings.ToLower(w); !slices.Contains(a.Stopwords, w) {
			a.Stopwords = append(a.Stopwords, w)
		}
	}
	if and && (len(at.Paths) > 0 || len(at.Commits) > 0) {
		return nil, nil // a path or commit criterion never matches a log line
	}
	if len(a.Regexes) > 0 && (at.RegexTarget == "match" || at.RegexTarget == "line") {
		return nil, fieldErr("regexTarget", "%q is not supported: logscrub tests allowlist regexes against the secret only", at.RegexTarget)
	}
	if and && len(a.Regexes) > 0 && len(a.Stopwords) > 0 {
		return nil, fieldErr("condition", "AND over both regexes and stopwords is not supported")
	}
	if a.empty() {
		return nil, nil // only paths or commits
	}
	return a, nil
}

// unionAllowlist returns a new allowlist that allows what a or b allows.
func unionAllowlist(a, b *Allowlist) *Allowlist {
	u := &Allowlist{}
	for _, l := range []*Allowlist{a, b} {
		if l == nil {
			continue
		}
		for v := range l.Values {
			if u.Values == nil {
				u.Values = map[string]struct{}{}
			}
			u.Values[v] = struct{}{}
		}
		for k := range l.Keys {
			if u.Keys == nil {
				u.Keys = map[string]struct{}{}
			}
			u.Keys[k] = struct{}{}
		}
		u.Regexes = append(u.Regexes, l.Regexes...)
		for _, w := range l.Stopwords {
			if !slices.Contains(u.Stopwords, w) {
				u.Stopwords = append(u.Stopwords, w)
			}
		}
	}
	return u
}

// ruleError places an error from compileGitleaksRule on its line.
func (g *gitleaksFile) ruleError(i int, gr gitleaksRule, err error) error {
	id := gr.ID
	if id == "" {
		id = fmt.Sprintf("rules[%d]", i)
	}
	var ae *allowlistError
	if errors.As(err, &ae) {
		if ae.single {
			return g.errorf(g.loc.lineFold("rules", i, joinField("allowlist", ae.field)), id, "allowlist: %s", ae.msg)
		}
		return g.errorf(g.ruleSubLine(i, "allowlists", ae.index, ae.field), id, "allowlists: %s", ae.msg)
	}
	var fe *fieldError
	if errors.As(err, &fe) {
		if fe.field == "required" {
			return g.errorf(g.ruleSubLine(i, "required", 0, ""), id, "%s", fe.msg)
		}
		return g.errorf(g.loc.lineFold("rules", i, fe.field), id, "%s", fe.msg)
	}
	return g.errorf(g.loc.line("rules", i, ""), id, "%v", err)
}

func joinField(table, field string) string {
	if field == "" {
		return table
	}
	return table + "." + field
}

// topLine is the line of a top-level field ("title", "extend.path").
func (g *gitleaksFile) topLine(field string) int { return g.loc.lineFold("", 0, field) }

// ruleSubLine is the line of field in the j-th [[rules.SUB]] table
// (allowlists, required) of the i-th rule. The locator lists those tables
// of all rules in one run; the rule's own are the ones between its header
// and the next rule's. An inline array has no headers: then the line of
// the rule's SUB field.
func (g *gitleaksFile) ruleSubLine(i int, sub string, j int, field string) int {
	rules := g.loc.tables["rules"]
	if i < 0 || i >= len(rules) {
		return g.loc.line("rules", i, "")
	}
	from, to := rules[i].header, math.MaxInt
	if i+1 < len(rules) {
		to = rules[i+1].header
	}
	n := 0
	for k, t := range g.loc.tables["rules."+sub] {
		if t.header <= from || t.header >= to {
			continue
		}
		if n == j {
			return g.loc.lineFold("rules."+sub, k, field)
		}
		n++
	}
	return g.loc.lineFold("rules", i, sub)
}

// lineFold is line with the field compared ignoring case, as gitleaks
// (and the decoder) compare keys.
func (l *locator) lineFold(name string, i int, field string) int {
	ts := l.tables[name]
	if i < 0 || i >= len(ts) {
		return 1
	}
	for field != "" {
		for k, n := range ts[i].fields {
			if strings.EqualFold(k, field) {
				return n
			}
		}
		j := strings.LastIndexByte(field, '.')
		if j < 0 {
			break
		}
		field = field[:j]
	}
	return ts[i].header
}

// keyLine finds the line of the key at position p of md.Keys().
func (g *gitleaksFile) keyLine(keys []toml.Key, p int) (line int, rule int) {
	k := keys[p]
	count := func(from int, match func(toml.Key) bool) (n, last int) {
		last = -1
		for q := from; q <= p; q++ {
			if match(keys[q]) {
				n++
				last = q
			}
		}
		return n, last
	}
	isRules := func(k toml.Key) bool { return len(k) == 1 && k[0] == "rules" && g.md.Type(k...) == "ArrayHash" }
	switch {
	case len(k) >= 2 && k[0] == "rules":
		n, last := count(0, isRules)
		i := n - 1
		if len(k) >= 3 && (strings.EqualFold(k[1], "allowlists") || strings.EqualFold(k[1], "required")) {
			j, _ := count(last+1, func(q toml.Key) bool { return len(q) == 2 && q[0] == "rules" && q[1] == k[1] })
			return g.ruleSubLine(i, k[1], j-1, strings.Join(k[2:], ".")), i
		}
		return g.loc.lineFold("rules", i, strings.Join(k[1:], ".")), i
	case len(k) >= 2 && k[0] == "allowlists" && g.md.Type("allowlists") == "ArrayHash":
		n, _ := count(0, func(q toml.Key) bool { return len(q) == 1 && q[0] == "allowlists" })
		return g.loc.lineFold("allowlists", n-1, strings.Join(k[1:], ".")), -1
	}
	return g.topLine(strings.Join(k, ".")), -1
}

// unknownKey reports the first undecoded key in file order.
func (g *gitleaksFile) unknownKey(und []toml.Key, rules []gitleaksRule) error {
	undecoded := map[string]bool{}
	for _, k := range und {
		undecoded[k.String()] = true
	}
	keys := g.md.Keys()
	for p, k := range keys {
		if !undecoded[k.String()] {
			continue
		}
		line, i := g.keyLine(keys, p)
		e := g.errorf(line, "", "unknown key %q", k.String())
		if i >= 0 && i < len(rules) {
			e.Rule = rules[i].ID
			if e.Rule == "" {
				e.Rule = fmt.Sprintf("rules[%d]", i)
			}
		}
		if nativeKeys()[strings.Join(lowerKey(k), ".")] {
			tp := slices.IndexFunc(keys, func(q toml.Key) bool { return slices.Equal(q, g.trigger) })
			tl := 1
			if tp >= 0 {
				tl, _ = g.keyLine(keys, tp)
			}
			e.Msg += fmt.Sprintf(": a logscrub key, but the file is read as a gitleaks configuration (gitleaks key %q on line %d)", g.trigger.String(), tl)
		}
		return e
	}
	return g.errorf(1, "", "unknown key %q", und[0].String())
}

// typeError places a value of the wrong type: decoding the [[rules]] and
// [[allowlists]] tables one at a time finds the table that failed.
func (g *gitleaksFile) typeError(err error) error {
	var probe struct {
		Rules      []toml.Primitive `toml:"rules"`
		Allowlists []toml.Primitive `toml:"allowlists"`
	}
	md, perr := toml.Decode(string(g.src.Data), &probe)
	locate := func(table string, i int, p toml.Primitive, err error) error {
		e := g.errorf(1, "", "%v", err)
		field := ""
		if m := lastKeyRE.FindStringSubmatch(err.Error()); m != nil {
			field = m[1]
			if table != "" {
				field = strings.TrimPrefix(field, table+".")
			}
			e.Msg = field + ": " + m[2]
		}
		switch table {
		case "rules":
			var id struct {
				ID any `toml:"id"`
			}
			_ = md.PrimitiveDecode(p, &id)
			if s, ok := id.ID.(string); ok && s != "" {
				e.Rule = s
			} else {
				e.Rule = fmt.Sprintf("rules[%d]", i)
			}
			e.Line = g.loc.lineFold("rules", i, field)
			if f, _, _ := strings.Cut(field, "."); strings.EqualFold(f, "allowlists") {
				e.Line = g.loc.lineFold("rules", i, "")
			}
		case "allowlists":
			e.Line = g.loc.lineFold("allowlists", i, field)
		default:
			e.Line = g.topLine(field)
		}
		return e
	}
	if perr == nil {
		for i, p := range probe.Rules {
			var gr gitleaksRule
			if err := md.PrimitiveDecode(p, &gr); err != nil {
				return locate("rules", i, p, err)
			}
		}
		for i, p := range probe.Allowlists {
			var at gitleaksAllowlist
			if err := md.PrimitiveDecode(p, &at); err != nil {
				return locate("allowlists", i, p, err)
			}
		}
	}
	return locate("", 0, toml.Primitive{}, err)
}

// nativeKeys is every key path of the logscrub schema, lower-cased
// ("rules.anchors", "allowlist.values"), read from fileTOML's tags.
var nativeKeys = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := strings.ToLower(f.Tag.Get("toml"))
			if name == "" {
				continue
			}
			path := name
			if prefix != "" {
				path = prefix + "." + name
			}
			out[path] = true
			ft := f.Type
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				walk(path, ft)
			}
		}
	}
	walk("", reflect.TypeOf(fileTOML{}))
	return out
})

// alwaysNonEmpty reports whether capture group cap takes part, with at
// least one byte, in every match of re.
func alwaysNonEmpty(re *syntax.Regexp, cap int) bool {
	var walk func(re *syntax.Regexp, mandatory bool) bool
	walk = func(re *syntax.Regexp, mandatory bool) bool {
		switch re.Op {
		case syntax.OpCapture:
			if re.Cap == cap {
				return mandatory && minBytes(re.Sub[0]) > 0
			}
		case syntax.OpStar, syntax.OpQuest:
			mandatory = false
		case syntax.OpRepeat:
			mandatory = mandatory && re.Min > 0
		case syntax.OpAlternate:
			mandatory = mandatory && len(re.Sub) == 1
		}
		for _, s := range re.Sub {
			if walk(s, mandatory) {
				return true
			}
		}
		return false
	}
	return walk(re, true)
}

// minBytes is the fewest bytes a match of re can have.
func minBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minBytes(re.Sub[0])
	case syntax.OpRepeat:
		return min(re.Min*minBytes(re.Sub[0]), MaxTokenLength)
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = min(n+minBytes(s), MaxTokenLength)
		}
		return n
	case syntax.OpAlternate:
		n := math.MaxInt
		for _, s := range re.Sub {
			n = min(n, minBytes(s))
		}
		return n
	}
	return 0 // empty matches, assertions, star, quest, no match
}

// maxBytes is the most bytes a match of re can have, if that is at most
// MaxWindow; ok is false for more or unbounded.
func maxBytes(re *syntax.Regexp) (n int, ok bool) {
	const limit = MaxWindow + 1
	var walk func(re *syntax.Regexp) int // saturates at limit
	walk = func(re *syntax.Regexp) int {
		switch re.Op {
		case syntax.OpLiteral:
			n := 0
			for _, r := range re.Rune {
				n += maxRuneLen(r, re.Flags&syntax.FoldCase != 0)
			}
			return min(n, limit)
		case syntax.OpCharClass:
			if len(re.Rune) == 0 {
				return 0
			}
			return utf8.RuneLen(re.Rune[len(re.Rune)-1])
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return utf8.UTFMax
		case syntax.OpCapture, syntax.OpQuest:
			return walk(re.Sub[0])
		case syntax.OpStar, syntax.OpPlus:
			if walk(re.Sub[0]) == 0 {
				return 0
			}
			return limit
		case syntax.OpRepeat:
			s := walk(re.Sub[0])
			switch {
			case s == 0:
				return 0
			case re.Max < 0 || re.Max > limit:
				return limit
			}
			return min(s*re.Max, limit)
		case syntax.OpConcat:
			n := 0
			for _, s := range re.Sub {
				n = min(n+walk(s), limit)
			}
			return n
		case syntax.OpAlternate:
			n := 0
			for _, s := range re.Sub {
				n = max(n, walk(s))
			}
			return n
		}
		return 0
	}
	n = walk(re)
	return n, n < limit
}

// maxRuneLen is the longest UTF-8 encoding of r, or of any rune r matches
// under case folding.
func maxRuneLen(r rune, fold bool) int {
	n := utf8.RuneLen(r)
	if n < 0 {
		n = utf8.UTFMax
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return n
}

// Literal analysis for anchoring a rule without keywords: a set of
// literals such that every match of the regex contains one of them.
const (
	maxExact    = 16 // the most strings an exact set may hold
	maxExactLen = 64 // the longest string in an exact set
	maxAnchors  = 64 // the most anchors a derived set may hold
)

// litInfo describes what a sub-expression can match, with strings ASCII
// lower-cased: exact, when not nil, is every string it matches ("" for an
// assertion); prefix and suffix, when not nil, are sets one of which each
// match starts or ends with; req, when not nil, is a usable anchor set one
// of which each match contains. This is the exact/prefix/suffix/match
// analysis of a trigram index, on whole literals.
type litInfo struct {
	exact, prefix, suffix, req []string
}

func pre(in litInfo) []string {
	if in.exact != nil {
		return in.exact
	}
	return in.prefix
}

func suf(in litInfo) []string {
	if in.exact != nil {
		return in.exact
	}
	return in.suffix
}

// requiredLiterals returns anchors for re (each at least MinAnchorLen
// bytes besides separators, matched ignoring ASCII case), or nil.
func requiredLiterals(re *syntax.Regexp) []string {
	set := reqOf(analyze(re))
	// An anchor that contains another is redundant: the shorter one hits
	// wherever the longer one would.
	var out []string
	for _, a := range set {
		na := normalizeKeyString(a)
		if !slices.ContainsFunc(set, func(b string) bool {
			nb := normalizeKeyString(b)
			return nb != na && strings.Contains(na, nb)
		}) {
			out = append(out, a)
		}
	}
	return out
}

// usable reports whether a set of strings can anchor a rule.
func usable(set []string) bool {
	if len(set) == 0 {
		return false
	}
	for _, s := range set {
		if len(normalizeKeyString(s)) < MinAnchorLen || strings.ContainsAny(s, "\r\n") {
			return false
		}
	}
	return true
}

// better reports whether anchor set a is preferable to b: its shortest
// anchor is longer, or as long with fewer anchors.
func better(a, b []string) bool {
	if b == nil {
		return a != nil
	}
	if a == nil {
		return false
	}
	short := func(s []string) int {
		n := math.MaxInt
		for _, x := range s {
			n = min(n, len(normalizeKeyString(x)))
		}
		return n
	}
	if sa, sb := short(a), short(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// reqOf is the best usable anchor set in what is known of a match.
func reqOf(in litInfo) []string {
	best := in.req
	for _, c := range [][]string{in.exact, in.prefix, in.suffix} {
		if usable(c) && better(c, best) {
			best = c
		}
	}
	return best
}

func analyze(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf {
					return litInfo{} // Unicode folding: the automaton folds ASCII only
				}
			}
		}
		s := lowerASCII(string(re.Rune))
		if len(s) > maxExactLen {
			return litInfo{req: keepUsable([]string{s})}
		}
		return litInfo{exact: []string{s}}
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxExact || re.Rune[i+1] >= utf8.RuneSelf {
				return litInfo{}
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = union(set, []string{lowerASCII(string(r))})
			}
		}
		if len(set) == 0 || len(set) > maxExact {
			return litInfo{}
		}
		return litInfo{exact: set}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return litInfo{exact: []string{""}}
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpQuest:
		in := analyze(re.Sub[0])
		if in.exact != nil && len(in.exact) < maxExact {
			return litInfo{exact: union(in.exact, []string{""})}
		}
		return litInfo{}
	case syntax.OpPlus, syntax.OpRepeat:
		if re.Op == syntax.OpRepeat && re.Min < 1 {
			return litInfo{}
		}
		in := analyze(re.Sub[0])
		out := litInfo{prefix: pre(in), suffix: suf(in), req: reqOf(in)}
		if re.Op == syntax.OpRepeat && re.Min == re.Max && in.exact != nil {
			ex := []string{""}
			for i := 0; i < re.Min && ex != nil; i++ {
				ex = cross(ex, in.exact)
			}
			out.exact = ex
		}
		return out
	case syntax.OpConcat:
		// run is what the current stretch of subs matches: exactly, from the
		// start, or, after a sub known only by its suffix, from that suffix.
		var best, prefix []string
		consider := func(c []string) {
			if usable(c) && better(c, best) {
				best = c
			}
		}
		run, allExact := []string{""}, true
		for _, s := range re.Sub {
			in := analyze(s)
			if in.exact != nil {
				if next := cross(run, in.exact); next != nil {
					run = next
					continue
				}
				consider(run)
				if allExact {
					prefix, allExact = run, false
				}
				run = in.exact
				continue
			}
			ext := run
			if c := cross(run, in.prefix); c != nil {
				ext = c
			}
			consider(ext)
			consider(reqOf(in))
			if allExact {
				prefix, allExact = ext, false
			}
			run = []string{""}
			if in.suffix != nil {
				run = in.suffix
			}
		}
		consider(run)
		if allExact {
			return litInfo{exact: run, req: best}
		}
		return litInfo{prefix: prefix, suffix: run, req: best}
	case syntax.OpAlternate:
		var out litInfo
		exact, prefix, suffix, req := true, true, true, true
		add := func(ok *bool, dst *[]string, set []string) {
			if *ok = *ok && set != nil && len(*dst)+len(set) <= maxExact; *ok {
				*dst = union(*dst, set)
			}
		}
		for _, s := range re.Sub {
			in := analyze(s)
			add(&exact, &out.exact, in.exact)
			add(&prefix, &out.prefix, pre(in))
			add(&suffix, &out.suffix, suf(in))
			if r := reqOf(in); req && r != nil && len(out.req)+len(r) <= maxAnchors {
				out.req = union(out.req, r)
			} else {
				req = false
			}
		}
		for _, f := range []struct {
			ok  bool
			dst *[]string
		}{{exact, &out.exact}, {prefix, &out.prefix}, {suffix, &out.suffix}, {req, &out.req}} {
			if !f.ok {
				*f.dst = nil
			}
		}
		return out
	}
	return litInfo{}
}

// cross returns every a+b, or nil when that would be too many or too long
// or either set is unknown (nil).
func cross(as, bs []string) []string {
	if as == nil || bs == nil || len(as)*len(bs) > maxExact {
		return nil
	}
	var out []string
	for _, a := range as {
		for _, b := range bs {
			if len(a)+len(b) > maxExactLen {
				return nil
			}
			if s := a + b; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func keepUsable(set []string) []string {
	if usable(set) {
		return set
	}
	return nil
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

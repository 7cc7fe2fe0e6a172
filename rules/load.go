package rules

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed default.toml
var defaultTOML []byte

// DefaultName is the name the embedded default rule file is reported as.
const DefaultName = "default.toml (embedded)"

// DefaultTemplate is the mask template used when no file sets one.
const DefaultTemplate = "[REDACTED:{rule}]"

// Limits on rule values, checked at load time.
const (
	MaxTokenLength = 1 << 16
	MaxWindow      = 4096
	DefaultWindow  = 256
	MinAnchorLen   = 3
	// MaxHeadLength bounds head_max: a head is scanned backwards from every
	// prefix hit, so it stays short.
	MaxHeadLength = 64
)

// fileTOML mirrors one rule file. Fields are plain strings; validation and
// compilation happen in compile, where the locator supplies line numbers.
type fileTOML struct {
	Style     string        `toml:"style"`
	Template  string        `toml:"template"`
	Disable   []string      `toml:"disable"`
	Allowlist allowlistTOML `toml:"allowlist"`
	Keys      []keyTOML     `toml:"keys"`
	Rules     []ruleTOML    `toml:"rules"`
}

type allowlistTOML struct {
	Values    []string `toml:"values"`
	Regexes   []string `toml:"regexes"`
	Stopwords []string `toml:"stopwords"`
	Keys      []string `toml:"keys"`
	KeyWords  []string `toml:"key_words"`
}

type keyTOML struct {
	ID          string        `toml:"id"`
	Description string        `toml:"description"`
	Names       []string      `toml:"names"`
	Words       []string      `toml:"words"`
	NotWords    []string      `toml:"not_words"`
	NotKeys     []string      `toml:"not_keys"`
	Anchors     []string      `toml:"anchors"`
	Entropy     float64       `toml:"entropy"`
	Mixed       bool          `toml:"letters_and_digits"`
	ValueAlpha  string        `toml:"value_alphabet"`
	Value       string        `toml:"value"`
	IgnorePath  bool          `toml:"ignore_paths"`
	IgnoreNum   bool          `toml:"ignore_numeric"`
	IgnoreObj   bool          `toml:"ignore_objects"`
	IgnoreHex   bool          `toml:"ignore_hex"`
	AnyValue    bool          `toml:"any_value"`
	MinLength   int           `toml:"min_length"`
	ProseHexMin int           `toml:"prose_hex_min"`
	Style       string        `toml:"style"`
	Template    string        `toml:"template"`
	Disabled    bool          `toml:"disabled"`
	Allowlist   allowlistTOML `toml:"allowlist"`
	MustRedact  []string      `toml:"must_redact"`
	MustKeep    []string      `toml:"must_keep"`
}

// pairTOML is a token rule's [rules.pair] table: the secret that is
// written beside the token (an account id's auth token).
type pairTOML struct {
	Alphabet  string  `toml:"alphabet"`
	MinLength int     `toml:"min_length"`
	MaxLength int     `toml:"max_length"`
	Entropy   float64 `toml:"entropy"`
	Within    int     `toml:"within"`
}

func (p pairTOML) set() bool { return p != pairTOML{} }

type ruleTOML struct {
	ID               string        `toml:"id"`
	Description      string        `toml:"description"`
	Detector         string        `toml:"detector"`
	Prefixes         []string      `toml:"prefixes"`
	IgnoreCase       bool          `toml:"ignore_case"`
	Alphabet         string        `toml:"alphabet"`
	MinLength        int           `toml:"min_length"`
	MaxLength        int           `toml:"max_length"`
	HeadAlphabet     string        `toml:"head_alphabet"`
	HeadMin          int           `toml:"head_min"`
	HeadMax          int           `toml:"head_max"`
	Checksum         string        `toml:"checksum"`
	ChecksumMismatch string        `toml:"checksum_mismatch"`
	Entropy          float64       `toml:"entropy"`
	Anchors          []string      `toml:"anchors"`
	Regex            string        `toml:"regex"`
	SecretGroup      int           `toml:"secret_group"`
	Window           int           `toml:"window"`
	KeepToken        bool          `toml:"keep_token"`
	ObjectNames      bool          `toml:"object_names"`
	Pair             pairTOML      `toml:"pair"`
	Style            string        `toml:"style"`
	Template         string        `toml:"template"`
	Disabled         bool          `toml:"disabled"`
	Allowlist        allowlistTOML `toml:"allowlist"`
	MustRedact       []string      `toml:"must_redact"`
	MustKeep         []string      `toml:"must_keep"`
}

// Default returns the compiled embedded default rule set.
func Default() (*Set, error) { return Load() }

// Load compiles the embedded defaults merged with the given rule files, in
// order. A rule in a later file replaces the rule with the same id; a file
// can disable rules by id. The first error is returned; it names the file,
// line and rule.
func Load(paths ...string) (*Set, error) {
	srcs := []NamedSource{{Name: DefaultName, Data: defaultTOML}}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		srcs = append(srcs, NamedSource{Name: p, Data: data})
	}
	return Compile(srcs...)
}

// NamedSource is the text of one rule file and the name errors use for it.
type NamedSource struct {
	Name string
	Data []byte
}

// Error is a rule-file error with its position.
type Error struct {
	File string
	Line int
	Rule string // "" when the error is not about one rule
	Msg  string
}

func (e *Error) Error() string {
	if e.Rule != "" {
		return fmt.Sprintf("rules: %s:%d: rule %q: %s", e.File, e.Line, e.Rule, e.Msg)
	}
	return fmt.Sprintf("rules: %s:%d: %s", e.File, e.Line, e.Msg)
}

// Compile builds a Set from rule files given as text, in merge order. It
// does not read the embedded defaults unless they are passed in.
func Compile(srcs ...NamedSource) (*Set, error) {
	b := &builder{byID: map[string]int{}, allow: &Allowlist{Values: map[string]struct{}{}}, meta: map[*Rule]ruleMeta{}}
	b.set = &Set{Style: StyleMask, Template: DefaultTemplate}
	for _, src := range srcs {
		if err := b.add(src); err != nil {
			return nil, err
		}
	}
	return b.finish()
}

type builder struct {
	set   *Set
	rules []*Rule // in order; nil where removed
	byID  map[string]int
	allow *Allowlist
	meta  map[*Rule]ruleMeta
	files int // sources added so far
}

// ruleMeta is where a rule came from, for errors found after merging.
type ruleMeta struct {
	file      int // index of its source in merge order
	namesLine int // line of a key rule's names
}

func (b *builder) add(src NamedSource) error {
	if embeddedDefaults(src) {
		// Decoded when the package was built (default_decoded.go): start-up
		// skips decoding 90 KB of TOML.
		f := defaultDecoded
		return b.addDecoded(src, &f, &defaultLocator)
	}
	var f fileTOML
	md, err := toml.Decode(string(src.Data), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return &Error{File: src.Name, Line: pe.Position.Line, Msg: pe.Message}
		}
		return typeError(src, err)
	}
	if trigger, ok := gitleaksTrigger(md); ok {
		return b.addGitleaks(src, trigger) // a gitleaks configuration: see gitleaks.go
	}
	loc := newLocator(string(src.Data))
	if und := md.Undecoded(); len(und) > 0 {
		// The first unknown key in file order, and which [[rules]] or
		// [[keys]] table it is in (Undecoded does not say).
		undecoded := map[string]bool{}
		for _, k := range und {
			undecoded[k.String()] = true
		}
		var k toml.Key
		count := map[string]int{}
		for _, key := range md.Keys() {
			if len(key) == 1 && (key[0] == "rules" || key[0] == "keys") && md.Type(key[0]) == "ArrayHash" {
				count[key[0]]++
			}
			if undecoded[key.String()] {
				k = key
				break
			}
		}
		e := &Error{File: src.Name, Line: loc.line("", 0, strings.Join(k, ".")), Msg: fmt.Sprintf("unknown key %q", k.String())}
		if len(k) >= 2 && (k[0] == "rules" || k[0] == "keys") {
			i := count[k[0]] - 1
			e.Line = loc.line(k[0], i, strings.Join(k[1:], "."))
			if k[0] == "rules" && i >= 0 && i < len(f.Rules) {
				e.Rule = f.Rules[i].ID
			} else if k[0] == "keys" && i >= 0 && i < len(f.Keys) {
				e.Rule = f.Keys[i].ID
			}
		}
		return e
	}
	return b.addDecoded(src, &f, loc)
}

// embeddedDefaults reports whether src is the embedded default file itself
// (not a copy of its text), whose decoded form is compiled in.
func embeddedDefaults(src NamedSource) bool {
	return src.Name == DefaultName && len(src.Data) == len(defaultTOML) && len(src.Data) > 0 && &src.Data[0] == &defaultTOML[0]
}

// addDecoded adds a decoded rule file, loc giving its lines.
func (b *builder) addDecoded(src NamedSource, f *fileTOML, loc *locator) error {
	top := func(field, format string, a ...any) error {
		return &Error{File: src.Name, Line: loc.line("", 0, field), Msg: fmt.Sprintf(format, a...)}
	}
	if f.Style != "" {
		st, err := ParseStyle(f.Style)
		if err != nil {
			return top("style", "%v", err)
		}
		b.set.Style = st
	}
	if f.Template != "" {
		if !templateSafe(f.Template) {
			return top("template", "template must not contain quotes, backslashes or control characters")
		}
		b.set.Template = f.Template
	}
	al, err := compileAllowlist(f.Allowlist)
	if err != nil {
		fe := err.(*fieldError)
		return &Error{File: src.Name, Line: loc.line("", 0, fe.field), Msg: fe.msg}
	}
	mergeAllowlist(b.allow, al)

	seen := map[string]bool{}
	for i, kt := range f.Keys {
		r, err := compileKey(kt)
		if err == nil && seen[kt.ID] {
			err = fieldErr("id", "duplicate id in this file")
		}
		if err != nil {
			return b.wrap(src.Name, loc, "keys", i, kt.ID, err)
		}
		seen[kt.ID] = true
		r.Source = Source{File: src.Name, Line: loc.line("keys", i, "")}
		b.meta[r] = ruleMeta{file: b.files, namesLine: loc.line("keys", i, "names")}
		b.put(r, kt.Disabled)
	}
	for i, rt := range f.Rules {
		r, err := compileRule(rt)
		if err == nil && seen[rt.ID] {
			err = fieldErr("id", "duplicate id in this file")
		}
		if err != nil {
			return b.wrap(src.Name, loc, "rules", i, rt.ID, err)
		}
		seen[rt.ID] = true
		r.Source = Source{File: src.Name, Line: loc.line("rules", i, "")}
		b.meta[r] = ruleMeta{file: b.files, namesLine: r.Source.Line}
		b.put(r, rt.Disabled)
	}
	for _, id := range f.Disable {
		i, ok := b.byID[id]
		if !ok || b.rules[i] == nil {
			return &Error{File: src.Name, Line: loc.line("", 0, "disable"), Rule: id, Msg: "disable names a rule that does not exist"}
		}
		b.rules[i] = nil
	}
	b.files++
	return nil
}

func (b *builder) put(r *Rule, disabled bool) {
	if i, ok := b.byID[r.ID]; ok {
		if disabled {
			b.rules[i] = nil
		} else {
			b.rules[i] = r
		}
		return
	}
	if disabled {
		return
	}
	b.byID[r.ID] = len(b.rules)
	b.rules = append(b.rules, r)
}

func (b *builder) wrap(file string, loc *locator, table string, i int, id string, err error) error {
	e := &Error{File: file, Rule: id, Msg: err.Error()}
	var fe *fieldError
	if errors.As(err, &fe) {
		e.Msg = fe.msg
		e.Line = loc.line(table, i, fe.field)
	} else {
		e.Line = loc.line(table, i, "")
	}
	if id == "" {
		e.Rule = fmt.Sprintf("%s[%d]", table, i)
	}
	return e
}

func (b *builder) finish() (*Set, error) {
	s := b.set
	s.keys = map[string]*Rule{}
	for _, r := range b.rules {
		if r == nil {
			continue
		}
		r.Index = len(s.Rules)
		s.Rules = append(s.Rules, r)
		if r.Generic {
			s.generic = append(s.generic, r)
		}
		for _, n := range r.Names {
			if other, dup := s.keys[n]; dup && other != r {
				// Blame the rule from the later file: an override placed
				// at a default's position must not blame the default.
				blame := r
				if b.meta[other].file > b.meta[r].file {
					blame, other = other, r
				}
				return nil, &Error{File: blame.Source.File, Line: b.meta[blame].namesLine, Rule: blame.ID,
					Msg: fmt.Sprintf("key name %q is already claimed by rule %q", n, other.ID)}
			}
			s.keys[n] = r
		}
	}
	if !b.allow.empty() {
		s.Allow = b.allow
	}
	return s, nil
}

type fieldError struct{ field, msg string }

func (e *fieldError) Error() string { return e.msg }

func fieldErr(field, format string, a ...any) error {
	return &fieldError{field: field, msg: fmt.Sprintf(field+": "+format, a...)}
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

func checkCommon(id, style, template string) (Style, error) {
	if id == "" {
		return 0, fieldErr("id", "missing")
	}
	if !idRE.MatchString(id) {
		return 0, fieldErr("id", "must be 1-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit")
	}
	st := StyleInherit
	if style != "" {
		var err error
		if st, err = ParseStyle(style); err != nil {
			return 0, fieldErr("style", "%v", err)
		}
	}
	if template != "" && !templateSafe(template) {
		return 0, fieldErr("template", "must not contain quotes, backslashes or control characters")
	}
	return st, nil
}

func compileKey(kt keyTOML) (*Rule, error) {
	st, err := checkCommon(kt.ID, kt.Style, kt.Template)
	if err != nil {
		return nil, err
	}
	r := &Rule{ID: kt.ID, Description: kt.Description, Kind: KindKey, Style: st, Template: kt.Template,
		IgnorePath: kt.IgnorePath, IgnoreNumeric: kt.IgnoreNum, IgnoreObjects: kt.IgnoreObj,
		IgnoreHex: kt.IgnoreHex, AnyValue: kt.AnyValue,
		MinLen: kt.MinLength, ProseHexMin: kt.ProseHexMin, MustRedact: kt.MustRedact, MustKeep: kt.MustKeep}
	if kt.MinLength < 0 || kt.MinLength > 1024 {
		return nil, fieldErr("min_length", "%d is out of range 0..1024", kt.MinLength)
	}
	if kt.ProseHexMin < 0 || kt.ProseHexMin > 1024 {
		return nil, fieldErr("prose_hex_min", "%d is out of range 0..1024", kt.ProseHexMin)
	}
	if r.ProseHexMin == 0 {
		r.ProseHexMin = DefaultProseHexMin
	}
	if len(kt.Names) == 0 && len(kt.Words) == 0 {
		return nil, fieldErr("names", "a key rule needs names (exact keys) or words (a generic rule)")
	}
	if len(kt.Names) > 0 && len(kt.Words) > 0 {
		return nil, fieldErr("words", "a key rule has either names or words, not both")
	}
	if len(kt.Words) == 0 && (len(kt.NotWords) > 0 || len(kt.NotKeys) > 0) {
		return nil, fieldErr("not_words", "not_words and not_keys belong to a generic rule (words)")
	}
	var notWords []string
	for _, f := range []struct {
		field string
		list  []string
		dst   *[]string
		min   int
	}{{"words", kt.Words, &r.Words, MinAnchorLen}, {"not_words", kt.NotWords, &notWords, 1}, {"not_keys", kt.NotKeys, &r.NotKeys, 1}} {
		for _, w := range f.list {
			nw := normalizeKeyString(w)
			if len(nw) < f.min || nw != strings.ToLower(w) {
				return nil, fieldErr(f.field, "%q must be a lower-case word of at least %d letters without separators", w, f.min)
			}
			*f.dst = append(*f.dst, nw)
		}
	}
	for _, w := range notWords {
		if r.NotWords == nil {
			r.NotWords = map[string]struct{}{}
		}
		r.NotWords[w] = struct{}{}
	}
	r.Generic = len(r.Words) > 0
	if kt.Entropy < 0 || kt.Entropy > 8 || math.IsNaN(kt.Entropy) {
		return nil, fieldErr("entropy", "%v is out of range 0..8", kt.Entropy)
	}
	r.Entropy, r.LettersAndDigits = kt.Entropy, kt.Mixed
	if kt.ValueAlpha != "" {
		if r.ValueAlphabet, err = ParseAlphabet(kt.ValueAlpha); err != nil {
			return nil, fieldErr("value_alphabet", "%v", err)
		}
	}
	for _, n := range kt.Names {
		nn := normalizeKeyString(n)
		if len(nn) < MinAnchorLen {
			return nil, fieldErr("names", "name %q is shorter than %d characters without separators", n, MinAnchorLen)
		}
		for i := 0; i < len(nn); i++ {
			if c := nn[i]; c <= ' ' || c == '"' || c == '\\' || c >= 0x7f || c == '=' || c == ':' {
				return nil, fieldErr("names", "name %q has a character that cannot be part of a key", n)
			}
		}
		r.Names = append(r.Names, nn)
	}
	// Anchors: the parts of the names through which the scan finds them.
	// A key hit is always widened to its whole key and the key looked up
	// whole, so any part of a name finds it; a rare part ("salt") costs
	// less than a common one ("logged").
	for _, a := range kt.Anchors {
		na := normalizeKeyString(a)
		if len(na) < MinAnchorLen || na != strings.ToLower(a) {
			return nil, fieldErr("anchors", "%q must be a lower-case word of at least %d letters without separators", a, MinAnchorLen)
		}
		found := false
		for _, n := range r.Names {
			found = found || strings.Contains(n, na)
		}
		if !found {
			return nil, fieldErr("anchors", "anchor %q is part of none of the rule's names", a)
		}
		r.Anchors = append(r.Anchors, na)
	}
	switch kt.Value {
	case "", "plain":
		r.Value = ValuePlain
	case "authorization":
		r.Value = ValueAuthorization
	case "cookie":
		r.Value = ValueCookie
	case "set-cookie":
		r.Value = ValueSetCookie
	case "params":
		r.Value = ValueParams
	case "words":
		r.Value = ValueWords
	default:
		return nil, fieldErr("value", "unknown value kind %q (want plain, authorization, cookie, set-cookie, params or words)", kt.Value)
	}
	if r.Allow, err = compileAllowlist(kt.Allowlist); err != nil {
		return nil, err
	}
	return r, nil
}

func compileRule(rt ruleTOML) (*Rule, error) {
	st, err := checkCommon(rt.ID, rt.Style, rt.Template)
	if err != nil {
		return nil, err
	}
	r := &Rule{ID: rt.ID, Description: rt.Description, Style: st, Template: rt.Template,
		MustRedact: rt.MustRedact, MustKeep: rt.MustKeep, IgnoreCase: rt.IgnoreCase}
	if r.Allow, err = compileAllowlist(rt.Allowlist); err != nil {
		return nil, err
	}
	switch rt.Detector {
	case "url-credentials":
		r.Kind = KindURLCredentials
		// user:password@tcp(host)/db: Go's MySQL driver writes its DSNs
		// without a scheme.
		r.Anchors = []string{"://", `:\/\/`, "@tcp(", "@tcp6(", "@unix("}
	case "private-key":
		r.Kind = KindPrivateKey
		r.Anchors = []string{"-----BEGIN"}
	case "curl-user":
		r.Kind = KindCurlUser
		r.Anchors = []string{"curl"}
	case "command-password":
		r.Kind = KindCommandPassword
	case "command-output":
		r.Kind = KindCommandOutput
	case "session-store":
		r.Kind = KindSessionStore
		// A collection whose _id is the session id (connect-mongo: the
		// filter checks for sessions.<method>), and key prefixes
		// (connect-redis, Spring Session; phpredis's PHPREDIS_SESSION:ID
		// is the session key rule's).
		r.Anchors = []string{"sessions", "sess:", "spring:session:sessions:"}
	case "orm-parameters":
		r.Kind = KindORMParameters
		// EF Core, Hibernate; Prisma (prisma:query params […]), knex
		// (knex:bindings […]), SQLAlchemy (sqlalchemy.engine.Engine
		// [generated in 0.0003s] (…)). The anchors are the rare words:
		// "query" or "[" would be walked in every JSON line.
		r.Anchors = []string{"Parameters=[", "binding parameter ", "prisma:query", "knex:bindings", "sqlalchemy.engine"}
	case "":
		switch {
		case rt.Regex != "":
			r.Kind = KindRegex
		case len(rt.Prefixes) > 0:
			r.Kind = KindToken
		default:
			return nil, fieldErr("prefixes", "a rule needs prefixes (a token rule), a regex with anchors, or a detector")
		}
	default:
		return nil, fieldErr("detector", "unknown detector %q (want url-credentials, private-key, curl-user, command-password, command-output, orm-parameters or session-store)", rt.Detector)
	}
	if r.Kind != KindToken && r.Kind != KindRegex {
		for _, f := range []struct {
			set  bool
			name string
		}{{len(rt.Prefixes) > 0, "prefixes"}, {rt.Alphabet != "", "alphabet"}, {rt.Regex != "", "regex"},
			{len(rt.Anchors) > 0, "anchors"}, {rt.Checksum != "", "checksum"}, {rt.MinLength != 0, "min_length"},
			{rt.MaxLength != 0, "max_length"}, {rt.HeadAlphabet != "", "head_alphabet"}, {rt.HeadMin != 0, "head_min"},
			{rt.HeadMax != 0, "head_max"}, {rt.KeepToken, "keep_token"}, {rt.Pair.set(), "pair"}, {rt.ObjectNames, "object_names"}} {
			if f.set {
				return nil, fieldErr(f.name, "is not used by the %s detector", rt.Detector)
			}
		}
		return r, nil
	}
	if r.Kind == KindRegex {
		if len(rt.Prefixes) > 0 || rt.Alphabet != "" {
			return nil, fieldErr("regex", "a regex rule takes anchors, not prefixes or alphabet")
		}
		for _, f := range []struct {
			set  bool
			name string
		}{{rt.HeadAlphabet != "", "head_alphabet"}, {rt.HeadMin != 0, "head_min"}, {rt.HeadMax != 0, "head_max"}} {
			if f.set {
				return nil, fieldErr(f.name, "a head is for token rules, not regex rules")
			}
		}
		for _, f := range []struct {
			set  bool
			name string
		}{{rt.KeepToken, "keep_token"}, {rt.Pair.set(), "pair"}, {rt.ObjectNames, "object_names"}} {
			if f.set {
				return nil, fieldErr(f.name, "is for token rules, not regex rules")
			}
		}
		if len(rt.Anchors) == 0 {
			return nil, fieldErr("anchors", "a regex rule needs at least one literal anchor (keyword)")
		}
		re, err := regexp.Compile(rt.Regex)
		if err != nil {
			return nil, fieldErr("regex", "%v", err)
		}
		if rt.SecretGroup < 0 || rt.SecretGroup > re.NumSubexp() {
			return nil, fieldErr("secret_group", "%d is out of range: the regex has %d groups", rt.SecretGroup, re.NumSubexp())
		}
		r.Regex, r.SecretGroup = re, rt.SecretGroup
		r.Window = rt.Window
		if r.Window == 0 {
			r.Window = DefaultWindow
		}
		if r.Window < 16 || r.Window > MaxWindow {
			return nil, fieldErr("window", "%d is out of range 16..%d", rt.Window, MaxWindow)
		}
		for _, a := range rt.Anchors {
			if len(normalizeKeyString(a)) < MinAnchorLen {
				return nil, fieldErr("anchors", "anchor %q is shorter than %d characters without separators", a, MinAnchorLen)
			}
		}
		r.Anchors = rt.Anchors
		if rt.Entropy < 0 || rt.Entropy > 8 || math.IsNaN(rt.Entropy) {
			return nil, fieldErr("entropy", "%v is out of range 0..8", rt.Entropy)
		}
		r.Entropy = rt.Entropy
		return r, nil
	}
	// Token rule. Its anchors are its prefixes, unless anchors name a rarer
	// piece of each prefix ("$production$" in "access_token$production$"):
	// every prefix must then contain one of them. An anchor may be as short
	// as a prefix may (2 characters besides separators): the prefix it sits
	// in is still checked whole.
	for _, a := range rt.Anchors {
		if len(normalizeKeyString(a)) < 2 {
			return nil, fieldErr("anchors", "anchor %q is shorter than 2 characters without separators", a)
		}
	}
	if len(rt.Anchors) > 0 {
		for _, p := range rt.Prefixes {
			found := false
			for _, a := range rt.Anchors {
				found = found || strings.Contains(p, a)
			}
			if !found {
				return nil, fieldErr("anchors", "prefix %q contains none of the anchors", p)
			}
		}
	}
	for _, p := range rt.Prefixes {
		if len(normalizeKeyString(p)) < 2 || len(p) < MinAnchorLen-1 {
			return nil, fieldErr("prefixes", "prefix %q is too short (at least 2 characters besides separators)", p)
		}
		if strings.ContainsAny(p, "\n\r") {
			return nil, fieldErr("prefixes", "prefix %q spans lines", p)
		}
	}
	r.Prefixes, r.Anchors = rt.Prefixes, rt.Prefixes
	if len(rt.Anchors) > 0 {
		r.Anchors = rt.Anchors
	}
	if rt.Alphabet == "" {
		return nil, fieldErr("alphabet", "a token rule needs the alphabet of its body")
	}
	if r.Alphabet, err = ParseAlphabet(rt.Alphabet); err != nil {
		return nil, fieldErr("alphabet", "%v", err)
	}
	if rt.MinLength < 1 && (rt.HeadAlphabet == "" || rt.MinLength < 0) {
		// A rule with a head may end at its literal (…-us5): the head
		// carries its length.
		return nil, fieldErr("min_length", "must be at least 1 (0 for a rule with a head)")
	}
	if rt.MaxLength == 0 {
		rt.MaxLength = rt.MinLength
	}
	if rt.MaxLength < rt.MinLength {
		return nil, fieldErr("max_length", "%d is less than min_length %d", rt.MaxLength, rt.MinLength)
	}
	if rt.MaxLength > MaxTokenLength {
		return nil, fieldErr("max_length", "%d is more than %d", rt.MaxLength, MaxTokenLength)
	}
	r.MinLen, r.MaxLen = rt.MinLength, rt.MaxLength
	if err := compileHead(r, rt); err != nil {
		return nil, err
	}
	switch rt.Checksum {
	case "":
	case "crc32-base62":
		r.Checksum = ChecksumGitHubCRC32
		if r.MinLen < 7 {
			return nil, fieldErr("checksum", "crc32-base62 needs a body of at least 7 characters")
		}
	case "jwt":
		r.Checksum = ChecksumJWT
	case "jwt-base64":
		r.Checksum = ChecksumJWTBase64
	default:
		return nil, fieldErr("checksum", "unknown checksum %q (want crc32-base62, jwt or jwt-base64)", rt.Checksum)
	}
	switch rt.ChecksumMismatch {
	case "", "redact":
	case "keep":
		if r.Checksum == ChecksumNone {
			return nil, fieldErr("checksum_mismatch", "set without a checksum")
		}
		r.KeepOnChecksumMismatch = true
	default:
		return nil, fieldErr("checksum_mismatch", "unknown value %q (want redact or keep)", rt.ChecksumMismatch)
	}
	if rt.Entropy < 0 || rt.Entropy > 8 || math.IsNaN(rt.Entropy) {
		return nil, fieldErr("entropy", "%v is out of range 0..8", rt.Entropy)
	}
	if max := math.Log2(float64(r.MaxLen)); rt.Entropy > max+1e-9 {
		return nil, fieldErr("entropy", "%v can never be reached by a body of at most %d characters (max %.2f)", rt.Entropy, r.MaxLen, max)
	}
	r.Entropy = rt.Entropy
	if rt.Window != 0 {
		return nil, fieldErr("window", "window and secret_group are for regex rules")
	}
	if rt.SecretGroup != 0 {
		return nil, fieldErr("secret_group", "window and secret_group are for regex rules")
	}
	if err := compilePair(r, rt); err != nil {
		return nil, err
	}
	return r, nil
}

// compilePair compiles a token rule's [rules.pair] table and keep_token.
func compilePair(r *Rule, rt ruleTOML) error {
	r.KeepToken = rt.KeepToken
	r.ObjectNames = rt.ObjectNames
	p := rt.Pair
	if !p.set() {
		if rt.KeepToken {
			return fieldErr("keep_token", "a rule that keeps its token needs a [rules.pair] table: it would redact nothing")
		}
		return nil
	}
	if p.Alphabet == "" {
		return fieldErr("pair.alphabet", "a pair needs the alphabet of its secret")
	}
	a, err := ParseAlphabet(p.Alphabet)
	if err != nil {
		return fieldErr("pair.alphabet", "%v", err)
	}
	if p.MinLength < MinPairLength {
		return fieldErr("pair.min_length", "%d is less than %d: a shorter pair is found by chance", p.MinLength, MinPairLength)
	}
	if p.MaxLength == 0 {
		p.MaxLength = p.MinLength
	}
	if p.MaxLength < p.MinLength || p.MaxLength > MaxTokenLength {
		return fieldErr("pair.max_length", "%d is out of range %d..%d", p.MaxLength, p.MinLength, MaxTokenLength)
	}
	if p.Entropy < 0 || p.Entropy > 8 || math.IsNaN(p.Entropy) {
		return fieldErr("pair.entropy", "%v is out of range 0..8", p.Entropy)
	}
	if max := math.Log2(float64(min(p.MaxLength, a.Len()))); p.Entropy > max+1e-9 {
		return fieldErr("pair.entropy", "%v can never be reached by a pair of at most %d characters of its alphabet (max %.2f)", p.Entropy, p.MaxLength, max)
	}
	if p.Within == 0 {
		p.Within = DefaultPairWithin
	}
	if p.Within < p.MinLength || p.Within > MaxPairWithin {
		return fieldErr("pair.within", "%d is out of range %d..%d", p.Within, p.MinLength, MaxPairWithin)
	}
	r.Pair = &Pair{Alphabet: a, MinLen: p.MinLength, MaxLen: p.MaxLength, Entropy: p.Entropy, Within: p.Within}
	return nil
}

// compileHead compiles a token rule's head: the bytes before its prefix
// that belong to the token (the 14 characters before ".atlasv1." of a
// Terraform token).
func compileHead(r *Rule, rt ruleTOML) error {
	if rt.HeadAlphabet == "" {
		switch {
		case rt.HeadMin != 0:
			return fieldErr("head_min", "is set without a head_alphabet")
		case rt.HeadMax != 0:
			return fieldErr("head_max", "is set without a head_alphabet")
		}
		return nil
	}
	a, err := ParseAlphabet(rt.HeadAlphabet)
	if err != nil {
		return fieldErr("head_alphabet", "%v", err)
	}
	if rt.HeadMin == 0 {
		return fieldErr("head_alphabet", "needs head_min (the head's shortest length, at least 1)")
	}
	if rt.HeadMin < 0 {
		return fieldErr("head_min", "must be at least 1")
	}
	if rt.HeadMax == 0 {
		rt.HeadMax = rt.HeadMin
	}
	if rt.HeadMax < rt.HeadMin {
		return fieldErr("head_max", "%d is less than head_min %d", rt.HeadMax, rt.HeadMin)
	}
	if rt.HeadMax > MaxHeadLength {
		return fieldErr("head_max", "%d is more than %d", rt.HeadMax, MaxHeadLength)
	}
	r.HeadAlphabet, r.HeadMin, r.HeadMax = a, rt.HeadMin, rt.HeadMax
	return nil
}

// compileAllowlist compiles an allowlist table; errors are *fieldError
// naming the allowlist field.
func compileAllowlist(at allowlistTOML) (*Allowlist, error) {
	a := &Allowlist{Values: map[string]struct{}{}}
	for _, v := range at.Values {
		if v == "" {
			return nil, &fieldError{field: "allowlist.values", msg: "allowlist: empty value"}
		}
		a.Values[v] = struct{}{}
	}
	for _, s := range at.Regexes {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, &fieldError{field: "allowlist.regexes", msg: fmt.Sprintf("allowlist: regexes: %v", err)}
		}
		a.Regexes = append(a.Regexes, re)
	}
	for _, w := range at.Stopwords {
		if w == "" {
			return nil, &fieldError{field: "allowlist.stopwords", msg: "allowlist: empty stopword"}
		}
		a.Stopwords = append(a.Stopwords, strings.ToLower(w))
	}
	for _, k := range at.Keys {
		nk := normalizeKeyString(k)
		if nk == "" {
			return nil, &fieldError{field: "allowlist.keys", msg: "allowlist: empty key name"}
		}
		if a.Keys == nil {
			a.Keys = map[string]struct{}{}
		}
		a.Keys[nk] = struct{}{}
	}
	for _, k := range at.KeyWords {
		nk := normalizeKeyString(k)
		if len(nk) < MinAnchorLen || nk != strings.ToLower(k) {
			return nil, &fieldError{field: "allowlist.key_words", msg: fmt.Sprintf("allowlist: key_words: %q must be a lower-case word of at least %d letters without separators", k, MinAnchorLen)}
		}
		a.KeyWords = append(a.KeyWords, nk)
	}
	if a.empty() {
		return nil, nil
	}
	return a, nil
}

func mergeAllowlist(dst, src *Allowlist) {
	if src == nil {
		return
	}
	for v := range src.Values {
		dst.Values[v] = struct{}{}
	}
	for k := range src.Keys {
		if dst.Keys == nil {
			dst.Keys = map[string]struct{}{}
		}
		dst.Keys[k] = struct{}{}
	}
	dst.Regexes = append(dst.Regexes, src.Regexes...)
	dst.KeyWords = append(dst.KeyWords, src.KeyWords...)
	dst.Stopwords = append(dst.Stopwords, src.Stopwords...)
}

// lastKeyRE takes apart the decoder's type errors:
// `toml: line 11 (last key "rules.min_length"): incompatible types: …`.
var lastKeyRE = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key "([^"]*)"\): (.*)$`)

// typeError reports a decoding error that is not a syntax error: a value
// of the wrong type. The decoder names the key, but for a key in an array
// of tables it gives the line of the key's last occurrence, not of the
// table that failed; decoding the tables one at a time finds that one.
func typeError(src NamedSource, err error) error {
	e := &Error{File: src.Name, Line: 1, Msg: err.Error()}
	var probe struct {
		Keys  []toml.Primitive `toml:"keys"`
		Rules []toml.Primitive `toml:"rules"`
	}
	md, perr := toml.Decode(string(src.Data), &probe)
	if perr != nil {
		return e
	}
	loc := newLocator(string(src.Data))
	locate := func(table string, i int, p toml.Primitive, err error) error {
		m := lastKeyRE.FindStringSubmatch(err.Error())
		if m == nil {
			e.Msg = err.Error()
			e.Line = loc.line(table, i, "")
		} else {
			field := strings.TrimPrefix(m[1], table+".")
			e.Msg = field + ": " + m[2]
			e.Line = loc.line(table, i, field)
		}
		if table != "" {
			var id struct {
				ID any `toml:"id"`
			}
			_ = md.PrimitiveDecode(p, &id)
			if s, ok := id.ID.(string); ok && s != "" {
				e.Rule = s
			} else {
				e.Rule = fmt.Sprintf("%s[%d]", table, i)
			}
		}
		return e
	}
	for i, p := range probe.Keys {
		var kt keyTOML
		if err := md.PrimitiveDecode(p, &kt); err != nil {
			return locate("keys", i, p, err)
		}
	}
	for i, p := range probe.Rules {
		var rt ruleTOML
		if err := md.PrimitiveDecode(p, &rt); err != nil {
			return locate("rules", i, p, err)
		}
	}
	return locate("", 0, toml.Primitive{}, err)
}

package filter

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/logscrub/logscrub/filter/anchor"
	"github.com/logscrub/logscrub/rules"
)

// Format selects how lines are read.
type Format uint8

const (
	// FormatAuto scrubs a line that is a JSON object as JSON and anything
	// else, including broken JSON, as text.
	FormatAuto Format = iota
	// FormatJSON is FormatAuto; a line that is not valid JSON is still
	// scanned as text, never passed through unscanned.
	FormatJSON
	// FormatText scans every line as text, JSON or not.
	FormatText
)

// ParseFormat parses "auto", "json" or "text".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "auto":
		return FormatAuto, nil
	case "json":
		return FormatJSON, nil
	case "text":
		return FormatText, nil
	}
	return 0, fmt.Errorf("filter: unknown format %q (want auto, json or text)", s)
}

// DefaultPEMLineCap is how many lines a multi-line private key block may
// span before the stream gives up on finding its END line and resets.
const DefaultPEMLineCap = 200

// Options configure a Scrubber.
type Options struct {
	Format Format
	// Style overrides the rule set's global style for rules that do not
	// set their own; StyleInherit keeps the set's.
	Style rules.Style
	// HashKey keys the HMAC of the hash style. It must be set (at least
	// 16 bytes) when any rule resolves to the hash style.
	HashKey []byte
	// PEMLineCap bounds a multi-line private key block; 0 means
	// DefaultPEMLineCap.
	PEMLineCap int
}

// ErrNoHashKey is returned by New when the hash style is used without a key.
var ErrNoHashKey = errors.New("filter: the hash style needs a key (LOGSCRUB_HASH_KEY or --hash-key-file); unkeyed hashes of secrets can be brute-forced")

// MinHashKeyLen is the shortest accepted hash key.
const MinHashKeyLen = 16

type targetKind uint8

const (
	targetKey targetKind = iota + 1
	targetToken
	targetURL
	targetDSN // "@tcp(": the password of a DSN without a scheme, before the '@'
	targetPEM
	targetRegex
	targetCurl
	targetCommand // a command with a password flag: passwordCommands[cmd]
	targetRedis   // a quoted Redis command word: redisAnchors[cmd]
	targetORM     // an ORM's parameter list
	targetAudit   // a Linux audit record's arguments: cmd 0 EXECVE, 1 proctitle
	targetOutput  // a command that prints a secret: secretCommands[cmd]
	targetB64JSON // eyJ…: base64 of a JSON document, decoded and scanned
	targetBasic   // "Basic " and base64 of user:password, anywhere
	targetStdin   // a command that reads a password on stdin: stdinReaders[cmd]
	targetEscape  // "\u" and friends: only makes a JSON line take the full path
	targetPercent // %2F, %3A, %40, %3D: the encoded words are scanned decoded as well
	targetSession // a session store's key: the rule's anchors (sessionstore.go)
	targetSigned  // expires=: a signed URL's query, whose short-named signature goes (signedurl.go)
)

// target is what an anchor hit means: which rule to check, and how.
type target struct {
	kind targetKind
	rule *rules.Rule
	// prefix is the token's public prefix, which the partial style keeps:
	// the literal, or "" for a rule with a head (the token starts with
	// secret bytes before the literal).
	prefix  string
	literal string // token rules: the literal the hit must be
	folded  string // literal in lower case, for ignore_case rules
	lead    int    // separators before the literal's first letter
	cmd     int    // targetCommand: index into passwordCommands; targetRedis: into redisAnchors
	// whole is, for the detectors' anchors (commands, Redis and audit
	// words), the literal the anchor is a part of (see anchorPart): a key
	// anchor inside it or a rare last part ("onpath" of "jsonpath"),
	// since a common first part ("json", "redis") would send every line
	// that has it through the automaton. whole is in lower case, wholeAt
	// is where the anchor starts in it; whole is "" when the anchor is the
	// literal itself.
	whole   string
	wholeAt int
}

// atWhole widens a hit of a part anchor (whole != "") to its whole
// literal, and reports whether the literal is there.
func (t *target) atWhole(buf []byte, h *anchor.Hit) bool {
	s := int(h.Start) - t.wholeAt
	e := s + len(t.whole)
	if s < 0 || e > len(buf) || e < int(h.End) || !equalFoldASCII(buf[s:e], t.whole) {
		return false
	}
	h.Start, h.End = int32(s), int32(e)
	return true
}

// unionFollow is the set of bytes either Follow admits; nil admits any.
func unionFollow(a, b *[256]bool) *[256]bool {
	if a == nil || b == nil {
		return nil
	}
	if a == b {
		return a
	}
	u := *a
	for i, ok := range b {
		u[i] = u[i] || ok
	}
	return &u
}

// Scrubber is a compiled scrubber. It is immutable and safe for concurrent
// use: every goroutine scrubs through its own Stream.
type Scrubber struct {
	set     *rules.Set
	m       *anchor.Matcher
	targets [][]target // pattern id → targets
	style   []rules.Style
	mask    [][]byte // rule index → replacement (mask, and the middle of partial)
	hashPre [][]byte // rule index → replacement text before the hash
	hashSuf [][]byte
	hashKey []byte
	format  Format
	pemCap  int
	pemRule int    // index of the private-key rule; only used once one matched
	marker  []byte // the literal start of the mask template, e.g. "[REDACTED:"
	// cookieRule is the key rule for "cookie", used for curl -b values.
	cookieRule *rules.Rule
	// redisRule is the command-password rule, for Redis's AUTH written
	// without quotes (redisBareAuth); nil when that rule is off.
	redisRule *rules.Rule
	// authRule is the key rule for "authorization", used for Basic
	// credentials outside a header.
	authRule *rules.Rule
	// keyTails holds every proper suffix of a normalized key name
	// ("key" of "apikey"): only a key spelled as one can be the second
	// word of a two-word key ("API Key").
	keyTails map[string]struct{}
	// wordTwin[i] is key rule i for a name matched as the last word of a
	// longer key when the name is shorter than five letters ("pass" of
	// full_hash_pass): the same rule, but a number is not taken, because
	// such short words are also ordinary nouns (a pass, a key) and a
	// number under them is a count. nil for rules that take no numbers
	// anyway.
	wordTwin []*rules.Rule
	// parseAll disables the pass-through of JSON lines without an
	// actionable hit; tests compare both paths.
	parseAll bool
}

// scrubbed reports whether v holds one of our own replacements, so that
// scrubbing scrubbed output changes nothing.
func (sc *Scrubber) scrubbed(v []byte) bool {
	return len(sc.marker) >= 3 && bytes.Contains(v, sc.marker)
}

// New compiles a Scrubber for a rule set.
func New(set *rules.Set, opt Options) (*Scrubber, error) {
	sc := &Scrubber{set: set, format: opt.Format, pemCap: opt.PEMLineCap}
	if sc.pemCap <= 0 {
		sc.pemCap = DefaultPEMLineCap
	}
	global := set.Style
	if opt.Style != rules.StyleInherit {
		global = opt.Style
	}
	var pats []anchor.Pattern
	add := func(p anchor.Pattern, t target) {
		for i := range pats {
			if q := &pats[i]; q.Text == p.Text {
				// One literal is one pattern, admitted as widely as its
				// widest use asks: two patterns for one literal would
				// report every occurrence twice. Each target checks its
				// own spelling.
				q.Key = q.Key || p.Key
				q.Exact = q.Exact && p.Exact
				q.Follow = unionFollow(q.Follow, p.Follow)
				sc.targets[i] = append(sc.targets[i], t)
				return
			}
		}
		pats = append(pats, p)
		sc.targets = append(sc.targets, []target{t})
	}
	sc.cookieRule = set.KeyRule([]byte("cookie"))
	sc.wordTwin = make([]*rules.Rule, len(set.Rules))
	for i, r := range set.Rules {
		if r.Kind == rules.KindKey && !r.IgnoreNumeric {
			twin := *r
			twin.IgnoreNumeric = true
			sc.wordTwin[i] = &twin
		}
	}
	if pre, _, ok := strings.Cut(set.Template, "{rule}"); ok {
		sc.marker = []byte(pre)
	}
	names := set.KeyNames()
	sc.keyTails = map[string]struct{}{}
	for _, n := range names {
		for i := 1; i < len(n); i++ {
			sc.keyTails[n[i:]] = struct{}{}
		}
	}
	for _, r := range set.GenericRules() {
		names = append(names, r.Words...)
	}
	for _, r := range set.Rules {
		if r.Kind == rules.KindKey {
			names = append(names, r.Anchors...)
		}
	}
	keyAnchors := minimalKeyAnchors(names)
	// addWhole adds a detector's literal through the part of it that anchorPart chooses.
	addWhole := func(literal string, t target) {
		part, at := anchorPart(literal, keyAnchors)
		if part != literal {
			t.whole, t.wholeAt = strings.ToLower(literal), at
		}
		add(anchor.Pattern{Text: part}, t)
	}
	needHash := false
	for _, r := range set.Rules {
		st := r.Style
		if st == rules.StyleInherit {
			st = global
		}
		sc.style = append(sc.style, st)
		needHash = needHash || st == rules.StyleHash
		tpl := r.Template
		if tpl == "" {
			tpl = set.Template
		}
		sc.mask = append(sc.mask, []byte(strings.ReplaceAll(tpl, "{rule}", r.ID)))
		htpl := tpl
		if !strings.Contains(htpl, "{hash}") {
			htpl = "[REDACTED:{rule}:{hash}]"
		}
		pre, suf, _ := strings.Cut(strings.ReplaceAll(htpl, "{rule}", r.ID), "{hash}")
		sc.hashPre = append(sc.hashPre, []byte(pre))
		sc.hashSuf = append(sc.hashSuf, []byte(suf))

		switch r.Kind {
		case rules.KindKey:
			for _, n := range r.Anchors {
				if keyAnchors[n] {
					add(anchor.Pattern{Text: n, Key: true}, target{kind: targetKey, rule: r})
				}
			}
			for _, n := range r.Words {
				if keyAnchors[n] {
					add(anchor.Pattern{Text: n, Key: true}, target{kind: targetKey, rule: r})
				}
			}
			for _, n := range r.Names {
				if !keyAnchors[n] {
					continue // found through a shorter name it contains
				}
				p := anchor.Pattern{Text: n, Key: true}
				if len(n) < 4 && !partOfLonger(n, names) {
					// A short name that no longer name contains ends its
					// key token: the prefilter admits it only before a byte
					// that is not a letter (pat=, not path).
					p.Follow = &notLetter
				}
				add(p, target{kind: targetKey, rule: r})
			}
		case rules.KindToken:
			for _, p := range r.Prefixes {
				// The anchor is the prefix itself, or the first of the
				// rule's anchors that the prefix contains; lead is how far
				// the token starts before the anchor's first letter.
				a, at := p, 0
				for _, x := range r.Anchors {
					if i := strings.Index(p, x); i >= 0 {
						a, at = x, i
						break
					}
				}
				lead := at + len(a) - len(strings.TrimLeft(a, "-_. "))
				follow := (*[256]bool)(r.Alphabet)
				if at+len(a) < len(p) || r.MinLen == 0 {
					follow = nil // more prefix follows the anchor, or possibly nothing
				}
				public := p
				if r.HeadAlphabet != nil {
					public = ""
				}
				add(anchor.Pattern{Text: a, Follow: follow, Exact: !r.IgnoreCase},
					target{kind: targetToken, rule: r, prefix: public, literal: p, folded: strings.ToLower(p), lead: lead})
			}
		case rules.KindURLCredentials:
			for _, a := range r.Anchors {
				if a[0] == '@' {
					add(anchor.Pattern{Text: a}, target{kind: targetDSN, rule: r})
					continue
				}
				add(anchor.Pattern{Text: a, Follow: &userinfoBytes}, target{kind: targetURL, rule: r})
			}
		case rules.KindCurlUser:
			add(anchor.Pattern{Text: "curl"}, target{kind: targetCurl, rule: r})
		case rules.KindCommandPassword:
			sc.redisRule = r
			for i := range passwordCommands {
				addWhole(passwordCommands[i].name, target{kind: targetCommand, rule: r, cmd: i})
			}
			for i := range stdinReaders {
				addWhole(stdinReaders[i].anchor, target{kind: targetStdin, rule: r, cmd: i})
			}
			for i := range redisAnchors {
				addWhole(redisAnchors[i].text, target{kind: targetRedis, rule: r, cmd: i})
			}
		case rules.KindCommandOutput:
			for i := range secretCommands {
				addWhole(secretCommands[i].anchor, target{kind: targetOutput, rule: r, cmd: i})
			}
		case rules.KindSessionStore:
			for i, a := range r.Anchors {
				add(anchor.Pattern{Text: a}, target{kind: targetSession, rule: r, cmd: i})
			}
		case rules.KindORMParameters:
			for _, a := range r.Anchors {
				add(anchor.Pattern{Text: a}, target{kind: targetORM, rule: r})
			}
		case rules.KindPrivateKey:
			sc.pemRule = r.Index
			add(anchor.Pattern{Text: "-----BEGIN"}, target{kind: targetPEM, rule: r, prefix: "-----BEGIN", lead: 5})
		case rules.KindRegex:
			for _, a := range r.Anchors {
				add(anchor.Pattern{Text: a, Key: true}, target{kind: targetRegex, rule: r})
			}
		}
	}
	// Basic credentials outside a header, under the authorization rule.
	if sc.authRule = set.KeyRule([]byte("authorization")); sc.authRule != nil {
		add(anchor.Pattern{Text: "basic "}, target{kind: targetBasic})
	}
	// Signed URLs: the signature beside an expiry parameter.
	if r := set.KeyRule([]byte("signature")); r != nil {
		for _, a := range expiryParams {
			add(anchor.Pattern{Text: a}, target{kind: targetSigned, rule: r})
		}
	}
	// Base64 JSON: decoded and scanned for the secrets it may hold.
	add(anchor.Pattern{Text: "eyJ"}, target{kind: targetB64JSON})
	// Linux audit records: the arguments, decoded, are scanned as a
	// command line.
	// (EXECVE alone: "type=" as an anchor's head would be walked at every
	// logfmt type= field.)
	addWhole("EXECVE", target{kind: targetAudit})
	addWhole("proctitle=", target{kind: targetAudit, cmd: 1})
	// Escapes that can hide an anchor inside a JSON string.
	add(anchor.Pattern{Text: `\u`, Follow: &hexBytes}, target{kind: targetEscape})
	for _, p := range [...]string{"%2f", "%3a", "%40", "%3d"} {
		add(anchor.Pattern{Text: p}, target{kind: targetPercent})
	}
	if needHash {
		if len(opt.HashKey) == 0 {
			return nil, ErrNoHashKey
		}
		if len(opt.HashKey) < MinHashKeyLen {
			return nil, fmt.Errorf("filter: the hash key is %d bytes; it must be at least %d", len(opt.HashKey), MinHashKeyLen)
		}
		sc.hashKey = bytes.Clone(opt.HashKey)
	}
	m, err := anchor.Compile(pats)
	if err != nil {
		return nil, fmt.Errorf("filter: %w", err)
	}
	sc.m = m
	return sc, nil
}

// Rules returns the rule set the Scrubber was built from.
func (sc *Scrubber) Rules() *rules.Set { return sc.set }

// Style returns the resolved style of a rule.
func (sc *Scrubber) Style(r *rules.Rule) rules.Style { return sc.style[r.Index] }

// anchorPart returns the part of a detector's literal to anchor on, and
// where it begins in the literal: the first key anchor of four bytes or
// more in it ("token" of "print-access-token", "pass" of "sshpass" and of
// "find-generic-password"), which shares the key's pattern, so the
// automaton reports the place once; or else the literal's rare part from
// rareParts; or else the literal itself. A common first word
// ("print", "redis", "exec") would send every line that has it through
// the automaton.
func anchorPart(literal string, keyAnchors map[string]bool) (part string, at int) {
	lower := strings.ToLower(literal)
	best := len(literal)
	for a := range keyAnchors {
		if len(a) < 4 {
			continue
		}
		if i := strings.Index(lower, a); i >= 0 && (i < best || i == best && len(a) < len(part)) {
			best, part = i, a
		}
	}
	if part != "" {
		return part, best
	}
	if p, ok := rareParts[literal]; ok {
		return p, len(literal) - len(p)
	}
	return literal, 0
}

// rareParts are detectors' literals whose first four bytes begin common
// words, with the rarer part to anchor on (each measured on loghub and
// the bench corpus, where the first four bytes were walked thousands of
// times per million lines).
var rareParts = map[string]string{
	"EXECVE":     "XECVE",
	"proctitle=": "ctitle=",
	"redis-cli":  "s-cli",
	// "Conv" begins every Convert and conversion.
	"ConvertTo-SecureString": "o-SecureString",
}

// minimalKeyAnchors returns the key names that must be anchors: a name
// that contains another name (access_token contains token, userpassword
// contains pass) is found through that shorter anchor, because a key hit is
// always expanded to its whole key token and the token looked up whole. Fewer,
// shorter anchors mean fewer candidates in ordinary text ("user", "access").
func minimalKeyAnchors(names []string) map[string]bool {
	keep := map[string]bool{}
	for _, n := range names {
		covered := false
		for _, m := range names {
			if m != n && len(m) < len(n) && strings.Contains(n, m) {
				covered = true
				break
			}
		}
		if !covered {
			keep[n] = true
		}
	}
	return keep
}

var hexBytes, userinfoBytes, notLetter [256]bool

// partOfLonger reports whether another name contains n.
func partOfLonger(n string, names []string) bool {
	for _, m := range names {
		if len(m) > len(n) && strings.Contains(m, n) {
			return true
		}
	}
	return false
}

func init() {
	for _, c := range []byte("0123456789abcdefABCDEF") {
		hexBytes[c] = true
	}
	for c := 0; c < 256; c++ {
		notLetter[c] = !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
	}
	// RFC 3986 userinfo: unreserved, pct-encoded, sub-delims and ':'.
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%!$&'()*+,;=:") {
		userinfoBytes[c] = true
	}
}

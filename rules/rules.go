package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// Kind says how a rule finds its secret.
type Kind uint8

const (
	// KindKey rules redact the value assigned to a sensitive key name.
	KindKey Kind = iota + 1
	// KindToken rules find a key-shaped value: a literal prefix followed by
	// a body of a given alphabet and length.
	KindToken
	// KindRegex rules run a regular expression in a bounded window around
	// an anchor hit (user rules; never on the default hot path).
	KindRegex
	// KindURLCredentials finds the password in scheme://user:password@host.
	KindURLCredentials
	// KindPrivateKey finds PEM private key blocks, on one line or across lines.
	KindPrivateKey
	// KindCurlUser finds the password in curl's -u/--user/-U/--proxy-user
	// user:password argument.
	KindCurlUser
	// KindCommandPassword finds passwords in the short flags of commands
	// that define one: mysql -pVALUE, sshpass -p, docker login -p,
	// redis-cli -a, ldapsearch -w, mongo -p.
	KindCommandPassword
	// KindORMParameters finds random-looking values among the positional
	// parameters ORMs log with their statements (EF Core's
	// [Parameters=[@p0='…'], Hibernate's binding parameter [1] as [VARCHAR]
	// - […]), where no name says what a value is.
	KindORMParameters
	// KindCommandOutput finds the secret a command prints on the lines
	// after it in a shell transcript or CI log (heroku auth:token, kubectl
	// get secret -o jsonpath=…, vault kv get -field=…).
	KindCommandOutput
	// KindSessionStore finds session ids where session stores key their
	// records (connect-mongo's sessions._id, connect-redis's sess:ID).
	KindSessionStore
)

var kindNames = map[Kind]string{
	KindKey: "key", KindToken: "token", KindRegex: "regex",
	KindURLCredentials: "url-credentials", KindPrivateKey: "private-key", KindCurlUser: "curl-user",
	KindCommandPassword: "command-password", KindORMParameters: "orm-parameters",
	KindCommandOutput: "command-output",
	KindSessionStore:  "session-store",
}

func (k Kind) String() string { return kindNames[k] }

// DefaultProseHexMin is a key rule's ProseHexMin unless it sets one: 128
// bits, a MAC or a token.
const DefaultProseHexMin = 32

// Style is a redaction style.
type Style uint8

const (
	// StyleInherit means "use the global style".
	StyleInherit Style = iota
	// StyleMask replaces the secret with a template, [REDACTED:{rule}] by default.
	StyleMask
	// StylePartial keeps the format's public prefix and at most the last 4
	// characters (never more than a quarter of the secret).
	StylePartial
	// StyleHash replaces the secret with a keyed HMAC-SHA256 pseudonym.
	StyleHash
)

var styleNames = []string{"inherit", "mask", "partial", "hash"}

func (s Style) String() string {
	if int(s) < len(styleNames) {
		return styleNames[s]
	}
	return fmt.Sprintf("Style(%d)", int(s))
}

// ParseStyle parses "mask", "partial" or "hash".
func ParseStyle(s string) (Style, error) {
	for i, n := range styleNames[1:] {
		if s == n {
			return Style(i + 1), nil
		}
	}
	return StyleInherit, fmt.Errorf("unknown style %q (want mask, partial or hash)", s)
}

// ValueKind says how the value of a sensitive key is read.
type ValueKind uint8

const (
	// ValuePlain: the whole value is the secret.
	ValuePlain ValueKind = iota
	// ValueAuthorization: an optional scheme word (Bearer, Basic, Token…)
	// is kept; the credentials after it are the secret.
	ValueAuthorization
	// ValueCookie: "a=1; b=2" pairs; every value is a secret, names are kept.
	ValueCookie
	// ValueSetCookie: the first pair's value is the secret; attributes
	// (Path, Expires, HttpOnly…) are kept.
	ValueSetCookie
	// ValueParams: a value that may be a comma-separated list of name=value
	// parameters (Stripe-Signature: t=…,v1=…); each parameter's value is
	// judged on its own (the timestamp stays, the MACs go). Any other value
	// is read as plain.
	ValueParams
	// ValueWords: a phrase of 12, 15, 18, 21 or 24 lower-case words, as
	// BIP39 writes a wallet's recovery phrase; taken whole, quoted or not.
	// Any other value is not one.
	ValueWords
)

var valueKindNames = []string{"plain", "authorization", "cookie", "set-cookie", "params", "words"}

func (v ValueKind) String() string { return valueKindNames[v] }

// Checksum names a format checksum or structure check.
type Checksum uint8

const (
	ChecksumNone Checksum = iota
	// ChecksumGitHubCRC32: the last 6 characters are the base62 CRC32 of
	// the 30 characters before them (GitHub and npm tokens).
	ChecksumGitHubCRC32
	// ChecksumJWT: three dot-separated base64url segments whose first
	// decodes to a JSON object.
	ChecksumJWT
	// ChecksumJWTBase64: standard or URL-safe base64 whose decoded text
	// starts with a JWT (base64 of eyJ…): a base64url header segment that
	// decodes to a JSON object with "alg", a dot, then a payload.
	ChecksumJWTBase64
)

var checksumNames = []string{"", "crc32-base62", "jwt", "jwt-base64"}

func (c Checksum) String() string { return checksumNames[c] }

// Alphabet is a set of bytes.
type Alphabet [256]bool

// Contains reports whether b is in the alphabet.
func (a *Alphabet) Contains(b byte) bool { return a[b] }

// Len returns the number of bytes in the alphabet.
func (a *Alphabet) Len() int {
	n := 0
	for _, in := range a {
		if in {
			n++
		}
	}
	return n
}

// ParseAlphabet parses a character class body such as "A-Za-z0-9_-":
// single characters, ranges "a-z" and backslash escapes (\- \\ \] \t).
// A '-' at the start or end is literal.
func ParseAlphabet(s string) (*Alphabet, error) {
	if s == "" {
		return nil, fmt.Errorf("empty alphabet")
	}
	var a Alphabet
	b := []byte(s)
	next := func(i int) (byte, int, error) {
		if b[i] == '\\' {
			if i+1 >= len(b) {
				return 0, 0, fmt.Errorf("alphabet %q ends with a lone backslash", s)
			}
			switch c := b[i+1]; c {
			case 't':
				return '\t', i + 2, nil
			case '\\', '-', ']', '[', '^':
				return c, i + 2, nil
			default:
				return 0, 0, fmt.Errorf("alphabet %q: unknown escape \\%c", s, c)
			}
		}
		return b[i], i + 1, nil
	}
	for i := 0; i < len(b); {
		lo, j, err := next(i)
		if err != nil {
			return nil, err
		}
		if j < len(b)-1 && b[j] == '-' {
			hi, k, err := next(j + 1)
			if err != nil {
				return nil, err
			}
			if hi < lo {
				return nil, fmt.Errorf("alphabet %q: range %c-%c is reversed", s, lo, hi)
			}
			for c := int(lo); c <= int(hi); c++ {
				a[c] = true
			}
			i = k
			continue
		}
		a[lo] = true
		i = j
	}
	return &a, nil
}

// Allowlist holds values that are never redacted.
type Allowlist struct {
	Values    map[string]struct{}
	Regexes   []*regexp.Regexp
	Stopwords []string // lower-case; a value containing one is kept
	// Keys are normalized key names that are never secret (global
	// allowlist only): their values are not redacted by key rules.
	Keys map[string]struct{}
	// KeyWords are normalized words that make any key containing one of
	// them never secret (publickeytoken, signingcertthumbprint), global
	// allowlist only.
	KeyWords []string
}

// Allows reports whether the candidate secret v is allowlisted. It does not
// allocate unless regexes are configured.
func (a *Allowlist) Allows(v []byte) bool {
	if a == nil {
		return false
	}
	if len(a.Values) > 0 {
		if _, ok := a.Values[string(v)]; ok {
			return true
		}
	}
	for _, w := range a.Stopwords {
		if containsFold(v, w) {
			return true
		}
	}
	for _, re := range a.Regexes {
		if re.Match(v) {
			return true
		}
	}
	return false
}

func (a *Allowlist) empty() bool {
	return a == nil || (len(a.Values) == 0 && len(a.Regexes) == 0 && len(a.Stopwords) == 0 && len(a.Keys) == 0 && len(a.KeyWords) == 0)
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring ASCII case in s.
func containsFold(s []byte, w string) bool {
	n := len(w)
	if n == 0 {
		return true
	}
	c0, u0 := w[0], w[0]
	if 'a' <= c0 && c0 <= 'z' {
		u0 = c0 - ('a' - 'A')
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] != c0 && s[i] != u0 {
			continue
		}
		j := 1
		for ; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// Source locates a rule in its file.
type Source struct {
	File string
	Line int
}

func (s Source) String() string { return fmt.Sprintf("%s:%d", s.File, s.Line) }

// Rule is one compiled rule. Rules are immutable once the Set is built.
type Rule struct {
	Index       int // position in Set.Rules; dense, for per-rule counters
	ID          string
	Description string
	Kind        Kind
	Style       Style  // StyleInherit: the global style
	Template    string // "" : the global template
	Allow       *Allowlist
	Source      Source

	// Key rules.
	Names []string // normalized: lower case, separators removed
	// Generic key rules match any key containing one of Words (unless its
	// last word is one of NotWords, or it contains one of NotKeys), and
	// only values that look random: MinLen, Entropy, ValueAlphabet,
	// LettersAndDigits.
	Generic          bool
	Words            []string
	NotWords         map[string]struct{}
	NotKeys          []string
	ValueAlphabet    *Alphabet
	LettersAndDigits bool
	Value            ValueKind
	IgnorePath       bool // a value starting with '/', '~/' or './' is a path, not a secret
	// IgnoreNumeric: a value of digits (with . _ - : between) or 0x-hex is
	// an identifier, not a secret.
	IgnoreNumeric bool
	// IgnoreObjects: a value that is an object's string form ("{ kind: …",
	// "Token{a64f992") is not a secret.
	IgnoreObjects bool
	// IgnoreHex: a value of hex digits only is an id or a digest
	// (aggregation keys, thumbprints), not a secret.
	IgnoreHex bool
	// ProseHexMin (key rules): the shortest value of hex digits a prose cue
	// takes ("retrying with api key 19d158fc…"); shorter hex in prose is an
	// id ("SMTP session 08d856b1"). DefaultProseHexMin unless set.
	ProseHexMin int
	// AnyValue: the rule takes any value but stand-ins, yes/no, short
	// numbers and sentences (passwords, credentials); otherwise the value
	// classifier keeps every harmless shape (ARNs, paths, URLs, e-mail
	// addresses, timestamps, SIDs, public keys, cursors, prose, identifiers).
	AnyValue bool
	// MinLen (key rules): shorter values are not secrets. (Token rules:
	// the body's minimum length.)

	// Token rules: the token is one of Prefixes followed by a body of
	// MinLen..MaxLen bytes of Alphabet, on word boundaries.
	Prefixes   []string
	IgnoreCase bool
	Alphabet   *Alphabet
	MinLen     int
	MaxLen     int // token rules: the body's maximum length
	// HeadAlphabet, HeadMin, HeadMax (token rules, optional): the token
	// starts before its prefix, with a head of HeadMin..HeadMax bytes of
	// HeadAlphabet — the longest run of them that ends where the prefix
	// begins — and the word boundary is before the head instead of the
	// prefix. The head is secret: the partial style keeps no public
	// prefix of such a token. nil: no head.
	HeadAlphabet *Alphabet
	HeadMin      int
	HeadMax      int
	Checksum     Checksum
	// KeepOnChecksumMismatch: a token whose checksum fails is left alone.
	// The default (false) redacts it anyway: a look-alike is still
	// redacted, the checksum only marks it verified.
	KeepOnChecksumMismatch bool
	Entropy                float64 // minimum Shannon entropy (bits/byte) of the body (key rules: of the value)
	// KeepToken (token rules): the token is an identifier that stays; the
	// rule redacts only its Pair.
	KeepToken bool
	// ObjectNames (token rules): the format also names objects (OpenShift
	// names an OAuthAccessToken by sha256~ of its token): a token that is
	// the value of a name key (name=, "name":, metadata.name, objectName)
	// or follows a '/' of a path stays.
	ObjectNames bool
	// Pair (token rules, optional): the secret written beside the token.
	Pair *Pair

	// Regex rules.
	Anchors     []string // literal anchors (keywords); for tokens, the prefixes; for keys, parts of Names (normalized)
	Regex       *regexp.Regexp
	SecretGroup int
	Window      int

	// Samples, checked by tests and `logscrub rules test`.
	MustRedact []string
	MustKeep   []string
}

// Pair is the secret a token rule finds beside its token on the same line:
// an account id's auth token, an access key id's secret key. It is a word
// of MinLen..MaxLen bytes of Alphabet, with at least Entropy bits per byte,
// that starts or ends within Within bytes of the token and is a bare value
// — a list element, a positional argument, a quoted string — not one that
// a name of its own labels (request_id=…), which the key rules judge.
type Pair struct {
	Alphabet *Alphabet
	MinLen   int
	MaxLen   int
	Entropy  float64
	Within   int
}

// Limits of a pair.
const (
	MinPairLength     = 16
	DefaultPairWithin = 160
	MaxPairWithin     = 1024
)

// Set is a compiled, immutable rule set, safe for concurrent use.
type Set struct {
	Rules    []*Rule
	Style    Style  // global default style (never StyleInherit)
	Template string // global mask template
	Allow    *Allowlist
	keys     map[string]*Rule
	generic  []*Rule
}

// GenericRules returns the generic key rules, in order.
func (s *Set) GenericRules() []*Rule { return s.generic }

// KeyAllowed reports whether a normalized key name is allowlisted as never
// secret. It does not allocate.
func (s *Set) KeyAllowed(normalized []byte) bool {
	if s.Allow == nil {
		return false
	}
	if _, ok := s.Allow.Keys[string(normalized)]; ok {
		return true
	}
	for _, w := range s.Allow.KeyWords {
		if containsFold(normalized, w) {
			return true
		}
	}
	return false
}

// Rule returns the rule with the given id, or nil.
func (s *Set) Rule(id string) *Rule {
	for _, r := range s.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// KeyRule returns the key rule for a normalized key name (see
// NormalizeKey), or nil. It does not allocate.
func (s *Set) KeyRule(normalized []byte) *Rule {
	return s.keys[string(normalized)]
}

// KeyNames returns every normalized sensitive key name.
func (s *Set) KeyNames() []string {
	out := make([]string, 0, len(s.keys))
	for k := range s.keys {
		out = append(out, k)
	}
	return out
}

// IsKeySeparator reports whether b is ignored when key names are compared:
// '-', '_', '.' and space.
func IsKeySeparator(b byte) bool { return b == '-' || b == '_' || b == '.' || b == ' ' }

// NormalizeKey appends the normalized form of a key name to dst: ASCII
// lower case with separators removed. "X-Api-Key", "x_api_key" and "apiKey"
// all become "xapikey"/"apikey".
func NormalizeKey(dst, key []byte) []byte {
	for _, c := range key {
		if IsKeySeparator(c) {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func normalizeKeyString(s string) string {
	return string(NormalizeKey(nil, []byte(s)))
}

// templateSafe reports whether a template can be written unescaped inside a
// JSON string and on a text line.
func templateSafe(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < 0x20 || c == '"' || c == '\\' || c == 0x7f {
			return false
		}
	}
	return !strings.Contains(t, "\n")
}

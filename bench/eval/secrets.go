package eval

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"math"
	"strings"

	"github.com/logscrub/logscrub/rules"
)

// itemKind is the shape of a planted secret.
type itemKind uint8

const (
	itemToken     itemKind = iota // a key-shaped token, found anywhere
	itemKey                       // a plain value under a sensitive key
	itemAuth                      // an Authorization value: scheme + credentials
	itemCookie                    // a Cookie header value: pairs, one of them secret
	itemSetCookie                 // a Set-Cookie value: the pair, then attributes
	itemURL                       // a URL with a password in its userinfo
	itemCurl                      // a curl command with -u user:password
	itemPEM                       // a PEM private key block
)

// item is one secret ready to be written in some context.
type item struct {
	kind itemKind
	rule *rules.Rule

	// value is written as before + secret + after, where secret is the
	// part that must not survive (for a PEM, the body lines joined by
	// "\n"). For a token, before and after are empty and prefix is the
	// token's public prefix.
	before, secret, after string
	prefix                string

	words []string // key items: the key name, in words
	// headerX: spell the key as an X- header (a plain key that is not a
	// header name of its own).
	headerX bool

	pemType  string
	pemLines []string

	form int // which of a context's forms to write (see curlForms)
}

// value returns the item's value as written.
func (it *item) value() string { return it.before + it.secret + it.after }

func (it *item) secretValues() []string {
	if it.kind == itemPEM {
		return it.pemLines
	}
	return []string{it.secret}
}

func (it *item) publicPrefix() string {
	if it.kind == itemToken {
		return it.prefix
	}
	return ""
}

// keyed reports whether the item is a value under a key name.
func (it *item) keyed() bool {
	return it.kind == itemKey || it.kind == itemAuth || it.kind == itemCookie || it.kind == itemSetCookie
}

// pem returns the PEM block with the given separator between its lines.
func (it *item) pem(sep string) string {
	return "-----BEGIN " + it.pemType + "-----" + sep + strings.Join(it.pemLines, sep) + sep + "-----END " + it.pemType + "-----"
}

// plan says how one rule is planted.
type plan struct {
	rule     *rules.Rule
	contexts []string
	names    [][]string // key rules: every key name, in words
	mk       func(g *gen, ci, variant int) (*item, error)
}

// Contexts per shape. A context is left out where the format cannot occur:
//   - multi-line: only a PEM block spans lines;
//   - cookies never travel in a request line or a curl -u; Set-Cookie is a
//     response header, so it is never in a curl command, a request line or
//     a CGI environment;
//   - a curl command is not a header, a URL or a key's value, so it has no
//     header-dump, access-log-url or mixed-case-key form;
//   - a private key is never sent in a header, a URL or a curl argument.
var (
	tokenContexts = without(Contexts, CtxMultiLine)
	keyContexts   = without(Contexts, CtxMultiLine)
	cookieCtx     = without(Contexts, CtxMultiLine, CtxAccessLogURL)
	setCookieCtx  = without(Contexts, CtxMultiLine, CtxAccessLogURL, CtxCurl, CtxEnvDump)
	urlContexts   = without(Contexts, CtxMultiLine)
	curlContexts  = without(Contexts, CtxMultiLine, CtxHeaderDump, CtxAccessLogURL, CtxJSONMixedCaseKey)
	pemContexts   = without(Contexts, CtxHeaderDump, CtxCurl, CtxAccessLogURL)
)

// curlForms is how many ways a curl command carries the rule's secret:
// a plain key as a header, a form field or a query parameter; a cookie as
// -H 'Cookie: …' or --cookie '…'.
func curlForms(r *rules.Rule) int {
	switch {
	case r.Kind != rules.KindKey:
		return 1
	case r.Value == rules.ValueCookie:
		return 2
	case r.Value == rules.ValuePlain:
		return 3
	}
	return 1
}

func without(all []string, drop ...string) []string {
	var out []string
outer:
	for _, c := range all {
		for _, d := range drop {
			if c == d {
				continue outer
			}
		}
		out = append(out, c)
	}
	return out
}

// plans returns how every rule of the set is planted, in rule order, and
// the rules it cannot plant.
func (g *gen) plans() ([]*plan, []Skipped) {
	var out []*plan
	var skipped []Skipped
	for _, r := range g.set.Rules {
		p := &plan{rule: r}
		switch r.Kind {
		case rules.KindToken:
			p.contexts = tokenContexts
			p.mk = func(g *gen, ci, v int) (*item, error) { return g.tokenItem(r, r.Prefixes[(ci+v)%len(r.Prefixes)]) }
		case rules.KindKey:
			if r.Generic {
				p.names = g.genericNames(r)
				if len(p.names) == 0 {
					skipped = append(skipped, Skipped{r.ID, "no key can be built from its words that its not_words, not_keys and the key allowlist accept"})
					continue
				}
			} else {
				for _, n := range r.Names {
					p.names = append(p.names, segment(n))
				}
			}
			switch r.Value {
			case rules.ValueCookie:
				p.contexts = cookieCtx
			case rules.ValueSetCookie:
				p.contexts = setCookieCtx
			default:
				p.contexts = keyContexts
			}
			p.mk = func(g *gen, ci, v int) (*item, error) { return g.keyItem(r, p.names[(ci+v)%len(p.names)]) }
		case rules.KindURLCredentials:
			p.contexts = urlContexts
			p.mk = func(g *gen, ci, v int) (*item, error) { return g.urlItem(r, ci+v), nil }
		case rules.KindCurlUser:
			p.contexts = curlContexts
			p.mk = func(g *gen, ci, v int) (*item, error) { return g.curlItem(r, ci+v), nil }
		case rules.KindPrivateKey:
			p.contexts = pemContexts
			p.mk = func(g *gen, ci, v int) (*item, error) { return g.pemItem(r, ci+v), nil }
		default:
			// A regex rule's format is whatever its pattern says; it cannot
			// be synthesized from the rule's fields.
			skipped = append(skipped, Skipped{r.ID, r.Kind.String() + " rules cannot be synthesized"})
			continue
		}
		out = append(out, p)
	}
	return out, skipped
}

// allowed reports whether a value would be kept by an allowlist (and so
// cannot be planted as a secret).
func (g *gen) allowed(r *rules.Rule, vs ...string) bool {
	for _, v := range vs {
		if r.Allow.Allows([]byte(v)) || g.set.Allow.Allows([]byte(v)) {
			return true
		}
	}
	return false
}

// ---- tokens ----

func alphabetString(a *rules.Alphabet) string {
	var b []byte
	for c := 0; c < 256; c++ {
		if a.Contains(byte(c)) {
			b = append(b, byte(c))
		}
	}
	return string(b)
}

// entropy returns the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	h := 0.0
	for _, c := range n {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

const base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// crc32Base62 returns the GitHub/npm token checksum of the random part of
// a body: the IEEE CRC-32 in base62 (0-9A-Za-z), zero-padded to 6 digits.
func crc32Base62(random string) string {
	v := crc32.ChecksumIEEE([]byte(random))
	var d [6]byte
	for i := 5; i >= 0; i-- {
		d[i] = base62Digits[v%62]
		v /= 62
	}
	return string(d[:])
}

var jwtHeaders = []string{`{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","typ":"JWT","kid":"k-2024-03"}`, `{"typ":"JWT","alg":"ES256"}`}

// tokenItem synthesizes a token of rule r with the given prefix: a body of
// the rule's alphabet and length that meets its entropy and checksum and no
// allowlist keeps.
func (g *gen) tokenItem(r *rules.Rule, prefix string) (*item, error) {
	alpha := alphabetString(r.Alphabet)
	if r.IgnoreCase {
		prefix = g.randomCase(prefix)
	}
	maxLen := min(r.MaxLen, r.MinLen+64)
	for try := 0; try < 1000; try++ {
		var body string
		switch r.Checksum {
		case rules.ChecksumJWT:
			b64 := base64.RawURLEncoding
			payload := fmt.Sprintf(`{"sub":"%d","iat":%d,"exp":%d,"scope":"%s"}`,
				g.between(1000, 999999), 1709625600+g.intn(86400), 1709712000+g.intn(86400), pick(g, []string{"read", "read write", "admin"}))
			sig := make([]byte, 32)
			for i := range sig {
				sig[i] = byte(g.intn(256))
			}
			tok := b64.EncodeToString([]byte(pick(g, jwtHeaders))) + "." + b64.EncodeToString([]byte(payload)) + "." + b64.EncodeToString(sig)
			if !strings.HasPrefix(strings.ToLower(tok), strings.ToLower(prefix)) {
				return nil, fmt.Errorf("eval: rule %s: a JWT does not start with prefix %q", r.ID, prefix)
			}
			body = tok[len(prefix):]
		case rules.ChecksumGitHubCRC32:
			random := g.str(alpha, g.between(r.MinLen, maxLen)-6)
			body = random + crc32Base62(random)
		default:
			body = g.str(alpha, g.between(r.MinLen, maxLen))
		}
		if len(body) < r.MinLen || len(body) > r.MaxLen || entropy(body) < r.Entropy || g.allowed(r, prefix+body, body) {
			continue
		}
		for i := 0; i < len(body); i++ {
			if !r.Alphabet.Contains(body[i]) {
				return nil, fmt.Errorf("eval: rule %s: cannot synthesize a token: %q is not in its alphabet", r.ID, body[i])
			}
		}
		it := &item{kind: itemToken, rule: r, secret: prefix + body, prefix: prefix}
		if hostPath(prefix) {
			it.before = "https://" // a webhook URL is written whole
		}
		return it, nil
	}
	return nil, fmt.Errorf("eval: rule %s: no token met its entropy and allowlists in 1000 tries", r.ID)
}

// hostPath reports whether a prefix is a host and a path
// ("hooks.slack.com/services/"): the token is the tail of a URL.
func hostPath(prefix string) bool {
	i := strings.IndexByte(prefix, '/')
	return i > 0 && strings.Contains(prefix[:i], ".")
}

func (g *gen) randomCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if g.coin() {
			b[i] = upper(c)
		} else {
			b[i] = lower(c)
		}
	}
	return string(b)
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

// ---- key values ----

// keyValue returns a random value the rule redacts: letters and digits,
// at least 20 (24 for a generic rule) and MinLen long, meeting the rule's
// entropy and value alphabet, kept by no allowlist.
func (g *gen) keyValue(r *rules.Rule) (string, error) {
	n := 20
	if r.Generic {
		n = 24
	}
	n = max(n, r.MinLen)
	for try := 0; try < 1000; try++ {
		v := g.mixedAlnum(n)
		if entropy(v) < r.Entropy || g.allowed(r, v) {
			continue
		}
		if r.ValueAlphabet != nil && !allIn(v, r.ValueAlphabet) {
			return "", fmt.Errorf("eval: rule %s: its value alphabet rejects letters and digits", r.ID)
		}
		return v, nil
	}
	return "", fmt.Errorf("eval: rule %s: no value met its entropy and allowlists in 1000 tries", r.ID)
}

func allIn(s string, a *rules.Alphabet) bool {
	for i := 0; i < len(s); i++ {
		if !a.Contains(s[i]) {
			return false
		}
	}
	return true
}

var (
	// Cookie names: those a key rule would match by name are dropped (see
	// cookieName), so that the cookie rules alone are measured.
	cookieNames  = []string{"auth", "_gh_sess", "remember_web_59ba36", "ak_bmsc", "_shopify_s", "session", "sid", "remember_token", "connect.sid", "_app_session", "user_auth"}
	cookieOthers = []string{"theme=dark", "lang=en-US", "tz=Europe%2FParis", "consent=1"}
	cookieAttrs  = []string{"; Path=/; HttpOnly; Secure", "; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax", "; Domain=.example.com; Path=/; Secure"}
	basicUsers   = []string{"deploy", "ci-bot", "admin", "svc_orders", "grafana"}
)

func (g *gen) keyItem(r *rules.Rule, words []string) (*item, error) {
	v, err := g.keyValue(r)
	if err != nil {
		return nil, err
	}
	it := &item{rule: r, words: words, secret: v}
	switch r.Value {
	case rules.ValueAuthorization:
		it.kind = itemAuth
		if g.intn(3) == 0 {
			it.before = "Basic "
			for {
				it.secret = base64.StdEncoding.EncodeToString([]byte(pick(g, basicUsers) + ":" + g.mixedAlnum(16)))
				if !g.allowed(r, it.secret) {
					break
				}
			}
		} else {
			it.before = pick(g, []string{"Bearer ", "Bearer ", "Token ", "bearer "})
			it.secret = g.mixedAlnum(max(32, r.MinLen))
		}
	case rules.ValueCookie:
		it.kind = itemCookie
		it.before = pick(g, cookieOthers) + "; " + g.cookieName() + "="
	case rules.ValueSetCookie:
		it.kind = itemSetCookie
		it.before = g.cookieName() + "="
		it.after = pick(g, cookieAttrs)
	default:
		it.kind = itemKey
		it.headerX = len(words) == 0 || words[0] != "x"
	}
	return it, nil
}

// cookieName picks a cookie name no key rule matches by itself.
func (g *gen) cookieName() string {
	var ok []string
	for _, n := range cookieNames {
		if !g.sensitiveKey(n) {
			ok = append(ok, n)
		}
	}
	return pick(g, ok)
}

// sensitiveKey reports whether a key rule of the set could match the key
// by name: the normalized key or one of its tails is a key name, or it
// contains a generic rule's word.
func (g *gen) sensitiveKey(key string) bool {
	n := string(rules.NormalizeKey(nil, []byte(key)))
	for i := range n {
		if g.set.KeyRule([]byte(n[i:])) != nil {
			return true
		}
	}
	for _, r := range g.set.GenericRules() {
		for _, w := range r.Words {
			if strings.Contains(n, w) {
				return true
			}
		}
	}
	return false
}

// ---- generic key rules ----

var neutralWords = []string{"db", "smtp", "upstream", "signing", "backup", "webhook", "ldap", "vault"}

// genericNames builds, for each word of a generic rule, a key such as
// db_password: a neutral word, then the rule's word; keys the rule's
// not_words, not_keys or the key allowlist would refuse are skipped.
func (g *gen) genericNames(r *rules.Rule) [][]string {
	var out [][]string
	for i, w := range r.Words {
		for j := range neutralWords {
			n := neutralWords[(i+j)%len(neutralWords)]
			key := n + w
			ok := !g.set.KeyAllowed([]byte(key)) && !g.set.KeyAllowed([]byte(w))
			if _, not := r.NotWords[w]; not {
				ok = false
			}
			if _, not := r.NotWords[n]; not {
				ok = false
			}
			for _, nk := range r.NotKeys {
				if strings.Contains(key, nk) {
					ok = false
				}
			}
			if ok {
				out = append(out, []string{n, w})
				break
			}
		}
	}
	return out
}

// ---- key names ----

// vocabulary splits normalized key names ("xapikey") into words ("x",
// "api", "key") so that they can be spelled in different styles. A name it
// cannot split is used as one word.
var vocabulary = []string{
	"x", "api", "key", "keys", "auth", "token", "access", "refresh", "id", "client", "secret",
	"amz", "security", "csrf", "xsrf", "private", "goog", "app", "bearer", "password", "passwd",
	"pwd", "pass", "passphrase", "db", "user", "session", "sessid", "jsessionid", "phpsessid", "php",
	"sid", "authorization", "proxy", "cookie", "set", "credentials", "credential", "signing",
	"service", "account", "master", "admin", "login", "oauth", "jwt", "hmac", "signature", "webhook",
}

// segment splits a normalized key name into the fewest vocabulary words.
func segment(name string) []string {
	best := make([][]string, len(name)+1)
	best[0] = []string{}
	for i := 1; i <= len(name); i++ {
		for _, w := range vocabulary {
			j := i - len(w)
			if j < 0 || best[j] == nil || name[j:i] != w {
				continue
			}
			if best[i] == nil || len(best[j])+1 < len(best[i]) {
				best[i] = append(append([]string{}, best[j]...), w)
			}
		}
	}
	if best[len(name)] == nil {
		return []string{name}
	}
	return best[len(name)]
}

type keyStyle uint8

const (
	styleSnake      keyStyle = iota // db_password
	styleKebab                      // db-password
	styleCamel                      // dbPassword
	stylePascal                     // DbPassword
	styleUpperSnake                 // DB_PASSWORD
	styleHeader                     // Db-Password
	styleUpperKebab                 // DB-PASSWORD
	styleRandom                     // dB_PaSsWoRd
)

func title(w string) string {
	if w == "" {
		return w
	}
	return string(upper(w[0])) + w[1:]
}

// spell writes key words in a style.
func (g *gen) spell(words []string, st keyStyle) string {
	var b strings.Builder
	for i, w := range words {
		switch st {
		case styleSnake:
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteString(w)
		case styleKebab:
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteString(w)
		case styleCamel:
			if i > 0 {
				w = title(w)
			}
			b.WriteString(w)
		case stylePascal:
			b.WriteString(title(w))
		case styleUpperSnake:
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteString(strings.ToUpper(w))
		case styleHeader:
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteString(title(w))
		case styleUpperKebab:
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteString(strings.ToUpper(w))
		case styleRandom:
			if i > 0 {
				b.WriteString(pick(g, []string{"", "_", "-"}))
			}
			b.WriteString(g.randomCase(w))
		}
	}
	return b.String()
}

// headerName spells the item's key as an HTTP header: Title-Case, with X-
// in front of a plain key that is not a header of its own.
func (g *gen) headerName(it *item) string {
	w := it.words
	if it.headerX {
		w = append([]string{"x"}, w...)
	}
	return g.spell(w, styleHeader)
}

// ---- detectors ----

var urlShapes = []struct{ scheme, user, host string }{
	{"postgres", "app", "db-1.internal:5432/app?sslmode=require"},
	{"mongodb+srv", "svc_events", "cluster0.mongo.example.net/events?retryWrites=true&w=majority"},
	{"redis", "", "redis-0.cache:6379/0"},
	{"amqp", "orders", "rabbit-0.mq:5672/%2Fprod"},
	{"mysql", "readonly", "db-2.internal:3306/orders"},
	{"https", "deploy", "artifacts.example.com/releases/app-1.4.2.tar.gz"},
	{"postgresql", "etl", "warehouse.internal:5432/dw"},
}

func (g *gen) password(r *rules.Rule) string {
	for {
		p := g.mixedAlnum(g.between(16, 24))
		if !g.allowed(r, p) {
			return p
		}
	}
}

func (g *gen) urlItem(r *rules.Rule, i int) *item {
	sh := urlShapes[i%len(urlShapes)]
	return &item{kind: itemURL, rule: r, before: sh.scheme + "://" + sh.user + ":", secret: g.password(r), after: "@" + sh.host}
}

var (
	curlFlags   = []string{"-u ", "--user ", "--user=", "-U ", "--proxy-user ", "-u '"}
	curlTargets = []string{"https://jenkins.internal/job/deploy/buildWithParameters?ENV=prod", "https://nexus.internal/repository/releases/app-1.4.2.jar",
		"https://api.example.com/v1/health", "http://localhost:8080/actuator/prometheus", "https://registry.example.com/v2/_catalog"}
)

func (g *gen) curlItem(r *rules.Rule, i int) *item {
	flag := curlFlags[i%len(curlFlags)]
	opts := pick(g, []string{"-sS ", "-fsSL ", "-k ", "-v ", ""})
	user := pick(g, basicUsers)
	after := " " + pick(g, curlTargets)
	if strings.HasSuffix(flag, "'") {
		after = "'" + after
	}
	if strings.HasPrefix(flag, "-U") || strings.HasPrefix(flag, "--proxy") {
		after = " -x http://proxy.internal:3128" + after
	}
	return &item{kind: itemCurl, rule: r, before: "curl " + opts + flag + user + ":", secret: g.password(r), after: after}
}

var pemTypes = []string{"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY"}

func (g *gen) pemItem(r *rules.Rule, i int) *item {
	it := &item{kind: itemPEM, rule: r, pemType: pemTypes[i%len(pemTypes)]}
	n := g.between(3, 6)
	for j := 0; j < n; j++ {
		for {
			var l string
			if j < n-1 {
				l = g.str(b64Std, 64)
			} else {
				l = g.str(b64Std, 4*g.between(3, 14))
			}
			if !g.allowed(r, l) {
				it.pemLines = append(it.pemLines, l)
				break
			}
		}
	}
	it.before = "-----BEGIN " + it.pemType + "-----\n"
	it.secret = strings.Join(it.pemLines, "\n")
	it.after = "\n-----END " + it.pemType + "-----\n"
	return it
}

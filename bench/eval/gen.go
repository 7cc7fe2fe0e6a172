package eval

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
)

// Part is one of the two disjoint halves of the corpus.
type Part int

const (
	Dev Part = iota
	HeldOut
)

// Seeds of the two parts.
const (
	DevSeed     uint64 = 0x6c6f677363727562 // "logscrub"
	HeldOutSeed uint64 = 0x68656c646f757421 // "heldout!"
)

// Default sizes used by TestEval and evalreport.
const (
	DevLines     = 20000
	HeldOutLines = 20000
)

func (p Part) String() string {
	if p == HeldOut {
		return "heldout"
	}
	return "dev"
}

// Seed returns the part's default seed.
func (p Part) Seed() uint64 {
	if p == HeldOut {
		return HeldOutSeed
	}
	return DevSeed
}

// Size returns the part's default number of lines.
func (p Part) Size() int {
	if p == HeldOut {
		return HeldOutLines
	}
	return DevLines
}

// Plant is one value planted in a line: a secret (Kind is the format name)
// or a harmless value (Kind is the harmless kind), as the exact bytes that
// appear in the line.
type Plant struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// Line is one generated log line with its truth.
type Line struct {
	Context  string  `json:"context"`
	Template string  `json:"template"`
	Text     string  `json:"text"` // without the line ending
	CRLF     bool    `json:"crlf,omitempty"`
	Secrets  []Plant `json:"secrets,omitempty"`
	Harmless []Plant `json:"harmless,omitempty"`
}

// Clean reports whether no secret was planted in the line.
func (l *Line) Clean() bool { return len(l.Secrets) == 0 }

// template renders one log entry. It may contain '\n' (the entry is then
// split into several lines) and '\r' before '\n' (CRLF line endings).
type template struct {
	name string
	kind tmplKind
	fn   func(b *B) string
}

type tmplKind int

const (
	mixed     tmplKind = iota // secret or clean, decided per line
	secretOnl                 // always plants a secret
	cleanOnly                 // never plants a secret
)

// context is a family of log shapes with one template set per part.
type context struct {
	name string
	dev  []template
	held []template
}

// B builds one entry: it hands out values and records the truth.
type B struct {
	r       *rand.Rand
	part    Part
	pSecret float64 // probability that a KV slot holds a secret
	max     int     // most secrets per entry
	avoid   string  // characters generated passwords must not contain
	excl    ftag    // formats with any of these tags are not planted
	secrets []Plant
	harm    []Plant
}

func (b *B) n(lo, hi int) int { return lo + b.r.IntN(hi-lo+1) }

func (b *B) pick(s ...string) string { return s[b.r.IntN(len(s))] }

func (b *B) chance(p float64) bool { return b.r.Float64() < p }

func (b *B) str(n int, cs string) string {
	var sb strings.Builder
	for range n {
		sb.WriteByte(cs[b.r.IntN(len(cs))])
	}
	return sb.String()
}

// wantSecret decides whether the next slot holds a secret.
func (b *B) wantSecret() bool {
	return len(b.secrets) < b.max && b.chance(b.pSecret)
}

func (b *B) canSecret() bool { return b.pSecret > 0 && len(b.secrets) < b.max }

// secret plants a value of format f escaped with esc and returns the key
// words and the full rendered value.
func (b *B) secret(f *Format, esc func(string) string) (key []string, val string) {
	full, sec := f.gen(b)
	b.secrets = append(b.secrets, Plant{f.name, esc(sec)})
	return b.keyWords(f.keys[b.part]), esc(full)
}

// harmless plants a harmless value of kind h.
func (b *B) harmless(h *Harmless, esc func(string) string) (key []string, val string) {
	v := h.gen(b)
	b.harm = append(b.harm, Plant{h.name, esc(v)})
	return b.keyWords(h.keys[b.part]), esc(v)
}

func (b *B) keyWords(list string) []string {
	alts := strings.Split(list, "|")
	return strings.Fields(alts[b.r.IntN(len(alts))])
}

// KV returns a key (rendered in style st) and a value for a field that
// holds a secret or, when not, a harmless value.
func (b *B) KV(st Style, esc func(string) string) (string, string) {
	var k []string
	var v string
	if b.wantSecret() {
		k, v = b.secret(b.anyFormat(0), esc)
	} else {
		k, v = b.harmless(b.anyHarmless(), esc)
	}
	return st.key(k), v
}

// Sec plants a secret of a format having all of tags (forced: the slot
// always holds a secret when secrets are allowed; otherwise it holds a
// harmless look-alike of kinds tagged likewise).
func (b *B) Sec(tags ftag, esc func(string) string) (string, string) {
	if !b.canSecret() {
		k, v := b.harmless(b.anyHarmless(), esc)
		return strings.Join(k, "_"), v
	}
	k, v := b.secret(b.anyFormat(tags), esc)
	return strings.Join(k, "_"), v
}

// SecV is Sec without the key.
func (b *B) SecV(tags ftag, esc func(string) string) string {
	_, v := b.Sec(tags, esc)
	return v
}

// SecF plants a secret of the named format.
func (b *B) SecF(name string, esc func(string) string) (string, string) {
	k, v := b.secret(formatByName[name], esc)
	return strings.Join(k, "_"), v
}

// H plants a harmless value of the named kind and returns it.
func (b *B) H(kind string, esc func(string) string) string {
	_, v := b.harmless(harmlessByName[kind], esc)
	return v
}

// HK plants a harmless value of the named kind and returns its key too.
func (b *B) HK(kind string, st Style, esc func(string) string) (string, string) {
	k, v := b.harmless(harmlessByName[kind], esc)
	return st.key(k), v
}

// Fields renders n KV pairs with format f ("%s=%s") joined by sep.
func (b *B) Fields(n int, st Style, esc func(string) string, f, sep string) string {
	parts := make([]string, n)
	for i := range parts {
		k, v := b.KV(st, esc)
		parts[i] = fmt.Sprintf(f, k, v)
	}
	return strings.Join(parts, sep)
}

func (b *B) anyFormat(tags ftag) *Format {
	for {
		f := &formats[b.r.IntN(len(formats))]
		if f.tags&tags == tags && f.tags&b.excl == 0 {
			return f
		}
	}
}

func (b *B) anyHarmless() *Harmless { return &harmless[b.r.IntN(len(harmless))] }

// Vocabulary helpers whose word lists differ per part.
func (b *B) voc(dev, held []string) string {
	if b.part == HeldOut {
		return held[b.r.IntN(len(held))]
	}
	return dev[b.r.IntN(len(dev))]
}

func (b *B) user() string {
	return b.voc([]string{"alice", "bob", "admin", "deploy", "svc-api", "jenkins"},
		[]string{"mkowalski", "root", "ops_bot", "etl-runner", "hana.s", "ci"})
}

func (b *B) service() string {
	return b.voc([]string{"checkout", "billing-api", "auth", "orders", "web"},
		[]string{"ledger-svc", "ingest-worker", "idp", "catalog", "edge-gw"})
}

func (b *B) host() string {
	return b.voc([]string{"api.example.com", "auth.example.com", "pay.example.org", "internal.example.net"},
		[]string{"svc.corp.local", "gw.acme.io", "backend.acme-prod.internal", "edge01.eu.acme.io"})
}

func (b *B) apiPath() string {
	return b.voc([]string{"/api/v1/orders", "/v2/users/me", "/login", "/api/items", "/webhooks/stripe"},
		[]string{"/rest/ledger/entries", "/graphql", "/oauth/token", "/svc/ingest/batch", "/internal/healthz"})
}

func (b *B) method() string { return b.pick("GET", "POST", "PUT", "PATCH", "DELETE") }

func (b *B) status() int {
	return []int{200, 201, 204, 301, 400, 401, 403, 404, 500, 502}[b.r.IntN(10)]
}

func (b *B) ua() string {
	return b.voc([]string{"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", "curl/8.5.0", "axios/1.6.7"},
		[]string{"okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0", "PostmanRuntime/7.36.3"})
}

// Escapers: each turns a value into the bytes a given notation writes.

func raw(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }

func jsonEsc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return r.Replace(s)
}

func pyEsc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
	return r.Replace(s)
}

func shSQ(s string) string { return strings.ReplaceAll(raw(s), `'`, `'\''`) }

func qEsc(s string) string { return url.QueryEscape(raw(s)) }

// Generate returns n labelled lines of part p from seed.
func Generate(p Part, n int, seed uint64) []Line {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Line, 0, n+8)
	for len(out) < n {
		c := &contexts[r.IntN(len(contexts))]
		set := c.dev
		if p == HeldOut {
			set = c.held
		}
		t := &set[r.IntN(len(set))]
		secretLine := r.Float64() < 0.6
		switch t.kind {
		case secretOnl:
			secretLine = true
		case cleanOnly:
			secretLine = false
		}
		out = append(out, entry(r, p, c.name, t, secretLine)...)
	}
	return out[:n]
}

// entry renders template t until it yields valid lines.
func entry(r *rand.Rand, p Part, ctx string, t *template, secretLine bool) []Line {
	for try := 0; ; try++ {
		b := &B{r: r, part: p, max: 3}
		if secretLine {
			b.pSecret = 0.5
			if try > 3 {
				b.pSecret = 1
			}
		}
		text := t.fn(b)
		if secretLine && len(b.secrets) == 0 {
			continue
		}
		if lines, ok := split(ctx, t.name, text, b.secrets, b.harm); ok {
			return lines
		}
		if try > 50 {
			panic("eval: template " + t.name + " cannot produce a valid line")
		}
	}
}

// split cuts an entry into lines and gives each line the plants it
// contains. It fails when a plant is found nowhere, or a harmless value and
// a secret overlap.
func split(ctx, tmpl, text string, secs, harm []Plant) ([]Line, bool) {
	raws := strings.Split(text, "\n")
	lines := make([]Line, len(raws))
	for i, s := range raws {
		l := Line{Context: ctx, Template: tmpl, Text: s}
		if strings.HasSuffix(s, "\r") {
			l.Text, l.CRLF = s[:len(s)-1], true
		}
		if strings.ContainsAny(l.Text, "\r\n") {
			return nil, false
		}
		lines[i] = l
	}
	place := func(ps []Plant, secret bool) bool {
		for j := range ps {
			p := &ps[j]
			if !strings.Contains(text, p.Value) {
				// Values inside an escaped string (JSON in JSON).
				p.Value = jsonEsc(p.Value)
			}
			found := false
			for i := range lines {
				if strings.Contains(lines[i].Text, p.Value) {
					found = true
					if secret {
						lines[i].Secrets = appendUniq(lines[i].Secrets, *p)
					} else {
						lines[i].Harmless = appendUniq(lines[i].Harmless, *p)
					}
				}
			}
			if !found || p.Value == "" {
				return false
			}
		}
		return true
	}
	if !place(secs, true) || !place(harm, false) {
		return nil, false
	}
	for i := range lines {
		if !consistent(&lines[i]) {
			return nil, false
		}
	}
	return lines, true
}

func appendUniq(ps []Plant, p Plant) []Plant {
	for _, q := range ps {
		if q.Value == p.Value {
			return ps
		}
	}
	return append(ps, p)
}

// consistent: no harmless value contains a secret or is contained in one,
// and each harmless value also occurs outside the secrets.
func consistent(l *Line) bool {
	rest := nonSecret(l)
	for _, h := range l.Harmless {
		for _, s := range l.Secrets {
			if strings.Contains(h.Value, s.Value) || strings.Contains(s.Value, h.Value) {
				return false
			}
		}
		if !strings.Contains(rest, h.Value) {
			return false
		}
	}
	return true
}

// nonSecret returns the line with every secret occurrence cut out.
func nonSecret(l *Line) string {
	s := l.Text
	for _, p := range l.Secrets {
		s = strings.ReplaceAll(s, p.Value, "\x00")
	}
	return s
}

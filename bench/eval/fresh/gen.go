package fresh

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"sort"
	"strings"
)

// Token is one planted value in a line: a secret or a harmless token.
type Token struct {
	Kind  string `json:"kind"`  // secret format or harmless kind
	Value string `json:"value"` // the exact bytes as they appear in the line
	Off   int    `json:"off"`   // byte offset of Value in the line
	// Body is the offset inside Value where the non-public part starts
	// (after a documented fixed prefix such as "ghp_"); the window rule of
	// the leak test is applied to Value[Body:]. Secrets only.
	Body int `json:"body,omitempty"`
}

// Line is one generated log line with its labels.
type Line struct {
	Half     string  `json:"half"`
	Context  string  `json:"context"`
	Text     string  `json:"-"`
	JSON     bool    `json:"json,omitempty"` // emitted as a JSON document
	Secrets  []Token `json:"secrets,omitempty"`
	Harmless []Token `json:"harmless,omitempty"`
}

// Clean reports whether the line carries no planted token at all.
func (l *Line) Clean() bool { return len(l.Secrets) == 0 && len(l.Harmless) == 0 }

// Template is one log shape. Fn emits one or more lines through the builder.
type Template struct {
	Name   string
	Weight int
	Fn     func(*B)
}

// B is the builder handed to templates: it owns the random source and
// records the planted tokens of the line being built.
type B struct {
	r     *rand.Rand
	half  string
	ctx   string
	lines []Line
	sec   []Token
	harm  []Token
}

// S records v as a planted secret of format kind (no public prefix).
func (b *B) S(kind, v string) string {
	b.sec = append(b.sec, Token{Kind: kind, Value: v})
	return v
}

// SP records v as a secret whose first pre bytes are a public prefix.
func (b *B) SP(kind, v string, pre int) string {
	b.sec = append(b.sec, Token{Kind: kind, Value: v, Body: pre})
	return v
}

// Sec generates a secret of a registered format and records it.
func (b *B) Sec(kind string) string {
	g, ok := secretGens[kind]
	if !ok {
		panic("fresh: unknown secret format " + kind)
	}
	v, pre := g(b.r)
	return b.SP(kind, v, pre)
}

// SecJ is Sec for a value placed inside a JSON string: it records and
// returns the escaped form (without quotes).
func (b *B) SecJ(kind string) string {
	g, ok := secretGens[kind]
	if !ok {
		panic("fresh: unknown secret format " + kind)
	}
	v, pre := g(b.r)
	return b.SP(kind, jesc(v), pre)
}

// SJ records an explicit value as a secret in its JSON-escaped form.
func (b *B) SJ(kind, v string) string { return b.S(kind, jesc(v)) }

// Gen returns a value of a registered secret format without recording it
// (for composing: the caller records what appears in the line).
func (b *B) Gen(kind string) string {
	v, _ := secretGens[kind](b.r)
	return v
}

// H records v as a planted harmless token.
func (b *B) H(kind, v string) string {
	b.harm = append(b.harm, Token{Kind: kind, Value: v})
	return v
}

// Harm generates a harmless token of a registered kind and records it.
func (b *B) Harm(kind string) string {
	g, ok := harmlessGens[kind]
	if !ok {
		panic("fresh: unknown harmless kind " + kind)
	}
	return b.H(kind, g(b.r))
}

// HarmJ is Harm for a value inside a JSON string.
func (b *B) HarmJ(kind string) string {
	g, ok := harmlessGens[kind]
	if !ok {
		panic("fresh: unknown harmless kind " + kind)
	}
	return b.H(kind, jesc(g(b.r)))
}

// HG returns a harmless value without recording it.
func (b *B) HG(kind string) string { return harmlessGens[kind](b.r) }

// Emit finishes one line with the tokens recorded since the last Emit.
func (b *B) Emit(text string) { b.emit(text, false) }

// EmitJSON is Emit for a line that is a JSON document.
func (b *B) EmitJSON(text string) { b.emit(text, true) }

// Emitf formats and emits.
func (b *B) Emitf(format string, a ...any) { b.emit(fmt.Sprintf(format, a...), false) }

func (b *B) emit(text string, js bool) {
	if strings.ContainsAny(text, "\n\r") {
		panic(fmt.Sprintf("fresh: %s: raw newline in line %q", b.ctx, text))
	}
	l := Line{Half: b.half, Context: b.ctx, Text: text, JSON: js}
	l.Secrets = place(b.ctx, text, b.sec)
	l.Harmless = place(b.ctx, text, b.harm)
	b.sec, b.harm = nil, nil
	b.lines = append(b.lines, l)
}

// place finds each token in text, in recording order where possible.
func place(ctx, text string, toks []Token) []Token {
	if len(toks) == 0 {
		return nil
	}
	out := make([]Token, 0, len(toks))
	cur := 0
	for _, t := range toks {
		i := strings.Index(text[cur:], t.Value)
		if i >= 0 {
			i += cur
		} else {
			i = strings.Index(text, t.Value)
		}
		if i < 0 || t.Value == "" {
			panic(fmt.Sprintf("fresh: %s: token %s %q not in line %q", ctx, t.Kind, t.Value, text))
		}
		t.Off = i
		cur = i
		out = append(out, t)
	}
	return out
}

// R exposes the builder's random source to templates.
func (b *B) R() *rand.Rand { return b.r }

// Pick returns one of the strings at random.
func (b *B) Pick(s ...string) string { return s[b.r.IntN(len(s))] }

// Chance is true with probability p.
func (b *B) Chance(p float64) bool { return b.r.Float64() < p }

// N returns a random int in [lo, hi].
func (b *B) N(lo, hi int) int { return lo + b.r.IntN(hi-lo+1) }

// Halves.
const (
	HalfA = "a"
	HalfB = "b"
	HalfC = "c" // a second development half, written without reading b
	HalfD = "d" // a third development half, written without reading b
)

// Default seeds: different per half.
const (
	SeedA uint64 = 0x5eed_a11a_2026_0001
	SeedB uint64 = 0x5eed_b22b_2026_0002
	SeedC uint64 = 0x5eed_c33c_2026_0003
	SeedD uint64 = 0x5eed_d44d_2026_0004
)

// SeedOf returns the built-in seed of a half.
func SeedOf(half string) uint64 {
	switch half {
	case HalfA:
		return SeedA
	case HalfB:
		return SeedB
	case HalfC:
		return SeedC
	case HalfD:
		return SeedD
	}
	panic("fresh: unknown half " + half)
}

// Templates returns the template set of a half.
func Templates(half string) []Template {
	switch half {
	case HalfA:
		return append(append(append([]Template(nil), aInfra...), aApps...), aMore...)
	case HalfB:
		return append(append(append([]Template(nil), bInfra...), bApps...), bMore...)
	case HalfC:
		return append(append(append([]Template(nil), cInfra...), cApps...), cMore...)
	case HalfD:
		return append(append(append([]Template(nil), dInfra...), dApps...), dMore...)
	}
	panic("fresh: unknown half " + half)
}

// FuncName is the Go name of a template function (for the disjointness test).
func FuncName(f func(*B)) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

// Generate produces at least n lines of the half from the seed. Items
// (multi-line templates) are kept whole, so the count may exceed n by the
// size of the last item (never cut inside a PEM block or a stack trace).
func Generate(half string, seed uint64, n int) []Line {
	tpls := Templates(half)
	total := 0
	for _, t := range tpls {
		total += t.Weight
	}
	// A second stream word per half keeps the two halves apart even when
	// the caller passes the same seed for both.
	hw := uint64(0x9e3779b97f4a7c15)
	switch half {
	case HalfB:
		hw = 0xc2b2ae3d27d4eb4f
	case HalfC:
		hw = 0x165667b19e3779f9
	case HalfD:
		hw = 0x27d4eb2f165667c5
	}
	b := &B{r: rand.New(rand.NewPCG(seed, hw)), half: half}
	for len(b.lines) < n {
		k := b.r.IntN(total)
		var t Template
		for _, t = range tpls {
			if k < t.Weight {
				break
			}
			k -= t.Weight
		}
		b.ctx = t.Name
		t.Fn(b)
		if len(b.sec) != 0 || len(b.harm) != 0 {
			panic("fresh: " + t.Name + ": tokens recorded but not emitted")
		}
	}
	return b.lines
}

// Stream joins the lines into the byte stream fed to a scrubber.
func Stream(lines []Line) []byte {
	var buf bytes.Buffer
	for _, l := range lines {
		buf.WriteString(l.Text)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// jesc escapes s for the inside of a JSON string (no HTML escaping).
func jesc(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	o := strings.TrimSuffix(buf.String(), "\n")
	return o[1 : len(o)-1]
}

// q quotes s as a JSON string.
func q(s string) string { return `"` + jesc(s) + `"` }

// SecretFormats lists the registered secret formats.
func SecretFormats() []string { return keys(secretGens) }

// HarmlessKinds lists the registered harmless kinds.
func HarmlessKinds() []string { return keys(harmlessGens) }

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// PickI returns one of the ints at random.
func (b *B) PickI(v ...int) int { return v[b.r.IntN(len(v))] }

// KV records key+value as one harmless token and returns it: short values
// (3600, true, Bearer) are tracked together with their key, so that the
// check is "the value under this key survived", not "the digits 12 occur
// somewhere in the line".
func (b *B) KV(kind, key, value string) string { return b.H(kind, key+value) }

package eval

import (
	"fmt"
	"strings"
)

// contexts pairs each context's dev and held-out template sets.
var contexts = func() []context {
	var cs []context
	for _, name := range contextNames {
		d, h := devTemplates[name], heldTemplates[name]
		if len(d) == 0 || len(h) == 0 {
			panic("eval: context " + name + " lacks templates")
		}
		cs = append(cs, context{name, d, h})
	}
	if len(devTemplates) != len(contextNames) || len(heldTemplates) != len(contextNames) {
		panic("eval: template sets name unknown contexts")
	}
	return cs
}()

var contextNames = []string{
	"k8s-pod", "k8s-audit", "ecs-task", "har", "cloudtrail", "aws-waf",
	"gcp-log", "azure-activity", "express", "pino", "django", "rails",
	"spring", "node-inspect", "python-repr", "java-tostring",
	"http-client-error", "raw-http", "url-query", "stacktrace", "sql-orm",
	"ci-shell", "env-dump", "config-dump", "logfmt", "syslog", "nginx",
	"prose",
}

// Contexts returns the context names.
func Contexts() []string { return append([]string(nil), contextNames...) }

// TemplateNames returns the template names of part p.
func TemplateNames(p Part) []string {
	var n []string
	for _, c := range contexts {
		set := c.dev
		if p == HeldOut {
			set = c.held
		}
		for _, t := range set {
			n = append(n, t.name)
		}
	}
	return n
}

// Shared, shape-neutral helpers.

// KVIn is KV with the secret drawn from the named formats.
func (b *B) KVIn(st Style, esc func(string) string, names ...string) (string, string) {
	if b.wantSecret() {
		k, v := b.secret(formatByName[names[b.r.IntN(len(names))]], esc)
		return st.key(k), v
	}
	return b.HK(b.anyHarmless().name, st, esc)
}

// jsonPairs renders n "k":"v" members.
func (b *B) jsonPairs(n int, st Style) string {
	return b.Fields(n, st, jsonEsc, `"%s":"%s"`, ",")
}

// lfv quotes a logfmt value when needed.
func lfv(v string) string {
	if v == "" || strings.ContainsAny(v, " =\\\"") {
		return `"` + v + `"`
	}
	return v
}

func (b *B) clf() string {
	m := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	return fmt.Sprintf("%02d/%s/2024:%02d:%02d:%02d +0000", b.n(1, 28), m[b.r.IntN(12)], b.n(0, 23), b.n(0, 59), b.n(0, 59))
}

func (b *B) sysTime() string {
	m := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	return fmt.Sprintf("%s %2d %02d:%02d:%02d", m[b.r.IntN(12)], b.n(1, 28), b.n(0, 23), b.n(0, 59), b.n(0, 59))
}

// hdrVal returns a header name and value: auth header formats under their
// own names, others under a header-style key.
func (b *B) hdr(esc func(string) string) (string, string) {
	if b.wantSecret() && b.chance(0.5) {
		k, v := b.secret(b.anyFormat(tHdr), esc)
		return Header.key(k), v
	}
	return b.KV(Header, esc)
}

func repeat(n int, f func() string, sep string) string {
	p := make([]string, n)
	for i := range p {
		p[i] = f()
	}
	return strings.Join(p, sep)
}

// oneOf calls one of fs (so only its values are planted).
func (b *B) oneOf(fs ...func() string) string { return fs[b.r.IntN(len(fs))]() }

// query renders n URL query parameters joined by sep (no PEM blocks:
// nobody puts a private key in a URL).
func (b *B) query(n int, st Style, sep string) string {
	b.excl |= tPEM
	defer func() { b.excl &^= tPEM }()
	return b.Fields(n, st, qEsc, "%s=%s", sep)
}

package eval

import (
	"bytes"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/logscrub/logscrub/bench/corpus"
	"github.com/logscrub/logscrub/rules"
)

// DefaultSeed is the seed of the committed testdata/eval files.
const DefaultSeed uint64 = 3

// MaxBytes bounds the generated log; the clean lines fill what the planted
// ones leave of TargetBytes.
const (
	MaxBytes    = 2 << 20
	TargetBytes = MaxBytes - MaxBytes/16
)

// Contexts: where a secret is planted. Each Secret.Context is one of these.
const (
	CtxJSONFlat         = "json-flat"           // a member of a one-level JSON object, or a token in its message
	CtxJSONNested       = "json-nested"         // under "req":{"headers":{…}} and in an array of objects
	CtxJSONEscaped      = "json-escaped"        // \u00XX-escaped first character; JSON inside a JSON string
	CtxJSONMixedCaseKey = "json-mixed-case-key" // PascalCase, UPPER and mixed-case keys
	CtxLogfmt           = "logfmt"              // key=value, quoted when needed
	CtxHeaderDump       = "header-dump"         // an HTTP request/response dump, one header a line
	CtxCurl             = "curl"                // a shell-traced curl command
	CtxAccessLogURL     = "access-log-url"      // query string, path or referer of an access-log line
	CtxStackTrace       = "stack-trace"         // exception or "Caused by:" line of a Java stack trace
	CtxEnvDump          = "env-dump"            // env / printenv / export lines
	CtxCRLF             = "crlf"                // lines ending in \r\n
	CtxLongLine         = "long-line"           // a 200 KiB line, the secrets from 150 KiB on
	CtxInvalidUTF8      = "invalid-utf8"        // \xff\xfe and NUL bytes around the secret
	CtxMultiLine        = "multi-line"          // a PEM block over several text lines
)

// Contexts lists every context, in report order.
var Contexts = []string{
	CtxJSONFlat, CtxJSONNested, CtxJSONEscaped, CtxJSONMixedCaseKey, CtxLogfmt, CtxHeaderDump,
	CtxCurl, CtxAccessLogURL, CtxStackTrace, CtxEnvDump, CtxCRLF, CtxLongLine, CtxInvalidUTF8,
	CtxMultiLine,
}

// Long lines: the planted secrets start at longSecretsAt and filler pads
// the line to at least longLineLen.
const (
	longSecretsAt = 150 << 10
	longLineLen   = 200 << 10
	// corpusMaxLine drops the corpus generator's rare huge lines: the long
	// lines here are planted on purpose and counted in the budget.
	corpusMaxLine = 4 << 10
)

// line is one output line being built.
type line struct {
	b       []byte
	crlf    bool
	secrets []Secret // Line not yet set
	decoys  []Decoy  // Line not yet set
}

// block is a run of lines that stays together (a stack trace, a header
// dump, a PEM block).
type block []*line

type gen struct {
	rng   rand.PCG
	set   *rules.Set
	ms    int64 // clock, milliseconds since the Unix epoch
	cur   *line
	blk   block
	crlf  bool // lines of the block being built end in \r\n
	trace []Skipped
}

// Generate builds the evaluation log for set with the given seed and
// returns it with its truth. The same set and seed always give the same
// bytes.
func Generate(set *rules.Set, seed uint64) ([]byte, *Truth, error) {
	g := &gen{set: set, ms: 1709625600000}   // 2024-03-05T08:00:00Z
	g.rng.Seed(seed, seed^0x6c6f67736372756) // "logscrub"-ish constant, fixed forever
	truth := &Truth{Seed: seed}
	for _, r := range set.Rules {
		truth.Rules = append(truth.Rules, r.ID)
	}

	plans, skipped := g.plans()
	truth.Skipped = skipped
	var planted []block
	var long []*longItem
	for _, p := range plans {
		for ci, ctx := range p.contexts {
			n := 1
			switch {
			case p.names != nil && (ctx == CtxJSONFlat || ctx == CtxLogfmt):
				n = len(p.names) // every name of the rule, here
			case ctx == CtxCurl:
				n = curlForms(p.rule) // every way curl sends it
			case ctx == CtxMultiLine:
				n = len(pemTypes) // a block of every PEM type
			}
			for v := 0; v < n; v++ {
				it, err := p.mk(g, ci, v)
				if err != nil {
					return nil, nil, err
				}
				it2, err := p.mk(g, ci, v+1) // for contexts that plant two
				if err != nil {
					return nil, nil, err
				}
				it.form = v
				if ctx == CtxLongLine {
					long = append(long, &longItem{json: it, text: it2})
					continue
				}
				planted = append(planted, g.render(ctx, it, it2))
			}
		}
	}
	if len(long) > 0 {
		planted = append(planted, g.longJSON(long), g.longText(long))
	}
	g.shuffle(planted)

	// Clean lines fill the rest of the budget: about 40% from our decoy
	// templates, 60% from the corpus generator (no secrets, decoys recorded).
	size := 0
	for _, b := range planted {
		size += blockSize(b)
	}
	budget := max(TargetBytes-size, 160*len(planted))
	var own []block
	for ownSize := 0; ownSize < budget*2/5; {
		b := g.cleanBlock()
		ownSize += blockSize(b)
		own = append(own, b)
	}
	bg, err := corpusLines(int64(budget-budget*2/5), seed)
	if err != nil {
		return nil, nil, err
	}
	clean := g.merge(own, bg)

	// Planted blocks go between clean blocks, evenly spread.
	var all []block
	ci := 0
	for i, b := range planted {
		until := (i + 1) * len(clean) / (len(planted) + 1)
		for ; ci < until; ci++ {
			all = append(all, clean[ci])
		}
		all = append(all, b)
	}
	all = append(all, clean[ci:]...)

	var out bytes.Buffer
	n := 0
	for _, b := range all {
		for _, l := range b {
			n++
			for _, s := range l.secrets {
				s.Line = n
				truth.Secrets = append(truth.Secrets, s)
			}
			for _, d := range l.decoys {
				d.Line = n
				truth.Decoys = append(truth.Decoys, d)
			}
			out.Write(g.stamp(l.b))
			if l.crlf {
				out.WriteString("\r\n")
			} else {
				out.WriteByte('\n')
			}
		}
	}
	truth.Lines, truth.Bytes = n, out.Len()
	if err := check(out.Bytes(), truth); err != nil {
		return nil, nil, err
	}
	return out.Bytes(), truth, nil
}

// blockSize returns the size of a block once written, timestamps filled.
func blockSize(b block) int {
	n := 0
	for _, l := range b {
		n += len(l.b) + 1
		for _, st := range stamps {
			n += bytes.Count(l.b, []byte(st.mark)) * (len(st.layout) - len(st.mark))
		}
	}
	return n
}

// corpusLines returns size bytes of clean lines from the corpus generator,
// one block a line, with the decoys it recorded.
func corpusLines(size int64, seed uint64) ([]block, error) {
	var buf bytes.Buffer
	tr, err := corpus.Options{NoSecrets: true, RecordDecoys: true}.Generate(&buf, size, seed+1)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var lines []*line
	for l := range bytes.Lines(buf.Bytes()) {
		lines = append(lines, &line{b: bytes.TrimSuffix(l, []byte("\n"))})
	}
	for _, d := range tr.Decoys {
		l := lines[d.Line-1]
		l.decoys = append(l.decoys, Decoy{Kind: d.Kind, Value: d.Value})
	}
	var out []block
	for _, l := range lines {
		if len(l.b) > corpusMaxLine || !exampleHosts(l.b) {
			continue
		}
		out = append(out, block{l})
	}
	return out, nil
}

// hostOK lists the host suffixes a clean line may name: documentation and
// internal hosts, and the one public code host the corpus uses. Corpus
// lines with URLs to any other host are dropped, so that the evaluation
// set names no real service but the ones its rules are about.
var hostOK = []string{".example.com", ".example.org", ".example.net", ".example.io", ".internal", ".cache", "/example.com", "/github.com"}

// exampleHosts reports whether every URL and Host header in l names an
// allowed host.
func exampleHosts(l []byte) bool {
	return hostsOK(l, "://") && hostsOK(l, "Host: ")
}

func hostsOK(l []byte, mark string) bool {
	for rest := l; ; {
		i := bytes.Index(rest, []byte(mark))
		if i < 0 {
			return true
		}
		rest = rest[i+len(mark):]
		n := 0
		for n < len(rest) && (isHostByte(rest[n]) || rest[n] == '@') {
			n++
		}
		host := rest[:n]
		if at := bytes.LastIndexByte(host, '@'); at >= 0 {
			host = host[at+1:]
		}
		if !bytes.Contains(host, []byte(".")) {
			continue // a bare name: redis-0, localhost
		}
		ok := false
		for _, suf := range hostOK {
			if bytes.HasSuffix(append([]byte("/"), host...), []byte(suf)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
}

func isHostByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-'
}

// merge interleaves two sequences of clean blocks at random, keeping the
// order within each.
func (g *gen) merge(a, b []block) []block {
	out := make([]block, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && g.intn(len(a)+len(b)) < len(a)) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

func (g *gen) shuffle(bs []block) {
	for i := len(bs) - 1; i > 0; i-- {
		j := g.intn(i + 1)
		bs[i], bs[j] = bs[j], bs[i]
	}
}

// check verifies the truth against the log: every secret can be seen to
// leak (at least half of its 12-byte pieces are in its line as written) and
// every decoy is in its line.
func check(log []byte, t *Truth) error {
	lines := bytes.Split(log, []byte("\n"))
	for _, s := range t.Secrets {
		l := lines[s.Line-1]
		pieces, present := 0, 0
		for _, p := range pieces12(s) {
			pieces++
			if bytes.Contains(l, []byte(p)) {
				present++
			}
		}
		if pieces == 0 || present*2 < pieces {
			return fmt.Errorf("eval: generator: secret %q (%s, %s) on line %d is not visible in its line", s.Value, s.Rule, s.Context, s.Line)
		}
	}
	for _, d := range t.Decoys {
		if !bytes.Contains(lines[d.Line-1], []byte(d.Value)) {
			return fmt.Errorf("eval: generator: decoy %q (%s) is not in line %d", d.Value, d.Kind, d.Line)
		}
	}
	return nil
}

// pieces12 returns the 12-byte pieces of a secret that count for a leak:
// every window of 12 bytes not wholly inside the public prefix (the whole
// value when it is shorter).
func pieces12(s Secret) []string {
	const n = 12
	v := s.Value
	if len(v) <= n {
		if len(v) > len(s.Prefix) {
			return []string{v}
		}
		return nil
	}
	var out []string
	for i := 0; i+n <= len(v); i++ {
		if i+n <= len(s.Prefix) {
			continue
		}
		out = append(out, v[i:i+n])
	}
	return out
}

// ---- randomness: only raw PCG output, so the stream never depends on how
// math/rand/v2 implements its helpers ----

func (g *gen) intn(n int) int {
	hi, _ := bits.Mul64(g.rng.Uint64(), uint64(n))
	return int(hi)
}

func (g *gen) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

func (g *gen) coin() bool { return g.rng.Uint64()&1 == 1 }

func pick[T any](g *gen, s []T) T { return s[g.intn(len(s))] }

// str returns n bytes drawn uniformly from alphabet.
func (g *gen) str(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.intn(len(alphabet))]
	}
	return string(b)
}

const (
	hexDigits = "0123456789abcdef"
	alnum     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64Std    = alnum + "+/"
)

func (g *gen) hex(n int) string { return g.str(hexDigits, n) }

func (g *gen) uuid() string {
	return g.hex(8) + "-" + g.hex(4) + "-4" + g.hex(3) + "-" + string("89ab"[g.intn(4)]) + g.hex(3) + "-" + g.hex(12)
}

// mixedAlnum returns n random alphanumerics with at least one letter and
// one digit.
func (g *gen) mixedAlnum(n int) string {
	for {
		s := g.str(alnum, n)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, alnum[:52]) {
			return s
		}
	}
}

// ---- clock ----

// Timestamps are written as placeholders and filled in line order when the
// log is assembled, so that time runs forward however the blocks were
// shuffled.
var stamps = []struct{ mark, layout string }{
	{"\x01T1\x01", "2006-01-02T15:04:05.000Z"},
	{"\x01T2\x01", "2006-01-02 15:04:05.000"},
	{"\x01T3\x01", "02/Jan/2006:15:04:05 -0700"},
	{"\x01T4\x01", "Mon, 02 Jan 2006 15:04:05 GMT"},
}

func (g *gen) iso() string      { return stamps[0].mark }
func (g *gen) spring() string   { return stamps[1].mark }
func (g *gen) apache() string   { return stamps[2].mark }
func (g *gen) httpDate() string { return stamps[3].mark }

// stamp replaces the timestamp placeholders of a line, the clock advancing
// a few milliseconds for each.
func (g *gen) stamp(b []byte) []byte {
	if bytes.IndexByte(b, 1) < 0 {
		return b
	}
	for _, st := range stamps {
		for {
			i := bytes.Index(b, []byte(st.mark))
			if i < 0 {
				break
			}
			g.ms += int64(g.between(2, 40))
			t := time.UnixMilli(g.ms).UTC().Format(st.layout)
			b = append(b[:i], append([]byte(t), b[i+len(st.mark):]...)...)
		}
	}
	return b
}

// ---- line building ----

// begin starts a line in the current block.
func (g *gen) begin() {
	if g.cur != nil {
		panic("eval: line begun twice")
	}
	g.cur = &line{crlf: g.crlf}
}

// end closes the current line.
func (g *gen) end() {
	g.blk = append(g.blk, g.cur)
	g.cur = nil
}

// take returns the block built so far and starts a new one.
func (g *gen) take() block {
	if g.cur != nil {
		panic("eval: block taken with a line open")
	}
	b := g.blk
	g.blk, g.crlf = nil, false
	return b
}

// s appends text.
func (g *gen) s(parts ...string) {
	for _, p := range parts {
		g.cur.b = append(g.cur.b, p...)
	}
}

func (g *gen) n(v int) { g.cur.b = strconv.AppendInt(g.cur.b, int64(v), 10) }

// d appends a decoy and records it.
func (g *gen) d(kind, text string) {
	g.cur.b = append(g.cur.b, text...)
	g.cur.decoys = append(g.cur.decoys, Decoy{Kind: kind, Value: text})
}

// keep records text already written on the current line as a decoy.
func (g *gen) keep(kind, text string) {
	g.cur.decoys = append(g.cur.decoys, Decoy{Kind: kind, Value: text})
}

// record notes the item's secrets on the current line.
func (g *gen) record(it *item, ctx string) {
	for _, v := range it.secretValues() {
		g.cur.secrets = append(g.cur.secrets, Secret{Rule: it.rule.ID, Context: ctx, Value: v, Prefix: it.publicPrefix()})
	}
}

// recordValue notes one secret value of the item on the current line (for
// PEM bodies written a line at a time).
func (g *gen) recordValue(it *item, ctx, v string) {
	g.cur.secrets = append(g.cur.secrets, Secret{Rule: it.rule.ID, Context: ctx, Value: v})
}

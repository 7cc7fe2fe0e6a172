package corpus

import (
	"bufio"
	"encoding/base64"
	"io"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"time"
)

// Rare shapes: one in hugeLineOneIn JSON error lines is 40-200 KiB long,
// and one in pemBlockOneIn text slots is a multi-line private key.
const (
	hugeLineOneIn = 500
	pemBlockOneIn = 10000
)

// Block sizes. The means are used to choose the JSON share per slot so that
// JSONRate holds per line, not per slot.
const (
	stackMinFrames   = 4 // frames after the exception line: 4..12
	stackMaxFrames   = 12
	causeMinFrames   = 2 // frames after "Caused by:": 2..5
	causeMaxFrames   = 5
	headerMinRequest = 2 // request headers besides Host: 2..6
	headerMaxRequest = 6
	headerMinReply   = 2 // response headers: 2..5
	headerMaxReply   = 5

	// head line + exception line + frames + half the time (Caused by + frames + "... n more")
	stackMeanLines = 2 + (stackMinFrames+stackMaxFrames)/2.0 + 0.5*(2+(causeMinFrames+causeMaxFrames)/2.0)
	// request line + Host + request headers + status line + response headers
	headerMeanLines = 3 + (headerMinRequest+headerMaxRequest)/2.0 + (headerMinReply+headerMaxReply)/2.0

	// Text slot shares, in percent; see textSlot.
	pctStack  = 2
	pctHeader = 2

	textLinesPerSlot = (100-pctStack-pctHeader)/100.0 + pctStack/100.0*stackMeanLines + pctHeader/100.0*headerMeanLines

	// Probability that a Mixed slot is a JSON line, so that JSON lines are
	// JSONRate of all lines: p / (p + (1-p)*textLinesPerSlot) = JSONRate.
	mixedJSONSlot = JSONRate * textLinesPerSlot / (1 - JSONRate + JSONRate*textLinesPerSlot)
)

// mixedJSONSlotProb is mixedJSONSlot as a variable, converted at run time.
var mixedJSONSlotProb float64 = mixedJSONSlot

// epochMS is the first timestamp: 2024-03-05T08:00:00Z.
const epochMS = 1709625600000

type gen struct {
	rng rand.PCG
	w   *bufio.Writer
	err error
	opt Options

	line         []byte // the line being built, reused
	truth        Truth
	pending      int  // secrets decided but not yet planted; negative after force
	secretOnLine bool // the current line has a planted secret
	open         bool // between begin and end

	jsonSlot uint64 // a slot is JSON when rng < jsonSlot (Mixed only)
	clk      clock
	bgPos    int
	scratch  []byte
}

func newGen(w io.Writer, o Options, seed uint64) *gen {
	g := &gen{
		w:       newBufferedWriter(w),
		opt:     o,
		line:    make([]byte, 0, 4096),
		scratch: make([]byte, 0, 256),
		clk:     clock{ms: epochMS, sec: -1},
	}
	g.rng.Seed(seed, seed^0x9e3779b97f4a7c15)
	g.jsonSlot = uint64(mixedJSONSlotProb * 0x1p64)
	if o.Background != nil && o.Background.Len() > 0 {
		g.bgPos = g.intn(o.Background.Len())
	}
	return g
}

// next writes one slot: a JSON line, a text line or a multi-line text block.
func (g *gen) next() {
	switch g.opt.Shape {
	case JSONOnly:
		g.jsonLine()
	case TextOnly:
		g.textSlot()
	case Realistic:
		g.realisticSlot()
	default:
		if g.rng.Uint64() < g.jsonSlot {
			g.jsonLine()
		} else {
			g.textSlot()
		}
	}
}

// ---- randomness ----

// intn returns a number in [0, n) from the top bits of one PCG draw.
func (g *gen) intn(n int) int {
	hi, _ := bits.Mul64(g.rng.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

// chance reports true with probability p (0 <= p < 1).
func (g *gen) chance(p float64) bool { return g.rng.Uint64() < uint64(p*0x1p64) }

func pick[T any](g *gen, s []T) T { return s[g.intn(len(s))] }

// ---- line lifecycle ----

func (g *gen) begin() {
	if g.open {
		panic("corpus: line begun twice") // a template forgot to call end
	}
	g.open = true
	g.line = g.line[:0]
	g.secretOnLine = false
	g.clk.ms += int64(g.intn(40))
	rate := SecretRate
	if g.opt.Shape == Realistic {
		rate = RealisticSecretRate
	}
	if !g.opt.NoSecrets && g.chance(rate) {
		g.pending++
	}
}

func (g *gen) end() {
	g.open = false
	g.line = append(g.line, '\n')
	if _, err := g.w.Write(g.line); err != nil && g.err == nil {
		g.err = err
	}
	g.truth.Lines++
	g.truth.Bytes += int64(len(g.line))
	if g.secretOnLine {
		g.truth.SecretLines++
	}
}

// takeSecret reports whether the current line should carry a secret. A
// template that calls it must plant at least one secret when it returns true.
func (g *gen) takeSecret() bool {
	if g.pending > 0 {
		g.pending--
		return true
	}
	return false
}

// force accounts for a secret planted without takeSecret (huge lines, PEM
// blocks): it leaves a debt that later lines repay, so that the long-run
// rate of secret lines stays SecretRate.
func (g *gen) force() { g.pending-- }

// record notes that g.line[start:] is a secret of the given kind.
func (g *gen) record(kind, where string, start int) {
	g.truth.Secrets = append(g.truth.Secrets, Secret{
		Line:  g.truth.Lines + 1,
		Kind:  kind,
		Where: where,
		Value: string(g.line[start:]),
	})
	g.secretOnLine = true
}

// keep notes that g.line[start:] is a decoy.
func (g *gen) keep(kind string, start int) {
	if g.opt.RecordDecoys {
		g.truth.Decoys = append(g.truth.Decoys, Decoy{
			Line:  g.truth.Lines + 1,
			Kind:  kind,
			Value: string(g.line[start:]),
		})
	}
}

// ---- appenders ----

func (g *gen) s(str string) { g.line = append(g.line, str...) }
func (g *gen) b(c byte)     { g.line = append(g.line, c) }
func (g *gen) n(v int)      { g.line = strconv.AppendInt(g.line, int64(v), 10) }
func (g *gen) p(tbl []string) {
	g.line = append(g.line, tbl[g.intn(len(tbl))]...)
}

// rand appends n characters drawn uniformly from alphabet. One PCG draw
// yields several characters: each multiplication by len(alphabet) moves the
// next digit into the high word.
func (g *gen) rand(alphabet string, n int) {
	m := uint64(len(alphabet))
	x := g.rng.Uint64()
	for i := 0; i < n; i++ {
		if i%8 == 7 {
			x = g.rng.Uint64()
		}
		hi, lo := bits.Mul64(x, m)
		g.line = append(g.line, alphabet[hi])
		x = lo
	}
}

// hex appends n lowercase hex digits.
func (g *gen) hex(n int) {
	var x uint64
	for i := 0; i < n; i++ {
		if i%16 == 0 {
			x = g.rng.Uint64()
		}
		g.line = append(g.line, hexDigits[x&15])
		x >>= 4
	}
}

func (g *gen) uuid() {
	start := len(g.line)
	g.hex(8)
	g.b('-')
	g.hex(4)
	g.s("-4")
	g.hex(3)
	g.b('-')
	g.b("89ab"[g.intn(4)])
	g.hex(3)
	g.b('-')
	g.hex(12)
	g.keep(DecoyUUID, start)
}

func (g *gen) gitSHA() {
	start := len(g.line)
	g.hex(40)
	g.keep(DecoyGitSHA, start)
}

func (g *gen) sha256() {
	start := len(g.line)
	g.s("sha256:")
	g.hex(64)
	g.keep(DecoySHA256, start)
}

func (g *gen) traceID() {
	start := len(g.line)
	g.hex(32)
	g.keep(DecoyTraceID, start)
}

func (g *gen) traceparent() {
	g.s("00-")
	g.traceID()
	g.b('-')
	g.hex(16)
	g.s("-01")
}

func (g *gen) ip() {
	switch g.intn(4) {
	case 0:
		g.s("10.")
		g.n(g.intn(256))
	case 1:
		g.s("172.")
		g.n(g.between(16, 31))
	case 2:
		g.s("192.168")
	default:
		g.n(g.between(11, 223))
		g.b('.')
		g.n(g.intn(256))
	}
	g.b('.')
	g.n(g.intn(256))
	g.b('.')
	g.n(g.between(1, 254))
}

// decimal appends v/1000 with three decimals.
func (g *gen) decimal(v int) {
	g.n(v / 1000)
	g.b('.')
	f := v % 1000
	g.b(byte('0' + f/100))
	g.b(byte('0' + f/10%10))
	g.b(byte('0' + f%10))
}

func (g *gen) path() {
	switch g.intn(8) {
	case 0, 1:
		g.s("/api/v1/")
		g.p(resources)
		g.b('/')
		g.n(g.between(1, 99999))
	case 2:
		g.s("/api/v2/")
		g.p(resources)
		g.b('/')
		g.uuid()
	case 3:
		g.s("/api/v1/")
		g.p(resources)
	case 4:
		g.s("/static/js/")
		g.p(assets)
		g.b('.')
		g.hex(8)
		g.s(".js")
	case 5:
		g.s("/api/v1/users/")
		g.n(g.between(1, 99999))
		g.s("/settings")
	default:
		g.p(plainPaths)
	}
}

func (g *gen) filePath() {
	start := len(g.line)
	g.p(fileDirs)
	g.b('/')
	g.p(fileNames)
	g.keep(DecoyPath, start)
}

// url appends a URL without credentials.
func (g *gen) url() {
	start := len(g.line)
	g.s("https://")
	g.p(publicHosts)
	g.path()
	if g.intn(3) == 0 {
		g.b('?')
		g.p(plainQueries)
	}
	g.keep(DecoyURL, start)
}

// ---- JSON lines ----

func (g *gen) jsonHead(level, logger string) {
	g.s(`{"ts":"`)
	g.line = g.clk.appendISO(g.line)
	g.s(`","level":"`)
	g.s(level)
	g.s(`","logger":"`)
	g.s(logger)
	g.s(`",`)
}

func (g *gen) jsonLine() {
	g.begin()
	switch r := g.intn(100); {
	case r < 40:
		g.jsonAccess()
	case r < 60:
		g.jsonEvent()
	case r < 72:
		g.jsonAuth()
	case r < 82:
		g.jsonBatch()
	case r < 90:
		g.jsonConfig()
	case r < 95:
		g.jsonError()
	default:
		g.jsonImage()
	}
	g.truth.JSONLines++
	g.end()
}

func levelFor(status int) string {
	switch {
	case status >= 500:
		return "error"
	case status >= 400:
		return "warn"
	}
	return "info"
}

func (g *gen) jsonAccess() {
	status := pick(g, statuses)
	method := pick(g, methods)
	where := -1
	if g.takeSecret() {
		where = g.intn(5)
	}
	g.jsonHead(levelFor(status), "http.access")
	g.s(`"service":"`)
	g.p(services)
	g.s(`","msg":"request completed","request":{"id":"`)
	g.uuid()
	g.s(`","method":"`)
	g.s(method)
	g.s(`","path":"`)
	g.path()
	g.b('"')
	switch {
	case where == 3:
		g.s(`,"query":"`)
		g.apiKeyQuery("json-query-string")
		g.b('"')
	case g.intn(3) == 0:
		g.s(`,"query":"`)
		g.p(plainQueries)
		g.b('"')
	}
	g.s(`,"remote_ip":"`)
	g.ip()
	g.s(`","headers":{"user-agent":"`)
	g.p(userAgents)
	g.s(`","accept":"`)
	g.p(accepts)
	g.b('"')
	if where >= 0 && where != 3 && g.intn(2) == 0 {
		g.jsonSecretHeader(where)
		where = -1
	}
	if method != "GET" {
		g.s(`,"content-type":"`)
		g.p(contentTypes)
		g.b('"')
	}
	g.s(`,"x-request-id":"`)
	g.uuid()
	g.s(`","traceparent":"`)
	g.traceparent()
	g.b('"')
	if where >= 0 && where != 3 {
		g.jsonSecretHeader(where)
	}
	g.s(`}},"response":{"status":`)
	g.n(status)
	g.s(`,"bytes":`)
	g.n(g.intn(200000))
	g.s(`},"latency_ms":`)
	g.decimal(g.between(200, 900000))
	g.s(`,"trace_id":"`)
	g.traceID()
	g.s(`","span_id":"`)
	g.hex(16)
	g.s(`"}`)
}

// jsonSecretHeader appends ,"<header>":"<secret>" for placement 0, 1, 2 or 4.
func (g *gen) jsonSecretHeader(where int) {
	switch where {
	case 0:
		g.s(`,"authorization":"Bearer `)
		g.plant(KindJWT, "json-authorization-header")
	case 1:
		g.s(`,"cookie":"session=`)
		g.plant(KindSessionCookie, "json-cookie-header")
		g.s(`; theme=dark; lang=en`)
	case 2:
		g.s(`,"x-api-key":"`)
		g.plantAPIKey("json-x-api-key-header")
	default:
		g.s(`,"authorization":"token `)
		g.plant(KindGitHubPAT, "json-authorization-header")
	}
	g.b('"')
}

func (g *gen) jsonEvent() {
	where := -1
	if g.takeSecret() {
		where = g.intn(4)
	}
	g.jsonHead(pick(g, levels), pick(g, loggers))
	g.s(`"msg":"`)
	switch where {
	case 0:
		g.s(`git fetch failed for https://github.com/acme/`)
		g.p(repos)
		g.s(`.git using token `)
		g.plant(KindGitHubPAT, "json-msg")
	case 1:
		g.s(`slack notify failed (channel_not_found) with token `)
		g.plant(KindSlackBot, "json-msg")
	case 2:
		g.s(`sending mail via SendGrid key `)
		g.plant(KindSendGrid, "json-msg")
	default:
		g.p(escapedMessages)
	}
	g.s(`","attempt":`)
	g.n(g.between(1, 5))
	if g.intn(2) == 0 {
		g.s(`,"customer":{"name":"`)
		g.p(customerNames)
		g.s(`","city":"`)
		g.p(cities)
		g.s(`"}`)
	}
	if g.intn(3) == 0 {
		g.s(`,"tags":["`)
		g.p(tags)
		g.s(`","`)
		g.p(tags)
		g.s(`"]`)
	}
	g.s(`,"job_id":"`)
	g.uuid()
	g.s(`","commit":"`)
	g.gitSHA()
	g.b('"')
	switch {
	case where == 3:
		if g.intn(2) == 0 {
			g.s(`,"env":{"AWS_REGION":"eu-west-1","AWS_ACCESS_KEY_ID":"`)
			g.plant(KindAWSAccessKey, "json-env")
			g.s(`","HOME":"/home/app"}`)
		} else {
			g.s(`,"npmrc":"//registry.npmjs.org/:_authToken=`)
			g.plant(KindNPMToken, "json-npmrc")
			g.b('"')
		}
	case g.intn(4) == 0:
		g.s(`,"file":"`)
		g.filePath()
		g.b('"')
	}
	g.s(`,"duration_ms":`)
	g.n(g.intn(5000))
	g.b('}')
}

func (g *gen) jsonAuth() {
	where := -1
	if g.takeSecret() {
		where = g.intn(3)
	}
	user := pick(g, users)
	switch where {
	case 0:
		g.jsonHead("warn", "auth")
		g.s(`"msg":"login failed","request_body":{"username":"`)
		g.s(user)
		g.s(`","password":"`)
		g.plant(KindPassword, "json-password")
		g.s(`","remember_me":true},`)
	default:
		g.jsonHead("info", "auth")
		g.s(`"msg":"`)
		g.p(authMessages)
		g.s(`",`)
	}
	g.s(`"user":{"id":`)
	g.n(g.between(1, 99999))
	g.s(`,"name":"`)
	g.s(user)
	g.s(`","email":"`)
	g.s(user)
	g.s(`@example.com","roles":["`)
	r := g.intn(len(roles))
	g.s(roles[r])
	g.s(`","`)
	g.s(roles[(r+1+g.intn(len(roles)-1))%len(roles)])
	g.s(`"]},`)
	start := len(g.line)
	g.s(`"session_timeout":`)
	g.n(g.between(5, 120))
	g.keep(DecoySessionTimeout, start)
	g.b(',')
	start = len(g.line)
	g.s(`"password_policy":"`)
	g.p(policies)
	g.b('"')
	g.keep(DecoyPasswordPolicy, start)
	g.s(`,"mfa":`)
	g.p(bools)
	switch where {
	case 1:
		g.s(`,"api_key":"`)
		g.plantAPIKey("json-api-key")
		g.b('"')
	case 2:
		g.s(`,"access_token":"`)
		g.plant(KindJWT, "json-access-token")
		g.s(`","token_type":"Bearer","expires_in":3600`)
	}
	g.s(`,"client_ip":"`)
	g.ip()
	g.s(`"}`)
}

func (g *gen) jsonBatch() {
	items := g.between(1, 4)
	secretItem := -1
	if g.takeSecret() {
		secretItem = g.intn(items)
	}
	g.jsonHead("debug", pick(g, []string{"indexer", "sync.worker", "exporter"}))
	g.s(`"msg":"batch flushed","batch":{"size":`)
	g.n(items)
	g.s(`,"items":[`)
	for i := 0; i < items; i++ {
		if i > 0 {
			g.b(',')
		}
		g.s(`{"id":"`)
		g.uuid()
		g.s(`","sha":"`)
		g.gitSHA()
		g.s(`","bytes":`)
		g.n(g.intn(1 << 20))
		if i == secretItem {
			if g.intn(2) == 0 {
				g.s(`,"api_key":"`)
				g.plantAPIKey("json-array-api-key")
				g.b('"')
			} else {
				g.s(`,"callback":"https://hooks.example.com/notify?token=`)
				g.plant(KindGenericToken, "json-array-url-token")
				g.b('"')
			}
		}
		g.b('}')
	}
	g.s(`]},`)
	start := len(g.line)
	g.s(`"token_count":`)
	g.n(g.intn(100000))
	g.keep(DecoyTokenCount, start)
	g.s(`,"duration_ms":`)
	g.n(g.intn(2000))
	g.b('}')
}

func (g *gen) jsonConfig() {
	where := -1
	if g.takeSecret() {
		where = g.intn(5)
	}
	g.jsonHead("info", "config")
	g.s(`"msg":"configuration loaded","config":{"database":{"url":"`)
	if where == 0 {
		g.credURL("json-config-db-url")
	} else {
		start := len(g.line)
		g.p(dbURLs)
		g.keep(DecoyURL, start)
	}
	g.s(`","pool_size":`)
	g.n(g.between(2, 64))
	g.s(`},"redis":{"addr":"redis-0.cache:6379","db":0},"storage":{"bucket":"s3://acme-logs/prod","region":"eu-west-1"},`)
	start := len(g.line)
	g.s(`"session_timeout":`)
	g.n(g.between(5, 120))
	g.keep(DecoySessionTimeout, start)
	switch where {
	case 1:
		g.s(`,"stripe":{"secret_key":"`)
		g.plant(KindStripeLive, "json-config")
		g.s(`"}`)
	case 2:
		g.s(`,"sendgrid_api_key":"`)
		g.plant(KindSendGrid, "json-config")
		g.b('"')
	case 3:
		g.s(`,"aws":{"access_key_id":"`)
		g.plant(KindAWSAccessKey, "json-config")
		g.s(`","region":"us-east-1"}`)
	case 4:
		g.s(`,"tls":{"cert_file":"/etc/tls/tls.crt","key":"-----BEGIN PRIVATE KEY-----\n`)
		start := len(g.line)
		for i, n := 0, g.between(4, 16); i < n; i++ {
			if i > 0 {
				g.s(`\n`)
			}
			g.rand(b64Std, 64)
		}
		g.record(KindPrivateKey, "json-pem", start)
		g.s(`\n-----END PRIVATE KEY-----\n"}`)
	}
	g.s(`,"docs":"`)
	g.url()
	g.s(`"}}`)
}

func (g *gen) jsonError() {
	if g.intn(hugeLineOneIn) == 0 {
		g.jsonHugeError()
		return
	}
	secret := g.takeSecret()
	g.jsonHead("error", pick(g, loggers))
	g.s(`"msg":"job failed","error":"`)
	if secret {
		g.p(connErrorPrefixes)
		g.credURL("json-error-url")
		g.s(`: connection refused`)
	} else {
		g.p(exceptions)
		g.s(`: `)
		g.p(exceptionMessages)
		for i, n := 0, g.between(2, 5); i < n; i++ {
			g.s(`\n\tat `)
			g.frame()
		}
	}
	g.s(`","job_id":"`)
	g.uuid()
	g.s(`","attempt":`)
	g.n(g.between(1, 5))
	g.b('}')
}

// jsonHugeError writes a 40-200 KiB line: a deep stack trace inside a JSON
// string, with a secret after it (unless NoSecrets), past any 64 KiB
// line-length limit.
func (g *gen) jsonHugeError() {
	g.jsonHead("error", pick(g, loggers))
	g.s(`"msg":"unhandled exception","error":"java.lang.StackOverflowError\n`)
	for i, n := 0, g.between(500, 2500); i < n; i++ {
		g.s(`\tat `)
		g.frame()
		g.s(`\n`)
	}
	g.s(`","datasource":"`)
	if g.opt.NoSecrets {
		g.s("postgres://app@db-1.internal:5432/app")
	} else {
		if !g.takeSecret() {
			g.force()
		}
		g.credURL("json-huge-line-tail")
	}
	g.s(`"}`)
}

func (g *gen) jsonImage() {
	g.jsonHead("info", "kubelet")
	g.s(`"msg":"pulled image","image":"registry.example.com/`)
	g.p(repos)
	g.b('@')
	g.sha256()
	g.s(`","node":"ip-10-0-`)
	g.n(g.intn(256))
	g.b('-')
	g.n(g.intn(256))
	g.s(`","duration":"`)
	g.decimal(g.between(10, 30000))
	g.s(`s","layers":[{"digest":"`)
	g.sha256()
	g.s(`","size":`)
	g.n(g.intn(1 << 26))
	g.s(`},{"digest":"`)
	g.sha256()
	g.s(`","size":`)
	g.n(g.intn(1 << 26))
	g.s(`}]}`)
}

// ---- text lines ----

func (g *gen) textSlot() {
	if !g.opt.NoSecrets && g.intn(pemBlockOneIn) == 0 {
		g.pemBlock()
		return
	}
	switch r := g.intn(100); {
	case r < 30:
		g.background()
	case r < 50:
		g.accessLog()
	case r < 70:
		g.logfmt()
	case r < 80:
		g.syslog()
	case r < 86:
		g.keyValue()
	case r < 91:
		g.shell()
	case r < 100-pctStack-pctHeader:
		g.appLog()
	case r < 100-pctHeader:
		g.stackTrace()
	default:
		g.headerDump()
	}
}

func (g *gen) background() {
	g.begin()
	if bg := g.opt.Background; bg != nil && bg.Len() > 0 {
		if g.intn(8) == 0 {
			g.bgPos = g.intn(bg.Len())
		}
		g.line = append(g.line, bg.lines[g.bgPos]...)
		g.bgPos++
		if g.bgPos == bg.Len() {
			g.bgPos = 0
		}
	} else {
		g.builtinBackground()
	}
	g.end()
}

// builtinBackground stands in for real log lines when no Background is set.
func (g *gen) builtinBackground() {
	switch g.intn(8) {
	case 0:
		g.s("081109 ")
		g.n(g.between(100000, 235959))
		g.b(' ')
		g.n(g.between(1, 9999))
		g.s(" INFO dfs.DataNode$PacketResponder: PacketResponder ")
		g.n(g.intn(3))
		g.s(" for block blk_")
		g.n(g.intn(1 << 62))
		g.s(" terminating")
	case 1:
		g.line = g.clk.appendSyslog(g.line)
		g.s(" LabSZ sshd[")
		g.n(g.between(1000, 32000))
		g.s("]: Failed password for invalid user ")
		g.p(users)
		g.s(" from ")
		g.ip()
		g.s(" port ")
		g.n(g.between(1024, 65535))
		g.s(" ssh2")
	case 2:
		g.line = g.clk.appendSpace(g.line, ',')
		g.s(" - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1001] - Closed socket connection for client /")
		g.ip()
		g.b(':')
		g.n(g.between(1024, 65535))
		g.s(" which had sessionid 0x")
		g.hex(15)
	case 3:
		g.s("17/06/09 20:10:")
		g.n(g.between(10, 59))
		g.s(" INFO storage.BlockManager: Found block rdd_")
		g.n(g.intn(100))
		g.b('_')
		g.n(g.intn(100))
		g.s(" locally")
	case 4:
		g.line = g.clk.appendSpace(g.line, '.')
		g.b(' ')
		g.n(g.between(1000, 32000))
		g.s(" INFO nova.osapi_compute.wsgi.server [req-")
		g.uuid()
		g.b(' ')
		g.hex(32)
		g.b(' ')
		g.hex(32)
		g.s(` - - -] `)
		g.ip()
		g.s(` "GET /v2/`)
		g.hex(32)
		g.s(`/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2`)
		g.n(g.between(100000, 999999))
	case 5:
		g.line = g.clk.appendSyslog(g.line)
		g.s(" calvisitor-10-105-160-95 kernel[0]: AppleThunderboltNHIType2::prePCIWake - power up complete - took ")
		g.n(g.intn(5))
		g.s(" us")
	case 6:
		g.s("03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app wtoken = AppWindowToken{")
		g.hex(7)
		g.s(" token=Token{")
		g.hex(7)
		g.s(" ActivityRecord{")
		g.hex(7)
		g.s(" u0 com.tencent.qt.qtl/.activity.info.NewsDetailXinwenActivity t761}}}, allDrawn= false")
	default:
		g.s("- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.")
		g.n(g.between(100000, 999999))
		g.s(" R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected")
	}
}

func (g *gen) accessLog() {
	g.begin()
	secret := g.takeSecret()
	status := pick(g, statuses)
	g.ip()
	g.s(" - ")
	if g.intn(5) == 0 {
		g.p(users)
	} else {
		g.b('-')
	}
	g.s(" [")
	g.line = g.clk.appendApache(g.line)
	g.s(`] "`)
	g.p(methods)
	g.b(' ')
	switch {
	case secret:
		switch g.intn(4) {
		case 0:
			g.path()
			g.b('?')
			g.apiKeyQuery("access-log-query-string")
		case 1:
			g.s("/api/v1/export?format=csv&token=")
			g.plant(KindGenericToken, "access-log-query-string")
		case 2:
			g.s("/oauth/callback?state=")
			g.hex(16)
			g.s("&access_token=")
			g.plant(KindJWT, "access-log-query-string")
		default:
			g.s("/reset-password?token=")
			g.plant(KindGenericToken, "access-log-query-string")
		}
	default:
		g.path()
		if g.intn(2) == 0 {
			g.b('?')
			g.p(plainQueries)
		}
	}
	g.s(` HTTP/1.1" `)
	g.n(status)
	g.b(' ')
	g.n(g.intn(100000))
	g.s(` "`)
	if g.intn(2) == 0 {
		g.url()
	} else {
		g.b('-')
	}
	g.s(`" "`)
	g.p(userAgents)
	g.b('"')
	if g.intn(2) == 0 {
		g.s(" rt=")
		g.decimal(g.intn(3000))
		g.s(` uct="0.000"`)
	}
	g.end()
}

func (g *gen) logfmt() {
	g.begin()
	where := -1
	if g.takeSecret() {
		where = g.intn(6)
	}
	g.s("ts=")
	g.line = g.clk.appendISO(g.line)
	g.s(" level=")
	g.p(levels)
	g.s(` msg="`)
	g.p(logfmtMessages)
	g.s(`" service=`)
	g.p(services)
	for i, n := 0, g.between(2, 5); i < n; i++ {
		g.b(' ')
		g.logfmtField()
	}
	switch where {
	case 0:
		g.s(" token=")
		if g.intn(2) == 0 {
			g.plant(KindGitHubPAT, "logfmt-token")
		} else {
			g.plant(KindGenericToken, "logfmt-token")
		}
	case 1:
		g.s(" password=")
		g.plant(KindPassword, "logfmt-password")
	case 2:
		g.s(" api_key=")
		g.plantAPIKey("logfmt-api-key")
	case 3:
		g.s(" aws_access_key_id=")
		g.plant(KindAWSAccessKey, "logfmt-aws")
	case 4:
		g.s(` authorization="Bearer `)
		g.plant(KindJWT, "logfmt-authorization")
		g.b('"')
	case 5:
		g.s(" dsn=")
		g.credURL("logfmt-dsn")
	}
	g.s(" dur=")
	g.n(g.intn(2000))
	g.s("ms")
	g.end()
}

func (g *gen) logfmtField() {
	start := len(g.line)
	switch g.intn(11) {
	case 0:
		g.s("user=")
		g.p(users)
	case 1:
		g.s("status=")
		g.n(pick(g, statuses))
	case 2:
		g.s("token_count=")
		g.n(g.intn(100000))
		g.keep(DecoyTokenCount, start)
	case 3:
		g.s("session_timeout=")
		g.n(g.between(5, 120))
		g.keep(DecoySessionTimeout, start)
	case 4:
		g.s("password_policy=")
		g.p(policies)
		g.keep(DecoyPasswordPolicy, start)
	case 5:
		g.s("trace_id=")
		g.traceID()
	case 6:
		g.s("commit=")
		g.gitSHA()
	case 7:
		g.s("digest=")
		g.sha256()
	case 8:
		g.s("path=")
		g.filePath()
	case 9:
		g.s("request_id=")
		g.uuid()
	default:
		g.s("upstream=")
		g.url()
	}
}

func (g *gen) syslog() {
	g.begin()
	secret := g.takeSecret()
	g.line = g.clk.appendSyslog(g.line)
	g.b(' ')
	g.p(hosts)
	g.b(' ')
	if secret {
		switch g.intn(3) {
		case 0:
			g.s("sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u root --password=")
			g.plant(KindPassword, "syslog-command-flag")
			g.s(" app")
		case 1:
			g.s("worker[")
			g.n(g.between(100, 32000))
			g.s("]: connecting to broker ")
			g.credURL("syslog-url")
		default:
			g.s("backup.sh[")
			g.n(g.between(100, 32000))
			g.s("]: using AWS_ACCESS_KEY_ID=")
			g.plant(KindAWSAccessKey, "syslog-env")
			g.s(" for s3://acme-backups")
		}
		g.end()
		return
	}
	switch g.intn(6) {
	case 0:
		g.s("sshd[")
		g.n(g.between(100, 32000))
		g.s("]: Accepted publickey for deploy from ")
		g.ip()
		g.s(" port ")
		g.n(g.between(1024, 65535))
		g.s(" ssh2: ED25519 SHA256:")
		g.rand(b64Std, 43)
	case 1:
		g.s("sshd[")
		g.n(g.between(100, 32000))
		g.s("]: Failed password for invalid user ")
		g.p(users)
		g.s(" from ")
		g.ip()
		g.s(" port ")
		g.n(g.between(1024, 65535))
		g.s(" ssh2")
	case 2:
		g.s("CRON[")
		g.n(g.between(100, 32000))
		g.s("]: (root) CMD (")
		g.filePath()
		g.s(" --quiet)")
	case 3:
		g.s("systemd[1]: Started Session ")
		g.n(g.between(1, 9999))
		g.s(" of User deploy.")
	case 4:
		g.s("kernel: [")
		g.n(g.between(1, 999999))
		g.b('.')
		g.n(g.between(100000, 999999))
		g.s("] eth0: renamed from veth")
		g.hex(7)
	default:
		g.s("dockerd[")
		g.n(g.between(100, 32000))
		g.s(`]: time="`)
		g.line = g.clk.appendISO(g.line)
		g.s(`" level=info msg="ignoring event" container=`)
		g.hex(64)
		g.s(` module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"`)
	}
	g.end()
}

func (g *gen) keyValue() {
	g.begin()
	g.p(indents)
	if g.takeSecret() {
		switch g.intn(5) {
		case 0:
			g.s("spring.datasource.password: ")
			g.plant(KindPassword, "kv-password")
		case 1:
			g.s("github_token: ")
			g.plant(KindGitHubPAT, "kv-token")
		case 2:
			g.s("slack_bot_token: ")
			g.plant(KindSlackBot, "kv-token")
		case 3:
			g.s("api-key: ")
			g.plantAPIKey("kv-api-key")
		default:
			g.s("stripe.secret-key: ")
			g.plant(KindStripeLive, "kv-secret-key")
		}
		g.end()
		return
	}
	start := len(g.line)
	switch g.intn(8) {
	case 0:
		g.s("session_timeout: ")
		g.n(g.between(5, 120))
		g.keep(DecoySessionTimeout, start)
	case 1:
		g.s("password_policy: ")
		g.p(policies)
		g.keep(DecoyPasswordPolicy, start)
	case 2:
		g.s("X-Request-Id: ")
		g.uuid()
	case 3:
		g.s("log.file: ")
		g.filePath()
	case 4:
		g.s("endpoint: ")
		g.url()
	default:
		g.p(plainKV)
	}
	g.end()
}

func (g *gen) shell() {
	g.begin()
	g.s("+ ")
	if g.takeSecret() {
		switch g.intn(5) {
		case 0:
			g.s("curl -sS -H 'X-Api-Key: ")
			g.plantAPIKey("curl-header")
			g.s("' -H 'Accept: application/json' https://api.example.com/v1/things?limit=")
			g.n(g.between(1, 100))
		case 1:
			g.s("export AWS_ACCESS_KEY_ID=")
			g.plant(KindAWSAccessKey, "shell-export")
		case 2:
			g.s("npm config set //registry.npmjs.org/:_authToken ")
			g.plant(KindNPMToken, "shell-npm")
		case 3:
			g.s("git clone https://x-access-token:")
			g.plant(KindGitHubPAT, "shell-url")
			g.s("@github.com/acme/")
			g.p(repos)
			g.s(".git")
		default:
			g.s("curl -sS -u admin:")
			g.plant(KindPassword, "curl-user")
			g.s(" https://jenkins.internal/job/deploy/build")
		}
		g.end()
		return
	}
	switch g.intn(6) {
	case 0:
		g.s("curl -sS ")
		g.url()
	case 1:
		g.s("git clone https://github.com/acme/")
		g.p(repos)
		g.s(".git")
	case 2:
		g.s("docker pull registry.example.com/")
		g.p(repos)
		g.b('@')
		g.sha256()
	case 3:
		start := len(g.line)
		g.s("export SESSION_TIMEOUT=")
		g.n(g.between(5, 120))
		g.keep(DecoySessionTimeout, start)
	case 4:
		g.s("git checkout ")
		g.gitSHA()
	default:
		g.s("cd ")
		g.p(fileDirs)
	}
	g.end()
}

// appLog writes a classic "date level [thread] logger - message" line;
// secrets here are key-shaped tokens in free text.
func (g *gen) appLog() {
	g.begin()
	g.line = g.clk.appendSpace(g.line, ',')
	g.b(' ')
	g.p(paddedLevels)
	g.s(" [")
	g.p(threads)
	g.s("] ")
	g.p(javaLoggers)
	g.s(" - ")
	if g.takeSecret() {
		switch g.intn(7) {
		case 0:
			g.s("slack notify failed with ")
			g.plant(KindSlackBot, "free-text")
			g.s(" (channel_not_found)")
		case 1:
			g.s("loaded credentials ")
			g.plant(KindAWSAccessKey, "free-text")
			g.s(" for bucket acme-logs")
		case 2:
			g.s("using SendGrid key ")
			g.plant(KindSendGrid, "free-text")
			g.s(" for outbound mail")
		case 3:
			g.s("publishing @acme/sdk with ")
			g.plant(KindNPMToken, "free-text")
		case 4:
			g.s("stripe client initialised with ")
			g.plant(KindStripeLive, "free-text")
		case 5:
			g.s("geocoding via maps key ")
			g.plant(KindGoogleAPIKey, "free-text")
		default:
			g.s("upstream rejected bearer ")
			g.plant(KindJWT, "free-text")
			g.s(": token expired")
		}
		g.end()
		return
	}
	switch g.intn(5) {
	case 0:
		g.s("deployed commit ")
		g.gitSHA()
		g.s(" to prod in ")
		g.n(g.between(5, 300))
		g.b('s')
	case 1:
		g.s("wrote ")
		g.n(g.intn(100000))
		g.s(" rows to ")
		g.filePath()
	case 2:
		g.s("cache refreshed, token_count=")
		g.n(g.intn(100000))
	case 3:
		g.s("Invalid password for user ")
		g.p(users)
		g.s(" (attempt ")
		g.n(g.between(1, 5))
		g.s(" of 5)")
	default:
		g.p(appMessages)
	}
	g.end()
}

func (g *gen) frame() {
	i := g.intn(len(javaClasses))
	g.s(javaClasses[i])
	g.b('.')
	g.p(javaMethods)
	g.b('(')
	g.s(javaFiles[i])
	g.s(".java:")
	g.n(g.between(12, 900))
	g.b(')')
}

func (g *gen) stackTrace() {
	g.begin()
	g.line = g.clk.appendSpace(g.line, '.')
	g.s(" ERROR ")
	g.n(g.between(1, 32000))
	g.s(" --- [")
	g.p(threads)
	g.s("] ")
	g.p(javaLoggers)
	g.s("   : Request processing failed")
	g.end()

	g.exceptionLine("")
	for i, n := 0, g.between(stackMinFrames, stackMaxFrames); i < n; i++ {
		g.frameLine()
	}
	if g.intn(2) == 0 {
		g.exceptionLine("Caused by: ")
		for i, n := 0, g.between(causeMinFrames, causeMaxFrames); i < n; i++ {
			g.frameLine()
		}
		g.begin()
		g.s("\t... ")
		g.n(g.between(5, 80))
		g.s(" more")
		g.end()
	}
}

func (g *gen) exceptionLine(prefix string) {
	g.begin()
	g.s(prefix)
	if g.takeSecret() {
		if g.intn(2) == 0 {
			g.s("java.net.ConnectException: failed to connect to ")
			g.credURL("stack-trace-message")
		} else {
			g.s("java.sql.SQLException: Access denied; url=jdbc:mysql://db-1.internal:3306/app?user=app&password=")
			g.plant(KindPassword, "stack-trace-jdbc")
		}
	} else {
		g.p(exceptions)
		g.s(": ")
		g.p(exceptionMessages)
	}
	g.end()
}

func (g *gen) frameLine() {
	g.begin()
	g.s("\tat ")
	g.frame()
	g.end()
}

// pemBlock writes a private key dumped with a YAML config, one secret per
// body line.
func (g *gen) pemBlock() {
	indent := pick(g, indents)
	g.begin()
	g.s(indent)
	g.s("tls.key: |")
	g.end()
	kind := pick(g, []string{"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"})
	g.begin()
	g.s(indent)
	g.s("  -----BEGIN ")
	g.s(kind)
	g.s("-----")
	g.end()
	for i, n := 0, g.between(6, 25); i < n; i++ {
		g.begin()
		g.s(indent)
		g.s("  ")
		if !g.takeSecret() {
			g.force()
		}
		start := len(g.line)
		if i < n-1 {
			g.rand(b64Std, 64)
		} else {
			g.rand(b64Std, 4*g.between(3, 15))
		}
		g.record(KindPrivateKey, "pem-block", start)
		g.end()
	}
	g.begin()
	g.s(indent)
	g.s("  -----END ")
	g.s(kind)
	g.s("-----")
	g.end()
}

func (g *gen) headerDump() {
	req, resp := "> ", "< "
	if g.intn(2) == 0 {
		req, resp = "", ""
	}
	g.begin()
	g.s(req)
	g.p(methods)
	g.b(' ')
	g.path()
	g.s(" HTTP/1.1")
	g.end()

	g.begin()
	g.s(req)
	g.s("Host: ")
	g.p(publicHosts)
	g.end()

	for i, n := 0, g.between(headerMinRequest, headerMaxRequest); i < n; i++ {
		g.begin()
		g.s(req)
		if g.takeSecret() {
			switch g.intn(4) {
			case 0:
				g.s("Authorization: Bearer ")
				g.plant(KindJWT, "http-authorization-header")
			case 1:
				g.s("Authorization: Bearer ")
				g.plant(KindStripeLive, "http-authorization-header")
			case 2:
				g.s("Cookie: session=")
				g.plant(KindSessionCookie, "http-cookie-header")
				g.s("; theme=dark")
			default:
				g.s("X-Api-Key: ")
				g.plantAPIKey("http-x-api-key-header")
			}
		} else {
			switch g.intn(6) {
			case 0:
				g.s("User-Agent: ")
				g.p(userAgents)
			case 1:
				g.s("Accept: ")
				g.p(accepts)
			case 2:
				g.s("Content-Type: ")
				g.p(contentTypes)
			case 3:
				g.s("X-Request-Id: ")
				g.uuid()
			case 4:
				g.s("traceparent: ")
				g.traceparent()
			default:
				g.s("Accept-Encoding: gzip, deflate, br")
			}
		}
		g.end()
	}

	g.begin()
	g.s(resp)
	g.s("HTTP/1.1 ")
	g.p(statusLines)
	g.end()

	for i, n := 0, g.between(headerMinReply, headerMaxReply); i < n; i++ {
		g.begin()
		g.s(resp)
		if g.takeSecret() {
			g.s("Set-Cookie: session=")
			g.plant(KindSessionCookie, "http-set-cookie-header")
			g.s("; Path=/; HttpOnly; Secure; SameSite=Lax")
		} else {
			switch g.intn(5) {
			case 0:
				g.s("Content-Type: ")
				g.p(contentTypes)
			case 1:
				g.s("Content-Length: ")
				g.n(g.intn(100000))
			case 2:
				g.s("X-Request-Id: ")
				g.uuid()
			case 3:
				g.s("Cache-Control: no-store")
			default:
				g.s("Set-Cookie: theme=dark; Path=/; Max-Age=31536000")
			}
		}
		g.end()
	}
}

// ---- secrets ----

// plant appends a fresh secret of the given kind and records it.
func (g *gen) plant(kind, where string) {
	start := len(g.line)
	switch kind {
	case KindAWSAccessKey:
		g.s("AKIA")
		g.rand(base32Upper, 16)
	case KindGitHubPAT:
		g.s("ghp_")
		g.rand(alnum, 36)
	case KindSlackBot:
		g.s("xoxb-")
		g.rand(digits[1:], 1) // team and bot ids have no leading zero
		g.rand(digits, g.between(9, 12))
		g.b('-')
		g.rand(digits[1:], 1)
		g.rand(digits, g.between(9, 12))
		g.b('-')
		g.rand(alnum, 24)
	case KindStripeLive:
		g.s("sk_live_")
		g.rand(alnum, 24)
	case KindGoogleAPIKey:
		g.s("AIza")
		g.rand(b64URL, 35)
	case KindJWT:
		g.jwt()
	case KindNPMToken:
		g.s("npm_")
		g.rand(alnum, 36)
	case KindSendGrid:
		g.s("SG.")
		g.rand(b64URL, 22)
		g.b('.')
		g.rand(b64URL, 43)
	case KindPassword:
		g.rand(alnum, 2)
		g.rand(passwordChars, g.between(8, 18))
	case KindSessionCookie:
		switch g.intn(3) {
		case 0:
			g.hex(64)
		case 1:
			g.hex(32)
		default:
			g.rand(b64URL, 43)
		}
	case KindURLPassword:
		g.rand(alnum, 2)
		g.rand(urlPasswordChars, g.between(8, 18))
	case KindGenericToken:
		if g.intn(2) == 0 {
			g.hex(40)
		} else {
			g.rand(alnum, g.between(32, 40))
		}
	default:
		panic("corpus: unknown secret kind " + kind)
	}
	g.record(kind, where, start)
}

// plantAPIKey plants a secret that fits an api_key / X-Api-Key context.
func (g *gen) plantAPIKey(where string) {
	g.plant(pick(g, apiKeyKinds), where)
}

// apiKeyQuery appends a query string carrying one or two secrets.
func (g *gen) apiKeyQuery(where string) {
	switch g.intn(3) {
	case 0:
		g.s("api_key=")
		g.plantAPIKey(where)
		g.s("&format=json")
	case 1:
		g.s("page=2&token=")
		g.plant(KindGenericToken, where)
	default:
		g.s("api_key=")
		g.plantAPIKey(where)
		g.s("&token=")
		g.plant(KindGenericToken, where)
		g.s("&limit=50")
	}
}

// credURL appends scheme://user:<password>@host:port/db with a planted password.
func (g *gen) credURL(where string) {
	i := g.intn(len(credSchemes))
	g.s(credSchemes[i])
	g.s("://")
	g.p(dbUsers)
	g.b(':')
	g.plant(KindURLPassword, where)
	g.b('@')
	g.s(credHosts[i])
}

// jwt appends a JWT whose header and payload are real base64url JSON.
func (g *gen) jwt() {
	g.s(pick(g, jwtHeaders))
	g.b('.')
	p := g.scratch[:0]
	p = append(p, `{"sub":"`...)
	p = strconv.AppendInt(p, int64(g.between(1, 999999)), 10)
	p = append(p, `","name":"`...)
	p = append(p, users[g.intn(len(users))]...)
	p = append(p, `","iat":`...)
	iat := g.clk.ms/1000 - int64(g.intn(3600))
	p = strconv.AppendInt(p, iat, 10)
	p = append(p, `,"exp":`...)
	p = strconv.AppendInt(p, iat+3600, 10)
	if g.intn(2) == 0 {
		p = append(p, `,"scope":"read write"`...)
	}
	p = append(p, '}')
	g.scratch = p
	g.line = base64.RawURLEncoding.AppendEncode(g.line, p)
	g.b('.')
	if g.intn(3) == 0 {
		g.rand(b64URL, 342) // RS256
	} else {
		g.rand(b64URL, 43) // HS256
	}
}

// ---- clock ----

// clock is the synthetic wall clock; it caches the formatted second.
type clock struct {
	ms    int64
	sec   int64
	valid uint8
	iso   []byte // 2006-01-02T15:04:05
	space []byte // 2006-01-02 15:04:05
	sys   []byte // Jan _2 15:04:05
	apa   []byte // 02/Jan/2006:15:04:05 +0000
}

const (
	fISO = 1 << iota
	fSpace
	fSys
	fApache
)

func (c *clock) format(flag uint8, buf *[]byte, layout string) []byte {
	if s := c.ms / 1000; s != c.sec {
		c.sec, c.valid = s, 0
	}
	if c.valid&flag == 0 {
		*buf = time.UnixMilli(c.ms).UTC().AppendFormat((*buf)[:0], layout)
		c.valid |= flag
	}
	return *buf
}

func (c *clock) appendMillis(dst []byte, sep byte) []byte {
	f := c.ms % 1000
	return append(dst, sep, byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
}

func (c *clock) appendISO(dst []byte) []byte {
	dst = append(dst, c.format(fISO, &c.iso, "2006-01-02T15:04:05")...)
	return append(c.appendMillis(dst, '.'), 'Z')
}

func (c *clock) appendSpace(dst []byte, sep byte) []byte {
	dst = append(dst, c.format(fSpace, &c.space, "2006-01-02 15:04:05")...)
	return c.appendMillis(dst, sep)
}

func (c *clock) appendSyslog(dst []byte) []byte {
	return append(dst, c.format(fSys, &c.sys, "Jan _2 15:04:05")...)
}

func (c *clock) appendApache(dst []byte) []byte {
	return append(dst, c.format(fApache, &c.apa, "02/Jan/2006:15:04:05 -0700")...)
}

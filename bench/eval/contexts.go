package eval

import (
	"fmt"
	"strings"
)

// Text pools for realistic lines.
var (
	services   = []string{"checkout-api", "billing", "auth", "gateway", "inventory", "notifier", "search", "reports"}
	loggers    = []string{"http.client", "billing.worker", "auth.session", "payments.gateway", "scheduler", "mailer", "config"}
	levels     = []string{"info", "info", "info", "debug", "warn", "error"}
	javaLogger = []string{"c.e.orders.OrderController", "c.e.billing.InvoiceService", "o.s.web.servlet.DispatcherServlet", "c.e.auth.TokenFilter", "c.e.jobs.NightlyExport"}
	threads    = []string{"main", "nio-8080-exec-7", "scheduling-1", "ForkJoinPool.commonPool-worker-3", "kafka-consumer-0"}
	apiPaths   = []string{"/api/v1/orders", "/api/v1/charges", "/v1/messages", "/api/v2/users/4821/settings", "/graphql", "/v1/items", "/api/v1/export"}
	userAgents = []string{
		"Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
		"curl/8.5.0", "Go-http-client/2.0", "python-requests/2.31.0", "okhttp/4.12.0",
	}
	javaFrames = []string{
		"com.example.orders.OrderRepository.findById(OrderRepository.java:%d)",
		"com.example.billing.InvoiceService.charge(InvoiceService.java:%d)",
		"org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)",
		"org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:%d)",
		"com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:%d)",
		"io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:%d)",
		"java.base/java.lang.Thread.run(Thread.java:%d)",
	}
	tokenMsgs   = []string{"upstream rejected credential", "retrying with", "client initialised with", "rotated key, new value", "loaded credential"}
	tokenKeys   = []string{"value", "via", "upstream", "detail", "ref", "client"}
	urlKeys     = []string{"dsn", "db_url", "broker", "upstream"}
	curlKeys    = []string{"cmd", "command", "exec"}
	pemKeys     = []string{"pem", "key_pem", "tls_pem"}
	queryParams = []string{"access_token", "token", "key", "api_key", "sig", "auth"}
)

func (g *gen) frame() string { return fmt.Sprintf(pick(g, javaFrames), g.between(12, 900)) }

// ---- JSON helpers ----

// jsonEsc escapes s for a JSON string: quotes, backslashes and control
// bytes; everything else (slashes, non-ASCII) as is.
func jsonEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

// escFirst escapes s with its first byte written as \u00XX.
func escFirst(s string) string {
	if s == "" {
		return s
	}
	return fmt.Sprintf(`\u%04x`, s[0]) + jsonEsc(s[1:])
}

// jsonKey returns the item's JSON member name: the key spelled in a style
// for a keyed item, else a neutral name fitting its kind.
func (g *gen) jsonKey(it *item, st keyStyle) string {
	switch it.kind {
	case itemToken:
		return pick(g, tokenKeys)
	case itemURL:
		return pick(g, urlKeys)
	case itemCurl:
		return pick(g, curlKeys)
	case itemPEM:
		return pick(g, pemKeys)
	}
	return g.spell(it.words, st)
}

// member appends "key":"value" for the item.
func (g *gen) member(it *item, st keyStyle) {
	g.s(`"`, jsonEsc(g.jsonKey(it, st)), `":"`, jsonEsc(it.value()), `"`)
}

func (g *gen) jsonHead(level, logger string) {
	g.s(`{"ts":"`, g.iso(), `","level":"`, level, `","logger":"`, logger, `",`)
}

func (g *gen) jsonStyle() keyStyle {
	return pick(g, []keyStyle{styleSnake, styleCamel, styleKebab})
}

// isURL reports whether the item is written as a URL (a URL with a
// password, or a token that is the tail of a webhook URL).
func isURL(it *item) bool {
	return it.kind == itemURL || strings.HasPrefix(it.before, "https://")
}

// ---- rendering ----

// render writes the item in a context and returns the block. next is
// another item of the same rule, for contexts that plant two on a line.
func (g *gen) render(ctx string, it, next *item) block {
	switch ctx {
	case CtxJSONFlat:
		g.jsonFlat(ctx, it)
	case CtxJSONNested:
		g.jsonNested(ctx, it, next)
	case CtxJSONEscaped:
		g.jsonEscaped(ctx, it, next)
	case CtxJSONMixedCaseKey:
		g.jsonMixedCase(ctx, it)
	case CtxLogfmt:
		g.logfmt(ctx, it)
	case CtxHeaderDump:
		g.headerDump(ctx, it)
	case CtxCurl:
		g.curl(ctx, it)
	case CtxAccessLogURL:
		g.accessLog(ctx, it)
	case CtxStackTrace:
		g.stackTrace(ctx, it)
	case CtxEnvDump:
		g.envDump(ctx, it)
	case CtxCRLF:
		g.crlf = true
		switch {
		case it.kind == itemPEM:
			g.multiLine(ctx, it)
		case it.keyed():
			g.headerDump(ctx, it)
		case it.kind == itemCurl:
			g.curl(ctx, it)
		case it.kind == itemToken && g.coin():
			g.jsonFlat(ctx, it)
		default:
			g.appLine(ctx, it)
		}
	case CtxInvalidUTF8:
		g.invalidUTF8(ctx, it)
	case CtxMultiLine:
		g.multiLine(ctx, it)
	default:
		panic("eval: unknown context " + ctx)
	}
	return g.take()
}

func (g *gen) jsonFlat(ctx string, it *item) {
	g.begin()
	g.jsonHead(pick(g, levels), pick(g, loggers))
	if it.kind == itemToken && g.coin() {
		g.s(`"msg":"`, pick(g, tokenMsgs), " ", jsonEsc(it.value()), ` (attempt `)
		g.n(g.between(1, 5))
		g.s(`)"`)
	} else {
		g.s(`"msg":"`, pick(g, []string{"request completed", "configuration loaded", "job started", "client created"}), `",`)
		g.member(it, g.jsonStyle())
	}
	g.s(`,"request_id":"`)
	g.d("request-id", g.uuid())
	g.s(`","duration_ms":`)
	g.n(g.intn(5000))
	g.s("}")
	g.record(it, ctx)
	g.end()
}

func (g *gen) jsonNested(ctx string, a, b *item) {
	g.begin()
	g.jsonHead("info", "http.client")
	g.s(`"msg":"outbound request",`)
	if a.kind == itemToken || a.keyed() {
		g.s(`"req":{"method":"POST","url":"https://api.example.com`, pick(g, apiPaths), `","headers":{"accept":"application/json",`)
		if a.kind == itemToken && !isURL(a) && g.coin() {
			g.s(`"authorization":"Bearer `, a.value(), `"`)
		} else {
			g.member(a, styleKebab)
		}
		g.s(`,"x-request-id":"`)
		g.d("request-id", g.uuid())
		g.s(`"}},`)
	} else {
		g.s(`"job":{"name":"nightly-export","spec":{"retries":3,`)
		g.member(a, styleSnake)
		g.s(`}},`)
	}
	g.s(`"resp":{"status":201,"bytes":`)
	g.n(g.intn(90000))
	g.s(`},"items":[{"id":1,"sku":"A-100","ok":true},{"id":2,`)
	g.member(b, g.jsonStyle())
	g.s(`}],"trace_id":"`)
	g.d("trace-id", g.hex(32))
	g.s(`"}`)
	g.record(a, ctx)
	g.record(b, ctx)
	g.end()
}

// jsonEscaped plants a with the first byte of its secret \u-escaped (and
// URLs with escaped slashes), and b in JSON serialized inside a JSON string.
func (g *gen) jsonEscaped(ctx string, a, b *item) {
	g.begin()
	g.jsonHead("debug", pick(g, []string{"webhook", "queue.consumer", "audit"}))
	v := jsonEsc(a.before) + escFirst(a.secret) + jsonEsc(a.after)
	if a.kind == itemURL || strings.HasPrefix(a.before, "https://") {
		v = strings.ReplaceAll(v, "/", `\/`)
	}
	if a.kind == itemToken {
		g.s(`"msg":"`, pick(g, tokenMsgs), " ", v, `",`)
	} else {
		g.s(`"`, jsonEsc(g.jsonKey(a, g.jsonStyle())), `":"`, v, `",`)
	}
	inner := `{"event":"` + pick(g, []string{"charge.failed", "user.login", "deploy.started"}) + `","` +
		jsonEsc(g.jsonKey(b, g.jsonStyle())) + `":"` + jsonEsc(b.value()) + `","attempt":2}`
	g.s(`"body":"`, jsonEsc(inner), `","request_id":"`)
	g.d("request-id", g.uuid())
	g.s(`"}`)
	g.record(a, ctx)
	g.record(b, ctx)
	g.end()
}

func (g *gen) jsonMixedCase(ctx string, it *item) {
	g.begin()
	g.s(`{"Timestamp":"`, g.iso(), `","Level":"Information","MessageTemplate":"Configured {Client}","Properties":{"SourceContext":"Acme.Billing.Client",`)
	var key string
	switch it.kind {
	case itemToken:
		if isURL(it) {
			key = pick(g, []string{"WebhookUrl", "NOTIFY_URL"})
		} else {
			key = pick(g, []string{"ApiKey", "AccessToken", "CLIENT_SECRET", "X-Api-Key"})
		}
	case itemURL:
		key = pick(g, []string{"ConnectionString", "DATABASE_URL", "Dsn"})
	case itemPEM:
		key = pick(g, []string{"SigningKeyPem", "TLS_KEY_PEM"})
	default:
		key = g.spell(it.words, pick(g, []keyStyle{stylePascal, styleUpperSnake, styleUpperKebab, styleRandom, styleHeader}))
	}
	g.s(`"`, jsonEsc(key), `":"`, jsonEsc(it.value()), `","RequestId":"`)
	g.d("request-id", g.uuid())
	g.s(`","Elapsed":`)
	g.n(g.intn(900))
	g.s(`.`)
	g.n(g.between(100, 999))
	g.s(`}}`)
	g.record(it, ctx)
	g.end()
}

// logfmtValue quotes a logfmt value when it needs it.
func logfmtValue(v string) string {
	if strings.ContainsAny(v, " \"=;\n\\'") {
		return `"` + jsonEsc(v) + `"`
	}
	return v
}

func (g *gen) logfmt(ctx string, it *item) {
	g.begin()
	g.s("ts=", g.iso(), " level=", pick(g, levels), ` msg="`)
	if it.kind == itemToken && g.coin() {
		g.s(pick(g, tokenMsgs), " ", it.value(), `"`)
	} else {
		g.s(pick(g, []string{"request completed", "config reloaded", "connected to upstream", "job finished"}), `" `)
		switch it.kind {
		case itemToken:
			g.s(pick(g, []string{"via", "cred", "upstream"}), "=", it.value())
		case itemURL:
			g.s("dsn=", it.value())
		case itemCurl:
			g.s("cmd=", logfmtValue(it.value()))
		case itemPEM:
			g.s("key_pem=", logfmtValue(it.value()))
		default:
			g.s(g.spell(it.words, pick(g, []keyStyle{styleSnake, styleKebab, styleCamel})), "=", logfmtValue(it.value()))
		}
	}
	g.s(" service=", pick(g, services), " request_id=")
	g.d("request-id", g.uuid())
	g.s(" ")
	g.d("token-count", fmt.Sprintf("token_count=%d", g.intn(100000)))
	g.s(" dur=")
	g.n(g.intn(2000))
	g.s("ms")
	g.record(it, ctx)
	g.end()
}

// headerDump writes a request (or, for Set-Cookie and Location, a
// response) as a header dump, the secret in one header line.
func (g *gen) headerDump(ctx string, it *item) {
	mark := pick(g, []string{"> ", "", "\t"})
	resp := it.kind == itemSetCookie || isURL(it)
	in, out := mark, mark
	if mark == "> " {
		out = "< "
	}
	path := pick(g, apiPaths)
	host := pick(g, []string{"api.example.com", "billing.internal:8443", "hooks.example.org"})
	if resp {
		g.hdr(in, "GET "+path+" HTTP/1.1")
		g.hdr(in, "Host: "+host)
		g.hdr(out, "HTTP/1.1 302 Found")
		g.begin()
		g.s(out, "Date: ", g.httpDate())
		g.end()
	} else {
		g.hdr(in, "POST "+path+" HTTP/1.1")
		g.hdr(in, "Host: "+host)
		g.hdr(in, "User-Agent: "+pick(g, userAgents))
	}
	mk := in
	if resp {
		mk = out
	}
	g.begin()
	g.s(mk)
	switch {
	case isURL(it):
		g.s(pick(g, []string{"Location: ", "Content-Location: "}), it.value())
	case it.kind == itemToken:
		h := pick(g, []string{"Authorization: Bearer ", "Authorization: token ", "X-Api-Key: ", "X-Upstream-Token: "})
		g.s(h, it.value())
	case it.kind == itemKey:
		g.s(g.headerName(it), ": ", it.value())
	case it.kind == itemAuth, it.kind == itemCookie:
		name := g.spell(it.words, styleHeader)
		g.s(name, ": ", it.value())
		if it.kind == itemAuth {
			g.keep("auth-scheme", name+": "+strings.TrimSpace(it.before))
		}
	case it.kind == itemSetCookie:
		g.s(g.spell(it.words, styleHeader), ": ", it.value())
		g.keep("cookie-attributes", it.after)
	default:
		panic("eval: no header form for " + it.rule.ID)
	}
	g.record(it, ctx)
	g.end()
	if resp {
		g.hdr(out, "Content-Length: 0")
	} else {
		g.hdr(in, "Accept: application/json")
		g.begin()
		g.s(in, "X-Request-Id: ")
		g.d("request-id", g.uuid())
		g.end()
		g.begin()
		g.s(in, "Content-Type: application/json")
		g.end()
	}
	if mark == "> " {
		g.hdr(in, "")
	}
}

func (g *gen) hdr(mark, text string) {
	g.begin()
	g.s(strings.TrimRight(mark+text, " "))
	g.end()
}

// httpsURL rewrites a URL item to the https scheme (a curl command or a
// referer carries no database URL).
func httpsURL(it *item) {
	if i := strings.Index(it.before, "://"); i >= 0 && it.before[:i] != "https" {
		user := it.before[i+3:]
		if user == ":" {
			user = "admin:"
		}
		it.before = "https://" + user
		it.after = "@console.example.com/admin/queues"
	}
}

func (g *gen) curl(ctx string, it *item) {
	g.begin()
	g.s("+ ")
	url := "https://api.example.com" + pick(g, apiPaths)
	switch {
	case it.kind == itemToken && isURL(it):
		g.s("curl -sS -X POST -H 'Content-Type: application/json' --data '{\"text\":\"deploy finished\"}' ", it.value())
	case it.kind == itemToken:
		g.s("curl -sS -X POST -H 'Content-Type: application/json' -H '",
			pick(g, []string{"Authorization: Bearer ", "X-Api-Key: ", "Authorization: token "}), it.value(), "' ", url, ` -d '{"amount":1200}'`)
	case it.kind == itemKey:
		switch it.form % 3 {
		case 0:
			g.s("curl -sS -H '", g.headerName(it), ": ", it.value(), "' ", url)
		case 1:
			g.s("curl -sS -X POST ", url, " -d 'user=bob&", g.spell(it.words, styleSnake), "=", it.value(), "&remember=1'")
		default:
			g.s("curl -sS '", url, "?", g.spell(it.words, styleSnake), "=", it.value(), "&page=2'")
		}
	case it.kind == itemAuth:
		g.s("curl -sS -H '", g.spell(it.words, styleHeader), ": ", it.value(), "' ", url)
	case it.kind == itemCookie:
		if it.form%2 == 0 {
			g.s("curl -sS -H '", g.spell(it.words, styleHeader), ": ", it.value(), "' ", url)
		} else {
			g.s("curl -sS --cookie '", it.value(), "' ", url)
		}
	case it.kind == itemURL:
		httpsURL(it)
		g.s("curl -fsSL ", it.value(), " -o /tmp/out.json")
	case it.kind == itemCurl:
		g.s(it.value())
	default:
		panic("eval: no curl form for " + it.rule.ID)
	}
	g.record(it, ctx)
	g.end()
}

// urlSafe reports whether a token can stand in a URL path unencoded.
func urlSafe(it *item) bool { return !strings.ContainsAny(it.value(), "/?#%&+= ") }

func (g *gen) accessLog(ctx string, it *item) {
	g.begin()
	g.s(fmt.Sprintf("10.%d.%d.%d - - [", g.intn(256), g.intn(256), g.between(1, 254)), g.apache(), `] "`)
	method := pick(g, []string{"GET", "GET", "POST", "DELETE"})
	g.s(method, " ")
	referer := "-"
	tail := ""
	switch it.kind {
	case itemToken:
		switch {
		case strings.Contains(it.prefix, "/"):
			g.s("/api/v1/integrations/test?callback=", it.value())
		case urlSafe(it) && g.coin():
			g.s("/api/v1/hooks/", it.value(), "/deliveries")
		default:
			g.s(pick(g, apiPaths), "?", pick(g, queryParams), "=", it.value())
		}
	case itemKey:
		g.s(pick(g, apiPaths), "?", g.spell(it.words, pick(g, []keyStyle{styleSnake, styleCamel, styleKebab})), "=", it.value())
	case itemAuth:
		if strings.ContainsAny(it.secret, "+/=") { // Basic: base64 would be %-encoded
			it.before, it.secret = "Bearer ", g.mixedAlnum(32)
		}
		g.s(pick(g, apiPaths), "?", g.spell(it.words, styleSnake), "=", strings.ReplaceAll(it.value(), " ", "%20"))
	case itemURL:
		httpsURL(it)
		g.s(pick(g, apiPaths))
		referer = it.value()
	default:
		panic("eval: no access-log form for " + it.rule.ID)
	}
	if referer == "-" {
		tail = "&page=" + fmt.Sprint(g.between(2, 9))
		g.d("query", tail)
	}
	g.s(` HTTP/1.1" `, pick(g, []string{"200", "200", "401", "403", "302"}), " ")
	g.n(g.intn(90000))
	g.s(` "`, referer, `" "`, pick(g, userAgents), `" rt=0.`)
	g.n(g.between(100, 999))
	g.record(it, ctx)
	g.end()
}

// fragment returns the item as free text in a log message.
func (g *gen) fragment(it *item, pemSep string) string {
	switch it.kind {
	case itemToken:
		return pick(g, []string{"credential ", "token ", "key ", ""}) + it.value()
	case itemKey:
		return g.spell(it.words, pick(g, []keyStyle{styleSnake, styleCamel})) + "=" + it.value()
	case itemAuth, itemCookie, itemSetCookie:
		return g.spell(it.words, styleHeader) + ": " + it.value()
	case itemURL, itemCurl:
		return it.value()
	case itemPEM:
		if pemSep == "" {
			it.pemLines = []string{strings.Join(it.pemLines, "")}
		}
		return it.pem(pemSep)
	}
	panic("eval: unknown item kind")
}

func (g *gen) stackTrace(ctx string, it *item) {
	g.begin()
	g.s(g.spring(), " ERROR 1 --- [", pick(g, threads), "] ", pick(g, javaLogger), " : Request processing failed")
	g.end()
	var msg string
	switch it.kind {
	case itemToken:
		msg = "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: credential " + it.value() + " was revoked"
	case itemKey:
		msg = "java.lang.IllegalArgumentException: invalid settings: " + g.fragment(it, "") + ", retries=3"
	case itemAuth:
		msg = "feign.FeignException$Unauthorized: [401] during [GET] to [https://api.example.com/v1/me]: request had " + g.fragment(it, "")
	case itemCookie:
		msg = "java.lang.IllegalStateException: rejected request header " + g.fragment(it, "")
	case itemSetCookie:
		msg = "java.lang.IllegalArgumentException: invalid response header " + g.fragment(it, "")
	case itemURL:
		msg = "java.net.ConnectException: failed to connect to " + it.value() + ": Connection refused"
	case itemCurl:
		msg = "java.io.IOException: command failed with exit code 22: " + it.value()
	case itemPEM:
		msg = "java.security.spec.InvalidKeySpecException: cannot parse key: " + g.fragment(it, pick(g, []string{"", " "}))
	}
	cause := g.coin()
	g.begin()
	if cause {
		g.s("java.lang.IllegalStateException: Failed to obtain JDBC Connection")
	} else {
		g.s(msg)
		g.record(it, ctx)
	}
	g.end()
	for i, n := 0, g.between(2, 5); i < n; i++ {
		g.begin()
		g.s("\tat ", g.frame())
		g.end()
	}
	if cause {
		g.begin()
		g.s("Caused by: ", msg)
		g.record(it, ctx)
		g.end()
		for i, n := 0, g.between(2, 4); i < n; i++ {
			g.begin()
			g.s("\tat ", g.frame())
			g.end()
		}
		g.begin()
		g.s("\t... ")
		g.n(g.between(5, 80))
		g.s(" more")
		g.end()
	}
}

// envName makes an environment variable name of a rule id.
func envName(id string) string {
	n := strings.ToUpper(strings.NewReplacer("-", "_", ".", "_").Replace(id))
	if n != "" && '0' <= n[0] && n[0] <= '9' {
		n = "APP_" + n
	}
	return n
}

func (g *gen) envDump(ctx string, it *item) {
	g.begin()
	g.s(pick(g, []string{"+ env", "$ printenv", "+ export -p", "environment of pid 1:"}))
	g.end()
	g.envClean()
	var name string
	switch it.kind {
	case itemToken:
		name = envName(it.rule.ID)
	case itemKey:
		name = g.spell(it.words, styleUpperSnake)
		if g.coin() {
			name = "APP_" + name
		}
	case itemAuth, itemCookie:
		name = "HTTP_" + g.spell(it.words, styleUpperSnake)
	case itemURL:
		name = pick(g, []string{"DATABASE_URL", "BROKER_URL", "CACHE_URL"})
	case itemCurl:
		name = "HEALTHCHECK_CMD"
	case itemPEM:
		name = "TLS_KEY"
	}
	if it.kind == itemPEM {
		g.begin()
		g.s(name, "=-----BEGIN ", it.pemType, "-----")
		g.end()
		for _, l := range it.pemLines {
			g.begin()
			g.s(l)
			g.recordValue(it, ctx, l)
			g.end()
		}
		g.begin()
		g.s("-----END ", it.pemType, "-----")
		g.end()
	} else {
		g.begin()
		switch g.intn(3) {
		case 0:
			g.s(name, "=", it.value())
		case 1:
			g.s("export ", name, `="`, it.value(), `"`)
		default:
			g.s("declare -x ", name, `="`, it.value(), `"`)
		}
		g.record(it, ctx)
		g.end()
	}
	g.envClean()
}

// envClean writes one or two clean environment lines with decoys.
func (g *gen) envClean() {
	for i, n := 0, g.between(1, 2); i < n; i++ {
		g.begin()
		switch g.intn(7) {
		case 0:
			g.s("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin")
		case 1:
			g.s("SESSION_TIMEOUT=")
			g.n(g.between(5, 120))
			g.keep("session-timeout", string(g.cur.b))
		case 2:
			g.d("max-tokens", fmt.Sprintf("MAX_TOKENS=%d", 512<<g.intn(4)))
		case 3:
			g.d("password-policy", "PASSWORD_POLICY="+pick(g, []string{"strict", "standard", "nist-800-63b"}))
		case 4:
			g.d("pwd-path", "PWD=/home/"+pick(g, basicUsers)+"/src")
		case 5:
			g.s("HOSTNAME=web-")
			g.d("hex-id", g.hex(10))
		default:
			g.d("path", "HOME=/home/app")
		}
		g.end()
	}
}

// appLine writes a Spring-style text line with the item in its message.
func (g *gen) appLine(ctx string, it *item) {
	g.begin()
	g.s(g.spring(), "  INFO 1 --- [", pick(g, threads), "] ", pick(g, javaLogger), " : ")
	switch it.kind {
	case itemURL:
		g.s("connecting to ", it.value(), " (pool=", pick(g, []string{"primary", "replica"}), ")")
	case itemToken:
		g.s(pick(g, tokenMsgs), " ", it.value(), " for tenant ")
		g.n(g.between(1, 999))
	default:
		g.s(pick(g, tokenMsgs), " ", g.fragment(it, " "), " for tenant ")
		g.n(g.between(1, 999))
	}
	g.record(it, ctx)
	g.end()
}

func (g *gen) invalidUTF8(ctx string, it *item) {
	g.begin()
	g.s(g.spring(), " WARN 1 --- [netty-io-3] c.e.gw.FrameDecoder : bad frame \xff\xfe\x01\x00 ")
	if it.kind == itemToken && g.coin() {
		g.s("\xff\xfe", it.value(), "\x00\x1b[0m")
	} else {
		g.s(g.fragment(it, " "), "\x00 ")
	}
	g.s(" trailing \xc3\x28\xa0 len=")
	g.n(g.between(10, 9999))
	g.s(" \xe2\x82")
	g.record(it, ctx)
	g.end()
}

// multiLine writes a PEM block across lines: in a YAML dump, or after a
// log line announcing it.
func (g *gen) multiLine(ctx string, it *item) {
	indent := ""
	g.begin()
	if g.coin() {
		indent = pick(g, []string{"  ", "    "})
		g.s(indent[2:], "tls.key: |")
	} else {
		g.s(g.spring(), " DEBUG 1 --- [main] c.e.security.KeyLoader : loaded key material:")
	}
	g.end()
	g.begin()
	g.s(indent, "-----BEGIN ", it.pemType, "-----")
	g.end()
	for _, l := range it.pemLines {
		g.begin()
		g.s(indent, l)
		g.recordValue(it, ctx, l)
		g.end()
	}
	g.begin()
	g.s(indent, "-----END ", it.pemType, "-----")
	g.end()
}

// ---- long lines ----

type longItem struct{ json, text *item }

// longJSON writes one JSON line of at least 200 KiB: a deep stack trace in
// a string up to 150 KiB, then every item as a member, then more trace.
func (g *gen) longJSON(items []*longItem) block {
	g.begin()
	g.jsonHead("error", "dump")
	g.s(`"msg":"unhandled exception","error":"java.lang.StackOverflowError`)
	for len(g.cur.b) < longSecretsAt {
		g.s(`\n\tat `, g.frame())
	}
	g.s(`"`)
	for i, li := range items {
		it := li.json
		g.s(",")
		switch it.kind {
		case itemToken:
			g.s(fmt.Sprintf(`"note_%d":"`, i), jsonEsc(it.value()), `"`)
		case itemURL, itemCurl, itemPEM:
			g.s(fmt.Sprintf(`"%s_%d":"`, g.jsonKey(it, styleSnake), i), jsonEsc(it.value()), `"`)
		default:
			g.member(it, g.jsonStyle())
		}
		g.record(it, CtxLongLine)
		if i%4 == 3 {
			g.s(fmt.Sprintf(`,"request_%d":"`, i))
			g.d("request-id", g.uuid())
			g.s(`"`)
		}
	}
	g.s(`,"tail":"`)
	for len(g.cur.b) < longLineLen {
		g.s(`\tat `, g.frame(), `\n`)
	}
	g.s(`"}`)
	g.end()
	return g.take()
}

// longText writes one text line of at least 200 KiB: frames separated by
// " | " up to 150 KiB, then every item, then more frames.
func (g *gen) longText(items []*longItem) block {
	g.begin()
	g.s(g.spring(), " ERROR 1 --- [main] c.e.Dump : state dump:")
	for len(g.cur.b) < longSecretsAt {
		g.s(" | at ", g.frame())
	}
	for i, li := range items {
		it := li.text
		g.s(" | ", g.fragment(it, " "), " | at ", g.frame())
		g.record(it, CtxLongLine)
		if i%4 == 3 {
			g.s(" | request_id=")
			g.d("request-id", g.uuid())
		}
	}
	for len(g.cur.b) < longLineLen {
		g.s(" | at ", g.frame())
	}
	g.end()
	return g.take()
}

package eval

import "fmt"

// Clean lines: realistic lines without a secret, full of decoys that a
// scrubber must leave alone, each recorded with its exact text.

var (
	policies     = []string{"strict", "standard", "legacy", "nist-800-63b"}
	authStatuses = []string{"approved", "denied", "pending", "granted"}
	filePaths    = []string{"/var/log/app/app.log", "/srv/app/releases/20240305/app-1.4.2.jar", "/etc/nginx/conf.d/default.conf",
		"/home/deploy/.cache/pip/wheels", "/opt/data/exports/export-2024-03-05.csv.gz", "C:\\ProgramData\\Acme\\agent.log"}
	plainURLs = []string{"https://www.example.com/cart?page=2&limit=50", "https://docs.example.com/api/authentication#tokens",
		"https://github.com/acme/app/commit/", "https://registry.example.com/v2/acme/app/manifests/1.4.2",
		"https://api.example.com/v1/tokens/usage?from=2024-03-01", "https://status.example.io/"}
	prose = []string{"Authorization failed for user bob", "password changed for user alice", "token refreshed for tenant 42",
		"session started for carol", "cookie consent banner shown", "No password encoder configured, using default",
		"api key rotated by admin", "Authorization header missing, returning 401", "secret rotation scheduled for 02:00 UTC"}
)

func (g *gen) cleanBlock() block {
	switch g.intn(11) {
	case 0:
		g.cleanDeployJSON()
	case 1:
		g.cleanLogfmt()
	case 2:
		g.cleanResponseDump()
	case 3:
		g.cleanPlaceholdersJSON()
	case 4:
		g.cleanPlaceholdersText()
	case 5:
		g.cleanAppLog()
	case 6:
		g.cleanAccessLog()
	case 7:
		g.begin()
		g.s(g.spring(), "  INFO 1 --- [main] c.e.Env : environment:")
		g.end()
		g.envClean()
		g.envClean()
	case 8:
		g.cleanIDs()
	case 9:
		g.cleanProse()
	default:
		g.cleanScalars()
	}
	return g.take()
}

func (g *gen) cleanDeployJSON() {
	g.begin()
	g.jsonHead("info", "deploy")
	g.s(`"msg":"deploy finished",`)
	g.d("git-sha", `"commit":"`+g.hex(40)+`"`)
	g.s(`,"image":"registry.example.com/acme/app@`)
	g.d("digest", "sha256:"+g.hex(64))
	g.s(`","request_id":"`)
	g.d("request-id", g.uuid())
	g.s(`","trace_id":"`)
	g.d("trace-id", g.hex(32))
	g.s(`","span_id":"`)
	g.d("span-id", g.hex(16))
	g.s(`",`)
	g.d("token-count", fmt.Sprintf(`"token_count":%d`, g.intn(100000)))
	g.s(",")
	g.d("max-tokens", fmt.Sprintf(`"max_tokens":%d`, 256<<g.intn(6)))
	g.s(",")
	g.d("session-timeout", fmt.Sprintf(`"session_timeout":%d`, g.between(5, 120)))
	g.s(",")
	g.d("password-policy", `"password_policy":"`+pick(g, policies)+`"`)
	g.s(",")
	g.d("authorization-status", `"authorization_status":"`+pick(g, authStatuses)+`"`)
	g.s(`,"artifact":"`)
	g.d("path", pick(g, filePaths[:5]))
	g.s(`","docs":"`)
	g.d("url", pick(g, plainURLs))
	g.s(`",`)
	g.d("boolean", `"cached":`+pick(g, []string{"true", "false"}))
	g.s(",")
	g.d("null", `"parent_id":null`)
	g.s("}")
	g.end()
}

func (g *gen) cleanLogfmt() {
	g.begin()
	g.s("ts=", g.iso(), " level=info msg=\"", pick(g, []string{"cache refreshed", "quota checked", "login policy evaluated"}), "\" ")
	g.d("token-count", fmt.Sprintf("token_count=%d", g.intn(100000)))
	g.s(" ")
	g.d("max-tokens", fmt.Sprintf("max_tokens=%d", 256<<g.intn(6)))
	g.s(" ")
	g.d("session-timeout", fmt.Sprintf("session_timeout=%dm", g.between(5, 120)))
	g.s(" ")
	g.d("password-policy", "password_policy="+pick(g, policies))
	g.s(" ")
	g.d("authorization-status", "authorization_status="+pick(g, authStatuses))
	g.s(" ")
	g.d("sha256", "sha256="+g.hex(64))
	g.s(" commit=")
	g.d("git-sha", g.hex(40))
	g.s(" span_id=")
	g.d("span-id", g.hex(16))
	g.s(" path=")
	g.d("path", pick(g, filePaths[:5]))
	g.s(" url=")
	g.d("url", pick(g, plainURLs))
	g.s(" ok=true")
	g.end()
}

func (g *gen) cleanResponseDump() {
	mark := pick(g, []string{"< ", ""})
	g.hdr(mark, "HTTP/1.1 200 OK")
	g.hdr(mark, "Content-Type: application/json; charset=utf-8")
	g.begin()
	g.s(mark)
	g.d("etag", `etag: "`+g.hex(32)+`"`)
	g.end()
	g.begin()
	g.s(mark)
	g.d("digest", "digest: sha256:"+g.hex(64))
	g.end()
	g.begin()
	g.s(mark, "X-Request-Id: ")
	g.d("request-id", g.uuid())
	g.end()
	g.begin()
	g.s(mark, "traceparent: 00-")
	g.d("trace-id", g.hex(32))
	g.s("-")
	g.d("span-id", g.hex(16))
	g.s("-01")
	g.end()
	g.begin()
	g.s(mark)
	g.d("authorization-status", "X-Authorization-Status: "+pick(g, authStatuses))
	g.end()
	g.hdr(mark, "Cache-Control: no-store")
}

func (g *gen) cleanPlaceholdersJSON() {
	g.begin()
	g.jsonHead("info", "config")
	g.s(`"msg":"configuration loaded","config":{`)
	for i, m := range []string{`"password":"***"`, `"api_key":"<redacted>"`, `"token":"${API_TOKEN}"`,
		`"client_secret":"%s"`, `"session":null`, `"secret":""`, `"db_password":"[REDACTED:password]"`, `"auth_token":"{{auth_token}}"`} {
		if i > 0 {
			g.s(",")
		}
		kind := "placeholder"
		if m == `"session":null` {
			kind = "null"
		}
		if m == `"db_password":"[REDACTED:password]"` {
			kind = "replacement"
		}
		g.d(kind, m)
	}
	g.s(`,"pool_size":`)
	g.n(g.between(2, 64))
	g.s("}}")
	g.end()
}

func (g *gen) cleanPlaceholdersText() {
	g.begin()
	g.s(g.spring(), "  INFO 1 --- [main] c.e.Config : resolved ")
	for i, p := range []string{"password=***", "api_key=<redacted>", "token=${API_TOKEN}", "session_id={{session_id}}",
		"pwd=%s", "secret=[REDACTED:api-key]", "x-api-key: ***"} {
		if i > 0 {
			g.s(" ")
		}
		kind := "placeholder"
		if p == "secret=[REDACTED:api-key]" {
			kind = "replacement"
		}
		g.d(kind, p)
	}
	g.end()
}

func (g *gen) cleanAppLog() {
	g.begin()
	g.s(g.spring(), "  INFO 1 --- [", pick(g, threads), "] c.e.Deploy : deployed ")
	g.d("git-sha", "commit "+g.hex(40))
	g.s(" in ")
	g.n(g.between(5, 300))
	g.s("s, artifact ")
	g.d("path", pick(g, filePaths))
	g.s(", ")
	g.d("digest", "digest: sha256:"+g.hex(64))
	g.s(", see ")
	g.d("url", pick(g, plainURLs))
	g.end()
}

func (g *gen) cleanAccessLog() {
	g.begin()
	g.s(fmt.Sprintf("192.168.%d.%d - - [", g.intn(256), g.between(1, 254)), g.apache(), `] "GET `, pick(g, apiPaths), "?")
	g.d("query", "page=2&limit=50")
	g.s("&")
	g.d("token-count", fmt.Sprintf("token_count=%d", g.intn(1000)))
	g.s("&")
	g.d("max-tokens", fmt.Sprintf("max_tokens=%d", 256<<g.intn(6)))
	g.s("&")
	g.d("session-timeout", "session_timeout=30")
	g.s(` HTTP/1.1" 200 `)
	g.n(g.intn(90000))
	g.s(` "`)
	g.d("url", pick(g, plainURLs))
	g.s(`" "`, pick(g, userAgents), `"`)
	g.end()
}

// cleanIDs writes values under sensitive keys that are not secrets: hex
// ids, object dumps, numbers, short values and paths.
func (g *gen) cleanIDs() {
	g.begin()
	g.s(g.spring(), " DEBUG 1 --- [main] c.e.Cache : stats ")
	g.d("hex-id", "sessionid 0x"+g.hex(15))
	g.s(" ")
	g.d("object-dump", "token=Token{"+g.hex(7)+" ActivityRecord{"+g.hex(7)+" u0}}")
	g.s(" ")
	g.d("number", fmt.Sprintf("api_key=%d", g.between(10000000, 99999999)))
	g.s(" ")
	g.d("short-value", "token=abc")
	g.s(" ")
	g.d("pwd-path", "PWD=/home/"+pick(g, basicUsers)+"/src")
	g.s(" ")
	g.d("uuid", "request="+g.uuid())
	g.end()
}

func (g *gen) cleanProse() {
	g.begin()
	g.s(g.spring(), "  ", pick(g, []string{"INFO", "WARN"}), " 1 --- [", pick(g, threads), "] ", pick(g, javaLogger), " : ")
	g.d("prose", pick(g, prose))
	g.end()
}

func (g *gen) cleanScalars() {
	g.begin()
	g.jsonHead("info", "stats")
	g.s(`"msg":"pool stats",`)
	g.d("number", fmt.Sprintf(`"retries":%d`, g.between(0, 9)))
	g.s(",")
	g.d("number", fmt.Sprintf(`"ratio":0.%d`, g.between(10, 99)))
	g.s(",")
	g.d("boolean", `"enabled":true`)
	g.s(",")
	g.d("boolean", `"dry_run":false`)
	g.s(",")
	g.d("null", `"parent_span_id":null`)
	g.s(",")
	g.d("number", fmt.Sprintf(`"port":%d`, pick(g, []int{5432, 6379, 8080, 443})))
	g.s(`,"id":"`)
	g.d("uuid", g.uuid())
	g.s(`"}`)
	g.end()
}

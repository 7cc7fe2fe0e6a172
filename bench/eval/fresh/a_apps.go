package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half a (development), application logs.
var aApps = []Template{
	{"a/pino-request", 8, aPinoRequest},
	{"a/node-inspect-ansi", 4, aNodeInspectANSI},
	{"a/node-config-dump", 2, aNodeConfigDump},
	{"a/python-logging", 6, aPythonLogging},
	{"a/python-traceback", 2, aPythonTraceback},
	{"a/spring-boot", 5, aSpringBoot},
	{"a/java-stacktrace", 2, aJavaStack},
	{"a/go-zap", 6, aGoZap},
	{"a/rails-request", 3, aRailsRequest},
	{"a/har-entry", 4, aHAREntry},
	{"a/sequelize", 4, aSequelize},
	{"a/stripe-webhook", 3, aStripeWebhook},
	{"a/github-webhook", 3, aGitHubWebhook},
	{"a/prose", 6, aProse},
	{"a/oauth-token-response", 3, aOAuthResponse},
	{"a/gcp-sa-json", 2, aGCPServiceAccount},
}

func aPinoRequest(b *B) {
	var hdr []string
	hdr = append(hdr, `"host":"api.example.com"`, `"accept":"application/json"`)
	switch b.r.IntN(6) {
	case 0:
		hdr = append(hdr, `"authorization":"Bearer `+b.Sec(b.Pick("jwt", "bearer_opaque"))+`"`)
	case 1:
		hdr = append(hdr, `"cookie":"connect.sid=`+b.Sec("connect_sid")+`; theme=dark"`)
	case 2:
		hdr = append(hdr, `"x-api-key":"`+b.Sec(b.Pick("api_key_generic", "google_api_key"))+`"`)
	case 3:
		hdr = append(hdr, `"authorization":"Basic `+b.Sec("basic_auth")+`"`)
	case 4:
		hdr = append(hdr, `"if-none-match":"`+b.HarmJ("etag")+`"`)
	default:
		hdr = append(hdr, `"traceparent":"`+b.Harm("traceparent")+`"`)
	}
	hdr = append(hdr, `"x-request-id":"`+b.Harm("uuid")+`"`)
	b.EmitJSON(fmt.Sprintf(`{"level":30,"time":%d,"pid":%d,"hostname":"%s","req":{"id":%d,"method":"%s","url":"%s","headers":{%s},"remoteAddress":"::ffff:%s"},"res":{"statusCode":%d},"responseTime":%d,"msg":"request completed"}`,
		aTime(b).UnixMilli(), b.N(1, 300), b.HG("k8s_name"), b.N(1, 99999), b.Pick("GET", "POST", "PUT"), b.Pick("/v1/me", "/v1/orders", "/graphql", "/v1/payments/intent"), strings.Join(hdr, ","), ip4(b.r), b.PickI(200, 201, 401, 403, 500), b.N(1, 900)))
}

const (
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiBold   = "\x1b[1m"
	ansiReset  = "\x1b[39m"
	ansiGrey   = "\x1b[90m"
	ansiOff    = "\x1b[22m"
)

func aNodeInspectANSI(b *B) {
	str := func(v string) string { return ansiGreen + "'" + v + "'" + ansiReset }
	num := func(v string) string { return ansiYellow + v + ansiReset }
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("%s[auth]%s login attempt { user: %s, password: %s, remember: %s }", ansiGrey, ansiReset, str(b.Harm("email")), str(b.Sec(b.Pick("password_human", "password_generated"))), num("true"))
	case 1:
		b.Emitf("{ apiKey: %s, retries: %s, timeoutMs: %s }", str(b.Sec(b.Pick("sendgrid", "stripe_secret", "api_key_generic", "linear"))), num("3"), num("5000"))
	case 2:
		b.Emitf("{ %s, %s, scope: %s }", b.KV("status_word", "tokenType: ", str("Bearer")), b.KV("sensitive_name_number", "expiresIn: ", num("3600")), str(b.Harm("scope")))
	default:
		b.Emitf("%s%s%s server listening on %s", ansiBold, "ready", ansiOff, str("http://0.0.0.0:3000"))
	}
}

func aNodeConfigDump(b *B) {
	b.Emit("Loaded config: {")
	b.Emitf("  env: 'production',")
	b.Emitf("  db: { host: 'db.internal', user: 'app', password: '%s' },", b.Sec(b.Pick("password_human", "password_generated", "password_urlsafe")))
	b.Emitf("  redisUrl: 'redis://:%s@cache.internal:6379/0',", b.Sec("password_urlsafe"))
	b.Emitf("  stripe: { secretKey: '%s', publishableKey: '%s' },", b.Sec("stripe_secret"), b.Harm("stripe_pk"))
	if b.Chance(0.5) {
		b.Emitf("  twilio: { accountSid: '%s', apiKey: '%s', apiSecret: '%s' },", b.Harm("twilio_sid"), b.Sec("twilio_api_key"), b.Sec("api_key_generic"))
	}
	b.Emitf("  sessionCookie: { name: 'connect.sid', %s, secure: true },", b.KV("number", "maxAge: ", "86400000"))
	b.Emit("}")
}

func aPyTime(b *B) string { return aTime(b).Format("2006-01-02 15:04:05,000") }

func aPythonLogging(b *B) {
	t := aPyTime(b)
	mod := b.Pick("app.db", "app.clients.billing", "celery.worker", "app.auth")
	switch b.r.IntN(9) {
	case 0:
		b.Emitf("%s - %s - INFO - connecting to postgresql://app:%s@db.internal:5432/app", t, mod, b.Sec("password_urlsafe"))
	case 1:
		b.Emitf("%s - %s - WARNING - retrying GET https://api.example.com/v1/items?api_key=%s (attempt 2/5)", t, mod, b.Sec("api_key_generic"))
	case 2:
		b.Emitf("%s - %s - DEBUG - headers={'User-Agent': 'python-requests/2.31.0', 'Authorization': 'token %s'}", t, mod, b.Sec(b.Pick("github_ghp", "github_gho")))
	case 3:
		b.Emitf("%s - %s - INFO - task %s succeeded in %s", t, mod, b.Harm("uuid"), b.Harm("duration"))
	case 4:
		b.Emitf("%s - %s - ERROR - %s for %s", t, mod, b.H("prose_phrase", "invalid api key format"), b.Harm("email"))
	case 5:
		b.Emitf("%s - %s - INFO - broker_url=amqp://guest:%s@rabbitmq:5672//", t, mod, b.Sec("password_urlsafe"))
	case 6:
		if b.Chance(0.5) {
			b.Emitf("%s - %s - DEBUG - Starting new HTTPS connection (1): hooks.slack.com:443", t, mod)
		} else {
			b.Emitf("%s - %s - INFO - notified channel %s (message ts %d.%06d)", t, mod, b.Harm("slack_id"), 1710000000+b.N(0, 9999999), b.N(0, 999999))
		}
	case 8:
		b.Emitf("%s - %s - ERROR - provider rejected key %s: No such API key", t, mod, b.Harm("masked_key"))
	default:
		b.Emitf("%s - %s - INFO - posting to https://hooks.slack.com/services/%s", t, mod, b.Sec("slack_webhook"))
	}
}

func aPythonTraceback(b *B) {
	b.Emit("Traceback (most recent call last):")
	b.Emitf(`  File "%s", line %d, in fetch`, "/usr/src/app/app/clients/partner.py", b.N(10, 300))
	key := b.Pick("openai", "anthropic", "api_key_generic")
	v := b.Sec(key)
	b.Emitf(`    resp = session.get(url, headers={"X-API-Key": "%s"}, timeout=10)`, v)
	b.Emitf(`  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1021, in raise_for_status`)
	b.Emit(`    raise HTTPError(http_error_msg, response=self)`)
	if b.Chance(0.5) {
		b.Emitf("requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://partner.example.com/v1/items?token=%s&page=2", b.Sec("bearer_opaque"))
	} else {
		b.Emitf("requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: %s", b.Harm("url_plain"))
	}
}

func aSpringTime(b *B) string { return aTime(b).Format("2006-01-02 15:04:05.000") }

func aSpringBoot(b *B) {
	t := aSpringTime(b)
	switch b.r.IntN(7) {
	case 0:
		b.Emitf("%s  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting... jdbc:postgresql://db:5432/app?user=app&password=%s", t, b.Sec("password_urlsafe"))
	case 1:
		b.Emitf("%s DEBUG 1 --- [nio-8080-exec-%d] o.s.web.client.RestTemplate              : HTTP POST https://api.example.com/oauth/token, headers=[Authorization:\"Basic %s\", Content-Type:\"application/x-www-form-urlencoded\"]", t, b.N(1, 9), b.Sec("basic_auth"))
	case 2:
		b.Emitf("%s  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''", t)
	case 3:
		b.Emitf("%s  WARN 1 --- [           main] .s.s.UserDetailsServiceAutoConfiguration : Using generated security password: %s", t, b.Sec("spring_generated_password"))
	case 4:
		b.Emitf("%s DEBUG 1 --- [nio-8080-exec-%d] o.s.s.w.FilterChainProxy                 : Secured GET /api/orders?session=%s", t, b.N(1, 9), b.Sec("session_uuid"))
	case 5:
		b.Emitf("%s  INFO 1 --- [           main] o.s.c.a.ConfigurationClassPostProcessor  : spring.datasource.password=%s", t, b.Sec("password_human"))
	default:
		b.Emitf("%s  INFO 1 --- [           main] c.a.billing.BillingApplication          : Started BillingApplication in %s seconds (process running for 9.1)", t, fmt.Sprintf("%.3f", b.r.Float64()*10))
	}
}

func aJavaStack(b *B) {
	t := aSpringTime(b)
	if b.Chance(0.5) {
		b.Emitf("%s ERROR 1 --- [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception", t)
		b.Emitf("org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: \"{\"error\":\"invalid_token\",\"token\":\"%s\"}\"", b.Sec(b.Pick("jwt", "bearer_opaque")))
	} else {
		b.Emitf("%s ERROR 1 --- [nio-8080-exec-3] c.a.b.PaymentService                     : charge failed", t)
		b.Emit("java.lang.IllegalStateException: " + b.H("prose_phrase", "token expired") + " at 2024-03-14T12:00:00Z")
	}
	b.Emit("\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:186)")
	b.Emit("\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)")
	b.Emit("\tat com.acme.billing.PaymentService.charge(PaymentService.java:77)")
	if b.Chance(0.4) {
		b.Emitf("Caused by: java.sql.SQLException: Access denied for user 'app'@'%s' (using password: YES)", b.Harm("ipv4"))
		b.Emit("\t... 42 common frames omitted")
	}
}

func aGoZap(b *B) {
	t := float64(aTime(b).UnixMilli()) / 1000
	switch b.r.IntN(7) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%.3f,"caller":"auth/issuer.go:88","msg":"issued token","user_id":%d,"token":"%s",%s,%s}`, t, b.N(1, 99999), b.Sec(b.Pick("jwt", "bearer_opaque")), b.KV("status_word", `"token_type":`, `"Bearer"`), b.KV("sensitive_name_number", `"expires_in":`, "3600")))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","ts":%.3f,"caller":"client/vault.go:41","msg":"vault login","addr":"https://vault.internal:8200","token":"%s"}`, t, b.Sec(b.Pick("vault_service", "vault_batch"))))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%.3f,"caller":"server/http.go:120","msg":"served","method":"GET","path":"/v1/objects/%s","status":200,"trace_id":"%s","span_id":"%s","latency":"%s"}`, t, b.Harm("s3_key"), b.Harm("trace_id"), b.Harm("span_id"), b.Harm("duration")))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","ts":%.3f,"caller":"config/load.go:55","msg":"config loaded","config":{"listen":":8080","db_dsn":"postgres://svc:%s@pg:5432/svc?sslmode=disable",%s,"api_key_id":"%s"}}`, t, b.Sec("password_urlsafe"), b.KV("sensitive_name_bool", `"password_set":`, "true"), b.Harm("key_id")))
	case 4:
		if b.Chance(0.5) {
			b.EmitJSON(fmt.Sprintf(`{"level":"error","ts":%.3f,"caller":"worker/run.go:30","msg":"job failed","error":"context deadline exceeded","attempt":3}`, t))
		} else {
			b.EmitJSON(fmt.Sprintf(`{"level":"debug","ts":%.3f,"caller":"auth/basic.go:19","msg":"basic auth attempt","user":"svc-export","password":"%s","job_id":"%s"}`, t, b.SecJ("password_quote"), b.Harm("ulid")))
		}
	case 5:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%.3f,"caller":"pay/client.go:61","msg":"calling provider","headers":{"Authorization":["Bearer %s"],"Idempotency-Key":["%s"]}}`, t, b.Sec("stripe_restricted"), b.Harm("idempotency")))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%.3f,"caller":"build/info.go:12","msg":"starting","version":"%s","commit":"%s"}`, t, b.Harm("version"), b.Harm("git_sha")))
	}
}

func aRailsRequest(b *B) {
	b.Emitf(`Started POST "/users/sign_in" for %s at %s +0000`, b.Harm("ipv4"), aTime(b).Format("2006-01-02 15:04:05"))
	b.Emit("Processing by Devise::SessionsController#create as HTML")
	pw := `"[FILTERED]"`
	if b.Chance(0.5) {
		pw = `"` + b.Sec(b.Pick("password_human", "password_generated")) + `"`
	} else {
		b.H("placeholder", "[FILTERED]")
	}
	b.Emitf(`  Parameters: {"authenticity_token"=>"%s", "user"=>{"email"=>"%s", "password"=>%s, "remember_me"=>"0"}, "commit"=>"Log in"}`, b.Sec("csrf_token"), b.Harm("email"), pw)
	if b.Chance(0.3) {
		b.Emitf("  Cookie: _session_id=%s", b.Sec(b.Pick("rails_session", "hex_secret")))
	}
	b.Emitf("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)", b.N(5, 900), b.r.Float64()*50, b.N(1000, 90000))
}

func aHAREntry(b *B) {
	var h []string
	h = append(h, `{"name":"Accept","value":"application/json"}`)
	switch b.r.IntN(5) {
	case 0:
		h = append(h, `{"name":"Authorization","value":"Bearer `+b.Sec(b.Pick("jwt", "openai", "github_pat"))+`"}`)
	case 1:
		h = append(h, `{"name":"Cookie","value":"JSESSIONID=`+b.Sec("jsessionid")+`; lang=en"}`)
	case 2:
		h = append(h, `{"name":"X-Shopify-Access-Token","value":"`+b.Sec("shopify_access")+`"}`)
	case 3:
		h = append(h, `{"name":"X-Request-Id","value":"`+b.Harm("uuid")+`"}`)
	default:
		h = append(h, `{"name":"Private-Token","value":"`+b.Sec("gitlab_pat")+`"}`)
	}
	qs := `[]`
	if b.Chance(0.3) {
		qs = `[{"name":"key","value":"` + b.Sec("google_api_key") + `"},{"name":"q","value":"coffee"}]`
	}
	b.EmitJSON(fmt.Sprintf(`{"startedDateTime":"%s","time":%.2f,"request":{"method":"GET","url":"https://api.example.com/v1/data","httpVersion":"HTTP/2","headers":[%s],"queryString":%s,"cookies":[]},"response":{"status":200,"headers":[{"name":"ETag","value":"%s"},{"name":"Content-Type","value":"application/json"}]}}`,
		aTime(b).Format(time.RFC3339Nano), b.r.Float64()*900, strings.Join(h, ","), qs, b.HarmJ("etag")))
}

func aSequelize(b *B) {
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`Executing (default): UPDATE "api_tokens" SET "token"='%s',"updated_at"='%s' WHERE "id" = %d`, b.Sec(b.Pick("api_key_generic", "hex_secret")), aTime(b).Format("2006-01-02 15:04:05.000 +00:00"), b.N(1, 9999))
	case 1:
		b.Emitf(`Executing (default): SELECT "id", "email" FROM "users" AS "User" WHERE "User"."email" = '%s' LIMIT 1;`, b.Harm("email"))
	case 2:
		b.Emitf(`Executing (default): INSERT INTO "integrations" ("id","provider","access_token","created_at") VALUES ('%s','slack','%s','2024-03-14 12:00:00.000 +00:00');`, b.Harm("uuid"), b.Sec(b.Pick("slack_bot", "slack_user")))
	case 3:
		b.Emitf(`Executing (default): SELECT count(*) AS "count" FROM "sessions" WHERE "expires" > now();`)
	default:
		b.Emitf(`Executing (default): UPDATE "users" SET %s WHERE "id" = %d`, b.KV("sensitive_name_number", `"password_reset_count"=`, "3"), b.N(1, 99999))
	}
}

func aStripeWebhook(b *B) {
	b.EmitJSON(fmt.Sprintf(`{"id":"%s","object":"event","api_version":"2023-10-16","created":%d,"data":{"object":{"id":"%s","object":"payment_intent","amount":%d,"currency":"usd","customer":"cus_%s","receipt_email":"%s"}},"livemode":true,"pending_webhooks":1,"request":{"id":"%s","idempotency_key":"%s"},"type":"payment_intent.succeeded"}`,
		"evt_1"+rs(b.r, alAlnum, 23), aTime(b).Unix(), b.Harm("request_id"), b.N(100, 99999), rs(b.r, alAlnum, 14), b.Harm("email"), b.Harm("request_id"), b.Harm("idempotency")))
	if b.Chance(0.3) {
		b.Emitf("stripe: using webhook secret %s for endpoint we_%s", b.Sec("stripe_webhook_secret"), rs(b.r, alAlnum, 24))
	}
}

func aGitHubWebhook(b *B) {
	secret := `"********"`
	if b.Chance(0.3) {
		secret = `"` + b.Sec("api_key_generic") + `"`
	} else {
		b.KV("placeholder", `"secret":`, `"********"`)
	}
	b.EmitJSON(fmt.Sprintf(`{"action":"%s","after":"%s","repository":{"full_name":"acme/%s","clone_url":"https://github.com/acme/api.git"},"installation":{"id":%d},"sender":{"login":"octo-bot"},"hook":{"type":"Repository","config":{"url":"https://ci.acme.io/hook","content_type":"json","insecure_ssl":"0","secret":%s}}}`,
		b.Pick("created", "push", "completed"), b.Harm("git_sha"), b.Pick("api", "web"), b.N(1000000, 9999999), secret))
	if b.Chance(0.3) {
		b.Emitf("github-app: minted installation token %s (expires_at=%s)", b.Sec("github_ghs"), b.Harm("timestamp"))
	}
}

func aProse(b *B) {
	t := aTime(b).Format(time.RFC3339)
	switch b.r.IntN(10) {
	case 0:
		b.Emitf("%s WARN login failed for user %s with password %s", t, b.Pick("bob", "alice", "admin"), b.Sec(b.Pick("password_human", "password_generated")))
	case 1:
		b.Emitf("%s INFO using token %s for api.github.com", t, b.Sec(b.Pick("github_ghp", "github_pat", "github_ghu")))
	case 2:
		b.Emitf("%s INFO %s by %s", t, b.H("prose_phrase", "password policy updated"), b.Harm("email"))
	case 3:
		b.Emitf("%s INFO %s for session %s, refreshing", t, b.H("prose_phrase", "token expired"), b.Harm("uuid"))
	case 4:
		b.Emitf("%s INFO user enrolled in %s sign-in", t, b.H("prose_phrase", "passwordless"))
	case 5:
		b.Emitf("%s DEBUG retrying with api key %s", t, b.Sec(b.Pick("api_key_generic", "datadog_api_key", "mailchimp")))
	case 6:
		b.Emitf("%s INFO reset password for %s; temporary password is %s", t, b.Harm("email"), b.Sec("password_generated"))
	case 7:
		b.Emitf("%s INFO rotated signing key (kid=%s)", t, b.Harm("key_id"))
	case 8:
		b.Emitf("%s INFO cache hit for %s in %s", t, b.Harm("cache_key"), b.Harm("duration"))
	default:
		b.Emitf("%s INFO worker pool resized from %d to %d", t, b.N(1, 8), b.N(9, 32))
	}
}

func aOAuthResponse(b *B) {
	b.EmitJSON(fmt.Sprintf(`{"msg":"token response","body":{"access_token":"%s",%s,%s,"refresh_token":"%s","scope":"%s",%s}}`,
		b.Sec(b.Pick("jwt", "bearer_opaque", "github_gho")), b.KV("status_word", `"token_type":`, `"Bearer"`), b.KV("number", `"expires_in":`, "3600"), b.Sec(b.Pick("bearer_opaque", "github_ghr")), b.Harm("scope"), b.KV("sensitive_name_bool", `"id_token_present":`, "false")))
}

func aGCPServiceAccount(b *B) {
	h, body, f := PEMBlock(b.r, "PKCS8")
	pk := h + `\n` + b.S("pem_json_escaped", strings.Join(body, `\n`)) + `\n` + f + `\n`
	b.EmitJSON(fmt.Sprintf(`{"severity":"DEBUG","message":"loaded credentials","credentials":{"type":"service_account","project_id":"acme-prod","private_key_id":"%s","private_key":"%s","client_email":"deployer@acme-prod.iam.gserviceaccount.com","client_id":"%s","token_uri":"https://oauth2.googleapis.com/token"}}`,
		b.H("key_id", rs(b.r, alHex, 40)), pk, rs(b.r, alDigit, 21)))
}

package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half b (held-out), application logs.
var bApps = []Template{
	{"b/nestjs", 4, bNestJS},
	{"b/winston-json", 6, bWinstonJSON},
	{"b/axios-error-json", 4, bAxiosErrorJSON},
	{"b/curl-verbose", 2, bCurlVerbose},
	{"b/raw-http-in-json", 4, bRawHTTPInJSON},
	{"b/django", 5, bDjango},
	{"b/flask-sqlalchemy", 5, bFlaskSQLAlchemy},
	{"b/serilog", 6, bSerilog},
	{"b/dotnet-exception", 3, bDotnetException},
	{"b/zerolog", 5, bZerolog},
	{"b/slog-text", 6, bSlogText},
	{"b/laravel", 5, bLaravel},
	{"b/php-guzzle", 2, bPHPGuzzle},
	{"b/slack-event", 3, bSlackEvent},
	{"b/okta-syslog", 3, bOktaSyslog},
	{"b/auth0-log", 3, bAuth0Log},
	{"b/prose", 6, bProse},
	{"b/yaml-app-config", 2, bYAMLAppConfig},
	{"b/ruby-hash-inspect", 3, bRubyHashInspect},
}

func bNestJS(b *B) {
	t := bTime(b).Format("01/02/2006, 3:04:05 PM")
	pid := b.N(10, 9999)
	pre := fmt.Sprintf("\x1b[32m[Nest] %d  - \x1b[39m%s", pid, t)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("%s \x1b[32m    LOG\x1b[39m \x1b[33m[RoutesResolver]\x1b[39m \x1b[32mAuthController {/auth}:\x1b[39m \x1b[33m+%dms\x1b[39m", pre, b.N(0, 9))
	case 1:
		b.Emitf("%s \x1b[31m  ERROR\x1b[39m \x1b[33m[ExceptionsHandler]\x1b[39m \x1b[31mInvalid credentials for client %s: secret %s\x1b[39m", pre, b.Harm("client_id"), b.Sec("client_secret"))
	case 2:
		b.Emitf("%s \x1b[33m   WARN\x1b[39m \x1b[33m[ConfigService]\x1b[39m \x1b[33mJWT_SECRET=%s is shorter than recommended\x1b[39m", pre, b.Sec("password_generated"))
	case 3:
		b.Emitf("%s \x1b[35m  DEBUG\x1b[39m \x1b[33m[HttpService]\x1b[39m \x1b[35mPOST https://api.example.com/v2/charge {\"Authorization\":\"Bearer %s\"}\x1b[39m", pre, b.Sec(b.Pick("stripe_secret", "square_oauth", "jwt")))
	default:
		b.Emitf("%s \x1b[32m    LOG\x1b[39m \x1b[33m[NestApplication]\x1b[39m \x1b[32mNest application successfully started\x1b[39m \x1b[33m+%dms\x1b[39m", pre, b.N(1, 90))
	}
}

func bWinstonJSON(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.000Z")
	switch b.r.IntN(6) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"error","message":"Stripe error: Invalid API Key provided: %s","timestamp":"%s","service":"billing"}`, b.Harm("masked_key"), t))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","message":"outbound request","meta":{"req":{"url":"https://api.sendgrid.example/v3/mail/send","headers":{"Authorization":"Bearer %s","Content-Type":"application/json"}}},"timestamp":"%s"}`, b.Sec("sendgrid"), t))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","message":"user signed in","userId":"%s",%s,%s,"timestamp":"%s"}`, b.Harm("ulid"), b.KV("status_word", `"method":`, `"password"`), b.KV("sensitive_name_bool", `"mfa":`, "false"), t))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","message":"slow query","durationMs":%d,"sql":"SELECT * FROM api_keys WHERE key_hash = $1","params":["%s"],"timestamp":"%s"}`, b.N(100, 9000), b.Harm("sha256_hex"), t))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","message":"config","smtp":{"host":"smtp.example.com","port":587,"auth":{"user":"%s","pass":"%s"}},"timestamp":"%s"}`, b.Harm("email"), b.SecJ(b.Pick("password_generated", "password_quote", "password_human")), t))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","message":"listening on port 3000","timestamp":"%s"}`, t))
	}
}

func bAxiosErrorJSON(b *B) {
	var body string
	if b.Chance(0.5) {
		f := b.Pick("password_generated", "password_human", "password_quote")
		pw := b.Gen(f)
		body = fmt.Sprintf(`{"username":"%s","password":"%s"}`, b.Pick("carol", "dave"), jesc(pw))
		// The body is a JSON string inside the JSON line: escaped twice.
		b.S(f, jesc(jesc(pw)))
	} else {
		body = fmt.Sprintf(`{"query":"%s","page":%d}`, "shoes", b.N(1, 9))
	}
	auth := `"Accept":"application/json, text/plain, */*"`
	if b.Chance(0.6) {
		auth += `,"Authorization":"Bearer ` + b.Sec(b.Pick("jwt", "bearer_opaque", "atlassian")) + `"`
	} else {
		auth += `,"X-Request-ID":"` + b.Harm("uuid") + `"`
	}
	b.EmitJSON(fmt.Sprintf(`{"message":"Request failed with status code %d","name":"AxiosError","stack":"AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)","config":{"url":"https://partner.example.com/api/login","method":"post","headers":{%s},"data":%s,"timeout":10000},"code":"ERR_BAD_REQUEST","status":%d}`,
		b.PickI(401, 403, 422), auth, q(body), b.PickI(401, 403, 422)))
}

func bCurlVerbose(b *B) {
	b.Emitf("*   Trying %s:443...", b.Harm("ipv4"))
	b.Emit("* Connected to api.example.com port 443")
	b.Emit("* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / x25519 / RSASSA-PSS")
	b.Emitf("> %s /v1/accounts HTTP/2", b.Pick("GET", "POST"))
	b.Emit("> Host: api.example.com")
	b.Emit("> User-Agent: curl/8.6.0")
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("> Authorization: Bearer %s", b.Sec(b.Pick("jwt", "digitalocean", "huggingface", "linear")))
	case 1:
		b.Emitf("> Authorization: SSWS %s", b.Sec("okta_ssws"))
	case 2:
		b.Emitf("> X-Postmark-Server-Token: %s", b.Sec("postmark_server_token"))
	case 3:
		b.Emitf("> Cookie: PHPSESSID=%s; _ga=GA1.1.%d.%d", b.Sec("php_session"), b.N(1e8, 9e8), b.N(1e8, 9e8))
	default:
		b.Emitf("> Accept: */*")
	}
	b.Emit(">")
	b.Emitf("< HTTP/2 %d", b.PickI(200, 401, 403))
	b.Emitf("< etag: %s", b.Harm("etag"))
	if b.Chance(0.4) {
		b.Emitf("< set-cookie: _app_session=%s; path=/; secure; HttpOnly; SameSite=Lax", b.Sec("rails_session"))
	}
	b.Emitf("< x-request-id: %s", b.Harm("request_id"))
	b.Emit("<")
}

func bRawHTTPInJSON(b *B) {
	var hs []string
	hs = append(hs, "Host: api.example.com", "Content-Type: application/json")
	switch b.r.IntN(5) {
	case 0:
		hs = append(hs, "Authorization: Basic "+b.Sec("basic_auth"))
	case 1:
		hs = append(hs, "Cookie: laravel_session="+b.Sec("laravel_session")+"; XSRF-TOKEN="+b.Sec("csrf_token"))
	case 2:
		hs = append(hs, "X-Api-Key: "+b.Sec(b.Pick("api_key_generic", "postman", "pulumi")))
	case 3:
		hs = append(hs, "Traceparent: "+b.Harm("traceparent"))
	default:
		hs = append(hs, "X-Forwarded-For: "+b.Harm("ipv4"))
	}
	raw := "POST /v1/session HTTP/1.1\\r\\n" + strings.Join(hs, "\\r\\n") + "\\r\\n\\r\\n"
	b.EmitJSON(fmt.Sprintf(`{"ts":"%s","waf":{"action":"log","rule":"%s","raw_request":"%s"},"client_ip":"%s"}`, bTime(b).Format(time.RFC3339), b.Harm("ids_rule"), raw, ip4(b.r)))
}

func bDjango(b *B) {
	t := bTime(b).Format("02/Jan/2006 15:04:05")
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`[%s] "GET /admin/login/?next=/admin/ HTTP/1.1" 200 %d`, t, b.N(1000, 9000))
	case 1:
		b.Emitf(`[%s] "GET /api/v2/report/?auth_token=%s HTTP/1.1" 200 %d`, t, b.Sec(b.Pick("bearer_opaque", "hex_secret")), b.N(100, 90000))
	case 2:
		b.Emitf("DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app', 'USER': 'app', 'PASSWORD': '%s', 'HOST': 'db', 'PORT': '5432'}}", b.Sec(b.Pick("password_human", "password_urlsafe")))
	case 3:
		b.Emitf("SECRET_KEY = '%s'", b.Sec("django_secret_key"))
	case 4:
		b.Emitf("DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': '%s'}}", b.H("placeholder", "********************"))
	case 5:
		b.Emitf("django.security.csrf WARNING Forbidden (CSRF token from POST incorrect.): /accounts/login/")
	default:
		b.Emitf("INFO django.request %s %s", b.H("prose_phrase", "password reset link sent"), b.Harm("email"))
	}
}

func bFlaskSQLAlchemy(b *B) {
	t := bTime(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("%s INFO sqlalchemy.engine.Engine INSERT INTO users (email, api_token, created_at) VALUES (%%(email)s, %%(api_token)s, now())", t)
		b.Emitf("%s INFO sqlalchemy.engine.Engine [generated in 0.00012s] {'email': '%s', 'api_token': '%s'}", t, b.Harm("email"), b.Sec(b.Pick("api_key_generic", "bearer_opaque")))
	case 1:
		b.Emitf("%s INFO sqlalchemy.engine.Engine SELECT users.id FROM users WHERE users.reset_token = %%(token)s", t)
		b.Emitf("%s INFO sqlalchemy.engine.Engine [cached since 12.1s ago] {'token': '%s'}", t, b.Sec("csrf_token"))
	case 2:
		b.Emitf(`127.0.0.1 - - [%s] "POST /api/login?apikey=%s HTTP/1.1" 200 -`, bTime(b).Format("02/Jan/2006 15:04:05"), b.Sec("api_key_generic"))
	case 3:
		b.Emitf("%s INFO werkzeug  * Running on http://127.0.0.1:5000", t)
	case 4:
		b.Emitf("%s WARNING app SQLALCHEMY_DATABASE_URI=mysql+pymysql://flask:%s@mysql:3306/flask", t, b.Sec("password_urlsafe"))
	default:
		b.Emitf("%s INFO sqlalchemy.engine.Engine [generated in 0.00009s] {%s, 'user_id': %d}", t, b.KV("sensitive_name_bool", "'password_changed': ", "True"), b.N(1, 9999))
	}
}

func bSerilog(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.0000000Z")
	switch b.r.IntN(6) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"@t":"%s","@mt":"Opening connection {ConnectionString}","ConnectionString":"Server=tcp:acme.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=%s;Encrypt=True;","SourceContext":"Acme.Data.Db"}`, t, b.Sec("password_urlsafe")))
	case 1:
		b.Emitf("[%s INF] Loaded assembly Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, %s", bTime(b).Format("15:04:05"), b.Harm("public_token"))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"@t":"%s","@mt":"Token acquired for {ClientId} expires in {ExpiresIn}s","ClientId":"%s",%s,"AccessToken":"%s"}`, t, b.Harm("uuid"), b.KV("number", `"ExpiresIn":`, "3599"), b.Sec("jwt")))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"@t":"%s","@mt":"Certificate {Thumbprint} loaded","Thumbprint":"%s","@l":"Information"}`, t, b.Harm("fingerprint")))
	case 4:
		b.Emitf("[%s WRN] Azure AD client secret %s will expire on 2024-06-30", bTime(b).Format("15:04:05"), b.Sec("azure_client_secret"))
	default:
		b.Emitf("[%s INF] Now listening on: http://[::]:8080", bTime(b).Format("15:04:05"))
	}
}

func bDotnetException(b *B) {
	b.Emitf("fail: Acme.Billing.Worker[0]")
	b.Emitf("      System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).")
	b.Emit("         at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()")
	if b.Chance(0.5) {
		b.Emitf("         at Acme.Billing.Client.GetAsync(String url = \"https://api.example.com/v1/x?subscription-key=%s\") in /src/Client.cs:line 42", b.Sec("api_key_generic"))
	} else {
		b.Emit("         at Acme.Billing.Client.GetAsync(String url) in /src/Client.cs:line 42")
	}
	b.Emitf("      User: %s", b.Harm("windows_sid"))
}

func bZerolog(b *B) {
	t := bTime(b).Format(time.RFC3339)
	switch b.r.IntN(6) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","svc":"gateway","authorization":"%s","time":"%s","message":"forwarding"}`, b.SecJ(b.Pick("jwt", "bearer_opaque", "github_ghu")), t))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","dsn":"postgresql://gw:%s@10.0.7.2/gw","time":"%s","message":"db ready"}`, b.Sec("password_urlsafe"), t))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","cursor":"%s","items":%d,"time":"%s","message":"page fetched"}`, b.Harm("cursor"), b.N(1, 100), t))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","api_key":"%s","time":"%s","message":"deprecated key format"}`, b.Sec(b.Pick("mailgun", "api_key_generic", "twilio_api_key")), t))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","token_id":"%s",%s,"time":"%s","message":"tokens pruned"}`, b.Harm("ulid"), b.KV("sensitive_name_number", `"token_count":`, "3"), t))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","time":"%s","message":"shutdown complete"}`, t))
	}
}

func bSlogText(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.000Z07:00")
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`time=%s level=INFO msg="upstream call" url=https://api.example.com/v1 header.authorization="Bearer %s"`, t, b.Sec(b.Pick("jwt", "anthropic", "openai")))
	case 1:
		b.Emitf(`time=%s level=DEBUG msg=login user=%s password=%s`, t, b.Pick("erin", "frank"), b.Sec(b.Pick("password_generated", "password_human")))
	case 2:
		b.Emitf(`time=%s level=INFO msg="object stored" bucket=acme-uploads key=%s etag=%s`, t, b.Harm("s3_key"), b.Harm("md5_hex"))
	case 3:
		b.Emitf(`time=%s level=ERROR msg="auth failed" err="%s" request_id=%s`, t, b.H("prose_phrase", "token has expired"), b.Harm("uuid"))
	case 4:
		b.Emitf(`time=%s level=INFO msg="webhook" secret=%s target=%s`, t, b.Sec("stripe_webhook_secret"), b.Harm("url_plain"))
	case 5:
		b.Emitf(`time=%s level=INFO msg=started version=%s commit=%s go=go1.22.1`, t, b.Harm("version"), b.Harm("git_sha"))
	default:
		b.Emitf(`time=%s level=WARN msg="password=%s rejected by policy" min_length=12`, t, b.Sec("password_quote"))
	}
}

func bLaravel(b *B) {
	t := bTime(b).Format("2006-01-02 15:04:05")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("[%s] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'forge'@'%s' %s (SQL: select * from `users`) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045))\"}", t, b.Harm("ipv4"), b.H("prose_phrase", "(using password: YES)"))
	case 1:
		b.Emitf("[%s] local.DEBUG: Mail transport configured {\"mailer\":\"smtp\",\"username\":\"postmaster@mg.example.com\",\"password\":\"%s\"}", t, b.SecJ(b.Pick("mailgun", "password_generated")))
	case 2:
		b.Emitf("APP_KEY=%s", b.Sec("laravel_app_key"))
	case 3:
		b.Emitf("[%s] production.INFO: Cache hit {\"key\":\"%s\"}", t, b.Harm("cache_key"))
	case 4:
		b.Emitf("[%s] production.WARNING: Throttled login {\"email\":\"%s\",%s}", t, b.Harm("email"), b.KV("sensitive_name_number", `"password_attempts":`, "5"))
	default:
		b.Emitf("DB_PASSWORD=%s", b.Sec(b.Pick("password_human", "password_generated", "planetscale")))
	}
}

func bPHPGuzzle(b *B) {
	b.Emitf("PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.example.com/v1/rates?access_key=%s` resulted in a `401 Unauthorized` response:", b.Sec("api_key_generic"))
	b.Emit(`{"success":false,"error":{"code":101,"type":"invalid_access_key"}}`)
	b.Emit(" in /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113")
	b.Emit("Stack trace:")
	b.Emit("#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()")
	b.Emit("#1 {main}")
}

func bSlackEvent(b *B) {
	tok := b.Sec("slack_verification_token")
	b.EmitJSON(fmt.Sprintf(`{"token":"%s","team_id":"%s","api_app_id":"A%s","event":{"type":"message","channel":"%s","user":"%s","text":"deploy finished for %s","ts":"%d.%06d"},"type":"event_callback","event_id":"Ev%s","authorizations":[{"enterprise_id":null,"team_id":"%s","user_id":"%s","is_bot":true}]}`,
		tok, b.Harm("slack_id"), rs(b.r, alUpper+alDigit, 10), b.Harm("slack_id"), b.Harm("slack_id"), b.Harm("short_sha"), 1710000000+b.N(0, 9999999), b.N(0, 999999), rs(b.r, alUpper+alDigit, 10), b.HG("slack_id"), b.HG("slack_id")))
	if b.Chance(0.4) {
		b.Emitf("slack: chat.postMessage ok=true channel=%s token=%s", b.Harm("slack_id"), b.Sec(b.Pick("slack_bot", "slack_user")))
	}
}

func bOktaSyslog(b *B) {
	b.EmitJSON(fmt.Sprintf(`{"actor":{"id":"00u%s","type":"User","alternateId":"%s","displayName":"Carol Example"},"client":{"ipAddress":"%s","userAgent":{"rawUserAgent":"Mozilla/5.0","os":"Mac OS X","browser":"CHROME"}},"eventType":"user.session.start","outcome":{"result":"SUCCESS"},"published":"%s","uuid":"%s","authenticationContext":{%s,"externalSessionId":"102%s"},"debugContext":{"debugData":{"requestUri":"/api/v1/authn","threatSuspected":"false"}}}`,
		rs(b.r, alAlnum, 17), b.Harm("email"), b.Harm("ipv4"), bTime(b).Format("2006-01-02T15:04:05.000Z"), b.Harm("uuid"), b.KV("status_word", `"credentialType":`, `"PASSWORD"`), rs(b.r, alAlnum, 22)))
	if b.Chance(0.3) {
		b.Emitf("okta-sdk: GET https://acme.okta.com/api/v1/users?limit=200 Authorization: SSWS %s", b.Sec("okta_ssws"))
	}
}

func bAuth0Log(b *B) {
	cid := b.H("client_id", rs(b.r, alAlnum, 32))
	sec := `"*****"`
	if b.Chance(0.5) {
		sec = `"` + b.Sec("client_secret") + `"`
	} else {
		b.KV("placeholder", `"client_secret":`, `"*****"`)
	}
	b.EmitJSON(fmt.Sprintf(`{"log_id":"900%s","data":{"date":"%s","type":"seccft","description":"Client Credentials for Access Token","client_id":"%s","client_name":"reporting-job","ip":"%s","user_agent":"node-fetch/1.0","details":{"request":{"method":"POST","path":"/oauth/token","body":{%s,"client_secret":%s,"audience":"https://api.example.com/"}}}}}`,
		rs(b.r, alDigit, 50), bTime(b).Format(time.RFC3339Nano), cid, b.Harm("ipv4"), b.KV("status_word", `"grant_type":`, `"client_credentials"`), sec))
}

func bProse(b *B) {
	t := bTime(b).Format("Jan 02 15:04:05")
	switch b.r.IntN(10) {
	case 0:
		b.Emitf("%s auth: bad credentials (user=%s, pass=%s)", t, b.Pick("gina", "hank"), b.Sec(b.Pick("password_human", "password_generated")))
	case 1:
		b.Emitf("%s keys: rotated, old key %s retired", t, b.Sec(b.Pick("api_key_generic", "datadog_app_key")))
	case 2:
		b.Emitf("%s policy: %s", t, b.H("prose_phrase", "password must contain at least 12 characters"))
	case 3:
		b.Emitf("%s auth: authenticating with secret %s", t, b.Sec(b.Pick("client_secret", "hex_secret")))
	case 4:
		b.Emitf("%s ssh: %s", t, b.H("prose_phrase", "PasswordAuthentication no"))
	case 5:
		b.Emitf("%s deploy: wallet private key %s loaded for signer", t, b.Sec("wallet_private_key"))
	case 6:
		b.Emitf("%s auth: session cookie rotated for %s", t, b.Harm("email"))
	case 7:
		b.Emitf("%s billing: idempotency key %s reused", t, b.Harm("idempotency"))
	case 8:
		b.Emitf("%s ssh: server host key %s", t, b.Harm("ssh_pubkey"))
	default:
		b.Emitf("%s gc: freed %d objects in %s", t, b.N(100, 99999), b.Harm("duration"))
	}
}

func bYAMLAppConfig(b *B) {
	b.Emit("--- effective configuration ---")
	b.Emit("datasource:")
	b.Emitf("  url: jdbc:mysql://db:3306/app?user=app&password=%s&useSSL=true", b.Sec("password_urlsafe"))
	b.Emit("oauth:")
	b.Emitf("  client_id: %s", b.Harm("client_id"))
	b.Emitf("  client_secret: %s", b.Sec(b.Pick("client_secret", "azure_client_secret")))
	b.Emitf("  token_endpoint: %s", b.Harm("url_plain"))
	b.Emit("signing:")
	b.Emitf("  key_id: %s", b.Harm("key_id"))
	b.Emitf("  public_key: %s", b.Harm("ssh_pubkey"))
	if b.Chance(0.5) {
		b.Emitf("  private_key: \"%s\"", b.Sec("hex_secret"))
	}
	b.Emit(b.KV("status_word", "  algorithm: ", "EdDSA"))
}

func bRubyHashInspect(b *B) {
	switch b.r.IntN(3) {
	case 0:
		b.Emitf(`I, [%s #%d]  INFO -- : {:user=>"%s", :api_key=>"%s", :retry=>3}`, bTime(b).Format("2006-01-02T15:04:05.000000"), b.N(1, 9999), b.Harm("email"), b.Sec(b.Pick("api_key_generic", "shopify_access")))
	case 1:
		b.Emitf(`I, [%s #%d]  INFO -- : Sidekiq::Client push {"class"=>"SyncJob", "args"=>["%s", "%s"], "jid"=>"%s"}`, bTime(b).Format("2006-01-02T15:04:05.000000"), b.N(1, 9999), b.Harm("uuid"), b.Sec(b.Pick("stripe_secret", "github_ghp")), rs(b.r, alHex, 24))
	default:
		b.Emitf(`W, [%s #%d]  WARN -- : {:token_expires_at=>"%s", %s}`, bTime(b).Format("2006-01-02T15:04:05.000000"), b.N(1, 9999), b.Harm("timestamp"), b.KV("sensitive_name_number", ":token_ttl=>", "3600"))
	}
}

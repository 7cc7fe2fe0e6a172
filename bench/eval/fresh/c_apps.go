package fresh

import (
	"fmt"
	"time"
)

// Half c (second development half), application logs.
var cApps = []Template{
	{"c/cloud-run-entry", 7, cCloudRunEntry},
	{"c/azure-functions", 4, cAzureFunctions},
	{"c/heroku-router", 5, cHerokuRouter},
	{"c/vercel-axios", 3, cVercelAxios},
	{"c/job-queues", 5, cJobQueues},
	{"c/django-sql-debug", 4, cDjangoSQL},
	{"c/activerecord-ansi", 4, cActiveRecordANSI},
	{"c/phoenix-ecto", 4, cPhoenixEcto},
	{"c/rust-tracing", 4, cRustTracing},
	{"c/feign-ktor", 3, cFeignKtor},
	{"c/grpc-metadata", 6, cGRPCMetadata},
	{"c/graphql-vars", 5, cGraphQLVars},
	{"c/saas-callbacks", 4, cSaaSCallbacks},
	{"c/push-backend", 3, cPushBackend},
	{"c/go-test-v", 2, cGoTestV},
	{"c/vapor-swift", 3, cVaporSwift},
	{"c/iac-outputs", 3, cIaCOutputs},
	{"c/plain-mentions", 7, cPlainMentions},
}

func cCloudRunEntry(b *B) {
	var payload string
	switch b.r.IntN(5) {
	case 0:
		payload = fmt.Sprintf(`"jsonPayload":{"message":"upstream call failed","url":"https://maps.googleapis.com/maps/api/geocode/json?address=Berlin\u0026key=%s","status":403}`, b.SecJ("google_api_key"))
	case 1:
		payload = fmt.Sprintf(`"textPayload":"Starting server with config: {'SECRET_KEY': '%s', 'DEBUG': False}"`, b.SecJ("django_secret_key"))
	case 2:
		payload = fmt.Sprintf(`"jsonPayload":{"message":"order created","orderId":"%s","user":"%s"}`, b.Harm("ulid"), b.HarmJ("email"))
	case 3:
		payload = fmt.Sprintf(`"textPayload":"Default STARTUP TCP probe succeeded after 1 attempt for container \"app\" on port 8080."`)
	default:
		payload = fmt.Sprintf(`"jsonPayload":{"message":"hf inference","headers":{"authorization":"Bearer %s"},"model":"acme/ranker-v2"}`, b.SecJ(b.Pick("huggingface", "openai", "anthropic")))
	}
	req := ""
	if b.Chance(0.4) {
		u := "https://app-" + rs(b.r, alLower+alDigit, 10) + "-uc.a.run.app/" + b.Pick("health", "api/items?page=2")
		if b.Chance(0.4) {
			u = "https://app-" + rs(b.r, alLower+alDigit, 10) + "-uc.a.run.app/hooks/ingest?token=" + b.Sec("api_key_generic")
		}
		req = fmt.Sprintf(`,"httpRequest":{"requestMethod":"POST","requestUrl":"%s","status":%d,"userAgent":"Google-Cloud-Scheduler","remoteIp":"%s","latency":"%s"}`, u, b.PickI(200, 401, 500), b.Harm("ipv4"), fmt.Sprintf("%.6fs", b.r.Float64()))
	}
	b.EmitJSON(fmt.Sprintf(`{"insertId":"%s",%s%s,"resource":{"type":"cloud_run_revision","labels":{"service_name":"app","revision_name":"app-%05d-%s","location":"us-central1","project_id":"acme-prod"}},"timestamp":"%s","severity":"%s","logName":"projects/acme-prod/logs/run.googleapis.com%%2Fstdout","trace":"projects/acme-prod/traces/%s","spanId":"%s","receiveTimestamp":"%s"}`,
		rs(b.r, alLower+alDigit, 16), payload, req, b.N(1, 300), rs(b.r, alLower, 3), cTime(b).Format(time.RFC3339Nano), b.Pick("INFO", "ERROR", "DEBUG"), b.Harm("trace_id"), b.Harm("span_id"), cTime(b).Format(time.RFC3339Nano)))
}

func cAzureFunctions(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("%s [Information] Executing 'Functions.%s' (Reason='This function was programmatically called via the host APIs.', Id=%s)", t, b.Pick("HttpIngest", "NightlyExport"), b.Harm("uuid"))
	case 1:
		b.Emitf("%s [Information] Request URL: https://acme-fn.azurewebsites.net/api/HttpIngest?code=%s", t, b.S("azure_function_key", rs(b.r, alB64URL, 54)+"=="))
	case 2:
		b.Emitf("%s [Error] Host startup failed: Storage account connection string 'DefaultEndpointsProtocol=https;AccountName=acmefnstore;AccountKey=%s' is invalid", t, b.Sec("azure_storage_key"))
	case 3:
		b.Emitf("%s [Warning] Using SAS https://acmefnstore.blob.core.windows.net/exports?sp=racwl&st=2024-03-14T00:00:00Z&se=2024-03-15T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=%s", t, b.Sec("azure_sas_sig"))
	case 4:
		b.Emitf("%s [Information] Executed 'Functions.HttpIngest' (Succeeded, Id=%s, Duration=%dms)", t, b.Harm("uuid"), b.N(1, 9000))
	default:
		b.Emitf("%s [Information] ClientSecretCredential.GetToken invoked. Scopes: [ https://vault.azure.net/.default ] ParentRequestId: %s tenant %s clientId %s secret %s", t, b.Harm("uuid"), b.Harm("uuid"), b.Harm("uuid"), b.Sec("azure_client_secret"))
	}
}

func cHerokuRouter(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000000+00:00")
	if b.Chance(0.55) {
		path := b.Pick("/", "/api/v1/products")
		if b.Chance(0.3) {
			path = "/assets/application-" + b.Harm("sha256_hex") + ".css"
		} else if b.Chance(0.3) {
			path = "/api/v1/callback?auth_token=" + b.Sec(b.Pick("bearer_opaque", "twilio_auth_token"))
		}
		b.Emitf(`%s heroku[router]: at=info method=%s path="%s" host=acme-shop.herokuapp.com request_id=%s fwd="%s" dyno=web.%d connect=%dms service=%dms status=%d bytes=%d protocol=https`,
			t, b.Pick("GET", "POST"), path, b.Harm("uuid"), b.Harm("ipv4"), b.N(1, 4), b.N(0, 3), b.N(1, 3000), b.PickI(200, 200, 301, 503), b.N(100, 90000))
		return
	}
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`%s app[web.%d]: Puma starting in single mode... * Version %s, codename: The Eagle of Durango`, t, b.N(1, 4), b.Harm("version"))
	case 1:
		b.Emitf(`%s app[release.%d]: DATABASE_URL=postgres://u%s:%s@ec2-%d-%d-%d-%d.compute-1.amazonaws.com:5432/d%s`, t, b.N(1000, 9999), rs(b.r, alLower+alDigit, 13), b.S("heroku_addon_password", rs(b.r, alHex, 64)), b.N(1, 250), b.N(1, 250), b.N(1, 250), b.N(1, 250), rs(b.r, alLower+alDigit, 13))
	case 2:
		b.Emitf(`%s heroku[web.%d]: Error R14 (Memory quota exceeded)`, t, b.N(1, 4))
	case 3:
		b.Emitf(`%s app[worker.1]: REDIS_URL=rediss://:%s@ec2-%d-%d-%d-%d.compute-1.amazonaws.com:%d`, t, b.S("heroku_addon_password", "p"+rs(b.r, alHex, 64)), b.N(1, 250), b.N(1, 250), b.N(1, 250), b.N(1, 250), b.N(10000, 30000))
	default:
		b.Emitf(`%s app[api]: Set %s config vars by user %s`, t, b.Pick("STRIPE_API_KEY", "SENTRY_DSN"), b.Harm("email"))
	}
}

func cVercelAxios(b *B) {
	b.Emitf("[%s] %s status=%d", b.Pick("GET", "POST"), b.Pick("/api/checkout", "/api/cron/sync", "/api/og"), b.PickI(500, 502, 200))
	switch b.r.IntN(4) {
	case 0:
		b.Emit("AxiosError: Request failed with status code 401")
		b.Emit("    at settle (/var/task/node_modules/axios/dist/node/axios.cjs:1966:12)")
		b.Emit("  config: {")
		b.Emit("    headers: Object [AxiosHeaders] {")
		b.Emit("      Accept: 'application/json, text/plain, */*',")
		b.Emitf("      Authorization: 'Bearer %s',", b.Sec(b.Pick("stripe_secret", "stripe_restricted", "square_legacy", "linear")))
		b.Emit("      'User-Agent': 'axios/1.6.7'")
		b.Emit("    },")
		b.Emitf("    url: 'https://api.example.com/v1/charges',")
		b.Emit("  },")
	case 1:
		b.Emitf("Error: connect ECONNREFUSED — using mongodb+srv://app:%s@cluster0.%s.mongodb.net/prod?retryWrites=true", b.Sec("password_urlsafe"), rs(b.r, alLower+alDigit, 5))
	case 2:
		b.Emitf("Cold start %s; region iad1; deployment dpl_%s", b.Harm("duration"), rs(b.r, alAlnum, 24))
	default:
		b.Emitf("Unhandled Rejection: FetchError: request to https://hooks.slack.com/services/%s failed, reason: getaddrinfo EAI_AGAIN", b.Sec("slack_webhook"))
	}
}

func cJobQueues(b *B) {
	t := cTime(b)
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`%s pid=%d tid=%s class=ShopifySyncJob jid=%s INFO: start`, t.Format("2006-01-02T15:04:05.000Z"), b.N(1, 99), rs(b.r, alLower+alDigit, 5), rs(b.r, alHex, 24))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"ts":"%s","pid":%d,"tid":"%s","lvl":"WARN","msg":"retrying","ctx":{"class":"ShopifySyncJob","jid":"%s"},"job":{"args":["%s","acme-store.myshopify.com",%d],"retry_count":%d,"error_message":"401 Unauthorized"}}`,
			t.Format("2006-01-02T15:04:05.000Z"), b.N(1, 99), rs(b.r, alLower+alDigit, 5), rs(b.r, alHex, 24), b.Sec("shopify_access"), b.N(1, 9999), b.N(1, 9)))
	case 2:
		b.Emitf(`[%s: INFO/MainProcess] Task notifications.send_sms[%s] received`, t.Format("2006-01-02 15:04:05,000"), b.Harm("uuid"))
	case 3:
		b.Emitf(`[%s: ERROR/ForkPoolWorker-%d] Task notifications.send_sms[%s] raised unexpected: TwilioRestException('HTTP 401 error: Unable to create record') args=('%s', '+1555%07d') kwargs={'auth_token': '%s'}`,
			t.Format("2006-01-02 15:04:05,000"), b.N(1, 8), b.Harm("uuid"), b.Harm("twilio_sid"), b.N(0, 9999999), b.Sec("twilio_auth_token"))
	case 4:
		b.Emitf(`[%s: INFO/ForkPoolWorker-%d] Task billing.charge[%s] succeeded in %ss: {'charge': '%s', 'idempotency_key': '%s'}`, t.Format("2006-01-02 15:04:05,000"), b.N(1, 8), b.Harm("uuid"), fmt.Sprintf("%.3f", b.r.Float64()*4), b.Harm("request_id"), b.Harm("idempotency"))
	case 5:
		b.Emitf(`resque-2.6.0: Processing mailers since %d [MailchimpListSync] args=["%s", %d]`, t.Unix(), b.Sec("mailchimp"), b.N(1, 99))
	default:
		b.Emitf(`%s pid=%d tid=%s class=ReportJob jid=%s elapsed=%s INFO: done`, t.Format("2006-01-02T15:04:05.000Z"), b.N(1, 99), rs(b.r, alLower+alDigit, 5), rs(b.r, alHex, 24), fmt.Sprintf("%.3f", b.r.Float64()*9))
	}
}

func cDjangoSQL(b *B) {
	d := fmt.Sprintf("(%.3f)", b.r.Float64()/50)
	switch b.r.IntN(6) {
	case 0:
		k := b.S("drf_token", rs(b.r, alHex, 40))
		b.Emitf(`%s SELECT "authtoken_token"."key", "authtoken_token"."user_id", "authtoken_token"."created" FROM "authtoken_token" WHERE "authtoken_token"."key" = '%s' LIMIT 21; args=('%s',); alias=default`, d, k, b.S("drf_token", k))
	case 1:
		k := b.S("django_session_key", rs(b.r, alLower+alDigit, 32))
		b.Emitf(`%s SELECT "django_session"."session_key", "django_session"."session_data", "django_session"."expire_date" FROM "django_session" WHERE ("django_session"."expire_date" > '%s'::timestamptz AND "django_session"."session_key" = '%s') LIMIT 21; args=(datetime.datetime(2024, 3, 14, 12, 0, tzinfo=datetime.timezone.utc), '%s'); alias=default`, d, cTime(b).Format("2006-01-02T15:04:05.000000+00:00"), k, b.S("django_session_key", k))
	case 2:
		e := b.Harm("email")
		b.Emitf(`%s SELECT "accounts_user"."id", "accounts_user"."email" FROM "accounts_user" WHERE "accounts_user"."email" = '%s' LIMIT 21; args=('%s',); alias=default`, d, e, b.H("email", e))
	case 3:
		tok, team, id := b.Sec("slack_bot"), b.Harm("slack_id"), b.N(1, 999)
		b.Emitf(`%s UPDATE "integrations_slack" SET "bot_token" = '%s', "team_id" = '%s' WHERE "integrations_slack"."id" = %d; args=('%s', '%s', %d); alias=default`, d, tok, team, id, b.S("slack_bot", tok), b.H("slack_id", team), id)
	case 4:
		b.Emitf(`%s SELECT COUNT(*) AS "__count" FROM "axes_accessattempt" WHERE "axes_accessattempt"."username" = 'admin'; args=('admin',); alias=default`, d)
	default:
		b.Emitf("[%s] \"POST /api-token-auth/ HTTP/1.1\" 200 %d", cTime(b).Format("02/Jan/2006 15:04:05"), b.N(40, 90))
	}
}

const (
	cCyan    = "\x1b[1m\x1b[36m"
	cBlue    = "\x1b[1m\x1b[34m"
	cMagenta = "\x1b[1m\x1b[35m"
	cReset   = "\x1b[0m"
)

func cActiveRecordANSI(b *B) {
	ms := fmt.Sprintf("(%.1fms)", b.r.Float64()*5)
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`  %sUser Load %s%s  %sSELECT "users".* FROM "users" WHERE "users"."reset_password_token" = $1 LIMIT $2%s  [["reset_password_token", "%s"], ["LIMIT", 1]]`, cCyan, ms, cReset, cBlue, cReset, b.Sec("hex_secret"))
	case 1:
		b.Emitf(`  %sApiKey Create %s%s  %sINSERT INTO "api_keys" ("token", "user_id", "created_at") VALUES ($1, $2, $3) RETURNING "id"%s  [["token", "%s"], ["user_id", %d], ["created_at", "%s"]]`, cMagenta, ms, cReset, "\x1b[1m\x1b[32m", cReset, b.Sec(b.Pick("api_key_generic", "bearer_opaque")), b.N(1, 9999), cTime(b).Format("2006-01-02 15:04:05.000000"))
	case 2:
		b.Emitf(`  %sOrder Load %s%s  %sSELECT "orders".* FROM "orders" WHERE "orders"."uuid" = $1 LIMIT $2%s  [["uuid", "%s"], ["LIMIT", 1]]`, cCyan, ms, cReset, cBlue, cReset, b.Harm("uuid"))
	case 3:
		b.Emit("Devise::Mailer#reset_password_instructions: processed outbound mail in 12.3ms")
		b.Emitf("Delivered mail %s@mail.example.com (%dms)", rs(b.r, alHex, 24), b.N(50, 900))
		b.Emitf("<p><a href=\"https://app.example.com/users/password/edit?reset_password_token=%s\">Change my password</a></p>", b.Sec("csrf_token"))
	case 4:
		b.Emitf("  %sTRANSACTION %s%s  %sBEGIN%s", cCyan, ms, cReset, cMagenta, cReset)
	default:
		b.Emitf("  %sCACHE User Load%s %s SELECT \"users\".* FROM \"users\" WHERE \"users\".\"id\" = $1 LIMIT $2  [[\"id\", %d], [\"LIMIT\", 1]]", cCyan, cReset, ms, b.N(1, 99999))
	}
}

func cPhoenixEcto(b *B) {
	t := cTime(b).Format("15:04:05.000")
	rid := "F" + rs(b.r, alB64URL, 19)
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("%s request_id=%s [info] POST /api/sessions", t, rid)
		b.Emitf("%s request_id=%s [debug] Processing with AcmeWeb.SessionController.create/2", t, rid)
		b.Emitf(`  Parameters: %%{"email" => "%s", "password" => "%s"}`, b.Harm("email"), b.H("placeholder", "[FILTERED]"))
		b.Emit("  Pipelines: [:api]")
	case 1:
		b.Emitf("%s request_id=%s [debug] Processing with AcmeWeb.WebhookController.create/2", t, rid)
		b.Emitf(`  Parameters: %%{"api_token" => "%s", "event" => "deploy"}`, b.Sec(b.Pick("api_key_generic", "doppler", "pulumi")))
	case 2:
		b.Emitf(`%s [debug] QUERY OK source="api_keys" db=%.1fms idle=%.1fms`, t, b.r.Float64()*3, b.r.Float64()*900)
		b.Emitf(`SELECT a0."id", a0."user_id" FROM "api_keys" AS a0 WHERE (a0."hashed_token" = $1) [<<%s>>]`, b.Harm("sha256_hex"))
	case 3:
		b.Emitf(`%s [debug] QUERY OK source="users" db=%.1fms`, t, b.r.Float64()*3)
		b.Emitf(`UPDATE "users" SET "confirmation_token" = $1 WHERE "id" = $2 ["%s", %d]`, b.Sec("csrf_token"), b.N(1, 9999))
	case 4:
		b.Emitf("%s [info] Running AcmeWeb.Endpoint with cowboy 2.10.0 at :::4000 (http)", t)
	default:
		b.Emitf("%s [error] GenServer Acme.Mailer terminating ** (Swoosh.DeliveryError) delivery error: {:api_error, 401, %q} config: [api_key: %q, adapter: Swoosh.Adapters.Mailgun]", t, "Forbidden", b.Sec("mailgun"))
	}
}

func cRustTracing(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000000Z")
	lvl := func(l string) string {
		c := map[string]string{"INFO": "\x1b[32m", "DEBUG": "\x1b[34m", "WARN": "\x1b[33m", "ERROR": "\x1b[31m"}[l]
		return c + " " + l + "\x1b[0m"
	}
	span := fmt.Sprintf("\x1b[1mrequest\x1b[0m\x1b[1m{\x1b[0mmethod=%s uri=%s version=HTTP/1.1\x1b[1m}\x1b[0m", b.Pick("GET", "POST"), "%s")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("\x1b[2m%s\x1b[0m%s "+span+"\x1b[2m:\x1b[0m \x1b[2mtower_http::trace::on_response\x1b[0m\x1b[2m:\x1b[0m finished processing request \x1b[3mlatency\x1b[0m\x1b[2m=\x1b[0m%d ms \x1b[3mstatus\x1b[0m\x1b[2m=\x1b[0m200", t, lvl("INFO"), "/v1/items?api_key="+b.Sec("api_key_generic"), b.N(1, 900))
	case 1:
		b.Emitf("\x1b[2m%s\x1b[0m%s "+span+"\x1b[2m:\x1b[0m \x1b[2mtower_http::trace::on_request\x1b[0m\x1b[2m:\x1b[0m started processing request", t, lvl("DEBUG"), "/v1/items/"+b.Harm("uuid"))
	case 2:
		b.Emitf("%s%s reqwest::connect: starting new connection: https://api.openai.com/", t, lvl("DEBUG"))
	case 3:
		b.Emitf(`%s%s acme_worker::client: sending request headers={"authorization": "Bearer %s", "user-agent": "acme-worker/%s"}`, t, lvl("DEBUG"), b.Sec(b.Pick("openai", "anthropic", "openai_legacy")), b.HG("version"))
	case 4:
		if b.Chance(0.5) {
			b.Emitf(`%s%s acme_worker::client: sending request headers={"authorization": Sensitive, "content-type": "application/json"}`, t, lvl("DEBUG"))
		} else {
			b.EmitJSON(fmt.Sprintf(`{"timestamp":"%s","level":"DEBUG","fields":{"message":"token exchange","grant_type":"refresh_token","refresh_token":"%s"},"target":"acme_auth::oauth","span":{"client_id":"%s","name":"refresh"}}`, t, b.SecJ("bearer_opaque"), b.Harm("client_id")))
		}
	default:
		b.Emitf(`%s%s acme_api::db: connect error=error returned from database: password authentication failed for user "api" url=postgres://api:%s@10.0.2.9:5432/api`, t, lvl("ERROR"), b.Sec("password_urlsafe"))
	}
}

func cFeignKtor(b *B) {
	if b.Chance(0.55) {
		c := "[" + b.Pick("PaymentsClient#charge", "CrmClient#findContact", "GeoClient#lookup") + "] "
		pre := cTime(b).Format("2006-01-02 15:04:05.000") + " DEBUG 1 --- [nio-8080-exec-" + fmt.Sprint(b.N(1, 9)) + "] c.a.clients.FeignLogger               : " + c
		b.Emitf("%s---> POST https://partner.example.com/v2/charge HTTP/1.1", pre)
		switch b.r.IntN(4) {
		case 0:
			b.Emitf("%sAuthorization: Bearer %s", pre, b.Sec(b.Pick("jwt", "bearer_opaque")))
		case 1:
			b.Emitf("%sX-Api-Key: %s", pre, b.Sec(b.Pick("api_key_generic", "new_relic_user")))
		case 2:
			b.Emitf("%sAuthorization: Basic %s", pre, b.Sec("basic_auth"))
		default:
			b.Emitf("%sX-B3-TraceId: %s", pre, b.Harm("trace_id"))
		}
		b.Emitf("%sContent-Type: application/json", pre)
		b.Emitf("%s---> END HTTP (%d-byte body)", pre, b.N(10, 900))
		b.Emitf("%s<--- HTTP/1.1 %d (%dms)", pre, b.PickI(200, 401, 500), b.N(5, 900))
		return
	}
	b.Emit("REQUEST: https://api.example.com/v1/tokens/refresh")
	b.Emit("METHOD: HttpMethod(value=POST)")
	b.Emit("COMMON HEADERS")
	b.Emit("-> Accept: application/json")
	b.Emit("-> Accept-Charset: UTF-8")
	if b.Chance(0.6) {
		b.Emitf("-> Authorization: Bearer %s", b.Sec(b.Pick("jwt", "bearer_opaque")))
	} else {
		b.Emitf("-> Authorization: %s", b.H("placeholder", "***"))
	}
	b.Emit("CONTENT HEADERS")
	b.Emit("-> Content-Type: application/json")
	b.Emit("BODY Content-Type: application/json")
	b.Emitf(`BODY START`)
	b.Emitf(`{"refresh_token":"%s","client_id":"%s"}`, b.Sec("bearer_opaque"), b.Harm("client_id"))
	b.Emit("BODY END")
}

func cGRPCMetadata(b *B) {
	t := cTime(b).Format(time.RFC3339Nano)
	md := `"user-agent":["grpc-go/1.62.1"],":authority":["orders.internal:9090"]`
	switch b.r.IntN(4) {
	case 0:
		md += `,"authorization":["Bearer ` + b.SecJ(b.Pick("jwt", "bearer_opaque")) + `"]`
	case 1:
		md += `,"x-api-key":["` + b.SecJ(b.Pick("api_key_generic", "hex_secret")) + `"]`
	case 2:
		md += `,"grpc-trace-bin":["` + b.H("grpc_trace_bin", cB64(rbytes(b.r, 29))) + `"]`
	default:
		md += `,"x-request-id":["` + b.Harm("uuid") + `"]`
	}
	b.EmitJSON(fmt.Sprintf(`{"level":"info","time":"%s","protocol":"grpc","grpc.component":"server","grpc.service":"orders.v1.OrderService","grpc.method":"%s","grpc.method_type":"unary","peer.address":"%s:%d","grpc.request.metadata":{%s},"grpc.code":"%s","grpc.time_ms":"%.3f","message":"finished call"}`,
		t, b.Pick("GetOrder", "ListOrders", "CreateRefund"), b.Harm("ipv4"), b.N(1024, 65535), md, b.Pick("OK", "Unauthenticated", "NotFound"), b.r.Float64()*30))
}

func cGraphQLVars(b *B) {
	switch b.r.IntN(5) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","msg":"graphql request","operationName":"Login","query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }","variables":{"email":"%s","password":"%s"}}`, b.HarmJ("email"), b.SecJ(b.Pick("password_human", "password_generated", "password_quote"))))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","msg":"graphql response","operationName":"CreatePersonalAccessToken","data":{"createPersonalAccessToken":{"token":"%s","expiresAt":"%s"}}}`, b.SecJ(b.Pick("bearer_opaque", "linear", "grafana_sa")), b.Harm("timestamp")))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"graphql request","operationName":"Orders","variables":{"first":20,"after":"%s"},"durationMs":%d}`, b.Harm("cursor"), b.N(1, 900)))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","msg":"persisted query not found","extensions":{"persistedQuery":{"version":1,"sha256Hash":"%s"}}}`, b.Harm("sha256_hex")))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","msg":"graphql request","operationName":"ConnectIntegration","variables":{"input":{"provider":"shopify","accessToken":"%s","sharedSecret":"%s"}}}`, b.SecJ("shopify_access"), b.SecJ("shopify_shared_secret")))
	}
}

func cSaaSCallbacks(b *B) {
	t := cTime(b).Format(time.RFC3339)
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s INFO twilio status callback: AccountSid=%s&MessageSid=SM%s&MessageStatus=delivered&To=%%2B1555%07d`, t, b.Harm("twilio_sid"), rs(b.r, alHex, 32), b.N(0, 9999999))
	case 1:
		sid := b.Harm("twilio_sid")
		b.Emitf(`%s DEBUG twilio client: POST https://%s:%s@api.twilio.com/2010-04-01/Accounts/%s/Messages.json`, t, sid, b.Sec("twilio_auth_token"), b.H("twilio_sid", sid))
	case 2:
		b.EmitJSON(fmt.Sprintf(`[{"email":"%s","timestamp":%d,"smtp-id":"<%s@ismtpd0001p1lon1.sendgrid.net>","event":"delivered","category":["reset"],"sg_event_id":"%s","sg_message_id":"%s.filterdrecv-%d"}]`, b.HarmJ("email"), cTime(b).Unix(), rs(b.r, alAlnum, 22), rs(b.r, alB64URL, 22), rs(b.r, alB64URL, 22), b.N(1, 99)))
	case 3:
		b.Emitf(`%s DEBUG pagerduty: POST https://api.pagerduty.com/incidents headers={"Authorization": "Token token=%s", "From": "%s"}`, t, b.Sec(b.Pick("api_key_generic", "bearer_opaque")), b.Harm("email"))
	case 4:
		b.Emitf(`%s INFO datadog: submitting %d series to https://api.datadoghq.eu/api/v2/series (DD-API-KEY %s)`, t, b.N(1, 500), b.Sec("datadog_api_key"))
	case 5:
		b.EmitJSON(fmt.Sprintf(`{"event":"incident.triggered","incident":{"id":"Q%s","html_url":"https://acme.pagerduty.com/incidents/Q%s","service":{"summary":"checkout-api"}},"routing_key":"%s"}`, rs(b.r, alUpper+alDigit, 13), rs(b.r, alUpper+alDigit, 13), b.S("pagerduty_routing_key", rs(b.r, alHex, 32))))
	case 6:
		b.Emitf(`%s INFO mailgun: POST https://api:%s@api.eu.mailgun.net/v3/mg.example.com/messages to=%s`, t, b.Sec("mailgun"), b.Harm("email"))
	default:
		b.Emitf(`%s INFO sendgrid: mail sent, X-Message-Id: %s`, t, rs(b.r, alB64URL, 22))
	}
}

func cPushBackend(b *B) {
	t := cTime(b).Format("2006-01-02 15:04:05.000")
	dev := b.H("push_device_token", rs(b.r, alHex, 64))
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("%s INFO  apns: POST https://api.push.apple.com/3/device/%s apns-topic=com.acme.app authorization=bearer %s", t, dev, b.Sec("jwt"))
	case 1:
		b.Emitf("%s WARN  apns: 410 Unregistered for device %s (timestamp %d)", t, dev, cTime(b).UnixMilli())
	case 2:
		b.Emitf("%s DEBUG fcm: POST https://fcm.googleapis.com/fcm/send Authorization: key=%s to=%s", t, b.S("fcm_server_key", "AAAA"+rs(b.r, alB64URL, 7)+":APA91b"+rs(b.r, alB64URL, 134)), dev)
	case 3:
		b.Emitf("%s INFO  register device platform=ios token=%s user=%s app_version=%s", t, dev, b.Harm("uuid"), b.Harm("version"))
	default:
		b.Emitf("%s INFO  revenuecat: webhook for app_user_id=%s product=pro_monthly auth=%s", t, dev, b.S("revenuecat_webhook_auth", rs(b.r, alAlnum, 32)))
	}
}

func cGoTestV(b *B) {
	name := b.Pick("TestClient_Do", "TestSigner", "TestLoadConfig")
	b.Emitf("=== RUN   %s", name)
	b.Emitf("=== RUN   %s/with_token", name)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("    client_test.go:%d: request headers: map[Authorization:[Bearer %s] User-Agent:[Go-http-client/1.1]]", b.N(20, 300), b.Sec(b.Pick("github_ghp", "gitlab_pat", "huggingface")))
	case 1:
		b.Emitf("    signer_test.go:%d: got signature %s, want %s", b.N(20, 300), b.Harm("sha256_hex"), b.Harm("sha256_hex"))
	case 2:
		b.Emitf("    config_test.go:%d: loaded %+v", b.N(20, 300), fmt.Sprintf("{DSN:postgres://test:%s@localhost:5432/test Debug:true}", b.Sec("password_urlsafe")))
	case 3:
		b.Emitf("    client_test.go:%d: using fixture %s", b.N(20, 300), b.Harm("file_path"))
	default:
		b.Emitf("    signer_test.go:%d: env AWS_SECRET_ACCESS_KEY=%s", b.N(20, 300), b.Sec("aws_secret_access_key"))
	}
	b.Emitf("--- %s: %s (%.2fs)", b.Pick("PASS", "PASS", "FAIL"), name, b.r.Float64())
	b.Emitf("    --- PASS: %s/with_token (0.00s)", name)
	if b.Chance(0.3) {
		b.Emitf("ok  \tgithub.com/acme/svc/internal/client\t%.3fs", b.r.Float64()*3)
	}
}

func cVaporSwift(b *B) {
	rid := b.Harm("uuid")
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("[ INFO ] POST /v1/auth/login [request-id: %s] (Vapor/HTTP/Server/HTTPServerHandler.swift:%d)", rid, b.N(40, 200))
	case 1:
		b.Emitf(`[ DEBUG ] Request headers: [("Authorization", "Bearer %s"), ("Content-Type", "application/json")] [request-id: %s]`, b.Sec(b.Pick("jwt", "bearer_opaque")), rid)
	case 2:
		b.Emitf(`[ ERROR ] Abort.401: Invalid credentials for user %s [request-id: %s]`, b.Pick("alice", "bob"), rid)
	default:
		b.Emitf(`[ DEBUG ] Decoded LoginRequest(email: "%s", password: "%s") [request-id: %s]`, b.Harm("email"), b.Sec(b.Pick("password_human", "password_generated")), rid)
	}
}

func cIaCOutputs(b *B) {
	switch b.r.IntN(6) {
	case 0:
		b.Emit("$ pulumi config --show-secrets")
		b.Emit("KEY                     VALUE")
		b.Emitf("aws:region              %s", pick(b.r, regions...))
		b.Emitf("app:dbPassword          %s", b.Sec(b.Pick("password_human", "password_generated")))
		b.Emitf("app:stripeKey           %s", b.Sec("stripe_secret"))
	case 1:
		b.Emit("$ pulumi config")
		b.Emit("KEY                     VALUE")
		b.Emitf("app:dbPassword          %s", b.H("placeholder", "[secret]"))
		b.Emitf("app:replicas            %d", b.N(1, 9))
	case 2:
		b.Emit("Outputs:")
		b.Emitf("ApiStack.ApiEndpoint%s = https://%s.execute-api.%s.amazonaws.com/prod/", rs(b.r, alHexU, 8), rs(b.r, alLower+alDigit, 10), pick(b.r, regions...))
		b.Emitf("ApiStack.ApiKeyValue = %s", b.S("aws_apigw_key", rs(b.r, alAlnum, 40)))
		b.Emitf("ApiStack.ExportsOutputRefRole = %s", b.Harm("arn_role"))
	case 3:
		b.Emit("service: acme-api")
		b.Emit("stage: prod")
		b.Emitf("region: %s", pick(b.r, regions...))
		b.Emit("api keys:")
		b.Emitf("  partner-key: %s", b.S("aws_apigw_key", rs(b.r, alAlnum, 40)))
		b.Emit("endpoints:")
		b.Emitf("  GET - https://%s.execute-api.us-east-1.amazonaws.com/prod/items", rs(b.r, alLower+alDigit, 10))
	case 4:
		b.Emitf("ApiStack | %d/%d | %s | CREATE_COMPLETE      | AWS::SecretsManager::Secret | DbSecret (%s)", b.N(1, 9), b.N(10, 20), cTime(b).Format("3:04:05 PM"), b.Harm("arn_secret"))
	default:
		b.Emitf("Diagnostics:")
		b.Emitf("  pulumi:pulumi:Stack (acme-prod):")
		b.Emitf("    warning: using a personal access token %s for the service backend", b.Harm("masked_key"))
	}
}

// cPlainMentions: clean lines of half c's families that talk about
// credentials without holding one; nothing in them is tracked.
func cPlainMentions(b *B) {
	t := cTime(b).Format(time.RFC3339)
	switch b.r.IntN(20) {
	case 0:
		b.Emitf("%s INFO vault: token renewed, ttl=768h", t)
	case 1:
		b.Emit("TASK [postgresql : Set the postgres user password] ***************************")
	case 2:
		b.Emitf("%s WARN kafka: SASL authentication failed for principal User:orders", t)
	case 3:
		b.Emit("      API_TOKEN:          <set to the key 'token' of config map 'api'>  Optional: false")
	case 4:
		b.Emitf("%s [Information] Loaded secret 'sql-admin' from Key Vault (version %s)", t, rs(b.r, alHex, 32))
	case 5:
		b.Emit("npm notice Log in on https://npm.internal.example.com/ with your token")
	case 6:
		b.Emitf("%s heroku[router]: at=error code=H12 desc=\"Request timeout\" method=POST path=\"/api/token\" status=503", t)
	case 7:
		b.Emit("Outputs: ApiStack.SecretArn is set; use `aws secretsmanager get-secret-value` to read it")
	case 8:
		b.Emitf("%s DEBUG grpc: metadata authorization is missing, rejecting with Unauthenticated", t)
	case 9:
		b.Emit(`    {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result"}`)
	case 10:
		b.Emitf("%s INFO password rotation scheduled for role app_rw in %dh", t, b.N(1, 72))
	case 11:
		b.Emit("ERROR: failed to solve: failed to fetch anonymous token: unexpected status: 401 Unauthorized")
	case 12:
		b.Emitf("%s [security2:notice] ModSecurity for Apache/2.9.7 configured.", t)
	case 13:
		b.Emitf("[%s] INFO [Admin Manager on Broker 1]: Updated SCRAM credentials for user svc-ingest", cTime(b).Format("2006-01-02 15:04:05,000"))
	case 14:
		b.Emitf("Login Succeeded for %s", b.Pick("ci@cr.acme.example", "deploy@registry.internal"))
	case 15:
		b.Emitf("%s level=info msg=\"Refreshing token for repo https://github.com/acme/charts\" expires_in=%ds", t, b.N(60, 3600))
	case 16:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"api key created","key_name":"ci-%d","expires_in_days":90,"secret_returned_once":true}`, b.N(1, 99)))
	case 17:
		b.Emitf("=== RUN   TestRedactsPassword")
	case 18:
		b.Emitf("%s app[web.1]: [Rack::Attack] throttled /users/password for %s", t, ip4(b.r))
	default:
		b.Emitf("+ export AWS_PROFILE=deploy AWS_SDK_LOAD_CONFIG=1 && aws sts get-caller-identity")
	}
}

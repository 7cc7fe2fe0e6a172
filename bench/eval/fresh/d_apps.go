package fresh

import (
	"fmt"
	"time"
)

// Half d (third development half), application logs: Sentry event
// payloads, New Relic agent logs, Hasura/PostgREST/Supabase, Prisma,
// TypeORM, Knex and Mongoose debug output, SQLAlchemy echo and Doctrine,
// Spring Security debug, Quarkus and Micronaut, .NET HttpClient logging,
// grpc-gateway, Envoy ext_authz with OPA decision logs, Keycloak events,
// Okta System Log and Auth0 tenant logs, Cognito triggers and Firebase
// functions.
var dApps = []Template{
	{"d/sentry-event", 4, dSentryEvent},
	{"d/newrelic-agent", 3, dNewRelicAgent},
	{"d/hasura-postgrest", 5, dHasuraPostgREST},
	{"d/prisma-typeorm", 5, dPrismaTypeORM},
	{"d/knex-mongoose", 4, dKnexMongoose},
	{"d/sqlalchemy-doctrine", 4, dSQLAlchemyDoctrine},
	{"d/spring-security-dbg", 4, dSpringSecurity},
	{"d/quarkus-micronaut", 3, dQuarkusMicronaut},
	{"d/dotnet-httpclient", 4, dDotnetHttpClient},
	{"d/grpc-gateway", 3, dGRPCGateway},
	{"d/opa-decision", 4, dOPADecision},
	{"d/keycloak-events", 4, dKeycloakEvents},
	{"d/okta-auth0-logs", 4, dOktaAuth0},
	{"d/cognito-firebase", 4, dCognitoFirebase},
}

func dSentryEvent(b *B) {
	var req string
	switch b.r.IntN(5) {
	case 0:
		cookie := "theme=dark"
		if b.Chance(0.5) {
			cookie = "sessionid=" + b.SecJ("php_session")
		}
		req = fmt.Sprintf(`"request":{"url":"https://app.example.com/api/checkout","method":"POST","headers":[["Authorization","Bearer %s"],["User-Agent","Mozilla/5.0"]],"cookies":"%s"}`, b.SecJ("jwt"), cookie)
	case 1:
		req = fmt.Sprintf(`"request":{"url":"https://app.example.com/login","method":"POST","data":{"email":"%s","password":"[Filtered]"}}`, b.HarmJ("email"))
	case 2:
		req = fmt.Sprintf(`"request":{"url":"https://app.example.com/api/orders","query_string":"page=2&api_key=%s","method":"GET"}`, b.SecJ("api_key_generic"))
	default:
		req = fmt.Sprintf(`"request":{"url":"https://app.example.com/api/orders/%s","method":"GET"}`, b.Harm("ulid"))
	}
	var extra string
	switch b.r.IntN(4) {
	case 0:
		extra = fmt.Sprintf(`,"extra":{"sys.argv":["manage.py","runserver"],"settings":"{\"STRIPE_KEY\": \"%s\", \"DEBUG\": false}"}`, dSecJJ(b, "stripe_secret"))
	case 1:
		extra = fmt.Sprintf(`,"breadcrumbs":{"values":[{"category":"httplib","data":{"url":"https://api.sendgrid.com/v3/mail/send","method":"POST","status_code":401},"message":"Authorization: Bearer %s"}]}`, b.SecJ("sendgrid"))
	case 2:
		extra = fmt.Sprintf(`,"contexts":{"trace":{"trace_id":"%s","span_id":"%s"},"app":{"app_start_time":"%s"}}`, b.Harm("trace_id"), b.Harm("span_id"), b.Harm("timestamp"))
	}
	b.EmitJSON(fmt.Sprintf(`{"event_id":"%s","timestamp":"%s","platform":"python","level":"error","logger":"django.request","exception":{"values":[{"type":"%s","value":"%s"}]},%s%s,"sdk":{"name":"sentry.python","version":"%s"}}`,
		rs(b.r, alHex, 32), dT(b).Format(time.RFC3339), b.Pick("PermissionDenied", "KeyError", "ConnectionError"), b.Pick("forbidden", "'user_id'", "Max retries exceeded"), req, extra, b.Harm("version")))
	if b.Chance(0.15) {
		b.Emitf(`[sentry] DEBUG: Sending event, type:error level:error event_id:%s project:%d host:o%d.ingest.sentry.io`, rs(b.r, alHex, 32), b.N(1e5, 9e6), b.N(1e5, 9e6))
	}
	if b.Chance(0.1) {
		b.Emitf(`[sentry] DEBUG: Setting up integrations (with default = True) dsn=https://%s@o%d.ingest.sentry.io/%d`, b.H("sentry_dsn_key", rs(b.r, alHex, 32)), b.N(1e5, 9e6), b.N(1e5, 9e6))
	}
}

func dNewRelicAgent(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`%s (%d/MainThread) newrelic.core.agent INFO - New Relic Python Agent (%s)`, t, b.N(1, 90), b.Harm("version"))
	case 1:
		b.Emitf(`%s (%d/NR-Activate-Session/api) newrelic.core.data_collector DEBUG - Connecting to data collector. license_key=%s host=collector.newrelic.com`, t, b.N(1, 90), b.Sec("new_relic_license"))
	case 2:
		b.Emitf(`%s (%d/MainThread) newrelic.config INFO - license_key = '%s'`, t, b.N(1, 90), b.H("masked_key", "****************************************"+rs(b.r, alHex, 4)))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"v":0,"level":30,"name":"newrelic","hostname":"web-1","pid":%d,"time":"%s","msg":"Using configuration","component":"config","config":{"app_name":["checkout"],"license_key":"%s","proxy":"http://proxy:%s@proxy.internal:3128"}}`, b.N(1, 90000), dT(b).Format(time.RFC3339Nano), b.SecJ("new_relic_license"), b.SecJ("password_urlsafe")))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"v":0,"level":30,"name":"newrelic","hostname":"web-1","pid":%d,"time":"%s","msg":"Harvest cycle completed","component":"harvester","entity_guid":"%s"}`, b.N(1, 90000), dT(b).Format(time.RFC3339Nano), rs(b.r, alAlnum, 40)))
	case 5:
		b.Emitf(`[%s] [INFO] [api] Querying NerdGraph with API-Key: %s`, dT(b).Format(time.RFC3339), b.Sec("new_relic_user"))
	default:
		b.Emitf(`%s (%d/Harvest-Thread) newrelic.core.agent DEBUG - Reporting to https://rpm.newrelic.com/accounts/%d/applications/%d`, t, b.N(1, 90), b.N(1e6, 9e6), b.N(1e6, 9e8))
	}
}

func dHasuraPostgREST(b *B) {
	switch b.r.IntN(9) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"type":"http-log","timestamp":"%s","level":"info","detail":{"operation":{"user_vars":{"x-hasura-role":"user","x-hasura-user-id":"%s"},"request_id":"%s","query":{"operationName":"GetOrders"}},"http_info":{"status":200,"ip":"%s","method":"POST","url":"/v1/graphql"}}}`, dT(b).Format(time.RFC3339Nano), b.Harm("uuid"), b.Harm("uuid"), b.Harm("ipv4")))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"type":"http-log","timestamp":"%s","level":"error","detail":{"http_info":{"status":401,"method":"POST","url":"/v1/metadata"},"request_headers":{"x-hasura-admin-secret":"%s","content-type":"application/json"}}}`, dT(b).Format(time.RFC3339Nano), b.SecJ(b.Pick("password_generated", "api_key_generic"))))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"type":"startup","timestamp":"%s","level":"info","detail":{"kind":"serve_options","info":{"port":8080,"admin_secret_set":true,"jwt_secret":{"type":"HS256","key":"%s"},"database_url":"postgres://hasura:%s@pg:5432/app"}}}`, dT(b).Format(time.RFC3339Nano), b.SecJ("hex_secret"), b.SecJ("password_urlsafe")))
	case 3:
		b.Emitf(`%s: Listening on port 3000`, dT(b).Format("14/Mar/2024:15:04:05 -0700"))
	case 4:
		b.Emitf(`%s - web_anon [%s] "GET /todos?select=*&done=eq.false&after=%s HTTP/1.1" 200 - "" "curl/8.5.0"`, b.Harm("ipv4"), dT(b).Format("02/Jan/2006:15:04:05 -0700"), b.Harm("cursor"))
	case 5:
		b.Emitf(`$ curl "https://%s.supabase.co/rest/v1/profiles?select=*" -H "apikey: %s" -H "Authorization: Bearer %s"`, rs(b.r, alLower, 20), b.SP("supabase_service_role", b.Gen("jwt"), 0), b.Sec("jwt"))
	case 6:
		b.Emitf(`%s: Config reloaded (db-uri: postgres://authenticator:%s@db:5432/postgres, jwt-secret: %s)`, dT(b).Format("14/Mar/2024:15:04:05 -0700"), b.Sec("password_urlsafe"), b.Sec("csrf_token"))
	case 7:
		b.Emitf(`%s: Schema cache loaded %d Relations, %d Relationships, %d Functions`, dT(b).Format("14/Mar/2024:15:04:05 -0700"), b.N(5, 90), b.N(1, 90), b.N(1, 40))
	default:
		b.EmitJSON(fmt.Sprintf(`{"type":"websocket-log","timestamp":"%s","level":"info","detail":{"event":{"type":"accepted"},"connection_info":{"websocket_id":"%s","token_expiry":null,"msg":null}}}`, dT(b).Format(time.RFC3339Nano), b.Harm("uuid")))
	}
}

func dPrismaTypeORM(b *B) {
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`prisma:query SELECT "public"."User"."id", "public"."User"."email" FROM "public"."User" WHERE "public"."User"."email" = $1 LIMIT $2 OFFSET $3`)
	case 1:
		b.Emitf(`prisma:query INSERT INTO "public"."ApiToken" ("id","userId","token","createdAt") VALUES ($1,$2,$3,$4) RETURNING "public"."ApiToken"."id"`)
		b.Emitf(`prisma:query params ["%s","%s","%s","%s"]`, b.Harm("uuid"), b.Harm("uuid"), b.SecJ("bearer_opaque"), dT(b).Format(time.RFC3339Nano))
	case 2:
		b.Emitf(`prisma:info Starting a postgresql pool with %d connections.`, b.N(3, 33))
	case 3:
		b.Emitf(`PrismaClientInitializationError: Authentication failed against database server at ` + "`pg.internal`" + `, the provided database credentials for ` + "`app`" + ` are not valid.`)
	case 4:
		b.Emitf(`query: UPDATE "user" SET "reset_token" = $1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN ($2) -- PARAMETERS: ["%s",%d]`, b.SecJ("csrf_token"), b.N(1, 99999))
	case 5:
		b.Emitf(`query: SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE "User"."id" = $1 -- PARAMETERS: [%d]`, b.N(1, 99999))
	case 6:
		b.Emitf(`query failed: INSERT INTO "integration"("provider", "access_token", "refresh_token") VALUES ($1, $2, $3) -- PARAMETERS: ["slack","%s","%s"]`, b.Sec("slack_bot"), b.Sec("csrf_token"))
		b.Emit(`error: duplicate key value violates unique constraint "UQ_integration_provider"`)
	case 7:
		b.Emitf(`[TypeORM] DataSource options: { type: 'postgres', host: 'pg.internal', username: 'app', password: '%s', database: 'app' }`, b.Sec("password_human"))
	default:
		b.Emitf(`query: COMMIT`)
	}
}

func dKnexMongoose(b *B) {
	oid := func() string { return b.H("object_id", rs(b.r, alHex, 24)) }
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`  knex:query select "id", "email" from "users" where "email" = ? limit ? undefined +%dms`, b.N(0, 90))
	case 1:
		b.Emitf(`  knex:bindings [ '%s', 1 ] undefined +0ms`, b.Harm("email"))
	case 2:
		b.Emitf(`  knex:bindings [ '%s', '%s' ] undefined +1ms`, b.Sec("twilio_auth_token"), b.Harm("twilio_sid"))
	case 3:
		b.Emitf(`  knex:client acquired connection from pool: __knexUid%d +0ms`, b.N(1, 90))
	case 4:
		b.Emitf(`Mongoose: users.findOne({ _id: ObjectId("%s") }, { projection: { passwordHash: 0 } })`, oid())
	case 5:
		b.Emitf(`Mongoose: users.updateOne({ _id: ObjectId("%s") }, { '$set': { apiKey: '%s', updatedAt: new Date("%s") } }, {})`, oid(), b.Sec(b.Pick("api_key_generic", "openai_legacy", "mailgun")), dT(b).Format(time.RFC3339Nano))
	case 6:
		b.Emitf(`Mongoose: sessions.insertOne({ _id: '%s', expires: new Date("%s"), session: '{"cookie":{"httpOnly":true},"passport":{"user":"%s"}}' }, {})`, b.Sec("session_uuid"), dT(b).Format(time.RFC3339Nano), oid())
	case 7:
		b.Emitf(`Mongoose: connecting to mongodb+srv://app:%s@cluster0.%s.mongodb.net/prod?retryWrites=true`, b.Sec("password_urlsafe"), rs(b.r, alLower+alDigit, 5))
	default:
		b.Emitf(`Mongoose: orders.countDocuments({ status: 'paid' }, {})`)
	}
}

func dSQLAlchemyDoctrine(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s INFO sqlalchemy.engine.Engine SELECT users.id, users.email FROM users WHERE users.email = %%(email_1)s`, t)
		b.Emitf(`%s INFO sqlalchemy.engine.Engine [cached since %.4gs ago] {'email_1': '%s'}`, t, b.r.Float64()*100, b.Harm("email"))
	case 1:
		b.Emitf(`%s INFO sqlalchemy.engine.Engine INSERT INTO oauth_tokens (user_id, access_token, refresh_token, expires_at) VALUES (?, ?, ?, ?)`, t)
		b.Emitf(`%s INFO sqlalchemy.engine.Engine [generated in 0.00031s] (%d, '%s', '%s', '%s')`, t, b.N(1, 9999), b.Sec(b.Pick("github_gho", "bearer_opaque")), b.Sec("csrf_token"), dT(b).Format("2006-01-02 15:04:05"))
	case 2:
		b.Emitf(`%s INFO sqlalchemy.engine.Engine BEGIN (implicit)`, t)
	case 3:
		b.Emitf(`sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg.internal" (%s), port 5432 failed: FATAL:  password authentication failed for user "app"`, b.Harm("ipv4"))
	case 4:
		b.Emitf(`(Background on this error at: https://sqlalche.me/e/20/e3q8) engine url=postgresql+psycopg2://app:%s@pg.internal/app`, b.Sec("password_generated"))
	case 5:
		b.Emitf(`[%s] doctrine.DEBUG: Executing statement: UPDATE user SET api_token = ? WHERE id = ? (parameters: {"1":"%s","2":%d}, types: {"1":2,"2":1}) []`, dT(b).Format("2006-01-02T15:04:05.000000+00:00"), b.SecJ("hex_secret"), b.N(1, 9999))
	case 6:
		b.Emitf(`[%s] doctrine.DEBUG: Executing query: SELECT t0.id AS id_1, t0.email AS email_2 FROM user t0 WHERE t0.id = ? (parameters: {"1":%d}) []`, dT(b).Format("2006-01-02T15:04:05.000000+00:00"), b.N(1, 9999))
	default:
		b.Emitf(`[%s] doctrine.INFO: Connecting with parameters {"driver":"pdo_mysql","host":"mysql","user":"symfony","password":"<redacted>","dbname":"app"} []`, dT(b).Format("2006-01-02T15:04:05.000000+00:00"))
	}
}

func dSpringSecurity(b *B) {
	t := dT(b).Format("2006-01-02T15:04:05.000Z")
	th := fmt.Sprintf("[nio-8080-exec-%d]", b.N(1, 10))
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`%s DEBUG 1 --- %s o.s.security.web.FilterChainProxy        : Securing GET /api/accounts/%d`, t, th, b.N(1, 9999))
	case 1:
		b.Emitf(`%s DEBUG 1 --- %s o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext`, t, th)
	case 2:
		b.Emitf(`%s DEBUG 1 --- %s .s.o.s.r.w.BearerTokenAuthenticationFilter : Authenticating request with bearer token %s`, t, th, b.Sec("jwt"))
	case 3:
		b.Emitf(`%s DEBUG 1 --- %s o.s.s.o.s.r.a.JwtAuthenticationProvider : Authenticated token`, t, th)
	case 4:
		b.Emitf(`%s TRACE 1 --- %s o.s.s.a.dao.DaoAuthenticationProvider    : Authenticating UsernamePasswordAuthenticationToken [Principal=alice, Credentials=[%s], Authenticated=false]`, t, th, b.Sec("password_human"))
	case 5:
		b.Emitf(`%s DEBUG 1 --- %s o.s.s.a.dao.DaoAuthenticationProvider    : Authenticated user; Credentials=[PROTECTED]`, t, th)
	case 6:
		b.Emitf(`%s DEBUG 1 --- %s o.s.w.r.f.client.ExchangeFunctions       : [%s] HTTP POST https://login.example.com/oauth2/token, headers={masked}, body=grant_type=client_credentials&client_id=%s&client_secret=%s`, t, th, rs(b.r, alHex, 8), b.Harm("client_id"), b.Sec("client_secret"))
	case 7:
		b.Emitf(`%s DEBUG 1 --- %s o.s.s.w.s.HttpSessionRequestCache        : Saved request https://app.example.com/account?continue to session`, t, th)
	default:
		b.Emitf(`%s DEBUG 1 --- %s o.s.s.w.c.HttpSessionSecurityContextRepository : Stored SecurityContextImpl to HttpSession [org.apache.catalina.session.StandardSessionFacade@%s]`, t, th, rs(b.r, alHex, 8))
		b.Emitf(`Set-Cookie: JSESSIONID=%s; Path=/; HttpOnly`, b.Sec("jsessionid"))
	}
}

func dQuarkusMicronaut(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s INFO  [io.quarkus] (main) orders %s on JVM (powered by Quarkus 3.8.1) started in 1.234s. Listening on: http://0.0.0.0:8080`, t, b.Harm("version"))
	case 1:
		b.Emitf(`%s DEBUG [io.qua.run.con.ConfigRecorder] (main) quarkus.datasource.password=%s (from application.properties)`, t, b.Sec("password_generated"))
	case 2:
		b.Emitf(`%s DEBUG [io.qua.oid.run.OidcProvider] (vert.x-eventloop-thread-1) Verifying the JWT token %s`, t, b.Sec("jwt"))
	case 3:
		b.Emitf(`%s INFO  [io.quarkus] (main) Installed features: [cdi, hibernate-orm, jdbc-postgresql, oidc, rest, smallrye-health]`, t)
	case 4:
		b.Emitf(`%s DEBUG i.m.c.e.DefaultEnvironment - Reading property source: env: MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET=%s`, dT(b).Format("15:04:05.000"), b.Sec("hex_secret"))
	case 5:
		b.Emitf(`%s INFO  io.micronaut.runtime.Micronaut - Startup completed in %dms. Server Running: http://localhost:8080`, dT(b).Format("15:04:05.000"), b.N(300, 3000))
	case 6:
		b.Emitf(`%s TRACE i.m.h.c.n.DefaultHttpClient - Authorization: Basic %s`, dT(b).Format("15:04:05.000"), b.Sec("basic_auth"))
	default:
		b.Emitf(`%s TRACE i.m.h.c.n.DefaultHttpClient - Sending HTTP GET to https://inventory.internal/items?ids=%s`, dT(b).Format("15:04:05.000"), b.Harm("uuid"))
	}
}

func dDotnetHttpClient(b *B) {
	cat := "System.Net.Http.HttpClient." + b.Pick("PaymentsApi", "Default", "GraphClient") + ".ClientHandler"
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`info: %s[100]`, cat)
		b.Emitf(`      Sending HTTP request POST https://api.example.com/v1/charges`)
		b.Emitf(`trce: %s[102]`, cat)
		b.Emitf(`      Request Headers:`)
		b.Emitf(`      Authorization: Bearer %s`, b.Sec(b.Pick("jwt", "stripe_secret", "okta_ssws")))
		b.Emitf(`      traceparent: %s`, b.Harm("traceparent"))
	case 1:
		b.Emitf(`info: %s[101]`, cat)
		b.Emitf(`      Received HTTP response headers after %.4fms - %d`, b.r.Float64()*900, b.PickI(200, 401, 429))
	case 2:
		b.Emitf(`trce: %s[102]`, cat)
		b.Emitf(`      Request Headers:`)
		b.Emitf(`      Ocp-Apim-Subscription-Key: %s`, b.Sec("api_key_generic"))
		b.Emitf(`      Request-Id: |%s.%s.`, b.Harm("trace_id"), rs(b.r, alHex, 8))
	case 3:
		b.Emitf(`info: %s[100]`, cat)
		b.Emitf(`      Sending HTTP request GET https://graph.microsoft.com/v1.0/users?$top=5`)
	case 4:
		b.Emitf(`fail: Microsoft.Identity.Web.TokenAcquisition[0]`)
		b.Emitf(`      Microsoft.Identity.Client.MsalServiceException: Microsoft.Identity.Client, Version=4.59.0.0, Culture=neutral, %s`, b.Harm("public_token"))
		b.Emitf(`      AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID. Secret: %s`, b.Sec("azure_client_secret"))
	default:
		b.Emitf(`info: Microsoft.Hosting.Lifetime[14]`)
		b.Emitf(`      Now listening on: http://[::]:8080`)
	}
}

func dGRPCGateway(b *B) {
	switch b.r.IntN(6) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","msg":"forwarding","grpc.method":"/orders.v1.Orders/Create","md":{"grpcgateway-authorization":["Bearer %s"],"x-forwarded-for":["%s"]}}`, dT(b).Format(time.RFC3339Nano), b.SecJ(b.Pick("jwt", "bearer_opaque")), b.Harm("ipv4")))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","msg":"finished call","grpc.method":"/orders.v1.Orders/Get","grpc.code":"OK","grpc.time_ms":%d,"trace_id":"%s"}`, dT(b).Format(time.RFC3339Nano), b.N(0, 900), b.Harm("trace_id")))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","ts":"%s","msg":"unauthenticated","grpc.method":"/billing.v1.Billing/ListInvoices","md":{"grpcgateway-cookie":["sid=%s"]},"error":"rpc error: code = Unauthenticated desc = session expired"}`, dT(b).Format(time.RFC3339Nano), b.SecJ("connect_sid")))
	case 3:
		b.Emitf(`%s INFO gateway: mux registered /v1/orders/{id} -> orders.v1.Orders/Get`, dT(b).Format("2006/01/02 15:04:05"))
	case 4:
		b.Emitf(`%s DEBUG gateway: outgoing metadata: map[:authority:[orders:9090] authorization:[Bearer %s] x-request-id:[%s]]`, dT(b).Format("2006/01/02 15:04:05"), b.Sec("github_ghu"), b.Harm("uuid"))
	default:
		b.Emitf(`%s INFO gateway: serving on :8081 (grpc backend dns:///orders:9090)`, dT(b).Format("2006/01/02 15:04:05"))
	}
}

// OPA decision logs behind Envoy ext_authz: the input carries the request.
func dOPADecision(b *B) {
	var hdr string
	switch b.r.IntN(5) {
	case 0:
		hdr = fmt.Sprintf(`"authorization":"Bearer %s","x-auth-scheme":"%s",`, b.SecJ("jwt"), b.Harm("scope"))
	case 1:
		hdr = fmt.Sprintf(`"x-api-key":"%s",`, b.SecJ(b.Pick("api_key_generic", "google_api_key")))
	case 2:
		hdr = fmt.Sprintf(`"cookie":"_session=%s",`, b.SecJ("rails_session"))
	default:
		hdr = fmt.Sprintf(`"x-b3-traceid":"%s",`, b.Harm("trace_id"))
	}
	b.EmitJSON(fmt.Sprintf(`{"decision_id":"%s","input":{"attributes":{"request":{"http":{"method":"GET","path":"/api/v1/reports","headers":{%s"user-agent":"curl/8.5.0"}}},"source":{"address":{"socketAddress":{"address":"%s"}}}}},"labels":{"id":"%s","version":"0.62.1"},"metrics":{"timer_rego_query_eval_ns":%d},"path":"envoy/authz/allow","result":%s,"timestamp":"%s","type":"openpolicyagent.org/decision_logs"}`,
		b.Harm("uuid"), hdr, b.Harm("ipv4"), b.Harm("uuid"), b.N(1000, 900000), b.Pick("true", "false"), dT(b).Format(time.RFC3339Nano)))
	if b.Chance(0.15) {
		b.Emitf(`[%s][debug][ext_authz] [source/extensions/filters/http/ext_authz/ext_authz.cc:%d] [Tags: "ConnectionId":"%d","StreamId":"%d"] ext_authz filter accepted the request`, dT(b).Format("2006-01-02 15:04:05.000"), b.N(100, 400), b.N(1, 9999), b.N(1e17, 9e17))
	}
}

func dKeycloakEvents(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05,000")
	realm := b.Pick("acme", "internal", "customers")
	switch b.r.IntN(8) {
	case 0, 1:
		b.Emitf(`%s WARN  [org.keycloak.events] (executor-thread-%d) type="LOGIN_ERROR", realmId="%s", realmName="%s", clientId="%s", userId="null", ipAddress="%s", error="invalid_user_credentials", auth_method="openid-connect", username="%s"`, t, b.N(1, 40), b.Harm("uuid"), realm, b.Pick("web-app", "admin-cli", "mobile"), b.Harm("ipv4"), b.Harm("email"))
	case 2:
		b.Emitf(`%s DEBUG [org.keycloak.events] (executor-thread-%d) type="LOGIN", realmId="%s", realmName="%s", clientId="web-app", userId="%s", ipAddress="%s", auth_method="openid-connect", %s, scope="%s", code_id="%s", token_id="%s"`, t, b.N(1, 40), b.Harm("uuid"), realm, b.Harm("uuid"), b.Harm("ipv4"), b.KV("status_word", `grant_type="`, b.Pick("password", "authorization_code", "refresh_token")+`"`), b.Harm("scope"), b.Harm("uuid"), b.Harm("uuid"))
	case 3:
		b.Emitf(`%s DEBUG [org.keycloak.events] (executor-thread-%d) operationType="UPDATE", realmId="%s", resourcePath="clients/%s", representation="{\"clientId\":\"billing\",\"secret\":\"%s\",\"publicClient\":false}"`, t, b.N(1, 40), b.Harm("uuid"), b.Harm("uuid"), b.Sec("client_secret"))
	case 4:
		b.Emitf(`%s INFO  [org.keycloak.services] (main) KC-SERVICES0009: Added user 'admin' to realm 'master'`, t)
	case 5:
		b.Emitf(`%s DEBUG [org.keycloak.protocol.oidc.endpoints.TokenEndpoint] (executor-thread-%d) client_credentials grant: client_id=billing client_secret=%s`, t, b.N(1, 40), b.Sec("client_secret"))
	case 6:
		b.Emitf(`$ /opt/keycloak/bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin --password '%s'`, b.Sec("password_human"))
	default:
		b.Emitf(`%s INFO  [io.quarkus] (main) Keycloak %s on JVM started in 7.321s. Listening on: http://0.0.0.0:8080`, t, b.Harm("version"))
	}
}

func dOktaAuth0(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"actor":{"id":"00u%s","type":"User","alternateId":"%s"},"client":{"ipAddress":"%s","userAgent":{"rawUserAgent":"Mozilla/5.0"}},"eventType":"user.session.start","outcome":{"result":"%s"},"published":"%s","uuid":"%s","transaction":{"type":"WEB","id":"%s"}}`,
			rs(b.r, alAlnum, 17), b.HarmJ("email"), b.Harm("ipv4"), b.Pick("SUCCESS", "FAILURE"), dT(b).Format(time.RFC3339Nano), b.Harm("uuid"), rs(b.r, alAlnum, 27)))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"eventType":"system.api_token.create","displayMessage":"Create API token","target":[{"id":"00T%s","type":"Token","displayName":"terraform"}],"debugContext":{"debugData":{"requestUri":"/api/internal/tokens","tokenValue":"%s"}},"published":"%s"}`, rs(b.r, alAlnum, 17), b.SecJ("okta_ssws"), dT(b).Format(time.RFC3339Nano)))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"date":"%s","type":"fp","description":"Wrong email or password.","connection":"Username-Password-Authentication","client_id":"%s","ip":"%s","user_name":"%s","log_id":"%s"}`, dT(b).Format(time.RFC3339Nano), rs(b.r, alAlnum, 32), b.Harm("ipv4"), b.HarmJ("email"), rs(b.r, alDigit, 56)))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"date":"%s","type":"feccft","description":"Unauthorized","client_id":"%s","details":{"request":{"method":"post","path":"/oauth/token","body":{"grant_type":"client_credentials","client_id":"%s","client_secret":"%s","audience":"https://api.example.com/"}}}}`, dT(b).Format(time.RFC3339Nano), rs(b.r, alAlnum, 32), rs(b.r, alAlnum, 32), b.SecJ("client_secret")))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"date":"%s","type":"sapi","description":"Update a client","details":{"request":{"method":"patch","path":"/api/v2/clients/%s","auth":{"credentials":{"jti":"%s","scopes":["update:clients"]},"strategy":"jwt"}}}}`, dT(b).Format(time.RFC3339Nano), rs(b.r, alAlnum, 32), rs(b.r, alHex, 32)))
	case 5:
		b.Emitf(`$ curl -s -H "Authorization: SSWS %s" "https://acme.okta.com/api/v1/logs?since=%s"`, b.Sec("okta_ssws"), dT(b).Format(time.RFC3339))
		if b.Chance(0.5) {
			b.Emitf(`< link: <https://acme.okta.com/api/v1/logs?after=%s>; rel="next"`, b.Harm("cursor"))
		}
	case 6:
		b.EmitJSON(fmt.Sprintf(`{"date":"%s","type":"seccft","description":"Client Credentials for Access Token","client_id":"%s","details":{"response":{"access_token":"%s",%s,"scope":"%s",%s}}}`, dT(b).Format(time.RFC3339Nano), b.Harm("client_id"), b.SecJ("jwt"), b.KV("number", `"expires_in":`, fmt.Sprint(b.PickI(3600, 86400))), b.Harm("scope"), b.KV("status_word", `"token_type":`, `"Bearer"`)))
	default:
		b.EmitJSON(fmt.Sprintf(`{"date":"%s","type":"s","description":"Success Login","connection":"google-oauth2","user_id":"google-oauth2|%s","ip":"%s"}`, dT(b).Format(time.RFC3339Nano), rs(b.r, alDigit, 21), b.Harm("ipv4")))
	}
}

func dCognitoFirebase(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s	%s	INFO	event: {"version":"1","triggerSource":"UserMigration_Authentication","region":"%s","userPoolId":"%s_%s","userName":"%s","request":{"password":"%s","validationData":null},"response":{}}`,
			dT(b).Format(time.RFC3339Nano), b.Harm("uuid"), b.Pick(regions...), b.Pick(regions...), rs(b.r, alAlnum, 9), b.Harm("email"), b.SecJ("password_human"))
	case 1:
		b.Emitf(`%s	%s	INFO	event: {"version":"1","triggerSource":"TokenGeneration_HostedAuth","userName":"%s","request":{"userAttributes":{"sub":"%s","email_verified":"true"}}}`, dT(b).Format(time.RFC3339Nano), b.Harm("uuid"), b.Harm("uuid"), b.Harm("uuid"))
	case 2:
		b.Emitf(`START RequestId: %s Version: $LATEST`, b.Harm("uuid"))
		b.Emitf(`assumed execution role %s`, b.Harm("arn_role"))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"severity":"INFO","message":"sendWelcome: invoked","logging.googleapis.com/labels":{"execution_id":"%s","firebase-log-type":"callable-request-verification"},"verifications":{"app":"VALID","auth":"VALID"}}`, rs(b.r, alAlnum, 12)))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"severity":"DEBUG","message":"callable request headers","headers":{"authorization":"Bearer %s","x-firebase-appcheck":"%s"}}`, b.SecJ("jwt"), b.SecJ("jwt")))
	case 5:
		b.Emitf(`i  functions: Loaded environment variables from .env.prod: STRIPE_SK=%s, MAILGUN_DOMAIN=mg.example.com`, b.Sec("stripe_secret"))
	case 6:
		b.Emitf(`✔  functions[us-central1-sendWelcome]: Successful update operation.`)
	default:
		b.Emitf(`Error: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired). uid=%s`, rs(b.r, alAlnum, 28))
	}
}

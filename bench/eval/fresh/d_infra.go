package fresh

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// Half d (third development half), infrastructure logs: log pipelines
// (Fluent Bit, Vector, Logstash rubydebug, the OpenTelemetry collector's
// debug exporter, promtail/Loki), observability backends (Grafana, Jaeger,
// the Datadog agent), ingress and proxies (ingress-nginx, HAProxy and its
// Data Plane API, Cilium Hubble), cluster plumbing (CoreDNS, etcd, CRI-O
// and crictl, Kubernetes events JSON, OpenShift and Rancher, cert-manager,
// external-secrets, Crossplane) and CI runners (GitHub Actions runner
// _diag, GitLab Runner, Buildkite, Drone, Tekton, Argo Workflows,
// Terraform Cloud runs). Written from gen.go's API and the style of halves
// a and c; half b was never read.
var dInfra = []Template{
	{"d/fluentbit-stdout", 6, dFluentBitStdout},
	{"d/vector-console", 5, dVectorConsole},
	{"d/logstash-rubydebug", 2, dLogstashRubydebug},
	{"d/otel-debug-exporter", 3, dOtelDebugExporter},
	{"d/promtail-loki", 4, dPromtailLoki},
	{"d/grafana-server", 5, dGrafanaServer},
	{"d/jaeger-span-json", 4, dJaegerSpan},
	{"d/datadog-agent", 4, dDatadogAgent},
	{"d/ingress-nginx-ctrl", 6, dIngressNginx},
	{"d/haproxy-dpapi", 4, dHAProxy},
	{"d/hubble-flows", 3, dHubbleFlows},
	{"d/coredns-etcd", 5, dCoreDNSEtcd},
	{"d/crio-crictl", 3, dCrioCrictl},
	{"d/k8s-events-json", 4, dK8sEventsJSON},
	{"d/openshift-rancher", 3, dOpenShiftRancher},
	{"d/certmgr-eso-xp", 4, dCertMgrESO},
	{"d/runner-diag", 4, dRunnerDiag},
	{"d/gitlab-buildkite-drone", 5, dGitLabBuildkite},
	{"d/tekton-argowf", 3, dTektonArgoWF},
	{"d/tfc-run", 3, dTFCRun},
}

func dT(b *B) time.Time { return ts(b.r) }

// dSecJJ records a secret as it appears inside a JSON string that is
// itself inside a JSON string (escaped twice).
func dSecJJ(b *B, kind string) string {
	v, pre := secretGens[kind](b.r)
	return b.SP(kind, jesc(jesc(v)), pre)
}

// dHarmJJ is dSecJJ for a harmless kind.
func dHarmJJ(b *B, kind string) string { return b.H(kind, jesc(jesc(b.HG(kind)))) }

// dEnvPool: variable names and formats for half d (its own phrasing).
var dEnvPool = []struct{ name, format string }{
	{"STRIPE_SECRET", "stripe_secret"},
	{"STRIPE_RK", "stripe_restricted"},
	{"STRIPE_WHSEC", "stripe_webhook_secret"},
	{"GITHUB_PAT", "github_pat"},
	{"GH_CLASSIC_TOKEN", "github_ghp"},
	{"GL_API_TOKEN", "gitlab_pat"},
	{"SLACK_BOT_OAUTH", "slack_bot"},
	{"SLACK_ADMIN_TOKEN", "slack_user"},
	{"SENDGRID_API_TOKEN", "sendgrid"},
	{"OPENAI_TOKEN", "openai"},
	{"ANTHROPIC_KEY", "anthropic"},
	{"S3_SECRET_KEY", "aws_secret_access_key"},
	{"S3_ACCESS_KEY", "aws_access_key_id"},
	{"DD_API_KEY", "datadog_api_key"},
	{"DD_APPLICATION_KEY", "datadog_app_key"},
	{"PGPASSWORD", "password_generated"},
	{"REDIS_PASSWORD", "password_urlsafe"},
	{"ADMIN_PASSWORD", "password_human"},
	{"TWILIO_AUTH", "twilio_auth_token"},
	{"MAILGUN_API_KEY", "mailgun"},
	{"VAULT_TOKEN", "vault_service"},
	{"NPM_TOKEN", "npm"},
	{"PYPI_TOKEN", "pypi"},
	{"HF_TOKEN", "huggingface"},
	{"NEW_RELIC_LICENSE_KEY", "new_relic_license"},
	{"DIGITALOCEAN_ACCESS_TOKEN", "digitalocean"},
	{"AZURE_CLIENT_SECRET", "azure_client_secret"},
	{"SHOPIFY_API_SECRET", "shopify_shared_secret"},
	{"ATLASSIAN_TOKEN", "atlassian"},
	{"DATABRICKS_PAT", "databricks"},
	{"GRAFANA_TOKEN", "grafana_sa"},
	{"SENTRY_TOKEN", "sentry_org"},
	{"TFE_TOKEN", "terraform_cloud"},
	{"LINEAR_API_KEY", "linear"},
	{"HMAC_KEY", "hex_secret"},
	{"API_SHARED_KEY", "api_key_generic"},
	{"JWT_SECRET", "hex_secret"},
	{"SQUARE_TOKEN", "square_legacy"},
	{"DOPPLER_SERVICE_TOKEN", "doppler"},
	{"PSCALE_DB_PASSWORD", "planetscale"},
}

func dEnv(b *B) (string, string) {
	e := dEnvPool[b.r.IntN(len(dEnvPool))]
	return e.name, e.format
}

// Fluent Bit's stdout output prints records as msgpack-ish arrays with
// Ruby-like "key"=>"value" maps.
func dFluentBitStdout(b *B) {
	tag := "kube.var.log.containers." + b.Harm("k8s_name") + "_prod_app-" + rs(b.r, alHex, 12) + ".log"
	var log string
	switch b.r.IntN(8) {
	case 0:
		log = fmt.Sprintf(`POST /api/v1/sessions 201 user=%s token=%s`, b.Harm("email"), b.Sec(b.Pick("jwt", "bearer_opaque")))
	case 1:
		n, f := dEnv(b)
		log = fmt.Sprintf(`booting with %s=%s`, n, b.Sec(f))
	case 2:
		log = fmt.Sprintf(`GET /healthz 200 %s`, b.Harm("duration"))
	case 3:
		log = fmt.Sprintf(`cache miss key=%s`, b.Harm("cache_key"))
	case 4:
		log = fmt.Sprintf(`connecting to redis://:%s@redis-master.prod.svc:6379/0`, b.Sec("password_urlsafe"))
	default:
		log = b.Pick("worker ready", "GET /metrics 200 1ms", "shutting down gracefully", "leader election: acquired lease prod/app-lock")
	}
	b.Emitf(`[%d] %s: [[%d.%09d, {}], {"log"=>"%s", "stream"=>"stdout", "kubernetes"=>{"pod_name"=>"%s", "namespace_name"=>"prod", "container_image"=>"%s"}}]`,
		b.N(0, 40), tag, dT(b).Unix(), b.N(0, 999999999), log, podName(b.r), "cr.acme.example/acme/app:"+rs(b.r, alHex, 7))
	if b.Chance(0.12) {
		b.Emitf(`[%s] [ info] [output:http:http.0] %s:443, HTTP status=200`, dT(b).Format("2006/01/02 15:04:05"), b.Pick("logs.example.net", "ingest.acme.io"))
	}
	if b.Chance(0.08) {
		b.Emitf(`[%s] [debug] [output:es:es.0] HTTP Status=200 URI=/_bulk`, dT(b).Format("2006/01/02 15:04:05"))
		b.Emitf(`[%s] [ warn] [output:http:http.1] http_user=ingest http_passwd=%s (from config)`, dT(b).Format("2006/01/02 15:04:05"), b.Sec("password_generated"))
	}
}

// Vector's console sink with encoding.codec=json: the original line is a
// JSON string inside the event, so an app's JSON log is escaped twice.
func dVectorConsole(b *B) {
	var msg string
	switch b.r.IntN(7) {
	case 0:
		msg = fmt.Sprintf(`{\"level\":\"info\",\"msg\":\"outbound\",\"headers\":{\"Authorization\":\"Bearer %s\"}}`, dSecJJ(b, b.Pick("github_gho", "gitlab_pat", "jwt", "linear")))
	case 1:
		msg = fmt.Sprintf(`{\"level\":\"debug\",\"msg\":\"db config\",\"dsn\":\"postgres://app:%s@pg.internal:5432/app?sslmode=require\"}`, dSecJJ(b, "password_urlsafe"))
	case 2:
		msg = fmt.Sprintf(`{\"level\":\"info\",\"msg\":\"served\",\"request_id\":\"%s\",\"etag\":\"%s\"}`, b.Harm("uuid"), dHarmJJ(b, "etag"))
	case 3:
		msg = fmt.Sprintf(`level=warn msg=\"retrying webhook\" url=\"https://hooks.slack.com/services/%s\"`, b.Sec("slack_webhook"))
	default:
		msg = b.Pick(`{\"level\":\"info\",\"msg\":\"listening\",\"addr\":\":8080\"}`, `GET /api/items 200 12ms`, `{\"level\":\"info\",\"msg\":\"token refreshed\",\"expires_in\":3600}`)
	}
	b.EmitJSON(fmt.Sprintf(`{"file":"/var/log/pods/prod_%s/app/0.log","host":"%s","message":"%s","source_type":"file","timestamp":"%s"}`,
		podName(b.r), b.Pick("node-a", "node-b", "ip-10-1-2-3"), msg, dT(b).Format(time.RFC3339Nano)))
	if b.Chance(0.1) {
		b.Emitf(`%s  INFO vector::topology::running: Running healthchecks.`, dT(b).Format("2006-01-02T15:04:05.000000Z"))
	}
	if b.Chance(0.06) {
		b.Emitf(`%s ERROR sink{component_kind="sink" component_id=dd_logs component_type=datadog_logs}: vector::sinks::util::retries: Not retriable; dropping the request. reason="Forbidden" default_api_key="%s"`, dT(b).Format("2006-01-02T15:04:05.000000Z"), b.Sec("datadog_api_key"))
	}
}

// Logstash stdout { codec => rubydebug }: one event spans several lines.
func dLogstashRubydebug(b *B) {
	b.Emit("{")
	b.Emitf(`      "@version" => "1",`)
	b.Emitf(`    "@timestamp" => %s,`, dT(b).Format("2006-01-02T15:04:05.000Z"))
	b.Emitf(`          "host" => {`)
	b.Emitf(`        "name" => "%s"`, b.Pick("web-1", "web-2", "edge-7"))
	b.Emit(`    },`)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`       "message" => "%s - - [14/Mar/2024:12:00:00 +0000] \"GET /download?X-Amz-Credential=%s%%2F20240314%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Signature=%s HTTP/1.1\" 200 5120",`, b.Harm("ipv4"), b.Sec("aws_access_key_id"), b.Sec("aws_presign_signature"))
	case 1:
		b.Emitf(`       "headers" => {`)
		b.Emitf(`        "x_api_key" => "%s",`, b.Sec(b.Pick("api_key_generic", "mailchimp", "postman")))
		b.Emitf(`        "x_request_id" => "%s"`, b.Harm("request_id"))
		b.Emit(`    },`)
	case 2:
		b.Emitf(`       "message" => "user %s logged in from %s",`, b.Harm("email"), b.Harm("ipv4"))
	default:
		b.Emitf(`       "message" => "GET /static/app.%s.css 200",`, rs(b.r, alHex, 8))
	}
	b.Emitf(`          "tags" => [`)
	b.Emitf(`        [0] "%s"`, b.Pick("_grokparsefailure", "nginx", "beats_input_codec_plain_applied"))
	b.Emit(`    ]`)
	b.Emit("}")
}

// OpenTelemetry collector debug exporter, verbosity: detailed.
func dOtelDebugExporter(b *B) {
	t := dT(b)
	b.Emitf(`%s	info	ResourceSpans #0`, t.Format("2006-01-02T15:04:05.000Z"))
	b.Emit(`Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0`)
	b.Emit(`Resource attributes:`)
	b.Emitf(`     -> service.name: Str(%s)`, b.Pick("checkout", "billing-api", "notifier"))
	b.Emitf(`     -> service.version: Str(%s)`, b.Harm("version"))
	b.Emit(`Span #0`)
	b.Emitf(`    Trace ID       : %s`, b.Harm("trace_id"))
	b.Emitf(`    Parent ID      : %s`, b.Harm("span_id"))
	b.Emitf(`    ID             : %s`, b.Harm("span_id"))
	b.Emitf(`    Name           : %s`, b.Pick("HTTP POST", "GET /v1/charges", "redis.GET"))
	b.Emit(`    Kind           : Client`)
	b.Emit(`Attributes:`)
	b.Emitf(`     -> http.request.method: Str(%s)`, b.Pick("GET", "POST"))
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`     -> http.request.header.authorization: Slice(["Bearer %s"])`, b.Sec(b.Pick("jwt", "openai", "huggingface", "bearer_opaque")))
	case 1:
		b.Emitf(`     -> url.full: Str(https://api.example.com/v1/export?api_key=%s&format=csv)`, b.Sec("api_key_generic"))
	case 2:
		b.Emitf(`     -> db.statement: Str(AUTH %s)`, b.Sec("password_urlsafe"))
	case 3:
		b.Emitf(`     -> http.request.header.x-idempotency-key: Slice(["%s"])`, b.Harm("idempotency"))
	default:
		b.Emitf(`     -> url.full: Str(%s)`, b.Harm("url_plain"))
	}
	b.Emitf(`     -> http.response.status_code: Int(%d)`, b.PickI(200, 201, 401, 502))
}

func dPromtailLoki(b *B) {
	t := dT(b).Format(time.RFC3339Nano)
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`level=error ts=%s caller=client.go:430 component=client host=logs-prod-006.grafana.net msg="final error sending batch" status=401 tenant= error="server returned HTTP status 401 Unauthorized (401): invalid token"`, t)
	case 1:
		b.Emitf(`level=info ts=%s caller=main.go:173 msg="client config" url=https://%s:%s@logs-prod-006.grafana.net/loki/api/v1/push`, t, rs(b.r, alDigit, 6), b.Sec("grafana_cloud"))
	case 2:
		b.Emitf(`level=info ts=%s caller=filetargetmanager.go:372 msg="Adding target" key="/var/log/pods/*%s/app/*.log:{app=\"api\", namespace=\"prod\"}"`, t, b.Harm("k8s_uid"))
	case 3:
		b.Emitf(`level=info ts=%s caller=table_manager.go:136 index-store=tsdb-2023-10-01 msg="uploading tables"`, t)
	case 4:
		b.Emitf(`level=warn ts=%s caller=push.go:112 org_id=fake msg="push request rejected" err="entry with timestamp %s ignored, reason: 'entry too far behind'"`, t, dT(b).Format("2006-01-02 15:04:05 -0700 MST"))
	case 5:
		b.Emitf(`$ logcli query --addr=https://loki.internal.example.com --username=admin --password='%s' '{app="api"} |= "error"'`, b.Sec(b.Pick("password_generated", "password_human")))
	default:
		b.Emitf(`level=debug ts=%s caller=logging.go:76 traceID=%s msg="POST /loki/api/v1/push (204) 3.2ms"`, t, b.Harm("span_id"))
	}
}

func dGrafanaServer(b *B) {
	t := dT(b).Format("2006-01-02T15:04:05.000000000Z")
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`logger=context userId=%d orgId=1 uname=%s t=%s level=info msg="Request Completed" method=GET path=/api/dashboards/uid/%s status=200 remote_addr=%s time_ms=%d duration=%s size=%d referer= handler=/api/dashboards/uid/:uid`,
			b.N(1, 90), b.Pick("admin", "alice", "viewer"), t, rs(b.r, alAlnum, 9), b.Harm("ipv4"), b.N(1, 900), b.Harm("duration"), b.N(100, 90000))
	case 1:
		b.Emitf(`logger=data-proxy-log userId=1 orgId=1 uname=admin path=/api/datasources/proxy/uid/%s/api/v1/query remote_addr=%s referer= t=%s level=info msg="Proxying incoming request"`, rs(b.r, alAlnum, 9), b.Harm("ipv4"), t)
	case 2:
		b.Emitf(`logger=provisioning.datasources t=%s level=debug msg="datasource secureJsonData" name=Prometheus basicAuthPassword=%s httpHeaderValue1="Bearer %s"`, t, b.Sec("password_generated"), b.Sec("grafana_sa"))
	case 3:
		b.Emitf(`logger=settings t=%s level=info msg="Config overridden from Environment variable" var="GF_SECURITY_ADMIN_PASSWORD=*********"`, t)
	case 4:
		b.Emitf(`logger=settings t=%s level=info msg="Config overridden from Environment variable" var="GF_DATABASE_PASSWORD=%s"`, t, b.Sec("password_urlsafe"))
	case 5:
		b.Emitf(`logger=http.server t=%s level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket=`, t)
	case 6:
		b.Emitf(`logger=authn.service t=%s level=info msg="Failed to authenticate request" client=auth.client.api-key error="[api-key.invalid] API key is invalid" key_prefix=%s`, t, b.H("masked_key", "glsa_"+rs(b.r, alAlnum, 4)+"..."))
	case 7:
		b.Emitf(`logger=cleanup t=%s level=info msg="Completed cleanup jobs" duration=%s`, t, b.Harm("duration"))
	default:
		b.Emitf(`logger=ngalert.sender.router rule_uid=%s org_id=1 t=%s level=info msg="Sending alerts to local notifier" count=%d`, rs(b.r, alAlnum, 14), t, b.N(1, 9))
	}
}

// Jaeger's span JSON (query API): tags as key/type/value objects.
func dJaegerSpan(b *B) {
	tag := func(k, v string) string { return fmt.Sprintf(`{"key":"%s","type":"string","value":"%s"}`, k, v) }
	tags := []string{tag("span.kind", "client"), tag("component", b.Pick("net/http", "okhttp", "requests"))}
	switch b.r.IntN(7) {
	case 0:
		tags = append(tags, tag("http.url", "https://api.example.com/v2/reports?access_token="+b.SecJ(b.Pick("bearer_opaque", "github_ghs", "square_oauth"))))
	case 1:
		tags = append(tags, tag("http.request.header.cookie", "session="+b.SecJ(b.Pick("connect_sid", "rails_session"))+"; theme=dark"))
	case 2:
		tags = append(tags, tag("db.connection_string", "Server=sql.internal;Database=orders;User Id=svc_orders;Password="+b.SecJ("password_urlsafe")+";"))
	case 3:
		tags = append(tags, tag("http.url", b.HarmJ("url_plain")), tag("peer.ipv4", b.Harm("ipv4")))
	case 4:
		tags = append(tags, tag("aws.request_id", b.Harm("uuid")), tag("aws.s3.key", b.Harm("s3_key")))
	default:
		tags = append(tags, tag("http.method", "GET"), tag("http.status_code", fmt.Sprint(b.PickI(200, 204, 404))))
	}
	b.EmitJSON(fmt.Sprintf(`{"traceID":"%s","spanID":"%s","operationName":"%s","references":[],"startTime":%d,"duration":%d,"tags":[%s],"logs":[],"processID":"p1","warnings":null}`,
		b.Harm("trace_id"), b.Harm("span_id"), b.Pick("HTTP GET", "HTTP POST", "SQL SELECT"), dT(b).UnixMicro(), b.N(100, 900000), strings.Join(tags, ",")))
}

func dDatadogAgent(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05 MST")
	masked := func() string { return b.H("masked_key", strings.Repeat("*", 28)+rs(b.r, alHex, 4)) }
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`%s | CORE | INFO | (pkg/forwarder/forwarder.go:333 in Start) | Forwarder started, sending to 1 endpoint(s) with 1 worker(s) each: "https://7-50-0-app.agent.datadoghq.com" (1 api key(s))`, t)
	case 1:
		b.Emitf(`%s | CORE | ERROR | (pkg/forwarder/transaction/transaction.go:366 in internalProcess) | API Key invalid, dropping transaction for https://7-50-0-app.agent.datadoghq.com/api/v1/validate (api_key=%s)`, t, masked())
	case 2:
		b.Emitf(`%s | CORE | DEBUG | (comp/core/config/setup.go:210 in LoadDatadog) | config override DD_API_KEY=%s from environment`, t, b.Sec("datadog_api_key"))
	case 3:
		b.Emitf(`%s | TRACE | INFO | (pkg/trace/info/stats.go:104 in LogStats) | [lang:python lang_version:3.11.8 tracer_version:2.7.1] -> traces received: %d, traces filtered: 0, spans received: %d`, t, b.N(1, 400), b.N(1, 9000))
	case 4:
		b.Emitf(`%s | CORE | WARN | (pkg/collector/python/datadog_agent.go:129 in LogMessage) | postgres:%s | (postgres.py:512) | Unable to connect with "host=pg.internal user=datadog password=%s dbname=postgres"`, t, rs(b.r, alHex, 16), b.Sec("password_generated"))
	case 5:
		b.Emit("$ datadog-agent config | grep -E 'api_key|app_key|site'")
		b.Emitf("api_key: %s", masked())
		b.Emitf("app_key: %s", b.Sec("datadog_app_key"))
		b.Emit("site: datadoghq.eu")
	default:
		b.Emitf(`%s | CORE | INFO | (pkg/collector/worker/check_logger.go:59 in CheckStarted) | check:%s | Running check... host_id=%s`, t, b.Pick("cpu", "disk", "network", "ntp"), b.Harm("machine_id"))
	}
}

func dIngressNginx(b *B) {
	switch b.r.IntN(9) {
	case 0, 1, 2:
		var uri string
		switch b.r.IntN(5) {
		case 0:
			uri = "/oauth2/callback?code=" + rs(b.r, alB64URL, 20) + "&state=" + b.Harm("uuid")
		case 1:
			uri = "/api/feeds.rss?private_token=" + b.Sec("gitlab_pat")
		case 2:
			uri = "/ws?auth=" + b.Sec("jwt")
		default:
			uri = b.Pick("/", "/api/v1/items?page=2", "/favicon.ico", "/static/js/main.js")
		}
		b.Emitf(`%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0" %d %.3f [prod-api-http] [] %s:8080 %d %.3f %d %s`,
			b.Harm("ipv4"), dT(b).Format("02/Jan/2006:15:04:05 -0700"), uri, b.PickI(200, 302, 401), b.N(0, 90000), b.N(200, 2000), b.r.Float64(), ip4(b.r), b.N(0, 90000), b.r.Float64(), b.PickI(200, 302, 401), rs(b.r, alHex, 32))
	case 3:
		b.Emitf(`I0314 12:00:00.000000       7 event.go:298] Event(v1.ObjectReference{Kind:"Ingress", Namespace:"prod", Name:"api", UID:"%s", APIVersion:"networking.k8s.io/v1", ResourceVersion:"%d", FieldPath:""}): type: 'Normal' reason: 'Sync' Scheduled for sync`, b.Harm("k8s_uid"), b.N(1e5, 9e6))
	case 4:
		b.Emitf(`%s - - [%s] "GET /healthz HTTP/2.0" 200 2 "-" "kube-probe/1.29" 33 0.001 [prod-api-http] [] %s:8080 2 0.001 200 %s`, b.Harm("ipv6"), dT(b).Format("02/Jan/2006:15:04:05 -0700"), ip4(b.r), rs(b.r, alHex, 32))
		b.Emitf(`W0314 12:00:00.000000       7 controller.go:1214] Error getting SSL certificate "prod/api-tls": local SSL certificate prod/api-tls was not found. Using default certificate`)
	case 5:
		b.Emitf(`I0314 12:00:00.000000       7 controller.go:190] "Configuration changes detected, backend reload required"`)
	case 6:
		b.Emitf(`W0314 12:00:00.000000       7 auth.go:140] annotation nginx.ingress.kubernetes.io/auth-url "https://oauth2:%s@auth.internal.example.com/validate" contains credentials`, b.Sec("password_urlsafe"))
	case 7:
		b.Emitf(`E0314 12:00:00.000000       7 annotations.go:214] error reading auth-secret prod/basic-auth: htpasswd entry "admin:%s" is not a valid hash`, b.Sec("password_human"))
	default:
		b.Emitf(`I0314 12:00:00.000000       7 nginx.go:375] "Starting NGINX process"`)
	}
}

func dHAProxy(b *B) {
	t := dT(b).Format("Jan _2 15:04:05")
	switch b.r.IntN(8) {
	case 0, 1:
		var hdr string
		switch b.r.IntN(4) {
		case 0:
			hdr = "Bearer " + b.Sec(b.Pick("jwt", "bearer_opaque", "okta_ssws"))
		case 1:
			hdr = "Basic " + b.Sec("basic_auth")
		default:
			hdr = b.Harm("request_id")
		}
		b.Emitf(`%s lb1 haproxy[%d]: %s:%d [%s] fe_https~ be_api/api%d 0/0/1/%d/%d %d %d - - ---- %d/%d/0/0/0 0/0 {%s|%s} "%s /v1/%s HTTP/1.1"`,
			t, b.N(1000, 40000), b.Harm("ipv4"), b.N(1024, 65535), dT(b).Format("02/Jan/2006:15:04:05.000"), b.N(1, 4), b.N(1, 900), b.N(1, 900), b.PickI(200, 200, 403), b.N(100, 9000), b.N(1, 90), b.N(1, 90),
			b.Pick("api.example.com", "edge.acme.io"), hdr, b.Pick("GET", "POST"), b.Pick("orders", "users/me", "health"))
	case 2:
		b.Emitf(`%s lb1 haproxy[%d]: Server be_api/api%d is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left.`, t, b.N(1000, 40000), b.N(1, 4))
	case 3:
		b.Emitf(`%s lb1 haproxy[%d]: Proxy fe_https started.`, t, b.N(1000, 40000))
	case 4:
		b.Emitf(`time="%s" level=info msg="dataplaneapi: userlist controller user admin insecure-password %s" module=configuration`, dT(b).Format(time.RFC3339), b.Sec("password_generated"))
	case 5:
		b.Emitf(`$ curl -s -u admin:%s http://127.0.0.1:5555/v2/services/haproxy/configuration/backends`, b.Sec("password_urlsafe"))
	case 6:
		b.Emitf(`time="%s" level=info msg="HAProxy Data Plane API v2.9.1 %s" `, dT(b).Format(time.RFC3339), b.Harm("short_sha"))
	default:
		b.Emitf(`%s lb1 haproxy[%d]: backend be_api has no server available!`, t, b.N(1000, 40000))
	}
}

func dHubbleFlows(b *B) {
	t := dT(b).Format(time.RFC3339Nano)
	var l7 string
	switch b.r.IntN(5) {
	case 0:
		l7 = fmt.Sprintf(`,"l7":{"type":"REQUEST","http":{"method":"GET","url":"http://payments.prod.svc/v1/charges","protocol":"HTTP/1.1","headers":[{"key":"authorization","value":"Bearer %s"},{"key":"x-request-id","value":"%s"}]}}`, b.SecJ(b.Pick("stripe_secret", "stripe_restricted", "jwt")), b.Harm("uuid"))
	case 1:
		l7 = fmt.Sprintf(`,"l7":{"type":"RESPONSE","http":{"code":200,"method":"GET","url":"http://catalog.prod.svc/items","headers":[{"key":"etag","value":"%s"}]}}`, b.HarmJ("etag"))
	default:
		l7 = ""
	}
	b.EmitJSON(fmt.Sprintf(`{"flow":{"time":"%s","verdict":"%s","IP":{"source":"%s","destination":"%s","ipVersion":"IPv4"},"source":{"namespace":"prod","pod_name":"%s"},"destination":{"namespace":"prod","pod_name":"%s"},"Type":"%s","node_name":"kind-worker"%s},"node_name":"kind-worker","time":"%s"}`,
		t, b.Pick("FORWARDED", "FORWARDED", "DROPPED"), ip4(b.r), ip4(b.r), b.Harm("k8s_name"), podName(b.r), b.Pick("L3_L4", "L7"), l7, t))
}

func dCoreDNSEtcd(b *B) {
	switch b.r.IntN(9) {
	case 0, 1, 2:
		b.Emitf(`[INFO] %s:%d - %d "%s IN %s.prod.svc.cluster.local. udp %d false 512" NOERROR qr,aa,rd %d %s`, b.Harm("ipv4"), b.N(1024, 65535), b.N(1, 65535), b.Pick("A", "AAAA", "SRV"), b.Pick("api", "redis-master", "kafka-0.kafka-headless"), b.N(40, 90), b.N(90, 300), fmt.Sprintf("%.9fs", b.r.Float64()/100))
	case 3:
		b.Emit(`[INFO] plugin/reload: Running configuration SHA512 = ` + b.H("sha256_hex", rs(b.r, alHex, 64)))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","caller":"etcdserver/server.go:2068","msg":"published local member to cluster through raft","local-member-id":"%s","cluster-id":"%s"}`, dT(b).Format(time.RFC3339Nano), rs(b.r, alHex, 16), rs(b.r, alHex, 16)))
	case 5:
		b.EmitJSON(fmt.Sprintf(`{"level":"warn","ts":"%s","caller":"auth/store.go:1140","msg":"invalid auth token","token":"%s"}`, dT(b).Format(time.RFC3339Nano), b.SP("etcd_simple_token", rs(b.r, alAlnum, 16)+"."+fmt.Sprint(b.N(10, 999)), 0)))
	case 6:
		b.Emitf(`$ ETCDCTL_API=3 etcdctl --endpoints=https://10.0.0.11:2379 --user root:%s get /registry/secrets/prod --prefix --keys-only`, b.Sec(b.Pick("password_urlsafe", "password_human")))
	case 7:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","caller":"auth/store.go:%d","msg":"authenticated a user","user-name":"root","token":"%s"}`, dT(b).Format(time.RFC3339Nano), b.N(300, 900), b.SecJ("jwt")))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","caller":"mvcc/kvstore_compaction.go:66","msg":"finished scheduled compaction","compact-revision":%d,"took":"%s"}`, dT(b).Format(time.RFC3339Nano), b.N(1e5, 9e7), b.Harm("duration")))
	}
}

func dCrioCrictl(b *B) {
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`time="%s" level=info msg="Pulled image: %s" id=%s name=/runtime.v1.ImageService/PullImage`, dT(b).Format(time.RFC3339Nano), b.Harm("image_digest"), b.Harm("uuid"))
	case 1:
		b.Emitf(`time="%s" level=info msg="Started container" PID=%d containerID=%s description=prod/%s/app id=%s`, dT(b).Format(time.RFC3339Nano), b.N(1000, 90000), b.H("sha256_hex", rs(b.r, alHex, 64)), b.Harm("k8s_name"), b.Harm("uuid"))
	case 2:
		n, f := dEnv(b)
		b.Emitf(`$ crictl inspect %s | jq '.info.config.envs'`, rs(b.r, alHex, 13))
		b.Emit(`[`)
		b.Emitf(`  { "key": "%s", "value": "%s" },`, n, b.SecJ(f))
		b.Emitf(`  { "key": "LOG_LEVEL", "value": "info" },`)
		b.Emitf(`  { "key": "POD_UID", "value": "%s" }`, b.Harm("k8s_uid"))
		b.Emit(`]`)
	case 3:
		b.Emitf(`time="%s" level=warning msg="Failed to pull image: reading manifest v2 in cr.acme.example/acme/api: unauthorized: authentication required"`, dT(b).Format(time.RFC3339Nano))
	case 4:
		b.Emitf(`$ crictl pull --creds ci:%s cr.acme.example/acme/api:%s`, b.Sec("github_ghp"), b.Harm("short_sha"))
	default:
		b.Emitf(`time="%s" level=info msg="Removed container %s: prod/%s/app" id=%s`, dT(b).Format(time.RFC3339Nano), rs(b.r, alHex, 64), podName(b.r), b.Harm("uuid"))
	}
}

func dK8sEventsJSON(b *B) {
	var reason, msg string
	switch b.r.IntN(7) {
	case 0:
		reason, msg = "Failed", fmt.Sprintf(`Error: failed to create containerd task: exec: \"/bin/sh -c curl -H 'PRIVATE-TOKEN: %s' https://gitlab.example.com/api/v4/projects\": no such file`, b.SecJ("gitlab_pat"))
	case 1:
		reason, msg = "BackOff", "Back-off restarting failed container app in pod "+b.HarmJ("k8s_name")+"_prod("+b.Harm("k8s_uid")+")"
	case 2:
		reason, msg = "Pulled", "Successfully pulled image \\\"cr.acme.example/acme/api:"+b.Harm("short_sha")+"\\\" in "+b.Harm("duration")
	case 3:
		reason, msg = "FailedMount", `MountVolume.SetUp failed for volume \"db-creds\" : secret \"db-creds\" not found`
	case 4:
		reason, msg = "ScalingReplicaSet", "Scaled up replica set api-"+rs(b.r, "bcdfghjklmnpqrstvwxz2456789", 10)+" to 3"
	case 5:
		reason, msg = "Failed", fmt.Sprintf(`Failed to pull image \"cr.acme.example/acme/api\": failed to resolve reference: unexpected status from HEAD request to https://ci:%s@cr.acme.example/v2/acme/api/manifests/latest: 401 Unauthorized`, b.SecJ("password_urlsafe"))
	default:
		reason, msg = "Scheduled", "Successfully assigned prod/"+podName(b.r)+" to ip-10-0-3-17.ec2.internal"
	}
	b.EmitJSON(fmt.Sprintf(`{"apiVersion":"v1","kind":"Event","metadata":{"name":"api.%x","namespace":"prod","uid":"%s"},"involvedObject":{"kind":"Pod","namespace":"prod","name":"%s"},"reason":"%s","message":"%s","source":{"component":"kubelet"},"firstTimestamp":"%s","count":%d,"type":"%s"}`,
		b.N(1e9, 9e9), b.Harm("k8s_uid"), podName(b.r), reason, msg, dT(b).Format(time.RFC3339), b.N(1, 40), b.Pick("Normal", "Warning")))
}

func dOpenShiftRancher(b *B) {
	oc := func() string { return b.SP("openshift_token", "sha256~"+rs(b.r, alB64URL, 43), 7) }
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`$ oc login --token=%s --server=https://api.ocp.example.com:6443`, oc())
		b.Emit(`Logged into "https://api.ocp.example.com:6443" as "system:serviceaccount:ci:deployer" using the token provided.`)
	case 1:
		b.Emitf(`I0314 12:00:00.000000   %d round_trippers.go:466] curl -v -XGET  -H "Accept: application/json" -H "Authorization: Bearer %s" 'https://api.ocp.example.com:6443/apis/route.openshift.io/v1/namespaces/prod/routes'`, b.N(1000, 9000), oc())
	case 2:
		b.Emitf(`$ oc whoami --show-token`)
		b.Emit(oc())
	case 3:
		b.Emitf(`%s [INFO] Rancher version %s (%s) is starting`, dT(b).Format("2006/01/02 15:04:05"), b.Harm("version"), b.Harm("short_sha"))
	case 4:
		b.Emitf(`%s [ERROR] failed to authenticate request: token-%s:%s is expired`, dT(b).Format("2006/01/02 15:04:05"), rs(b.r, alLower+alDigit, 5), b.SP("rancher_token", rs(b.r, "bcdfghjklmnpqrstvwxz2456789", 54), 0))
	case 5:
		b.Emitf(`$ curl -sk -H "Authorization: Bearer token-%s:%s" https://rancher.example.com/v3/clusters`, rs(b.r, alLower+alDigit, 5), b.SP("rancher_token", rs(b.r, "bcdfghjklmnpqrstvwxz2456789", 54), 0))
	case 6:
		b.Emitf(`%s [INFO] [mgmt-cluster-rbac-delete] Deleting namespace %s`, dT(b).Format("2006/01/02 15:04:05"), b.Pick("c-m-"+rs(b.r, alLower+alDigit, 8), "p-"+rs(b.r, alLower+alDigit, 5)))
	default:
		b.Emitf(`I0314 12:00:00.000000       1 oauth_apiserver.go:%d] "oauthaccesstoken created" name="sha256~%s" user="alice"`, b.N(100, 900), b.H("oauth_token_name", rs(b.r, alB64URL, 43)))
	}
}

func dCertMgrESO(b *B) {
	t := dT(b).Format("0102 15:04:05.000000")
	switch b.r.IntN(9) {
	case 0:
		b.Emitf(`I%s       1 acme.go:%d] cert-manager/clusterissuers "msg"="ACME account registered" "email"="%s" "uri"="https://acme-v02.api.letsencrypt.org/acme/acct/%d"`, t, b.N(100, 900), b.Harm("email"), b.N(1e8, 9e8))
	case 1:
		b.Emitf(`I%s       1 setup.go:%d] cert-manager/clusterissuers "msg"="using external account binding" "keyID"="%s" "keySecret"="%s"`, t, b.N(100, 900), b.H("key_id", rs(b.r, alB64URL, 22)), b.SP("acme_eab_hmac", rs(b.r, alB64URL, 86), 0))
	case 2:
		b.Emitf(`I%s       1 conditions.go:%d] Setting lastTransitionTime for Certificate "api-tls" condition "Ready" to %s`, t, b.N(100, 300), dT(b).Format("2006-01-02 15:04:05.999999999 -0700 UTC m=+0.000000000"))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%d.%d,"logger":"provider.vault","msg":"fetched secret","ExternalSecret":{"name":"api-env","namespace":"prod"},"remoteRef":"%s","version":%d}`, dT(b).Unix(), b.N(100, 999), b.Harm("arn_secret"), b.N(1, 20)))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","ts":%d.%d,"logger":"controllers.ExternalSecret","msg":"templating","ExternalSecret":{"name":"db","namespace":"prod"},"data":{"DATABASE_URL":"mysql://app:%s@mysql.prod:3306/app"}}`, dT(b).Unix(), b.N(100, 999), b.SecJ("password_urlsafe")))
	case 5:
		b.EmitJSON(fmt.Sprintf(`{"level":"error","ts":%d.%d,"logger":"controllers.SecretStore","msg":"could not validate provider","SecretStore":{"name":"aws","namespace":"prod"},"error":"InvalidClientTokenId: The security token included in the request is invalid. AccessKeyId=%s"}`, dT(b).Unix(), b.N(100, 999), b.Sec("aws_access_key_id")))
	case 6:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","ts":"%s","logger":"provider-aws","msg":"ProviderConfig credentials","source":"Secret","secretRef":{"namespace":"crossplane-system","name":"aws-creds","key":"creds"},"creds":"[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n"}`, dT(b).Format(time.RFC3339), b.Sec("aws_access_key_id"), b.SecJ("aws_secret_access_key")))
	case 7:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","logger":"crossplane","msg":"Composite resource ready","composite":"xpostgres-%s","connectionSecretRef":{"name":"%s","namespace":"prod"}}`, dT(b).Format(time.RFC3339), rs(b.r, alLower+alDigit, 5), b.Pick("pg-conn", "pg-app-conn")))
	default:
		b.Emitf(`I%s       1 sync.go:%d] cert-manager/certificates-issuing "msg"="issued certificate" "serial"="%s" "resource_name"="api-tls"`, t, b.N(100, 900), b.H("fingerprint", strings.ToLower(rs(b.r, alHex, 36))))
	}
}

// GitHub Actions self-hosted runner _diag/Worker_*.log.
func dRunnerDiag(b *B) {
	t := dT(b).Format("2006-01-02 15:04:05Z")
	switch b.r.IntN(8) {
	case 0:
		b.Emitf(`[%s INFO JobServerQueue] Try to append 1 batches web console lines for record '%s', success rate: 1/1.`, t, b.Harm("uuid"))
	case 1:
		b.Emitf(`[%s INFO Worker] Job message:`, t)
		b.Emit(` {`)
		b.Emitf(`  "system.runner.lowdiskspacethreshold": "100",`)
		b.Emitf(`  "ACTIONS_RUNTIME_TOKEN": "%s",`, b.SecJ("jwt"))
		b.Emitf(`  "ACTIONS_CACHE_URL": "https://artifactcache.actions.githubusercontent.com/%s/",`, rs(b.r, alAlnum, 50))
		b.Emitf(`  "system.github.token": "%s",`, b.Sec("github_ghs"))
		b.Emitf(`  "system.orchestrationId": "%s.build.__default"`, b.Harm("uuid"))
		b.Emit(` }`)
	case 2:
		b.Emitf(`[%s INFO HostContext] Well known directory 'Work': '/home/runner/_work'`, t)
	case 3:
		b.Emitf(`[%s INFO ProcessInvokerWrapper] Arguments: '-c "git -c http.extraheader=\"AUTHORIZATION: basic %s\" fetch --depth=1 origin"'`, t, b.Sec("basic_auth"))
	case 4:
		b.Emitf(`[%s INFO SecretMasker] Masking %d secrets, %d value encoders`, t, b.N(2, 30), b.N(2, 8))
	case 5:
		b.Emitf(`[%s INFO Runner] Registering runner with token %s`, t, b.SP("gha_runner_reg_token", "A"+rs(b.r, alUpper+alDigit, 28), 0))
	case 6:
		b.Emitf(`[%s INFO ExecutionContext] Publish step telemetry for current step {"action":"actions/checkout","ref":"%s","stage":"Main","stepId":"%s"}`, t, b.Harm("git_sha"), b.Harm("uuid"))
	default:
		b.Emitf(`[%s INFO Terminal] WRITE LINE: ::add-mask::***`, t)
	}
}

func dGitLabBuildkite(b *B) {
	switch b.r.IntN(11) {
	case 0:
		b.Emitf(`Running with gitlab-runner %s (%s)`, b.Harm("version"), b.Harm("short_sha"))
		b.Emitf(`  on docker-autoscaler %s, system ID: s_%s`, rs(b.r, alAlnum, 8), rs(b.r, alHex, 12))
	case 1:
		b.Emitf(`Fetching changes with git depth set to 20...`)
		b.Emitf(`Initialized empty Git repository in /builds/acme/api/.git/`)
		b.Emitf(`Created fresh repository.`)
	case 2:
		b.Emitf(`WARNING: Failed to fetch https://gitlab-ci-token:%s@gitlab.example.com/acme/api.git: exit status 128`, b.SP("gitlab_job_token", "glcbt-"+rs(b.r, alHex, 2)+"_"+rs(b.r, alB64URL, 20), 6))
	case 3:
		b.Emitf(`%s  WARN Checking for jobs... failed  runner=%s status=POST https://gitlab.example.com/api/v4/jobs/request: 403 Forbidden`, dT(b).Format(time.RFC3339), rs(b.r, alAlnum, 8))
	case 4:
		b.Emitf(`$ gitlab-runner register --non-interactive --url https://gitlab.example.com --token %s --executor docker`, b.SP("gitlab_runner_token", "glrt-"+rs(b.r, alB64URL, 20), 5))
	case 5:
		b.Emitf(`%s INFO   Registering agent with Buildkite...`, dT(b).Format("2006-01-02 15:04:05"))
		b.Emitf(`%s DEBUG  POST https://agent.buildkite.com/v3/register Authorization: Token %s`, dT(b).Format("2006-01-02 15:04:05"), b.SP("buildkite_agent_token", rs(b.r, alHex, 50), 0))
	case 6:
		b.Emitf(`%s INFO   %s Successfully registered agent "ci-%s" with tags [queue=default]`, dT(b).Format("2006-01-02 15:04:05"), rs(b.r, alLower, 6), rs(b.r, alLower+alDigit, 6))
	case 7:
		b.Emitf(`~~~ Running plugin docker-login pre-command hook`)
		b.Emitf(`$ echo "%s" | docker login --username acme --password-stdin`, b.Sec("github_ghp"))
	case 8:
		b.Emitf(`time="%s" level=debug msg="stage received" stage.id=%d stage.name=default build.number=%d repo.id=%d`, dT(b).Format(time.RFC3339), b.N(1, 90000), b.N(1, 9000), b.N(1, 900))
	case 9:
		b.Emitf(`time="%s" level=info msg="drone: secret injected" name=docker_password value=%s`, dT(b).Format(time.RFC3339), b.H("placeholder", "********"))
	default:
		b.Emitf(`time="%s" level=debug msg="calling %s" DRONE_RPC_SECRET=%s`, dT(b).Format(time.RFC3339), "https://drone.example.com/rpc/v2", b.Sec("hex_secret"))
	}
}

func dTektonArgoWF(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","logger":"tekton-pipelines-controller","caller":"taskrun/taskrun.go:%d","msg":"Successfully reconciled taskrun build-%s/build-step","knative.dev/traceid":"%s","knative.dev/key":"ci/build-%s"}`, dT(b).Format(time.RFC3339Nano), b.N(100, 900), rs(b.r, alLower+alDigit, 5), b.Harm("uuid"), rs(b.r, alLower+alDigit, 5)))
	case 1:
		b.Emitf(`[git-clone : clone] + git clone https://x-access-token:%s@github.com/acme/api.git /workspace/source`, b.Sec("github_ghs"))
	case 2:
		b.Emitf(`[build : push] INFO[0042] Pushed cr.acme.example/acme/api@sha256:%s`, b.H("sha256_hex", rs(b.r, alHex, 64)))
	case 3:
		b.Emitf(`time="%s" level=info msg="Processing workflow" namespace=argo workflow=etl-%s`, dT(b).Format(time.RFC3339), rs(b.r, alLower+alDigit, 5))
	case 4:
		b.Emitf(`time="%s" level=info msg="node etl-%s[0].extract phase Running -> Failed" message="failed: psql \"postgresql://etl:%s@warehouse.internal:5432/dw\" -c 'COPY ...'"`, dT(b).Format(time.RFC3339), rs(b.r, alLower+alDigit, 5), b.Sec("password_urlsafe"))
	case 5:
		b.Emitf(`time="%s" level=info msg="argo submit --parameter snowflake_password=%s --parameter date=%s"`, dT(b).Format(time.RFC3339), b.Sec("password_generated"), dT(b).Format("2006-01-02"))
	case 6:
		b.Emitf(`time="%s" level=info msg="Saving artifact" key=%s`, dT(b).Format(time.RFC3339), b.Harm("s3_key"))
	default:
		b.Emitf(`[build : build] INFO[0003] Retrieving image manifest cr.acme.example/base/python:3.12-slim`)
	}
}

func dTFCRun(b *B) {
	switch b.r.IntN(8) {
	case 0:
		b.Emit(`Terraform v1.7.4`)
		b.Emitf(`Initializing plugins and modules...`)
	case 1:
		b.Emitf(`Running plan in Terraform Cloud. Output will stream here. Pressing Ctrl-C`)
		b.Emitf(`To view this run in a browser, visit:`)
		b.Emitf(`https://app.terraform.io/app/acme/infra-prod/runs/run-%s`, rs(b.r, alAlnum, 16))
	case 2:
		b.Emitf(`  # aws_db_instance.main will be updated in-place`)
		b.Emitf(`  ~ resource "aws_db_instance" "main" {`)
		b.Emitf(`      ~ password = (sensitive value)`)
		b.Emitf(`        id       = "db-%s"`, rs(b.r, alUpper+alDigit, 26))
		b.Emit(`    }`)
	case 3:
		b.Emitf(`2024-03-14T12:00:00.000Z [DEBUG] agent: using token from TFC_AGENT_TOKEN=%s`, b.Sec("terraform_cloud"))
	case 4:
		b.Emitf(`Error: Invalid provider configuration: provider "github" token %q is invalid (401)`, b.Sec("github_ghp"))
	case 5:
		b.Emitf(`$ curl -H "Authorization: Bearer %s" https://app.terraform.io/api/v2/workspaces/ws-%s/vars`, b.Sec("terraform_cloud"), rs(b.r, alAlnum, 16))
		b.EmitJSON(fmt.Sprintf(`{"data":[{"id":"var-%s","type":"vars","attributes":{"key":"db_password","value":null,"sensitive":true,"category":"terraform"}},{"id":"var-%s","type":"vars","attributes":{"key":"region","value":"%s","sensitive":false}}]}`, rs(b.r, alAlnum, 16), rs(b.r, alAlnum, 16), b.Pick(regions...)))
	case 6:
		b.Emitf(`Apply complete! Resources: %d added, %d changed, 0 destroyed.`, b.N(0, 9), b.N(0, 9))
	default:
		enc := base64.StdEncoding.EncodeToString([]byte(`{"auths":{"cr.acme.example":{"auth":"` + b.Gen("basic_auth") + `"}}}`))
		b.Emitf(`  + data = { ".dockerconfigjson" = "%s" }`, b.S("dockerconfigjson_b64", enc))
	}
}

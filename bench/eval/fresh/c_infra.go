package fresh

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Half c (second development half), infrastructure logs. Written from the
// template API of gen.go and the style of half a only; half b was never
// read. Software imitated here is software half a does not imitate.
var cInfra = []Template{
	{"c/envoy-access", 6, cEnvoyAccess},
	{"c/traefik-json", 8, cTraefikJSON},
	{"c/caddy-access", 6, cCaddyAccess},
	{"c/httpd-modsec", 4, cHttpdModSec},
	{"c/alb-cloudfront", 4, cALBCloudFront},
	{"c/ansible-vvv", 3, cAnsibleVVV},
	{"c/helm-values", 1, cHelmValues},
	{"c/kubectl-describe", 1, cKubectlDescribe},
	{"c/argocd-flux", 3, cArgoFlux},
	{"c/consul-nomad", 3, cConsulNomad},
	{"c/kafka-rabbit", 4, cKafkaRabbit},
	{"c/elastic-stack", 4, cElasticStack},
	{"c/winevent-xml", 3, cWinEventXML},
	{"c/pwsh-transcript", 1, cPwshTranscript},
	{"c/tf-log", 3, cTFLog},
	{"c/auditd", 4, cAuditd},
	{"c/compose-up", 2, cComposeUp},
	{"c/packer", 2, cPacker},
	{"c/maven-gradle", 3, cMavenGradle},
	{"c/pkg-verbose", 3, cPkgVerbose},
	{"c/sql-engines", 4, cSQLEngines},
}

func cTime(b *B) time.Time { return ts(b.r) }

// cEnvPool: variable names and formats for half c (its own phrasing).
var cEnvPool = []struct{ name, format string }{
	{"STRIPE_API_KEY", "stripe_secret"},
	{"STRIPE_RESTRICTED_KEY", "stripe_restricted"},
	{"STRIPE_ENDPOINT_SECRET", "stripe_webhook_secret"},
	{"GH_TOKEN", "github_pat"},
	{"GH_APP_INSTALL_TOKEN", "github_ghs"},
	{"GITLAB_TOKEN", "gitlab_pat"},
	{"SLACK_TOKEN", "slack_bot"},
	{"SLACK_USER_TOKEN", "slack_user"},
	{"SLACK_APP_TOKEN", "slack_app"},
	{"SENDGRID_KEY", "sendgrid"},
	{"OPENAI_KEY", "openai"},
	{"OPENAI_LEGACY_KEY", "openai_legacy"},
	{"CLAUDE_API_KEY", "anthropic"},
	{"AWS_SECRET_KEY", "aws_secret_access_key"},
	{"AWS_SESSION_TOKEN", "aws_session_token"},
	{"DATADOG_API_KEY", "datadog_api_key"},
	{"DD_APP_KEY", "datadog_app_key"},
	{"POSTGRES_PASSWORD", "password_generated"},
	{"MYSQL_ROOT_PASSWORD", "password_human"},
	{"RABBITMQ_DEFAULT_PASS", "password_urlsafe"},
	{"TWILIO_API_KEY", "twilio_api_key"},
	{"TWILIO_TOKEN", "twilio_auth_token"},
	{"HEROKU_AUTH_TOKEN", "heroku_api_key"},
	{"MAILGUN_KEY", "mailgun"},
	{"MAILCHIMP_API_KEY", "mailchimp"},
	{"VAULT_BATCH_TOKEN", "vault_batch"},
	{"NODE_AUTH_TOKEN", "npm"},
	{"TWINE_PASSWORD", "pypi"},
	{"HUGGING_FACE_HUB_TOKEN", "huggingface"},
	{"NR_LICENSE", "new_relic_license"},
	{"NEW_RELIC_API_KEY", "new_relic_user"},
	{"DO_TOKEN", "digitalocean"},
	{"PULUMI_TOKEN", "pulumi"},
	{"ARM_CLIENT_SECRET", "azure_client_secret"},
	{"AZURE_STORAGE_KEY", "azure_storage_key"},
	{"SHOPIFY_ADMIN_TOKEN", "shopify_access"},
	{"JIRA_API_TOKEN", "atlassian"},
	{"DOPPLER_TOKEN", "doppler"},
	{"DATABRICKS_TOKEN", "databricks"},
	{"GRAFANA_SA_TOKEN", "grafana_sa"},
	{"GRAFANA_CLOUD_API_KEY", "grafana_cloud"},
	{"SENTRY_AUTH_TOKEN", "sentry_org"},
	{"TF_TOKEN_app_terraform_io", "terraform_cloud"},
	{"SQUARE_ACCESS_TOKEN", "square_oauth"},
	{"OKTA_API_TOKEN", "okta_ssws"},
	{"SOPS_AGE_KEY", "age_secret_key"},
	{"MAPBOX_SECRET_TOKEN", "mapbox_secret"},
	{"DISCORD_BOT_TOKEN", "discord_bot"},
	{"ARTIFACTORY_API_KEY", "artifactory"},
	{"PLANETSCALE_PASSWORD", "planetscale"},
	{"LINEAR_TOKEN", "linear"},
	{"POSTMAN_API_KEY", "postman"},
	{"GOOGLE_MAPS_API_KEY", "google_api_key"},
	{"ELASTIC_API_KEY", "elastic_api_key"},
	{"PRIVATE_KEY_HEX", "wallet_private_key"},
	{"SIGNING_SECRET", "hex_secret"},
	{"INTERNAL_API_KEY", "api_key_generic"},
	{"GOOGLE_CREDENTIALS_B64", "gcp_key_b64"},
	{"AWS_ACCESS_KEY_ID", "aws_temp_access_key_id"},
}

func cEnv(b *B) (string, string) {
	e := cEnvPool[b.r.IntN(len(cEnvPool))]
	return e.name, e.format
}

func cEnvoyAccess(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000Z")
	var path string
	switch b.r.IntN(9) {
	case 0:
		path = "/v1/stream?token=" + b.Sec(b.Pick("jwt", "bearer_opaque"))
	case 1:
		path = "/api/v3/catalog?key=" + b.Sec("google_api_key") + "&lang=en"
	case 2:
		path = "/avatars/" + b.Harm("uuid") + ".png"
	case 3:
		path = "/api/v3/items?cursor=" + b.Harm("cursor")
	case 4:
		path = "/assets/bundle-" + b.Harm("md5_hex") + ".js"
	case 5:
		path = "/reset?reset_token=" + b.Sec("csrf_token")
	case 6:
		path = "/blob/" + b.Harm("s3_key") + "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-01T00%3A00%3A00Z&spr=https&sig=" + b.Sec("azure_sas_sig")
	default:
		path = "/ready"
	}
	b.Emitf(`[%s] "%s %s HTTP/%s" %d %s %d %d %d %d "%s" "%s" "%s" "%s" "%s"`, t, b.Pick("GET", "GET", "POST"), path, b.Pick("1.1", "2"),
		b.PickI(200, 200, 204, 401, 503), b.Pick("-", "-", "UF", "URX"), b.N(0, 5000), b.N(0, 90000), b.N(0, 900), b.N(0, 900),
		b.Harm("ipv4"), b.Pick("okhttp/4.12.0", "Envoy/HC", "grpc-go/1.62.1"), b.Harm("request_id"), b.Pick("api.example.com", "catalog.internal:8080"), fmt.Sprintf("%s:%d", ip4(b.r), b.PickI(8080, 9000)))
	if b.Chance(0.15) {
		// admin /config_dump fragment
		switch b.r.IntN(3) {
		case 0:
			b.EmitJSON(fmt.Sprintf(`{"name":"upstream_auth","typed_config":{"@type":"type.googleapis.com/envoy.extensions.filters.http.header_mutation.v3.HeaderMutation","mutations":{"request_mutations":[{"append":{"header":{"key":"x-api-key","value":"%s"}}}]}}}`, b.SecJ(b.Pick("api_key_generic", "datadog_api_key", "sendgrid"))))
		case 1:
			b.EmitJSON(fmt.Sprintf(`{"name":"sds-cert","tls_certificate":{"certificate_chain":{"filename":"/etc/envoy/certs/tls.crt"},"private_key":{"inline_string":"%s"}}}`, b.H("placeholder", "[redacted]")))
		default:
			b.EmitJSON(fmt.Sprintf(`{"name":"jwt_authn","providers":{"auth0":{"issuer":"https://acme.eu.auth0.com/","audiences":["%s"],"remote_jwks":{"http_uri":{"uri":"https://acme.eu.auth0.com/.well-known/jwks.json","timeout":"5s"}}}}}`, b.Harm("client_id")))
		}
	}
}

func cTraefikJSON(b *B) {
	var extra string
	switch b.r.IntN(6) {
	case 0:
		extra = `,"request_Authorization":"Bearer ` + b.SecJ(b.Pick("jwt", "github_gho", "okta_ssws")) + `"`
	case 1:
		switch b.r.IntN(3) {
		case 0:
			extra = `,"request_Cookie":"_oauth2_proxy=` + b.SecJ("bearer_opaque") + `; _ga=GA1.2.1234567.1700000000"`
		case 1:
			extra = `,"request_Cookie":"connect.sid=` + b.SecJ("connect_sid") + `"`
		default:
			extra = `,"request_Cookie":"_shop_session=` + b.SecJ("rails_session") + `; locale=en"`
		}
	case 2:
		extra = `,"request_Authorization":"Basic ` + b.SecJ("basic_auth") + `"`
	case 3:
		extra = `,"request_X-Forwarded-Proto":"https","request_Traceparent":"` + b.Harm("traceparent") + `"`
	case 4:
		extra = `,"request_Authorization":"` + b.H("placeholder", "REDACTED") + `"`
	default:
		extra = `,"downstream_Etag":"` + b.HarmJ("etag") + `"`
	}
	b.EmitJSON(fmt.Sprintf(`{"ClientAddr":"%s:%d","ClientHost":"%s","DownstreamStatus":%d,"Duration":%d,"OriginStatus":%d,"RequestHost":"app.example.com","RequestMethod":"%s","RequestPath":"%s","RequestProtocol":"HTTP/2.0","RouterName":"app@kubernetescrd","ServiceName":"default-app-80@kubernetescrd","StartUTC":"%s","entryPointName":"websecure","level":"info","msg":""%s,"time":"%s"}`,
		ip4(b.r), b.N(1024, 65535), b.Harm("ipv4"), b.PickI(200, 200, 302, 401), b.N(100000, 90000000), b.PickI(200, 302, 401), b.Pick("GET", "POST"), b.Pick("/", "/login", "/api/session", "/oauth2/callback"),
		cTime(b).Format(time.RFC3339Nano), extra, cTime(b).Format(time.RFC3339)))
	if b.Chance(0.1) {
		b.Emitf(`time="%s" level=error msg="Error while connecting to the ACME provider" providerName=le.acme error="acme: error: 403 :: urn:ietf:params:acme:error:unauthorized"`, cTime(b).Format(time.RFC3339))
	}
	if b.Chance(0.1) {
		b.Emitf(`time="%s" level=debug msg="Configuration received: {\"http\":{\"middlewares\":{\"auth\":{\"forwardAuth\":{\"address\":\"http://auth:4181\",\"authRequestHeaders\":[\"X-Api-Key\"]}}}}}" providerName=docker`, cTime(b).Format(time.RFC3339))
	}
}

func cCaddyAccess(b *B) {
	hdr := []string{`"User-Agent":["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15"]`, `"Accept-Encoding":["gzip, br"]`}
	switch b.r.IntN(5) {
	case 0:
		hdr = append(hdr, `"Authorization":["`+b.H("placeholder", "REDACTED")+`"]`, `"Cookie":["REDACTED"]`)
	case 1:
		hdr = append(hdr, `"X-Api-Key":["`+b.SecJ(b.Pick("api_key_generic", "linear", "postman"))+`"]`)
	case 2:
		hdr = append(hdr, `"Private-Token":["`+b.SecJ("gitlab_pat")+`"]`)
	case 3:
		hdr = append(hdr, `"If-None-Match":["`+b.HarmJ("etag")+`"]`)
	default:
		hdr = append(hdr, `"X-Request-Id":["`+b.Harm("ulid")+`"]`)
	}
	uri := b.Pick("/", "/docs/", "/api/health")
	if b.Chance(0.25) {
		uri = "/dl/" + b.Harm("s3_key") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256\\u0026X-Amz-Credential=" + b.Sec("aws_access_key_id") + "%2F20240601%2Fus-west-2%2Fs3%2Faws4_request\\u0026X-Amz-Date=20240601T101010Z\\u0026X-Amz-Expires=600\\u0026X-Amz-SignedHeaders=host\\u0026X-Amz-Signature=" + b.Sec("aws_presign_signature")
	} else if b.Chance(0.1) {
		uri = "/dl/" + b.Harm("s3_key") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256\\u0026X-Amz-Credential=" + b.Sec("aws_temp_access_key_id") + "%2F20240601%2Fus-west-2%2Fs3%2Faws4_request\\u0026X-Amz-Date=20240601T101010Z\\u0026X-Amz-Expires=600\\u0026X-Amz-Security-Token=" + b.Sec("aws_presign_security_token") + "\\u0026X-Amz-SignedHeaders=host\\u0026X-Amz-Signature=" + b.Sec("aws_presign_signature")
	}
	b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%d.%06d,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"%s","remote_port":"%d","client_ip":"%s","proto":"HTTP/2.0","method":"GET","host":"www.example.org","uri":"%s","headers":{%s},"tls":{"resumed":false,"version":772,"cipher_suite":4865,"proto":"h2","server_name":"www.example.org"}},"bytes_read":0,"user_id":"","duration":%f,"size":%d,"status":%d,"resp_headers":{"Server":["Caddy"],"Content-Type":["text/html; charset=utf-8"]}}`,
		cTime(b).Unix(), b.N(0, 999999), b.Harm("ipv6"), b.N(1024, 65535), ip4(b.r), uri, strings.Join(hdr, ","), b.r.Float64()/10, b.N(0, 90000), b.PickI(200, 304, 404)))
	if b.Chance(0.08) {
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":%d.%06d,"logger":"tls.obtain","msg":"certificate obtained successfully","identifier":"www.example.org","issuer":"acme-v02.api.letsencrypt.org-directory"}`, cTime(b).Unix(), b.N(0, 999999)))
	}
}

func cHttpdModSec(b *B) {
	t := cTime(b)
	at := t.Format("Mon Jan 02 15:04:05.000000 2006")
	clf := func() string { return fmt.Sprintf("%s:%d", b.Harm("ipv4"), b.N(1024, 65535)) }
	uid := rs(b.r, alAlnum+"@-", 27)
	switch b.r.IntN(7) {
	case 6:
		b.EmitJSON(fmt.Sprintf(`{"timestamp":"%s","flow_id":%d,"in_iface":"eth0","event_type":"alert","src_ip":"%s","src_port":%d,"dest_ip":"10.0.1.20","dest_port":80,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":%d,"rev":3,"signature":"%s","category":"Attempted Information Leak","severity":2}}`,
			t.Format("2006-01-02T15:04:05.000000-0700"), b.N(1e12, 9e15), b.Harm("ipv4"), b.N(1024, 65535), b.N(2000000, 2999999), b.Harm("ids_rule")))
	case 0:
		b.Emitf(`[%s] [security2:error] [pid %d:tid %d] [client %s] ModSecurity: Warning. Pattern match "(?i)union.*select" at ARGS:q. [file "/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "%d"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [data "Matched Data: %s found within ARGS:password: %s"] [severity "CRITICAL"] [hostname "shop.example.com"] [uri "/account/login"] [unique_id "%s"]`,
			at, b.N(100, 9999), b.N(1e9, 4e9), clf(), b.N(40, 900), "s&1", b.Sec("password_quote"), uid)
	case 1:
		b.Emitf(`[%s] [auth_basic:error] [pid %d] [client %s] AH01617: user deploy: authentication failure for "/admin": Password Mismatch`, at, b.N(100, 9999), clf())
	case 2:
		b.Emitf(`[%s] [proxy_fcgi:error] [pid %d] [client %s] AH01071: Got error 'PHP message: PHP Warning:  mysqli_connect(): (HY000/1045): Access denied for user 'wp'@'localhost' (using password: YES) in /var/www/html/wp-includes/class-wpdb.php on line 1987'`, at, b.N(100, 9999), clf())
	case 3:
		b.Emitf(`%s - %s [%s] "GET /private/report.xlsx HTTP/1.1" 200 %d "-" "Microsoft Office Excel 2014"`, b.Harm("ipv4"), b.Pick("deploy", "alice", "-"), t.Format("02/Jan/2006:15:04:05 -0700"), b.N(1000, 900000))
	case 4:
		b.Emitf(`%s - - [%s] "POST /xmlrpc.php?rsd&pwd=%s HTTP/1.1" 403 %d "-" "WordPress/6.4.3; https://blog.example.net"`, b.Harm("ipv4"), t.Format("02/Jan/2006:15:04:05 -0700"), b.Sec("password_urlsafe"), b.N(100, 900))
	default:
		b.Emit("--" + rs(b.r, alHex, 8) + "-B--")
		b.Emitf("POST /api/login HTTP/1.1")
		b.Emitf("Host: shop.example.com")
		b.Emitf("Authorization: Basic %s", b.Sec("basic_auth"))
		b.Emitf("Cookie: PHPSESSID=%s", b.Sec("php_session"))
		b.Emit("--" + rs(b.r, alHex, 8) + "-Z--")
	}
}

func cALBCloudFront(b *B) {
	t := cTime(b)
	if b.Chance(0.6) {
		var q string
		switch b.r.IntN(5) {
		case 0:
			q = "?api_key=" + b.Sec(b.Pick("api_key_generic", "mailchimp"))
		case 1:
			q = "?access_token=" + b.Sec(b.Pick("jwt", "square_oauth"))
		case 2:
			q = "?page=2&idempotency_key=" + b.Harm("idempotency")
		default:
			q = ""
		}
		b.Emitf(`https %s app/prod-alb/%s %s:%d %s:8080 0.001 %.3f 0.000 %d %d %d %d "%s https://api.example.com:443/v2/%s%s HTTP/1.1" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:%s:%s:targetgroup/api/%s "Root=1-%08x-%s" "api.example.com" "arn:aws:acm:%s:%s:certificate/%s" 0 %s "forward" "-" "-" "%s:8080" "200" "-" "-"`,
			t.Format("2006-01-02T15:04:05.000000Z"), rs(b.r, alHex, 16), b.Harm("ipv4"), b.N(1024, 65535), ip4(b.r), b.r.Float64(), b.PickI(200, 200, 401, 502), b.PickI(200, 200, 401, 502), b.N(100, 900), b.N(100, 90000),
			b.Pick("GET", "POST"), b.Pick("orders", "reports/export", "users/me"), q, b.Pick("curl/8.5.0", "Go-http-client/2.0", "Amazon CloudFront"),
			pick(b.r, regions...), acct(b.r), rs(b.r, alHex, 16), t.Unix(), rs(b.r, alHex, 24), pick(b.r, regions...), acct(b.r), uuid4(b.r), t.Format("2006-01-02T15:04:05.000000Z"), ip4(b.r))
		return
	}
	var q string
	switch b.r.IntN(3) {
	case 0:
		q = "Expires=" + fmt.Sprint(t.Unix()+3600) + "&Signature=" + b.S("cloudfront_signature", rs(b.r, alAlnum+"-~", 172)) + "&Key-Pair-Id=" + b.H("key_id", "K"+rs(b.r, alUpper+alDigit, 13))
	case 1:
		q = "Policy=" + b.H("cloudfront_policy", strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(cB64([]byte(fmt.Sprintf(`{"Statement":[{"Resource":"https://cdn.example.com/video/*","Condition":{"DateLessThan":{"AWS:EpochTime":%d}}}]}`, t.Unix()+3600))))) + "&Signature=" + b.S("cloudfront_signature", rs(b.r, alAlnum+"-~", 172)) + "&Key-Pair-Id=K" + rs(b.r, alUpper+alDigit, 13)
	default:
		q = "-"
	}
	b.Emitf("%s\t%s\tFRA56-P%d\t%d\t%s\tGET\td%s.cloudfront.net\t/video/%s.m3u8\t%d\t-\tMozilla/5.0\t%s\t-\tHit\t%s==\tcdn.example.com\thttps\t%d\t%.3f\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/2.0",
		t.Format("2006-01-02"), t.Format("15:04:05"), b.N(1, 9), b.N(200, 90000), b.Harm("ipv4"), rs(b.r, alLower+alDigit, 13), rs(b.r, alLower+alDigit, 10), b.PickI(200, 206, 403), q, rs(b.r, alB64URL, 54), b.N(100, 900), b.r.Float64())
}

func cAnsibleVVV(b *B) {
	host := b.Pick("web01", "db-replica-2", "bastion")
	ip := b.Harm("ipv4")
	b.Emitf("<%s> ESTABLISH SSH CONNECTION FOR USER: %s", ip, b.Pick("deploy", "ansible", "ec2-user"))
	b.Emitf(`<%s> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o KbdInteractiveAuthentication=no -o PreferredAuthentications=gssapi-with-mic,gssapi-keyex,hostbased,publickey -o PasswordAuthentication=no -o ConnectTimeout=10 %s '/bin/sh -c '"'"'echo ~ && sleep 0'"'"''`, ip, ip)
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`changed: [%s] => {"changed": true, "invocation": {"module_args": {"login_host": "localhost", "login_password": "%s", "login_user": "root", "name": "app", "password": "%s", "priv": "app.*:ALL"}}, "user": "app"}`, host, b.Sec(b.Pick("password_generated", "password_human")), b.H("placeholder", "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"))
	case 1:
		b.Emitf(`ok: [%s] => {"changed": false, "invocation": {"module_args": {"url": "https://api.example.com/v1/deploy", "headers": {"Authorization": "Bearer %s"}, "method": "POST", "status_code": [200]}}, "status": 200}`, host, b.Sec(b.Pick("jwt", "bearer_opaque", "digitalocean")))
	case 2:
		b.Emitf(`ok: [%s] => {"ansible_facts": {"ansible_machine_id": "%s", "ansible_ssh_host_key_ed25519_public": "%s"}, "changed": false}`, host, b.Harm("machine_id"), strings.TrimPrefix(b.HG("ssh_pubkey"), "ssh-ed25519 "))
	case 3:
		b.Emitf(`fatal: [%s]: FAILED! => {"changed": false, "msg": "Failed to connect to the host via ssh: deploy@%s: Permission denied (publickey).", "unreachable": true}`, host, ip4(b.r))
	case 4:
		b.Emitf(`changed: [%s] => (item={'key': 'REDIS_PASSWORD', 'value': '%s'}) => {"ansible_loop_var": "item", "changed": true, "item": {"key": "REDIS_PASSWORD"}}`, host, b.Sec("password_urlsafe"))
	default:
		b.Emitf(`ok: [%s] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}`, host)
	}
	b.Emitf("META: ran handlers")
}

// cB64: standard base64 (for harmless payloads).
func cB64(p []byte) string { return base64.StdEncoding.EncodeToString(p) }

func cHelmValues(b *B) {
	rel := b.Pick("billing", "keycloak", "grafana", "gitlab-runner")
	b.Emitf("install.go:214: [debug] Original chart version: %q", b.HG("version"))
	b.Emitf("client.go:142: [debug] creating 1 resource(s)")
	b.Emitf("NAME: %s", rel)
	b.Emitf("LAST DEPLOYED: %s", cTime(b).Format("Mon Jan 2 15:04:05 2006"))
	b.Emit("NAMESPACE: prod")
	b.Emit("STATUS: deployed")
	b.Emit("USER-SUPPLIED VALUES:")
	switch rel {
	case "billing":
		b.Emit("postgresql:")
		b.Emit("  auth:")
		b.Emitf("    postgresPassword: %s", b.Sec("password_generated"))
		b.Emitf("    password: %s", b.Harm("placeholder"))
		b.Emit("stripe:")
		b.Emitf("  secretKey: %s", b.Sec("stripe_secret"))
		b.Emitf("  publishableKey: %s", b.Harm("stripe_pk"))
	case "keycloak":
		b.Emit("auth:")
		b.Emit("  adminUser: admin")
		b.Emitf("  adminPassword: %q", b.Sec("password_human"))
		b.Emit("externalDatabase:")
		b.Emitf("  existingSecret: keycloak-db")
	case "grafana":
		b.Emitf("adminPassword: %s", b.Sec("password_urlsafe"))
		b.Emit("grafana.ini:")
		b.Emit("  auth.generic_oauth:")
		b.Emitf("    client_id: %s", b.Harm("client_id"))
		b.Emitf("    client_secret: %s", b.Sec("client_secret"))
		b.Emitf("    scopes: %s", b.Harm("scope"))
	default:
		b.Emitf("gitlabUrl: https://gitlab.example.com/")
		b.Emitf("runnerToken: %s", b.SP("gitlab_runner_token", "glrt-"+rs(b.r, alB64URL, 20), 5))
		b.Emitf("image: %s", b.Harm("image_digest"))
	}
	b.Emit("")
	b.Emit("HOOKS:")
}

func cKubectlDescribe(b *B) {
	b.Emitf("Name:             %s", b.Harm("k8s_name"))
	b.Emit("Namespace:        prod")
	b.Emitf("Node:             ip-10-0-%d-%d.ec2.internal/%s", b.N(0, 255), b.N(1, 254), b.Harm("ipv4"))
	b.Emit("Containers:")
	b.Emit("  app:")
	b.Emitf("    Image:          %s", b.Harm("image_digest"))
	b.Emit("    Environment:")
	b.Emit("      LOG_FORMAT:         json")
	b.Emit("      DB_PASSWORD:        <set to the key 'password' in secret 'pg-app'>  Optional: false")
	for i, n := 0, b.N(0, 2); i < n; i++ {
		name, f := cEnv(b)
		b.Emitf("      %-20s%s", name+":", b.Sec(f))
	}
	if b.Chance(0.3) {
		b.Emitf("      AWS_ROLE_ARN:       %s", b.Harm("arn_role"))
	}
	if b.Chance(0.3) {
		b.Emit(b.KV("sensitive_name_number", "      SESSION_TTL_SECONDS: ", "86400"))
	}
	b.Emit("    Mounts:")
	b.Emitf("      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)", rs(b.r, alLower+alDigit, 5))
	b.Emit("Events:")
	b.Emit("  Type     Reason     Age   From               Message")
	b.Emit("  ----     ------     ----  ----               -------")
	b.Emitf("  Normal   Pulled     %ds   kubelet            Successfully pulled image %q in %s", b.N(5, 90), b.HG("image_digest"), b.Harm("duration"))
	if b.Chance(0.3) {
		b.Emitf("  Warning  Failed     %ds   kubelet            Failed to pull image: rpc error: code = Unknown desc = failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized", b.N(5, 90))
	}
}

func cArgoFlux(b *B) {
	t := cTime(b).Format(time.RFC3339)
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`time="%s" level=info msg="Comparing app state (cluster: https://kubernetes.default.svc, namespace: prod)" application=argocd/%s`, t, b.Pick("api", "web"))
	case 1:
		b.Emitf(`time="%s" level=error msg="rpc error: code = Unknown desc = failed to list refs: git ls-remote https://oauth2:%s@gitlab.example.com/platform/deploy.git: exit status 128" application=argocd/api`, t, b.Sec("gitlab_pat"))
	case 2:
		b.Emitf(`time="%s" level=info msg="Initiated automated sync to '%s'" application=argocd/web dest-namespace=prod`, t, b.Harm("git_sha"))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"level":"error","ts":"%s","msg":"Reconciler error","controller":"gitrepository","GitRepository":{"name":"flux-system","namespace":"flux-system"},"error":"failed to checkout and determine revision: unable to clone 'https://x-token-auth:%s@bitbucket.org/acme/fleet': authentication required"}`, t, b.SecJ("bearer_opaque")))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","ts":"%s","msg":"stored artifact for commit 'Merge branch main'","controller":"gitrepository","revision":"main@sha1:%s"}`, t, b.Harm("git_sha")))
	default:
		b.Emitf(`time="%s" level=debug msg="repo credentials" url="https://github.com/acme/charts" username=x-access-token password=%s`, t, b.Sec(b.Pick("github_ghs", "github_ghu")))
	}
}

func cConsulNomad(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000Z")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("$ consul acl token create -description \"ci\" -policy-name ci-read")
		b.Emitf("AccessorID:       %s", b.Harm("uuid"))
		b.Emitf("SecretID:         %s", b.S("consul_secret_id", uuid4(b.r)))
		b.Emit("Description:      ci")
		b.Emit("Local:            false")
		b.Emitf("Create Time:      %s", cTime(b).Format("2006-01-02 15:04:05.000000000 -0700 MST"))
	case 1:
		b.Emitf("%s [INFO]  agent: Synced service: service=%s-sidecar-proxy", t, b.Pick("api", "web", "billing"))
	case 2:
		b.Emitf("%s [WARN]  agent: Check socket connection failed: check=service:redis error=\"dial tcp %s:6379: connect: connection refused\"", t, b.Harm("ipv4"))
	case 3:
		b.Emitf(`%s [DEBUG] http: Request finished: method=GET url=/v1/kv/config/app?token=%s from=%s:%d latency=%s`, t, b.S("consul_secret_id", uuid4(b.r)), b.Harm("ipv4"), b.N(1024, 65535), b.Harm("duration"))
	case 4:
		b.Emitf(`%s [INFO]  client.alloc_runner.task_runner: Task event: alloc_id=%s task=web type=Started msg="Task started by client" failed=false`, t, b.Harm("uuid"))
	default:
		b.Emitf(`%s [ERROR] client.alloc_runner.task_runner.task_hook: failed to derive vault token: alloc_id=%s task=web error="Error making API request. URL: PUT https://vault.service.consul:8200/v1/auth/token/create/nomad-cluster Code: 403. Errors: * permission denied" vault_token=%s`, t, b.Harm("uuid"), b.Sec(b.Pick("vault_service", "vault_legacy")))
	}
}

func cKafkaRabbit(b *B) {
	t := cTime(b).Format("2006-01-02 15:04:05,000")
	switch b.r.IntN(8) {
	case 0:
		b.Emitf("[%s] INFO KafkaConfig values: ", t)
		b.Emit("\tsasl.jaas.config = [hidden]")
		b.Emit("\tsasl.mechanism.inter.broker.protocol = SCRAM-SHA-512")
		b.Emitf("\tssl.keystore.password = %s", b.Pick("[hidden]", "null"))
	case 1:
		b.Emitf(`[%s] ERROR [Consumer clientId=orders-1, groupId=orders] Connection to node -1 (kafka-0.kafka:9093) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (org.apache.kafka.clients.NetworkClient)`, t)
	case 2:
		b.Emitf(`[%s] DEBUG Loaded client config sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="%s"; (com.acme.streams.Config)`, t, b.Pick("orders-svc", "$ConnectionString", "svc-ingest"), b.Sec(b.Pick("password_generated", "password_urlsafe")))
	case 3:
		b.Emitf(`%s [info] <0.%d.0> accepting AMQP connection <0.%d.0> (%s:%d -> 10.0.3.4:5672)`, cTime(b).Format("2006-01-02 15:04:05.000000+00:00"), b.N(100, 9999), b.N(100, 9999), b.Harm("ipv4"), b.N(1024, 65535))
	case 4:
		b.Emitf(`%s [error] <0.%d.0> Error on AMQP connection <0.%d.0> (%s:%d -> 10.0.3.4:5672, state: starting): PLAIN login refused: user 'orders' - invalid credentials`, cTime(b).Format("2006-01-02 15:04:05.000000+00:00"), b.N(100, 9999), b.N(100, 9999), b.Harm("ipv4"), b.N(1024, 65535))
	case 5:
		b.Emitf(`$ rabbitmqctl add_user orders '%s'`, b.Sec("password_generated"))
		b.Emit(`Adding user "orders" ...`)
	case 6:
		b.Emitf(`[%s] INFO Processed SASL/SCRAM credential change for user svc-ingest (kafka.server.DelegationTokenManager)`, t)
	default:
		b.Emitf(`[%s] INFO [SocketServer listenerType=ZK_BROKER, nodeId=%d] Started socket server acceptors and processors (kafka.network.SocketServer)`, t, b.N(0, 5))
	}
}

func cElasticStack(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000Z")
	switch b.r.IntN(7) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"@timestamp":"%s","log.level":"INFO","message":"Authentication of [elastic] was terminated by realm [reserved] - failed to authenticate user [elastic]","ecs.version":"1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"elasticsearch[es-0][transport_worker][T#3]","log.logger":"org.elasticsearch.xpack.security.authc.RealmsAuthenticator","elasticsearch.cluster.uuid":"%s","elasticsearch.node.name":"es-0"}`, t, b.Harm("uuid")))
	case 1:
		b.Emitf(`[%s][WARN ][logstash.outputs.elasticsearch][main] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://logstash_writer:%s@es.internal:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::BadResponseCodeError, :message=>"Got response code '401' contacting Elasticsearch"}`, cTime(b).Format("2006-01-02T15:04:05,000"), b.Sec("password_urlsafe"))
	case 2:
		b.Emit("output {")
		b.Emit("  elasticsearch {")
		b.Emit(`    hosts => ["https://es.internal:9200"]`)
		if b.Chance(0.5) {
			b.Emitf(`    api_key => "%s:%s"`, b.H("key_id", rs(b.r, alB64URL, 20)), b.S("elastic_api_key_secret", rs(b.r, alB64URL, 22)))
		} else {
			b.Emit(`    user => "logstash_writer"`)
			b.Emitf(`    password => "%s"`, b.Sec("password_generated"))
		}
		b.Emit("  }")
		b.Emit("}")
	case 3:
		b.Emitf(`curl -s -H "Authorization: ApiKey %s" https://es.internal:9200/_cat/indices?v`, b.Sec("elastic_api_key"))
	case 4:
		b.EmitJSON(fmt.Sprintf(`{"service":{"node":{"roles":["background_tasks","ui"]}},"ecs":{"version":"8.11.0"},"@timestamp":"%s","message":"Kibana is now available (was degraded)","log":{"level":"INFO","logger":"status"},"process":{"pid":%d},"trace":{"id":"%s"}}`, t, b.N(7, 900), b.Harm("trace_id")))
	case 5:
		b.Emitf(`[%s][INFO ][o.e.x.s.a.ApiKeyService] [es-0] api key [%s] for user [ci] created, expiration [%s]`, cTime(b).Format("2006-01-02T15:04:05,000"), b.H("key_id", rs(b.r, alB64URL, 20)), b.Harm("timestamp"))
	default:
		b.Emitf(`    elasticsearch.password: "%s"`, b.Sec(b.Pick("password_human", "password_generated")))
	}
}

func cWinEventXML(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.0000000Z")
	sys := func(id int) string {
		return fmt.Sprintf(`<System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>%d</EventID><Version>2</Version><Level>0</Level><Task>13312</Task><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Channel>Security</Channel><Computer>WS-%04d.corp.example.com</Computer></System>`, id, t, b.N(1e5, 9e7), b.N(1, 9999))
	}
	switch b.r.IntN(4) {
	case 0:
		cmd := b.Pick(`net use \\fs01\finance /user:CORP\svc_backup `, `cmdkey /generic:TERMSRV/jump01 /user:CORP\admin /pass:`, `schtasks /create /tn Sync /tr C:\sync.exe /ru CORP\svc_sync /rp `)
		b.Emitf(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>%s<EventData><Data Name='SubjectUserSid'>%s</Data><Data Name='SubjectUserName'>jdoe</Data><Data Name='NewProcessName'>C:\Windows\System32\cmd.exe</Data><Data Name='CommandLine'>%s%s</Data></EventData></Event>`,
			sys(4688), b.Harm("windows_sid"), cmd, b.Sec(b.Pick("password_human", "password_urlsafe")))
	case 1:
		b.Emitf(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>%s<EventData><Data Name='TargetUserSid'>%s</Data><Data Name='TargetUserName'>svc_sql</Data><Data Name='LogonType'>3</Data><Data Name='AuthenticationPackageName'>NTLM</Data><Data Name='LogonGuid'>{%s}</Data><Data Name='IpAddress'>%s</Data></EventData></Event>`,
			sys(4624), b.Harm("windows_sid"), b.Harm("uuid"), b.Harm("ipv4"))
	case 2:
		b.Emitf(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>%s<EventData><Data Name='TargetUserName'>administrator</Data><Data Name='Status'>0xc000006d</Data><Data Name='FailureReason'>%%%%2313</Data><Data Name='IpAddress'>%s</Data></EventData></Event>`, sys(4625), b.Harm("ipv4"))
	default:
		b.EmitJSON(fmt.Sprintf(`{"EventID":4104,"Channel":"Microsoft-Windows-PowerShell/Operational","TimeCreated":"%s","ScriptBlockText":"$env:AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=%s;EndpointSuffix=core.windows.net'","ScriptBlockId":"%s","UserId":"%s"}`,
			t, b.SecJ("azure_storage_key"), b.Harm("uuid"), b.Harm("windows_sid")))
	}
}

func cPwshTranscript(b *B) {
	b.Emit("**********************")
	b.Emit("Windows PowerShell transcript start")
	b.Emitf("Start time: %s", cTime(b).Format("20060102150405"))
	b.Emit(`Username: CORP\jdoe`)
	b.Emitf("Machine: WS-%04d (Microsoft Windows NT 10.0.22631.0)", b.N(1, 9999))
	b.Emit("**********************")
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`PS C:\ops> $pw = ConvertTo-SecureString '%s' -AsPlainText -Force`, b.Sec(b.Pick("password_human", "password_generated")))
		b.Emit(`PS C:\ops> $cred = New-Object System.Management.Automation.PSCredential('CORP\svc_deploy', $pw)`)
	case 1:
		b.Emitf(`PS C:\ops> az login --service-principal -u %s -p %s --tenant %s`, b.Harm("uuid"), b.Sec("azure_client_secret"), b.Harm("uuid"))
		b.Emit(`[`)
		b.Emitf(`  {  "cloudName": "AzureCloud",  "tenantId": "%s",  "user": { "name": "%s", "type": "servicePrincipal" } }`, b.Harm("uuid"), b.Harm("uuid"))
	case 2:
		b.Emitf(`PS C:\ops> Invoke-RestMethod -Uri https://api.example.com/v1/sync -Headers @{ 'X-Api-Key' = '%s' }`, b.Sec(b.Pick("api_key_generic", "datadog_api_key")))
	case 3:
		b.Emitf(`PS C:\ops> Get-AzKeyVaultSecret -VaultName kv-prod -Name sql-admin -AsPlainText`)
		b.Emit(b.Sec("password_generated"))
	default:
		b.Emitf(`PS C:\ops> Get-ChildItem Cert:\LocalMachine\My | Select Thumbprint`)
		b.Emit(b.Harm("fingerprint"))
	}
	b.Emit("**********************")
	b.Emitf("Windows PowerShell transcript end")
}

func cTFLog(b *B) {
	t := cTime(b).Format("2006-01-02T15:04:05.000Z")
	switch b.r.IntN(7) {
	case 0:
		b.Emitf(`%s [DEBUG] provider.terraform-provider-aws_v5.40.0_x5: HTTP Request Sent: @caller=github.com/hashicorp/aws-sdk-go-base/v2@v2.0.0-beta.50/logging/tf_logger.go:45 @module=aws.sts aws.region=%s http.method=POST tf_http_req_header_Authorization="AWS4-HMAC-SHA256 Credential=%s/20240314/us-east-1/sts/aws4_request, SignedHeaders=amz-sdk-invocation-id;content-type;host;x-amz-date, Signature=%s" tf_http_req_header_X_Amz_Date=20240314T120000Z timestamp=%s`,
			t, pick(b.r, regions...), b.Sec("aws_access_key_id"), b.Sec("aws_presign_signature"), t)
	case 1:
		b.Emitf(`%s [DEBUG] provider.terraform-provider-aws_v5.40.0_x5: HTTP Request Sent: tf_http_req_header_X_Amz_Security_Token=%s tf_rpc=ConfigureProvider`, t, b.Sec("aws_session_token"))
	case 2:
		b.Emitf(`%s [DEBUG] provider.terraform-provider-github_v6.2.0: ---[ REQUEST ]---------------------------------------: Authorization: Bearer %s`, t, b.Sec(b.Pick("github_pat", "github_ghp")))
	case 3:
		b.Emitf(`%s [TRACE] statemgr.Filesystem: have already backed up original terraform.tfstate to terraform.tfstate.backup`, t)
	case 4:
		b.Emitf(`%s [DEBUG] ReferenceTransformer: "module.db.aws_db_instance.this" references: [module.db.var.password (expand) module.db.random_password.master]`, t)
	case 5:
		b.Emitf(`%s [DEBUG] provider.terraform-provider-datadog_v3.37.0: Datadog API request headers: DD-API-KEY=%s DD-APPLICATION-KEY=%s`, t, b.Sec("datadog_api_key"), b.Sec("datadog_app_key"))
	default:
		b.Emitf(`%s [INFO]  backend/local: apply calling Apply; run id %s`, t, b.Harm("request_id"))
	}
}

// auditd: EXECVE args with spaces or quotes are hex-encoded; so is the
// proctitle. A password in hex is still the password (an encoding of it).
func cAuditd(b *B) {
	ev := fmt.Sprintf("audit(%d.%03d:%d)", cTime(b).Unix(), b.N(0, 999), b.N(1000, 999999))
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`type=EXECVE msg=%s: argc=5 a0="mysql" a1="-h" a2="db.internal" a3="-uroot" a4="-p%s"`, ev, b.Sec("password_urlsafe"))
	case 1:
		pw := b.Gen(b.Pick("password_human", "password_generated"))
		hx := strings.ToUpper(hex.EncodeToString([]byte("--password=" + pw)))
		pre := len(hex.EncodeToString([]byte("--password=")))
		b.Emitf(`type=EXECVE msg=%s: argc=3 a0="pg_dump" a1="--username=backup" a2=%s%s`, ev, hx[:pre], b.S("password_hex_audit", hx[pre:]))
	case 2:
		cmd := "curl\x00-H\x00Authorization: Bearer "
		tok := b.Gen(b.Pick("bearer_opaque", "github_ghp", "slack_bot"))
		tail := "\x00https://api.example.com/v1/sync"
		b.Emitf(`type=PROCTITLE msg=%s: proctitle=%s%s%s`, ev, strings.ToUpper(hex.EncodeToString([]byte(cmd))), b.S("token_hex_audit", strings.ToUpper(hex.EncodeToString([]byte(tok)))), strings.ToUpper(hex.EncodeToString([]byte(tail))))
	case 3:
		b.Emitf(`type=USER_AUTH msg=%s: pid=%d uid=0 auid=1000 ses=%d subj=unconfined msg='op=PAM:authentication grantors=pam_unix acct="deploy" exe="/usr/sbin/sshd" hostname=%s addr=%s terminal=ssh res=success'`, ev, b.N(300, 60000), b.N(1, 900), ip4(b.r), b.Harm("ipv4"))
	case 4:
		b.Emitf(`type=SYSCALL msg=%s: arch=c000003e syscall=59 success=yes exit=0 a0=55d1 a1=55d2 a2=55d3 a3=0 items=2 ppid=%d pid=%d auid=1000 uid=0 gid=0 comm="sudo" exe="/usr/bin/sudo" key="privileged"`, ev, b.N(300, 60000), b.N(300, 60000))
	default:
		b.Emitf(`type=EXECVE msg=%s: argc=4 a0="redis-cli" a1="-a" a2="%s" a3="PING"`, ev, b.Sec("password_generated"))
	}
}

func cComposeUp(b *B) {
	svc := b.Pick("api", "worker", "db", "cache")
	p := fmt.Sprintf("%s-1  | ", svc)
	b.Emitf(" ✔ Container app-%s-1  Created", svc)
	b.Emitf("Attaching to %s-1", svc)
	switch b.r.IntN(5) {
	case 0:
		b.Emit(p + "PostgreSQL init process complete; ready for start up.")
		b.Emit(p + b.Harm("timestamp") + " LOG:  database system is ready to accept connections")
	case 1:
		name, f := cEnv(b)
		b.Emitf("%sboot: env %s=%s", p, name, b.Sec(f))
	case 2:
		b.Emitf("%s\x1b[32mINFO\x1b[0m  connecting to redis://default:%s@cache:6379/0", p, b.Sec("password_urlsafe"))
	case 3:
		b.Emitf("%s\x1b[33mWARN\x1b[0m  MYSQL_ROOT_PASSWORD was set on the command line (%s)", p, b.H("placeholder", "********"))
	default:
		b.Emitf("%sListening on http://0.0.0.0:%d (build %s)", p, b.PickI(3000, 8000, 8080), b.Harm("short_sha"))
	}
	if b.Chance(0.3) {
		b.Emit("$ docker compose config")
		b.Emit("services:")
		b.Emit("  db:")
		b.Emit("    environment:")
		b.Emitf("      POSTGRES_PASSWORD: %s", b.Sec("password_generated"))
		b.Emit("      POSTGRES_USER: app")
	}
}

func cPacker(b *B) {
	src := b.Pick("amazon-ebs.ubuntu", "azure-arm.win2022", "googlecompute.base")
	b.Emitf("==> %s: Prevalidating any provided VPC information", src)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("==> %s: Creating temporary keypair: packer_%s", src, b.Harm("uuid"))
	case 1:
		b.Emitf("    %s: + export VAULT_TOKEN=%s", src, b.Sec(b.Pick("vault_service", "vault_batch")))
	case 2:
		b.Emitf("==> %s: Waiting for WinRM to become available...", src)
		b.Emitf("    %s: WinRM connected. Administrator password: %s", src, b.Sec("password_generated"))
	case 3:
		b.Emitf("==> %s: Provisioning with shell script: /tmp/packer-shell%d", src, b.N(100000, 999999999))
		b.Emitf("    %s: + curl -fsSL -u admin:%s https://nexus.internal.example.com/repository/raw/agent.tgz -o /tmp/agent.tgz", src, b.Sec("password_urlsafe"))
	default:
		b.Emitf("==> %s: AMI: ami-%s", src, rs(b.r, alHex, 17))
	}
	b.Emitf("Build '%s' finished after %s.", src, b.Harm("duration"))
}

func cMavenGradle(b *B) {
	switch b.r.IntN(5) {
	case 0:
		b.Emit("$ cat ~/.m2/settings.xml")
		b.Emit("<settings>")
		b.Emit("  <servers>")
		b.Emit("    <server>")
		b.Emit("      <id>nexus-releases</id>")
		b.Emit("      <username>ci</username>")
		b.Emitf("      <password>%s</password>", b.Sec(b.Pick("password_generated", "artifactory")))
		b.Emit("    </server>")
		b.Emit("  </servers>")
		b.Emit("</settings>")
	case 1:
		b.Emitf("[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.internal.example.com/repository/maven-public/ with username=ci, password=%s", b.H("placeholder", "***"))
	case 2:
		b.Emitf("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/springframework/spring-core/6.1.4/spring-core-6.1.4.jar (1.9 MB at %d kB/s)", b.N(100, 9000))
	case 3:
		b.Emitf("> Task :publish FAILED")
		b.Emitf("Could not PUT 'https://ci:%s@maven.pkg.github.com/acme/lib/com/acme/lib/1.4.0/lib-1.4.0.jar'. Received status code 401 from server: Unauthorized", b.Sec("github_ghp"))
	default:
		b.Emitf("$ ./gradlew publish -PsonatypeUsername=acme -PsonatypePassword=%s -Psigning.password=%s", b.Sec("password_urlsafe"), b.Sec("password_human"))
		b.Emitf("> Task :signMavenJavaPublication")
	}
}

func cPkgVerbose(b *B) {
	switch b.r.IntN(7) {
	case 0:
		b.Emit("npm verb cli /usr/local/bin/node /usr/local/bin/npm")
		b.Emitf("npm verb title npm publish")
		b.Emitf("npm verb config //npm.internal.example.com/:_authToken=%s", b.H("placeholder", "(protected)"))
	case 1:
		b.Emitf("npm http fetch PUT 401 https://npm.internal.example.com/@acme%%2futils %s (cache skip)", b.Harm("duration"))
		b.Emitf("npm ERR! code E401")
	case 2:
		b.Emitf("Looking in indexes: https://pypi.org/simple, https://ci:%s@pkgs.internal.example.com/simple", b.H("placeholder", "****"))
	case 3:
		b.Emitf("$ pip config list")
		b.Emitf("global.extra-index-url='https://__token__:%s@pkgs.internal.example.com/simple/'", b.Sec("pypi"))
	case 4:
		b.Emitf("$ poetry config http-basic.internal ci %s", b.Sec("password_urlsafe"))
		b.Emitf("Using virtualenv: /home/runner/.cache/pypoetry/virtualenvs/app-%s-py3.12", rs(b.r, alB64URL, 8))
	case 5:
		b.Emitf("yarn config v1.22.22")
		b.Emitf("info npmAuthToken: %s", b.Sec("npm"))
	default:
		b.Emitf("Progress: resolved %d, reused %d, downloaded %d, added %d, done", b.N(100, 2000), b.N(100, 2000), b.N(0, 90), b.N(0, 2000))
		b.Emitf("Lockfile integrity sha512-%s", b.H("sri_hash", cB64(rbytes(b.r, 64))))
	}
}

func cSQLEngines(b *B) {
	switch b.r.IntN(9) {
	case 0:
		b.Emitf("%s Logon       Error: 18456, Severity: 14, State: 8.", cTime(b).Format("2006-01-02 15:04:05.00"))
		b.Emitf("%s Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: %s]", cTime(b).Format("2006-01-02 15:04:05.00"), b.Harm("ipv4"))
	case 1:
		b.Emitf("+ sqlcmd -S tcp:sql01.corp.example.com,1433 -U sa -P '%s' -Q \"SELECT @@VERSION\"", b.Sec(b.Pick("password_human", "password_generated")))
	case 2:
		b.Emitf("%s.%06d+00:00", cTime(b).Format("2006-01-02T15:04:05"), b.N(0, 999999))
		b.Emitf("ALTER USER APP_OWNER IDENTIFIED BY \"%s\" ACCOUNT UNLOCK", b.Sec("password_human"))
	case 3:
		b.Emitf("%s.%06d+00:00", cTime(b).Format("2006-01-02T15:04:05"), b.N(0, 999999))
		b.Emitf("ORA-01017: invalid username/password; logon denied")
	case 4:
		if b.Chance(0.5) {
			b.Emitf(`%s [ %d ] {%s} <Debug> executeQuery: (from %s:%d, user: default) CREATE USER ci IDENTIFIED WITH sha256_password BY '%s' (stage: Complete)`, cTime(b).Format("2006.01.02 15:04:05.000000"), b.N(1, 900), b.Harm("uuid"), b.Harm("ipv4"), b.N(1024, 65535), b.H("placeholder", "[HIDDEN]"))
		} else {
			b.Emitf(`%s [ %d ] {%s} <Debug> executeQuery: (from %s:%d, user: default) CREATE USER ci IDENTIFIED WITH plaintext_password BY '%s'`, cTime(b).Format("2006.01.02 15:04:05.000000"), b.N(1, 900), b.Harm("uuid"), b.Harm("ipv4"), b.N(1024, 65535), b.Sec("password_generated"))
		}
	case 5:
		b.Emitf(`INFO  [Native-Transport-Requests-%d] %s AuditLogger.java:%d - user:cassandra|host:%s:7000|source:/%s|port:%d|timestamp:%d|type:CREATE_ROLE|category:DCL|operation:CREATE ROLE app WITH PASSWORD = '%s' AND LOGIN = true;`,
			b.N(1, 9), cTime(b).Format("2006-01-02 15:04:05,000"), b.N(40, 200), ip4(b.r), b.Harm("ipv4"), b.N(1024, 65535), cTime(b).UnixMilli(), b.Sec("password_generated"))
	case 6:
		b.Emitf(`INFO  [main] %s PasswordAuthenticator.java:%d - PasswordAuthenticator is enabled; roles cache validity %s`, cTime(b).Format("2006-01-02 15:04:05,000"), b.N(40, 200), b.Harm("duration"))
	case 7:
		b.Emitf(`%s [ %d ] {} <Information> Application: Listening for http://[::]:8123`, cTime(b).Format("2006.01.02 15:04:05.000000"), b.N(1, 900))
	default:
		b.EmitJSON(fmt.Sprintf("{\"t\":{\"$date\":\"%s\"},\"s\":\"I\",\"c\":\"ACCESS\",\"id\":20250,\"ctx\":\"conn%d\",\"msg\":\"Authentication succeeded\",\"attr\":{\"mechanism\":\"SCRAM-SHA-256\",\"user\":\"app\",\"db\":\"admin\",\"client\":\"%s:%d\"}}", cTime(b).Format(time.RFC3339), b.N(1, 9999), b.Harm("ipv4"), b.N(1024, 65535)))
	}
}

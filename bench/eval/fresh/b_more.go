package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half b (held-out): further families (OkHttp logging interceptor,
// log4j2 JSON layout, Azure DevOps Pipelines).
var bMore = []Template{
	{"b/okhttp-logging", 4, bOkHttp},
	{"b/log4j2-json", 5, bLog4j2JSON},
	{"b/azure-pipelines", 3, bAzurePipelines},
	{"b/vault-pki-json", 2, bVaultPKI},
	{"b/alertmanager-yaml", 1, bAlertmanager},
	{"b/sdk-config-json", 4, bSDKDump},
	{"b/aws-sdk-dump", 4, bAWSSDKDump},
	{"b/clean-mentions", 6, bCleanMentions},
}

func bOkHttp(b *B) {
	t := bTime(b).Format("15:04:05.000")
	b.Emitf("%s I/okhttp.OkHttpClient: --> POST https://api.example.com/v3/session", t)
	b.Emitf("%s I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8", t)
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("%s I/okhttp.OkHttpClient: Authorization: Bearer %s", t, b.Sec(b.Pick("jwt", "bearer_opaque", "square_oauth")))
	case 1:
		b.Emitf("%s I/okhttp.OkHttpClient: X-Goog-Api-Key: %s", t, b.Sec("google_api_key"))
	case 2:
		b.Emitf("%s I/okhttp.OkHttpClient: Authorization: %s", t, b.H("placeholder", "██"))
	default:
		b.Emitf("%s I/okhttp.OkHttpClient: X-Device-Id: %s", t, b.Harm("uuid"))
	}
	if b.Chance(0.4) {
		b.Emitf("%s I/okhttp.OkHttpClient: {\"email\":\"%s\",\"password\":\"%s\"}", t, b.Harm("email"), b.Sec(b.Pick("password_human", "password_generated")))
	}
	b.Emitf("%s I/okhttp.OkHttpClient: --> END POST", t)
	b.Emitf("%s I/okhttp.OkHttpClient: <-- %d https://api.example.com/v3/session (%dms)", t, b.PickI(200, 401), b.N(20, 900))
}

func bLog4j2JSON(b *B) {
	t := bTime(b)
	var msg string
	switch b.r.IntN(6) {
	case 0:
		msg = "Connecting to jdbc:sqlserver://sql01:1433;databaseName=orders;user=orders;password=" + b.Sec("password_urlsafe") + ";encrypt=true"
	case 1:
		msg = "Kafka SASL config: org.apache.kafka.common.security.plain.PlainLoginModule required username=\\\"svc-orders\\\" password=\\\"" + b.SecJ("password_generated") + "\\\";"
	case 2:
		msg = "Received callback with state=" + b.Harm("uuid") + " in " + b.Harm("duration")
	case 3:
		msg = "Keystore loaded, certificate fingerprint " + b.Harm("fingerprint")
	case 4:
		msg = "Using Elasticsearch ApiKey " + b.Sec("elastic_api_key")
	default:
		msg = "Order " + fmt.Sprint(b.N(1e5, 9e5)) + " shipped"
	}
	b.EmitJSON(fmt.Sprintf(`{"instant":{"epochSecond":%d,"nanoOfSecond":%d},"thread":"http-nio-8080-exec-%d","level":"%s","loggerName":"com.acme.orders.%s","message":"%s","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":%d,"threadPriority":5}`,
		t.Unix(), t.Nanosecond(), b.N(1, 20), b.Pick("INFO", "DEBUG", "WARN"), b.Pick("Db", "Kafka", "Auth", "Tls"), msg, b.N(10, 99)))
}

func bAzurePipelines(b *B) {
	t := bTime(b).Format(time.RFC3339Nano)
	b.Emitf("%s ##[section]Starting: AzureCLI", t)
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("%s [command]/usr/bin/az login --service-principal -u %s -p %s --tenant %s", t, b.Harm("uuid"), b.Sec("azure_client_secret"), b.Harm("uuid"))
	case 1:
		b.Emitf("%s ##[debug]AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeci;AccountKey=%s;EndpointSuffix=core.windows.net", t, b.Sec("azure_storage_key"))
	case 2:
		b.Emitf("%s ##[debug]System.AccessToken=%s", t, b.H("placeholder", "***"))
	case 3:
		b.Emitf("%s [command]/usr/bin/git -c http.extraheader=\"AUTHORIZATION: bearer %s\" fetch --force --tags --prune origin", t, b.Sec("jwt"))
	default:
		b.Emitf("%s ##[section]Finishing: AzureCLI", t)
	}
}

func bVaultPKI(b *B) {
	h, body, f := PEMBlock(b.r, b.Pick("RSA", "EC"))
	pk := h + `\n` + b.S("pem_json_escaped", strings.Join(body, `\n`)) + `\n` + f
	b.EmitJSON(fmt.Sprintf(`{"request_id":"%s","lease_id":"","renewable":false,"data":{"certificate":"-----BEGIN CERTIFICATE-----\nMIID%s\n-----END CERTIFICATE-----","expiration":%d,"private_key":"%s","private_key_type":"%s","serial_number":"%s"},"warnings":null}`,
		b.Harm("uuid"), rs(b.r, alB64, 60), bTime(b).Unix(), pk, b.Pick("rsa", "ec"), b.H("fingerprint", strings.ToLower(fingerprint(b.r)))))
}

func bAlertmanager(b *B) {
	b.Emit("global:")
	b.Emitf("  resolve_timeout: %s", "5m")
	b.Emitf("  slack_api_url: 'https://hooks.slack.com/services/%s'", b.Sec("slack_webhook"))
	b.Emit("receivers:")
	b.Emit("- name: pager")
	b.Emit("  pagerduty_configs:")
	b.Emitf("  - routing_key: %s", b.S("pagerduty_routing_key", rs(b.r, alHex, 32)))
	b.Emit("- name: team-api")
	b.Emitf("  slack_configs: [{channel: '#alerts-api', send_resolved: true}]")
}

func bSDKDump(b *B) {
	switch b.r.IntN(4) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"payments client ready","stripe":{"publishableKey":"%s","apiVersion":"2023-10-16"},"twilio":{"accountSid":"%s"},"time":"%s"}`, b.Harm("stripe_pk"), b.Harm("twilio_sid"), bTime(b).Format(time.RFC3339)))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"level":"debug","msg":"span finished","trace_id":"%s","span_id":"%s","name":"GET /v1/catalog","duration_ms":%d}`, b.Harm("trace_id"), b.Harm("span_id"), b.N(1, 900)))
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"token granted","scope":"%s","token_type":"bearer","source":"%s"}`, b.Harm("scope"), b.Harm("file_path")))
	default:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","msg":"session cookie set","cookie":"%s","sid":"%s"}`, b.Pick("connect.sid", "JSESSIONID"), b.SecJ(b.Pick("connect_sid", "jsessionid"))))
	}
}

func bAWSSDKDump(b *B) {
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("%s DEBUG [main] com.amazonaws.request - Sending Request: POST https://sqs.%s.amazonaws.com / Headers: (amz-sdk-invocation-id: %s, Authorization: AWS4-HMAC-SHA256 Credential=%s/20240314/%s/sqs/aws4_request, SignedHeaders=amz-sdk-invocation-id;host;x-amz-date, Signature=%s, X-Amz-Security-Token: %s, )",
			bTime(b).Format("2006-01-02 15:04:05,000"), pick(b.r, regions...), b.Harm("uuid"), b.Sec("aws_temp_access_key_id"), pick(b.r, regions...), b.Sec("aws_presign_signature"), b.Sec("aws_session_token"))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"Version":1,"AccessKeyId":"%s","SecretAccessKey":"%s","SessionToken":"%s","Expiration":"%s"}`, b.Sec("aws_temp_access_key_id"), b.Sec("aws_secret_access_key"), b.Sec("aws_session_token"), bTime(b).Format(time.RFC3339)))
	case 2:
		b.Emitf("AccessDeniedException: User: %s is not authorized to perform: secretsmanager:GetSecretValue on resource: %s because no identity-based policy allows the secretsmanager:GetSecretValue action", b.Harm("arn_other"), b.Harm("arn_secret"))
	default:
		b.Emitf("    at de_AccessDeniedExceptionRes (%s:1029:21) {", b.H("file_path", "/var/task/node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js"))
		b.Emitf("  '$metadata': { httpStatusCode: 400, requestId: '%s', attempts: 1, totalRetryDelay: 0 }", b.Harm("uuid"))
		b.Emit("}")
	}
}

// bCleanMentions: half b's clean lines about secrets (no secret, nothing
// tracked).
func bCleanMentions(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.000Z")
	switch b.r.IntN(18) {
	case 0:
		b.Emitf("%s vault: secret/data/prod/db has 3 versions, current version 3", t)
	case 1:
		b.Emitf("git: 'credential-osxkeychain' is not a git command. See 'git --help'.")
	case 2:
		b.EmitJSON(fmt.Sprintf(`{"ts":"%s","msg":"request","headers":{"authorization":"[redacted]","accept":"*/*"}}`, t))
	case 3:
		b.Emitf("%s WARN: API key not set; falling back to anonymous access", t)
	case 4:
		b.Emitf("Generating RSA private key, 2048 bit long modulus (2 primes)")
	case 5:
		b.Emitf("Enter PEM pass phrase:")
	case 6:
		b.Emitf("Password for 'https://gitlab.example.com':")
	case 7:
		b.Emitf("%s ETag mismatch for object uploads/2024/03/14/%s.png, retrying", t, rs(b.r, alLower+alDigit, 8))
	case 8:
		b.Emitf("%s oidc: token_endpoint_auth_method=private_key_jwt for client reporting", t)
	case 9:
		b.Emitf("< x-ratelimit-remaining: %d", b.N(0, 5000))
	case 10:
		b.Emitf("%s keyring: secret service unavailable, falling back to file store", t)
	case 11:
		b.Emitf(`time=%s level=INFO msg="token refreshed" expires_in=%d`, t, b.PickI(3600, 1800))
	case 12:
		b.Emitf("commit %s", rs(b.r, alHex, 40))
	case 13:
		b.Emitf("%s systemd-logind[%d]: New session %d of user gdm.", bTime(b).Format("Jan _2 15:04:05"), b.N(300, 900), b.N(1, 90))
	case 14:
		b.Emitf("%s auth: %d failed password attempts from %s in the last hour", t, b.N(2, 40), ip4(b.r))
	case 15:
		b.EmitJSON(fmt.Sprintf(`{"level":"info","message":"key rotated","key_version":%d,"secret_name":"jwt-signing","next_rotation":"%s"}`, b.N(2, 30), bTime(b).Format(time.RFC3339)))
	case 16:
		b.Emitf("Digest: sha256:%s", rs(b.r, alHex, 64))
	default:
		b.Emitf("%s INFO session %s closed after %ds", t, rs(b.r, alDigit, 6), b.N(1, 9000))
	}
}

package eval

import (
	"fmt"
	"strings"
)

// heldTemplates are the held-out part's shapes, per context. They are
// written as different shapes from devTemplates, not renamed copies.
var heldTemplates = map[string][]template{
	"k8s-pod": {
		{"held/k8s-pod/deployment-yaml-flow", mixed, func(b *B) string {
			env := repeat(b.n(2, 4), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{name: %s, value: "%s"}`, k, v)
			}, ", ")
			return fmt.Sprintf(`spec: {replicas: %d, template: {metadata: {labels: {app: %s}}, spec: {containers: [{name: worker, image: "%s", env: [%s]}]}}}`,
				b.n(1, 6), b.service(), "ghcr.io/acme/worker@"+b.H("sha256-digest", raw), env)
		}},
		{"held/k8s-pod/value-first-secretref", mixed, func(b *B) string {
			env := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{"value":"%s","name":"%s"}`, v, k)
			}, ",")
			return fmt.Sprintf(`{"type":"MODIFIED","object":{"kind":"Deployment","metadata":{"uid":"%s","generation":%d},"spec":{"template":{"spec":{"initContainers":[{"name":"migrate","env":[{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}},%s]}]}}}}}`,
				b.H("uuid", jsonEsc), b.n(1, 90), env)
		}},
	},
	"k8s-audit": {
		{"held/k8s-audit/configmap-properties", mixed, func(b *B) string {
			b.avoid = " "
			props := b.Fields(b.n(2, 4), Dot, raw, "%s=%s", "\n")
			return fmt.Sprintf(`{"kind":"Event","level":"RequestResponse","verb":"get","user":{"username":"%s"},"responseObject":{"kind":"ConfigMap","metadata":{"name":"app-config"},"data":{"application.properties":"%s"}},"stageTimestamp":"%s"}`,
				b.H("email", jsonEsc), jsonEsc(props), b.H("timestamp", jsonEsc))
		}},
		{"held/k8s-audit/json-patch", mixed, func(b *B) string {
			ops := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Snake, jsonEsc)
				return fmt.Sprintf(`{"op":"replace","path":"/stringData/%s","value":"%s"}`, k, v)
			}, ",")
			return fmt.Sprintf(`{"apiVersion":"audit.k8s.io/v1","verb":"patch","objectRef":{"resource":"secrets","name":"%s","apiVersion":"v1"},"requestObject":[%s],"responseStatus":{"code":200},"annotations":{"authorization.k8s.io/decision":"allow"}}`, b.service(), ops)
		}},
	},
	"ecs-task": {
		{"held/ecs-task/runtask-overrides", mixed, func(b *B) string {
			env := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{"value":"%s","name":"%s"}`, v, k)
			}, ",")
			return fmt.Sprintf(`{"eventSource":"ecs.amazonaws.com","eventName":"RunTask","requestParameters":{"cluster":"%s","taskDefinition":"%s:%d","overrides":{"containerOverrides":[{"name":"job","environment":[%s]}]},"count":1},"responseElements":{"tasks":[{"containers":[{"runtimeId":"%s"}]}]}}`,
				b.H("arn", jsonEsc), b.service(), b.n(1, 300), env, b.H("container-id", jsonEsc))
		}},
		{"held/ecs-task/cfn-parameter-overrides", mixed, func(b *B) string {
			b.avoid = " ,"
			ps := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Pascal, raw)
				return fmt.Sprintf("ParameterKey=%s,ParameterValue=%s", k, v)
			}, " ")
			return fmt.Sprintf(`+ aws cloudformation create-stack --stack-name %s --template-url https://%s.s3.amazonaws.com/%s --parameters %s --capabilities CAPABILITY_IAM`, b.service(), b.pick("cfn-templates", "infra-artifacts"), b.H("s3-key", raw), ps)
		}},
	},
	"har": {
		{"held/har/postdata-json", mixed, func(b *B) string {
			body := `{` + b.jsonPairs(b.n(1, 3), Camel) + `}`
			return fmt.Sprintf(`{"_initiator":{"type":"script"},"request":{"method":"POST","url":"https://%s%s","postData":{"mimeType":"application/json","text":"%s"},"headersSize":%d},"serverIPAddress":"%s","connection":"%d"}`,
				b.host(), b.apiPath(), jsonEsc(body), b.n(100, 900), b.H("ip", jsonEsc), b.n(1000, 99999))
		}},
		{"held/har/response-value-first", mixed, func(b *B) string {
			hs := repeat(b.n(2, 3), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`{"value":"%s","name":"%s"}`, v, k)
			}, ",")
			return fmt.Sprintf(`{"response":{"httpVersion":"h2","headers":[%s,{"value":"%s","name":"x-request-id"}],"redirectURL":"","_transferSize":%d},"timings":{"wait":%d.%d,"receive":0.4}}`,
				hs, b.H("request-id", jsonEsc), b.n(100, 99999), b.n(1, 900), b.n(0, 9))
		}},
	},
	"cloudtrail": {
		{"held/cloudtrail/ssm-put-parameter", mixed, func(b *B) string {
			k, v := b.KV(Snake, jsonEsc)
			return fmt.Sprintf(`{"eventSource":"ssm.amazonaws.com","eventName":"PutParameter","userIdentity":{"principalId":"AROA%s:%s","arn":"%s"},"requestParameters":{"name":"/%s/%s","type":"SecureString","value":"%s","overwrite":true,"keyId":"%s"},"responseElements":{"version":%d,"tier":"Standard"}}`,
				b.str(17, ualnumCS), b.user(), b.H("arn", jsonEsc), b.service(), k, v, b.H("key-id", jsonEsc), b.n(1, 40))
		}},
		{"held/cloudtrail/secret-string", mixed, func(b *B) string {
			inner := `{` + b.jsonPairs(b.n(1, 3), Snake) + `}`
			crt := ""
			if b.chance(0.3) {
				crt = `"clientRequestToken":"` + b.H("idempotency-key", jsonEsc) + `",`
			}
			return fmt.Sprintf(`{"eventSource":"secretsmanager.amazonaws.com","eventName":"PutSecretValue","requestParameters":{"secretId":"%s",%s"secretString":"%s"},"responseElements":{"versionId":"%s"}}`,
				b.H("arn", jsonEsc), crt, jsonEsc(inner), b.H("uuid", jsonEsc))
		}},
	},
	"aws-waf": {
		{"held/aws-waf/sampled-requests", mixed, func(b *B) string {
			hs := repeat(b.n(2, 3), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`{"Name":"%s","Value":"%s"}`, k, v)
			}, ",")
			return fmt.Sprintf(`{"Request":{"ClientIP":"%s","Country":"DE","URI":"%s","Method":"%s","HTTPVersion":"HTTP/2.0","Headers":[%s]},"Weight":1,"Timestamp":"%s","Action":"COUNT","RuleNameWithinRuleGroup":"%s"}`,
				b.H("ip", jsonEsc), b.apiPath(), b.method(), hs, b.H("timestamp", jsonEsc), b.H("ids-signature", jsonEsc))
		}},
		{"held/aws-waf/cloudfront-args", mixed, func(b *B) string {
			args := b.query(b.n(1, 3), Camel, "&")
			return fmt.Sprintf(`{"httpSourceId":"%s","ruleGroupList":[{"ruleGroupId":"AWS#AWSManagedRulesCommonRuleSet","terminatingRule":null}],"httpRequest":{"uri":"/cb","args":"%s","requestId":"%s"},"ja3Fingerprint":"%s","labels":[]}`,
				b.str(14, ualnumCS), args, b.H("request-id", jsonEsc), b.H("etag", jsonEsc))
		}},
	},
	"gcp-log": {
		{"held/gcp-log/text-payload", mixed, func(b *B) string {
			b.avoid = " "
			return fmt.Sprintf(`{"textPayload":"starting worker %s","resource":{"type":"k8s_container","labels":{"pod_name":"%s","namespace_name":"jobs"}},"severity":"DEFAULT","receiveTimestamp":"%s"}`,
				jsonEsc(b.Fields(b.n(1, 3), Env, raw, "%s=%s", " ")), b.H("hostname", jsonEsc), b.H("timestamp", jsonEsc))
		}},
		{"held/gcp-log/cmdline-array", mixed, func(b *B) string {
			args := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Kebab, jsonEsc)
				return fmt.Sprintf(`"--%s=%s"`, k, v)
			}, ",")
			return fmt.Sprintf(`{"jsonPayload":{"message":"process started","cmdline":["/app/server",%s,"--port=8080"]},"logging.googleapis.com/trace":"projects/acme/traces/%s","sourceLocation":{"file":"main.go","line":"%d"}}`,
				args, b.H("trace-id", jsonEsc), b.n(10, 400))
		}},
	},
	"azure-activity": {
		{"held/azure-activity/app-settings-string", mixed, func(b *B) string {
			b.avoid = " ;"
			return fmt.Sprintf(`{"category":"AppServiceAppLogs","level":"Informational","properties":{"eventProperties":{"AppSettings":"%s"},"subscriptionId":"%s"},"callerIpAddress":"%s"}`,
				jsonEsc(b.Fields(b.n(1, 3), Pascal, raw, "%s=%s", ";")), b.H("uuid", jsonEsc), b.H("ip", jsonEsc))
		}},
		{"held/azure-activity/aad-modified-properties", mixed, func(b *B) string {
			k, v := b.KVIn(Pascal, jsonEsc, "azure-ad-client-secret", "oauth-client-secret", "password")
			inner := fmt.Sprintf(`[{"KeyIdentifier":"%s","%s":"%s"}]`, b.H("key-id", jsonEsc), k, v)
			return fmt.Sprintf(`{"activityDisplayName":"Update application - Certificates and secrets management","targetResources":[{"modifiedProperties":[{"displayName":"KeyDescription","oldValue":"[]","newValue":"%s"}]}],"initiatedBy":{"user":{"userPrincipalName":"%s"}}}`,
				jsonEsc(inner), b.H("email", jsonEsc))
		}},
		{"held/azure-activity/signin", cleanOnly, func(b *B) string {
			return fmt.Sprintf(`{"category":"ServicePrincipalSignInLogs","properties":{"servicePrincipalCredentialKeyId":"%s","clientCredentialType":"clientSecret","servicePrincipalCredentialThumbprint":"%s","ipAddress":"%s","resourceId":"%s"}}`,
				b.H("key-id", jsonEsc), b.H("thumbprint", jsonEsc), b.H("ip", jsonEsc), b.H("uuid", jsonEsc))
		}},
	},
	"express": {
		{"held/express/morgan-dev-body", mixed, func(b *B) string {
			return fmt.Sprintf(`%s %s %d %d.%03d ms - %d body={%s}`, b.method(), b.apiPath(), b.status(), b.n(0, 900), b.n(0, 999), b.n(2, 9999), b.jsonPairs(b.n(1, 3), Camel))
		}},
		{"held/express/null-prototype-query", mixed, func(b *B) string {
			q := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Snake, pyEsc)
				return fmt.Sprintf(`%s: '%s'`, k, v)
			}, ", ")
			return fmt.Sprintf(`req.query = [Object: null prototype] { %s } (route %s)`, q, b.apiPath())
		}},
	},
	"pino": {
		{"held/pino/err-config", mixed, func(b *B) string {
			k, v := b.hdr(jsonEsc)
			return fmt.Sprintf(`{"level":50,"time":%d,"err":{"type":"AxiosError","message":"Request failed with status code 401","stack":"AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)","config":{"method":"get","headers":{"%s":"%s"},"params":{%s}}},"auth":{"password_attempts":%s,"token_ttl_s":%d},"msg":"upstream call failed"}`,
				1710400000000+b.r.Int64N(9999999), k, v, b.jsonPairs(1, Snake), b.H("counter", jsonEsc), b.n(60, 86400))
		}},
		{"held/pino/set-cookie-array", mixed, func(b *B) string {
			ck := repeat(b.n(1, 2), func() string {
				if b.wantSecret() {
					_, v := b.SecF("cookie", jsonEsc)
					return `"` + v + `"`
				}
				return `"locale=` + b.pick("de", "en") + `; Path=/"`
			}, ",")
			return fmt.Sprintf(`{"level":20,"msg":"outgoing response","res":{"statusCode":%d,"headers":{"set-cookie":[%s],"etag":"%s"}},"reqId":"%s"}`,
				b.status(), ck, b.H("etag", jsonEsc), b.H("request-id", jsonEsc))
		}},
	},
	"django": {
		{"held/django/request-meta", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			k = "HTTP_" + strings.ToUpper(strings.ReplaceAll(k, "-", "_"))
			return fmt.Sprintf(`{'CONTENT_TYPE': '%s', 'HTTP_HOST': '%s', '%s': '%s', 'REMOTE_ADDR': '%s', %s}`,
				b.H("mime-type", pyEsc), b.host(), k, v, b.H("ip", pyEsc), b.Fields(1, MetaHTTP, pyEsc, "'%s': '%s'", ", "))
		}},
		{"held/django/celery-received", mixed, func(b *B) string {
			var arg string
			if b.canSecret() && b.chance(0.5) {
				arg = "'" + b.SecV(tSelf, pyEsc) + "'"
			} else {
				arg = "'" + b.H("uuid", pyEsc) + "'"
			}
			return fmt.Sprintf(`[2024-03-14 10:%02d:%02d,%03d: INFO/MainProcess] Task app.tasks.sync_account[%s] received: args=(%s,) kwargs={%s}`,
				b.n(0, 59), b.n(0, 59), b.n(0, 999), b.H("uuid", pyEsc), arg, b.Fields(b.n(1, 2), Snake, pyEsc, "'%s': '%s'", ", "))
		}},
	},
	"rails": {
		{"held/rails/lograge", mixed, func(b *B) string {
			return fmt.Sprintf(`method=%s path=%s format=json controller=Api::SessionsController action=create status=%d duration=%d.%02d view=0.00 db=1.2 params={%s}`,
				b.method(), b.apiPath(), b.status(), b.n(1, 900), b.n(0, 99), b.Fields(b.n(1, 3), Snake, jsonEsc, `"%s"=>"%s"`, ","))
		}},
		{"held/rails/activejob-symbols", mixed, func(b *B) string {
			return fmt.Sprintf(`[ActiveJob] Enqueued SyncJob (Job ID: %s) to Sidekiq(default) with arguments: {%s}`, b.H("uuid", raw), b.Fields(b.n(1, 3), Snake, jsonEsc, `:%s=>"%s"`, ", "))
		}},
	},
	"spring": {
		{"held/spring/actuator-env", mixed, func(b *B) string {
			ps := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`"%s":{"value":"%s","origin":"System Environment Property \"%s\""}`, k, v, k)
			}, ",")
			return fmt.Sprintf(`{"activeProfiles":["prod"],"propertySources":[{"name":"server.ports","properties":{"local.server.port":{"value":8080}}},{"name":"systemEnvironment","properties":{%s}}]}`, ps)
		}},
		{"held/spring/feign-logger", mixed, func(b *B) string {
			c := b.pick("BillingClient#charge", "UserClient#get", "LedgerClient#post")
			k, v := b.hdr(raw)
			return fmt.Sprintf("[%s] ---> %s https://%s%s HTTP/1.1\n[%s] %s: %s\n[%s] ---> END HTTP (%d-byte body)", c, b.method(), b.host(), b.apiPath(), c, k, v, c, b.n(0, 999))
		}},
	},
	"node-inspect": {
		{"held/node-inspect/undici-headers-map", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			return fmt.Sprintf(`HeadersList { cookies: null, [Symbol(headers map)]: Map(2) { '%s' => { name: '%s', value: '%s' }, 'accept' => { name: 'Accept', value: '*/*' } }, [Symbol(headers map sorted)]: null }`, strings.ToLower(k), k, v)
		}},
		{"held/node-inspect/multiline", mixed, func(b *B) string {
			p := repeat(b.n(2, 4), func() string {
				k, v := b.KV(Camel, pyEsc)
				return fmt.Sprintf(`  %s: '%s'`, k, v)
			}, ",\n")
			return "{\n" + p + ",\n  retries: " + fmt.Sprint(b.n(1, 5)) + "\n}"
		}},
	},
	"python-repr": {
		{"held/python-repr/argparse-namespace", mixed, func(b *B) string {
			return fmt.Sprintf(`Namespace(%s, verbose=True, retries=%d)`, b.Fields(b.n(1, 3), Snake, pyEsc, "%s='%s'", ", "), b.n(0, 9))
		}},
		{"held/python-repr/case-insensitive-dict", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			return fmt.Sprintf(`send: headers=CaseInsensitiveDict({'User-Agent': '%s', '%s': '%s', 'Accept-Encoding': 'gzip, deflate'})`, b.ua(), k, v)
		}},
		{"held/python-repr/dataclass-nested", mixed, func(b *B) string {
			return fmt.Sprintf(`AppConfig(db=DBConfig(host='%s', %s), cache=None, region='eu-west-1')`, b.H("hostname", pyEsc), b.Fields(b.n(1, 2), Snake, pyEsc, "%s='%s'", ", "))
		}},
	},
	"java-tostring": {
		{"held/java-tostring/hashmap", mixed, func(b *B) string {
			b.avoid = " ,}"
			return fmt.Sprintf(`Loaded properties {%s} from classpath:application-prod.yml`, b.Fields(b.n(2, 4), Camel, raw, "%s=%s", ", "))
		}},
		{"held/java-tostring/record", mixed, func(b *B) string {
			b.avoid = " ,]"
			return fmt.Sprintf(`DataSourceConfig[url=jdbc:mysql://%s:3306/app, username=%s, %s]`, b.H("hostname", raw), b.user(), b.Fields(b.n(1, 2), Camel, raw, "%s=%s", ", "))
		}},
	},
	"http-client-error": {
		{"held/http-client-error/go-url-error", mixed, func(b *B) string {
			q := b.query(b.n(1, 2), Camel, "&")
			return fmt.Sprintf(`level=error msg="sync failed" error="Post \"https://%s%s?%s\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"`, b.host(), b.apiPath(), q)
		}},
		{"held/http-client-error/curl-verbose", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			return fmt.Sprintf("> %s %s HTTP/2\n> Host: %s\n> %s: %s\n> accept: */*\n>\n< HTTP/2 %d", b.method(), b.apiPath(), b.host(), k, v, b.status())
		}},
		{"held/http-client-error/dotnet-request-message", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			return fmt.Sprintf(`System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized). Request: Method: POST, RequestUri: 'https://%s%s', Version: 1.1, Content: System.Net.Http.StringContent, Headers: { %s: %s; Content-Type: application/json }`, b.host(), b.apiPath(), k, v)
		}},
	},
	"raw-http": {
		{"held/raw-http/h2-frames", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			return fmt.Sprintf("[  0.0%02d] send HEADERS frame <length=%d, flags=0x25, stream_id=13>\n          :method: %s\n          :authority: %s\n          :path: %s\n          %s: %s",
				b.n(10, 99), b.n(40, 400), b.method(), b.host(), b.apiPath(), strings.ToLower(k), v)
		}},
		{"held/raw-http/json-raw-request", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			form := b.query(b.n(1, 2), Snake, "&")
			req := fmt.Sprintf("POST %s HTTP/1.1\r\nHost: %s\r\n%s: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n%s", b.apiPath(), b.host(), k, v, form)
			return fmt.Sprintf(`{"event":"captured","raw_request":"%s","bytes":%d}`, jsonEsc(req), len(req))
		}},
		{"held/raw-http/response-crlf", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			return fmt.Sprintf("HTTP/1.1 %d OK\r\nDate: Thu, 14 Mar 2024 10:00:00 GMT\r\n%s: %s\r\nETag: \"%s\"\r\n", b.status(), k, v, b.H("etag", raw))
		}},
	},
	"url-query": {
		{"held/url-query/fragment-token", secretOnl, func(b *B) string {
			b.excl = tPEM
			return fmt.Sprintf(`Redirecting to https://%s/callback#access_token=%s&token_type=Bearer&expires_in=%d&state=%s`, b.host(), b.SecV(tSelf, qEsc), b.n(300, 7200), b.str(8, lalnumCS))
		}},
		{"held/url-query/html-href", mixed, func(b *B) string {
			q := b.query(b.n(1, 3), Camel, "&amp;")
			return fmt.Sprintf(`<a href="https://%s%s?%s">Download</a>`, b.host(), b.apiPath(), q)
		}},
		{"held/url-query/graphql-variables", mixed, func(b *B) string {
			b.excl = tPEM
			k, v := b.KV(Camel, func(s string) string { return qEsc(jsonEsc(s)) })
			return fmt.Sprintf(`POST /graphql?operationName=Login&variables=%s&extensions=%%7B%%7D`, qEsc(`{"`)+k+qEsc(`":"`)+v+qEsc(`"}`))
		}},
		{"held/url-query/upload-url-json", secretOnl, func(b *B) string {
			return fmt.Sprintf(`{"upload_url":"%s","expires_in":900,"object":"%s"}`, b.SecV(tURL, jsonEsc), b.H("s3-key", jsonEsc))
		}},
	},
	"stacktrace": {
		{"held/stacktrace/go-panic", mixed, func(b *B) string {
			dsn := "redis://" + b.host() + ":6379/0"
			if b.canSecret() {
				dsn = b.SecV(tURL, raw)
			}
			return fmt.Sprintf("panic: dial %s: connect: connection refused\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/worker/main.go:%d +0x1a5", dsn, b.n(20, 300))
		}},
		{"held/stacktrace/node-mongo", mixed, func(b *B) string {
			cs := "mongodb://" + b.host() + ":27017/app"
			if b.canSecret() {
				cs = b.SecV(tURL, pyEsc)
			}
			return fmt.Sprintf(`MongoServerSelectionError: connect ECONNREFUSED %s:27017 { reason: TopologyDescription { type: 'Unknown' }, connectionString: '%s', code: undefined }`, b.H("ip", raw), cs)
		}},
		{"held/stacktrace/dotnet-connstr", mixed, func(b *B) string {
			b.avoid = " ;'"
			k, v := b.KVIn(Pascal, raw, "password", "password", "azure-storage-connection-string")
			return fmt.Sprintf(`System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'. ConnectionString: Server=tcp:%s,1433;Database=app;User Id=sa;%s=%s;Encrypt=True`, b.H("hostname", raw), k, v)
		}},
	},
	"sql-orm": {
		{"held/sql-orm/insert-values", mixed, func(b *B) string {
			k, v := b.KV(Snake, func(s string) string { return strings.ReplaceAll(raw(s), `'`, `''`) })
			return fmt.Sprintf(`LOG:  statement: INSERT INTO api_credentials (owner, %s, created_at) VALUES ('%s', '%s', '%s')`, k, b.user(), v, b.H("timestamp", raw))
		}},
		{"held/sql-orm/alter-user", secretOnl, func(b *B) string {
			b.avoid = `'\`
			_, pw := b.SecF("password", raw)
			if b.chance(0.5) {
				return fmt.Sprintf(`LOG:  statement: ALTER USER %s WITH PASSWORD '%s'`, strings.ReplaceAll(b.user(), ".", "_"), pw)
			}
			return fmt.Sprintf(`[Note] Query: CREATE USER '%s'@'%%' IDENTIFIED BY '%s'`, b.user(), pw)
		}},
		{"held/sql-orm/sequelize-update", mixed, func(b *B) string {
			k, v := b.KV(Camel, func(s string) string { return strings.ReplaceAll(raw(s), `'`, `''`) })
			return fmt.Sprintf(`Executing (default): UPDATE "users" SET "%s"='%s',"updatedAt"='%s' WHERE "id" = %d`, k, v, b.H("timestamp", raw), b.n(1, 99999))
		}},
	},
	"ci-shell": {
		{"held/ci-shell/make-immediate", mixed, func(b *B) string {
			b.avoid = " #$"
			k, v := b.KV(Env, raw)
			return fmt.Sprintf(`%s := %s`, k, v)
		}},
		{"held/ci-shell/php-concat", mixed, func(b *B) string {
			k, v := b.KV(Snake, pyEsc)
			return fmt.Sprintf(`$%s .= '%s';`, k, v)
		}},
		{"held/ci-shell/go-var", mixed, func(b *B) string {
			k, v := b.KV(Camel, jsonEsc)
			return fmt.Sprintf(`var %s string = "%s"`, k, v)
		}},
		{"held/ci-shell/java-setproperty", mixed, func(b *B) string {
			k, v := b.KV(Env, jsonEsc)
			return fmt.Sprintf(`System.setProperty("%s", "%s");`, k, v)
		}},
		{"held/ci-shell/password-equals", secretOnl, func(b *B) string {
			b.avoid = " '\"$`\\;&|<>()!#*?[]{}~"
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`Running: pg_dump --host=%s --username=%s --password=%s --format=c app`, b.H("hostname", raw), b.user(), pw)
		}},
		{"held/ci-shell/argv-json", secretOnl, func(b *B) string {
			return fmt.Sprintf(`exec: argv=["/usr/bin/gh","release","create","%s","--token","%s"]`, b.H("semver", jsonEsc), b.SecV(tSelf, jsonEsc))
		}},
		{"held/ci-shell/docker-login", secretOnl, func(b *B) string {
			return fmt.Sprintf(`##[command]docker login -u %s -p %s %s`, b.user(), b.SecV(tSelf, raw), b.pick("ghcr.io", "registry.gitlab.com", "docker.io"))
		}},
	},
	"env-dump": {
		{"held/env-dump/declare-x", mixed, func(b *B) string {
			return b.Fields(b.n(2, 5), Env, func(s string) string {
				return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "`", "\\`", "\n", `\n`).Replace(s)
			}, `declare -x %s="%s"`, "\n")
		}},
		{"held/env-dump/systemd-environment", mixed, func(b *B) string {
			b.avoid = ` "`
			return "Environment=" + b.Fields(b.n(1, 3), Env, raw, `"%s=%s"`, " ")
		}},
		{"held/env-dump/powershell-table", mixed, func(b *B) string {
			b.avoid = " "
			rows := repeat(b.n(2, 4), func() string {
				k, v := b.KV(FlatUpper, raw)
				return fmt.Sprintf("%-30s %s", k, v)
			}, "\n")
			return "Name                           Value\n----                           -----\n" + rows
		}},
	},
	"config-dump": {
		{"held/config-dump/toml-inline", mixed, func(b *B) string {
			return fmt.Sprintf(`%s = { %s }`, b.pick("credentials", "upstream", "servers.alpha"), b.Fields(b.n(1, 3), Snake, jsonEsc, `%s = "%s"`, ", "))
		}},
		{"held/config-dump/java-properties", mixed, func(b *B) string {
			b.avoid = " "
			return fmt.Sprintf("# %s\n%s", b.pick("generated by config-server", "profile: prod"), b.Fields(b.n(1, 3), Dot, raw, "%s=%s", "\n"))
		}},
		{"held/config-dump/dotfiles", secretOnl, func(b *B) string {
			b.avoid = " "
			if b.chance(0.5) {
				_, t := b.SecF("npm-token", raw)
				return "//registry.npmjs.org/:_authToken=" + t
			}
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`machine %s login %s password %s`, b.host(), b.user(), pw)
		}},
	},
	"logfmt": {
		{"held/logfmt/quoted-all", mixed, func(b *B) string {
			n := b.n(15, 30)
			var p []string
			p = append(p, `ts="`+b.H("timestamp", jsonEsc)+`"`, `lvl="warn"`, `caller="sync/worker.go:`+fmt.Sprint(b.n(10, 400))+`"`)
			for len(p) < n {
				if b.chance(0.3) {
					k, v := b.KV(Dot, jsonEsc)
					p = append(p, k+`="`+v+`"`)
				} else {
					p = append(p, fmt.Sprintf(`%s="%d"`, b.pick("queue.depth", "batch.size", "http.status", "attempt", "lag.ms"), b.n(0, 9999)))
				}
			}
			return strings.Join(p, " ")
		}},
		{"held/logfmt/heroku-router", mixed, func(b *B) string {
			q := b.query(b.n(1, 2), Snake, "&")
			extra := repeat(b.n(4, 14), func() string {
				return fmt.Sprintf("%s=%d", b.pick("connect", "service", "bytes", "queue", "wait"), b.n(0, 999))
			}, " ")
			return fmt.Sprintf(`at=info method=%s path="%s?%s" host=%s request_id=%s fwd="%s" dyno=web.%d status=%d protocol=https %s`,
				b.method(), b.apiPath(), q, b.host(), b.H("uuid", raw), b.H("ip", raw), b.n(1, 9), b.status(), extra)
		}},
	},
	"syslog": {
		{"held/syslog/rfc5424-sd", mixed, func(b *B) string {
			sd := b.Fields(b.n(1, 3), Camel, func(s string) string {
				return strings.NewReplacer(`\`, `\\`, `"`, `\"`, `]`, `\]`, "\n", `\n`).Replace(s)
			}, `%s="%s"`, " ")
			return fmt.Sprintf(`<165>1 %s %s %s %d ID47 [meta@32473 %s] %s`, b.H("timestamp", raw), b.H("hostname", raw), b.service(), b.n(100, 65000), sd, b.pick("config applied", "reconnecting"))
		}},
		{"held/syslog/sudo-command", mixed, func(b *B) string {
			k, v := b.hdr(raw)
			return fmt.Sprintf(`%s %s sudo[%d]: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/curl -sS -H %s: %s https://%s%s`,
				b.H("timestamp", raw), b.pick("bastion-1", "ops"), b.n(100, 65000), b.user(), b.n(0, 9), b.user(), k, v, b.host(), b.apiPath())
		}},
	},
	"nginx": {
		{"held/nginx/error-upstream", mixed, func(b *B) string {
			q := b.query(b.n(1, 2), Snake, "&")
			p := b.apiPath()
			return fmt.Sprintf(`2024/03/14 10:%02d:%02d [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s, request: "GET %s?%s HTTP/1.1", upstream: "http://10.0.%d.%d:8080%s?%s", host: "%s"`,
				b.n(0, 59), b.n(0, 59), b.n(10, 99), b.n(0, 9), b.n(1, 999999), b.H("ip", raw), b.host(), p, q, b.n(0, 255), b.n(1, 254), p, q, b.host())
		}},
		{"held/nginx/json-log-format", mixed, func(b *B) string {
			k, v := b.hdr(jsonEsc)
			return fmt.Sprintf(`{"time_local":"%s","remote_addr":"%s","request_uri":"%s","status":"%d","http_%s":"%s","request_time":"0.%03d","upstream_response_time":"0.%03d"}`,
				b.clf(), b.H("ip", jsonEsc), b.apiPath(), b.status(), strings.ReplaceAll(strings.ToLower(k), "-", "_"), v, b.n(0, 999), b.n(0, 999))
		}},
	},
	"prose": {
		{"held/prose/retrying-credentials", secretOnl, func(b *B) string {
			b.avoid = " :"
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`retrying with credentials %s:%s (attempt %d of 5)`, b.user(), pw, b.n(2, 5))
		}},
		{"held/prose/key-not-valid", secretOnl, func(b *B) string {
			return fmt.Sprintf(`The API key %s is not valid for project %s. Please pass a valid API key.`, b.SecV(tSelf, raw), b.service())
		}},
		{"held/prose/new-password", secretOnl, func(b *B) string {
			b.avoid = " "
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`Temporary password for %s set to %s, it must be changed at first login`, b.H("email", raw), pw)
		}},
		{"held/prose/clean", cleanOnly, func(b *B) string {
			return b.oneOf(
				func() string { return "Password reset e-mail sent to " + b.H("email", raw) },
				func() string {
					return "ERROR 1045 (28000): Access denied for user '" + b.user() + "'@'" + b.H("ip", raw) + "' (using password: NO)"
				},
				func() string {
					return "secret rotation completed in " + b.H("duration", raw) + " for " + b.H("arn", raw)
				},
				func() string { return "invalid token signature (kid=" + b.H("key-id", raw) + "), rejecting request" },
				func() string { return "api key quota reached: " + b.H("counter", raw) + " requests today" },
				func() string { return "Authentication token is missing or malformed" },
			)
		}},
	},
}

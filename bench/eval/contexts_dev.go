package eval

import (
	"fmt"
	"strings"
)

// devTemplates are the dev part's shapes, per context.
var devTemplates = map[string][]template{
	"k8s-pod": {
		{"dev/k8s-pod/pod-json", mixed, func(b *B) string {
			env := repeat(b.n(2, 5), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{"name":"%s","value":"%s"}`, k, v)
			}, ",")
			return fmt.Sprintf(`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s-7d9f8","namespace":"prod","resourceVersion":"%s"},"spec":{"containers":[{"name":"app","image":"registry.example.com/app@%s","env":[%s]}]}}`,
				b.service(), b.H("resource-version", jsonEsc), b.H("sha256-digest", jsonEsc), env)
		}},
		{"dev/k8s-pod/klog-envvar", mixed, func(b *B) string {
			b.avoid = " "
			env := repeat(b.n(2, 4), func() string {
				k, v := b.KV(Env, raw)
				return fmt.Sprintf("{Name:%s Value:%s ValueFrom:nil}", k, v)
			}, " ")
			return fmt.Sprintf(`I0314 10:%02d:%02d.%06d       1 kuberuntime_manager.go:%d] "Creating container" pod="prod/%s" containerID="%s" env=[%s]`,
				b.n(0, 59), b.n(0, 59), b.n(0, 999999), b.n(100, 999), b.service(), b.H("container-id", raw), env)
		}},
	},
	"k8s-audit": {
		{"dev/k8s-audit/secret-stringdata", mixed, func(b *B) string {
			return fmt.Sprintf(`{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"%s","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/prod/secrets","verb":"create","user":{"username":"system:serviceaccount:ci:deployer"},"sourceIPs":["%s"],"objectRef":{"resource":"secrets","namespace":"prod","name":"app-creds"},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"app-creds"},"stringData":{%s},"type":"Opaque"}}`,
				b.H("uuid", jsonEsc), b.H("ip", jsonEsc), b.jsonPairs(b.n(1, 4), Snake))
		}},
		{"dev/k8s-audit/secret-data-b64", mixed, func(b *B) string {
			data := repeat(b.n(1, 3), func() string {
				k, v := b.KVIn(Snake, jsonEsc, "k8s-secret-data", "jwt-base64")
				return fmt.Sprintf(`"%s":"%s"`, k, v)
			}, ",")
			return fmt.Sprintf(`{"kind":"Event","level":"Request","verb":"update","requestURI":"/api/v1/namespaces/%s/secrets/db","requestObject":{"kind":"Secret","data":{%s},"metadata":{"resourceVersion":"%s"}},"requestReceivedTimestamp":"%s"}`,
				b.pick("prod", "payments"), data, b.H("resource-version", jsonEsc), b.H("timestamp", jsonEsc))
		}},
		{"dev/k8s-audit/last-applied", mixed, func(b *B) string {
			inner := fmt.Sprintf(`{"apiVersion":"v1","kind":"Secret","metadata":{"name":"%s"},"stringData":{%s}}`, b.service(), b.jsonPairs(b.n(1, 3), Env))
			return fmt.Sprintf(`{"kind":"Event","verb":"patch","objectRef":{"resource":"secrets"},"requestObject":{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"%s"}}}}`, jsonEsc(inner))
		}},
	},
	"ecs-task": {
		{"dev/ecs-task/register", mixed, func(b *B) string {
			env := repeat(b.n(2, 4), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{"name":"%s","value":"%s"}`, k, v)
			}, ",")
			return fmt.Sprintf(`{"family":"%s","taskRoleArn":"%s","containerDefinitions":[{"name":"api","image":"%s.dkr.ecr.us-east-1.amazonaws.com/api:%s","environment":[%s],"secrets":[{"name":"DB_PASSWORD","valueFrom":"%s"}]}]}`,
				b.service(), b.H("arn", jsonEsc), b.acct(), b.H("semver", jsonEsc), env, b.H("arn", jsonEsc))
		}},
		{"dev/ecs-task/agent-gomap", mixed, func(b *B) string {
			b.avoid = " ]"
			env := repeat(b.n(2, 4), func() string {
				k, v := b.KV(Env, raw)
				return k + ":" + v
			}, " ")
			return fmt.Sprintf(`level=info time=%s msg="Creating container" task="arn:aws:ecs:us-east-1:%s:task/prod/%s" container=api env="map[%s]"`,
				b.ts(), b.acct(), b.hex(32), strings.ReplaceAll(env, `"`, `\"`))
		}},
	},
	"har": {
		{"dev/har/request", mixed, func(b *B) string {
			hs := repeat(b.n(2, 5), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`{"name":"%s","value":"%s"}`, k, v)
			}, ",")
			qk, qv := b.KV(Snake, jsonEsc)
			return fmt.Sprintf(`{"startedDateTime":"%s","time":%d.%d,"request":{"method":"%s","url":"https://%s%s","httpVersion":"HTTP/1.1","headers":[%s],"queryString":[{"name":"%s","value":"%s"}],"cookies":[],"headersSize":-1,"bodySize":0}}`,
				b.H("timestamp", jsonEsc), b.n(10, 900), b.n(0, 9), b.method(), b.host(), b.apiPath(), hs, qk, qv)
		}},
		{"dev/har/response-cookies", mixed, func(b *B) string {
			ck, cv := b.KVIn(Snake, jsonEsc, "session-id")
			return fmt.Sprintf(`{"response":{"status":%d,"statusText":"OK","headers":[{"name":"content-type","value":"%s"},{"name":"etag","value":"W/\"%s\""}],"cookies":[{"name":"%s","value":"%s","path":"/","httpOnly":true,"secure":true}],"content":{"size":%d,"mimeType":"application/json"}}}`,
				b.status(), b.H("mime-type", jsonEsc), b.H("etag", jsonEsc), ck, cv, b.n(10, 99999))
		}},
	},
	"cloudtrail": {
		{"dev/cloudtrail/assume-role", mixed, func(b *B) string {
			f := func(name string) string {
				if b.wantSecret() {
					_, v := b.SecF(name, jsonEsc)
					return v
				}
				return "HIDDEN_DUE_TO_SECURITY_REASONS"
			}
			return fmt.Sprintf(`{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"%s","accountId":"%s"},"eventTime":"%s","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","requestParameters":{"roleArn":"%s","roleSessionName":"ci"},"responseElements":{"credentials":{"accessKeyId":"%s","sessionToken":"%s","secretAccessKey":"%s","expiration":"%s"}}}`,
				b.H("arn", jsonEsc), b.acct(), b.ts(), b.H("arn", jsonEsc), f("aws-temp-access-key-id"), f("aws-session-token"), f("aws-secret-access-key"), b.H("timestamp", jsonEsc))
		}},
		{"dev/cloudtrail/lambda-env", mixed, func(b *B) string {
			return fmt.Sprintf(`{"eventVersion":"1.08","eventSource":"lambda.amazonaws.com","eventName":"UpdateFunctionConfiguration20150331v2","awsRegion":"us-east-1","sourceIPAddress":"%s","requestParameters":{"functionName":"%s","environment":{"variables":{%s}}},"requestID":"%s"}`,
				b.H("ip", jsonEsc), b.service(), b.jsonPairs(b.n(2, 4), Env), b.H("uuid", jsonEsc))
		}},
	},
	"aws-waf": {
		{"dev/aws-waf/alb", mixed, func(b *B) string {
			hs := repeat(b.n(2, 4), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`{"name":"%s","value":"%s"}`, strings.ToLower(k), v)
			}, ",")
			b.excl = tPEM
			ak, av := b.KV(Snake, qEsc)
			b.excl = 0
			return fmt.Sprintf(`{"timestamp":%d,"formatVersion":1,"webaclId":"%s","terminatingRuleId":"Default_Action","action":"ALLOW","httpSourceName":"ALB","httpRequest":{"clientIp":"%s","country":"US","headers":[{"name":"host","value":"%s"},%s],"uri":"%s","args":"page=1&%s=%s","httpVersion":"HTTP/1.1","httpMethod":"%s","requestId":"%s"}}`,
				1710400000000+b.r.Int64N(9999999), b.H("arn", jsonEsc), b.H("ip", jsonEsc), b.host(), hs, b.apiPath(), ak, av, b.method(), b.H("request-id", jsonEsc))
		}},
		{"dev/aws-waf/block-rule", cleanOnly, func(b *B) string {
			return fmt.Sprintf(`{"timestamp":%d,"action":"BLOCK","terminatingRuleId":"AWS-AWSManagedRulesKnownBadInputsRuleSet","terminatingRuleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["union","select"]}],"labels":[{"name":"awswaf:managed:aws:sql-database:SQLi_QueryArguments"}],"ruleName":"%s","httpRequest":{"clientIp":"%s","uri":"/search"}}`,
				1710400000000+b.r.Int64N(9999999), b.H("ids-signature", jsonEsc), b.H("ip", jsonEsc))
		}},
	},
	"gcp-log": {
		{"dev/gcp-log/audit", mixed, func(b *B) string {
			return fmt.Sprintf(`{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","methodName":"google.cloud.secretmanager.v1.SecretManagerService.AddSecretVersion","authenticationInfo":{"principalEmail":"%s"},"request":{%s}},"insertId":"%s","resource":{"type":"audited_resource"},"severity":"NOTICE","timestamp":"%s"}`,
				b.H("email", jsonEsc), b.jsonPairs(b.n(1, 4), Camel), b.str(12, lalnumCS), b.H("timestamp", jsonEsc))
		}},
		{"dev/gcp-log/cloud-run-request", mixed, func(b *B) string {
			q := b.query(b.n(1, 3), Snake, "&")
			return fmt.Sprintf(`{"httpRequest":{"requestMethod":"%s","requestUrl":"https://%s-%s.a.run.app%s?%s","status":%d,"userAgent":"%s","remoteIp":"%s","latency":"0.%03ds"},"trace":"projects/prod-123/traces/%s","severity":"INFO","labels":{%s}}`,
				b.method(), b.service(), b.str(10, lalnumCS), b.apiPath(), q, b.status(), b.ua(), b.H("ip", jsonEsc), b.n(1, 999), b.H("trace-id", jsonEsc), b.jsonPairs(b.n(1, 2), Camel))
		}},
	},
	"azure-activity": {
		{"dev/azure-activity/requestbody", mixed, func(b *B) string {
			set := repeat(b.n(1, 3), func() string {
				k, v := b.KV(Env, jsonEsc)
				return fmt.Sprintf(`{"name":"%s","value":"%s"}`, k, v)
			}, ",")
			body := jsonEsc(`{"properties":{"appSettings":[` + set + `]}}`)
			return fmt.Sprintf(`{"time":"%s","resourceId":"/SUBSCRIPTIONS/%s/RESOURCEGROUPS/PROD-RG/PROVIDERS/MICROSOFT.WEB/SITES/%s","operationName":"MICROSOFT.WEB/SITES/CONFIG/WRITE","category":"Administrative","resultType":"Success","callerIpAddress":"%s","correlationId":"%s","properties":{"requestbody":"%s"}}`,
				b.ts(), strings.ToUpper(b.uuid()), strings.ToUpper(b.service()), b.H("ip", jsonEsc), b.H("uuid", jsonEsc), body)
		}},
		{"dev/azure-activity/functions-host", mixed, func(b *B) string {
			b.avoid = " ;"
			return fmt.Sprintf(`%s [Information] Executing 'Functions.%s' (Reason='This function was programmatically called via the host APIs.', Id=%s) settings: %s`,
				b.ts(), b.pick("HttpTrigger", "QueueWorker"), b.H("uuid", raw), b.Fields(b.n(1, 3), Env, raw, "%s=%s", "; "))
		}},
	},
	"express": {
		{"dev/express/morgan-combined", mixed, func(b *B) string {
			q := b.query(b.n(1, 3), Snake, "&")
			return fmt.Sprintf(`%s - - [%s] "%s %s?%s HTTP/1.1" %d %d "https://%s/" "%s"`, b.H("ip", raw), b.clf(), b.method(), b.apiPath(), q, b.status(), b.n(0, 99999), b.host(), b.ua())
		}},
		{"dev/express/router-debug", mixed, func(b *B) string {
			hs := repeat(b.n(2, 4), func() string {
				k, v := b.hdr(pyEsc)
				return fmt.Sprintf(`'%s': '%s'`, strings.ToLower(k), v)
			}, ", ")
			return fmt.Sprintf(`express:router dispatching %s %s +%dms headers={ host: '%s', %s }`, b.method(), b.apiPath(), b.n(0, 50), b.host(), hs)
		}},
	},
	"pino": {
		{"dev/pino/request-completed", mixed, func(b *B) string {
			hs := repeat(b.n(2, 4), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`"%s":"%s"`, strings.ToLower(k), v)
			}, ",")
			return fmt.Sprintf(`{"level":30,"time":%d,"pid":%d,"hostname":"%s","req":{"id":%d,"method":"%s","url":"%s","headers":{%s},"remoteAddress":"::ffff:%s"},"res":{"statusCode":%d},"responseTime":%d,"stats":{"full_hash_pass":%s},"msg":"request completed"}`,
				1710400000000+b.r.Int64N(9999999), b.n(1, 9999), b.H("hostname", jsonEsc), b.n(1, 999), b.method(), b.apiPath(), hs, b.H("ip", jsonEsc), b.status(), b.n(1, 900), b.H("counter", jsonEsc))
		}},
		{"dev/pino/nest-body", mixed, func(b *B) string {
			return fmt.Sprintf(`{"level":"info","context":"%s","message":"%s","body":{%s},"timestamp":"%s"}`,
				b.pick("AuthService", "UsersController", "WebhookHandler"), b.pick("login attempt", "payload received", "creating user"), b.jsonPairs(b.n(1, 4), Camel), b.H("timestamp", jsonEsc))
		}},
	},
	"django": {
		{"dev/django/querydict", mixed, func(b *B) string {
			f := b.Fields(b.n(1, 3), Snake, pyEsc, "'%s': ['%s']", ", ")
			return fmt.Sprintf(`[%s] WARNING [django.request:241] Unauthorized: %s POST: <QueryDict: {'username': ['%s'], %s}>`, b.clf(), b.apiPath(), b.user(), f)
		}},
		{"dev/django/settings-databases", mixed, func(b *B) string {
			k, v := b.KVIn(Env, pyEsc, "password", "password", "generic-api-key")
			return fmt.Sprintf(`DEBUG settings: DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app', 'USER': '%s', '%s': '%s', 'HOST': '%s', 'PORT': '5432'}}`, b.user(), k, v, b.H("hostname", pyEsc))
		}},
	},
	"rails": {
		{"dev/rails/parameters", mixed, func(b *B) string {
			f := b.Fields(b.n(1, 3), Snake, jsonEsc, `"%s"=>"%s"`, ", ")
			return fmt.Sprintf(`  Parameters: {"user"=>{"email"=>"%s", %s}, "commit"=>"Sign in"}`, b.H("email", jsonEsc), f)
		}},
		{"dev/rails/started", mixed, func(b *B) string {
			q := b.query(b.n(1, 2), Snake, "&")
			return fmt.Sprintf(`Started %s "%s?%s" for %s at 2024-03-14 10:%02d:%02d +0000`, b.method(), b.apiPath(), q, b.H("ip", raw), b.n(0, 59), b.n(0, 59))
		}},
	},
	"spring": {
		{"dev/spring/request-logging-filter", mixed, func(b *B) string {
			hs := repeat(b.n(2, 3), func() string {
				k, v := b.hdr(jsonEsc)
				return fmt.Sprintf(`%s:"%s"`, strings.ToLower(k), v)
			}, ", ")
			return fmt.Sprintf(`2024-03-14 10:%02d:%02d.%03d DEBUG 1 --- [nio-8080-exec-%d] o.s.w.f.CommonsRequestLoggingFilter : After request [%s %s, client=%s, headers=[%s], payload={%s}]`,
				b.n(0, 59), b.n(0, 59), b.n(0, 999), b.n(1, 9), b.method(), b.apiPath(), b.H("ip", raw), hs, b.jsonPairs(b.n(1, 2), Camel))
		}},
		{"dev/spring/environment-map", mixed, func(b *B) string {
			b.avoid = " ,}"
			return fmt.Sprintf(`2024-03-14 10:%02d:%02d.%03d  INFO 1 --- [           main] c.e.app.ConfigDump : Environment: {%s}`, b.n(0, 59), b.n(0, 59), b.n(0, 999), b.Fields(b.n(2, 4), Dot, raw, "%s=%s", ", "))
		}},
	},
	"node-inspect": {
		{"dev/node-inspect/headers-object", mixed, func(b *B) string {
			hs := repeat(b.n(2, 4), func() string {
				k, v := b.hdr(pyEsc)
				k = strings.ToLower(k)
				if strings.Contains(k, "-") {
					k = "'" + k + "'"
				}
				return fmt.Sprintf(`%s: '%s'`, k, v)
			}, ", ")
			return fmt.Sprintf(`{ host: '%s', %s, connection: 'keep-alive' }`, b.host(), hs)
		}},
		{"dev/node-inspect/config-nested", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			return fmt.Sprintf(`config: { url: 'https://%s%s', method: '%s', headers: { Accept: 'application/json', %s: '%s' }, timeout: %d, data: '{"%s"}' }`,
				b.host(), b.apiPath(), strings.ToLower(b.method()), k, v, b.n(1000, 30000), b.kvPair(Camel, jsonEsc))
		}},
	},
	"python-repr": {
		{"dev/python-repr/request-kwargs", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			return fmt.Sprintf(`DEBUG:%s.client:request kwargs={'headers': {'%s': '%s'}, 'params': {%s}, 'timeout': %d}`,
				b.service(), k, v, b.Fields(b.n(1, 2), Snake, pyEsc, "'%s': '%s'", ", "), b.n(5, 60))
		}},
		{"dev/python-repr/settings-dict", mixed, func(b *B) string {
			return fmt.Sprintf(`INFO settings loaded: {%s, 'debug': False}`, b.Fields(b.n(2, 5), Snake, pyEsc, "'%s': '%s'", ", "))
		}},
	},
	"java-tostring": {
		{"dev/java-tostring/intellij", mixed, func(b *B) string {
			return fmt.Sprintf(`Saving %s{id=%d, name='%s', %s, active=true}`, b.pick("User", "Account", "ApiClient"), b.n(1, 99999), b.user(), b.Fields(b.n(1, 3), Camel, raw, "%s='%s'", ", "))
		}},
		{"dev/java-tostring/lombok", mixed, func(b *B) string {
			b.avoid = " ,)"
			return fmt.Sprintf(`c.e.auth.LoginService - authenticating Credentials(username=%s, %s, enabled=true)`, b.user(), b.Fields(b.n(1, 3), Camel, raw, "%s=%s", ", "))
		}},
	},
	"http-client-error": {
		{"dev/http-client-error/axios", mixed, func(b *B) string {
			k, v := b.hdr(pyEsc)
			return fmt.Sprintf(`AxiosError: Request failed with status code %d { code: 'ERR_BAD_REQUEST', config: { headers: { Accept: 'application/json, text/plain, */*', '%s': '%s' }, url: 'https://%s%s' } }`,
				b.pick2(401, 403), k, v, b.host(), b.apiPath())
		}},
		{"dev/http-client-error/requests", mixed, func(b *B) string {
			q := b.query(b.n(1, 2), Snake, "&")
			return fmt.Sprintf(`requests.exceptions.HTTPError: %d Client Error: %s for url: https://%s%s?%s`, b.pick2(401, 403), b.pick("Unauthorized", "Forbidden"), b.host(), b.apiPath(), q)
		}},
		{"dev/http-client-error/okhttp", mixed, func(b *B) string {
			hs := repeat(b.n(2, 3), func() string {
				k, v := b.hdr(raw)
				return "I/okhttp.OkHttpClient: " + k + ": " + v
			}, "\n")
			return fmt.Sprintf("I/okhttp.OkHttpClient: --> %s https://%s%s\n%s\nI/okhttp.OkHttpClient: --> END %s", b.method(), b.host(), b.apiPath(), hs, b.method())
		}},
	},
	"raw-http": {
		{"dev/raw-http/crlf-lines", mixed, func(b *B) string {
			hs := repeat(b.n(2, 4), func() string {
				k, v := b.hdr(raw)
				return k + ": " + v
			}, "\r\n")
			return fmt.Sprintf("%s %s HTTP/1.1\r\nHost: %s\r\n%s\r\nUser-Agent: %s\r\n", b.method(), b.apiPath(), b.host(), hs, b.ua())
		}},
		{"dev/raw-http/escaped-crlf", mixed, func(b *B) string {
			hs := repeat(b.n(1, 3), func() string {
				k, v := b.hdr(jsonEsc)
				return k + ": " + v
			}, `\r\n`)
			return fmt.Sprintf(`proxy: recv %d bytes: "%s %s HTTP/1.1\r\nHost: %s\r\n%s\r\n\r\n"`, b.n(100, 2000), b.method(), b.apiPath(), b.host(), hs)
		}},
	},
	"url-query": {
		{"dev/url-query/get", mixed, func(b *B) string {
			q := b.query(b.n(1, 4), Snake, "&")
			return fmt.Sprintf(`GET https://%s%s?%s -> %d (%dms)`, b.host(), b.apiPath(), q, b.status(), b.n(1, 999))
		}},
		{"dev/url-query/fetch-url", secretOnl, func(b *B) string {
			return fmt.Sprintf(`fetching %s attempt=%d`, b.SecV(tURL, raw), b.n(1, 3))
		}},
		{"dev/url-query/signature-callback", mixed, func(b *B) string {
			var p string
			if b.canSecret() {
				_, sig := b.SecF("hmac-signature", qEsc)
				p = "signature=" + sig
			} else {
				p = "commit=" + b.H("git-sha", raw)
			}
			return fmt.Sprintf(`callback https://%s/hooks/in?ts=%d&%s delivered`, b.host(), 1710400000+b.n(0, 99999), p)
		}},
	},
	"stacktrace": {
		{"dev/stacktrace/sqlalchemy", mixed, func(b *B) string {
			dsn := "postgresql://" + b.host() + ":5432/app"
			if b.canSecret() {
				dsn = b.SecV(tURL, raw)
			}
			return fmt.Sprintf(`sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "%s" failed: timeout expired (DSN: %s)`, b.H("hostname", raw), dsn)
		}},
		{"dev/stacktrace/java-caused-by", mixed, func(b *B) string {
			url := "jdbc:postgresql://" + b.host() + ":5432/app"
			if b.canSecret() {
				_, url = b.SecF("jdbc-password", raw)
			}
			return fmt.Sprintf(`Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "%s" [url=%s] at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:%d)`, b.user(), url, b.n(100, 999))
		}},
	},
	"sql-orm": {
		{"dev/sql-orm/activerecord", mixed, func(b *B) string {
			k, v := b.KV(Snake, jsonEsc)
			return fmt.Sprintf(`  User Load (%d.%dms)  SELECT "users".* FROM "users" WHERE "users"."%s" = $1 LIMIT $2  [["%s", "%s"], ["LIMIT", 1]]`, b.n(0, 9), b.n(0, 9), k, k, v)
		}},
		{"dev/sql-orm/hibernate-binder", mixed, func(b *B) string {
			var v string
			if b.canSecret() {
				v = b.SecV(tSelf, raw)
			} else {
				v = b.H("uuid", raw)
			}
			return fmt.Sprintf(`2024-03-14 10:%02d:%02d TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [%d] as [VARCHAR] - [%s]`, b.n(0, 59), b.n(0, 59), b.n(1, 6), v)
		}},
	},
	"ci-shell": {
		{"dev/ci-shell/export", mixed, func(b *B) string {
			k, v := b.KV(Env, shSQ)
			return fmt.Sprintf(`+ export %s='%s'`, k, v)
		}},
		{"dev/ci-shell/make-default", mixed, func(b *B) string {
			b.avoid = " #"
			k, v := b.KV(Env, raw)
			return fmt.Sprintf(`%s ?= %s`, k, v)
		}},
		{"dev/ci-shell/token-flag", secretOnl, func(b *B) string {
			return fmt.Sprintf(`$ ./deploy.sh --env %s --token %s --region us-east-1`, b.pick("prod", "staging"), b.SecV(tSelf, raw))
		}},
		{"dev/ci-shell/mysql-p", secretOnl, func(b *B) string {
			b.avoid = " '\"$`\\;&|<>()!#*?[]{}~"
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`+ mysql -h %s -u %s -p%s %s < schema.sql`, b.H("hostname", raw), b.user(), pw, b.pick("app", "shop"))
		}},
	},
	"env-dump": {
		{"dev/env-dump/printenv", mixed, func(b *B) string {
			b.avoid = " "
			return b.Fields(b.n(2, 6), Env, raw, "%s=%s", "\n")
		}},
		{"dev/env-dump/docker-inspect-env", mixed, func(b *B) string {
			return fmt.Sprintf(`"Env": [%s, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"],`, b.Fields(b.n(1, 4), Env, jsonEsc, `"%s=%s"`, ", "))
		}},
	},
	"config-dump": {
		{"dev/config-dump/yaml-nested", mixed, func(b *B) string {
			b.avoid = " #'\""
			return fmt.Sprintf("%s:\n  host: %s\n%s", b.pick("database", "upstream", "smtp"), b.H("hostname", raw), b.Fields(b.n(1, 3), Snake, raw, "  %s: %s", "\n"))
		}},
		{"dev/config-dump/ini", mixed, func(b *B) string {
			b.avoid = " ;#"
			return fmt.Sprintf("[%s]\n%s", b.pick("default", "profile prod", "server"), b.Fields(b.n(1, 4), Snake, raw, "%s = %s", "\n"))
		}},
	},
	"logfmt": {
		{"dev/logfmt/wide", mixed, func(b *B) string {
			n := b.n(15, 30)
			var p []string
			p = append(p, "time="+b.H("timestamp", raw), "level=info", `msg="request done"`, "request_id="+b.H("request-id", raw))
			for len(p) < n {
				if b.chance(0.3) {
					k, v := b.KV(Snake, jsonEsc)
					p = append(p, k+"="+lfv(v))
				} else {
					p = append(p, fmt.Sprintf("%s=%d", b.pick("status", "bytes", "duration_ms", "port", "attempt", "shard"), b.n(0, 9999)))
				}
			}
			return strings.Join(p, " ")
		}},
	},
	"syslog": {
		{"dev/syslog/rfc3164", mixed, func(b *B) string {
			b.avoid = " "
			return fmt.Sprintf(`<%d>%s %s %s[%d]: %s`, b.n(1, 191), b.sysTime(), b.pick("web01", "db-2", "bastion"), b.service(), b.n(100, 65000), b.Fields(b.n(1, 4), Snake, raw, "%s=%s", " "))
		}},
		{"dev/syslog/sshd", cleanOnly, func(b *B) string {
			return fmt.Sprintf(`<38>%s bastion sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 %s kex=%s`, b.sysTime(), b.n(100, 65000), b.user(), b.H("ip", raw), b.n(1024, 65000), b.H("fingerprint", raw), b.H("kex-algorithm", raw))
		}},
	},
	"nginx": {
		{"dev/nginx/access", mixed, func(b *B) string {
			q := b.query(b.n(1, 3), Snake, "&")
			return fmt.Sprintf(`%s - %s [%s] "%s %s?%s HTTP/2.0" %d %d "-" "%s" rt=%d.%03d uct="0.000" uht="0.%03d"`, b.H("ip", raw), b.pick("-", b.user()), b.clf(), b.method(), b.apiPath(), q, b.status(), b.n(0, 99999), b.ua(), b.n(0, 2), b.n(0, 999), b.n(0, 999))
		}},
	},
	"prose": {
		{"dev/prose/login-failed", secretOnl, func(b *B) string {
			b.avoid = " "
			_, pw := b.SecF("password", raw)
			return fmt.Sprintf(`login failed for user %s with password %s`, b.user(), pw)
		}},
		{"dev/prose/using-token", secretOnl, func(b *B) string {
			return fmt.Sprintf(`using token %s for %s`, b.SecV(tSelf, raw), b.H("url", raw))
		}},
		{"dev/prose/clean", cleanOnly, func(b *B) string {
			return b.oneOf(
				func() string { return "password policy updated: minimum length is now 14" },
				func() string { return "token expired for user " + b.user() + ", refreshing" },
				func() string { return "Access denied for user '" + b.user() + "'@'localhost' (using password: YES)" },
				func() string {
					return "rotated API key for service " + b.service() + " (key id " + b.H("key-id", raw) + ")"
				},
				func() string {
					return "secret " + b.H("arn", raw) + " scheduled for rotation at " + b.H("timestamp", raw)
				},
			)
		}},
	},
}

// kvPair renders one k":"v pair for nested JSON-in-text.
func (b *B) kvPair(st Style, esc func(string) string) string {
	k, v := b.KV(st, esc)
	return k + `":"` + v
}

package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half a (development), infrastructure logs.
var aInfra = []Template{
	{"a/k8s-pod-spec", 6, aK8sPodSpec},
	{"a/k8s-secret-yaml", 2, aK8sSecretYAML},
	{"a/gha-step", 3, aGHAStep},
	{"a/terraform-plan", 2, aTerraformPlan},
	{"a/docker-build", 4, aDockerBuild},
	{"a/nginx-access", 8, aNginxAccess},
	{"a/nginx-error", 3, aNginxError},
	{"a/syslog-auth", 5, aSyslogAuth},
	{"a/postgres", 5, aPostgres},
	{"a/redis-monitor", 3, aRedisMonitor},
	{"a/cloudtrail", 5, aCloudTrail},
	{"a/ci-env-dump", 2, aCIEnvDump},
	{"a/ini-config", 2, aINIConfig},
	{"a/ssh-private-key", 1, aSSHKeyFile},
	{"a/cron-cmdline", 3, aCronCmdline},
}

func aTime(b *B) time.Time { return ts(b.r) }

var aEnvPool = []struct{ name, format string }{
	{"STRIPE_SECRET_KEY", "stripe_secret"},
	{"GITHUB_TOKEN", "github_ghp"},
	{"SLACK_BOT_TOKEN", "slack_bot"},
	{"SENDGRID_API_KEY", "sendgrid"},
	{"OPENAI_API_KEY", "openai"},
	{"AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"},
	{"AWS_ACCESS_KEY_ID", "aws_access_key_id"},
	{"DD_API_KEY", "datadog_api_key"},
	{"DATADOG_APP_KEY", "datadog_app_key"},
	{"DB_PASSWORD", "password_generated"},
	{"JWT_SIGNING_KEY", "hex_secret"},
	{"SESSION_SECRET", "api_key_generic"},
	{"TWILIO_AUTH_TOKEN", "twilio_auth_token"},
	{"HEROKU_API_KEY", "heroku_api_key"},
	{"MAILGUN_API_KEY", "mailgun"},
	{"VAULT_TOKEN", "vault_service"},
	{"NPM_TOKEN", "npm"},
	{"ANTHROPIC_API_KEY", "anthropic"},
	{"HF_TOKEN", "huggingface"},
	{"NEW_RELIC_LICENSE_KEY", "new_relic_license"},
	{"DIGITALOCEAN_ACCESS_TOKEN", "digitalocean"},
	{"LINEAR_API_KEY", "linear"},
	{"PULUMI_ACCESS_TOKEN", "pulumi"},
	{"AZURE_CLIENT_SECRET", "azure_client_secret"},
	{"SHOPIFY_ACCESS_TOKEN", "shopify_access"},
	{"CONFLUENCE_API_TOKEN", "atlassian"},
	{"DOPPLER_SERVICE_TOKEN", "doppler"},
	{"DATABRICKS_PAT", "databricks"},
	{"GF_SA_TOKEN", "grafana_sa"},
	{"GRAFANA_CLOUD_TOKEN", "grafana_cloud"},
	{"POSTMAN_KEY", "postman"},
	{"PSCALE_DB_PASSWORD", "planetscale"},
	{"SENTRY_TOKEN", "sentry_org"},
	{"TFE_TOKEN", "terraform_cloud"},
	{"SQUARE_TOKEN", "square_oauth"},
	{"SQUARE_OLD_TOKEN", "square_legacy"},
	{"SLACK_SOCKET_TOKEN", "slack_app"},
	{"OKTA_TOKEN", "okta_ssws"},
	{"AGE_KEY", "age_secret_key"},
	{"NEWRELIC_USER_KEY", "new_relic_user"},
	{"MAPBOX_TOKEN", "mapbox_secret"},
	{"DISCORD_TOKEN", "discord_bot"},
	{"JFROG_API_KEY", "artifactory"},
	{"SHOPIFY_SHARED_SECRET", "shopify_shared_secret"},
	{"DEPLOYER_PRIVATE_KEY", "wallet_private_key"},
	{"POSTMARK_SERVER_TOKEN", "postmark_server_token"},
}

func aK8sPodSpec(b *B) {
	var env []string
	for i, n := 0, b.N(0, 3); i < n; i++ {
		e := aEnvPool[b.r.IntN(len(aEnvPool))]
		env = append(env, fmt.Sprintf(`{"name":%q,"value":"%s"}`, e.name, b.SecJ(e.format)))
	}
	if b.Chance(0.3) {
		env = append(env, fmt.Sprintf(`{"name":"DATABASE_URL","value":"postgres://app:%s@pg-primary.prod.svc:5432/app?sslmode=require"}`, b.Sec("password_urlsafe")))
	}
	env = append(env, `{"name":"LOG_LEVEL","value":"info"}`, `{"name":"PORT","value":"8080"}`)
	if b.Chance(0.3) {
		env = append(env, `{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"pg-credentials","key":"password"}}}`)
	}
	if b.Chance(0.3) {
		env = append(env, b.KV("sensitive_name_number", `{"name":"PASSWORD_MIN_LENGTH",`, `"value":"12"}`))
	}
	args := `["--port=8080"]`
	if b.Chance(0.35) {
		args = fmt.Sprintf(`["--port=8080","--api-token","%s","--log-format=json"]`, b.SecJ(b.Pick("bearer_opaque", "gitlab_pat", "api_key_generic")))
	}
	b.r.Shuffle(len(env), func(i, j int) { env[i], env[j] = env[j], env[i] })
	name := b.Harm("k8s_name")
	uid := b.Harm("k8s_uid")
	img := b.Harm("image_digest")
	b.EmitJSON(fmt.Sprintf(`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"%s","namespace":"%s","uid":"%s","labels":{"app":"api"}},"spec":{"containers":[{"name":"app","image":"%s","args":%s,"env":[%s]}]}}`,
		name, b.Pick("prod", "staging", "payments"), uid, img, args, strings.Join(env, ",")))
}

func aK8sSecretYAML(b *B) {
	b.Emit("apiVersion: v1")
	b.Emit("kind: Secret")
	b.Emit("metadata:")
	b.Emitf("  name: %s-credentials", b.Pick("pg", "stripe", "smtp", "registry"))
	b.Emitf("  uid: %s", b.Harm("k8s_uid"))
	b.Emit("type: Opaque")
	b.Emit("data:")
	b.Emitf("  username: %s", b.Pick("YWRtaW4=", "YXBw", "ZGVwbG95"))
	b.Emitf("  password: %s", b.Sec("k8s_secret_b64"))
	if b.Chance(0.5) {
		b.Emitf("  api-key: %s", b.Sec("k8s_secret_b64"))
	}
	if b.Chance(0.3) {
		b.Emitf("  .dockerconfigjson: %s", b.Sec("k8s_secret_b64"))
	}
}

func aGHAStep(b *B) {
	t := aTime(b)
	st := func() string { t = t.Add(137 * time.Millisecond); return t.Format("2006-01-02T15:04:05.0000000Z") }
	b.Emitf("%s ##[group]Run %s", st(), b.Pick("actions/checkout@v4", "actions/setup-node@v4", "docker/login-action@v3", "./scripts/deploy.sh"))
	b.Emitf("%s with:", st())
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("%s   %s", st(), b.KV("placeholder", "token: ", "***"))
	case 1:
		b.Emitf("%s   token: %s", st(), b.Sec(b.Pick("github_ghs", "github_pat", "github_ghp")))
	case 2:
		b.Emitf("%s   registry: cr.acme.example", st())
		b.Emitf("%s   username: deploy-bot", st())
		b.Emitf("%s   password: %s", st(), b.Sec("github_ghp"))
	case 3:
		b.Emitf("%s   persist-credentials: true", st())
		b.Emitf("%s   fetch-depth: 0", st())
	case 4:
		b.Emitf("%s [command]/usr/bin/git remote set-url origin https://x-access-token:%s@github.com/acme/%s.git", st(), b.Sec("github_ghs"), b.Pick("api", "web", "infra"))
	default:
		b.Emitf("%s   node-version: %s", st(), b.Harm("version"))
	}
	b.Emitf("%s env:", st())
	e := aEnvPool[b.r.IntN(len(aEnvPool))]
	if b.Chance(0.5) {
		b.Emitf("%s   %s: %s", st(), e.name, b.Sec(e.format))
	} else {
		b.Emitf("%s   %s", st(), b.KV("placeholder", e.name+": ", "***"))
	}
	b.Emitf("%s ##[endgroup]", st())
	if b.Chance(0.3) {
		b.Emitf("%s HEAD is now at %s Merge pull request #%d from acme/feature", st(), b.Harm("short_sha"), b.N(100, 9000))
	}
	if b.Chance(0.2) {
		b.Emitf("%s ##[warning]The `set-output` command is deprecated and will be disabled soon.", st())
	}
	b.Emitf("%s Post job cleanup.", st())
}

func aTerraformPlan(b *B) {
	res := b.Pick("aws_db_instance", "aws_iam_access_key", "datadog_monitor", "github_actions_secret", "aws_secretsmanager_secret_version")
	b.Emitf("  # %s.main will be created", res)
	b.Emitf("  + resource %q \"main\" {", res)
	b.Emitf("      + arn                 = (known after apply)")
	switch res {
	case "aws_db_instance":
		b.Emitf("      + engine              = \"postgres\"")
		if b.Chance(0.5) {
			b.Emitf("      + password            = %s", b.H("placeholder", "(sensitive value)"))
		} else {
			b.Emitf("      + password            = \"%s\"", b.Sec(b.Pick("password_human", "password_generated")))
		}
		b.Emitf("      + username            = \"dbadmin\"")
	case "aws_iam_access_key":
		b.Emitf("      + id                  = \"%s\"", b.Sec("aws_access_key_id"))
		b.Emitf("      + secret              = \"%s\"", b.Sec("aws_secret_access_key"))
		b.Emitf("      + user                = \"ci-deployer\"")
	case "datadog_monitor":
		b.Emitf("      + name                = \"High error rate on api\"")
		b.Emitf("      + query               = \"avg(last_5m):sum:trace.http.request.errors{env:prod} > 50\"")
	case "github_actions_secret":
		b.Emitf("      + secret_name         = \"NPM_TOKEN\"")
		b.Emitf("      + plaintext_value     = \"%s\"", b.Sec("npm"))
	default:
		b.Emitf("      + secret_id           = \"%s\"", b.Harm("arn_secret"))
		b.Emitf("      + secret_string       = jsonencode({ api_key = \"%s\" })", b.Sec("api_key_generic"))
	}
	b.Emitf("      + tags_all            = {")
	b.Emitf("          + \"team\" = \"platform\"")
	b.Emitf("        }")
	b.Emitf("    }")
	b.Emitf("Plan: %d to add, %d to change, %d to destroy.", b.N(1, 9), b.N(0, 3), b.N(0, 2))
}

func aDockerBuild(b *B) {
	n := b.N(2, 30)
	b.Emitf("#%d [internal] load metadata for %s", n, b.Pick("cr.acme.example/mirror/node:20-alpine", "cr.acme.example/mirror/python:3.12-slim"))
	switch b.r.IntN(5) {
	case 0:
		b.Emitf("#%d [build 4/9] RUN npm config set //npm.internal.example.com/:_authToken=%s", n+1, b.Sec("npm"))
	case 1:
		b.Emitf("#%d [build 3/9] RUN pip install --index-url https://__token__:%s@packages.internal.example.com/simple -r requirements.txt", n+1, b.Sec("pypi"))
	case 2:
		b.Emitf("#%d [build 2/9] ARG GITHUB_TOKEN=%s", n+1, b.Sec("github_ghp"))
	case 3:
		if b.Chance(0.5) {
			b.Emitf("#%d [build 5/9] COPY --from=deps /app/node_modules ./node_modules", n+1)
		} else {
			b.Emitf(`#%d [build 5/9] RUN cat /root/.docker/config.json {"auths":{"cr.acme.example":{"auth":"%s"}}}`, n+1, b.Sec("docker_auth"))
		}
	default:
		b.Emitf("#%d sha256:%s 12.58MB / 41.2MB 2.1s", n+1, b.Harm("sha256_hex"))
	}
	b.Emitf("#%d DONE %.1fs", n+1, b.r.Float64()*30)
	if b.Chance(0.4) {
		b.Emitf("$ docker login -u deploy -p %s cr.acme.example", b.Sec(b.Pick("github_ghp", "password_generated")))
		b.Emit("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
		b.Emit("Login Succeeded")
	}
	if b.Chance(0.3) {
		b.Emitf("#%d writing image sha256:%s done", n+2, b.Harm("sha256_hex"))
		b.Emitf("#%d naming to %s done", n+2, b.Harm("image_digest"))
	}
}

func aNginxTime(b *B) string { return aTime(b).Format("02/Jan/2006:15:04:05 -0700") }

func aNginxAccess(b *B) {
	ip := b.Harm(b.Pick("ipv4", "ipv4", "ipv6"))
	var path string
	switch b.r.IntN(12) {
	case 0:
		path = "/api/v1/export?access_token=" + b.Sec(b.Pick("bearer_opaque", "jwt")) + "&format=csv"
	case 1:
		path = "/files/" + b.Harm("s3_key") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + b.Sec("aws_access_key_id") + "%2F20240314%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240314T120000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + b.Sec("aws_presign_signature")
	case 2:
		path = "/v2/orders?cursor=" + b.Harm("cursor") + "&limit=50"
	case 3:
		path = "/webhooks/ingest?api_key=" + b.Sec("api_key_generic")
	case 4:
		path = "/download/report.pdf?expires=1710003600&signature=" + b.Sec("hmac_signature_hex")
	case 5:
		path = "/healthz"
	case 6:
		path = "/api/v1/users/" + b.Harm("uuid") + "/avatar"
	case 7:
		path = "/oauth/token?grant_type=client_credentials&client_id=" + b.Harm("client_id") + "&client_secret=" + b.Sec("client_secret")
	case 8:
		path = "/static/app." + b.Harm("short_sha") + ".js"
	case 9:
		path = "/static/css/main." + b.Harm("md5_hex") + ".css"
	case 10:
		path = "/media/" + b.Harm("s3_key") + "?sv=2021-08-06&se=2024-03-15T00%3A00%3A00Z&sr=b&sp=r&sig=" + b.Sec("azure_sas_sig")
	default:
		path = "/exports/" + b.Harm("s3_key") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + b.Sec("aws_temp_access_key_id") + "%2F20240314%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240314T120000Z&X-Amz-Expires=3600&X-Amz-Security-Token=" + b.Sec("aws_presign_security_token") + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + b.Sec("aws_presign_signature")
	}
	ref := "-"
	if b.Chance(0.2) {
		ref = "https://app.example.com/dashboard"
	}
	b.Emitf(`%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" rt=%.3f uct="0.001"`, ip, aNginxTime(b), b.Pick("GET", "GET", "POST"), path,
		b.PickI(200, 200, 304, 401, 404, 502), b.N(0, 90000), ref, b.Pick("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", "curl/8.5.0", "kube-probe/1.29", "python-requests/2.31.0"), b.r.Float64())
}

func aNginxError(b *B) {
	t := aTime(b).Format("2006/01/02 15:04:05")
	switch b.r.IntN(3) {
	case 0:
		b.Emitf(`%s [error] 31#31: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.example.com, request: "POST /v1/login?user=bob&password=%s HTTP/1.1", upstream: "http://10.2.0.14:8080/v1/login", host: "api.example.com"`,
			t, b.N(1, 99999), b.Harm("ipv4"), b.Sec("password_urlsafe"))
	case 1:
		b.Emitf(`%s [warn] 31#31: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/0000000%d while reading upstream, client: %s`, t, b.N(1, 99999), b.N(1, 99), b.Harm("ipv4"))
	default:
		b.Emitf(`%s [notice] 1#1: signal process started`, t)
	}
}

func aSyslogAuth(b *B) {
	t := aTime(b).Format("Jan _2 15:04:05")
	host := b.Pick("bastion-1", "ip-10-0-3-17", "db-02")
	pid := b.N(300, 60000)
	switch b.r.IntN(8) {
	case 7:
		b.Emitf("%s %s suricata[%d]: [1:2034647:3] %s [Classification: Attempted Administrator Privilege Gain] [Priority: 1] {TCP} %s:%d -> 10.0.0.8:443", t, host, pid, b.Harm("ids_rule"), b.Harm("ipv4"), b.N(1024, 65535))
	case 0:
		b.Emitf("%s %s sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 %s", t, host, pid, b.Harm("ipv4"), b.N(1024, 65535), b.Harm("fingerprint"))
	case 1:
		b.Emitf("%s %s sshd[%d]: Failed password for invalid user admin from %s port %d ssh2", t, host, pid, b.Harm("ipv4"), b.N(1024, 65535))
	case 2:
		b.Emitf("%s %s sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s -e SHOW DATABASES", t, host, b.Sec("password_urlsafe"))
	case 3:
		b.Emitf("%s %s sshd[%d]: debug1: kex: algorithm: %s", t, host, pid, b.Harm("kex"))
	case 4:
		b.Emitf("%s %s sshd[%d]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)", t, host, pid)
	case 5:
		b.Emitf("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup.sh --s3-secret-key %s >/dev/null 2>&1)", t, host, pid, b.Sec("aws_secret_access_key"))
	default:
		b.Emitf("%s %s passwd[%d]: %s", t, host, pid, b.H("prose_phrase", "password changed for deploy"))
	}
}

func aPostgres(b *B) {
	t := aTime(b).Format("2006-01-02 15:04:05.000 UTC")
	pid := b.N(100, 99999)
	switch b.r.IntN(7) {
	case 0:
		b.Emitf("%s [%d] postgres@app LOG:  statement: ALTER ROLE app_rw WITH LOGIN PASSWORD '%s'", t, pid, b.Sec(b.Pick("password_human", "password_generated")))
	case 1:
		b.Emitf(`%s [%d] app@app FATAL:  password authentication failed for user "app"`, t, pid)
	case 2:
		b.Emitf("%s [%d] app@app LOG:  duration: %.3f ms  statement: SELECT user_id FROM password_resets WHERE token = '%s' AND used = false", t, pid, b.r.Float64()*10, b.Sec("hex_secret"))
	case 3:
		b.Emitf("%s [%d] [unknown]@[unknown] LOG:  connection received: host=%s port=%d", t, pid, b.Harm("ipv4"), b.N(1024, 65535))
	case 4:
		b.Emitf("%s [%d] app@app LOG:  connection authorized: user=app database=app SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", t, pid)
	case 5:
		b.Emitf("%s [%d] app@app DETAIL:  parameters: $1 = '%s', $2 = '%s'", t, pid, b.Harm("email"), b.Harm("uuid"))
	default:
		b.Emitf("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled", t, pid, b.N(1, 9000), b.r.Float64()*10)
	}
}

func aRedisMonitor(b *B) {
	t := float64(1710000000+b.N(0, 9999999)) + b.r.Float64()
	cl := fmt.Sprintf("[0 %s:%d]", ip4(b.r), b.N(1024, 65535))
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`%.6f %s "AUTH" "%s"`, t, cl, b.Sec("password_urlsafe"))
	case 1:
		b.Emitf(`%.6f %s "AUTH" "default" "%s"`, t, cl, b.Sec("password_generated"))
	case 2:
		b.Emitf(`%.6f %s "GET" "%s"`, t, cl, b.Harm("cache_key"))
	case 3:
		b.Emitf(`%.6f %s "CONFIG" "SET" "requirepass" "%s"`, t, cl, b.Sec("password_generated"))
	default:
		b.Emitf(`%.6f %s "EXPIRE" "%s" %s`, t, cl, b.Harm("cache_key"), b.KV("sensitive_name_number", `" "`, `3600"`))
	}
}

func aCloudTrail(b *B) {
	ev := b.Pick("GetSecretValue", "AssumeRole", "CreateAccessKey", "ConsoleLogin", "PutObject")
	akid := ""
	if b.Chance(0.7) {
		akid = `"accessKeyId":"` + b.Sec("aws_temp_access_key_id") + `",`
	}
	role := b.Harm("arn_role")
	var req, resp string
	switch ev {
	case "GetSecretValue":
		req = `{"secretId":"` + b.Harm("arn_secret") + `"}`
		resp = "null"
	case "AssumeRole":
		req = `{"roleArn":"` + b.Harm("arn_role") + `","roleSessionName":"deploy-` + rs(b.r, alDigit, 10) + `","durationSeconds":3600}`
		resp = `{"credentials":{"accessKeyId":"` + b.Sec("aws_temp_access_key_id") + `","sessionToken":"` + b.Sec("aws_session_token") + `","expiration":"Mar 14, 2024, 1:00:00 PM"},"assumedRoleUser":{"arn":"` + b.Harm("arn_other") + `"}}`
	case "CreateAccessKey":
		req = `{"userName":"ci-deployer"}`
		resp = `{"accessKey":{"userName":"ci-deployer","accessKeyId":"` + b.Sec("aws_access_key_id") + `","status":"Active","createDate":"Mar 14, 2024, 12:00:00 PM"}}`
	case "ConsoleLogin":
		req = "null"
		resp = `{"ConsoleLogin":"Success"}`
	default:
		req = `{"bucketName":"acme-uploads","key":"` + b.Harm("s3_key") + `","x-amz-server-side-encryption":"aws:kms"}`
		resp = `{"x-amz-server-side-encryption-aws-kms-key-id":"` + b.Harm("arn_other") + `"}`
	}
	b.EmitJSON(fmt.Sprintf(`{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROA%s:deploy","arn":"%s",%s"accountId":"%s"},"eventTime":"%s","eventSource":"%s","eventName":"%s","awsRegion":"%s","sourceIPAddress":"%s","userAgent":"aws-cli/2.15.0","requestParameters":%s,"responseElements":%s,"requestID":"%s","eventID":"%s","readOnly":false,"eventType":"AwsApiCall"}`,
		rs(b.r, alB32, 17), role, akid, acct(b.r), aTime(b).Format(time.RFC3339), b.Pick("secretsmanager.amazonaws.com", "sts.amazonaws.com", "iam.amazonaws.com", "s3.amazonaws.com"), ev, pick(b.r, regions...), b.Harm("ipv4"), req, resp, b.Harm("uuid"), b.Harm("uuid")))
}

func aCIEnvDump(b *B) {
	b.Emit("+ printenv | sort")
	b.Emit("CI=true")
	for i, n := 0, b.N(1, 4); i < n; i++ {
		e := aEnvPool[b.r.IntN(len(aEnvPool))]
		b.Emitf("%s=%s", e.name, b.Sec(e.format))
	}
	b.Emitf("GIT_COMMIT=%s", b.Harm("git_sha"))
	b.Emit("HOME=/root")
	if b.Chance(0.4) {
		b.Emitf("AWS_ROLE_ARN=%s", b.Harm("arn_role"))
	}
	if b.Chance(0.4) {
		b.Emit(b.KV("sensitive_name_number", "TOKEN_TTL=", "3600"))
	}
	if b.Chance(0.3) {
		b.Emitf("PASSWORD_FILE=%s", b.H("file_path", "/run/secrets/db_password"))
	}
	b.Emit("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
}

func aINIConfig(b *B) {
	b.Emit("[database]")
	b.Emitf("host = %s", b.Pick("db.internal", "10.0.4.12", "pg.prod.svc.cluster.local"))
	b.Emit("port = 5432")
	if b.Chance(0.6) {
		b.Emitf("password = %s", b.Sec(b.Pick("password_human", "password_generated")))
	} else {
		b.Emitf("password = %s", b.Harm("placeholder"))
	}
	b.Emit("")
	b.Emit("[smtp]")
	b.Emitf("user = %s", b.Harm("email"))
	b.Emitf("api_key = %s", b.Sec(b.Pick("sendgrid", "mailgun", "api_key_generic")))
	if b.Chance(0.4) {
		b.Emit(b.KV("status_word", "auth_method = ", "password"))
	}
	b.Emit("[aws]")
	b.Emitf("aws_access_key_id = %s", b.Sec("aws_access_key_id"))
	b.Emitf("aws_secret_access_key = %s", b.Sec("aws_secret_access_key"))
	b.Emitf("region = %s", pick(b.r, regions...))
}

func aSSHKeyFile(b *B) {
	b.Emitf("+ cat %s", b.Pick("~/.ssh/id_ed25519", "deploy_key", "/etc/ssl/private/server.key"))
	h, body, f := PEMBlock(b.r, b.Pick("RSA", "EC", "OPENSSH", "PKCS8"))
	b.Emit(h)
	for _, l := range body {
		b.Emit(b.S("pem_line", l))
	}
	b.Emit(f)
	b.Emitf("+ ssh-keygen -y -f deploy_key")
	b.Emit(b.Harm("ssh_pubkey") + " deploy@ci")
}

func aCronCmdline(b *B) {
	t := aTime(b).Format(time.RFC3339)
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("%s INFO running: pg_dump --dbname=postgresql://backup:%s@db.internal:5432/app -Fc -f /backups/app.dump", t, b.Sec("password_urlsafe"))
	case 1:
		b.Emitf("%s INFO running: /usr/local/bin/vault login -method=token token=%s", t, b.Sec(b.Pick("vault_service", "vault_legacy")))
	case 2:
		b.Emitf("%s INFO running: curl -sS -H 'Authorization: Bearer %s' https://api.example.com/v1/sync", t, b.Sec(b.Pick("jwt", "bearer_opaque", "openai_legacy")))
	case 3:
		b.Emitf("%s INFO running: aws s3 sync /data s3://acme-backups/%s --sse aws:kms", t, b.Harm("s3_key"))
	case 4:
		b.Emitf("%s INFO running: mysqldump --user=root --password=%s --all-databases", t, b.Sec("password_generated"))
	default:
		b.Emitf("%s INFO backup finished in %s, %d bytes", t, b.Harm("duration"), b.N(1000, 99999999))
	}
}

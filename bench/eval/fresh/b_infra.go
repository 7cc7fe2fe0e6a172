package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half b (held-out), infrastructure logs. Different software and phrasing
// from half a.
var bInfra = []Template{
	{"b/k8s-audit", 6, bK8sAudit},
	{"b/kubelet-klog", 4, bKubeletKlog},
	{"b/gitlab-runner", 3, bGitLabRunner},
	{"b/jenkins-console", 3, bJenkinsConsole},
	{"b/helm-values", 2, bHelmValues},
	{"b/docker-inspect", 4, bDockerInspect},
	{"b/envoy-json", 6, bEnvoyJSON},
	{"b/haproxy", 5, bHAProxy},
	{"b/journal-json", 5, bJournalJSON},
	{"b/systemctl-cat", 2, bSystemctlCat},
	{"b/mysql-general", 5, bMySQLGeneral},
	{"b/mongod-json", 4, bMongodJSON},
	{"b/gcp-audit", 4, bGCPAudit},
	{"b/azure-activity", 4, bAzureActivity},
	{"b/tls-secret-yaml", 1, bTLSSecretYAML},
	{"b/env-export", 4, bEnvExport},
}

func bTime(b *B) time.Time { return ts(b.r) }

var bEnvPool = []struct{ name, format string }{
	{"PLANETSCALE_PASSWORD", "planetscale"},
	{"DOPPLER_TOKEN", "doppler"},
	{"SENTRY_AUTH_TOKEN", "sentry_org"},
	{"GRAFANA_SA_TOKEN", "grafana_sa"},
	{"GRAFANA_CLOUD_API_KEY", "grafana_cloud"},
	{"DATABRICKS_TOKEN", "databricks"},
	{"POSTMAN_API_KEY", "postman"},
	{"SQUARE_ACCESS_TOKEN", "square_oauth"},
	{"SQUARE_LEGACY_TOKEN", "square_legacy"},
	{"ATLASSIAN_API_TOKEN", "atlassian"},
	{"TF_TOKEN_app_terraform_io", "terraform_cloud"},
	{"MAILCHIMP_API_KEY", "mailchimp"},
	{"SHOPIFY_API_SECRET", "shopify_shared_secret"},
	{"SLACK_APP_TOKEN", "slack_app"},
	{"GITLAB_TOKEN", "gitlab_pat"},
	{"GH_TOKEN", "github_pat"},
	{"MAPBOX_SECRET_TOKEN", "mapbox_secret"},
	{"DISCORD_BOT_TOKEN", "discord_bot"},
	{"SOPS_AGE_KEY", "age_secret_key"},
	{"NEW_RELIC_API_KEY", "new_relic_user"},
	{"ARTIFACTORY_API_KEY", "artifactory"},
	{"STRIPE_API_KEY", "stripe_restricted"},
	{"ETH_PRIVATE_KEY", "wallet_private_key"},
	{"OKTA_API_TOKEN", "okta_ssws"},
	{"AWS_SESSION_TOKEN", "aws_session_token"},
	{"MYSQL_ROOT_PASSWORD", "password_human"},
	{"SMTP_PASSWORD", "password_generated"},
	{"TWILIO_API_KEY", "twilio_api_key"},
	{"OPENAI_KEY", "openai_legacy"},
	{"COOKIE_SECRET", "hex_secret"},
	{"AWS_ACCESS_KEY_ID", "aws_access_key_id"},
	{"AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"},
	{"AWS_TEMP_KEY_ID", "aws_temp_access_key_id"},
	{"GITHUB_APP_TOKEN", "github_ghs"},
	{"GITHUB_REFRESH_TOKEN", "github_ghr"},
	{"HEROKU_API_KEY", "heroku_api_key"},
	{"NODE_AUTH_TOKEN", "npm"},
	{"TWINE_PASSWORD", "pypi"},
	{"TWILIO_TOKEN", "twilio_auth_token"},
	{"VAULT_BATCH_TOKEN", "vault_batch"},
	{"VAULT_TOKEN", "vault_legacy"},
	{"DD_APP_KEY", "datadog_app_key"},
	{"HUGGINGFACEHUB_API_TOKEN", "huggingface"},
	{"DO_TOKEN", "digitalocean"},
	{"LINEAR_TOKEN", "linear"},
	{"OPENAI_API_KEY", "openai"},
	{"PULUMI_ACCESS_TOKEN", "pulumi"},
}

func bEnv(b *B) (string, string) {
	e := bEnvPool[b.r.IntN(len(bEnvPool))]
	return e.name, e.format
}

func bK8sAudit(b *B) {
	verb := b.Pick("create", "get", "patch", "list")
	res := b.Pick("secrets", "configmaps", "pods", "serviceaccounts/token")
	name := b.Harm("k8s_name")
	var reqObj, respObj string
	reqObj, respObj = "null", "null"
	switch {
	case res == "secrets" && verb != "list":
		reqObj = fmt.Sprintf(`{"kind":"Secret","apiVersion":"v1","metadata":{"name":"%s"},"type":"Opaque","data":{"token":"%s","ca.crt":"LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"},"stringData":{"password":"%s"}}`, name, b.Sec("k8s_secret_b64"), b.SecJ(b.Pick("password_generated", "password_quote", "password_human")))
	case res == "serviceaccounts/token":
		respObj = fmt.Sprintf(`{"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","status":{"token":"%s","expirationTimestamp":"%s"}}`, b.Sec("jwt"), bTime(b).Format(time.RFC3339))
	case res == "configmaps":
		reqObj = fmt.Sprintf(`{"kind":"ConfigMap","metadata":{"annotations":{"eks.amazonaws.com/role-arn":"`+b.Harm("arn_role")+`"}},"data":{"LOG_LEVEL":"debug",%s,%s}}`, b.KV("sensitive_name_bool", `"FEATURE_PASSWORDLESS":`, `"true"`), b.KV("status_word", `"AUTH_MODE":`, `"password"`))
	}
	b.EmitJSON(fmt.Sprintf(`{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"%s","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/prod/%s/%s","verb":"%s","user":{"username":"system:serviceaccount:ci:deployer","uid":"%s","groups":["system:serviceaccounts","system:authenticated"]},"sourceIPs":["%s"],"userAgent":"kubectl/v1.29.2 (linux/amd64)","objectRef":{"resource":"%s","namespace":"prod","name":"%s","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":%d},"requestObject":%s,"responseObject":%s,"requestReceivedTimestamp":"%s","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \"ci-deployer\""}}`,
		b.Harm("uuid"), res, name, verb, b.Harm("k8s_uid"), b.Harm("ipv4"), res, name, b.PickI(200, 201, 403), reqObj, respObj, bTime(b).Format(time.RFC3339Nano)))
}

func bKubeletKlog(b *B) {
	t := bTime(b)
	pre := fmt.Sprintf("%s%s %s %7d %s:%d]", b.Pick("I", "I", "W", "E"), t.Format("0102"), t.Format("15:04:05.000000"), b.N(100, 9999), b.Pick("kuberuntime_manager.go", "pod_workers.go", "kubelet.go", "remote_image.go"), b.N(100, 1500))
	switch b.r.IntN(5) {
	case 0:
		b.Emitf(`%s "Creating container in pod" containerName="agent" pod="monitoring/%s" command=["/opt/agent/bin/agent","run","--api-key","%s","--site","datadoghq.eu"]`, pre, b.Harm("k8s_name"), b.Sec("datadog_api_key"))
	case 1:
		b.Emitf(`%s "Failed to pull image" err="rpc error: code = Unknown desc = failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized" image="%s"`, pre, b.Harm("image_digest"))
	case 2:
		b.Emitf(`%s "SyncLoop (PLEG): event for pod" pod="prod/%s" event={"ID":"%s","Type":"ContainerStarted"}`, pre, b.Harm("k8s_name"), b.Harm("k8s_uid"))
	case 3:
		b.Emitf(`%s "Probe failed" probeType="Readiness" pod="prod/%s" output="Get \"http://10.1.2.3:8080/ready\": context deadline exceeded"`, pre, b.HG("k8s_name"))
	default:
		b.Emitf(`%s "Pulling image with credentials" image="registry.example.com/team/app:1.4.2" auth="%s"`, pre, b.Sec("docker_auth"))
	}
}

func bGitLabRunner(b *B) {
	b.Emitf("Running with gitlab-runner %s (%s)", b.Harm("version"), b.Harm("short_sha"))
	b.Emit("  on docker-autoscaler-1 xyZ12AbC, system ID: s_0123456789ab")
	b.Emitf("Using docker image sha256:%s for node:20 with digest node@sha256:%s ...", b.Harm("sha256_hex"), b.Harm("sha256_hex"))
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`$ curl --fail --header "PRIVATE-TOKEN: %s" "https://gitlab.example.com/api/v4/projects/42/releases"`, b.Sec("gitlab_pat"))
	case 1:
		b.Emitf("$ git clone https://oauth2:%s@gitlab.example.com/platform/infra.git", b.Sec("gitlab_pat"))
	case 2:
		b.Emitf("$ echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY")
	case 3:
		name, f := bEnv(b)
		b.Emitf("$ export %s=%s", name, b.Sec(f))
	case 4:
		b.Emitf("$ terraform init -backend-config=\"password=%s\"", b.Sec("password_generated"))
	default:
		b.Emitf("$ npm ci --no-audit && npm run build")
	}
	b.Emitf("Job succeeded")
}

func bJenkinsConsole(b *B) {
	b.Emit("[Pipeline] withCredentials")
	b.Emit("Masking supported pattern matches of $REGISTRY_PASS or $DEPLOY_KEY")
	b.Emit("[Pipeline] {")
	b.Emit("[Pipeline] sh")
	switch b.r.IntN(6) {
	case 0:
		b.Emitf("+ curl -sf -u ci-bot:%s https://nexus.example.com/service/rest/v1/components?repository=releases", b.Sec("password_urlsafe"))
	case 1:
		b.Emitf("+ curl -H X-JFrog-Art-Api:%s -T build.tar.gz https://artifacts.example.com/generic-local/", b.Sec("artifactory"))
	case 2:
		b.Emitf("+ sshpass -p %s ssh deploy@%s ./restart.sh", b.Sec("password_urlsafe"), b.Harm("ipv4"))
	case 3:
		b.Emitf("+ git checkout -f %s", b.Harm("git_sha"))
	case 4:
		b.Emitf("+ ./gradlew publish -PsigningPassword=%s -PossrhToken=%s", b.Sec("password_generated"), b.Sec("bearer_opaque"))
	default:
		b.Emitf("+ docker login -u jenkins --password-stdin registry.example.com")
	}
	b.Emit("[Pipeline] }")
	b.Emitf("Finished: %s", b.Pick("SUCCESS", "FAILURE", "UNSTABLE"))
}

func bHelmValues(b *B) {
	b.Emitf("helm upgrade --install %s ./charts/app --namespace prod --set image.tag=%s --set secrets.apiKey=%s --wait", b.Pick("api", "billing"), b.Harm("version"), b.Sec(b.Pick("api_key_generic", "sendgrid", "stripe_secret")))
	b.Emit("USER-SUPPLIED VALUES:")
	b.Emit("postgresql:")
	b.Emit("  auth:")
	if b.Chance(0.5) {
		b.Emitf("    postgresPassword: %s", b.Sec(b.Pick("password_human", "password_generated", "password_urlsafe")))
	} else {
		b.Emitf("    postgresPassword: %s", b.H("placeholder", "{{ .Values.password }}"))
	}
	b.Emitf("    existingSecret: \"\"")
	b.Emit("redis:")
	b.Emitf("  password: \"%s\"", b.Sec("password_urlsafe"))
	b.Emit("ingress:")
	b.Emitf("  hosts: [\"api.example.com\"]")
	b.Emitf("  annotations: {nginx.ingress.kubernetes.io/auth-url: \"%s\"}", b.Harm("url_plain"))
	b.Emitf("NOTES:")
	b.Emitf("1. Get the application URL by running these commands:")
}

func bDockerInspect(b *B) {
	name, f := bEnv(b)
	env := []string{`"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`, `"` + name + `=` + b.SecJ(f) + `"`, `"NODE_ENV=production"`}
	if b.Chance(0.4) {
		env = append(env, `"POSTGRES_PASSWORD=`+b.SecJ("password_generated")+`"`)
	}
	if b.Chance(0.3) {
		env = append(env, `"`+b.KV("sensitive_name_number", "PASSWORD_HASH_ROUNDS=", "12")+`"`)
	}
	cmd := `["node","dist/main.js"]`
	if b.Chance(0.4) {
		cmd = `["/usr/bin/agent","--token=` + b.SecJ(b.Pick("bearer_opaque", "vault_service", "doppler")) + `","--verbose"]`
	}
	b.EmitJSON(fmt.Sprintf(`[{"Id":"%s","Created":"%s","Path":"docker-entrypoint.sh","Config":{"Hostname":"%s","Env":[%s],"Cmd":%s,"Image":"%s","Labels":{"org.opencontainers.image.revision":"%s"}},"NetworkSettings":{"IPAddress":"%s"}}]`,
		b.Harm("sha256_hex"), bTime(b).Format(time.RFC3339Nano), rs(b.r, alHex, 12), strings.Join(env, ","), cmd, b.Harm("image_digest"), b.Harm("git_sha"), b.Harm("ipv4")))
}

func bEnvoyJSON(b *B) {
	path := "/v1/catalog"
	var hdr string = `"-"`
	switch b.r.IntN(8) {
	case 0:
		path = "/v1/stream?token=" + b.Sec(b.Pick("jwt", "bearer_opaque"))
	case 1:
		hdr = `"Bearer ` + b.Sec(b.Pick("jwt", "github_gho", "okta_ssws")) + `"`
	case 2:
		path = "/blob/" + b.Harm("s3_key") + "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-03-15T00:00:00Z&st=2024-03-14T00:00:00Z&spr=https&sig=" + b.Sec("azure_sas_sig")
	case 3:
		path = "/v1/items?page_token=" + b.Harm("cursor")
	case 4:
		path = "/assets/" + b.Harm("md5_hex") + ".css"
	case 5:
		path = "/signed/dl?X-Amz-Security-Token=" + b.Sec("aws_presign_security_token") + "&X-Amz-Signature=" + b.Sec("aws_presign_signature")
	case 6:
		path = "/api/keys/" + b.Harm("key_id")
	}
	b.EmitJSON(fmt.Sprintf(`{"start_time":"%s","method":"%s","path":"%s","protocol":"HTTP/2","response_code":%d,"response_flags":"-","bytes_received":%d,"bytes_sent":%d,"duration":%d,"x_forwarded_for":"%s","user_agent":"%s","request_id":"%s","authority":"api.example.com","upstream_host":"10.4.%d.%d:8080","authorization":%s,"traceparent":"%s"}`,
		bTime(b).Format("2006-01-02T15:04:05.000Z"), b.Pick("GET", "POST"), path, b.PickI(200, 200, 204, 401, 503), b.N(0, 5000), b.N(0, 90000), b.N(1, 900), b.Harm(b.Pick("ipv4", "ipv6")), b.Pick("okhttp/4.12.0", "Go-http-client/2.0", "grpc-go/1.62.0"), b.Harm("uuid"), b.N(0, 255), b.N(1, 254), hdr, b.Harm("traceparent")))
}

func bHAProxy(b *B) {
	t := bTime(b)
	capt := "{api.example.com|}"
	switch b.r.IntN(4) {
	case 0:
		capt = "{api.example.com|Basic " + b.Sec("basic_auth") + "}"
	case 1:
		capt = "{api.example.com|Bearer " + b.Sec(b.Pick("jwt", "bearer_opaque")) + "}"
	}
	req := "GET /status HTTP/1.1"
	switch b.r.IntN(4) {
	case 0:
		req = "GET /feeds/export.csv?apikey=" + b.Sec("api_key_generic") + " HTTP/1.1"
	case 1:
		req = "GET /img/" + b.Harm("s3_key") + "?w=640&sig=" + b.Sec("hmac_signature_b64") + " HTTP/1.1"
	case 2:
		req = "GET /dl/" + b.Harm("s3_key") + "?expires=1710003600&signature=" + b.Sec("hmac_signature_hex") + " HTTP/1.1"
	}
	b.Emitf("%s lb1 haproxy[%d]: %s:%d [%s] fe_https~ be_api/api%d %d/%d/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 %s \"%s\"",
		t.Format("Jan _2 15:04:05"), b.N(100, 9999), b.Harm("ipv4"), b.N(1024, 65535), t.Format("02/Jan/2006:15:04:05.000"), b.N(1, 4), b.N(0, 5), b.N(0, 5), b.N(0, 5), b.N(1, 90), b.N(1, 99), b.PickI(200, 301, 401, 503), b.N(0, 90000), b.N(1, 99), b.N(1, 99), b.N(0, 9), b.N(0, 9), capt, req)
}

func bJournalJSON(b *B) {
	var msg string
	switch b.r.IntN(8) {
	case 0:
		msg = "Started app.service - Acme API."
	case 1:
		msg = `level=info msg=\"connected\" dsn=\"mysql://app:` + b.SecJ("password_urlsafe") + `@tcp(db:3306)/app\"`
	case 2:
		msg = "pam_unix(sudo:auth): authentication failure; logname=carol uid=1002 euid=0 tty=/dev/pts/1 ruser=carol rhost=  user=carol"
	case 3:
		msg = "Accepted password for carol from " + b.Harm("ipv4") + " port 50122 ssh2"
	case 4:
		msg = "agent: registering with token=" + b.SecJ(b.Pick("api_key_generic", "new_relic_license", "grafana_cloud"))
	case 5:
		msg = "app.service: Consumed " + b.Harm("duration") + " CPU time."
	case 7:
		msg = "debug1: kex: algorithm: " + b.Harm("kex")
	default:
		msg = "PasswordAuthentication disabled; " + b.H("prose_phrase", "KbdInteractiveAuthentication no")
	}
	b.EmitJSON(fmt.Sprintf(`{"__CURSOR":"%s","__REALTIME_TIMESTAMP":"%d","__MONOTONIC_TIMESTAMP":"%d","_BOOT_ID":"%s","_MACHINE_ID":"%s","_HOSTNAME":"web-3","PRIORITY":"6","_SYSTEMD_UNIT":"%s","SYSLOG_IDENTIFIER":"%s","_PID":"%d","MESSAGE":"%s"}`,
		b.Harm("journal_cursor"), bTime(b).UnixMicro(), b.N(1e6, 1e12), b.Harm("machine_id"), b.Harm("machine_id"), b.Pick("app.service", "sshd.service", "node-agent.service"), b.Pick("app", "sshd", "agent"), b.N(100, 99999), msg))
}

func bSystemctlCat(b *B) {
	b.Emit("# /etc/systemd/system/exporter.service")
	b.Emit("[Unit]")
	b.Emit("Description=Metrics exporter")
	b.Emit("[Service]")
	b.Emitf("Environment=\"EXPORTER_PASSWORD=%s\"", b.Sec("password_generated"))
	b.Emitf("ExecStart=/usr/local/bin/exporter --web.listen-address=:9104 --db.dsn=\"postgres://exporter:%s@localhost/postgres\" --auth.token %s", b.Sec("password_urlsafe"), b.Sec("bearer_opaque"))
	b.Emit("Restart=always")
}

func bMySQLGeneral(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.000000Z")
	id := b.N(1, 9999)
	switch b.r.IntN(7) {
	case 0:
		b.Emitf("%s\t%5d Connect\tapp@%s on appdb using TCP/IP", t, id, b.Harm("ipv4"))
	case 1:
		b.Emitf("%s\t%5d Query\tCREATE USER 'reporting'@'%%' IDENTIFIED BY '%s'", t, id, b.Sec(b.Pick("password_human", "password_generated")))
	case 2:
		b.Emitf("%s\t%5d Query\tALTER USER 'app'@'%%' IDENTIFIED WITH caching_sha2_password BY '%s'", t, id, b.Sec("password_urlsafe"))
	case 3:
		b.Emitf("%s %d [Note] [MY-010926] [Server] Access denied for user 'root'@'localhost' %s", t, id, b.H("prose_phrase", "(using password: YES)"))
	case 4:
		b.Emitf("%s\t%5d Query\tSELECT * FROM oauth_clients WHERE client_id = '%s' LIMIT 1", t, id, b.Harm("client_id"))
	case 5:
		b.Emitf("%s\t%5d Query\tUPDATE users SET remember_token = '%s' WHERE id = %d", t, id, b.Sec(b.Pick("api_key_generic", "csrf_token")), b.N(1, 99999))
	default:
		b.Emitf("%s\t%5d Quit\t", t, id)
	}
}

func bMongodJSON(b *B) {
	t := bTime(b).Format("2006-01-02T15:04:05.000+00:00")
	switch b.r.IntN(5) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"t":{"$date":"%s"},"s":"I","c":"ACCESS","id":20250,"ctx":"conn%d","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"app","authenticationDatabase":"admin","remote":"%s:%d","extraInfo":{}}}`, t, b.N(1, 9999), b.Harm("ipv4"), b.N(1024, 65535)))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"t":{"$date":"%s"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn%d","msg":"Slow query","attr":{"type":"command","ns":"app.sessions","command":{"find":"sessions","filter":{"token":"%s"}},"durationMillis":%d}}`, t, b.N(1, 9999), b.Sec(b.Pick("bearer_opaque", "hex_secret")), b.N(100, 9000)))
	case 2:
		b.Emitf("%s INFO  MongoClient connecting to mongodb+srv://app:%s@cluster0.%s.mongodb.net/app?retryWrites=true&w=majority", t, b.Sec("password_urlsafe"), rs(b.r, alLower+alDigit, 5))
	case 3:
		b.EmitJSON(fmt.Sprintf(`{"t":{"$date":"%s"},"s":"I","c":"NETWORK","id":22943,"ctx":"listener","msg":"Connection accepted","attr":{"remote":"%s:%d","uuid":{"uuid":{"$uuid":"%s"}},"connectionId":%d,"connectionCount":%d}}`, t, b.Harm("ipv4"), b.N(1024, 65535), b.Harm("uuid"), b.N(1, 99999), b.N(1, 500)))
	default:
		b.EmitJSON(fmt.Sprintf(`{"t":{"$date":"%s"},"s":"W","c":"CONTROL","id":22120,"ctx":"initandlisten","msg":"Access control is not enabled for the database","tags":["startupWarnings"]}`, t))
	}
}

func bGCPAudit(b *B) {
	method := b.Pick("google.iam.admin.v1.CreateServiceAccountKey", "google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion", "storage.objects.get", "SetIamPolicy")
	resp := `{}`
	switch method {
	case "google.iam.admin.v1.CreateServiceAccountKey":
		resp = `{"@type":"type.googleapis.com/google.iam.admin.v1.ServiceAccountKey","name":"projects/acme-prod/serviceAccounts/ci@acme-prod.iam.gserviceaccount.com/keys/` + b.H("key_id", rs(b.r, alHex, 40)) + `","privateKeyData":"` + b.Sec("gcp_key_b64") + `","keyAlgorithm":"KEY_ALG_RSA_2048"}`
	case "google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion":
		resp = `{"name":"projects/123456789/secrets/stripe-key/versions/3","payload":{"data":"` + b.Sec("k8s_secret_b64") + `","dataCrc32c":"` + fmt.Sprint(b.N(1e8, 4e9)) + `"}}`
	}
	b.EmitJSON(fmt.Sprintf(`{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{},"authenticationInfo":{"principalEmail":"%s","serviceAccountKeyName":"//iam.googleapis.com/projects/acme-prod/serviceAccounts/ci@acme-prod.iam.gserviceaccount.com/keys/%s"},"requestMetadata":{"callerIp":"%s","callerSuppliedUserAgent":"google-cloud-sdk gcloud/467.0.0"},"serviceName":"iam.googleapis.com","methodName":"%s","resourceName":"projects/-/serviceAccounts/%d","response":%s},"insertId":"%s","resource":{"type":"service_account","labels":{"project_id":"acme-prod"}},"timestamp":"%s","severity":"NOTICE","logName":"projects/acme-prod/logs/cloudaudit.googleapis.com%%2Factivity"}`,
		b.Harm("email"), b.H("key_id", rs(b.r, alHex, 40)), b.Harm("ipv4"), method, b.N(1e8, 9e8), resp, rs(b.r, alLower+alDigit, 12), bTime(b).Format(time.RFC3339Nano)))
}

func bAzureActivity(b *B) {
	sub := b.H("uuid", strings.ToUpper(uuid4(b.r)))
	op := b.Pick("MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION", "MICROSOFT.WEB/SITES/CONFIG/LIST/ACTION", "MICROSOFT.KEYVAULT/VAULTS/SECRETS/READ", "MICROSOFT.COMPUTE/VIRTUALMACHINES/START/ACTION")
	props := `{"statusCode":"OK"}`
	switch op {
	case "MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION":
		props = `{"statusCode":"OK","responseBody":"{\"keys\":[{\"keyName\":\"key1\",\"value\":\"` + b.Sec("azure_storage_key") + `\",\"permissions\":\"FULL\"}]}"}`
	case "MICROSOFT.WEB/SITES/CONFIG/LIST/ACTION":
		props = `{"statusCode":"OK","responseBody":"{\"properties\":{\"AzureWebJobsStorage\":\"DefaultEndpointsProtocol=https;AccountName=acmefn;AccountKey=` + b.Sec("azure_storage_key") + `;EndpointSuffix=core.windows.net\",\"AAD_CLIENT_SECRET\":\"` + b.Sec("azure_client_secret") + `\"}}"}`
	}
	b.EmitJSON(fmt.Sprintf(`{"time":"%s","resourceId":"/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-PROD/PROVIDERS/%s","operationName":"%s","category":"Administrative","resultType":"Success","resultSignature":"Succeeded.OK","durationMs":"%d","callerIpAddress":"%s","correlationId":"%s","identity":{"claims":{"appid":"%s","http://schemas.microsoft.com/identity/claims/objectidentifier":"%s"}},"level":"Information","properties":%s}`,
		bTime(b).Format(time.RFC3339Nano), sub, b.Pick("MICROSOFT.STORAGE/STORAGEACCOUNTS/ACMEDATA", "MICROSOFT.WEB/SITES/ACME-FN"), op, b.N(1, 900), b.Harm("ipv4"), b.Harm("uuid"), b.Harm("uuid"), b.Harm("uuid"), props))
}

func bTLSSecretYAML(b *B) {
	b.Emit("data:")
	b.Emitf("  tls.crt: %s", b.H("cert_b64", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM"+rs(b.r, alB64, 40)))
	b.Emit("stringData:")
	b.Emit("  tls.key: |")
	h, body, f := PEMBlock(b.r, b.Pick("EC", "RSA", "PKCS8"))
	b.Emit("    " + h)
	for _, l := range body {
		b.Emit("    " + b.S("pem_line", l))
	}
	b.Emit("    " + f)
}

func bEnvExport(b *B) {
	b.Emit("declare -x HOSTNAME=\"runner-7f9\"")
	for i, n := 0, b.N(1, 3); i < n; i++ {
		name, f := bEnv(b)
		b.Emitf("declare -x %s=\"%s\"", name, b.Sec(f))
	}
	if b.Chance(0.5) {
		b.Emitf("declare -x GIT_SHA=\"%s\"", b.Harm("git_sha"))
	}
	if b.Chance(0.4) {
		b.Emitf("declare -x VAULT_ROLE_ID=\"%s\"", b.Harm("uuid"))
	}
	if b.Chance(0.3) {
		b.Emitf("declare -x %s\"", b.KV("status_word", "API_KEY_HEADER=\"", "X-Api-Key"))
	}
	b.Emit("declare -x SHLVL=\"1\"")
}

package fresh

import (
	"fmt"
	"strings"
	"time"
)

// Half c (second development half): further families — Vault audit and
// PKI output, kubelet/containerd with journal export, OpenSSH client
// debug, developer CLIs printing credentials, Tomcat access logs, Postmark.
var cMore = []Template{
	{"c/vault-audit-pki", 2, cVaultAuditPKI},
	{"c/kubelet-journal", 3, cKubeletJournal},
	{"c/ssh-client-v", 2, cSSHClientV},
	{"c/dev-cli-auth", 3, cDevCLIAuth},
	{"c/tomcat-access", 3, cTomcatAccess},
	{"c/postmark-mail", 2, cPostmarkMail},
}

// Vault's audit device HMACs tokens unless log_raw is set: the
// "hmac-sha256:…" values are harmless digests.
func cVaultAuditPKI(b *B) {
	t := cTime(b).Format(time.RFC3339Nano)
	hm := func() string { return b.H("vault_audit_hmac", "hmac-sha256:"+rs(b.r, alHex, 64)) }
	switch b.r.IntN(4) {
	case 0:
		b.EmitJSON(fmt.Sprintf(`{"time":"%s","type":"request","auth":{"client_token":"%s","accessor":"%s","display_name":"kubernetes-prod-api","policies":["default","api-read"],"token_ttl":3600},"request":{"id":"%s","operation":"read","path":"secret/data/prod/api","remote_address":"%s"}}`, t, hm(), hm(), b.Harm("uuid"), b.Harm("ipv4")))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"time":"%s","type":"response","auth":{"client_token":"%s","accessor":"%s"},"request":{"id":"%s","operation":"read","path":"secret/data/prod/db"},"response":{"data":{"data":{"password":"%s","username":"app"},"metadata":{"version":%d}}}}`, t, b.SecJ("vault_service"), b.Harm("uuid"), b.Harm("uuid"), b.SecJ("password_generated"), b.N(1, 40)))
	case 2:
		b.Emitf("$ vault write pki_int/issue/web common_name=%s.internal.example.com ttl=24h", b.Pick("api", "web", "grafana"))
		b.Emit("Key                 Value")
		b.Emit("---                 -----")
		b.Emitf("expiration          %d", cTime(b).Unix())
		b.Emitf("serial_number       %s", b.H("fingerprint", strings.ToLower(b.HG("fingerprint"))))
		h, body, f := PEMBlock(b.r, b.Pick("RSA", "EC"))
		b.Emitf("private_key         %s", h)
		for _, l := range body {
			b.Emit(b.S("pem_line", l))
		}
		b.Emit(f)
		b.Emit("private_key_type    rsa")
	default:
		b.Emitf("%s [INFO]  core: successful mount: namespace=\"\" path=kv/ type=kv version=2", cTime(b).Format("2006-01-02T15:04:05.000Z"))
	}
}

func cKubeletJournal(b *B) {
	t := cTime(b).Format("Jan 02 15:04:05")
	node := fmt.Sprintf("ip-10-0-%d-%d", b.N(0, 255), b.N(1, 254))
	switch b.r.IntN(6) {
	case 0:
		b.Emitf(`%s %s kubelet[%d]: I0314 12:00:00.123456    %d kubelet.go:2430] "SyncLoop ADD" source="api" pods=["prod/%s"] podUID="%s"`, t, node, b.N(900, 9000), b.N(900, 9000), b.Harm("k8s_name"), b.Harm("k8s_uid"))
	case 1:
		b.Emitf(`%s %s containerd[%d]: time="%s" level=info msg="PullImage \"cr.acme.example/acme/api:%s\" with auth config {Username:ci Password:%s Auth: ServerAddress:cr.acme.example}"`, t, node, b.N(900, 9000), cTime(b).Format(time.RFC3339Nano), b.Harm("short_sha"), b.Sec("password_generated"))
	case 2:
		b.Emitf(`$ kubectl get secret regcred -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d`)
		b.Emitf(`{"auths":{"cr.acme.example":{"username":"ci","password":"%s","auth":"%s"}}}`, b.SecJ("github_ghp"), b.Sec("docker_auth"))
	case 3:
		b.Emitf(`$ kubectl get secret %s -o jsonpath='{.data.password}'`, b.Pick("pg-app", "smtp", "grafana-admin"))
		b.Emit(b.Sec("k8s_secret_b64"))
	case 4:
		b.Emitf("__CURSOR=%s", b.Harm("journal_cursor"))
		b.Emitf("__REALTIME_TIMESTAMP=%d", cTime(b).UnixMicro())
		b.Emitf("_MACHINE_ID=%s", b.Harm("machine_id"))
		b.Emitf("_HOSTNAME=%s", node)
		b.Emit("SYSLOG_IDENTIFIER=kubelet")
		b.Emitf(`MESSAGE=E0314 12:00:00.000000    %d pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \"StartContainer\" with ImagePullBackOff" pod="prod/%s"`, b.N(900, 9000), b.Harm("k8s_name"))
	default:
		b.Emitf(`%s %s kubelet[%d]: W0314 12:00:00.000000    %d reflector.go:535] object-"prod"/"api-env": failed to list *v1.Secret: secrets "api-env" is forbidden`, t, node, b.N(900, 9000), b.N(900, 9000))
	}
}

func cSSHClientV(b *B) {
	host := b.Pick("bastion.example.com", "git.internal.example.com", "10.0.8.4")
	b.Emitf("OpenSSH_9.6p1 Ubuntu-3ubuntu13, OpenSSL 3.0.13 30 Jan 2024")
	b.Emitf("debug1: Connecting to %s [%s] port 22.", host, b.Harm("ipv4"))
	b.Emitf("debug1: kex: algorithm: %s", b.Harm("kex"))
	b.Emitf("debug1: Server host key: ssh-ed25519 %s", b.Harm("fingerprint"))
	switch b.r.IntN(4) {
	case 0:
		b.Emitf("debug1: Offering public key: /home/runner/.ssh/id_ed25519 ED25519 %s agent", b.Harm("fingerprint"))
		b.Emit("debug1: Authentications that can continue: publickey,password")
	case 1:
		b.Emitf("debug1: Next authentication method: %s", b.KV("status_word", "", b.Pick("password", "publickey")))
	case 2:
		b.Emitf("$ ssh-keyscan -t ed25519 %s", host)
		b.Emitf("%s %s", host, b.Harm("ssh_pubkey"))
	default:
		b.Emitf("$ sshpass -p '%s' ssh -o StrictHostKeyChecking=no deploy@%s uptime", b.Sec(b.Pick("password_human", "password_urlsafe")), host)
	}
	b.Emitf("debug1: Authenticated to %s ([%s]:22) using \"publickey\".", host, ip4(b.r))
}

func cDevCLIAuth(b *B) {
	switch b.r.IntN(7) {
	case 0:
		b.Emit("$ gh auth status -t")
		b.Emit("github.com")
		b.Emit("  ✓ Logged in to github.com account octo-dev (keyring)")
		b.Emitf("  - Token: %s", b.Sec("github_gho"))
		b.Emitf("  - Token scopes: '%s'", b.Harm("scope"))
	case 1:
		b.Emit("$ gcloud auth print-access-token")
		b.Emit(b.SP("google_oauth_access_token", "ya29."+rs(b.r, alB64URL, 150), 5))
	case 2:
		b.Emit("$ az account get-access-token --resource https://management.azure.com")
		b.EmitJSON(fmt.Sprintf(`{"accessToken":"%s","expiresOn":"%s",%s,"subscription":"%s","tenant":"%s",%s}`, b.Sec("jwt"), cTime(b).Format("2006-01-02 15:04:05.000000"), b.KV("number", `"expires_on":`, "3599"), b.Harm("uuid"), b.Harm("uuid"), b.KV("status_word", `"tokenType":`, `"Bearer"`)))
	case 3:
		b.Emit("$ cat ~/.config/acme-cli/credentials.json")
		b.EmitJSON(fmt.Sprintf(`{"github_app":{"access_token":"%s","refresh_token":"%s","refresh_token_expires_in":15897600},"updated":"%s"}`, b.Sec("github_ghu"), b.Sec("github_ghr"), b.Harm("timestamp")))
	case 4:
		b.Emit("$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/Deploy --role-session-name ci")
		b.EmitJSON(fmt.Sprintf(`{"Credentials":{"AccessKeyId":"%s","SecretAccessKey":"%s","SessionToken":"%s","Expiration":"%s"},"AssumedRoleUser":{"AssumedRoleId":"AROA%s:ci","Arn":"%s"}}`, b.Sec("aws_temp_access_key_id"), b.SecJ("aws_secret_access_key"), b.SecJ("aws_session_token"), b.Harm("timestamp"), rs(b.r, alB32, 17), b.Harm("arn_other")))
	case 5:
		b.Emit("$ heroku auth:token")
		b.Emit(" ›   Warning: token will expire 04/14/2025")
		b.Emit(b.Sec("heroku_api_key"))
	default:
		b.Emitf("$ gsutil signurl -d 10m key.json gs://acme-exports/%s", b.Harm("s3_key"))
		b.Emitf("URL\tHTTP Method\tExpiration\tSigned URL")
		b.Emitf("gs://acme-exports/report.csv\tGET\t%s\thttps://storage.googleapis.com/acme-exports/report.csv?x-goog-signature=%s&x-goog-algorithm=GOOG4-RSA-SHA256&x-goog-credential=signer%%40acme-prod.iam.gserviceaccount.com%%2F20240314%%2Fauto%%2Fstorage%%2Fgoog4_request&x-goog-date=20240314T120000Z&x-goog-expires=600&x-goog-signedheaders=host", cTime(b).Format("2006-01-02 15:04:05"), b.S("gcs_signed_url_sig", rs(b.r, alHex, 512)))
	}
}

func cTomcatAccess(b *B) {
	t := cTime(b).Format("02/Jan/2006:15:04:05 -0700")
	ip := b.Harm("ipv4")
	var path string
	switch b.r.IntN(7) {
	case 0:
		path = "/shop/cart;jsessionid=" + b.Sec("jsessionid")
	case 1:
		path = "/app/session/resume?session=" + b.Sec("session_uuid")
	case 2:
		path = "/export/invoice.pdf?expires=" + fmt.Sprint(cTime(b).Unix()) + "&sig=" + b.Sec("hmac_signature_hex")
	case 3:
		path = "/api/embed?expires=" + fmt.Sprint(cTime(b).Unix()) + "&s=" + b.Sec("hmac_signature_b64")
	case 4:
		path = "/docs/redirect?to=" + b.Harm("url_plain")
	case 5:
		path = "/api/v1/keys/" + b.Harm("key_id")
	default:
		path = "/manager/status"
	}
	b.Emitf(`%s - - [%s] "GET %s HTTP/1.1" %d %d %d`, ip, t, path, b.PickI(200, 200, 302, 403), b.N(100, 90000), b.N(1, 900))
	if b.Chance(0.2) {
		b.Emitf("%s INFO [http-nio-8080-exec-%d] org.apache.catalina.core.ApplicationContext.log Session cookie %s=%s; Path=/; HttpOnly", cTime(b).Format("02-Jan-2006 15:04:05.000"), b.N(1, 9), b.Pick("JSESSIONID", "SESSION"), b.Sec("jsessionid"))
	}
	if b.Chance(0.1) {
		b.Emitf("%s INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.trustStorePassword=%s", cTime(b).Format("02-Jan-2006 15:04:05.000"), b.Sec("password_generated"))
	}
	if b.Chance(0.08) {
		b.Emitf("Loaded assembly Acme.Interop, Version=1.0.0.0, Culture=neutral, %s", b.Harm("public_token"))
	}
}

func cPostmarkMail(b *B) {
	t := cTime(b).Format(time.RFC3339)
	switch b.r.IntN(4) {
	case 0:
		b.Emitf(`%s DEBUG postmark: POST https://api.postmarkapp.com/email headers={"Accept":"application/json","X-Postmark-Server-Token":"%s"}`, t, b.Sec("postmark_server_token"))
	case 1:
		b.EmitJSON(fmt.Sprintf(`{"RecordType":"Delivery","ServerID":%d,"MessageStream":"outbound","MessageID":"%s","Recipient":"%s","Tag":"welcome","DeliveredAt":"%s"}`, b.N(1000, 99999), b.Harm("uuid"), b.HarmJ("email"), b.Harm("timestamp")))
	case 2:
		b.Emitf(`%s INFO rate limiter %s: %d/%d`, t, b.Harm("cache_key"), b.N(1, 60), 60)
	default:
		b.EmitJSON(fmt.Sprintf(`{"RecordType":"Bounce","Type":"HardBounce","Email":"%s","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","BouncedAt":"%s"}`, b.HarmJ("email"), t))
	}
}

package eval

import (
	"fmt"
	"strings"
)

// Harmless is a kind of value that must survive byte for byte, often
// under a name that sounds sensitive.
type Harmless struct {
	name string
	keys [2]string
	gen  func(b *B) string
}

func (b *B) acct() string { return b.pick("123456789012", "210987654321", "555500001111") }

func (b *B) ts() string {
	return fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d.%03dZ", b.n(1, 12), b.n(1, 28), b.n(0, 23), b.n(0, 59), b.n(0, 59), b.n(0, 999))
}

var harmless = []Harmless{
	{"arn", [2]string{"role arn|secret arn|resource arn", "secret id|kms key arn|target arn"}, func(b *B) string {
		switch b.r.IntN(4) {
		case 0:
			return fmt.Sprintf("arn:aws:secretsmanager:us-east-1:%s:secret:%s-%s", b.acct(), b.pick("prod/db", "staging/api-key", "app/stripe"), b.alnum(6))
		case 1:
			return fmt.Sprintf("arn:aws:iam::%s:role/%s", b.acct(), b.pick("app-role", "ci-deploy", "TokenRefresher"))
		case 2:
			return fmt.Sprintf("arn:aws:kms:eu-west-1:%s:key/%s", b.acct(), b.uuid())
		}
		return fmt.Sprintf("arn:aws:ssm:us-west-2:%s:parameter/%s", b.acct(), b.pick("prod/password", "app/token"))
	}},
	{"uuid", [2]string{"id|user id|correlation id", "entity id|account uuid|object uid"}, (*B).uuid},
	{"request-id", [2]string{"request id|x request id", "x amzn trace id|req id"}, func(b *B) string {
		return b.pick("req_"+b.alnum(14), fmt.Sprintf("Root=1-%s-%s", b.hex(8), b.hex(24)), b.str(20, ualnumCS))
	}},
	{"trace-id", [2]string{"trace id|traceparent|span id", "otel trace id|trace|parent span"}, func(b *B) string {
		return b.pick(b.hex(32), "00-"+b.hex(32)+"-"+b.hex(16)+"-01", b.hex(16))
	}},
	{"git-sha", [2]string{"commit|git sha|revision", "head sha|build revision|source version"}, func(b *B) string { return b.hex(40) }},
	{"sha256-digest", [2]string{"image digest|digest", "content digest|layer|checksum sha256"}, func(b *B) string { return "sha256:" + b.hex(64) }},
	{"etag", [2]string{"etag|content md5", "if none match|checksum|md5"}, func(b *B) string { return b.hex(32) }},
	{"fingerprint", [2]string{"fingerprint|key fingerprint", "host key fingerprint|cert fingerprint"}, func(b *B) string {
		if b.chance(0.5) {
			return "SHA256:" + b.b64(43)
		}
		p := make([]string, 16)
		for i := range p {
			p[i] = b.hex(2)
		}
		return strings.Join(p, ":")
	}},
	{"thumbprint", [2]string{"thumbprint|cert thumbprint", "certificate thumbprint|signing thumbprint"}, func(b *B) string {
		p := make([]string, 20)
		for i := range p {
			p[i] = b.str(2, uhexCS)
		}
		return b.pick(strings.Join(p, ""), strings.Join(p, ":"))
	}},
	{"timestamp", [2]string{"token expires at|created at|password changed at", "expiry|last rotated|key created"}, func(b *B) string {
		return b.pick(b.ts(), fmt.Sprint(1700000000000+b.r.Int64N(40000000000)))
	}},
	{"duration", [2]string{"auth duration|latency|token ttl", "elapsed|session timeout|lease duration"}, func(b *B) string {
		return b.pick(fmt.Sprintf("%d.%03dms", b.n(0, 999), b.n(0, 999)), fmt.Sprintf("%dms", b.n(1, 9999)), fmt.Sprintf("%dm%ds", b.n(1, 59), b.n(1, 59)))
	}},
	{"counter", [2]string{"full hash pass|token count|retries", "password attempts|secret versions|key count"}, func(b *B) string {
		return fmt.Sprint(b.n(100, 999999))
	}},
	{"path", [2]string{"path|file|cert path", "mount path|key file|secret volume"}, func(b *B) string {
		return b.pick("/var/run/secrets/kubernetes.io/serviceaccount/token", "/etc/ssl/private/server.key", "/home/"+b.user()+"/.aws/credentials", "/opt/app/config/"+b.pick("prod", "staging")+".yaml", `C:\ProgramData\App\secrets.json`)
	}},
	{"s3-key", [2]string{"key|object key|s3 key", "blob name|object|storage key"}, func(b *B) string {
		return fmt.Sprintf("uploads/2024/%02d/%02d/%s.%s", b.n(1, 12), b.n(1, 28), b.str(4, lalnumCS), b.pick("png", "pdf", "json.gz"))
	}},
	{"url", [2]string{"callback url|url|token url", "auth url|jwks uri|redirect uri"}, func(b *B) string {
		return b.pick("https://"+b.host()+b.apiPath()+"?page=2&sort=asc", "https://"+b.host()+"/oauth/token", "https://"+b.host()+"/.well-known/jwks.json")
	}},
	{"email", [2]string{"email|user", "login|principal|owner"}, func(b *B) string {
		return b.user() + "@" + b.pick("example.com", "acme.io", "corp.example.org")
	}},
	{"ip", [2]string{"client ip|remote addr", "source ip|peer|x forwarded for"}, func(b *B) string {
		return b.pick(fmt.Sprintf("10.%d.%d.%d", b.n(0, 255), b.n(0, 255), b.n(1, 254)), fmt.Sprintf("203.0.113.%d", b.n(1, 254)), fmt.Sprintf("2001:db8::%x", b.n(1, 65535)))
	}},
	{"hostname", [2]string{"host|db host", "server|endpoint|upstream"}, func(b *B) string {
		return b.pick(b.host(), fmt.Sprintf("ip-10-0-%d-%d.ec2.internal", b.n(0, 255), b.n(0, 255)), b.service()+"-"+b.str(10, lalnumCS)+"-"+b.str(5, lalnumCS))
	}},
	{"windows-sid", [2]string{"sid|user sid", "security id|object sid"}, func(b *B) string {
		return fmt.Sprintf("S-1-5-21-%d-%d-%d-%d", b.n(100000000, 4000000000), b.n(100000000, 4000000000), b.n(100000000, 4000000000), b.n(500, 9999))
	}},
	{"cursor", [2]string{"next token|cursor", "page token|continuation token|marker"}, func(b *B) string {
		return strings.TrimRight(std64(fmt.Sprintf(`{"id":%d,"ts":%d}`, b.n(1, 999999), 1700000000+b.n(0, 9999999))), "=")
	}},
	{"idempotency-key", [2]string{"idempotency key", "dedupe key|x idempotency key"}, (*B).uuid},
	{"stripe-publishable-key", [2]string{"publishable key|stripe publishable key", "pk|stripe pk|public key"}, func(b *B) string {
		return b.pick("pk_live_", "pk_test_") + b.alnum(b.pick2(24, 99))
	}},
	{"ssh-public-key", [2]string{"public key|ssh key|gpg public key", "authorized key|host key|pgp key"}, func(b *B) string {
		switch b.r.IntN(3) {
		case 0:
			return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b.b64(43)
		case 1:
			return "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF" + b.b64(58) + "\n" + b.b64(64) + "\n=" + b.b64(4) + "\n-----END PGP PUBLIC KEY BLOCK-----"
		}
		return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b.b64(340)
	}},
	{"dotnet-public-key-token", [2]string{"assembly|type", "assembly qualified name|handler"}, func(b *B) string {
		return fmt.Sprintf("%s, Version=%d.0.0.0, Culture=neutral, PublicKeyToken=%s", b.pick("System.Private.CoreLib", "Microsoft.Extensions.Logging", "Newtonsoft.Json", "System.Net.Http"), b.n(4, 13),
			b.pick("b77a5c561934e089", "31bf3856ad364e35", "b03f5f7f11d50a3a", "7cec85d7bea7798e", "adb9793829ddae60", "30ad4fe6b2a6aeed", "cc7b13ffcd2ddd51"))
	}},
	{"placeholder", [2]string{"password|api key|token|secret", "passwd|auth token|client secret|private key"}, func(b *B) string {
		return b.pick("<redacted>", "****", "********", "${API_KEY}", "[FILTERED]", "REDACTED", "<your-token-here>", "{{ .Values.token }}", "%(password)s", "$DB_PASSWORD", "xxxxxxxx")
	}},
	{"key-id", [2]string{"kid|key id|api key id", "jti|signing key id|access key name"}, func(b *B) string {
		return b.pick(b.uuid(), "key-"+fmt.Sprint(b.n(2019, 2025))+"-"+fmt.Sprint(b.n(1, 12)), b.hex(40)[:16])
	}},
	{"resource-version", [2]string{"resource version|generation", "observed generation|resource ver"}, func(b *B) string { return fmt.Sprint(b.n(100000, 999999999)) }},
	{"container-id", [2]string{"container id|docker id", "container|runtime id"}, func(b *B) string {
		return b.pick("", "containerd://", "docker://") + b.hex(64)
	}},
	{"semver", [2]string{"version|app version", "release|chart version|token version"}, func(b *B) string {
		return b.pick("v", "") + fmt.Sprintf("%d.%d.%d", b.n(0, 20), b.n(0, 40), b.n(0, 99)) + b.pick("", "", "-rc.1", "+build.7")
	}},
	{"ids-signature", [2]string{"signature|alert signature", "rule name|sig name|matched signature"}, func(b *B) string {
		return b.pick("ET EXPLOIT Possible Path Traversal", "ET POLICY Outbound curl User-Agent", "GPL ATTACK_RESPONSE id check returned root", "ET SCAN Nmap Scripting Engine User-Agent Detected", "SQL Injection Attempt -- UNION SELECT")
	}},
	{"kex-algorithm", [2]string{"key exchange|kex", "kex algorithm|key exchange method"}, func(b *B) string {
		return b.pick("curve25519-sha256", "diffie-hellman-group14-sha256", "ecdh-sha2-nistp256", "sntrup761x25519-sha512@openssh.com")
	}},
	{"mime-type", [2]string{"content type|mime type", "accept|media type"}, func(b *B) string {
		return b.pick("application/json", "application/x-www-form-urlencoded", "image/png", "text/plain; charset=utf-8", "application/vnd.api+json")
	}},
}

var harmlessByName = map[string]*Harmless{}

func init() {
	for i := range harmless {
		h := &harmless[i]
		if harmlessByName[h.name] != nil {
			panic("eval: duplicate harmless kind " + h.name)
		}
		harmlessByName[h.name] = h
	}
}

// HarmlessKinds returns the names of all harmless kinds.
func HarmlessKinds() []string {
	n := make([]string, len(harmless))
	for i, h := range harmless {
		n[i] = h.name
	}
	return n
}

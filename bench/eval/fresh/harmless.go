package fresh

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"time"
)

var regions = []string{"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"}

func acct(r *rand.Rand) string { return rs(r, "123456789", 1) + rs(r, alDigit, 11) }

func ts(r *rand.Rand) time.Time {
	return time.Date(2024, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1e9), time.UTC)
}

func ip4(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), 1+r.IntN(254))
	case 1:
		return fmt.Sprintf("192.168.%d.%d", r.IntN(256), 1+r.IntN(254))
	}
	return fmt.Sprintf("%d.%d.%d.%d", 20+r.IntN(180), r.IntN(256), r.IntN(256), 1+r.IntN(254))
}

var podWords = []string{"api", "web", "worker", "billing", "checkout", "auth-gateway", "search", "ingest", "notifier", "scheduler"}

func podName(r *rand.Rand) string {
	return pick(r, podWords...) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 9+r.IntN(2)) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)
}

// harmlessGens: generators per harmless kind. None of these lets anyone
// authenticate; see doc.go.
var harmlessGens = map[string]func(*rand.Rand) string{
	"arn_role": func(r *rand.Rand) string {
		return "arn:aws:iam::" + acct(r) + ":role/" + pick(r, "eks-node-role", "GitHubActionsDeploy", "service-role/lambda-exec", "OrganizationAccountAccessRole")
	},
	"arn_secret": func(r *rand.Rand) string {
		return "arn:aws:secretsmanager:" + pick(r, regions...) + ":" + acct(r) + ":secret:" + pick(r, "prod/db/password", "rds!db-"+uuid4(r), "stripe-api-key", "ci/github-token") + "-" + rs(r, alAlnum, 6)
	},
	"arn_other": func(r *rand.Rand) string {
		return pick(r, "arn:aws:s3:::acme-"+pick(r, "uploads", "logs", "artifacts"),
			"arn:aws:lambda:"+pick(r, regions...)+":"+acct(r)+":function:"+pick(r, "thumbnailer", "token-rotator", "password-reset-mailer"),
			"arn:aws:kms:"+pick(r, regions...)+":"+acct(r)+":key/"+uuid4(r),
			"arn:aws:sts::"+acct(r)+":assumed-role/Deploy/"+pick(r, "i-0"+rs(r, alHex, 16), "botocore-session-"+rs(r, alDigit, 10)))
	},
	"uuid":        uuid4,
	"trace_id":    func(r *rand.Rand) string { return rs(r, alHex, 32) },
	"span_id":     func(r *rand.Rand) string { return rs(r, alHex, 16) },
	"traceparent": func(r *rand.Rand) string { return "00-" + rs(r, alHex, 32) + "-" + rs(r, alHex, 16) + "-01" },
	"git_sha":     func(r *rand.Rand) string { return rs(r, alHex, 40) },
	"short_sha":   func(r *rand.Rand) string { return rs(r, alHex, 7+r.IntN(5)) },
	"image_digest": func(r *rand.Rand) string {
		return pick(r, "cr.acme.example/acme/api", "cr.acme.example/mirror/nginx", "123456789012.dkr.ecr.us-east-1.amazonaws.com/billing", "cr.example.net/prometheus/node-exporter") + "@sha256:" + rs(r, alHex, 64)
	},
	"sha256_hex": func(r *rand.Rand) string { return rs(r, alHex, 64) },
	"md5_hex":    func(r *rand.Rand) string { return rs(r, alHex, 32) },
	"etag":       func(r *rand.Rand) string { return pick(r, `W/"`, `"`) + rs(r, alHex, pick2(r, 32, 40)) + `"` },
	"cursor":     cursor,
	"k8s_uid":    uuid4,
	"k8s_name":   podName,
	"file_path": func(r *rand.Rand) string {
		return pick(r, "/var/lib/", "/opt/app/", "/home/runner/work/", "/usr/src/app/") + pick(r, "config/settings.yaml", "secrets/README.md", "node_modules/express/lib/router/index.js", "src/auth/token_service.py", "keys/public.pem")
	},
	"s3_key": func(r *rand.Rand) string {
		return fmt.Sprintf("uploads/%d/%02d/%02d/%s.%s", 2023+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28), rs(r, alLower+alDigit, 4+r.IntN(8)), pick(r, "png", "jpg", "pdf", "csv.gz"))
	},
	"url_plain": func(r *rand.Rand) string {
		return pick(r, "https://api.example.com/v2/orders?page=3&per_page=50", "https://docs.acme.io/auth/tokens#rotation", "http://localhost:8080/healthz", "https://status.example.org/incidents/"+rs(r, alLower+alDigit, 12))
	},
	"email": func(r *rand.Rand) string {
		return pick(r, "alice", "bob.smith", "ops+alerts", "j.doe", "noreply") + "@" + pick(r, "example.com", "acme.io", "corp.example.net")
	},
	"ipv4": ip4,
	"ipv6": func(r *rand.Rand) string {
		return fmt.Sprintf("2001:db8:%x:%x::%x", r.IntN(65536), r.IntN(65536), 1+r.IntN(65535))
	},
	"timestamp": func(r *rand.Rand) string { return ts(r).Format(time.RFC3339Nano) },
	"duration": func(r *rand.Rand) string {
		return pick(r, fmt.Sprintf("%dms", r.IntN(3000)), fmt.Sprintf("%.3fs", r.Float64()*20), fmt.Sprintf("%dm%ds", r.IntN(10), r.IntN(60)))
	},
	"version": func(r *rand.Rand) string {
		return fmt.Sprintf("%s%d.%d.%d", pick(r, "v", ""), r.IntN(5), r.IntN(30), r.IntN(20))
	},
	"ssh_pubkey": sshPub,
	"stripe_pk":  func(r *rand.Rand) string { return "pk_live_51" + rs(r, alAlnum, 97) },
	"twilio_sid": func(r *rand.Rand) string { return "AC" + rs(r, alHex, 32) },
	"windows_sid": func(r *rand.Rand) string {
		return fmt.Sprintf("S-1-5-21-%d-%d-%d-%d", 1e9+r.IntN(3e9), 1e9+r.IntN(3e9), 1e9+r.IntN(3e9), 1000+r.IntN(9000))
	},
	"key_id":      keyID,
	"fingerprint": fingerprint,
	"placeholder": func(r *rand.Rand) string {
		return pick(r, "<redacted>", "****", "${DB_PASSWORD}", "$(DB_PASSWORD)", "{{ .Values.password }}", "[FILTERED]", "%{password}", "<your-api-key>", "REDACTED", "********")
	},
	"client_id": clientID,
	"idempotency": func(r *rand.Rand) string {
		return pick(r, uuid4(r), "ik_"+rs(r, alAlnum, 16), "order-"+rs(r, alDigit, 8)+"-retry-1")
	},
	"cache_key": func(r *rand.Rand) string {
		return pick(r, "cache:user:", "sess:meta:", "rl:token-bucket:", "v2:password-reset:count:") + rs(r, alDigit, 6)
	},
	"slack_id": func(r *rand.Rand) string { return pick(r, "C", "U", "T", "W") + rs(r, alUpper+alDigit, 10) },
	"public_token": func(r *rand.Rand) string {
		return "PublicKeyToken=" + pick(r, "b77a5c561934e089", "31bf3856ad364e35", "b03f5f7f11d50a3a", "cc7b13ffcd2ddd51")
	},
	"kex": func(r *rand.Rand) string {
		return pick(r, "curve25519-sha256", "ecdh-sha2-nistp256", "diffie-hellman-group14-sha256", "sntrup761x25519-sha512@openssh.com")
	},
	"ids_rule": func(r *rand.Rand) string {
		return pick(r, "ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)", "ET POLICY Outgoing Basic Auth Base64 HTTP Password detected unencrypted", "ET SCAN Possible SSL Brute Force attack or Site Crawl")
	},
	"status_word": func(r *rand.Rand) string {
		return pick(r, "Bearer", "password", "client_credentials", "refresh_token", "authorization_code", "publickey", "none", "api_key")
	},
	"number": func(r *rand.Rand) string { return fmt.Sprint(pick2(r, 3600, 86400, 12, 3, 0, 1)) },
	"scope": func(r *rand.Rand) string {
		return pick(r, "read:org repo workflow", "openid profile email offline_access", "https://www.googleapis.com/auth/cloud-platform", "channels:read chat:write")
	},
	"journal_cursor": func(r *rand.Rand) string {
		return "s=" + rs(r, alHex, 32) + ";i=" + rs(r, alHex, 6) + ";b=" + rs(r, alHex, 32) + ";m=" + rs(r, alHex, 9) + ";t=" + rs(r, alHex, 13) + ";x=" + rs(r, alHex, 16)
	},
	"masked_key": func(r *rand.Rand) string {
		return pick(r, "sk_live_", "rk_live_", "AKIA", "ghp_") + pick(r, "****", "********************", "...") + rs(r, alAlnum, 4)
	},
	"machine_id": func(r *rand.Rand) string { return rs(r, alHex, 32) },
	"ulid":       func(r *rand.Rand) string { return "01H" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) },
	"request_id": func(r *rand.Rand) string {
		return pick(r, "req_"+rs(r, alAlnum, 14), "evt_1"+rs(r, alAlnum, 23), "ch_3"+rs(r, alAlnum, 23), rs(r, alUpper+alDigit, 16))
	},
}

func pick2(r *rand.Rand, v ...int) int { return v[r.IntN(len(v))] }

func cursor(r *rand.Rand) string {
	j := fmt.Sprintf(`{"id":%d,"ts":%d}`, r.IntN(1e7), 1700000000+r.IntN(1e7))
	if r.IntN(2) == 0 {
		j = fmt.Sprintf(`{"last_id":"%s","dir":"next"}`, rs(r, alAlnum, 10))
	}
	return base64.StdEncoding.EncodeToString([]byte(j))
}

func sshPub(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		d := append([]byte("\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"), rbytes(r, 32)...)
		return "ssh-ed25519 " + base64.StdEncoding.EncodeToString(d)
	}
	d := append([]byte("\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01"), rbytes(r, 257)...)
	return "ssh-rsa " + base64.StdEncoding.EncodeToString(d)
}

func keyID(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return rs(r, alHex, 40) // Google-style JWKS kid
	case 1:
		return "key_" + "01H" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)
	case 2:
		return "mrk-" + rs(r, alHex, 32) // KMS multi-region key id
	}
	return rs(r, alAlnum, 8) + "-" + rs(r, alAlnum, 4) // short opaque kid
}

func fingerprint(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return "SHA256:" + base64.RawStdEncoding.EncodeToString(rbytes(r, 32))
	case 1:
		b := rbytes(r, 20)
		s := ""
		for i, x := range b {
			if i > 0 {
				s += ":"
			}
			s += fmt.Sprintf("%02X", x)
		}
		return s
	}
	return rs(r, alHexU, 40) // certificate thumbprint
}

func clientID(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return "0oa" + rs(r, alAlnum, 17) // Okta
	case 1:
		return rs(r, alDigit, 12) + "-" + rs(r, alLower+alDigit, 32) + ".apps.googleusercontent.com"
	}
	return "Iv1." + rs(r, alHex, 16) // GitHub App client id
}

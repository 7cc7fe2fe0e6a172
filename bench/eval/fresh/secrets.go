package fresh

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"net/url"
	"strings"
)

// Alphabets.
const (
	alUpper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	alLower  = "abcdefghijklmnopqrstuvwxyz"
	alDigit  = "0123456789"
	alAlnum  = alUpper + alLower + alDigit
	alHex    = "0123456789abcdef"
	alHexU   = "0123456789ABCDEF"
	alB32    = alUpper + "234567"
	alB64    = alAlnum + "+/"
	alB64URL = alAlnum + "-_"
	alBech32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
)

func rs(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func pick(r *rand.Rand, s ...string) string { return s[r.IntN(len(s))] }

func rbytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func b64std(r *rand.Rand, nbytes int) string {
	return base64.StdEncoding.EncodeToString(rbytes(r, nbytes))
}

func b64raw(r *rand.Rand, nbytes int) string {
	return base64.RawURLEncoding.EncodeToString(rbytes(r, nbytes))
}

func uuid4(r *rand.Rand) string {
	b := rbytes(r, 16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func base62(n uint32, width int) string {
	out := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		const a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		out[i] = a[n%62]
		n /= 62
	}
	return string(out)
}

// ghToken: 30 random base62 characters and a 6-character base62 CRC32, the
// shape GitHub described when it introduced prefixed tokens.
func ghToken(r *rand.Rand, prefix string) (string, int) {
	body := rs(r, alAlnum, 30)
	return prefix + body + base62(crc32.ChecksumIEEE([]byte(body)), 6), len(prefix)
}

func pemBody(r *rand.Rand, nbytes int) string { return b64std(r, nbytes) }

// PEM body lines: the base64 of random DER-ish bytes in 64-column lines.
func pemLines(r *rand.Rand, der []byte, width int) []string {
	s := base64.StdEncoding.EncodeToString(der)
	var out []string
	for len(s) > width {
		out = append(out, s[:width])
		s = s[width:]
	}
	return append(out, s)
}

// RSA-ish DER: starts with the usual SEQUENCE header so the body begins
// with "MII" like a real key.
func rsaDER(r *rand.Rand, n int) []byte {
	d := rbytes(r, n)
	d[0], d[1], d[2], d[3] = 0x30, 0x82, byte((n-4)>>8), byte(n-4)
	return d
}

func jwtSeg(v string) string { return base64.RawURLEncoding.EncodeToString([]byte(v)) }

func jwt(r *rand.Rand) string {
	alg := pick(r, "HS256", "RS256", "ES256")
	h := fmt.Sprintf(`{"alg":"%s","typ":"JWT"}`, alg)
	if alg != "HS256" {
		h = fmt.Sprintf(`{"alg":"%s","kid":"%s","typ":"JWT"}`, alg, rs(r, alHex, 16))
	}
	iat := 1710000000 + r.IntN(30000000)
	p := fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"iss":"https://%s","scope":"%s"}`,
		pick(r, "user_"+rs(r, alDigit, 6), uuid4(r), "auth0|"+rs(r, alHex, 24)), iat, iat+3600,
		pick(r, "auth.example.com/", "login.acme.io", "id.internal.example.net"), pick(r, "read write", "openid profile email", "api:all"))
	sigLen := 32
	switch alg {
	case "RS256":
		sigLen = 256
	case "ES256":
		sigLen = 64
	}
	return jwtSeg(h) + "." + jwtSeg(p) + "." + base64.RawURLEncoding.EncodeToString(rbytes(r, sigLen))
}

var firstWords = []string{"Summer", "Winter", "Autumn", "Spring", "Welcome", "Password", "Monkey", "Dragon", "Sunshine", "Football", "Chocolate", "Princess", "Letmein", "Qwerty", "Baseball", "Starwars", "Tigger", "Charlie", "Shadow", "Michael"}

// humanPassword: word + digits + punctuation, leet variants, passphrases.
func humanPassword(r *rand.Rand) string {
	w := firstWords[r.IntN(len(firstWords))]
	switch r.IntN(6) {
	case 0:
		return w + fmt.Sprint(2015+r.IntN(12)) + pick(r, "!", "#", "$", "?", "!!", "@")
	case 1:
		w = strings.NewReplacer("a", "@", "o", "0", "e", "3", "i", "1", "s", "$").Replace(w)
		return w + fmt.Sprint(r.IntN(100)) + pick(r, "!", "*", "&")
	case 2:
		words := []string{"correct", "horse", "battery", "staple", "orange", "river", "piano", "cactus", "window", "yellow", "marble", "tunnel"}
		return pick(r, words...) + "-" + pick(r, words...) + "-" + pick(r, words...) + "-" + fmt.Sprint(r.IntN(90)+10)
	case 3:
		return strings.ToLower(w) + fmt.Sprint(100+r.IntN(900))
	case 4:
		return w + "_" + pick(r, "Acme", "Prod", "Db", "Admin") + fmt.Sprint(r.IntN(10)) + "!"
	default:
		return "Tr0ub4dor&" + fmt.Sprint(r.IntN(10)) + pick(r, "x", "Q", "z")
	}
}

// genPassword: a generated password with punctuation (no spaces, no quotes).
func genPassword(r *rand.Rand) string {
	const al = alAlnum + "!#$%&*+-.=?@^_~"
	for {
		s := rs(r, al, 14+r.IntN(12))
		if strings.ContainsAny(s, alDigit) && strings.ContainsAny(s, "!#$%&*+-.=?@^_~") {
			return s
		}
	}
}

// urlPassword: a generated password that is safe in URL userinfo and in
// a semicolon-separated connection string.
func urlPassword(r *rand.Rand) string { return rs(r, alAlnum, 12+r.IntN(14)) }

// quotePassword contains a double or single quote character.
func quotePassword(r *rand.Rand) string {
	return rs(r, alAlnum, 4+r.IntN(4)) + pick(r, `"`, `'`) + rs(r, alAlnum+"!#%", 6+r.IntN(6))
}

func pfx(prefix string, body string) (string, int) { return prefix + body, len(prefix) }

// secretGens: value generators per secret format. The int is the length of
// the fixed public prefix.
var secretGens = map[string]func(*rand.Rand) (string, int){
	"aws_access_key_id":      func(r *rand.Rand) (string, int) { return pfx("AKIA", rs(r, alB32, 16)) },
	"aws_temp_access_key_id": func(r *rand.Rand) (string, int) { return pfx("ASIA", rs(r, alB32, 16)) },
	"aws_secret_access_key":  func(r *rand.Rand) (string, int) { return rs(r, alB64, 40), 0 },
	"aws_session_token": func(r *rand.Rand) (string, int) {
		return pfx(pick(r, "IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"), b64std(r, 240))
	},
	"github_ghp": func(r *rand.Rand) (string, int) { return ghToken(r, "ghp_") },
	"github_gho": func(r *rand.Rand) (string, int) { return ghToken(r, "gho_") },
	"github_ghu": func(r *rand.Rand) (string, int) { return ghToken(r, "ghu_") },
	"github_ghs": func(r *rand.Rand) (string, int) { return ghToken(r, "ghs_") },
	"github_ghr": func(r *rand.Rand) (string, int) { return ghToken(r, "ghr_") },
	"github_pat": func(r *rand.Rand) (string, int) {
		return pfx("github_pat_11", rs(r, alUpper+alDigit, 20)+"_"+rs(r, alAlnum, 59))
	},
	"gitlab_pat": func(r *rand.Rand) (string, int) { return pfx("glpat-", rs(r, alB64URL, 20)) },
	"slack_bot": func(r *rand.Rand) (string, int) {
		return pfx("xoxb-", rs(r, alDigit, 12)+"-"+rs(r, alDigit, 13)+"-"+rs(r, alAlnum, 24))
	},
	"slack_user": func(r *rand.Rand) (string, int) {
		return pfx("xoxp-", rs(r, alDigit, 12)+"-"+rs(r, alDigit, 12)+"-"+rs(r, alDigit, 13)+"-"+rs(r, alHex, 32))
	},
	"slack_app": func(r *rand.Rand) (string, int) {
		return pfx("xapp-1-", "A"+rs(r, alUpper+alDigit, 10)+"-"+rs(r, alDigit, 13)+"-"+rs(r, alHex, 64))
	},
	"slack_webhook": func(r *rand.Rand) (string, int) {
		return "T" + rs(r, alUpper+alDigit, 8) + "/B" + rs(r, alUpper+alDigit, 10) + "/" + rs(r, alAlnum, 24), 0
	},
	"stripe_secret": func(r *rand.Rand) (string, int) { return pfx("sk_live_", "51"+rs(r, alAlnum, 97)) },
	"stripe_restricted": func(r *rand.Rand) (string, int) {
		return pfx("rk_live_", "51"+rs(r, alAlnum, 97))
	},
	"stripe_webhook_secret": func(r *rand.Rand) (string, int) { return pfx("whsec_", rs(r, alAlnum, 32)) },
	"twilio_api_key":        func(r *rand.Rand) (string, int) { return pfx("SK", rs(r, alHex, 32)) },
	"twilio_auth_token":     func(r *rand.Rand) (string, int) { return rs(r, alHex, 32), 0 },
	"sendgrid":              func(r *rand.Rand) (string, int) { return pfx("SG.", rs(r, alB64URL, 22)+"."+rs(r, alB64URL, 43)) },
	"google_api_key":        func(r *rand.Rand) (string, int) { return pfx("AIza", "Sy"+rs(r, alB64URL, 33)) },
	"openai": func(r *rand.Rand) (string, int) {
		return pfx("sk-proj-", rs(r, alB64URL, 74)+"T3BlbkFJ"+rs(r, alB64URL, 74))
	},
	"openai_legacy":         func(r *rand.Rand) (string, int) { return pfx("sk-", rs(r, alAlnum, 20)+"T3BlbkFJ"+rs(r, alAlnum, 20)) },
	"anthropic":             func(r *rand.Rand) (string, int) { return pfx("sk-ant-api03-", rs(r, alB64URL, 93)+"AA") },
	"npm":                   func(r *rand.Rand) (string, int) { return pfx("npm_", rs(r, alAlnum, 36)) },
	"pypi":                  func(r *rand.Rand) (string, int) { return pfx("pypi-AgEIcHlwaS5vcmc", b64raw(r, 120)) },
	"shopify_access":        func(r *rand.Rand) (string, int) { return pfx("shpat_", rs(r, alHex, 32)) },
	"shopify_shared_secret": func(r *rand.Rand) (string, int) { return pfx("shpss_", rs(r, alHex, 32)) },
	"digitalocean":          func(r *rand.Rand) (string, int) { return pfx("dop_v1_", rs(r, alHex, 64)) },
	"vault_service":         func(r *rand.Rand) (string, int) { return pfx("hvs.", "CAESI"+rs(r, alB64URL, 86)) },
	"vault_batch":           func(r *rand.Rand) (string, int) { return pfx("hvb.", "AAAAAQ"+rs(r, alB64URL, 132)) },
	"vault_legacy":          func(r *rand.Rand) (string, int) { return pfx("s.", rs(r, alAlnum, 24)) },
	"terraform_cloud":       func(r *rand.Rand) (string, int) { return rs(r, alAlnum, 14) + ".atlasv1." + rs(r, alAlnum, 67), 0 },
	"atlassian": func(r *rand.Rand) (string, int) {
		return pfx("ATATT3xFfGF0", rs(r, alB64URL, 170)+"="+rs(r, alHexU, 8))
	},
	"azure_storage_key": func(r *rand.Rand) (string, int) { return b64std(r, 64), 0 },
	"azure_client_secret": func(r *rand.Rand) (string, int) {
		return rs(r, alAlnum, 3) + "Q~" + rs(r, alAlnum+"_.~-", 34), 0
	},
	"datadog_api_key": func(r *rand.Rand) (string, int) { return rs(r, alHex, 32), 0 },
	"datadog_app_key": func(r *rand.Rand) (string, int) { return rs(r, alHex, 40), 0 },
	"heroku_api_key":  func(r *rand.Rand) (string, int) { return uuid4(r), 0 },
	"mailgun":         func(r *rand.Rand) (string, int) { return pfx("key-", rs(r, alHex, 32)) },
	"mailchimp":       func(r *rand.Rand) (string, int) { return rs(r, alHex, 32) + "-us" + fmt.Sprint(1+r.IntN(20)), 0 },
	"square_oauth":    func(r *rand.Rand) (string, int) { return pfx("EAAA", rs(r, alB64URL, 60)) },
	"square_legacy":   func(r *rand.Rand) (string, int) { return pfx("sq0atp-", rs(r, alB64URL, 22)) },
	"linear":          func(r *rand.Rand) (string, int) { return pfx("lin_api_", rs(r, alAlnum, 40)) },
	"postman":         func(r *rand.Rand) (string, int) { return pfx("PMAK-", rs(r, alHex, 24)+"-"+rs(r, alHex, 34)) },
	"grafana_sa":      func(r *rand.Rand) (string, int) { return pfx("glsa_", rs(r, alAlnum, 32)+"_"+rs(r, alHex, 8)) },
	"grafana_cloud": func(r *rand.Rand) (string, int) {
		return pfx("glc_", jwtSeg(`{"o":"`+rs(r, alDigit, 6)+`","n":"stack-`+rs(r, alDigit, 6)+`-hm-read","k":"`+rs(r, alAlnum, 24)+`","m":{"r":"prod-us-east-0"}}`))
	},
	"sentry_org": func(r *rand.Rand) (string, int) {
		return pfx("sntrys_", jwtSeg(`{"iat":1710000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}`)+"_"+rs(r, alB64URL, 43))
	},
	"doppler":        func(r *rand.Rand) (string, int) { return pfx("dp.pt.", rs(r, alAlnum, 43)) },
	"databricks":     func(r *rand.Rand) (string, int) { return pfx("dapi", rs(r, alHex, 32)) },
	"planetscale":    func(r *rand.Rand) (string, int) { return pfx("pscale_pw_", rs(r, alB64URL, 43)) },
	"pulumi":         func(r *rand.Rand) (string, int) { return pfx("pul-", rs(r, alHex, 40)) },
	"okta_ssws":      func(r *rand.Rand) (string, int) { return pfx("00", rs(r, alB64URL, 40)) },
	"huggingface":    func(r *rand.Rand) (string, int) { return pfx("hf_", rs(r, alAlnum, 34)) },
	"age_secret_key": func(r *rand.Rand) (string, int) { return pfx("AGE-SECRET-KEY-1", rs(r, alBech32, 58)) },
	"mapbox_secret": func(r *rand.Rand) (string, int) {
		return pfx("sk.", jwtSeg(`{"u":"acme`+rs(r, alDigit, 3)+`","a":"`+rs(r, alAlnum, 25)+`"}`)+"."+rs(r, alB64URL, 22))
	},
	"client_secret": func(r *rand.Rand) (string, int) { return rs(r, alB64URL, 64), 0 },
	"jwt":           func(r *rand.Rand) (string, int) { return jwt(r), 0 },
	"basic_auth":    func(r *rand.Rand) (string, int) { return basicAuth(r), 0 },
	"bearer_opaque": func(r *rand.Rand) (string, int) { return rs(r, pick(r, alAlnum, alB64URL), 32+r.IntN(33)), 0 },
	"connect_sid": func(r *rand.Rand) (string, int) {
		return pfx("s%3A", rs(r, alB64URL, 32)+"."+url.QueryEscape(b64std(r, 32)[:43]))
	},
	"jsessionid":      func(r *rand.Rand) (string, int) { return rs(r, alHexU, 32), 0 },
	"laravel_session": func(r *rand.Rand) (string, int) { return laravelCookie(r), 0 },
	"rails_session":   func(r *rand.Rand) (string, int) { return railsCookie(r), 0 },
	"php_session":     func(r *rand.Rand) (string, int) { return rs(r, alLower+alDigit, 26), 0 },
	"csrf_token":      func(r *rand.Rand) (string, int) { return rs(r, alB64URL, 40+r.IntN(24)), 0 },
	"password_human":  func(r *rand.Rand) (string, int) { return humanPassword(r), 0 },
	"password_generated": func(r *rand.Rand) (string, int) {
		return genPassword(r), 0
	},
	"password_urlsafe":   func(r *rand.Rand) (string, int) { return urlPassword(r), 0 },
	"password_quote":     func(r *rand.Rand) (string, int) { return quotePassword(r), 0 },
	"api_key_generic":    func(r *rand.Rand) (string, int) { return rs(r, pick(r, alAlnum, alHex, alB64URL), 24+r.IntN(25)), 0 },
	"hmac_signature_hex": func(r *rand.Rand) (string, int) { return rs(r, alHex, 64), 0 },
	"hmac_signature_b64": func(r *rand.Rand) (string, int) { return b64raw(r, 32), 0 },
	"aws_presign_signature": func(r *rand.Rand) (string, int) {
		return rs(r, alHex, 64), 0
	},
	"aws_presign_security_token": func(r *rand.Rand) (string, int) {
		return url.QueryEscape("IQoJb3JpZ2luX2VjE" + b64std(r, 200)), 0
	},
	"azure_sas_sig":      func(r *rand.Rand) (string, int) { return url.QueryEscape(b64std(r, 32)), 0 },
	"wallet_private_key": func(r *rand.Rand) (string, int) { return pfx("0x", rs(r, alHex, 64)) },
	"hex_secret":         func(r *rand.Rand) (string, int) { return rs(r, alHex, 64), 0 },
	"k8s_secret_b64": func(r *rand.Rand) (string, int) {
		return base64.StdEncoding.EncodeToString([]byte(pick(r, genPassword(r), humanPassword(r), rs(r, alAlnum, 32)))), 0
	},
	"spring_generated_password": func(r *rand.Rand) (string, int) { return uuid4(r), 0 },
	"pem_line":                  func(r *rand.Rand) (string, int) { return b64std(r, 48), 0 },
	"docker_auth":               func(r *rand.Rand) (string, int) { return basicAuth(r), 0 },
	"discord_bot": func(r *rand.Rand) (string, int) {
		return jwtSeg(rs(r, alDigit, 18)) + "." + rs(r, alB64URL, 6) + "." + rs(r, alB64URL, 38), 0
	},
	"new_relic_license": func(r *rand.Rand) (string, int) { return rs(r, alHex, 36) + "NRAL", 0 },
	"artifactory":       func(r *rand.Rand) (string, int) { return pfx("AKCp8", rs(r, alAlnum, 68)) },
	"django_secret_key": func(r *rand.Rand) (string, int) {
		return pfx("django-insecure-", rs(r, alLower+alDigit+"!@#$%^&*(-_=+", 50))
	},
	"laravel_app_key":          func(r *rand.Rand) (string, int) { return pfx("base64:", b64std(r, 32)) },
	"slack_verification_token": func(r *rand.Rand) (string, int) { return rs(r, alAlnum, 24), 0 },
	"gcp_key_b64": func(r *rand.Rand) (string, int) {
		return pfx("ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs", b64std(r, 900))
	},
	"elastic_api_key": func(r *rand.Rand) (string, int) {
		return base64.StdEncoding.EncodeToString([]byte(rs(r, alB64URL, 20) + ":" + rs(r, alB64URL, 22))), 0
	},
	"session_uuid":          func(r *rand.Rand) (string, int) { return uuid4(r), 0 },
	"postmark_server_token": func(r *rand.Rand) (string, int) { return uuid4(r), 0 },
	"new_relic_user":        func(r *rand.Rand) (string, int) { return pfx("NRAK-", rs(r, alUpper+alDigit, 27)) },
}

func basicAuth(r *rand.Rand) string {
	user := pick(r, "deploy", "ci-bot", "admin", "svc_reports", "jenkins", "alice@example.com")
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + pick(r, genPassword(r), humanPassword(r), "ghp_"+rs(r, alAlnum, 36))))
}

func laravelCookie(r *rand.Rand) string {
	j := fmt.Sprintf(`{"iv":"%s","value":"%s","mac":"%s","tag":""}`, b64std(r, 16), b64std(r, 48), rs(r, alHex, 64))
	return url.QueryEscape(base64.StdEncoding.EncodeToString([]byte(j)))
}

func railsCookie(r *rand.Rand) string {
	return url.QueryEscape(b64std(r, 90)) + "--" + url.QueryEscape(b64std(r, 9)) + "--" + url.QueryEscape(b64std(r, 16))
}

// PEMBlock returns a private-key PEM block as lines: header, body lines,
// footer. kind is RSA, EC, OPENSSH or PKCS8.
func PEMBlock(r *rand.Rand, kind string) (header string, body []string, footer string) {
	switch kind {
	case "RSA":
		return "-----BEGIN RSA PRIVATE KEY-----", pemLines(r, rsaDER(r, 1190), 64), "-----END RSA PRIVATE KEY-----"
	case "EC":
		d := rbytes(r, 121)
		d[0], d[1] = 0x30, 0x77
		return "-----BEGIN EC PRIVATE KEY-----", pemLines(r, d, 64), "-----END EC PRIVATE KEY-----"
	case "OPENSSH":
		d := append([]byte("openssh-key-v1\x00"), rbytes(r, 380)...)
		return "-----BEGIN OPENSSH PRIVATE KEY-----", pemLines(r, d, 70), "-----END OPENSSH PRIVATE KEY-----"
	default:
		return "-----BEGIN PRIVATE KEY-----", pemLines(r, rsaDER(r, 1216), 64), "-----END PRIVATE KEY-----"
	}
}

package eval

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// ftag describes where a format can be planted.
type ftag uint8

const (
	tSelf ftag = 1 << iota // recognisable by its value alone (prefix, shape)
	tPass                  // a password
	tURL                   // rendered as a URL or connection string
	tHdr                   // an Authorization / Cookie header value
	tPEM                   // a PEM block (not planted in query strings)
)

// Format is one secret format. gen returns the full value written in the
// slot and the secret part of it (often the same).
type Format struct {
	name string
	tags ftag
	keys [2]string // key names for dev and held-out: "w w|w w"
	gen  func(b *B) (full, secret string)
}

func same(s string) (string, string) { return s, s }

// fixed is a value whose constant public prefix is not part of the
// secret: a scrubber may keep "pypi-AgEIcHlwaS5vcmc" or
// "access_token$production$" and still have removed the secret.
func fixed(prefix, rest string) (string, string) { return prefix + rest, rest }

func pre(prefix string, n int, cs string) func(b *B) (string, string) {
	return func(b *B) (string, string) { return same(prefix + b.str(n, cs)) }
}

// pem renders a PEM block; the secret is its body (after lead when the
// lead is a constant, long header such as OpenSSH's).
func pem(kind, lead string, lines int) func(b *B) (string, string) {
	return func(b *B) (string, string) {
		var body []string
		first := lead + b.b64(64-len(lead))
		body = append(body, first)
		for range lines - 2 {
			body = append(body, b.b64(64))
		}
		body = append(body, b.b64(b.n(8, 60))+b.pick("", "=", "=="))
		all := strings.Join(body, "\n")
		sec := all
		if len(lead) >= Window {
			sec = all[len(lead):]
		}
		return fmt.Sprintf("-----BEGIN %s-----\n%s\n-----END %s-----\n", kind, all, kind), sec
	}
}

func (b *B) jwt() string {
	alg := b.pick("HS256", "RS256", "ES256", "HS512")
	hdr := fmt.Sprintf(`{"alg":"%s","typ":"JWT"}`, alg)
	if b.chance(0.4) {
		hdr = fmt.Sprintf(`{"alg":"%s","kid":"%s","typ":"JWT"}`, alg, b.hex(16))
	}
	iat := 1700000000 + b.r.IntN(40000000)
	pl := fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"iss":"https://%s"}`, b.uuid(), iat, iat+3600, b.host())
	if b.chance(0.5) {
		pl = fmt.Sprintf(`{"user_id":%d,"role":"%s","iat":%d}`, b.r.IntN(99999), b.pick("admin", "user", "svc"), iat)
	}
	sig := map[string]int{"HS256": 43, "RS256": 342, "ES256": 86, "HS512": 86}[alg]
	return url64(hdr) + "." + url64(pl) + "." + b.b64url(sig)
}

func urlCred(f func(b *B, pw string) string) func(b *B) (string, string) {
	return func(b *B) (string, string) {
		pw := b.urlPassword()
		return f(b, pw), pw
	}
}

var formats = []Format{
	{"aws-access-key-id", tSelf, [2]string{"aws access key id|access key id", "aws key id|aws access key"}, pre("AKIA", 16, b32CS)},
	{"aws-temp-access-key-id", tSelf, [2]string{"aws access key id|access key", "sts key id|temp access key id"}, pre("ASIA", 16, b32CS)},
	{"aws-secret-access-key", 0, [2]string{"aws secret access key|secret access key", "aws secret key|aws access secret"}, pre("", 40, b64CS)},
	{"aws-session-token", 0, [2]string{"aws session token|session token", "sts session token|aws security token"}, func(b *B) (string, string) {
		return fixed(b.pick("IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE"), b.b64(b.n(200, 360)))
	}},
	{"github-pat", tSelf, [2]string{"github token|gh token", "gh pat|github access token"}, pre("ghp_", 36, alnumCS)},
	{"github-oauth", tSelf, [2]string{"github oauth token|token", "gh oauth|oauth access token"}, pre("gho_", 36, alnumCS)},
	{"github-user-to-server", tSelf, [2]string{"github token|token", "gh app user token|user token"}, pre("ghu_", 36, alnumCS)},
	{"github-server-to-server", tSelf, [2]string{"github app token|installation token", "gh installation token|actions token"}, pre("ghs_", 36, alnumCS)},
	{"github-refresh", tSelf, [2]string{"github refresh token|refresh token", "gh refresh|refresh tok"}, pre("ghr_", 36, alnumCS)},
	{"github-fine-grained-pat", tSelf, [2]string{"github pat|github token", "gh fine grained token|git token"}, func(b *B) (string, string) {
		return same("github_pat_" + b.str(22, ualnumCS+lowerCS) + "_" + b.alnum(59))
	}},
	{"gitlab-pat", tSelf, [2]string{"gitlab token|gitlab pat", "gl token|ci job pat"}, pre("glpat-", 20, b64urlCS)},
	{"gitlab-runner-token", tSelf, [2]string{"runner token|gitlab runner token", "gl runner auth|registration secret"}, pre("glrt-", 20, b64urlCS)},
	{"slack-bot-token", tSelf, [2]string{"slack bot token|slack token", "slack oauth bot|bot access token"}, func(b *B) (string, string) {
		return same("xoxb-" + b.digits(b.n(10, 13)) + "-" + b.digits(b.n(10, 13)) + "-" + b.alnum(24))
	}},
	{"slack-user-token", tSelf, [2]string{"slack user token|slack token", "slack legacy token|user oauth token"}, func(b *B) (string, string) {
		return same("xoxp-" + b.digits(11) + "-" + b.digits(11) + "-" + b.digits(13) + "-" + b.hex(32))
	}},
	{"slack-app-token", tSelf, [2]string{"slack app token|app token", "socket mode token|slack app level token"}, func(b *B) (string, string) {
		return same("xapp-1-A" + b.str(10, ualnumCS) + "-" + b.digits(13) + "-" + b.hex(64))
	}},
	{"slack-webhook", tSelf | tURL, [2]string{"slack webhook url|webhook url", "slack hook|alert webhook"}, func(b *B) (string, string) {
		s := "T" + b.str(8, ualnumCS) + "/B" + b.str(10, ualnumCS) + "/" + b.alnum(24)
		return "https://hooks.slack.com/services/" + s, s
	}},
	{"discord-webhook", tSelf | tURL, [2]string{"discord webhook url|webhook", "discord hook|notify url"}, func(b *B) (string, string) {
		s := b.b64url(68)
		return "https://discord.com/api/webhooks/" + b.digits(18) + "/" + s, s
	}},
	{"stripe-secret-key", tSelf, [2]string{"stripe secret key|stripe key", "stripe api secret|payments secret"}, func(b *B) (string, string) {
		return same(b.pick("sk_live_", "sk_test_") + b.alnum(b.pick2(24, 99)))
	}},
	{"stripe-restricted-key", tSelf, [2]string{"stripe restricted key|stripe key", "rk|stripe rk"}, func(b *B) (string, string) {
		return same("rk_live_" + b.alnum(b.pick2(24, 99)))
	}},
	{"stripe-webhook-secret", tSelf, [2]string{"stripe webhook secret|webhook secret", "endpoint secret|signing secret"}, pre("whsec_", 32, alnumCS)},
	{"twilio-api-key", tSelf, [2]string{"twilio api key|twilio key sid", "twilio sk|twilio api sid"}, pre("SK", 32, hexCS)},
	{"twilio-auth-token", 0, [2]string{"twilio auth token", "twilio token|twilio secret"}, pre("", 32, hexCS)},
	{"twilio-url", tURL, [2]string{"twilio url|sms endpoint", "twilio callback|sms api"}, func(b *B) (string, string) {
		ac := "AC" + b.hex(32)
		tok := b.hex(32)
		return fmt.Sprintf("https://%s:%s@api.twilio.com/2010-04-01/Accounts/%s/Messages.json", ac, tok, ac), tok
	}},
	{"sendgrid-api-key", tSelf, [2]string{"sendgrid api key|sendgrid key", "sg key|mail api key"}, func(b *B) (string, string) {
		return same("SG." + b.b64url(22) + "." + b.b64url(43))
	}},
	{"mailgun-api-key", tSelf, [2]string{"mailgun api key|mailgun key", "mg key|mailgun secret"}, pre("key-", 32, hexCS)},
	{"google-api-key", tSelf, [2]string{"google api key|maps api key", "gcp key|firebase api key"}, pre("AIza", 35, b64urlCS)},
	{"gcp-sa-private-key", tSelf | tPEM, [2]string{"private key", "private key pem|sa key"}, pem("PRIVATE KEY", "MIIEv", 26)},
	{"pem-rsa-private-key", tSelf | tPEM, [2]string{"private key|tls key", "rsa key|signing key pem"}, pem("RSA PRIVATE KEY", "MIIEp", 25)},
	{"pem-ec-private-key", tSelf | tPEM, [2]string{"ec private key|tls key", "ecdsa key|jwt signing key"}, pem("EC PRIVATE KEY", "MHcCAQEEI", 3)},
	{"pem-openssh-private-key", tSelf | tPEM, [2]string{"ssh private key|deploy key", "id ed25519|ssh key private"}, pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", 6)},
	{"azure-storage-connection-string", tSelf | tURL, [2]string{"azure storage connection string|storage connection", "blob conn|azurewebjobs storage"}, func(b *B) (string, string) {
		k := base64.StdEncoding.EncodeToString(b.bytes(64))
		return fmt.Sprintf("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net", b.pick("prodlogs", "stacct01", "mediastore"), k), k
	}},
	{"azure-ad-client-secret", tSelf, [2]string{"azure client secret|client secret", "aad secret|entra app secret"}, func(b *B) (string, string) {
		return same(b.str(3, alnumCS) + b.str(1, digitCS) + "Q~" + b.str(b.n(31, 34), alnumCS+"_.~-"))
	}},
	{"atlassian-api-token", tSelf, [2]string{"jira api token|atlassian token", "confluence token|atl api token"}, func(b *B) (string, string) {
		return fixed("ATATT3xFfGF0", b.b64url(170)+"="+b.str(8, uhexCS))
	}},
	{"terraform-cloud-token", tSelf, [2]string{"tfe token|terraform token", "tf api token|atlas token"}, func(b *B) (string, string) {
		return same(b.alnum(14) + ".atlasv1." + b.str(67, alnumCS))
	}},
	{"npm-token", tSelf, [2]string{"npm token|npm auth token", "node auth token|registry token"}, pre("npm_", 36, alnumCS)},
	{"pypi-token", tSelf, [2]string{"pypi token|twine password", "pypi api token|upload token"}, func(b *B) (string, string) {
		return fixed("pypi-AgEIcHlwaS5vcmc", b.b64url(b.n(70, 160)))
	}},
	{"shopify-access-token", tSelf, [2]string{"shopify access token|shopify token", "shop admin token|storefront admin key"}, pre("shpat_", 32, hexCS)},
	{"shopify-shared-secret", tSelf, [2]string{"shopify shared secret|shopify secret", "shop app secret|shopify api secret"}, pre("shpss_", 32, hexCS)},
	{"digitalocean-pat", tSelf, [2]string{"digitalocean token|do token", "doctl token|do access token"}, pre("dop_v1_", 64, hexCS)},
	{"digitalocean-oauth", tSelf, [2]string{"digitalocean oauth token|do oauth", "do refresh|doo token"}, pre("doo_v1_", 64, hexCS)},
	{"heroku-api-key", 0, [2]string{"heroku api key", "heroku api key 2|herokuapikey|heroku auth token"}, func(b *B) (string, string) { return same(b.uuid()) }},
	{"heroku-platform-token", tSelf, [2]string{"heroku api key|heroku token", "heroku oauth|herokuapikey"}, pre("HRKU-AA", 58, b64urlCS)},
	{"datadog-api-key", 0, [2]string{"datadog api key|dd api key", "dd apikey|datadog key|datadog api key 2"}, pre("", 32, hexCS)},
	{"datadog-app-key", 0, [2]string{"datadog app key|dd app key", "dd application key|datadog application key"}, pre("", 40, hexCS)},
	{"jwt", tSelf, [2]string{"id token|access token|jwt", "bearer jwt|auth jwt|session jwt"}, func(b *B) (string, string) { return same(b.jwt()) }},
	{"jwt-base64", tSelf, [2]string{"token|service account token", "encoded token|sa token"}, func(b *B) (string, string) { return same(std64(b.jwt())) }},
	{"openai-project-key", tSelf, [2]string{"openai api key|openai key", "llm api key|oai key"}, func(b *B) (string, string) {
		return same("sk-proj-" + b.b64url(74) + "T3BlbkFJ" + b.b64url(74))
	}},
	{"openai-legacy-key", tSelf, [2]string{"openai api key|openai key", "gpt key|openai secret"}, func(b *B) (string, string) {
		return same("sk-" + b.alnum(20) + "T3BlbkFJ" + b.alnum(20))
	}},
	{"anthropic-api-key", tSelf, [2]string{"anthropic api key|claude api key", "anthropic key|llm key"}, func(b *B) (string, string) {
		return fixed("sk-ant-api03-", b.b64url(93)+"AA")
	}},
	{"vault-service-token", tSelf, [2]string{"vault token", "vault auth|hashicorp vault token"}, func(b *B) (string, string) {
		return same("hvs." + b.pick("", "CAESI") + b.alnum(b.pick2(24, 90)))
	}},
	{"vault-batch-token", tSelf, [2]string{"vault token", "vault batch|vault client token"}, func(b *B) (string, string) {
		return same("hvb.AAAAAQ" + b.b64url(b.n(100, 140)))
	}},
	{"doppler-service-token", tSelf, [2]string{"doppler token", "doppler service token|secrets token"}, func(b *B) (string, string) {
		return same("dp.st." + b.pick("dev", "prd", "stg", "ci") + "." + b.alnum(40))
	}},
	{"doppler-personal-token", tSelf, [2]string{"doppler token", "doppler cli token|doppler pt"}, pre("dp.pt.", 43, alnumCS)},
	{"linear-api-key", tSelf, [2]string{"linear api key|linear token", "linear key|issue tracker key"}, pre("lin_api_", 40, alnumCS)},
	{"postman-api-key", tSelf, [2]string{"postman api key", "postman key|pm api key"}, func(b *B) (string, string) {
		return same("PMAK-" + b.hex(24) + "-" + b.hex(34))
	}},
	{"discord-bot-token", tSelf, [2]string{"discord bot token|discord token", "bot token|discord auth"}, func(b *B) (string, string) {
		id := std64(b.digits(18))
		return same(strings.TrimRight(id, "=") + "." + b.b64url(6) + "." + b.b64url(38))
	}},
	{"telegram-bot-token", tSelf, [2]string{"telegram bot token|telegram token", "tg token|bot api token"}, func(b *B) (string, string) {
		return same(b.digits(b.n(9, 10)) + ":AA" + b.b64url(33))
	}},
	{"newrelic-user-key", tSelf, [2]string{"new relic api key|newrelic key", "nr user key|new relic license"}, pre("NRAK-", 27, ualnumCS)},
	{"grafana-service-account-token", tSelf, [2]string{"grafana token|grafana api key", "grafana sa token|dashboards token"}, func(b *B) (string, string) {
		return same("glsa_" + b.alnum(32) + "_" + b.hex(8))
	}},
	{"huggingface-token", tSelf, [2]string{"hf token|huggingface token", "hugging face hub token|hf api key"}, pre("hf_", 34, lowerCS+upperCS)},
	{"databricks-token", tSelf, [2]string{"databricks token", "dbx token|databricks pat"}, pre("dapi", 32, hexCS)},
	{"age-secret-key", tSelf, [2]string{"age key|sops age key", "age identity|age secret"}, func(b *B) (string, string) { return fixed("AGE-SECRET-KEY-1", b.str(58, bech32CS)) }},
	{"dynatrace-token", tSelf, [2]string{"dynatrace api token|dt token", "dt api token|dynatrace key"}, func(b *B) (string, string) {
		return same("dt0c01." + b.str(24, ualnumCS) + "." + b.str(64, ualnumCS))
	}},
	{"sentry-user-token", tSelf, [2]string{"sentry auth token|sentry token", "sentry api token|sentry key"}, pre("sntryu_", 64, hexCS)},
	{"dockerhub-pat", tSelf, [2]string{"docker hub token|docker password", "registry pat|dockerhub token"}, pre("dckr_pat_", 27, b64urlCS)},
	{"supabase-token", tSelf, [2]string{"supabase access token|supabase token", "supabase pat|sb token"}, pre("sbp_", 40, hexCS)},
	{"pulumi-token", tSelf, [2]string{"pulumi access token|pulumi token", "pulumi key|iac token"}, pre("pul-", 40, hexCS)},
	{"planetscale-token", tSelf, [2]string{"planetscale token|pscale token", "planetscale service token|ps token"}, pre("pscale_tkn_", 43, b64urlCS)},
	{"notion-token", tSelf, [2]string{"notion token|notion api key", "notion secret|notion integration token"}, pre("ntn_", 46, alnumCS)},
	{"figma-token", tSelf, [2]string{"figma token|figma pat", "figma api token|design token"}, pre("figd_", 40, b64urlCS)},
	{"square-access-token", tSelf, [2]string{"square access token|square token", "sq token|pos access token"}, pre("sq0atp-", 22, b64urlCS)},
	{"square-oauth-secret", tSelf, [2]string{"square app secret|square secret", "sq oauth secret|pos app secret"}, pre("sq0csp-", 43, b64urlCS)},
	{"mapbox-secret-token", tSelf, [2]string{"mapbox token|mapbox secret token", "mapbox sk|maps secret"}, func(b *B) (string, string) {
		return same("sk.eyJ1Ijoi" + b.b64url(b.n(40, 60)) + "." + b.b64url(22))
	}},
	{"airtable-pat", tSelf, [2]string{"airtable token|airtable api key", "airtable pat|base token"}, func(b *B) (string, string) {
		return same("pat" + b.alnum(14) + "." + b.hex(64))
	}},
	{"buildkite-token", tSelf, [2]string{"buildkite token|buildkite api token", "bk token|buildkite agent token"}, pre("bkua_", 40, hexCS)},
	{"facebook-access-token", tSelf, [2]string{"facebook access token|fb token", "fb page token|meta token"}, func(b *B) (string, string) {
		return fixed("EAA"+b.pick("CEdEose0cBA", "B", "G"), b.alnum(b.n(120, 180)))
	}},
	{"firebase-fcm-server-key", tSelf, [2]string{"fcm server key|firebase server key", "fcm key|push server key"}, func(b *B) (string, string) {
		return same("AAAA" + b.b64url(7) + ":APA91b" + b.b64url(134))
	}},
	{"braintree-access-token", tSelf, [2]string{"braintree access token|braintree token", "paypal access token|bt token"}, func(b *B) (string, string) {
		return fixed("access_token$production$", b.str(16, lalnumCS)+"$"+b.hex(32))
	}},
	{"mailchimp-api-key", tSelf, [2]string{"mailchimp api key|mailchimp key", "mc api key|newsletter key"}, func(b *B) (string, string) {
		return same(b.hex(32) + "-us" + fmt.Sprint(b.n(1, 21)))
	}},
	{"okta-api-token", 0, [2]string{"okta api token|okta token", "okta ssws|okta key"}, func(b *B) (string, string) {
		return same("00" + b.b64url(40))
	}},
	{"cloudflare-api-token", 0, [2]string{"cloudflare api token|cf api token", "cf token|cloudflare token"}, pre("", 40, b64urlCS)},
	{"generic-api-key", 0, [2]string{"api key|apikey|x api key", "service key|app key|api access key"}, func(b *B) (string, string) {
		return same(b.alnum(b.n(32, 48)))
	}},
	{"oauth-client-secret", 0, [2]string{"oauth client secret|client secret", "oidc client secret|consumer secret|app client secret"}, func(b *B) (string, string) {
		return same(b.b64url(b.n(32, 48)))
	}},
	{"password", tPass, [2]string{"password|db password|admin password|pass", "passwd|pwd|secret pass|login password|mysql root password"}, func(b *B) (string, string) {
		return same(b.password())
	}},
	{"k8s-secret-data", 0, [2]string{"password|db password|api token", "passwd|client secret|token"}, func(b *B) (string, string) {
		return same(std64(b.password()))
	}},
	{"postgres-url", tURL, [2]string{"database url|db url", "pg dsn|datasource url"}, urlCred(func(b *B, pw string) string {
		return fmt.Sprintf("%s://%s:%s@%s:5432/%s?sslmode=require", b.pick("postgres", "postgresql"), b.user(), pw, b.pick("db", "pg-primary.internal", "10.0.3.7"), b.pick("app", "orders"))
	})},
	{"mongodb-url", tURL, [2]string{"mongo url|mongodb uri", "mongo dsn|mongo connection"}, urlCred(func(b *B, pw string) string {
		return fmt.Sprintf("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority", b.user(), pw, b.str(5, lalnumCS), b.pick("app", "test"))
	})},
	{"redis-url", tURL, [2]string{"redis url", "cache url|redis dsn"}, urlCred(func(b *B, pw string) string {
		return fmt.Sprintf("%s://%s:%s@%s:6379/%d", b.pick("redis", "rediss"), b.pick("", "default"), pw, b.pick("redis", "cache.internal"), b.n(0, 3))
	})},
	{"amqp-url", tURL, [2]string{"amqp url|rabbitmq url", "broker url|celery broker"}, urlCred(func(b *B, pw string) string {
		return fmt.Sprintf("%s://%s:%s@%s:5672/%s", b.pick("amqp", "amqps"), b.user(), pw, b.pick("rabbit", "mq.internal"), b.pick("%2F", "vhost"))
	})},
	{"mysql-url", tURL, [2]string{"mysql url|database url", "mysql dsn|db uri"}, urlCred(func(b *B, pw string) string {
		return fmt.Sprintf("mysql://%s:%s@%s:3306/%s", b.user(), pw, b.pick("mysql", "db.internal"), b.pick("shop", "wp"))
	})},
	{"jdbc-password", tURL, [2]string{"jdbc url|datasource url", "spring datasource url|jdbc connection"}, func(b *B) (string, string) {
		pw := b.str(b.n(10, 20), alnumCS+"!#$%*-._~")
		if b.chance(0.5) {
			return fmt.Sprintf("jdbc:postgresql://%s:5432/app?user=%s&password=%s&ssl=true", b.host(), b.user(), pw), pw
		}
		return fmt.Sprintf("jdbc:sqlserver://%s:1433;databaseName=app;user=%s;password=%s;encrypt=true", b.host(), b.user(), pw), pw
	}},
	{"azure-sas-signature", tURL, [2]string{"sas url|blob url", "sas uri|upload url"}, func(b *B) (string, string) {
		sig := qEsc(base64.StdEncoding.EncodeToString(b.bytes(32)))
		return fmt.Sprintf("https://%s.blob.core.windows.net/%s/%s?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-03-15T10%%3A00%%3A00Z&spr=https&sig=%s", b.pick("prodlogs", "media01"), b.pick("exports", "uploads"), b.hex(8)+".csv", sig), sig
	}},
	{"aws-presigned-signature", tURL, [2]string{"presigned url|download url", "signed url|export link"}, func(b *B) (string, string) {
		sig := b.hex(64)
		return fmt.Sprintf("https://%s.s3.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240314%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240314T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
			b.pick("exports-prod", "user-media"), b.pick("reports/q1.pdf", "a/b/c.json"), b.str(16, b32CS), sig), sig
	}},
	{"hmac-signature", 0, [2]string{"signature|sig|hmac", "x signature|request signature|hmac sha256"}, func(b *B) (string, string) {
		return same(b.pick("", "sha256=") + b.hex(64))
	}},
	{"basic-auth", tHdr, [2]string{"authorization", "proxy authorization|authorization"}, func(b *B) (string, string) {
		s := std64(b.user() + ":" + b.password())
		return "Basic " + s, s
	}},
	{"bearer-opaque", tHdr, [2]string{"authorization", "authorization|x forwarded authorization"}, func(b *B) (string, string) {
		s := b.b64url(b.n(32, 64))
		return b.pick("Bearer ", "bearer ", "Token ") + s, s
	}},
	{"session-id", 0, [2]string{"session id|sessionid|session key", "jsessionid|phpsessid|session token"}, func(b *B) (string, string) {
		return same(b.pick(b.str(32, lalnumCS), b.str(32, uhexCS), b.str(26, lalnumCS)))
	}},
	{"cookie", tHdr, [2]string{"cookie", "cookie|set cookie"}, func(b *B) (string, string) {
		name := b.voc([]string{"session", "sid", "_app_session"}, []string{"connect.sid", "SESSION", "__Host-auth", "remember_user_token"})
		s := b.b64url(b.n(32, 64))
		return fmt.Sprintf("%s=%s; %s", name, s, b.pick("theme=dark", "lang=en-US", "Path=/; HttpOnly; Secure")), s
	}},
}

func (b *B) pick2(x, y int) int {
	if b.chance(0.5) {
		return x
	}
	return y
}

var formatByName = map[string]*Format{}

func init() {
	for i := range formats {
		f := &formats[i]
		if formatByName[f.name] != nil {
			panic("eval: duplicate format " + f.name)
		}
		formatByName[f.name] = f
	}
}

// Formats returns the names of all secret formats.
func Formats() []string {
	n := make([]string, len(formats))
	for i, f := range formats {
		n[i] = f.name
	}
	return n
}

package filter

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestValueShape: every harmless shape class with examples, and the
// near-miss secrets beside them that must stay opaque.
func TestValueShape(t *testing.T) {
	for _, c := range []struct {
		v    string
		want shape
	}{
		{"", shapePlaceholder}, {"***", shapePlaceholder}, {"${API_TOKEN}", shapePlaceholder},
		{"HIDDEN_DUE_TO_SECURITY_REASONS", shapePlaceholder}, {"☺☺☺☺", shapePlaceholder}, {"[", shapePlaceholder},
		{"YES", shapeFlag}, {"false", shapeFlag},
		{"1878", shapeNumber}, {"0x14ede63a5a70000", shapeNumber},
		{"2024-03-14T10:00:00.123Z", shapeTimestamp},
		{"4f1c2b9e-7d3a-4c11-9a57-2b8e6f0d1c33", shapeUUID},
		{"9f86d081884c7d659a2feaa0c55ad015", shapeHex}, {"891f38892b0e6bd6-d71409f32c496d13", shapeHex},
		{"x/NzTINVL5AfAzJZ5aSiYJOW9uQ=", shapeHex},
		{"ab:cd:ef:01:23:45", shapeFingerprint}, {"SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8", shapeFingerprint},
		{"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/web/db", shapeResource}, {"tms-05e1e21760419ecb6", shapeResource},
		{"https://api.example.com/v1/items?page=2", shapeURL},
		{"/home/bob/src", shapePath}, {"uploads/2024/03/14/ab12.png", shapePath}, {"application/json", shapePath},
		{"AWSLogs/166157441623/CloudTrail/us-west-1/2021/04/29/166157441623_CloudTrail_us-west-1_20210429T0840Z_QcTREycd1xiqQru5.json.gz", shapePath},
		{"bob@example.com", shapeEmail},
		{"S-1-5-21-3623811015-3361044348-30300820-1013", shapeSID},
		{"fe80::1ff:fe23:4567:890a", shapeIP},
		{"api.example.com", shapeHost},
		{"ET WEB_SERVER Possible CVE-2014-6271 Attempt", shapeProse},
		{"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl", shapePublicKey},
		{"pk_live_51Hq8ZtKb3XnR2mVw9Pd4LcYs", shapePublicKey},
		{"eyJpZCI6MTIzLCJvZmZzZXQiOjUwfQ", shapeB64JSON},
		{"ValueString", shapeIdentifier}, {"Stmt1538161409", shapeIdentifier}, {"curve25519-sha256", shapeIdentifier},
		{"user_profile_settings_v2", shapeIdentifier}, {"CloudTrailInvalidClientTokenIdException", shapeIdentifier},
		{"Token{a64f992", shapeObject},
		{"%(password)s", shapePlaceholder}, {"{password}", shapePlaceholder}, {"{0}", shapePlaceholder},
		{"{hunter2}", shapeObject}, // a digit inside: not a format hole
		// Serial-stamped codes and typed runs are not generated.
		{"q6OL7fsQ018870-q6OL7fsR018870", shapeIdentifier}, {"168GjLEk027992-16027992", shapeIdentifier},
		{"c95409asssss4d44/b8a16eeeeebe269a", shapeIdentifier},
		// A damaged cursor: readable JSON first, then binary.
		{"eyJuYW1lIjoibG9jay5qcyIsInZlcnNpb24iOiIxMi4nYjOnsiYXV0aDAuanMiOiI5LjI2LjAifX0=", shapeB64JSON},
		// Secrets: opaque.
		{"Zx8Qw2Er4Ty6Ui8Op0As", shapeOpaque},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", shapeOpaque},
		{"SgVTSDKLcHdg", shapeOpaque},
		{"tok_abcdefgh12345678", shapeOpaque},
		{"Bearer abc123def456ghi", shapeOpaque},
		{"eyJwcml2YXRlX2tleSI6IngifQ", shapeOpaque},                 // base64 JSON naming a private key
		{"abcdefgh12345678", shapeOpaque},                           // one piece: not a serial code
		{"q6OL7fsQ01887a-q6OL7fsR018870", shapeOpaque},              // a piece without its serial
		{"Zx8Qw2Er4Ty6Ui8Op0Assss", shapeOpaque},                    // a run of four
		{"hvb.AAAAAQKYDC9XCOpGfEMfxFu9OlRKj6SpZ5rtJg", shapeOpaque}, // zero bytes in base64
		{"eyJhIjoBAgMEBQYHCA4PEBESExQV", shapeOpaque},               // base64 of binary after a short JSON start
		{"Quill-Harbor-7-Lantern!", shapeOpaque},
	} {
		if got := valueShape([]byte(c.v)); got != c.want {
			t.Errorf("valueShape(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}

// TestDetectionFamilies: one positive and its near miss for each family of
// the value classifier's callers.
func TestDetectionFamilies(t *testing.T) {
	st := defaultScrubber(t).NewStream()
	for _, c := range []struct{ in, want string }{
		// Sensitive parents: members by their own names.
		{`{"session":{"token":"Zx8Qw2Er4Ty6Ui8Op0As","login_time":"2024-03-14T10:00:00Z","device_id":"dev-123"}}`,
			`{"session":{"token":"[REDACTED:api-key]","login_time":"2024-03-14T10:00:00Z","device_id":"dev-123"}}`},
		{`{"credentials":{"jti":"4f1c2b9e-7d3a-4c11-9a57-2b8e6f0d1c33","password":"hunter2"}}`,
			`{"credentials":{"jti":"4f1c2b9e-7d3a-4c11-9a57-2b8e6f0d1c33","password":"[REDACTED:password]"}}`},
		{`{"apiKey":{"value":"Zx8Qw2Er4Ty6Ui8Op0As"}}`, `{"apiKey":{"value":"[REDACTED:api-key]"}}`},
		// Name/value pairs and flat pair arrays.
		{`{"env":[{"name":"DD_API_KEY","value":"0c5a8f2e9b6d4a1c7e3f5b8d2a6c9e4f"},{"name":"LOG_LEVEL","value":"0c5a8f2e9b6d4a1c"}]}`,
			`{"env":[{"name":"DD_API_KEY","value":"[REDACTED:api-key]"},{"name":"LOG_LEVEL","value":"0c5a8f2e9b6d4a1c"}]}`},
		{`{"headers":[{"value":"Bearer Zx8Qw2Er4Ty6Ui8Op0As","name":"authorization"}]}`,
			`{"headers":[{"value":"Bearer [REDACTED:authorization]","name":"authorization"}]}`},
		{`{"rawHeaders":["Host","example.com","X-Api-Key","k-1234567x"]}`, `{"rawHeaders":["Host","example.com","X-Api-Key","[REDACTED:api-key]"]}`},
		{`{"argv":["--token","Zx8Qw2Er4Ty6Ui8Op0As","--verbose"]}`, `{"argv":["--token","[REDACTED:api-key]","--verbose"]}`},
		{`{"factors":["SMS_OTP","APP_PASSWORD","GRID_CARD"]}`, `{"factors":["SMS_OTP","APP_PASSWORD","GRID_CARD"]}`},
		// Key spellings.
		{"HEROKU_API_KEY_2=Zx8Qw2Er4Ty6Ui8Op0As", "HEROKU_API_KEY_2=[REDACTED:api-key]"},
		{"HEROKUAPIKEY=Zx8Qw2Er4Ty6Ui8Op0As", "HEROKUAPIKEY=[REDACTED:api-key]"},
		{`{"AADSessionId":"8a3fc038785b43f38737827b3e25fe5b"}`, `{"AADSessionId":"[REDACTED:session]"}`},
		{`{"SubjectUserSid":"S-1-5-21-3623811015-3361044348-30300820-1013"}`, `{"SubjectUserSid":"S-1-5-21-3623811015-3361044348-30300820-1013"}`},
		{"PublicKeyToken=b77a5c561934e089", "PublicKeyToken=b77a5c561934e089"},
		// Assignment shapes.
		{`API_TOKEN ?= "Zx8Qw2Er4Ty6Ui8Op0As"`, `API_TOKEN ?= "[REDACTED:api-key]"`},
		{`$password .= "hunter2x"`, `$password .= "[REDACTED:password]"`},
		{`var password string = "hunter2x"`, `var password string = "[REDACTED:password]"`},
		{`setProperty("X_TOKEN", "Zx8Qw2Er4Ty6Ui8Op0As")`, `setProperty("X_TOKEN", "[REDACTED:api-key]")`},
		{`$cfg['db_pass'] = "Zx9pQ2wE";`, `$cfg['db_pass'] = "[REDACTED:password]";`},
		{`os.environ["API_TOKEN"] = "Zx8Qw2Er4Ty6Ui8Op0As"`, `os.environ["API_TOKEN"] = "[REDACTED:api-key]"`},
		{`ENV["DB_PASSWORD"] ||= 'Zx9pQ2wE'`, `ENV["DB_PASSWORD"] ||= '[REDACTED:password]'`},
		{"Writing [{grant_type=[client_credentials], client_secret=[Zx8Qw2Er4Ty6Ui8Op0As]}]", "Writing [{grant_type=[client_credentials], client_secret=[[REDACTED:api-key]]}]"},
		{"token=[] password_hint=[none] api_key=[1, 2]", "token=[] password_hint=[none] api_key=[1, 2]"},
		{"map[Authorization:[Bearer Zx8Qw2Er4Ty6Ui8Op0As] Content-Type:[application/json] X-Api-Key:[Zx8Qw2Er4Ty6]]",
			"map[Authorization:[Bearer [REDACTED:authorization]] Content-Type:[application/json] X-Api-Key:[[REDACTED:api-key]]]"},
		{`http.Header{"Authorization":[]string{"Bearer Zx8Qw2Er4Ty6Ui8Op0As"}, "Accept":[]string{"*/*"}}`,
			`http.Header{"Authorization":[]string{"Bearer [REDACTED:authorization]"}, "Accept":[]string{"*/*"}}`},
		{"      + password = (sensitive value)", "      + password = (sensitive value)"},
		{"password=(hidden) token: (not shown), x=1", "password=(hidden) token: (not shown), x=1"},
		{"$regKey = [Microsoft.Win32.RegistryKey]::OpenRemoteBaseKey($type, $comp)", "$regKey = [Microsoft.Win32.RegistryKey]::OpenRemoteBaseKey($type, $comp)"},
		{`if ENV["API_TOKEN"] == "Zx8Qw2Er4Ty6Ui8Op0As"`, `if ENV["API_TOKEN"] == "Zx8Qw2Er4Ty6Ui8Op0As"`},
		{`x = $_POST['password']; y = "Zx9pQ2wE"`, `x = $_POST['password']; y = "Zx9pQ2wE"`},
		{`{"type": "1Password", "raw_type": "x"}`, `{"type": "1Password", "raw_type": "x"}`},
		{"ParentValidSig=\tParentCompany=Microsoft", "ParentValidSig=\tParentCompany=Microsoft"},
		// Redis commands with quoted arguments (MONITOR).
		{`1714020105.351607 [0 10.2.1.5:3391] "AUTH" "default" "r*z~IFh6L=nC"`, `1714020105.351607 [0 10.2.1.5:3391] "AUTH" "default" "[REDACTED:command-password]"`},
		{`"HELLO" "3" "AUTH" "app" "Zx8Qw2Er4Ty6" "SETNAME" "w"`, `"HELLO" "3" "AUTH" "app" "[REDACTED:command-password]" "SETNAME" "w"`},
		{`"CONFIG" "SET" "masterauth" "Zx8Qw2Er4Ty6"`, `"CONFIG" "SET" "masterauth" "[REDACTED:command-password]"`},
		{`the "auth" "service" is down`, `the "auth" "service" is down`},
		// A '&' inside a password; the next parameter after one.
		{"mysqldump --user=root --password=hs?R&MTNm7Hw#lTH! --all-databases", "mysqldump --user=root --password=[REDACTED:password] --all-databases"},
		{"docker login -u ci -p 4u9elx&b0Fvc$Xz cr.example.com", "docker login -u ci -p [REDACTED:command-password] cr.example.com"},
		{"GET /login?password=p%40ss&next=%2Fhome", "GET /login?password=[REDACTED:password]&next=%2Fhome"},
		{"mysql -uroot -pabc123x && echo ok", "mysql -uroot -p[REDACTED:command-password] && echo ok"},
		// 256-bit hex keys with 0x; shorter 0x hex is a number.
		{"DEPLOYER_PRIVATE_KEY=0x00e92803afb2eb9c3cb207b1207467e085407b4a061d398ae5702a5a1b3adcac", "DEPLOYER_PRIVATE_KEY=[REDACTED:api-key]"},
		{"txHash=0x00e92803afb2eb9c3cb207b1207467e085407b4a061d398ae5702a5a1b3adcac session_key=0x14ed93111f20005", "txHash=0x00e92803afb2eb9c3cb207b1207467e085407b4a061d398ae5702a5a1b3adcac session_key=0x14ed93111f20005"},
		// A quoted literal after a cue is one value, '=' and all.
		{"ALTER ROLE app WITH LOGIN PASSWORD 'JZIH=ek7_*K^%*mrR~Dm'", "ALTER ROLE app WITH LOGIN PASSWORD '[REDACTED:password]'"},
		// A redacted value goes wherever else the line repeats it.
		{`WHERE "authtoken_token"."key" = '733dbc56928be0e0f1d2af5408ebbd233a7326ec' LIMIT 21; args=('733dbc56928be0e0f1d2af5408ebbd233a7326ec',)`,
			`WHERE "authtoken_token"."key" = '[REDACTED:generic-key]' LIMIT 21; args=('[REDACTED:generic-key]',)`},
		{"token=abc123def456 url=/x?t=abc123def456&a=1 other=xabc123def456", "token=[REDACTED:api-key] url=/x?t=[REDACTED:api-key]&a=1 other=xabc123def456"},
		{"parsehub token = 'vZrEclFwOqeAx' | 'vZrEclFwOqeAx'", "parsehub token = '[REDACTED:api-key]' | '[REDACTED:api-key]'"},
		{"password=Administrators group=Administrators", "password=[REDACTED:password] group=Administrators"},
		// Basic credentials outside a header; base64 JSON that holds a secret.
		{"0/0 {edge.acme.io|Basic YWRtaW46bGV0bWVpbjMzOQ==} \"GET / HTTP/1.1\"", "0/0 {edge.acme.io|Basic [REDACTED:authorization]} \"GET / HTTP/1.1\""},
		{"a Basic plan; Basic SGVsbG8gV29ybGQh is not user:password", "a Basic plan; Basic SGVsbG8gV29ybGQh is not user:password"},
		{"the config blob: eyJ0b2tlbiI6InhveGItMTUzNDc2NTgxNTMzLTI3ODQ2MTIyNDk3NTAtTzI0bTFCWXJaWFdJNTNQVll5dXRRQ0pJIn0=", "the config blob: [REDACTED:slack-bot-token]"},
		{`{"next_cursor":"eyJpZCI6MTIzNDU2LCJ0cyI6MTcwOTI4MDAwMH0="}`, `{"next_cursor":"eyJpZCI6MTIzNDU2LCJ0cyI6MTcwOTI4MDAwMH0="}`},
		// A line that is not valid JSON: its escapes are decoded too.
		{`{"":"pAssword:\"000"\"\u0041KIAQWERTYUIOPASDFGH"}`, `{"":"pAssword:\"[REDACTED:password]\"[REDACTED:aws-access-key-id]"}`},
		// Ecto's bind list: $N names the Nth element.
		{`UPDATE "users" SET "confirmation_token" = $1 WHERE "id" = $2 ["pQIxUYln3RujtGxRc0FTKTCNR2Yz", 9396]`, `UPDATE "users" SET "confirmation_token" = $1 WHERE "id" = $2 ["[REDACTED:api-key]", 9396]`},
		{`SELECT * FROM t WHERE "token" = $2 ["Zx8Qw2Er4Ty6Ui8Op0As", "x"]`, `SELECT * FROM t WHERE "token" = $2 ["Zx8Qw2Er4Ty6Ui8Op0As", "x"]`},
		{`WHERE "users"."authorization" = $1 LIMIT $2  [["authorization", "Token Zx8Qw2Er4Ty6Ui8Op0As"], ["LIMIT", 1]]`, `WHERE "users"."authorization" = $1 LIMIT $2  [["authorization", "Token [REDACTED:authorization]"], ["LIMIT", 1]]`},
		// Two-column tables (pulumi config): KEY, blanks, one VALUE.
		{"app:dbPassword          K#okxKRK?73jw4sgf#^p!_!w", "app:dbPassword          [REDACTED:password]"},
		{"password          changed", "password          changed"},
		{"db-password   Opaque   1   5d", "db-password   Opaque   1   5d"},
		// A term object that only holds the value; an object written out.
		{`source[{"query":{"term":{"session_token":{"value":"mS6S1Z_OERPFH94y4rJtTNK4j9Zt"}}}}]`, `source[{"query":{"term":{"session_token":{"value":"[REDACTED:session]"}}}}]`},
		{`password: {"min": 12, "upper": true}`, `password: {"min": 12, "upper": true}`},
		{"temporary admin password for the staging DB is Password2015#, please change it", "temporary admin password for the staging DB is [REDACTED:password], please change it"},
		// Bind parameters named by the statement: Doctrine's ?, TypeORM's $N
		// in an INSERT (every column after a redacted one is still read).
		{`UPDATE user SET api_token = ? WHERE id = ? (parameters: {"1":"Zx8Qw2Er4Ty6Ui8Op0As","2":9223})`, `UPDATE user SET api_token = ? WHERE id = ? (parameters: {"1":"[REDACTED:api-key]","2":9223})`},
		{`INSERT INTO "i"("provider", "access_token", "refresh_token") VALUES ($1, $2, $3) -- PARAMETERS: ["slack","Zx8Qw2Er4Ty6Ui8Op0As","Qm9vK2xP8rT5wZ1cV7bN"]`, `INSERT INTO "i"("provider", "access_token", "refresh_token") VALUES ($1, $2, $3) -- PARAMETERS: ["slack","[REDACTED:api-key]","[REDACTED:api-key]"]`},
		{`SELECT * FROM t WHERE name = ? (parameters: {"1":"Zx8Qw2Er4Ty6Ui8Op0As"})`, `SELECT * FROM t WHERE name = ? (parameters: {"1":"Zx8Qw2Er4Ty6Ui8Op0As"})`},
		// Python's repr of a name/value pair (Ansible's loop items).
		{"(item={'key': 'REDIS_PASSWORD', 'value': 'rCT4bYNWiirVSiMyyZ7f'})", "(item={'key': 'REDIS_PASSWORD', 'value': '[REDACTED:password]'})"},
		{"(item={'key': 'LOG_LEVEL', 'value': 'rCT4bYNWiirVSiMyyZ7f'})", "(item={'key': 'LOG_LEVEL', 'value': 'rCT4bYNWiirVSiMyyZ7f'})"},
		// Passwords echoed into a command that reads them on stdin; Sentinel.
		{`$ echo -e "mc-user\nu626*8M3OE1o" | saslpasswd2 -a memcached -c -p mc-user`, `$ echo -e "mc-user\n[REDACTED:command-password]" | saslpasswd2 -a memcached -c -p mc-user`},
		{`echo "$CI_TOKEN" | docker login -u ci --password-stdin registry`, `echo "$CI_TOKEN" | docker login -u ci --password-stdin registry`},
		{"sentinel auth-pass mymaster &e+D#!MUQ3I8OJps#sM", "sentinel auth-pass mymaster [REDACTED:command-password]"},
		// Linux audit records: the arguments decoded, hex ones too.
		{`type=EXECVE msg=audit(1.2:3): argc=5 a0="mysql" a1="-h" a2="db" a3="-uroot" a4="-p3AgGJU86slLh92"`, `type=EXECVE msg=audit(1.2:3): argc=5 a0="mysql" a1="-h" a2="db" a3="-uroot" a4="-p[REDACTED:command-password]"`},
		{`type=EXECVE msg=audit(1.2:3): argc=3 a0="pg_dump" a1="--username=b" a2=2D2D70617373776F72643D5A78397051327745`, `type=EXECVE msg=audit(1.2:3): argc=3 a0="pg_dump" a1="--username=b" a2=2D2D70617373776F72643D[REDACTED:password]`},
		{"type=PROCTITLE msg=audit(1.2:3): proctitle=6D7973716C002D7053336372337431323300", "type=PROCTITLE msg=audit(1.2:3): proctitle=6D7973716C002D70[REDACTED:command-password]00"},
		{`type=EXECVE msg=audit(1.2:3): argc=3 a0="ls" a1="-la" a2=2F746D702F612062`, `type=EXECVE msg=audit(1.2:3): argc=3 a0="ls" a1="-la" a2=2F746D702F612062`},
		// Stand-ins and labels that are no values.
		{"--- PASS: TestSigner (0.08s) and --- PASS: TestLoad/with_token (0.00s)", "--- PASS: TestSigner (0.08s) and --- PASS: TestLoad/with_token (0.00s)"},
		{"DB_PASSWORD:  <set to the key 'password' in secret 'pg-app'>  Optional: false", "DB_PASSWORD:  <set to the key 'password' in secret 'pg-app'>  Optional: false"},
		{`headers={"authorization": Sensitive, "x": 1} ssl.keystore.password = [hidden]`, `headers={"authorization": Sensitive, "x": 1} ssl.keystore.password = [hidden]`},
		{`{"client_token":"hmac-sha256:31a9c7cb22b0f39a80137f2311680f851a4642d51a0b3727bf6f0a0b96e2e80d"}`, `{"client_token":"hmac-sha256:31a9c7cb22b0f39a80137f2311680f851a4642d51a0b3727bf6f0a0b96e2e80d"}`},
		{"failed to derive vault token: alloc_id=211cd061-77b2-4352-ba98-082d2d090faf task=web", "failed to derive vault token: alloc_id=211cd061-77b2-4352-ba98-082d2d090faf task=web"},
		{"PASS=Zx9pQ2wE1 X-Shopify-Hmac-Sha256: Zx8Qw2Er4Ty6Ui8Op0As", "PASS=[REDACTED:password] X-Shopify-Hmac-Sha256: [REDACTED:url-signature]"},
		{"{'USER': 'bob', 'PASS': 'Passw0rd7397='}", "{'USER': 'bob', 'PASS': '[REDACTED:password]'}"},
		// ModSecurity's collections: ARGS:password is a member.
		{`[data "Matched Data: s&1 found within ARGS:password: ZAJKl4Ab9oIBnre"]`, `[data "Matched Data: s&1 found within ARGS:password: [REDACTED:password]"]`},
		// Named key ids of secrets: Consul's SecretID, PagerDuty's routing_key.
		{"SecretID:   c4dfeae3-577d-40be-8563-9a352a232cbd", "SecretID:   [REDACTED:api-key]"},
		{`{"routing_key":"42342a2fc047204fc9c88553d5a78466","amqp":{"routing_key":"orders.created.v1"}}`, `{"routing_key":"[REDACTED:api-key]","amqp":{"routing_key":"orders.created.v1"}}`},
		// Harmless values under secret-sounding names.
		{"accountSid: 'AC3f45f7bea5ed588c946b08520102f831', callSid=CA0a7b44023690aebfc04a9e2845354563", "accountSid: 'AC3f45f7bea5ed588c946b08520102f831', callSid=CA0a7b44023690aebfc04a9e2845354563"},
		{"password = $(DB_PASSWORD) secret=%{password} key rk_live_...TqX8 token=ghp_****abcd", "password = $(DB_PASSWORD) secret=%{password} key rk_live_...TqX8 token=ghp_****abcd"},
		{"  .dockerconfigjson: Y3ZuY3M3flhhSEY0UjV2Li4=", "  .dockerconfigjson: [REDACTED:docker-registry-auth]"},
		{"type: kubernetes.io/dockerconfigjson", "type: kubernetes.io/dockerconfigjson"},
		{`{"secretArn":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/web/db"}`, `{"secretArn":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/web/db"}`},
		{`{"objectKey":"uploads/2024/03/14/ab12.png","s3_key":"a/b/c.txt"}`, `{"objectKey":"uploads/2024/03/14/ab12.png","s3_key":"a/b/c.txt"}`},
		{`{"cursor":"eyJpZCI6MTIzLCJvZmZzZXQiOjUwfQ","publishableKey":"pk_live_51Hq8ZtKb3XnR2mVw9Pd4LcYs"}`, `{"cursor":"eyJpZCI6MTIzLCJvZmZzZXQiOjUwfQ","publishableKey":"pk_live_51Hq8ZtKb3XnR2mVw9Pd4LcYs"}`},
		{"Access denied for user 'root'@'localhost' (using password: YES)", "Access denied for user 'root'@'localhost' (using password: YES)"},
		{`{"signature":"ET EXPLOIT Possible Path Traversal"}`, `{"signature":"ET EXPLOIT Possible Path Traversal"}`},
		{"KeyExchange: curve25519-sha256", "KeyExchange: curve25519-sha256"},
		// Terminal colour codes.
		{"  \x1b[32m'x-api-key'\x1b[39m: \x1b[32m'Zx8Qw2Er4Ty6'\x1b[39m,", "  \x1b[32m'x-api-key'\x1b[39m: \x1b[32m'[REDACTED:api-key]'\x1b[39m,"},
		{"  password: \x1b[32m'hunter2x'\x1b[39m,", "  password: \x1b[32m'[REDACTED:password]'\x1b[39m,"},
	} {
		if got := string(st.AppendLine(nil, []byte(c.in))); got != c.want {
			t.Errorf("scrub(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestYAMLPairs: a Kubernetes env entry printed as YAML names its key on
// one line and holds the value on the next.
func TestYAMLPairs(t *testing.T) {
	checkStreams(t, []streamCase{
		{"    - name: DB_PASSWORD\n      value: \"Zx9pQ2wE\"\n",
			"    - name: DB_PASSWORD\n      value: \"[REDACTED:password]\"\n"},
		{"  - name: \"API_TOKEN\"\r\n    value: Zx8Qw2Er4Ty6Ui8Op0As\r\n",
			"  - name: \"API_TOKEN\"\r\n    value: [REDACTED:api-key]\r\n"},
		{"- name: GITHUB_TOKEN\n  value: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\n",
			"- name: GITHUB_TOKEN\n  value: ghp_[REDACTED:github-pat]6789\n"},
		// Near misses: the next line is not the value line at that indent,
		// the value is a reference or plain, the name is not a key.
		{"- name: API_TOKEN\n  valueFrom:\n    secretKeyRef: {name: app}\n", ""},
		{"- name: API_TOKEN\n\n  value: Zx8Qw2Er4Ty6Ui8Op0As\n", ""},
		{"- name: API_TOKEN\n    value: Zx8Qw2Er4Ty6Ui8Op0As\n", ""},
		{"- name: password_policy\n  value: strict\n", ""},
		{"- name: LOG_LEVEL\n  value: Zx8Qw2Er4Ty6Ui8Op0As\n", ""},
		{"name: API_TOKEN is unset\nvalue: Zx8Qw2Er4Ty6Ui8Op0As\n", ""},
		{"- name: DB_PASSWORD\n  value: ${DB_PASSWORD}\n", ""},
	})
}

// TestCommandOutput: a command that prints a secret, echoed in a
// transcript, and the secret on a line of its own after it, through the
// block path (the output line has no anchor of its own).
func TestCommandOutput(t *testing.T) {
	checkStreams(t, []streamCase{
		{"$ heroku auth:token\n ›   Warning: token will expire\na0a5c545-578b-44e2-bbcf-912b8c5b8c09\nnext\n",
			"$ heroku auth:token\n ›   Warning: token will expire\n[REDACTED:command-output]\nnext\n"},
		{"+ gh auth token\r\ngho_16C7e42F292c6912E7710c838347Ae178B4a\r\n", "+ gh auth token\r\ngho_[REDACTED:github-oauth-token]8B4a\r\n"},
		// Near misses: another line first, no secret asked for, prose.
		{"$ heroku auth:token\nunrelated line here\nabcdefghijkl\n", ""},
		{"$ kubectl get pods -o jsonpath='{.items[0].metadata.name}'\nweb-7d9f8c6b5-x2x4q\n", ""},
		{"run heroku auth:token to print it\nabcdefghijkl\n", ""},
	})
}

// streamCase is an input of several lines and what Copy must make of it
// ("" for: unchanged).
type streamCase struct{ in, want string }

// checkStreams scrubs each case through Copy, read whole and one byte at a
// time (multi-line state must not depend on how the input arrives).
func checkStreams(t *testing.T, cases []streamCase) {
	t.Helper()
	sc := defaultScrubber(t)
	for _, c := range cases {
		want := c.want
		if want == "" {
			want = c.in
		}
		for _, r := range []io.Reader{strings.NewReader(c.in), iotest.OneByteReader(strings.NewReader(c.in))} {
			var out bytes.Buffer
			if err := sc.NewStream().Copy(&out, r); err != nil {
				t.Fatal(err)
			}
			if out.String() != want {
				t.Errorf("scrub(%q)\n got %q\nwant %q", c.in, out.String(), want)
			}
		}
	}
}

// TestEFParameters: the bind parameters EF Core names in the SQL it logs
// are references, not values; the value bound to a sensitive name goes.
func TestEFParameters(t *testing.T) {
	const h = "957ea4d72af9b0cf7fcd59b4cf93e44e449833ea86f3788cf93dc24ef13b6639"
	checkStreams(t, []streamCase{
		{"Executed DbCommand (1ms) [Parameters=[@__token_0='" + h + "'], CommandType='Text'] SELECT * FROM Sessions WHERE Token = @__token_0\n",
			"Executed DbCommand (1ms) [Parameters=[@__token_0='[REDACTED:api-key]'], CommandType='Text'] SELECT * FROM Sessions WHERE Token = @__token_0\n"},
		{"WHERE [ApiKey] = @p12 AND [Password] = @__password_1\n", ""},
		// Near misses: not EF's names.
		{"password = @__x_\n", "password = [REDACTED:password]\n"},
		{"password = @__Summer2024_1x\n", "password = [REDACTED:password]\n"},
		{"password = @p0x\n", "password = [REDACTED:password]\n"},
	})
}

// TestEFBoundColumns: a parameter value that does not look random is
// judged by the column the logged statement binds it to.
func TestEFBoundColumns(t *testing.T) {
	const h = "957ea4d72af9b0cf7fcd59b4cf93e44e449833ea86f3788cf93dc24ef13b6639"
	const uuid = "93453434-12c3-4d43-9561-bd1ca89b1607"
	checkStreams(t, []streamCase{
		// EF Core's JSON console: the statement in the same message.
		{`{"Message":"Executed DbCommand (42ms) [Parameters=[@p0='` + h + `' (Nullable = false) (Size = 64), @p1='` + uuid + `'], CommandType='Text', CommandTimeout='30']\nUPDATE [RefreshTokens] SET [Token] = @p0 WHERE [Id] = @p1;"}` + "\n",
			`{"Message":"Executed DbCommand (42ms) [Parameters=[@p0='[REDACTED:api-key]' (Nullable = false) (Size = 64), @p1='` + uuid + `'], CommandType='Text', CommandTimeout='30']\nUPDATE [RefreshTokens] SET [Token] = @p0 WHERE [Id] = @p1;"}` + "\n"},
		{"Executed DbCommand (3ms) [Parameters=[@p0='Zx8Qw2Er4Tyq'], CommandType='Text'] SELECT * FROM [Users] AS [u] WHERE [u].[Password] = @p0\n",
			"Executed DbCommand (3ms) [Parameters=[@p0='[REDACTED:password]'], CommandType='Text'] SELECT * FROM [Users] AS [u] WHERE [u].[Password] = @p0\n"},
		{`Executed DbCommand (5ms) [Parameters=[@p0='x', @p1='` + h + `', @p2='y', @p3='` + h + `'], CommandType='Text'] INSERT INTO "ApiKeys" ("Name", "Secret") VALUES (@p0, @p1), (@p2, @p3);` + "\n",
			`Executed DbCommand (5ms) [Parameters=[@p0='x', @p1='[REDACTED:api-key]', @p2='y', @p3='[REDACTED:api-key]'], CommandType='Text'] INSERT INTO "ApiKeys" ("Name", "Secret") VALUES (@p0, @p1), (@p2, @p3);` + "\n"},
		// Near misses: a harmless column, @p10 for @p1, the statement
		// elsewhere, a column list that does not line up.
		{"Executed DbCommand (9ms) [Parameters=[@p0='" + h + "', @p1='bob@example.com'], CommandType='Text'] INSERT INTO [Users] ([PasswordHash], [Email]) VALUES (@p0, @p1);\n", ""},
		{"Executed DbCommand (9ms) [Parameters=[@p1='" + h + "'], CommandType='Text'] UPDATE [T] SET [Token] = @p10, [Etag] = @p1\n", ""},
		{"Executed DbCommand (9ms) [Parameters=[@p0='" + h + "'], CommandType='Text']\n", ""},
		{"Executed DbCommand (9ms) [Parameters=[@p0='" + h + "'], CommandType='Text'] INSERT INTO [T] ([Etag]) VALUES ('tok', @p0)\n", ""},
	})
}

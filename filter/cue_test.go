package filter

import (
	"encoding/json"
	"testing"
)

// TestCues: flags and prose cues, each beside the near miss that must stay.
func TestCues(t *testing.T) {
	checkScrub(t, []scrubCase{
		// Prose: a generated value after a cue word, up to two filler words.
		{"login failed for user admin with password Xk9#mQ2$vL7p", "login failed for user admin with password [REDACTED:password]"},
		{"set password to Xk9mQ2vL7pRt for user bob", "set password to [REDACTED:password] for user bob"},
		{"using token Zx8Qw2Er4Ty6Ui8Op0As for upload", "using token [REDACTED:api-key] for upload"},
		{"token exchange with client secret 8fG2kL9qR4tY7wE1 failed", "token exchange with client secret [REDACTED:api-key] failed"},
		{"Error: invalid api key 'Zx8Qw2Er4Ty6Ui8Op0As' provided", "Error: invalid api key '[REDACTED:api-key]' provided"},
		{"found key Zx8Qw2Er4Ty6Ui8Op0As.", "found key [REDACTED:generic-key]."},
		{"retrying with password admin:Xk9#mQ2$vL7p", "retrying with password admin:[REDACTED:password]"},
		{"password for bob is Xk9#mQ2$vL7p", "password for bob is [REDACTED:password]"},
		{"sent bearer Zx8Qw2Er4Ty6Ui8Op0As to upstream", "sent bearer [REDACTED:authorization] to upstream"},
		{"C: AUTH PLAIN AGJvYgBodW50ZXIyMjIy", "C: AUTH PLAIN [REDACTED:generic-secret]"},
		{"SET PASSWORD FOR 'bob'@'%' = 'Monkey99!';", "SET PASSWORD FOR 'bob'@'%' = '[REDACTED:password]';"},
		{"auth login failed for bob", ""},
		// A dash between blanks separates a label from its value.
		{"slack token - 'k7JXtY3WBtUqthisisfakeZDqVcjZxYI'", "slack token - '[REDACTED:api-key]'"},
		{"Generated API key \u2014 Zx8Qw2Er4Ty6Ui8Op0As for tenant acme", "Generated API key \u2014 [REDACTED:api-key] for tenant acme"},
		{"token - expired", ""}, {"password - see vault", ""}, {"token - 12345678", ""},
		{"session - 6e1081e4-4914-4761-af3d-666851adb950", ""},
		{"Authorization header: Bearer Zx8Qw2Er4Ty6Ui8Op0As", "Authorization header: Bearer [REDACTED:authorization]"},
		{"the client secret (Zx8Qw2Er4Ty6Ui8Op0As) expired", "the client secret ([REDACTED:api-key]) expired"},
		{"Bearer token expired", ""},
		{"the bearer (admin) left", ""},
		{"secret was set to Zx8Qw2Er4Ty6Ui8Op0As", "secret was set to [REDACTED:api-key]"},
		{"password for the account is not valid", ""},
		{"token for bob was revoked at 10:00", ""},
		{`{"msg":"login failed with password Xk9#mQ2$vL7p"}`, `{"msg":"login failed with password [REDACTED:password]"}`},
		// Passwords hold quotes, brackets, slashes and end in punctuation.
		{"login failed for user bob with password Dragon99)", "login failed for user bob with password [REDACTED:password]"},
		{`login failed for user bob with password "/h|Z<N{G{`, `login failed for user bob with password [REDACTED:password]`},
		{"login failed for user bob with password /po~mOH@~9(]Y", "login failed for user bob with password [REDACTED:password]"},
		{`login failed with password h$PA"i3*=w6 for bob`, `login failed with password [REDACTED:password] for bob`},
		// Prose near misses: words, numbers, ids, fields, resources.
		{"password policy updated for tenant acme", ""},
		{"token expired for user bob", ""},
		{"the password is wrong", ""},
		{"password was changed 3 times", ""},
		{"using token 12345678 for upload", ""},
		{"closing session 08d856b172f69c5c: from=<root@example.com>", ""},
		{"received webhook with signature 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
			"received webhook with signature [REDACTED:url-signature]"},
		{"rotated secret from Zx8Qw2Er4Ty6Ui8Op0As to vault", "rotated secret from [REDACTED:api-key] to vault"},
		{"client had sessionid 0x14ed93111f20005", ""},
		{"session 6e1081e4-4914-4761-af3d-666851adb950 started", ""},
		{"Private decoy secret arn:aws:secretsmanager:us-east-1:123456789012:secret:Dummy-Secret-ab12cde34f was accessed", ""},
		{"domain=NT AUTHORITY\tsrc=10.255.44.11\tuser=SYSTEM", ""},
		{"public key FLWPUBK_TEST-0c5a8f2e9b6d4a1c7e3f5b8d2a6c9e4f-X is safe to share", ""},
		{"token:Zx8Qw2Er4Ty6Ui8Op0As", "token:[REDACTED:api-key]"}, // an assignment, not a cue
		{"tokenizer Zx8Qw2Er4Ty6Ui8Op0As", ""},
		{`{"msg":"{\"Password Spray\":\"HIGH\",\"Login\":\"LOW\"}"}`, ""},
		// A password a person chose: letters with digits after the cue.
		{"login failed: password 'bobpass2024'", "login failed: password '[REDACTED:password]'"},
		{"auth error, password bobpass2024 rejected", "auth error, password [REDACTED:password] rejected"},
		{"password Dragon99", "password [REDACTED:password]"},
		// Near misses: too short, a word, a version, a digest, a date.
		{"password step2 of 3", ""}, {"password policy v2 applied", ""}, {"password schema v2.1.0", ""},
		{"password sha256:abc123def4 stored", ""}, {"password expired on 2024-03-01", ""},
		{"token abc12345 expired", ""},
		// user:password after a password cue: the password; Redis's names.
		{`htpasswd entry "admin:tigger650" is not a valid hash`, `htpasswd entry "admin:[REDACTED:password]" is not a valid hash`},
		{`password entry "admin:yes"`, ""},
		{"AUTH failed (requirepass piano-correct-tunnel-11 in redis.conf line 1036)", "AUTH failed (requirepass [REDACTED:password] in redis.conf line 1036)"},
		{"requirepass yes", ""},
		// Hex in prose: 20 digits and more under the api-key rule
		// (prose_hex_min), 32 under the others.
		{"retrying with api key ea2205a0a587224eb8ad4c30", "retrying with api key [REDACTED:api-key]"},
		{"SMTP session 08d856b1c3a2e4f5a6b7c8d9 closed", ""}, {"retrying with api key ea2205a0a5872", ""},
		// Flags: the next argument, judged as a key value.
		{"app --token Zx8Qw2Er4Ty6Ui8Op0As --verbose", "app --token [REDACTED:api-key] --verbose"},
		{`Export-Mailbox -Filter * -Password "lolol" -Archive`, `Export-Mailbox -Filter * -Password "[REDACTED:password]" -Archive`},
		{"app --password hunter2 --user bob", "app --password [REDACTED:password] --user bob"},
		// Flag near misses: another flag, a file, a number.
		{"app --password --user bob", ""},
		{"app --token-file /etc/token --password-stdin", ""},
		{"app --session 5 --key mykey.pem", ""},
	})
}

// TestShortWordNames: a name shorter than five letters that ends a longer
// key is also a noun (full_hash_pass, a pass of a hash): a number under it
// is a count. The name alone, or a string value, is still a password.
func TestShortWordNames(t *testing.T) {
	checkScrub(t, []scrubCase{
		{`{"full_hash_pass": 97850, "fullHashPass": "12"}`, ""},
		{"full_hash_pass=937556 x-full-hash-pass: 464164", ""},
		{`{"pass": 123456}`, `{"pass": "[REDACTED:password]"}`},
		{"db_pass=Zx8Qw2Er4T", "db_pass=[REDACTED:password]"},
		{"mysql_pass=hunter22", "mysql_pass=[REDACTED:password]"},
	})
}

// TestNestedJSON: a JSON document inside a JSON string is walked as one:
// its members, pairs and numbers, with the output still valid JSON.
func TestNestedJSON(t *testing.T) {
	cases := []scrubCase{
		{`{"requestbody":"{\"appSettings\":[{\"name\":\"HMAC_SECRET\",\"value\":\"Zx8Qw2Er4Ty6Ui8Op0As\"},{\"name\":\"REGION\",\"value\":\"eu-west-1\"}]}"}`,
			`{"requestbody":"{\"appSettings\":[{\"name\":\"HMAC_SECRET\",\"value\":\"[REDACTED:api-key]\"},{\"name\":\"REGION\",\"value\":\"eu-west-1\"}]}"}`},
		{`{"body":"{\"pin\":1234,\"password\":123456}"}`, `{"body":"{\"pin\":1234,\"password\":\"[REDACTED:password]\"}"}`},
		{`{"body":"{\"session\":{\"token\":\"Zx8Qw2Er4Ty6Ui8Op0As\",\"device_id\":\"dev-123\"}}"}`,
			`{"body":"{\"session\":{\"token\":\"[REDACTED:api-key]\",\"device_id\":\"dev-123\"}}"}`},
		// Not JSON inside: scanned as text.
		{`{"msg":"{not json password=hunter22"}`, `{"msg":"{not json password=[REDACTED:password]"}`},
		{`{"body":"{\"user\":\"bob\",\"roles\":[\"admin\"]}"}`, ""},
		// A structured value in an array is read as one (Node's set-cookie).
		{`{"res":{"headers":{"set-cookie":["locale=de; Path=/","theme=dark; Path=/"]}}}`, ""},
		{`{"headers":{"authorization":["Bearer abc123def456ghi789"]}}`, `{"headers":{"authorization":["Bearer [REDACTED:authorization]"]}}`},
	}
	checkScrub(t, cases)
	st := defaultScrubber(t).NewStream()
	for _, c := range cases {
		if got := st.AppendLine(nil, []byte(c.in)); !json.Valid(got) {
			t.Errorf("scrub(%q) = %q: not valid JSON", c.in, got)
		}
	}
}

// TestPasswordValues: an unquoted password runs past the punctuation it
// holds and stops at a blank, '&', a literal \r\n, or ','/';' before the
// next field; make's ::= and :::= assign.
func TestPasswordValues(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"password=@!<}X^mFC^z6$z status=4623", "password=[REDACTED:password] status=4623"},
		{"admin_password = <Fmy8_ijq9w~g=Z3", "admin_password = [REDACTED:password]"},
		{"Server=db;Password=S3cr;3t;Database=shop", "Server=db;Password=[REDACTED:password];Database=shop"},
		{"(password=hunter2)", "(password=[REDACTED:password])"},
		{"curl -d 'password=hunter2' x", "curl -d 'password=[REDACTED:password]' x"},
		{`GET / HTTP/1.1\r\nPassword: p4ss;w0rd!\r\nHost: x`, `GET / HTTP/1.1\r\nPassword: [REDACTED:password]\r\nHost: x`},
		{"password=hunter2, user=bob", "password=[REDACTED:password], user=bob"},
		// Quotes inside passwords.
		{"password=it's\"complex user=bob", "password=[REDACTED:password] user=bob"},
		{"password='it''s' user=bob", "password='[REDACTED:password]' user=bob"},
		{"password='' user=bob", ""},
		{`"password=hunter2" x`, `"password=[REDACTED:password]" x`},
		// A hex credential without a scheme is the credential, not a scheme.
		{"authorization=9f86d081884c7d659a2feaa0c55ad015 user=bob", "authorization=[REDACTED:authorization] user=bob"},
		{"authorization=Bearer abc123def456ghi user=bob", "authorization=Bearer [REDACTED:authorization] user=bob"},
		{`API_TOKEN ::= "Zx8Qw2Er4Ty6Ui8Op0As"`, `API_TOKEN ::= "[REDACTED:api-key]"`},
		{"API_TOKEN :::= Zx8Qw2Er4Ty6Ui8Op0As", "API_TOKEN :::= [REDACTED:api-key]"},
		{"token::Zx8Qw2Er4Ty6Ui8Op0As", ""},
		{"std::string token = x", ""},
	})
}

// scrubCase is one line and what scrubbing it must give ("" for the line
// itself: nothing to redact).
type scrubCase struct{ in, want string }

func checkScrub(t *testing.T, cases []scrubCase) {
	t.Helper()
	st := defaultScrubber(t).NewStream()
	for _, c := range cases {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := string(st.AppendLine(nil, []byte(c.in))); got != want {
			t.Errorf("scrub(%q)\n got %q\nwant %q", c.in, got, want)
		}
	}
}

// TestVersionedNames: a version word ending a key name is not part of it.
func TestVersionedNames(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"signature_v2=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024", "signature_v2=[REDACTED:url-signature]"},
		{"X-Api-Key-V1: Zx8Qw2Er4Ty6Ui8Op0As", "X-Api-Key-V1: [REDACTED:api-key]"},
		{"api_v2=true tokenv2=abc", ""},
		// A parameter list: each value on its own.
		{"Stripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
			"Stripe-Signature: t=1492774577,v1=[REDACTED:url-signature]"},
		{"sig=dGVzdHNpZ25hdHVyZXZhbHVlMTIzNDU2Nzg5MA== x", "sig=[REDACTED:url-signature] x"},
		// Digits that belong to the name.
		{"X-Shopify-Hmac-Sha256: dGVzdHNpZ25hdHVyZXZhbHVlMTIzNDU2Nzg5MA==", "X-Shopify-Hmac-Sha256: [REDACTED:url-signature]"},
		{"HEROKU_API_KEY_2=Zx8Qw2Er4Ty6Ui8Op0As sha256=8b307dac7ede76b69ddb9ea78905c101", "HEROKU_API_KEY_2=[REDACTED:api-key] sha256=8b307dac7ede76b69ddb9ea78905c101"},
	})
}

// TestTextPairSchemes: an Authorization value written as a struct field
// keeps its scheme and loses its credential.
func TestTextPairSchemes(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"env=[{Name:AUTHORIZATION Value:Token 0eS8Vb_cB2-iSR_QWWWICJ3Y_NoDdOZNeEwO ValueFrom:nil}]",
			"env=[{Name:AUTHORIZATION Value:Token [REDACTED:authorization] ValueFrom:nil}]"},
		{"env=[{Name:LOG_LEVEL Value:debug ValueFrom:nil}]", ""},
	})
}

// TestShortNamesAnchored: a short name that ends its key token (pat, sid)
// is found there, and words that merely begin with it are not keys.
func TestShortNamesAnchored(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"airtable_pat=Zx8Qw2Er4Ty6Ui8Op0As path=/x pattern=abc*", "airtable_pat=[REDACTED:api-key] path=/x pattern=abc*"},
		{`{"AIRTABLE_PAT":"Zx8Qw2Er4Ty6Ui8Op0As","sid":"8f14e45fceea167a5a36dedd4bea2543"}`,
			`{"AIRTABLE_PAT":"[REDACTED:api-key]","sid":"[REDACTED:session]"}`},
		{"sidecar=envoy-1.29.1 patch=2", ""},
	})
}

// TestNextWordKeys: a key name and the word after it ("Session ID:") name
// a key when together they spell one; "token is:" is the name alone.
func TestNextWordKeys(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"Login successful. Session ID: 8f14e45fceea167a5a36dedd4bea2543", "Login successful. Session ID: [REDACTED:session]"},
		{"Your join token is: abcdef.0123456789abcdef", "Your join token is: [REDACTED:api-key]"},
		{"path=/oauth/token commit=c8496e840c4cc5469399cf25d62136d0a7d7a0b8", ""},
		{"Session Timeout: 30", ""},
		{"token is: expired", ""},
	})
}

// TestSQLInsert: a column of an INSERT names the value at its position in
// VALUES (…), in text and inside a JSON string.
func TestSQLInsert(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"INSERT INTO users (name, password) VALUES ('bob', 'S3cret!Pass')", "INSERT INTO users (name, password) VALUES ('bob', '[REDACTED:password]')"},
		{`INSERT INTO "users" ("email", "api_token", "age") VALUES ('bob@x.io', 'Zx8Qw2Er4Ty6Ui8Op0As', 42)`,
			`INSERT INTO "users" ("email", "api_token", "age") VALUES ('bob@x.io', '[REDACTED:api-key]', 42)`},
		{"insert into t (password, note) values ('it''s-S3cret', 'ok')", "insert into t (password, note) values ('[REDACTED:password]', 'ok')"},
		{`{"sql":"INSERT INTO users (name, password) VALUES ('bob', 'S3cret!Pass')"}`, `{"sql":"INSERT INTO users (name, password) VALUES ('bob', '[REDACTED:password]')"}`},
		{"INSERT INTO users (name, password) VALUES (?, ?)", ""},
		{"f(password, x)", ""},
		{"INSERT INTO t (password_policy, name) VALUES ('strict', 'bob')", ""},
	})
}

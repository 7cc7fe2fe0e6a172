package filter

import "testing"

// TestPunctuatedSecrets: generated passwords and keys that hold the
// punctuation a parser takes for structure — '=' at the start, '&', '?',
// '#', brackets — and the shapes around them that stay, each beside its
// near miss.
func TestPunctuatedSecrets(t *testing.T) {
	checkScrub(t, []scrubCase{
		// A value glued to "==" starts with '='; a comparison stays.
		{"'PGPASSWORD==1Rwy~sJV&#rHhxqeVL&^F psql -h db'", "'PGPASSWORD=[REDACTED:password] psql -h db'"},
		{"name=Prometheus basicAuthPassword==-z62T?+F?OKKd x=1", "name=Prometheus basicAuthPassword=[REDACTED:password] x=1"},
		{"if pass==null then", ""},
		{"if(password==confirm.value)", ""},
		{"assert password == expected", ""},
		// '&' inside a logfmt password; '&' before a parameter in a query.
		{"http_user=ingest http_passwd=3DS7&SB_PhHZfn5AH=*@1Y (from config)", "http_user=ingest http_passwd=[REDACTED:password] (from config)"},
		{"curl -d password=hunter2x&grant_type=password", "curl -d password=[REDACTED:password]&grant_type=password"},
		{"GET /x?a=1&password=abc9&def=1", "GET /x?a=1&password=[REDACTED:password]&def=1"},
		{"POST /login body=user=bob&password=s3cr3t-x&returnUrl=/home", "POST /login body=user=bob&password=[REDACTED:password]&returnUrl=/home"},
		// A URL password written unencoded; a URL whose '@' is in its path.
		{"engine url=postgresql+psycopg2://app:U8AR^vNbN0F_9yc?xh-~I.U#@pg.internal/app", "engine url=postgresql+psycopg2://app:[REDACTED:url-credentials]@pg.internal/app"},
		{"dsn=postgresql://app:Uvke57PWI~-pNbm#P0DWDo@pg.internal:5432/app", "dsn=postgresql://app:[REDACTED:url-credentials]@pg.internal:5432/app"},
		{"see http://host:8080/a?b=c@d.com now", ""},
		{"link http://a:b#c@x now", ""},
		// Random keys with symbols under generic names.
		{"define( 'AUTH_KEY',         'wQ7KiY<{fdAt4e{aC/eFkHI$/ZgAqPL-=N33[x#y<E?ihJ4Q@I,a!TMhl,X#n*)K' );", "define( 'AUTH_KEY',         '[REDACTED:generic-secret]' );"},
		{"wp_auth_salt='9*Jkd<Q0sqFb0nkjX^CRK~;1V8{z4{uZr0Op%3;dV0;8wgYG4q,VbVj2fl2Y^P-;'", "wp_auth_salt='[REDACTED:generic-secret]'"},
		{"define( 'AUTH_KEY', 'put your unique phrase here' );", ""},
		{"auth_path=/var/log/CoreCapture/com.apple.iokit/[2017-07-03_16,07,38.954579]-io80211Family-016.pcapng", ""},
		{"auth_state=sts:5_rsn:0/IO80211AWDLPeerManager//[2017-07-03_16", ""},
		// (A placeholder's "token" in <your-token-here> read as an element
		// name: what follows holds quotes, so it is structure, not a key.)
		{`params={"private_key"=>"<your-token-here>","region"=>"eu-west-1","source_ip"=>"10.39.15.231"}`, ""},
		// The scheme alone between captured fields; its closer is kept.
		{`0/0 {api.example.com|Bearer 8tK5K28HZrlRSdJdYO23vJeGrAFsRZ7oz688hCReAn} "POST /v1/users HTTP/1.1"`, `0/0 {api.example.com|Bearer [REDACTED:authorization]} "POST /v1/users HTTP/1.1"`},
		{`{api.example.com|Bearer token expired}`, ""},
		// Redis AUTH as tracers record the statement; AUTH in words stays.
		{"     -> db.statement: Str(AUTH TrX3qj6Oyuib5P3)", "     -> db.statement: Str(AUTH [REDACTED:command-password])"},
		{"redis> AUTH default Sup3rS3cret9", "redis> AUTH default [REDACTED:command-password]"},
		{"AUTH failed for user bob", ""},
		{"AUTH OK", ""},
		{"AUTH user1 is not allowed here", ""},
		// A password with '&' echoed into a reader of stdin.
		{`$ echo -e "mc-user\n~Df87&2mOGD=YM6PJYxVHi+d*" | saslpasswd2 -a memcached -c -p mc-user`, `$ echo -e "mc-user\n[REDACTED:command-password]" | saslpasswd2 -a memcached -c -p mc-user`},
		{"$ echo hi; cat x | passwd --stdin bob", ""},
		// "===", "&&" inside a value, a one-letter "name=" that is the
		// password's start.
		{"'PGPASSWORD===LJJlzSE~5PY!%~AI62nP$- psql -h w'", "'PGPASSWORD=[REDACTED:password] psql -h w'"},
		{"if (pass===null) x", ""},
		{"app:dbPassword          +j&&7FeTh@!sB-rpq", "app:dbPassword          [REDACTED:password]"},
		{"run password=abc9x&& next", "run password=[REDACTED:password]&& next"},
		{"env.php db password: q=D^TtitLgLv8~EarZ [] []", "env.php db password: [REDACTED:password] [] []"},
		{"failed to derive vault token: alloc_id=8a3b1c task=web", ""},
		// In prose: a password holding '=' is not the next field.
		{"temporary password is FfVbb=?o1s%^&h", "temporary password is [REDACTED:password]"},
		{"login failed for user alice with password oAY-_=Z.$Hk^QF=3u", "login failed for user alice with password [REDACTED:password]"},
		{"login failed with password policy=strict for bob", ""},
		// Windows: schtasks' password switches, PowerShell's plain-text
		// secure strings; the prompts and encrypted forms stay.
		{"<Data Name='CommandLine'>schtasks /create /tn Sync /tr C:\\sync.exe /ru CORP\\svc_sync /rp eTLe4HzfR9xPqeXXOKivwsfN</Data>", "<Data Name='CommandLine'>schtasks /create /tn Sync /tr C:\\sync.exe /ru CORP\\svc_sync /rp [REDACTED:command-password]</Data>"},
		{"schtasks /query /s host /u admin /p Tr0ub4dor&3x /fo list", "schtasks /query /s host /u admin /p [REDACTED:command-password] /fo list"},
		{"schtasks /create /tn x /ru bob /rp * /sc daily", ""},
		{"schtasks /create /tn x /ru bob /rp /sc daily", ""},
		{"PS C:\\ops> $pw = ConvertTo-SecureString 'Pr1nc3$$15&' -AsPlainText -Force", "PS C:\\ops> $pw = ConvertTo-SecureString '[REDACTED:command-password]' -AsPlainText -Force"},
		{"$pw = ConvertTo-SecureString -String 'qzypn1eRu.KwB8' -AsPlainText -Force", "$pw = ConvertTo-SecureString -String '[REDACTED:command-password]' -AsPlainText -Force"},
		{"$s = ConvertTo-SecureString $enc -Key $k", ""},
	})
}

// TestSignedURLs: beside an expiry parameter, a short-named parameter with
// a random value is a signed URL's signature; without the expiry, or with a
// word for a value, it stays.
func TestSignedURLs(t *testing.T) {
	checkScrub(t, []scrubCase{
		{`65.51.125.138 - - [04/Dec/2024:00:05:51 +0000] "GET /api/embed?expires=1710133772&s=zY6eqMDPJpdYuW6O2wv3lJnq0R5npLMUSfKD9VCHYvY HTTP/1.1" 302`,
			`65.51.125.138 - - [04/Dec/2024:00:05:51 +0000] "GET /api/embed?expires=1710133772&s=[REDACTED:url-signature] HTTP/1.1" 302`},
		{`GET /v.mp4?h=Qk9mQ2vL7pRt4wZx8Yb3nC6hJ0fA&expiry=1710133772 200`, `GET /v.mp4?h=[REDACTED:url-signature]&expiry=1710133772 200`},
		{`{"msg":"redirect","url":"https://img.example.com/a.png?expires=1710133772&s=zY6eqMDPJpdYuW6O2wv3lJnq0R5npLMUSfKD9VCHYvY","n":1}`,
			`{"msg":"redirect","url":"https://img.example.com/a.png?expires=1710133772&s=[REDACTED:url-signature]","n":1}`},
		{`GET /x?s=large&expires=1710133772&sort=name 200`, ""},
		{`GET /search?s=zY6eqMDPJpdYuW6O2wv3lJnq0R5npLMUSfKD9VCHYvY 200`, ""},
		{`Set-Cookie: a=b; expires=Thu, 01 Jan 2027 00:00:00 GMT`, ""},
		{`GET /x?expires=1710133772&t=1710133000&k=thumbnail_large_v2 200`, ""},
	})
}

// TestKeyIDAndSecret: an API key written id:secret keeps its id.
func TestKeyIDAndSecret(t *testing.T) {
	checkScrub(t, []scrubCase{
		{`    api_key => "WQBXswjrwTHSbvS8py5X:wohJnAMtyfRNAOojXDQFTI"`, `    api_key => "WQBXswjrwTHSbvS8py5X:[REDACTED:api-key]"`},
		{`api_key=PfcwJk8-NCKyeSA6ILA7:yjeH9Mrtqu6JAszjxcpUWS`, `api_key=PfcwJk8-NCKyeSA6ILA7:[REDACTED:api-key]`},
		// Not id:secret: too short a part, or a password (all of it goes).
		{`api_key=abc:yjeH9Mrtqu6JAszjxcpUWS`, `api_key=[REDACTED:api-key]`},
		{`password=PfcwJk8-NCKyeSA6ILA7:yjeH9Mrtqu6JAszjxcpUWS`, `password=[REDACTED:password]`},
	})
}

// TestRubySymbolKeys: a Ruby hash's inspect form names its keys as
// symbols; a scope (std::password) or a word glued to a colon stays.
func TestRubySymbolKeys(t *testing.T) {
	checkScrub(t, []scrubCase{
		{`{:password=>"Sup3r-S3cret!", :api_key=>"Zx8Qw2Er4Ty6Ui8Op0As2Df4", :name=>"bob"}`, `{:password=>"[REDACTED:password]", :api_key=>"[REDACTED:api-key]", :name=>"bob"}`},
		{`params: {:user=>"bob", :token => "Zx8Qw2Er4Ty6Ui8Op0As2Df4"}`, `params: {:user=>"bob", :token => "[REDACTED:api-key]"}`},
		{`std::password => x`, ""},
		{`a:password=>"keep-me-123"`, ""},
	})
}

// TestHexKeysInProse: 0x and 32 hex digits or more after a key cue is a
// key (an Ethereum private key); addresses and hashes named otherwise stay.
func TestHexKeysInProse(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"eth private key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "eth private key [REDACTED:api-key]"},
		{"using private key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 for signing", "using private key [REDACTED:api-key] for signing"},
		{"contract at 0x742d35Cc6634C0532925a3b844Bc454e4438f44e called", ""},
		{"tx hash 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed", ""},
		{"key 0x1f stored", ""},
	})
}

// TestCredentialPairsInProse: user and password written apart.
func TestCredentialPairsInProse(t *testing.T) {
	checkScrub(t, []scrubCase{
		{"credentials: bob / Xk9mQ2vL7pRt", "credentials: bob / [REDACTED:password]"},
		{"user bob changed password from Xk9mQ2vL7pRt to Yb8nC6hJ0fA5.", "user bob changed password from [REDACTED:password] to [REDACTED:password]."},
		{"user bob changed password from Xk9mQ2vL7pRt to expire in 90 days", "user bob changed password from [REDACTED:password] to expire in 90 days"},
		{"basic_auth=true", ""},
		{"basic auth enabled for /admin", ""},
	})
}

// TestPunctuatedValuesAllocateNothing: the value-end tests this family
// added run inside values, and allocate nothing.
func TestPunctuatedValuesAllocateNothing(t *testing.T) {
	st := defaultScrubber(t).NewStream()
	for _, l := range []string{
		"http_user=ingest http_passwd=3DS7&SB_PhHZfn5AH=*@1Y x=1 curl -d password=hunter2x&grant_type=password 'PGPASSWORD===LJJlzSE~5PY!%~AI62nP$- psql'",
		"engine url=postgresql+psycopg2://app:U8AR^vNbN0F_9yc?xh-~I.U#@pg.internal/app {api.example.com|Bearer 8tK5K28HZrlRSdJdYO23vJeG} Str(AUTH TrX3qj6Oyuib5P3)",
		`$ echo -e "mc-user\n~Df87&2mOGD=YM6PJYxVHi+d*" | saslpasswd2 -a memcached; schtasks /create /ru bob /rp eTLe4HzfR9xPqeXX`,
		"$pw = ConvertTo-SecureString 'Pr1nc3$$15&' -AsPlainText GET /a?expires=1710133772&s=zY6eqMDPJpdYuW6O2wv3lJnq0R5np api_key=PfcwJk8-NCKyeSA6ILA7:yjeH9Mrtqu6JAszjxcpUWS",
		`{:password=>"Sup3r-S3cret!"} define( 'AUTH_KEY', 'wQ7KiY<{fdAt4e{aC/eFkHI$/ZgAqPL-=N33[x#y<E?ihJ4Q@I,a!TMhl' ); credentials: bob / Xk9mQ2vL7pRt`,
		"seed phrase: legal winner thank year wave sausage worth useful legal winner thank yellow; changed password from Xk9mQ2vL7pRt to Yb8nC6hJ0fA5 key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
	} {
		line := []byte(l)
		var out []byte
		out = st.AppendLine(out[:0], line)
		if n := testing.AllocsPerRun(50, func() { out = st.AppendLine(out[:0], line) }); n != 0 {
			t.Errorf("%v allocations per line: %s", n, l)
		}
	}
}

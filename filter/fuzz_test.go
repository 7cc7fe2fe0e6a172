package filter_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"

	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/rules"
)

// FuzzScrub checks the stream invariants on arbitrary input: no panic; the
// same lines with the same endings; a valid JSON line stays valid; the
// output does not depend on how the input is chunked; and scrubbing the
// output again changes nothing.
func FuzzScrub(f *testing.F) {
	ins, _ := filepath.Glob("../testdata/golden/*.in")
	for _, in := range ins {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"password=hunter2\n", `{"a":{"password":[1,"x",{"b":null}]}}`, "Cookie: a=1; b=2\r\n",
		"-----BEGIN RSA PRIVATE KEY-----\nAAAA\n", `{"k":"\u0070assword=x"}`, "x://a:b@c", "\xff\x00password:\xfe",
		`{"msg":"{\"token\":\"abcdefgh1234\"}"}`, "Authorization: Digest a=\"b\"", "curl -u a:b http://x",
		// Cues, flags, commands, text pairs, nested JSON, percent encoding.
		"login failed with password Xk9#mQ2$vL7p", "app --token Zx8Qw2Er4Ty6 -p", "mysql -u r -pS3cr;t x | sshpass -p 'a",
		"{Name:API_KEY Value:${X} ValueFrom:nil} name=TOKEN value=", `{"b":"{\"p\":1,\"password\":2,\"x\":[{\"name\":\"K_TOKEN\",\"value\":3}]}"}`,
		"GET /?u=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT%2F%40&password=%24X%", `["--password","x",["authorization"`,
		"password=a(b)c)d<e>'\\r\\n", "IDENTIFIED BY 'x' credentials a:b:c", "\x1b[31mtoken=\x1b[0m\x1b]8;;x\x07",
		// Decoders: Basic base64 (padded and not), base64 JSON, audit hex.
		"Basic YWRtaW46cGFzc3dvcmQxMjM x Basic A===B=== Basic ========", "eyJ==== eyJ0b2tlbiI6InhveGItMSJ9",
		"type=EXECVE argc=2 a0=6D7973716C a1=2D70 a2=\"-pX\" proctitle=00FF", "$ heroku auth:token\n\nX\n",
		// Punctuated values and the detectors of this family.
		"PGPASSWORD===x&&y q=D^ http_passwd=3DS&SB_Ph=*@1 pass==null", "postgresql://app:U8A^v?x#@pg.internal/app?#@",
		"{api.example.com|Bearer 8tK5K28HZrl} Str(AUTH a b) AUTH PLAIN x", `echo -e "u\n~D&2m" | saslpasswd2 -a`,
		"schtasks /create /rp /p x</Data> ConvertTo-SecureString -String 'p' -AsPlainText",
		"GET /a?expires=1&s=zY6eqMDPJpdYuW6O2wv3lJnq&expires=&s= api_key=PfcwJk8-NCKyeSA6ILA7:yjeH9Mrtqu6JAszjxcpUWS",
		"define( 'AUTH_KEY', 'wQ7KiY<{fdAt4e{aC/eFkHI$/ZgAqPL-=N33[x#y<E?ihJ4' );",
		"Executed DbCommand [Parameters=[@p0='ab', @p1='c'], x] INSERT INTO [T] ([Token], [A]) VALUES (@p0, @p1), (@p1, ( SET [Token] = @p1 VALUES )",
		// Pairs, object names, session stores.
		"Mongoose: sessions.findOne({ '_id': 'RkT3xq9vZb2LmN8p' }) \"sess:RkT3xq9vZb2LmN8p\" sessions.x({_id:'",
		`["e8d28a79023c39c200661fccd268a29a","ACeee65f53e9421ce50211670eae679f02"] AC0123456789abcdef0123456789abcdef:`,
		`{"metadata":{"name":"sha256~Yn9ZhyiA4uoRgnatmUdjAWtGSU8po_799NksnRH9ucA"}} /sha256~`,
	} {
		f.Add([]byte(s))
	}
	sc := newScrubber(f, filter.Options{})
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		if err := sc.NewStream().Copy(&out, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		got := out.Bytes()
		li, lo := splitLines(in), splitLines(got)
		if len(li) != len(lo) {
			t.Fatalf("%d lines in, %d out\nin:  %q\nout: %q", len(li), len(lo), in, got)
		}
		for i := range li {
			if ending(li[i]) != ending(lo[i]) {
				t.Fatalf("line %d: ending %q became %q", i, ending(li[i]), ending(lo[i]))
			}
			ci := bytes.TrimSuffix(bytes.TrimSuffix(li[i], []byte("\n")), []byte("\r"))
			co := bytes.TrimSuffix(bytes.TrimSuffix(lo[i], []byte("\n")), []byte("\r"))
			if isJSONDoc(ci) && json.Valid(ci) && !json.Valid(co) {
				t.Fatalf("valid JSON became invalid:\nin:  %q\nout: %q", ci, co)
			}
		}
		var chunked bytes.Buffer
		if err := sc.NewStream().Copy(&chunked, iotest.OneByteReader(bytes.NewReader(in))); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(chunked.Bytes(), got) {
			t.Fatalf("one-byte reads changed the output:\n%q\n%q", got, chunked.Bytes())
		}
		var again bytes.Buffer
		if err := sc.NewStream().Copy(&again, bytes.NewReader(got)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), got) {
			t.Fatalf("not idempotent:\nin:    %q\nonce:  %q\ntwice: %q", in, got, again.Bytes())
		}
	})
}

var _ io.Reader = iotest.OneByteReader(nil)

// isJSONDoc: a JSON object or array line — what JSON logs are. (A bare
// number can also be a line of a PEM body, which is redacted.)
func isJSONDoc(b []byte) bool {
	t := bytes.TrimLeft(b, " \t")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// FuzzStyles: the partial and hash styles keep the same invariants as the
// mask style — lines, endings, JSON validity — and the secret-free bytes
// around a replacement; partial scrubbing is also idempotent.
func FuzzStyles(f *testing.F) {
	for _, s := range []string{
		"password=hunter2\n", `{"a":{"password":[1,"x",{"b":null}]},"t":"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"}`,
		"Cookie: a=12345678; b=abcdefgh\r\n", `{"k":"\u0070assword=abcdefgh1"}`, "x AKIAQWERTYUIOPASDFGH y",
	} {
		f.Add([]byte(s))
	}
	partial := newScrubber(f, filter.Options{Style: rules.StylePartial})
	hash := newScrubber(f, filter.Options{Style: rules.StyleHash, HashKey: []byte("fuzz-key-0123456789")})
	f.Fuzz(func(t *testing.T, in []byte) {
		for name, sc := range map[string]*filter.Scrubber{"partial": partial, "hash": hash} {
			var out bytes.Buffer
			if err := sc.NewStream().Copy(&out, bytes.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			li, lo := splitLines(in), splitLines(out.Bytes())
			if len(li) != len(lo) {
				t.Fatalf("%s: %d lines in, %d out", name, len(li), len(lo))
			}
			for i := range li {
				if ending(li[i]) != ending(lo[i]) {
					t.Fatalf("%s: line %d ending changed", name, i)
				}
				ci := bytes.TrimRight(li[i], "\r\n")
				co := bytes.TrimRight(lo[i], "\r\n")
				if isJSONDoc(ci) && json.Valid(ci) && !json.Valid(co) {
					t.Fatalf("%s: valid JSON became invalid:\nin:  %q\nout: %q", name, ci, co)
				}
			}
			if name == "partial" {
				var again bytes.Buffer
				sc.NewStream().Copy(&again, bytes.NewReader(out.Bytes()))
				if !bytes.Equal(again.Bytes(), out.Bytes()) {
					t.Fatalf("partial not idempotent:\nonce:  %q\ntwice: %q", out.Bytes(), again.Bytes())
				}
			}
		}
	})
}

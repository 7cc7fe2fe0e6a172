package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// planted is a log with secrets of many kinds; plantedSecrets are the
// secrets in it, each with the public prefix a preview may show.
const planted = `level=info msg="login" user=alice password=correct-horse-battery-staple
{"db":{"password":"s3cr3t-Pa55w0rd"},"slack":"xoxb-2048603017-5731129867-Qw3rTy7UiOp9AsDfGhJkL0zx"}
export AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH
found ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 while scanning
dial postgres://checkout:Tr0ub4dor-and-3@pg-primary:5432/orders
Cookie: theme=dark; sessionid=1f0e2d3c4b5a69788796a5b4c3d2e1f0
X-Api-Key: sk_live_4eC39HqLyjWDarjtT1zdp7dc
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.Xq3v9S7r2kz0mP1eJ8yT4uW6bN5cL0dF2hG3
+ curl -u deploy:Wh1sk3y-T4ng0-F0xtr0t https://example.com
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
-----END RSA PRIVATE KEY-----
nothing here
`

var plantedSecrets = []struct{ prefix, body string }{
	{"", "correct-horse-battery-staple"},
	{"", "s3cr3t-Pa55w0rd"},
	{"xoxb-", "2048603017-5731129867-Qw3rTy7UiOp9AsDfGhJkL0zx"},
	{"AKIA", "QWERTYUIOPASDFGH"},
	{"ghp_", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"},
	{"", "Tr0ub4dor-and-3"},
	{"", "1f0e2d3c4b5a69788796a5b4c3d2e1f0"},
	{"sk_live_", "4eC39HqLyjWDarjtT1zdp7dc"},
	{"eyJ", "hbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.Xq3v9S7r2kz0mP1eJ8yT4uW6bN5cL0dF2hG3"},
	{"", "Wh1sk3y-T4ng0-F0xtr0t"},
	{"", "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"},
}

// noPlanted fails if any 6 consecutive bytes of a planted secret's body
// appear in s.
func noPlanted(t *testing.T, what, s string) {
	t.Helper()
	for _, p := range plantedSecrets {
		for i := 0; i+6 <= len(p.body); i++ {
			if w := p.body[i : i+6]; strings.Contains(s, w) {
				t.Errorf("%s shows %q of the secret %s%s:\n%s", what, w, p.prefix, p.body, s)
				break
			}
		}
	}
}

// TestScanNeverPrintsSecrets scans planted secrets every way scan can
// report them; no part of any secret is in stdout or stderr.
func TestScanNeverPrintsSecrets(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "planted.log", planted)
	for _, args := range [][]string{
		{"scan", p},
		{"scan", "--json", p},
		{"scan", "--stats", "--fail-on-find", p},
		{"scan", "--format", "text", "--json", "--stats", p},
		{"scan", "--format", "json", p},
		{"scan", "-"},
	} {
		r := runCLI(t, strings.NewReader(planted), args...)
		noPlanted(t, fmt.Sprintf("%q stdout", args), r.stdout)
		noPlanted(t, fmt.Sprintf("%q stderr", args), r.stderr)
		if n := strings.Count(r.stdout, "\n"); n < len(plantedSecrets) {
			t.Errorf("%q: %d findings, want at least %d:\n%s", args, n, len(plantedSecrets), r.stdout)
		}
	}
}

var findingLine = regexp.MustCompile(`^(.+):(\d+):(\d+)-(\d+): ([a-z0-9._-]+): (.*…\(\d+ chars\))$`)

// TestScanColumns: the line and column range of every finding point at
// exactly one planted secret (CRLF endings are not part of a line), and
// every planted secret is found.
func TestScanColumns(t *testing.T) {
	dir := t.TempDir()
	in := "a=1\r\n" + strings.ReplaceAll(planted, "\n", "\r\n") + "last password=hunter2-xyz"
	p := writeFile(t, dir, "crlf.log", in)
	r := runCLI(t, unread{t}, "scan", p)
	wantCode(t, r, exitOK)
	lines := strings.Split(in, "\n")
	want := map[string]bool{"hunter2-xyz": true} // theme=dark: cookie values under 8 characters are kept
	for _, s := range plantedSecrets {
		want[s.prefix+s.body] = true
	}
	got := map[string]bool{}
	for _, g := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		m := findingLine.FindStringSubmatch(g)
		if m == nil || m[1] != p {
			t.Fatalf("finding %q does not have the form FILE:LINE:START-END: RULE: PREVIEW", g)
		}
		ln, _ := strconv.Atoi(m[2])
		s, _ := strconv.Atoi(m[3])
		e, _ := strconv.Atoi(m[4])
		if ln < 1 || ln > len(lines) {
			t.Fatalf("%q: no line %d", g, ln)
		}
		line := strings.TrimSuffix(lines[ln-1], "\r")
		if s < 1 || e < s || e > len(line) {
			t.Fatalf("%q: columns outside the line %q", g, line)
		}
		if sec := line[s-1 : e]; !want[sec] {
			t.Errorf("%q points at %q, not at a planted secret", g, sec)
		} else {
			got[sec] = true
		}
	}
	for w := range want {
		if !got[w] {
			t.Errorf("secret %q not reported:\n%s", w, r.stdout)
		}
	}
	if !strings.HasSuffix(r.stdout, fmt.Sprintf("%s:%d:15-25: password: …(11 chars)\n", p, len(lines))) {
		t.Errorf("last line (no newline) not reported as expected:\n%s", r.stdout)
	}
}

func TestScanOutput(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "ok\nuser=bob password=hunter2-xyz\n")
	b := writeFile(t, dir, "b.log", "id AKIAQWERTYUIOPASDFGH\n")
	want := a + ":2:19-29: password: …(11 chars)\n" +
		"-:1:5-15: password: …(11 chars)\n" +
		b + ":1:4-23: aws-access-key-id: AKIA…(20 chars)\n"

	// Flags before, between and after the files; "-" is stdin.
	for _, args := range [][]string{
		{"scan", a, "-", b},
		{"scan", "--format", "auto", a, "-", "--rules", writeFile(t, dir, "empty.toml", ""), b},
		{"scan", a, "-", b, "--format=text"},
	} {
		r := runCLI(t, strings.NewReader("pwd=hunter2-xyz\n"), args...)
		wantCode(t, r, exitOK)
		if r.stdout != want || r.stderr != "" {
			t.Errorf("%q:\nstdout %q\nwant   %q\nstderr %q", args, r.stdout, want, r.stderr)
		}
	}
	// No FILE is stdin, shown as "-".
	r := runCLI(t, strings.NewReader("x\npassword=hunter2-xyz\n"), "scan")
	wantCode(t, r, exitOK)
	if r.stdout != "-:2:10-20: password: …(11 chars)\n" {
		t.Errorf("stdin: %q", r.stdout)
	}
	// Nothing found: nothing printed.
	r = runCLI(t, strings.NewReader("nothing\n"), "scan")
	wantCode(t, r, exitOK)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("nothing found: stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

func TestScanJSON(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "ok\nuser=bob password=hunter2-xyz and ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\n")
	r := runCLI(t, unread{t}, "scan", a, "--json")
	wantCode(t, r, exitOK)
	type finding struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Rule    string `json:"rule"`
		Preview string `json:"preview"`
	}
	want := []finding{
		{a, 2, 19, 29, "password", "…(11 chars)"},
		{a, 2, 35, 74, "github-pat", "ghp_…(40 chars)"},
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	for i, l := range lines {
		var f finding
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if f != want[i] {
			t.Errorf("finding %d: %+v, want %+v", i, f, want[i])
		}
	}
	if !strings.HasPrefix(lines[0], `{"file":`) {
		t.Errorf("field order: %s", lines[0])
	}
}

func TestScanFailOnFindAndStats(t *testing.T) {
	dir := t.TempDir()
	found := writeFile(t, dir, "found.log", "password=hunter2-xyz\npwd=s3cr3tv4lue key=AKIAQWERTYUIOPASDFGH\nok\n")
	clean := writeFile(t, dir, "clean.log", "nothing\nhere\n")

	r := runCLI(t, unread{t}, "scan", "--fail-on-find", found)
	wantCode(t, r, exitFound)
	r = runCLI(t, unread{t}, "scan", "--fail-on-find", clean)
	wantCode(t, r, exitOK)
	r = runCLI(t, unread{t}, "scan", found)
	wantCode(t, r, exitOK)

	r = runCLI(t, unread{t}, "scan", "--stats", found, clean)
	wantCode(t, r, exitOK)
	want := "logscrub scan: 5 lines, 3 findings in 2 lines (password 2, aws-access-key-id 1)\n"
	if r.stderr != want {
		t.Errorf("--stats: stderr %q, want %q", r.stderr, want)
	}
	if strings.Contains(r.stdout, "logscrub scan:") {
		t.Errorf("stats on stdout: %q", r.stdout)
	}
	r = runCLI(t, unread{t}, "scan", "--stats", clean)
	if r.stderr != "logscrub scan: 2 lines, 0 findings in 0 lines\n" {
		t.Errorf("--stats without findings: %q", r.stderr)
	}
}

// TestScanConfigErrors: bad flags, formats and rule files are exit 2 and
// a missing input exit 1, all before any input is read.
func TestScanConfigErrors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "password=hunter2\n")
	bad := writeFile(t, dir, "bad.toml", "# my rules\n[[keys]]\nid = \"mine\"\nnames = [\"my-key\"]\nstyle = \"blur\"\n")
	for _, c := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"scan", "-", "--rules", bad}, exitUsage, bad + `:5: rule "mine": style:`},
		{[]string{"scan", "--rules", filepath.Join(dir, "missing.toml"), "-"}, exitUsage, "missing.toml"},
		{[]string{"scan", "--format", "xml", "-"}, exitUsage, `"xml"`},
		{[]string{"scan", "--bogus", "-"}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"scan", "--style", "mask", "-"}, exitUsage, "flag provided but not defined: -style"},
		{[]string{"scan", a, "-", filepath.Join(dir, "missing.log")}, exitIO, "missing.log"},
		{[]string{"scan", "-", dir}, exitIO, "is a directory"},
	} {
		r := runCLI(t, unread{t}, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.stderr) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d naming %q", c.args, r.code, r.stdout, r.stderr, c.code, c.stderr)
		}
	}
}

// TestScanHashStyleRules: scan never writes a replacement, so a rule file
// choosing the hash style needs no key.
func TestScanHashStyleRules(t *testing.T) {
	dir := t.TempDir()
	h := writeFile(t, dir, "hash.toml", "style = \"hash\"\n")
	t.Setenv("LOGSCRUB_HASH_KEY", "")
	r := runCLI(t, strings.NewReader("password=hunter2-xyz\n"), "scan", "--rules", h)
	wantCode(t, r, exitOK)
	if r.stdout != "-:1:10-20: password: …(11 chars)\n" {
		t.Errorf("stdout %q", r.stdout)
	}
}

func TestScanCompressedAndBroken(t *testing.T) {
	dir := t.TempDir()
	plain := writeFile(t, dir, "app.log", planted)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(planted))
	zw.Close()
	gzPath := writeFile(t, dir, "app.log.gz", gz.String())
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	zstPath := writeFile(t, dir, "app.log.zst", string(enc.EncodeAll([]byte(planted), nil)))
	enc.Close()

	want := runCLI(t, unread{t}, "scan", plain).stdout
	if want == "" {
		t.Fatal("no findings in the plain file")
	}
	for _, p := range []string{gzPath, zstPath} {
		r := runCLI(t, unread{t}, "scan", p)
		wantCode(t, r, exitOK)
		if got := strings.ReplaceAll(r.stdout, p+":", plain+":"); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", filepath.Base(p), r.stdout, want)
		}
	}
	r := runCLI(t, bytes.NewReader(gz.Bytes()), "scan")
	if got := strings.ReplaceAll(r.stdout, "-:", plain+":"); got != want {
		t.Errorf("gzip on stdin: got\n%s", r.stdout)
	}

	// A broken input is reported and the next one still scanned; the exit
	// status is 1 even though something was found.
	bad := writeFile(t, dir, "bad.gz", string(gz.Bytes()[:gz.Len()/2]))
	r = runCLI(t, unread{t}, "scan", "--fail-on-find", bad, plain)
	wantCode(t, r, exitIO)
	if !strings.Contains(r.stderr, bad) || !strings.HasSuffix(r.stdout, want) {
		t.Errorf("broken input: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	noPlanted(t, "stderr", r.stderr)

	// A failing stdout ends the scan.
	var errb bytes.Buffer
	code := run([]string{"scan", plain, plain}, unread{t}, failWriter{}, &errb)
	if code != exitIO || !strings.Contains(errb.String(), "writing output") || strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("failing stdout: exit %d, stderr %q", code, errb.String())
	}
}

// TestScanAcrossLinesAndFiles: a private key body is found on the lines
// after BEGIN, and a BEGIN at the end of one file does not carry into the
// next.
func TestScanAcrossLinesAndFiles(t *testing.T) {
	dir := t.TempDir()
	body := "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"
	a := writeFile(t, dir, "a.log", "key: -----BEGIN RSA PRIVATE KEY-----\n"+body+"\n")
	b := writeFile(t, dir, "b.log", body+"\n")
	r := runCLI(t, unread{t}, "scan", a, b)
	wantCode(t, r, exitOK)
	if want := a + ":2:1-64: private-key: …(64 chars)\n"; r.stdout != want {
		t.Errorf("got %q, want %q", r.stdout, want)
	}
}

// TestScanLongLine: a secret at the end of a line longer than the read
// buffer is found at its column.
func TestScanLongLine(t *testing.T) {
	dir := t.TempDir()
	filler := strings.Repeat("lorem ipsum ", 100<<10/12)
	p := writeFile(t, dir, "long.log", filler+"password=hunter2-xyz\nnext password=s3cr3tv4lue\n")
	r := runCLI(t, unread{t}, "scan", p)
	wantCode(t, r, exitOK)
	n := len(filler)
	want := fmt.Sprintf("%s:1:%d-%d: password: …(11 chars)\n%s:2:15-25: password: …(11 chars)\n", p, n+10, n+20, p)
	if r.stdout != want {
		t.Errorf("got %q, want %q", r.stdout, want)
	}
}

// TestSubcommandDispatch: "scan" and "rules" are subcommands only as the
// first argument; a file of that name is scrubbed as ./scan or after "--".
func TestSubcommandDispatch(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "scan", "password=hunter2\n")
	writeFile(t, dir, "rules", "pwd=s3cr3tv4lue\n")
	for _, args := range [][]string{{"./scan"}, {"--", "scan"}, {"--format", "text", "scan"}} {
		r := runCLI(t, unread{t}, args...)
		wantCode(t, r, exitOK)
		if r.stdout != "password=[REDACTED:password]\n" {
			t.Errorf("%q: stdout %q", args, r.stdout)
		}
	}
	r := runCLI(t, unread{t}, "./rules", "scan")
	wantCode(t, r, exitOK)
	if r.stdout != "pwd=[REDACTED:password]\npassword=[REDACTED:password]\n" {
		t.Errorf("./rules scan: stdout %q", r.stdout)
	}
	// "scan" first scans stdin.
	r = runCLI(t, strings.NewReader("password=hunter2\n"), "scan")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "-:1:10-16: password:") {
		t.Errorf("scan: stdout %q", r.stdout)
	}

	r = runCLI(t, unread{t}, "--help")
	for _, s := range []string{"logscrub scan", "logscrub rules list", "logscrub rules test", "./scan"} {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("--help does not mention %q:\n%s", s, r.stderr)
		}
	}
	r = runCLI(t, unread{t}, "scan", "--help")
	wantCode(t, r, exitOK)
	for _, s := range []string{"FILE:LINE:START-END: RULE: PREVIEW", "END\ninclusive", "-fail-on-find", "Exit status", "3 something was found"} {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("scan --help does not mention %q:\n%s", s, r.stderr)
		}
	}
}

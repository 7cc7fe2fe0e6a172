package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Secret strings used by the tests. None of them may ever appear in
// stderr, whatever the exit code.
var secrets = []string{
	"hunter2",
	"s3cr3tv4lue",
	"AKIAQWERTYUIOPASDFGH",
	"QWERTYUIOPAS", // the middle of the AWS key, which partial never keeps
	"correct-horse-battery",
	testHashKey,
}

const testHashKey = "0123456789abcdef-test-key"

type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command in-process and checks that stderr holds no
// secret.
func runCLI(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	code := run(args, stdin, &out, &errb)
	noSecrets(t, "stderr", errb.String())
	return result{code, out.String(), errb.String()}
}

func noSecrets(t *testing.T, what, s string) {
	t.Helper()
	for _, sec := range secrets {
		if strings.Contains(s, sec) {
			t.Errorf("%s contains the secret %q:\n%s", what, sec, s)
		}
	}
}

// unread is a stdin that must not be read.
type unread struct{ t *testing.T }

func (u unread) Read([]byte) (int, error) {
	u.t.Helper()
	u.t.Error("stdin was read")
	return 0, io.EOF
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func wantCode(t *testing.T, r result, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout: %q\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
}

func TestStdinToStdout(t *testing.T) {
	r := runCLI(t, strings.NewReader("password=hunter2\n"))
	wantCode(t, r, exitOK)
	if r.stdout != "password=[REDACTED:password]\n" || r.stderr != "" {
		t.Errorf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

func TestFilesAroundFlags(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "a1 password=hunter2\n")
	b := writeFile(t, dir, "b.log", "b1 pwd: s3cr3tv4lue\n")
	out := filepath.Join(dir, "out.log")
	want := "a1 password=[REDACTED:password]\nb1 pwd: [REDACTED:password]\n"

	r := runCLI(t, unread{t}, a, "-o", out, b)
	wantCode(t, r, exitOK)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("stdout %q, stderr %q; want both empty with -o", r.stdout, r.stderr)
	}
	if got := readFile(t, out); got != want {
		t.Errorf("-o got %q, want %q", got, want)
	}

	// Flags between and after files, to stdout.
	r = runCLI(t, unread{t}, "--format", "text", a, "--stats", b, "--style=mask")
	wantCode(t, r, exitOK)
	if r.stdout != want {
		t.Errorf("got %q, want %q", r.stdout, want)
	}
	if !strings.Contains(r.stderr, "2 lines") {
		t.Errorf("--stats after a file was not applied: %q", r.stderr)
	}
}

func TestDashIsStdin(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "from a password=hunter2\n")
	b := writeFile(t, dir, "b.log", "from b\n")
	r := runCLI(t, strings.NewReader("from stdin pwd=s3cr3tv4lue\n"), a, "-", b)
	wantCode(t, r, exitOK)
	if want := "from a password=[REDACTED:password]\nfrom stdin pwd=[REDACTED:password]\nfrom b\n"; r.stdout != want {
		t.Errorf("got %q, want %q", r.stdout, want)
	}
	r = runCLI(t, strings.NewReader("password=hunter2\n"), "-")
	wantCode(t, r, exitOK)
	if r.stdout != "password=[REDACTED:password]\n" {
		t.Errorf("got %q", r.stdout)
	}
}

// TestDoubleDash: after "--" every argument is a file, even one that
// starts with '-', wherever the "--" is.
func TestDoubleDash(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "-x.log", "password=hunter2\n")
	writeFile(t, dir, "a.log", "a\n")
	for _, args := range [][]string{
		{"--", "-x.log"},
		{"--stats", "--", "-x.log"},
		{"a.log", "--", "-x.log"},
		{"a.log", "--format", "text", "--", "-x.log"},
	} {
		r := runCLI(t, unread{t}, args...)
		if r.code != exitOK || !strings.HasSuffix(r.stdout, "password=[REDACTED:password]\n") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	// Without "--" it is an unknown flag.
	r := runCLI(t, unread{t}, "-x.log")
	wantCode(t, r, exitUsage)
}

func TestFormat(t *testing.T) {
	line := `{"password": 12345}` + "\n"
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, `{"password": "[REDACTED:password]"}` + "\n"},
		{[]string{"--format", "auto"}, `{"password": "[REDACTED:password]"}` + "\n"},
		{[]string{"--format", "json"}, `{"password": "[REDACTED:password]"}` + "\n"},
		// As text, the number is replaced as it stands, without quotes.
		{[]string{"--format", "text"}, `{"password": [REDACTED:password]}` + "\n"},
		{[]string{"--format=text"}, `{"password": [REDACTED:password]}` + "\n"},
	} {
		r := runCLI(t, strings.NewReader(line), c.args...)
		wantCode(t, r, exitOK)
		if r.stdout != c.want {
			t.Errorf("%q: got %q, want %q", c.args, r.stdout, c.want)
		}
	}
	r := runCLI(t, unread{t}, "--format", "xml")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, `"xml"`) {
		t.Errorf("stderr %q does not name the bad format", r.stderr)
	}
}

func TestStylePartial(t *testing.T) {
	r := runCLI(t, strings.NewReader("key=AKIAQWERTYUIOPASDFGH\n"), "--style", "partial")
	wantCode(t, r, exitOK)
	got := r.stdout
	if !strings.HasPrefix(got, "key=AKIA") || !strings.HasSuffix(got, "DFGH\n") ||
		!strings.Contains(got, "[REDACTED:aws-access-key-id]") || strings.Contains(got, "QWERTYUIOPAS") {
		t.Errorf("partial: got %q, want AKIA…[REDACTED:aws-access-key-id]…DFGH", got)
	}
	r = runCLI(t, unread{t}, "--style", "blur")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "--style") {
		t.Errorf("stderr %q does not name --style", r.stderr)
	}
}

var hashRE = regexp.MustCompile(`^password=\[REDACTED:password:([0-9a-f]{12})\]$`)

// pseudonyms scrubs one password line per secret with the hash style and
// returns the pseudonyms.
func pseudonyms(t *testing.T, extra []string, pw ...string) []string {
	t.Helper()
	var in strings.Builder
	for _, p := range pw {
		in.WriteString("password=" + p + "\n")
	}
	r := runCLI(t, strings.NewReader(in.String()), append([]string{"--style", "hash"}, extra...)...)
	wantCode(t, r, exitOK)
	noSecrets(t, "stdout", r.stdout)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(pw) {
		t.Fatalf("%d lines out for %d in: %q", len(lines), len(pw), r.stdout)
	}
	var out []string
	for _, l := range lines {
		m := hashRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %q is not password=[REDACTED:password:<12 hex>]", l)
		}
		out = append(out, m[1])
	}
	return out
}

func TestStyleHash(t *testing.T) {
	t.Setenv("LOGSCRUB_HASH_KEY", "")
	r := runCLI(t, unread{t}, "--style", "hash")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "LOGSCRUB_HASH_KEY") || r.stdout != "" {
		t.Errorf("no key: stdout %q, stderr %q; want a message naming LOGSCRUB_HASH_KEY", r.stdout, r.stderr)
	}

	t.Setenv("LOGSCRUB_HASH_KEY", "too-short")
	r = runCLI(t, unread{t}, "--style", "hash")
	wantCode(t, r, exitUsage)

	t.Setenv("LOGSCRUB_HASH_KEY", testHashKey)
	h := pseudonyms(t, nil, "hunter2", "correct-horse-battery", "hunter2")
	if h[0] != h[2] {
		t.Errorf("the same secret got two pseudonyms: %q", h)
	}
	if h[0] == h[1] {
		t.Errorf("different secrets got the same pseudonym: %q", h)
	}
	// Stable across runs with the same key.
	if again := pseudonyms(t, nil, "hunter2"); again[0] != h[0] {
		t.Errorf("pseudonym changed between runs: %s, %s", h[0], again[0])
	}

	// --hash-key-file: the same key gives the same pseudonyms (a trailing
	// newline is not part of the key), and it wins over the environment.
	dir := t.TempDir()
	kf := writeFile(t, dir, "key", testHashKey+"\n")
	t.Setenv("LOGSCRUB_HASH_KEY", "another-key-of-enough-length")
	other := pseudonyms(t, nil, "hunter2")
	if other[0] == h[0] {
		t.Error("a different key gave the same pseudonym")
	}
	if f := pseudonyms(t, []string{"--hash-key-file", kf}, "hunter2", "correct-horse-battery"); f[0] != h[0] || f[1] != h[1] {
		t.Errorf("--hash-key-file pseudonyms %q, want %q (same key as the environment before)", f, h[:2])
	}

	r = runCLI(t, unread{t}, "--style", "hash", "--hash-key-file", filepath.Join(dir, "missing"))
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "--hash-key-file") {
		t.Errorf("stderr %q does not name --hash-key-file", r.stderr)
	}
}

func TestStats(t *testing.T) {
	in := "password=hunter2\nok line\nkey=AKIAQWERTYUIOPASDFGH pwd=s3cr3tv4lue\n"
	r := runCLI(t, strings.NewReader(in), "--stats")
	wantCode(t, r, exitOK)
	if strings.Contains(r.stdout, "redactions") || strings.Contains(r.stdout, "lines changed") {
		t.Errorf("stats went to stdout: %q", r.stdout)
	}
	noSecrets(t, "stdout", r.stdout)
	for _, re := range []string{
		`logscrub: 3 lines, \d+ bytes, 2 lines changed`,
		`(?m)^\s+password\s+2$`,
		`(?m)^\s+aws-access-key-id\s+1$`,
		`(?m)^\s+total\s+3$`,
	} {
		if !regexp.MustCompile(re).MatchString(r.stderr) {
			t.Errorf("stats do not match %s:\n%s", re, r.stderr)
		}
	}
	// Without --stats, nothing on stderr.
	r = runCLI(t, strings.NewReader(in))
	if r.stderr != "" {
		t.Errorf("stderr without --stats: %q", r.stderr)
	}
}

func TestVersionAndHelp(t *testing.T) {
	r := runCLI(t, unread{t}, "--version")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "logscrub "+Version+" (commit ") || !strings.Contains(r.stdout, ", go") || r.stderr != "" {
		t.Errorf("--version: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	for _, h := range []string{"--help", "-h", "-help"} {
		r := runCLI(t, unread{t}, h)
		wantCode(t, r, exitOK)
		if !strings.Contains(r.stderr, "Usage:") || !strings.Contains(r.stderr, "-hash-key-file") || !strings.Contains(r.stderr, "Exit status") {
			t.Errorf("%s: usage missing from stderr: %q", h, r.stderr)
		}
	}
}

func TestUnknownFlag(t *testing.T) {
	r := runCLI(t, unread{t}, "--bogus")
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "flag provided but not defined: -bogus") || r.stdout != "" {
		t.Errorf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
	// A flag that needs a value, given none.
	r = runCLI(t, unread{t}, "a.log", "-o")
	wantCode(t, r, exitUsage)
}

func TestBadRules(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.toml", "# my rules\n[[keys]]\nid = \"mine\"\nnames = [\"my-key\"]\nstyle = \"blur\"\n")
	out := filepath.Join(dir, "out.log")
	r := runCLI(t, unread{t}, "--rules", bad, "-o", out)
	wantCode(t, r, exitUsage)
	if want := bad + `:5: rule "mine": style:`; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q does not contain %q", r.stderr, want)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q", r.stdout)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("-o file was created despite the bad rules: %v", err)
	}

	r = runCLI(t, unread{t}, "--rules", filepath.Join(dir, "missing.toml"))
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, "missing.toml") {
		t.Errorf("stderr %q does not name the missing rules file", r.stderr)
	}

	// A good rules file is used.
	good := writeFile(t, dir, "good.toml", "[[keys]]\nid = \"mine\"\nnames = [\"X-My-Header\"]\nany_value = true\n")
	r = runCLI(t, strings.NewReader("X-My-Header: correct-horse-battery\n"), "--rules", good)
	wantCode(t, r, exitOK)
	if r.stdout != "X-My-Header: [REDACTED:mine]\n" {
		t.Errorf("custom rule: got %q", r.stdout)
	}
}

func TestMissingInput(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "password=hunter2\n")
	missing := filepath.Join(dir, "missing.log")
	out := filepath.Join(dir, "out.log")

	// Every input is checked before any is read: nothing written, no -o
	// created, stdin not read.
	r := runCLI(t, unread{t}, a, "-", missing, "-o", out)
	wantCode(t, r, exitIO)
	if !strings.Contains(r.stderr, missing) || r.stdout != "" {
		t.Errorf("stdout %q, stderr %q; want an error naming %s", r.stdout, r.stderr, missing)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("-o file exists after a missing input: %v", err)
	}

	r = runCLI(t, unread{t}, a, missing)
	wantCode(t, r, exitIO)
	if r.stdout != "" {
		t.Errorf("wrote %q before failing", r.stdout)
	}

	r = runCLI(t, unread{t}, dir)
	wantCode(t, r, exitIO)
	if !strings.Contains(r.stderr, dir) || !strings.Contains(r.stderr, "directory") {
		t.Errorf("stderr %q", r.stderr)
	}
}

func TestOutputIsInput(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.log", "password=hunter2\n")
	r := runCLI(t, unread{t}, a, "-o", a)
	wantCode(t, r, exitUsage)
	if !strings.Contains(r.stderr, a) {
		t.Errorf("stderr %q does not name the file", r.stderr)
	}
	if got := readFile(t, a); got != "password=hunter2\n" {
		t.Errorf("the input was changed: %q", got)
	}
	link := filepath.Join(dir, "link.log")
	if err := os.Symlink(a, link); err == nil {
		r = runCLI(t, unread{t}, a, "-o", link)
		wantCode(t, r, exitUsage)
		if got := readFile(t, a); got != "password=hunter2\n" {
			t.Errorf("the input was changed through a symlink: %q", got)
		}
	}
}

func TestUnwritableOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "no-such-dir", "out.log")
	r := runCLI(t, unread{t}, "-o", out)
	wantCode(t, r, exitIO)
	if !strings.Contains(r.stderr, out) {
		t.Errorf("stderr %q does not name %s", r.stderr, out)
	}
	r = runCLI(t, unread{t}, "-o", dir)
	wantCode(t, r, exitIO)

	// A failing stdout.
	var errb bytes.Buffer
	code := run(nil, strings.NewReader("password=hunter2\n"), failWriter{}, &errb)
	noSecrets(t, "stderr", errb.String())
	if code != exitIO || !strings.Contains(errb.String(), "writing output") {
		t.Errorf("failing stdout: exit %d, stderr %q", code, errb.String())
	}
}

// lineEndings mixes CRLF, LF, empty lines, JSON, and no final newline.
const lineEndings = "a=1\r\npassword=hunter2\r\n\r\n{\"password\":\"hunter2\"}\r\nplain\n\nkey=AKIAQWERTYUIOPASDFGH\r\nlast pwd=s3cr3tv4lue"

const lineEndingsOut = "a=1\r\npassword=[REDACTED:password]\r\n\r\n{\"password\":\"[REDACTED:password]\"}\r\nplain\n\nkey=AKIA[REDACTED:aws-access-key-id]DFGH\r\nlast pwd=[REDACTED:password]"

func TestLineEndingsKept(t *testing.T) {
	r := runCLI(t, strings.NewReader(lineEndings), "--style", "mask")
	wantCode(t, r, exitOK)
	// Compare everything but the AWS line, whose style the default rule
	// file chooses.
	mask := regexp.MustCompile(`AKIA\S*`)
	if got, want := mask.ReplaceAllString(r.stdout, "AKIA…"), mask.ReplaceAllString(lineEndingsOut, "AKIA…"); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	noSecrets(t, "stdout", r.stdout)
	for _, in := range []string{"no newline password=hunter2", "\r\n", "\n", "x\r", ""} {
		r := runCLI(t, strings.NewReader(in))
		want := strings.ReplaceAll(in, "hunter2", "[REDACTED:password]")
		if r.stdout != want {
			t.Errorf("%q: got %q, want %q", in, r.stdout, want)
		}
	}
}

func TestCompressedInputs(t *testing.T) {
	dir := t.TempDir()
	plain := writeFile(t, dir, "app.log", lineEndings)
	r := runCLI(t, unread{t}, plain)
	wantCode(t, r, exitOK)
	want := r.stdout
	noSecrets(t, "stdout", want)

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(lineEndings[:20]))
	zw.Close()
	zw = gzip.NewWriter(&gz) // a second member: gzip -c a b > ab.gz
	zw.Write([]byte(lineEndings[20:]))
	zw.Close()
	gzPath := writeFile(t, dir, "app.log.gz", gz.String())

	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	zst := enc.EncodeAll([]byte(lineEndings), nil)
	enc.Close()
	zstPath := writeFile(t, dir, "app.log.zst", string(zst))
	// The format is found by magic bytes, not by the name.
	oddPath := writeFile(t, dir, "app.txt", string(zst))

	for _, p := range []string{gzPath, zstPath, oddPath} {
		r := runCLI(t, unread{t}, p)
		wantCode(t, r, exitOK)
		if r.stdout != want {
			t.Errorf("%s: got %q, want %q", filepath.Base(p), r.stdout, want)
		}
	}
	for name, data := range map[string][]byte{"gzip": gz.Bytes(), "zstd": zst} {
		r := runCLI(t, bytes.NewReader(data))
		wantCode(t, r, exitOK)
		if r.stdout != want {
			t.Errorf("%s on stdin: got %q, want %q", name, r.stdout, want)
		}
	}
	r = runCLI(t, unread{t}, plain, gzPath, zstPath)
	wantCode(t, r, exitOK)
	if r.stdout != want+want+want {
		t.Errorf("plain+gz+zst: got %q", r.stdout)
	}

	// A corrupt compressed input is an I/O error naming the file.
	bad := writeFile(t, dir, "bad.gz", string(gz.Bytes()[:len(gz.Bytes())/2]))
	r = runCLI(t, unread{t}, bad)
	wantCode(t, r, exitIO)
	if !strings.Contains(r.stderr, bad) {
		t.Errorf("stderr %q does not name %s", r.stderr, bad)
	}
}

// TestBinary builds the command and runs it as a process: real exit codes,
// and stdout and stderr kept apart.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "logscrub")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	exe := func(stdin string, args ...string) result {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "LOGSCRUB_HASH_KEY=")
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		noSecrets(t, "stderr", errb.String())
		return result{code, out.String(), errb.String()}
	}

	r := exe("password=hunter2\nkey=AKIAQWERTYUIOPASDFGH\n", "--stats")
	wantCode(t, r, 0)
	if !strings.HasPrefix(r.stdout, "password=[REDACTED:password]\nkey=AKIA") || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("stdout %q: want only the scrubbed lines", r.stdout)
	}
	if !strings.Contains(r.stderr, "total") || strings.Contains(r.stderr, "REDACTED") {
		t.Errorf("stderr %q: want only the stats", r.stderr)
	}

	r = exe("", filepath.Join(dir, "missing.log"))
	wantCode(t, r, 1)
	if r.stdout != "" || !strings.Contains(r.stderr, "missing.log") {
		t.Errorf("missing input: stdout %q, stderr %q", r.stdout, r.stderr)
	}

	r = exe("password=hunter2\n", "--bogus")
	wantCode(t, r, 2)
	if r.stdout != "" {
		t.Errorf("bad flag: stdout %q", r.stdout)
	}

	bad := writeFile(t, dir, "bad.toml", "[[rules]]\nid = \"x\"\ndetector = \"nope\"\n")
	r = exe("password=hunter2\n", "--rules", bad)
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, bad+":3:") || r.stdout != "" {
		t.Errorf("bad rules: stdout %q, stderr %q", r.stdout, r.stderr)
	}

	r = exe("password=hunter2\n", "--style", "hash")
	wantCode(t, r, 2)

	r = exe("", "--version")
	wantCode(t, r, 0)
	if !strings.HasPrefix(r.stdout, "logscrub ") || r.stderr != "" {
		t.Errorf("--version: stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

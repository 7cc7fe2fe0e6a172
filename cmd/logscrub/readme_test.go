package main

import (
	"bytes"
	"compress/gzip"
	"crypto/tls"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/logscrub/logscrub/cmd/logscrub/certs/certstest"
)

// The README's shell blocks (```sh) are run here, each by the entry of
// readmeBlocks that claims it, so that a command shown cannot drift from
// the program: a new block that no entry claims fails the test. Commands
// run as written, in a sandbox directory, with the binary built from this
// tree first on PATH and stand-ins for what the README leaves to the
// reader: my-service (prints lines with secrets), my-shipper (keeps what
// it reads), the input files the commands name, absolute paths moved under
// the sandbox, fixed ports moved to free ones, and hosts to 127.0.0.1.

// readmeSecretLines are what my-service prints and the input files hold.
var readmeSecretLines = []string{
	"2026-12-04T10:00:00Z INFO login user=bob password=hunter2",
	`{"level":"info","msg":"charge","headers":{"x-api-key":"s3cr3tv4lue-42"}}`,
	"GET /v1/items key=AKIAQWERTYUIOPASDFGH status=200",
}

type readmeBlock struct {
	claim string // a line the block holds
	run   func(t *testing.T, sb *sandbox, block string)
}

var readmeBlocks = []readmeBlock{
	{"go run ./cmd/logscrub testdata/sample.log", runSetUp},
	{"my-service | logscrub | my-shipper", runPipeExamples},
	{"logscrub app.log rotated.log.1.gz older.log.zst -o clean.log.zst", runArchives},
	{"logscrub --in-place --keep-going /archive/2026/*/*.log.gz", runInPlace},
	{"logscrub --listen tcp://0.0.0.0:5170 -o /var/log/clean.log", runListen},
	// Run as written, openssl and all, by TestREADMEMutualTLS.
	{"openssl req -x509", func(*testing.T, *sandbox, string) {}},
	{"my-service | logscrub --forward tls://logs.internal:5170 --forward-tls-ca ca.pem", runForward},
	{"docker build --build-arg VERSION=0.1.0", runDocker},
}

func TestREADMECommands(t *testing.T) {
	bin := logscrubBinary(t)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(readme), "```sh\n")[1:]
	if len(parts) < len(readmeBlocks) {
		t.Fatalf("the README has %d shell blocks, the test knows %d", len(parts), len(readmeBlocks))
	}
	claimed := make([]bool, len(readmeBlocks))
	for _, p := range parts {
		block := p[:strings.Index(p, "```")]
		n := 0
		for i, rb := range readmeBlocks {
			if strings.Contains(block, rb.claim) {
				n++
				claimed[i] = true
				t.Run(strings.Fields(rb.claim)[0]+"_"+strconv.Itoa(i), func(t *testing.T) {
					rb.run(t, newSandbox(t, bin), block)
				})
			}
		}
		if n != 1 {
			t.Errorf("a README shell block is claimed by %d entries of readmeBlocks, want 1:\n%s", n, block)
		}
	}
	for i, c := range claimed {
		if !c {
			t.Errorf("no README shell block holds %q any more", readmeBlocks[i].claim)
		}
	}
}

// sandbox is a directory the README's commands run in.
type sandbox struct {
	dir, bin string
	env      []string
}

func newSandbox(t *testing.T, bin string) *sandbox {
	t.Helper()
	sb := &sandbox{dir: t.TempDir(), bin: bin}
	tools := filepath.Join(sb.dir, ".bin")
	os.Mkdir(tools, 0o755)
	sb.write(t, ".bin/my-service", "#!/bin/sh\ncat <<'EOF'\n"+strings.Join(readmeSecretLines, "\n")+"\nEOF\n")
	os.Chmod(filepath.Join(tools, "my-service"), 0o755)
	sb.write(t, ".bin/my-shipper", "#!/bin/sh\ncat > \"$SANDBOX/shipped.log\"\n")
	os.Chmod(filepath.Join(tools, "my-shipper"), 0o755)
	sb.env = append(os.Environ(), "SANDBOX="+sb.dir, "PATH="+tools+":"+filepath.Dir(bin)+":"+os.Getenv("PATH"))
	plain := strings.Join(readmeSecretLines, "\n") + "\n"
	sb.write(t, "app.log", plain)
	sb.write(t, "old.log.gz", string(gzipped(t, plain)))
	sb.write(t, "rotated.log.1.gz", string(gzipped(t, plain)))
	sb.write(t, "older.log.zst", string(zstded(t, plain)))
	sb.write(t, "extra.toml", "[[keys]]\nid = \"acme-session\"\ndescription = \"Acme session cookie\"\nnames = [\"acme_sess\"]\nmin_length = 8\n")
	sb.write(t, "run/secrets/scrub-key", "a-readme-test-hash-key-of-32-bytes!!")
	for _, d := range []string{"tmp", "var/log"} {
		os.MkdirAll(filepath.Join(sb.dir, d), 0o755)
	}
	return sb
}

func (sb *sandbox) write(t *testing.T, name, data string) {
	t.Helper()
	p := filepath.Join(sb.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (sb *sandbox) read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sb.dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// moved is the block with its absolute paths under the sandbox.
func (sb *sandbox) moved(block string) string {
	var pairs []string
	for _, p := range []string{"/run/secrets/", "/var/log/", "/archive/", "/tmp/"} {
		pairs = append(pairs, " "+p, " "+sb.dir+p, "("+p, "("+sb.dir+p)
	}
	return strings.NewReplacer(pairs...).Replace(block) // one pass: the sandbox is under /tmp
}

// bash runs script in the sandbox with errexit and pipefail, and returns
// its stdout and stderr.
func (sb *sandbox) bash(t *testing.T, script string) (string, string) {
	t.Helper()
	cmd := exec.Command("bash", "-c", "set -eo pipefail\n"+script)
	cmd.Dir = sb.dir
	cmd.Env = sb.env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n--- script\n%s\n--- stderr\n%s", err, script, errb.String())
	}
	noSecrets(t, "stderr", errb.String())
	return out.String(), errb.String()
}

// scrubbed checks that text holds the secret lines scrubbed, each once.
func scrubbed(t *testing.T, what, text string, copies int) {
	t.Helper()
	noSecrets(t, what, text)
	if n := strings.Count(text, "[REDACTED:"); n < 3*copies {
		t.Errorf("%s: %d redactions, want %d:\n%s", what, n, 3*copies, text)
	}
	if n := strings.Count(text, "\n"); n != 3*copies {
		t.Errorf("%s: %d lines, want %d:\n%s", what, n, 3*copies, text)
	}
}

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func zstded(t *testing.T, s string) []byte {
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	return enc.EncodeAll([]byte(s), nil)
}

func unzstd(t *testing.T, b []byte) string {
	dec, err := zstd.NewReader(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dec.Close()
	out, err := dec.DecodeAll(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func gunzip(t *testing.T, b []byte) string {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// runSetUp: the first set-up command, as written, from the repository root,
// prints testdata/sample.golden; the second is the test command that
// .ci/run runs (running it here would recurse).
func runSetUp(t *testing.T, _ *sandbox, block string) {
	lines := strings.Split(strings.TrimSpace(block), "\n")
	if len(lines) != 2 {
		t.Fatalf("want the two set-up commands, have:\n%s", block)
	}
	first, _, _ := strings.Cut(lines[0], "#")
	cmd := exec.Command("sh", "-c", strings.TrimSpace(first))
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, golden) {
		t.Errorf("%s does not print testdata/sample.golden", first)
	}
	second, _, _ := strings.Cut(lines[1], "#")
	ci, err := os.ReadFile(filepath.Join("..", "..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ci), "\n"+strings.TrimSpace(second)+"\n") {
		t.Errorf(".ci/run does not run the README's test command %q", strings.TrimSpace(second))
	}
}

// runPipeExamples runs the four examples of the pipe and files.
func runPipeExamples(t *testing.T, sb *sandbox, block string) {
	out, errs := sb.bash(t, sb.moved(block))
	scrubbed(t, "shipped.log", sb.read(t, "shipped.log"), 1)
	// The third command rewrote clean.log: partial style, from app.log.
	clean := sb.read(t, "clean.log")
	scrubbed(t, "clean.log", clean, 1)
	if !strings.Contains(errs, "total") {
		t.Errorf("--stats printed no counts:\n%s", errs)
	}
	// The fourth printed the hash style.
	scrubbed(t, "the hash style's output", out, 1)
	if !strings.Contains(out, ":") || strings.Count(out, "[REDACTED:") != strings.Count(out, "]") {
		t.Errorf("hash style output: %q", out)
	}
}

// runArchives: several compressed inputs into one zstd output, and
// --keep-going over a glob.
func runArchives(t *testing.T, sb *sandbox, block string) {
	sb.write(t, "var/log/app/a.gz", string(gzipped(t, strings.Join(readmeSecretLines, "\n")+"\n")))
	sb.write(t, "var/log/app/b.gz", "not gzip at all, but named so\n") // read as plain text
	sb.bash(t, sb.moved(block))
	scrubbed(t, "clean.log.zst", unzstd(t, []byte(sb.read(t, "clean.log.zst"))), 3)
	got := sb.read(t, "tmp/clean.log")
	noSecrets(t, "tmp/clean.log", got)
	if !strings.Contains(got, "not gzip at all") || strings.Count(got, "[REDACTED:") < 3 {
		t.Errorf("tmp/clean.log:\n%s", got)
	}
}

// runInPlace: archives scrubbed where they lie, still gzip.
func runInPlace(t *testing.T, sb *sandbox, block string) {
	plain := strings.Join(readmeSecretLines, "\n") + "\n"
	for _, m := range []string{"01", "02"} {
		sb.write(t, "archive/2026/"+m+"/app.log.gz", string(gzipped(t, plain)))
	}
	sb.bash(t, sb.moved(block))
	for _, m := range []string{"01", "02"} {
		scrubbed(t, m+"/app.log.gz", gunzip(t, []byte(sb.read(t, "archive/2026/"+m+"/app.log.gz"))), 1)
	}
}

// runListen: the receiver, on a free port, until SIGTERM.
func runListen(t *testing.T, sb *sandbox, block string) {
	port := strconv.Itoa(freePort(t))
	cmd := strings.TrimSpace(strings.ReplaceAll(sb.moved(block), ":5170", ":"+port))
	sb.bash(t, fmt.Sprintf(`%s &
pid=$!
for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/%s) 2>/dev/null && break; sleep 0.05; done
my-service > /dev/tcp/127.0.0.1/%s
for i in $(seq 100); do [ "$(wc -l < var/log/clean.log)" -ge 3 ] && break; sleep 0.05; done
kill -TERM $pid
wait $pid`, cmd, port, port))
	scrubbed(t, "var/log/clean.log", sb.read(t, "var/log/clean.log"), 1)
}

// runForward: my-service's lines forwarded over TLS to a receiver whose
// certificate chains to ca.pem.
func runForward(t *testing.T, sb *sandbox, block string) {
	ca := certstest.NewCA(t, sb.dir, "logs-ca")
	srv := ca.Localhost(t, "logs")
	caPEM, err := os.ReadFile(ca.CertFile)
	if err != nil {
		t.Fatal(err)
	}
	sb.write(t, "ca.pem", string(caPEM))
	kp, err := tls.LoadX509KeyPair(srv.CertFile, srv.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	sink := newLineSink(t, &tls.Config{Certificates: []tls.Certificate{kp}, MinVersion: tls.VersionTLS12})
	sb.bash(t, strings.ReplaceAll(block, "logs.internal:5170", sink.addr()))
	got := strings.Join(sink.got(), "\n") + "\n"
	scrubbed(t, "the forward target's lines", got, 1)
}

// runDocker: no Docker engine runs here. The build arguments are the
// Dockerfile's, and the arguments given to the image are ones logscrub
// accepts (TestDockerfileBuild runs the Dockerfile's own build command).
func runDocker(t *testing.T, _ *sandbox, block string) {
	df, err := os.ReadFile(filepath.Join("..", "..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.ReplaceAll(block, "\\\n", " ")
	for _, l := range strings.Split(joined, "\n") {
		f := strings.Fields(l)
		for i, w := range f {
			if w == "--build-arg" && i+1 < len(f) {
				name, _, _ := strings.Cut(f[i+1], "=")
				if !strings.Contains(string(df), "\nARG "+name) {
					t.Errorf("--build-arg %s: the Dockerfile has no ARG %s", name, name)
				}
			}
			if strings.HasPrefix(w, "logscrub:") && len(f) > 2 && f[1] == "run" && i+1 < len(f) && strings.HasPrefix(f[i+1], "--") {
				checkRecipeArgs(t, "README docker run", append([]string{"logscrub"}, f[i+1:]...))
			}
		}
	}
}

// TestREADMEConfigError: the README's example of a configuration error is
// what logscrub prints for a rule file with that mistake on that line,
// before reading any input, with exit 2.
func TestREADMEConfigError(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const cmdLine = "$ logscrub --rules mine.toml app.log\n"
	i := bytes.Index(readme, []byte(cmdLine))
	if i < 0 {
		t.Fatal("the README shows no configuration error example")
	}
	rest := string(readme[i+len(cmdLine):])
	want := rest[:strings.IndexByte(rest, '\n')+1]
	dir := t.TempDir()
	mine := "[[rules]]\nid = \"acme-token\"\nprefixes = [\"acme_\"]\nalphabet = \"A-Za-z0-9\"\nmin_length = 5\nmax_length = 3\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.toml"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "app.log"), []byte("password=hunter2\n"), 0o644)
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	r := runCLI(t, unread{t}, "--rules", "mine.toml", "app.log")
	if r.code != exitUsage || r.stderr != want || r.stdout != "" {
		t.Errorf("exit %d, stderr %q; the README shows %q", r.code, r.stderr, want)
	}
}

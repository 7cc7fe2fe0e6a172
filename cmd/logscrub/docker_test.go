package main

import (
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// No Docker engine runs where the tests run, so the image is checked in
// two halves: the Dockerfile's structure line by line, and its go build
// command run as written (only the output path changed), with the binary
// it makes inspected.

// dockerfile returns the repository's Dockerfile as instructions, comments
// dropped and continuation lines joined.
func dockerfile(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	cur := ""
	for _, l := range strings.Split(string(b), "\n") {
		tl := strings.TrimSpace(l)
		if cur == "" && (tl == "" || strings.HasPrefix(tl, "#")) {
			continue
		}
		if strings.HasSuffix(tl, "\\") {
			cur += strings.TrimSuffix(tl, "\\") + " "
			continue
		}
		out = append(out, cur+tl)
		cur = ""
	}
	return out
}

var pinned = regexp.MustCompile(`^FROM (\S+)@sha256:[0-9a-f]{64}( AS \S+)?$`)

func TestDockerfileStructure(t *testing.T) {
	ins := dockerfile(t)
	var froms []int
	for i, in := range ins {
		if strings.HasPrefix(in, "FROM ") {
			froms = append(froms, i)
			if in != "FROM scratch" && !pinned.MatchString(in) {
				t.Errorf("base image not pinned by digest: %q", in)
			}
		}
	}
	if len(froms) < 2 {
		t.Fatalf("want a multi-stage build, have %d FROM lines", len(froms))
	}
	final := ins[froms[len(froms)-1]:]
	var user, entry string
	var expose []string
	for _, in := range final {
		switch {
		case strings.HasPrefix(in, "USER "):
			user = strings.TrimPrefix(in, "USER ")
		case strings.HasPrefix(in, "ENTRYPOINT "):
			entry = strings.TrimPrefix(in, "ENTRYPOINT ")
		case strings.HasPrefix(in, "EXPOSE "):
			expose = append(expose, strings.Fields(strings.TrimPrefix(in, "EXPOSE "))...)
		case strings.HasPrefix(in, "RUN "):
			t.Errorf("the final stage runs a command (%q): it should hold files only", in)
		}
	}
	if name, _, _ := strings.Cut(user, ":"); user == "" || name == "0" || name == "root" {
		t.Errorf("final stage USER %q: want a user without privileges", user)
	}
	if entry != `["/logscrub"]` {
		t.Errorf("ENTRYPOINT %s: want the exec form [\"/logscrub\"]", entry)
	}
	if !strings.Contains(" "+strings.Join(expose, " ")+" ", " 9090 ") {
		t.Errorf("EXPOSE %v: the metrics port 9090 is not exposed", expose)
	}
	// The user the image runs as exists in the passwd file it ships.
	uid, _, _ := strings.Cut(user, ":")
	joined := strings.Join(ins, "\n")
	if !strings.Contains(joined, ":x:"+uid+":") || !strings.Contains(joined, "/etc/passwd") {
		t.Errorf("the image has no /etc/passwd entry for uid %s", uid)
	}
}

// TestDockerfileBuild runs the Dockerfile's go build as written and
// checks the binary: static (no interpreter, CGO_ENABLED=0), -trimpath,
// and the version and commit of the build arguments in --version.
func TestDockerfileBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	var build string
	for _, in := range dockerfile(t) {
		if strings.HasPrefix(in, "RUN ") && strings.Contains(in, "go build") {
			build = strings.TrimPrefix(in, "RUN ")
		}
	}
	if build == "" || !strings.Contains(build, "-o /out/logscrub") {
		t.Fatalf("no go build RUN writing /out/logscrub in the Dockerfile: %q", build)
	}
	out := filepath.Join(t.TempDir(), "logscrub")
	cmd := exec.Command("sh", "-c", strings.Replace(build, "/out/logscrub", out, 1))
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), "VERSION=9.8.7-test", "COMMIT=0123abc")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", build, err, b)
	}
	v, err := exec.Command(out, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(v), "logscrub 9.8.7-test (commit 0123abc, go") {
		t.Errorf("--version: %q", v)
	}
	m, err := exec.Command("go", "version", "-m", out).Output()
	if err != nil {
		t.Fatal(err)
	}
	// (With -trimpath Go leaves -ldflags out of the build info: --version
	// above shows the -X stamps.)
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath=true", "path\tgithub.com/logscrub/logscrub/cmd/logscrub"} {
		if !strings.Contains(string(m), want) {
			t.Errorf("go version -m: no %q in\n%s", want, m)
		}
	}
	f, err := elf.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("the binary is dynamically linked (%v)", p.Type)
		}
	}
}

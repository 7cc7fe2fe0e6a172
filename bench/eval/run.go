package eval

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ModuleRoot finds the logscrub module root at or above dir.
func ModuleRoot(dir string) (string, error) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module github.com/logscrub/logscrub\n") {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", fmt.Errorf("no logscrub go.mod at or above %s", dir)
		}
		d = p
	}
}

// Build builds cmd/logscrub from module root into dir and returns its path.
func Build(root, dir string) (string, error) {
	bin := filepath.Join(dir, "logscrub")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/logscrub")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/logscrub: %v\n%s", err, out)
	}
	return bin, nil
}

// Scrubber turns a corpus into scrubbed output.
type Scrubber func(in []byte) ([]byte, error)

// Binary runs bin --format auto over stdin.
func Binary(bin string) Scrubber {
	return func(in []byte) ([]byte, error) {
		cmd := exec.Command(bin, "--format", "auto")
		cmd.Stdin = bytes.NewReader(in)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return out.Bytes(), fmt.Errorf("%s: %v: %s", bin, err, errb.String())
		}
		return out.Bytes(), nil
	}
}

// Evaluate generates part p (n lines from seed), scrubs it and scores it.
func Evaluate(p Part, n int, seed uint64, s Scrubber) (*Result, []Line, error) {
	lines := Generate(p, n, seed)
	out, err := s(Corpus(lines))
	if err != nil {
		return nil, lines, err
	}
	return Score(p.String(), lines, out), lines, nil
}

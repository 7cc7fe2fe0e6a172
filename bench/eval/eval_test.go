package eval

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := ModuleRoot("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestIndependence: the evaluation must not be derived from what it
// judges, so nothing it links may come from the rules or the filter.
func TestIndependence(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-test", "./bench/eval/...")
	cmd.Dir = moduleRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		for _, bad := range []string{"github.com/logscrub/logscrub/rules", "github.com/logscrub/logscrub/filter"} {
			if p == bad || strings.HasPrefix(p, bad+"/") {
				t.Errorf("bench/eval depends on %s", p)
			}
		}
	}
}

// TestEval builds logscrub, runs both parts through it and asserts the
// regression bounds (or, with LOGSCRUB_EVAL_STRICT=1, the targets).
func TestEval(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs logscrub")
	}
	start := time.Now()
	bin, err := Build(moduleRoot(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv("LOGSCRUB_EVAL_STRICT") == "1"
	var rs []*Result
	for _, p := range []Part{Dev, HeldOut} {
		r, _, err := Evaluate(p, p.Size(), p.Seed(), Binary(bin))
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	rep := Report(rs...)
	t.Log("\n" + rep)
	if path := os.Getenv("LOGSCRUB_EVAL_REPORT"); path != "" {
		if err := os.WriteFile(path, []byte(rep), 0o644); err != nil {
			t.Error(err)
		}
	}
	for _, r := range rs {
		var v []string
		if strict {
			v = Targets.Check(r)
		} else if b, ok := Regression[r.Part]; ok {
			v = b.Check(r)
		} else {
			t.Errorf("no regression bounds for part %s", r.Part)
		}
		for _, s := range v {
			t.Error(s)
		}
	}
	t.Logf("evaluation took %v", time.Since(start).Round(time.Millisecond))
}

// Package guard holds logscrub to its figures on the independent corpus
// of bench/eval/fresh: a regression in any half fails go test. The corpus
// package itself asserts nothing about logscrub (it is written not to
// know it); the bounds live here, set from the last measured run with a
// small margin. Raise them when detection improves.
package guard

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/logscrub/logscrub/bench/eval/fresh"
)

// bound is a half's floor and ceilings: recall at least, harmless tokens
// destroyed and clean lines changed at most (fractions).
type bound struct {
	half                       string
	recall, destroyed, changed float64
}

// Measured at the commit that set them (go run
// ./bench/eval/fresh/cmd/freshreport -half all): a 99.79% / 0.00% / 0.00%,
// b (held-out) 99.08% / 0.31% / 0.00%, c 99.95% / 0.61% / 0.00%, d 99.89% /
// 0.00% / 0.00%.
var bounds = []bound{
	{fresh.HalfA, 0.9960, 0.0010, 0.0005},
	{fresh.HalfB, 0.9880, 0.0040, 0.0005},
	{fresh.HalfC, 0.9980, 0.0070, 0.0005},
	{fresh.HalfD, 0.9960, 0.0010, 0.0005},
}

// lines per half: the report's default, so the bounds and the README's
// figures are the same run.
const lines = 40000

func TestFreshBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds logscrub and scrubs 160,000 lines")
	}
	bin := filepath.Join(t.TempDir(), "logscrub")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/logscrub")
	cmd.Dir = moduleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	scrub := fresh.BinaryScrubber(bin)
	for _, b := range bounds {
		r, err := fresh.Run(b.half, fresh.Generate(b.half, fresh.SeedOf(b.half), lines), scrub)
		if err != nil {
			t.Fatalf("half %s: %v", b.half, err)
		}
		c := &r.Total
		if got := c.Recall(); got < b.recall {
			t.Errorf("half %s: recall %.2f%% < %.2f%% (%d of %d leaked)", b.half, 100*got, 100*b.recall, c.Leaked, c.Secrets)
		}
		if got := c.DestroyedRate(); got > b.destroyed {
			t.Errorf("half %s: harmless destroyed %.2f%% > %.2f%% (%d of %d)", b.half, 100*got, 100*b.destroyed, c.Destroyed, c.Harmless)
		}
		if got := c.ChangedRate(); got > b.changed {
			t.Errorf("half %s: clean lines changed %.2f%% > %.2f%% (%d of %d)", b.half, 100*got, 100*b.changed, c.Changed, c.Clean)
		}
	}
}

// moduleRoot is the directory of the go.mod above this package.
func moduleRoot(t *testing.T) string {
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		p := filepath.Dir(d)
		if p == d {
			t.Fatal("no go.mod above the test")
		}
		d = p
	}
}

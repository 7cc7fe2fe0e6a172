package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"0": 0, "1000": 1000, "64MiB": 64 << 20, "64mib": 64 << 20, "256M": 256 << 20,
		"1GiB": 1 << 30, "2G": 2 << 30, "10KB": 10000, "3MB": 3000000, "512K": 512 << 10, "7B": 7, " 8 MiB ": 8 << 20,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v, want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "-1", "1.5MiB", "12XB", "99999999999GiB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out, truthFile := filepath.Join(dir, "c.log"), filepath.Join(dir, "truth.json")
	var stderr bytes.Buffer
	args := []string{"-size", "100K", "-seed", "9", "-loghub", "", "-o", out, "-truth", truthFile, "-decoys"}
	if err := run(args, nil, &stderr); err != nil {
		t.Fatalf("run: %v (stderr %s)", err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	wantTruth, err := corpus.Options{RecordDecoys: true}.Generate(&want, 100<<10, 9)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want.Bytes()) {
		t.Error("file differs from corpus.Generate with the same seed and size")
	}
	var got corpus.Truth
	b, err := os.ReadFile(truthFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Lines != wantTruth.Lines || len(got.Secrets) != len(wantTruth.Secrets) || len(got.Decoys) != len(wantTruth.Decoys) || len(got.Decoys) == 0 {
		t.Errorf("truth file: %d lines, %d secrets, %d decoys; want %d, %d, %d",
			got.Lines, len(got.Secrets), len(got.Decoys), wantTruth.Lines, len(wantTruth.Secrets), len(wantTruth.Decoys))
	}

	var stdout bytes.Buffer
	if err := run([]string{"-size", "10K", "-loghub", filepath.Join(dir, "missing")}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if stdout.Len() < 10<<10 || !bytes.Contains(stderr.Bytes(), []byte("using built-in templates")) {
		t.Errorf("missing loghub: wrote %d bytes to stdout, stderr %q", stdout.Len(), stderr.String())
	}
	if err := run([]string{"-shape", "yaml"}, &stdout, &stderr); err == nil {
		t.Error("-shape yaml: no error")
	}
}

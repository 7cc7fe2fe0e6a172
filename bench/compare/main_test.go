package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/logscrub/logscrub/bench/corpus"
)

func TestScores(t *testing.T) {
	dir := t.TempDir()
	truth := corpus.Truth{Lines: 3, Secrets: []corpus.Secret{
		{Line: 1, Value: "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
		{Line: 2, Value: "hunter2-very-secret"},
		{Line: 3, Value: "AKIAQWERTYUIOPASDFGH"},
	}}
	out := filepath.Join(dir, "out.log")
	os.WriteFile(out, []byte("token [REDACTED]\npassword=hunter2-very-secret\nkey AKIA[REDACTED]\n"), 0o644)
	if n, err := removed(&truth, out); err != nil || n != 2 {
		t.Errorf("removed: %d, %v; want 2", n, err)
	}
	os.WriteFile(out, []byte("one line\n"), 0o644)
	if _, err := removed(&truth, out); err == nil {
		t.Error("an output with fewer lines was scored")
	}
	rep := filepath.Join(dir, "report.json")
	b, _ := json.Marshal([]finding{
		{StartLine: 1, Secret: "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
		{StartLine: 2, Secret: "hunter2"},                 // too short a part
		{StartLine: 1, Match: "AKIAQWERTYUIOPASDFGH"},     // the wrong line
		{StartLine: 3, Match: "key=AKIAQWERTYUIOPASDFGH"}, // holds the value
	})
	os.WriteFile(rep, b, 0o644)
	if n, err := found(&truth, rep); err != nil || n != 2 {
		t.Errorf("found: %d, %v; want 2", n, err)
	}
}

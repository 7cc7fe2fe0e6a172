package rules

import (
	"errors"
	"testing"
)

// FuzzCompile: any rule-file text either compiles or fails with an *Error
// naming a line inside the file — never a panic, never an unlocated error.
func FuzzCompile(f *testing.F) {
	f.Add([]byte(defaultTOML))
	f.Add([]byte("[[rules]]\nid = \"x\"\nprefixes = [\"abc_\"]\nalphabet = \"a-z\"\nmin_length = 3\n"))
	f.Add([]byte("[[keys]]\nid = \"k\"\nnames = [\"secret\"]\n[keys.allowlist]\nregexes = [\"(\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Compile(NamedSource{Name: "fuzz.toml", Data: data})
		if err == nil {
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error is %T, not *rules.Error: %v", err, err)
		}
		lines := 1
		for _, c := range data {
			if c == '\n' {
				lines++
			}
		}
		if e.Line < 1 || e.Line > lines {
			t.Fatalf("error line %d outside the file's %d lines: %v", e.Line, lines, err)
		}
	})
}

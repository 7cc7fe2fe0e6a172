package baseline_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/logscrub/logscrub/bench/baseline"
	"github.com/logscrub/logscrub/bench/corpus"
)

func scrub(t *testing.T, in string) string {
	t.Helper()
	var out bytes.Buffer
	if err := baseline.Scrub(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestScrub(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{
			"loaded credentials AKIAIOSFODNN7EXAMPLE for bucket logs\n",
			"loaded credentials [REDACTED:aws-access-key] for bucket logs\n",
		},
		{
			"level=warn msg=\"login failed\" user=bob password=hunter2! dur=3ms\n",
			"level=warn msg=\"login failed\" user=bob password=[REDACTED:generic-secret] dur=3ms\n",
		},
		{
			`{"user":"bob","password":"s3cr3t-Pa55"}` + "\n",
			`{"user":"bob","password":"[REDACTED:generic-secret]"}` + "\n",
		},
		{
			"dsn=postgres://app:Tr0ub4dor@db-1:5432/app\n",
			"dsn=postgres://app:[REDACTED:url-credentials]@db-1:5432/app\n",
		},
		{
			"Cookie: session=3f1c9a0b7d2e4f6a8c0e1b3d5f7a9c1e; theme=dark\n",
			"Cookie: session=[REDACTED:session-cookie]; theme=dark\n",
		},
		// Clean lines, decoys included, pass through unchanged.
		{
			"ts=2024-03-05T08:00:00Z level=info msg=ok token_count=123 session_timeout=30 password_policy=strict commit=0ddb35ac3b4046adaf7c7fcaff4abf3c0ddb35ac\n",
			"ts=2024-03-05T08:00:00Z level=info msg=ok token_count=123 session_timeout=30 password_policy=strict commit=0ddb35ac3b4046adaf7c7fcaff4abf3c0ddb35ac\n",
		},
		{"", ""},
		{"\n\n", "\n\n"},
		{"no newline at end", "no newline at end"},
	} {
		if got := scrub(t, tc.in); got != tc.want {
			t.Errorf("Scrub(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestScrubLongLinesAndShortReads(t *testing.T) {
	long := strings.Repeat("x", 200<<10) + " api_key=abcdef0123456789 " + strings.Repeat("y", 70<<10)
	in := "first\n" + long + "\nlast AKIAIOSFODNN7EXAMPLE"
	want := "first\n" + strings.Replace(long, "abcdef0123456789", "[REDACTED:generic-secret]", 1) + "\nlast [REDACTED:aws-access-key]"
	for name, r := range map[string]io.Reader{
		"plain":    strings.NewReader(in),
		"one-byte": iotest.OneByteReader(strings.NewReader(in)),
		"half":     iotest.HalfReader(strings.NewReader(in)),
	} {
		var out bytes.Buffer
		if err := baseline.Scrub(&out, r); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("%s: long line was not scrubbed intact (got %d bytes, want %d)", name, out.Len(), len(want))
		}
	}
}

// BenchmarkRules shows what each pattern costs on its own over a mixed corpus.
func BenchmarkRules(b *testing.B) {
	var buf bytes.Buffer
	if _, err := corpus.Generate(&buf, 1<<20, 1); err != nil {
		b.Fatal(err)
	}
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	for _, rl := range baseline.Rules {
		b.Run(rl.ID, func(b *testing.B) {
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				for _, line := range lines {
					rl.Re.ReplaceAll(line, rl.Repl)
				}
			}
		})
	}
}

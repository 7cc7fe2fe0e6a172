package archive

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// logLines returns n deterministic log lines of varied length and shape:
// syslog-ish, JSON, access-log and stack-trace-like lines, about one in
// seven ending in "\r\n" instead of "\n", some long, some empty. They hold
// no secrets.
func logLines(n int) []byte {
	var b bytes.Buffer
	x := uint32(2463534242) // xorshift32: the same lines on every run
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	levels := []string{"DEBUG", "INFO", "INFO", "INFO", "WARN", "ERROR"}
	services := []string{"api", "worker", "scheduler", "auth", "billing", "gateway"}
	paths := []string{"/", "/healthz", "/v1/users", "/v1/orders/42", "/static/app.js", "/login"}
	base := time.Date(2024, 3, 9, 14, 0, 0, 0, time.UTC)
	for i := range n {
		r := next()
		ts := base.Add(time.Duration(i) * 137 * time.Millisecond).Format("2006-01-02T15:04:05.000Z07:00")
		lvl := levels[r%uint32(len(levels))]
		svc := services[(r>>4)%uint32(len(services))]
		switch (r >> 8) % 6 {
		case 0:
			fmt.Fprintf(&b, "%s %s %s[%d]: request handled in %dms", ts, lvl, svc, 1000+r%9000, r%2000)
		case 1:
			fmt.Fprintf(&b, `{"ts":%q,"level":%q,"svc":%q,"msg":"job finished","job_id":%d,"attempt":%d}`,
				ts, strings.ToLower(lvl), svc, r, (r>>3)%5)
		case 2:
			fmt.Fprintf(&b, "10.%d.%d.%d - - [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"curl/8.%d\"",
				r%256, (r>>8)%256, (r>>16)%256, ts, paths[(r>>12)%uint32(len(paths))], 200+100*((r>>20)%4), r%65536, r%10)
		case 3:
			fmt.Fprintf(&b, "\tat com.example.%s.Handler.run(Handler.java:%d)", svc, r%900)
		case 4:
			// A long line, up to about 1.5 KiB.
			fmt.Fprintf(&b, "%s %s %s: payload dump:", ts, lvl, svc)
			for j := range int(r % 96) {
				fmt.Fprintf(&b, " k%d=%08x", j, next())
			}
		case 5:
			if r%3 == 0 {
				break // an empty line
			}
			fmt.Fprintf(&b, "%s %s %s: cache miss ratio %d.%02d%%", ts, lvl, svc, r%100, (r>>7)%100)
		}
		if r%7 == 3 {
			b.WriteString("\r\n")
		} else {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// gzipBytes compresses data as one gzip member.
func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// zstdBytes compresses data as one zstd frame, streaming (no content size
// in the header), with the encoder options given.
func zstdBytes(t testing.TB, data []byte, opts ...zstd.EOption) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := zstd.NewWriter(&b, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readAllChecked reads in to its end through reads of uneven sizes.
func readAllChecked(t testing.TB, in *Input) ([]byte, error) {
	t.Helper()
	var out bytes.Buffer
	buf := make([]byte, 70000)
	for i := 0; ; i++ {
		n, err := in.Read(buf[:1+(i*7919)%len(buf)])
		out.Write(buf[:n])
		if err == io.EOF {
			return out.Bytes(), nil
		}
		if err != nil {
			return out.Bytes(), err
		}
	}
}

// tmpFiles returns the temporary files ScrubInPlace may have left beside
// path.
func tmpFiles(t testing.TB, path string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".logscrub-tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func noTmpFiles(t testing.TB, path string) {
	t.Helper()
	if m := tmpFiles(t, path); len(m) > 0 {
		t.Errorf("temporary files left behind: %q", m)
	}
}

// redact is the scrub function of the ScrubInPlace tests: it reads src line
// by line, replaces every "secret" with "[REDACTED]" and reports whether it
// replaced any.
func redact(dst io.Writer, src io.Reader) (bool, error) {
	r := bufio.NewReader(src)
	w := bufio.NewWriter(dst)
	changed := false
	for {
		line, err := r.ReadBytes('\n')
		if bytes.Contains(line, []byte("secret")) {
			line = bytes.ReplaceAll(line, []byte("secret"), []byte("[REDACTED]"))
			changed = true
		}
		if _, werr := w.Write(line); werr != nil {
			return false, werr
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return false, err
		}
	}
	return changed, w.Flush()
}

// asFormatError returns err as a *FormatError, failing the test if it is
// not one.
func asFormatError(t testing.TB, err error) *FormatError {
	t.Helper()
	var fe *FormatError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not a *FormatError", err, err)
	}
	return fe
}

package workers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/logscrub/logscrub/bench/corpus"
	"github.com/logscrub/logscrub/filter"
	"github.com/logscrub/logscrub/filter/filtertest"
)

func scrubber(tb testing.TB) *filter.Scrubber { return filtertest.Default(tb) }

// input holds every kind of state a line leaves for the next (key blocks,
// YAML pairs, a command's secret output), JSON and text lines with
// secrets, CRLF endings, one long line (for more than two repeats), and
// no final newline.
func input(repeat int) string {
	var b strings.Builder
	for i := 0; i < repeat; i++ {
		fmt.Fprintf(&b, "2026-12-04T10:00:00Z INFO seq=%d request done status=200\n", i)
		b.WriteString("-----BEGIN RSA PRIVATE KEY-----\n")
		for k := 0; k < i%5; k++ {
			b.WriteString("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n")
		}
		b.WriteString("-----END RSA PRIVATE KEY-----\n")
		b.WriteString("  - name: DB_PASSWORD\n")
		b.WriteString("    value: Xk9mQ2vL7pRt4wZ\n")
		b.WriteString("$ heroku auth:token\r\n")
		b.WriteString("f3a1c9e2-57b4-4d0e-9a6b-2c8d1e7f4a90\r\n")
		fmt.Fprintf(&b, `{"seq":%d,"msg":"login","headers":{"x-api-key":"s3cr3tv4lue%d"},"password":"hunter2-x9"}`+"\n", i, i)
		if repeat > 2 && i == repeat/2 {
			b.WriteString("long " + strings.Repeat("token=abc123DEF456ghi789 ", 40000) + "\n")
		}
	}
	b.WriteString("last line password=zz9-last")
	return b.String()
}

// chunked returns reads of n bytes at most, so that block edges fall at
// every offset as n varies.
type chunked struct {
	r io.Reader
	n int
}

func (c *chunked) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }

func reference(t *testing.T, in string) (string, filter.Stats) {
	t.Helper()
	st := scrubber(t).NewStream()
	var out bytes.Buffer
	if err := st.Copy(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return out.String(), *st.Stats()
}

// TestSameAsOneStream: for every number of workers and reads that put the
// block edges everywhere, the output and the counts are those of one
// Stream reading the input in order.
func TestSameAsOneStream(t *testing.T) {
	in := input(60)
	want, wantStats := reference(t, in)
	for _, secret := range []string{"hunter2-x9", "Xk9mQ2vL7pRt4wZ", "MIIEowIBAAK", "f3a1c9e2-57b4", "s3cr3tv4lue", "abc123DEF456"} {
		if strings.Contains(want, secret) {
			t.Fatalf("the reference output holds %q", secret)
		}
	}
	readers := map[string]func(io.Reader) io.Reader{
		"whole": func(r io.Reader) io.Reader { return r },
		"half":  iotest.HalfReader,
	}
	for _, n := range []int{97, 331, 1021, 4093, 65537} {
		readers[fmt.Sprint("chunk", n)] = func(r io.Reader) io.Reader { return &chunked{r, n} }
	}
	for workers := 1; workers <= 4; workers++ {
		p := New(scrubber(t), workers)
		defer p.Close()
		for name, rd := range readers {
			var out bytes.Buffer
			before := *p.Stats()
			before.Redactions = append([]int64(nil), p.Stats().Redactions...)
			if err := p.Copy(&out, rd(strings.NewReader(in)), nil); err != nil {
				t.Fatalf("workers=%d %s: %v", workers, name, err)
			}
			if out.String() != want {
				t.Fatalf("workers=%d %s: the output differs from one Stream's", workers, name)
			}
			got := p.Stats()
			if got.Lines-before.Lines != wantStats.Lines || got.LinesChanged-before.LinesChanged != wantStats.LinesChanged ||
				got.Bytes-before.Bytes != wantStats.Bytes || got.PEMResets-before.PEMResets != wantStats.PEMResets {
				t.Fatalf("workers=%d %s: counts %+v, one Stream %+v", workers, name, got, wantStats)
			}
			for i, n := range wantStats.Redactions {
				if got.Redactions[i]-before.Redactions[i] != n {
					t.Fatalf("workers=%d %s: rule %d redactions %d, one Stream %d", workers, name, i, got.Redactions[i]-before.Redactions[i], n)
				}
			}
		}
	}
}

// TestObserverInOrder: the observer sees every block's counts, adding up
// to the input's.
func TestObserverInOrder(t *testing.T) {
	in := input(20)
	_, wantStats := reference(t, in)
	var o sumObserver
	o.sum.Redactions = make([]int64, len(wantStats.Redactions))
	p := New(scrubber(t), 3)
	defer p.Close()
	if err := p.Copy(io.Discard, &chunked{strings.NewReader(in), 777}, &o); err != nil {
		t.Fatal(err)
	}
	if o.calls < 10 || o.sum.Lines != wantStats.Lines || o.sum.LinesChanged != wantStats.LinesChanged {
		t.Fatalf("%d calls, %+v; want the counts %+v", o.calls, o.sum, wantStats)
	}
}

type sumObserver struct {
	calls int
	sum   filter.Stats
}

func (o *sumObserver) ObserveBlock(d *filter.Stats, took time.Duration) {
	if took < 0 {
		panic("negative time")
	}
	o.calls++
	o.sum.Add(d)
}

// TestReadError: what was read before a read error is scrubbed and
// written; the error is a read IOError.
func TestReadError(t *testing.T) {
	bad := errors.New("disk on fire")
	in := strings.Repeat("password=hunter2-x9 ok\n", 50000)
	p := New(scrubber(t), 2)
	defer p.Close()
	var out bytes.Buffer
	err := p.Copy(&out, io.MultiReader(strings.NewReader(in), iotest.ErrReader(bad)), nil)
	var ioe *filter.IOError
	if !errors.As(err, &ioe) || ioe.Op != "read" || !errors.Is(err, bad) {
		t.Fatalf("err %v", err)
	}
	if out.Len() == 0 || strings.Contains(out.String(), "hunter2-x9") || strings.Count(out.String(), "\n") != 50000 {
		t.Fatalf("%d bytes, %d lines out", out.Len(), strings.Count(out.String(), "\n"))
	}
	// A partial line before the error is dropped, as one Stream drops it.
	cut := in + "password=hunter2-x9 partial"
	var ref bytes.Buffer
	rerr := scrubber(t).NewStream().Copy(&ref, io.MultiReader(strings.NewReader(cut), iotest.ErrReader(bad)))
	out.Reset()
	err = p.Copy(&out, io.MultiReader(strings.NewReader(cut), iotest.ErrReader(bad)), nil)
	if !errors.Is(rerr, bad) || !errors.Is(err, bad) || out.String() != ref.String() {
		t.Fatalf("at a read error after a partial line: pool %v, one Stream %v; outputs equal %v", err, rerr, out.String() == ref.String())
	}
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after--; w.after < 0 {
		return 0, os.ErrClosed
	}
	return len(p), nil
}

// TestWriteError: a failing output ends Copy with a write IOError and
// leaves no goroutine behind (the pool is used again after it).
func TestWriteError(t *testing.T) {
	in := input(40)
	p := New(scrubber(t), 3)
	defer p.Close()
	err := p.Copy(&failWriter{after: 2}, &chunked{strings.NewReader(in), 1000}, nil)
	var ioe *filter.IOError
	if !errors.As(err, &ioe) || ioe.Op != "write" {
		t.Fatalf("err %v", err)
	}
	want, _ := reference(t, in)
	var out bytes.Buffer
	if err := p.Copy(&out, strings.NewReader(in), nil); err != nil || out.String() != want {
		t.Fatalf("the pool after a failed Copy: err %v, output equal %v", err, out.String() == want)
	}
}

// TestAllocsDoNotGrowWithBlocks: a Copy allocates its channels and
// goroutines, never per block or line: 8 times the blocks cost the same.
func TestAllocsDoNotGrowWithBlocks(t *testing.T) {
	p := New(scrubber(t), 2)
	defer p.Close()
	small := strings.Repeat(`{"msg":"GET /x","headers":{"x-api-key":"s3cr3tv4lue1"}} password=hunter2-x9`+"\n", 4000)
	big := strings.Repeat(small, 8)
	run := func(in string) float64 {
		p.Copy(io.Discard, &chunked{strings.NewReader(in), 64 << 10}, nil) // warm the buffers
		return testing.AllocsPerRun(5, func() {
			p.Copy(io.Discard, &chunked{strings.NewReader(in), 64 << 10}, nil)
		})
	}
	a, b := run(small), run(big)
	if b > a+2 {
		t.Fatalf("%v allocations for %d blocks, %v for %d", a, len(small)/(64<<10)+1, b, len(big)/(64<<10)+1)
	}
}

// BenchmarkPool scrubs 64 MB of the bench corpus (mixed: JSON and text, 2%
// secret lines) from memory in reads of BlockSize, with 1, 2 and 4 workers.
func BenchmarkPool(b *testing.B) {
	var buf bytes.Buffer
	if _, err := corpus.Generate(&buf, 64<<20, 1); err != nil {
		b.Fatal(err)
	}
	in := buf.Bytes()
	for _, n := range []int{1, 2, 4} {
		b.Run(fmt.Sprint("workers=", n), func(b *testing.B) {
			p := New(scrubber(b), n)
			defer p.Close()
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := p.Copy(io.Discard, bytes.NewReader(in), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPool: whatever the input (cross-line state, long lines, CRLF, no
// final newline, binary), the number of workers and where reads end, the
// pool's output is one Stream's, byte for byte.
func FuzzPool(f *testing.F) {
	// (No seed with input's long line: the fuzzer's instrumented runs of
	// a megabyte seed and its mutations take seconds each.)
	f.Add([]byte(input(1)), uint8(2), uint16(97))
	f.Add([]byte("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\nx"), uint8(3), uint16(5))
	f.Add([]byte("  - name: DB_PASSWORD\n    value: Xk9mQ2vL7pRt4wZ\r\n$ heroku auth:token\nf3a1c9e2-57b4-4d0e-9a6b-2c8d1e7f4a90"), uint8(4), uint16(1))
	f.Add([]byte("\x00\xff\n\n\r\n"), uint8(2), uint16(3))
	sc := scrubber(f)
	pools := map[int]*Pool{}
	f.Fuzz(func(t *testing.T, in []byte, workers uint8, chunk uint16) {
		n := int(workers%4) + 1
		p := pools[n]
		if p == nil {
			p = New(sc, n)
			pools[n] = p
		}
		var want, got bytes.Buffer
		if err := sc.NewStream().Copy(&want, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if err := p.Copy(&got, &chunked{bytes.NewReader(in), int(chunk) + 1}, nil); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("workers=%d chunk=%d: the pool's output differs from one Stream's\n got %q\nwant %q", n, int(chunk)+1, got.Bytes(), want.Bytes())
		}
	})
}

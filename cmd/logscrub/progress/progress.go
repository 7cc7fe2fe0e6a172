// Package progress shows one status line on a terminal while files are
// scrubbed: bytes done of the total, MB/s, the time left and the
// redactions so far. It draws with github.com/schollz/progressbar, at most
// four times a second, and clears the line at the end, so nothing of it is
// left between the lines of a terminal's later output. It never writes to
// the scrubbed output.
//
// A Bar is driven from the goroutine that scrubs: Update takes the raw
// bytes read so far and the redaction count, both read there, so no
// counter of a filter.Stream is read from another goroutine.
package progress

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Interval is the shortest time between two redraws.
const Interval = 250 * time.Millisecond

// Bar is a status line, or nothing when disabled (a nil *Bar is valid and
// does nothing).
type Bar struct {
	bar  *progressbar.ProgressBar
	last time.Time
	red  int64
}

// Enabled decides whether to show progress: forced on or off by the
// flags, else when stderr is a terminal and the inputs are files.
func Enabled(force, silence, filesOnly bool, stderr io.Writer) bool {
	switch {
	case silence:
		return false
	case force:
		return true
	}
	f, ok := stderr.(*os.File)
	return ok && filesOnly && term.IsTerminal(int(f.Fd()))
}

// New starts a bar of total bytes on w.
func New(w io.Writer, total int64) *Bar {
	b := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(Interval),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(24),
		progressbar.OptionShowDescriptionAtLineEnd(),
		progressbar.OptionSetRenderBlankState(true),
	)
	return &Bar{bar: b}
}

// Update sets the bytes done (of all inputs so far) and the redactions.
func (b *Bar) Update(done, redactions int64) {
	if b == nil {
		return
	}
	if redactions != b.red && time.Since(b.last) >= Interval {
		b.red, b.last = redactions, time.Now()
		b.bar.Describe(fmt.Sprintf("%d redactions", redactions))
	}
	_ = b.bar.Set64(done)
}

// Finish clears the line.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	_ = b.bar.Finish()
	_ = b.bar.Clear()
}

// Package workers scrubs one input with several filter.Streams at once.
//
// The input is cut into blocks of whole lines as it is read (a read's
// worth, 256 KiB from a file, whatever has arrived from a pipe), the blocks
// are scrubbed in parallel by one Stream per worker, each starting idle, and
// written in their order. A block is only valid as its worker scrubbed it
// if the line before it left no state (filter.LineState: a private key
// block, a YAML name line, a command whose output is a secret); when it
// did, the writer scrubs the block again itself, in order, from that
// state. State that crosses a block's edge is rare, so the cost is too, and
// the output is byte for byte that of one Stream reading the input in
// order, whatever the number of workers.
//
// The Scrubber is shared read-only; every Stream, buffer and count belongs
// to the Pool, which is not safe for concurrent use (one input at a time).
package workers

import (
	"bytes"
	"io"
	"slices"
	"time"

	"github.com/logscrub/logscrub/filter"
)

// BlockSize is the size of a read, and so of a block when the input is a
// file: as filter.Stream.Copy's.
const BlockSize = 256 << 10

// The bytes of the blocks in flight (read, not yet written) are bounded by
// a budget of tokens, one per 64 KiB, so that blocks of very long lines
// are scrubbed a few at a time and memory stays bounded (a block larger
// than the budget goes alone).
const (
	tokenBytes = 64 << 10
	maxTokens  = (16 << 20) / tokenBytes
)

// Pool scrubs inputs with its workers, goroutines that live until Close
// (so that their stacks, grown once, stay grown).
type Pool struct {
	sc      *filter.Scrubber
	workers []*worker
	seq     *worker // the writer's own, for blocks after a state
	slots   []*slot
	jobs    chan *slot
	budget  chan struct{} // maxTokens, less those of the blocks in flight
	total   filter.Stats
	one     filter.Stats // an input's counts, with one worker
}

// worker is a Stream and the counts it has reported.
type worker struct {
	st   *filter.Stream
	last filter.Stats // the Stream's counts at its last report
}

// slot is one block on its way through the pool.
type slot struct {
	in     []byte           // whole lines; at the end of the input, a last line without ending
	out    []byte           // in, scrubbed by a worker from the idle state
	state  filter.LineState // what in's last line left, scrubbed so
	stats  filter.Stats     // in's counts, scrubbed so
	took   time.Duration
	err    error // the read error after this block
	final  bool  // the input ends with this block
	tokens int   // of the budget, held while the block is in flight
	done   chan struct{}
}

// New returns a Pool of n workers (at least 1) for sc.
func New(sc *filter.Scrubber, n int) *Pool {
	n = max(n, 1)
	p := &Pool{sc: sc, seq: newWorker(sc)}
	p.total.Redactions = make([]int64, len(sc.Rules().Rules))
	p.one.Redactions = make([]int64, len(sc.Rules().Rules))
	for range n {
		p.workers = append(p.workers, newWorker(sc))
	}
	for range 2*n + 2 {
		s := &slot{in: make([]byte, 0, BlockSize), done: make(chan struct{}, 1)}
		s.stats.Redactions = make([]int64, len(sc.Rules().Rules))
		p.slots = append(p.slots, s)
	}
	if n > 1 {
		p.budget = make(chan struct{}, maxTokens)
		for range maxTokens {
			p.budget <- struct{}{}
		}
		p.jobs = make(chan *slot, len(p.slots))
		for _, w := range p.workers {
			go func() {
				for s := range p.jobs {
					w.scrub(s)
					s.done <- struct{}{}
				}
			}()
		}
	}
	return p
}

// Close stops the workers. The Pool must not be used after it.
func (p *Pool) Close() {
	if p.jobs != nil {
		close(p.jobs)
		p.jobs = nil
	}
}

func newWorker(sc *filter.Scrubber) *worker {
	w := &worker{st: sc.NewStream()}
	w.last.Redactions = make([]int64, len(sc.Rules().Rules))
	return w
}

// Workers returns the number of workers.
func (p *Pool) Workers() int { return len(p.workers) }

// Stats returns the counts of every input scrubbed so far. Read it between
// calls of Copy.
func (p *Pool) Stats() *filter.Stats { return &p.total }

// delta sets d to the Stream's counts since its last report, and makes
// these the last.
func (w *worker) delta(d *filter.Stats) {
	d.Diff(w.st.Stats(), &w.last)
	w.last.Set(w.st.Stats())
}

// Copy scrubs src into dst, line for line as one filter.Stream would, and
// returns the first error (a *filter.IOError). obs, when set, receives each
// block's counts in order, from the goroutine that called Copy. With one
// worker it is filter.Stream.Copy.
func (p *Pool) Copy(dst io.Writer, src io.Reader, obs filter.Observer) error {
	if len(p.workers) == 1 {
		w := p.workers[0]
		w.st.Reset()
		w.st.SetObserver(obs)
		err := w.st.Copy(dst, src)
		w.st.SetObserver(nil)
		w.delta(&p.one)
		p.total.Add(&p.one)
		return err
	}
	free := make(chan *slot, len(p.slots))
	order := make(chan *slot, len(p.slots))
	quit := make(chan struct{})
	for _, s := range p.slots {
		free <- s
	}
	go read(src, free, p.jobs, order, p.budget, quit)
	err := p.write(dst, order, free, obs)
	if err != nil {
		close(quit)
		for s := range order { // let the reader and the workers finish
			<-s.done
			for range s.tokens {
				p.budget <- struct{}{}
			}
			s.tokens = 0
		}
	}
	return err
}

// scrub scrubs a block from the idle state.
func (w *worker) scrub(s *slot) {
	w.st.SetLineState(filter.LineState{})
	t0 := time.Now()
	s.out = w.st.ScrubLines(s.out[:0], s.in)
	s.took = time.Since(t0)
	s.state = w.st.LineState()
	w.delta(&s.stats)
}

// read cuts src into blocks: each read's worth up to its last newline (a
// line longer than a read gathered whole), the rest carried into the next.
// Every block goes to the workers and, in order, to the writer; the last
// one is marked final.
func read(src io.Reader, free <-chan *slot, jobs, order chan<- *slot, budget chan struct{}, quit <-chan struct{}) {
	defer close(order)
	var carry []byte
	empty := 0
	for {
		var s *slot
		select {
		case s = <-free:
		case <-quit:
			return
		}
		s.in = append(s.in[:0], carry...)
		s.err, s.final = nil, false
		for {
			if cap(s.in)-len(s.in) < BlockSize/2 {
				s.in = slices.Grow(s.in, BlockSize)
			}
			n, err := src.Read(s.in[len(s.in):cap(s.in)])
			s.in = s.in[:len(s.in)+n]
			if err != nil {
				if err != io.EOF {
					s.err = &filter.IOError{Op: "read", Err: err}
				}
				s.final = true
				break
			}
			if n == 0 {
				if empty++; empty >= 100 {
					s.err, s.final = &filter.IOError{Op: "read", Err: io.ErrNoProgress}, true
					break
				}
				continue
			}
			empty = 0
			if bytes.IndexByte(s.in[len(s.in)-n:], '\n') >= 0 {
				break
			}
		}
		carry = carry[:0]
		if !s.final || s.err != nil {
			// The rest after the last newline waits for the next read; at
			// a read error it is dropped, as filter.Stream.Copy drops it.
			end := bytes.LastIndexByte(s.in, '\n') + 1
			if !s.final {
				carry = append(carry, s.in[end:]...)
			}
			s.in = s.in[:end]
		}
		s.tokens = min((len(s.in)+tokenBytes-1)/tokenBytes, maxTokens)
		for i := 0; i < s.tokens; i++ {
			select {
			case <-budget:
			case <-quit:
				for ; i > 0; i-- {
					budget <- struct{}{}
				}
				s.tokens = 0
				return
			}
		}
		order <- s
		jobs <- s
		if s.final {
			return
		}
	}
}

// write writes the blocks in order, scrubbing again one that follows a
// line that left state.
func (p *Pool) write(dst io.Writer, order <-chan *slot, free chan<- *slot, obs filter.Observer) error {
	var state filter.LineState
	var seqOut []byte
	seqStats := filter.Stats{Redactions: make([]int64, len(p.total.Redactions))}
	for s := range order {
		<-s.done
		out, stats, took := s.out, &s.stats, s.took
		if !state.Idle() {
			p.seq.st.SetLineState(state)
			t0 := time.Now()
			seqOut = p.seq.st.ScrubLines(seqOut[:0], s.in)
			took = time.Since(t0)
			state = p.seq.st.LineState()
			p.seq.delta(&seqStats)
			out, stats = seqOut, &seqStats
		} else {
			state = s.state
		}
		if len(out) > 0 {
			if _, err := dst.Write(out); err != nil {
				for range s.tokens {
					p.budget <- struct{}{}
				}
				s.tokens = 0
				free <- s
				return &filter.IOError{Op: "write", Err: err}
			}
		}
		p.total.Add(stats)
		if obs != nil {
			obs.ObserveBlock(stats, took)
		}
		err := s.err
		for range s.tokens {
			p.budget <- struct{}{}
		}
		s.tokens = 0
		release(s)
		if cap(seqOut) > 4*BlockSize {
			seqOut = nil
		}
		free <- s
		if err != nil {
			return err
		}
	}
	return nil
}

// release lets go of the buffers a block of very long lines grew, so that
// the slots hold BlockSize each between inputs and long lines.
func release(s *slot) {
	if cap(s.in) > 4*BlockSize {
		s.in = make([]byte, 0, BlockSize)
	}
	if cap(s.out) > 4*BlockSize {
		s.out = nil
	}
}

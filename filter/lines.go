package filter

import "bytes"

// LineState is what scrubbing a line leaves for the lines after it: a
// private key block in progress, a YAML name line waiting for its value
// line, a command whose printed output is a secret. It is all a Stream
// carries from one line to the next (the rest is scratch memory), so a
// run of lines scrubbed by a Stream set to the state the line before it
// left is scrubbed exactly as one Stream reading every line in order
// would: what block-parallel scrubbing relies on.
type LineState struct {
	pemActive bool
	pemLines  int
	pending   pendingPair
	output    pendingOutput
}

// Idle reports whether the state carries nothing to the next line: every
// Stream starts so, and a run of lines after an idle state can be scrubbed
// by any Stream.
func (s LineState) Idle() bool {
	return !s.pemActive && s.pending.rule == nil && s.output.rule == nil
}

// LineState returns the state the last line scrubbed left.
func (st *Stream) LineState() LineState {
	return LineState{pemActive: st.pemActive, pemLines: st.pemLines, pending: st.pending, output: st.output}
}

// SetLineState makes the next line scrubbed follow a line that left s (a
// Stream of the same Scrubber).
func (st *Stream) SetLineState(s LineState) {
	st.pemActive, st.pemLines, st.pending, st.output = s.pemActive, s.pemLines, s.pending, s.output
}

// sliceWriter appends what is written to it to a byte slice.
type sliceWriter struct{ b []byte }

func (w *sliceWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

// ScrubLines appends to dst the scrubbed form of blk — whole lines, each
// ending in '\n', and after them at most one last line without an ending
// (the end of an input) — and returns it. Lines are scrubbed as Copy
// scrubs them, state carried in from the line before and out to the next;
// counts go to the Stream's Stats. It allocates only when dst or the
// Stream's scratch memory must grow.
func (st *Stream) ScrubLines(dst, blk []byte) []byte {
	w := &st.lw
	w.b = dst
	end := bytes.LastIndexByte(blk, '\n') + 1
	if end > 0 {
		st.block(w, blk[:end]) // a sliceWriter does not fail
	}
	if end < len(blk) {
		st.writeLine(w, blk[end:])
	}
	dst, w.b = w.b, nil
	if len(blk) > maxRetainedLine {
		st.trim()
	}
	return dst
}

// trim lets go of scratch memory that a very long line grew, so that a
// Stream does not keep it for the short lines after.
func (st *Stream) trim() {
	if cap(st.bhits) > 1<<14 {
		st.bhits = nil
	}
	if cap(st.hits) > 1<<14 {
		st.hits = nil
	}
	if cap(st.spans) > 1<<14 {
		st.spans = nil
	}
	if cap(st.out) > maxRetainedLine {
		st.out = nil
	}
	if cap(st.long) > maxRetainedLine {
		st.long = nil
	}
}

package filter

import "bytes"

// A secret found once in a line is often written there again where no rule
// could see it: a query's value and its bind arguments (Django's debug SQL:
// WHERE "key" = '…' … args=('…',)), a URL and the header that carries the
// same token, a message that quotes the field. Every other occurrence of a
// redacted value in the same line goes too.

// minRepeat is the shortest redacted value whose repetitions are searched:
// shorter ones are too likely to occur by chance.
const minRepeat = 8

// The search is bounded so that a line stays linear in its length whatever
// it holds: the values of the first maxRepeatValues spans are searched, at
// most 2*maxRepeats occurrences of each are looked at, and at most
// maxRepeats are added. (A line of thousands of
// password=… pairs has its pairs found by the rules themselves.)
const (
	maxRepeatValues = 8
	maxRepeats      = 32
)

// repeats appends spans for the other occurrences, in line, of the values
// of spans: whole words only (not inside a longer run of letters, digits,
// '_', '-' or '.'), values with a letter and a digit or a symbol (not a word
// and not a number), never inside another span.
func (st *Stream) repeats(line []byte, spans []span) []span {
	n := min(len(spans), maxRepeatValues)
	added := 0
	for i := 0; i < n && added < maxRepeats; i++ {
		s := spans[i]
		if s.prio == prioSpecific || s.quote || s.escaped || s.end-s.start < minRepeat {
			// A format rule's token (prioSpecific) is found wherever it
			// stands; only values found by their context can hide
			// elsewhere in the line.
			continue
		}
		v := line[s.start:s.end]
		if !repeatable(v) {
			continue
		}
		for from, seen := 0, 0; from < len(line) && added < maxRepeats && seen < 2*maxRepeats; seen++ {
			k := bytes.Index(line[from:], v)
			if k < 0 {
				break
			}
			p := from + k
			from = p + 1
			e := p + len(v)
			if p == s.start || p > 0 && repeatWordByte(line[p-1]) || e < len(line) && repeatWordByte(line[e]) || covered(spans, p, e) {
				continue
			}
			spans = append(spans, span{start: p, end: e, rule: s.rule, prio: s.prio, head: s.head})
			added++
			from = e
		}
	}
	return spans
}

// repeatable: a letter, and a digit or a symbol; or only letters, at least
// minLetterRepeat of them, with lower case and an upper-case letter after
// the first (vZrEclFwOqeA: a random key drawn from letters, not a word or a
// capitalised name); never our replacement.
func repeatable(v []byte) bool {
	letter, other, lower, innerUpper := false, false, false, false
	for i, c := range v {
		switch {
		case isLower(c):
			letter, lower = true, true
		case isUpper(c):
			letter = true
			innerUpper = innerUpper || i > 0
		case c == '[' || c == ']':
			return false // a replacement, whole or in part
		default:
			other = true
		}
	}
	if !other {
		return len(v) >= minLetterRepeat && lower && innerUpper
	}
	return letter
}

// minLetterRepeat is the shortest letters-only value whose repetitions are
// searched.
const minLetterRepeat = 12

func repeatWordByte(c byte) bool { return isAlnum(c) || c == '_' || c == '-' || c == '.' }

// covered reports whether [p, e) overlaps a span.
func covered(spans []span, p, e int) bool {
	for _, s := range spans {
		if p < s.end && s.start < e {
			return true
		}
	}
	return false
}

package filter

import (
	"strconv"
	"unicode/utf8"

	"github.com/logscrub/logscrub/rules"
)

// Finding is one secret found in a line: the bytes line[Start:End] that
// the Stream would replace, and the rule it would replace them for. When
// two rules claim overlapping bytes they are one Finding, attributed to the
// more specific rule (a token format beats "the value of a key"), exactly
// as the redacted output would show it.
//
// A Finding refers to the line it was found in by offsets only; it holds
// no secret bytes, so it may be kept, counted and printed freely. Print the
// secret's place with Scrubber.Preview, never line[Start:End].
type Finding struct {
	Start, End int // byte offsets in the line, End exclusive
	Rule       *rules.Rule
}

// FindLine appends to dst the findings in one line (without its ending)
// and returns the extended slice: the spans AppendLine would redact, in
// order of Start, not overlapping. It carries cross-line state (a private
// key block in progress) and counts Stats exactly as AppendLine does, so a
// stream of lines gives the same findings and counts whether it is
// redacted or only reported.
//
// FindLine does not allocate when dst has room for the findings, and it
// does not retain dst or line.
func (st *Stream) FindLine(dst []Finding, line []byte) []Finding {
	spans := st.scrub(line)
	st.stats.Lines++
	st.stats.Bytes += int64(len(line))
	if len(spans) == 0 {
		return dst
	}
	st.stats.LinesChanged++
	rs := st.sc.set.Rules
	for _, s := range spans {
		dst = append(dst, Finding{Start: s.start, End: s.end, Rule: rs[s.rule]})
	}
	return dst
}

// previewEllipsis stands for the hidden part of a secret.
const previewEllipsis = "…"

// Preview appends to dst a masked preview of the finding f in line (the
// line FindLine reported it in) and returns the extended slice. The
// preview never contains the secret: for a token rule it is the rule's
// public prefix the secret starts with, if any, then "…(N chars)" —
// "ghp_…(40 chars)" — and for every other rule only "…(N chars)". N is the
// length of the whole finding (prefix included) in UTF-8 characters; an
// invalid byte counts as one.
//
// Preview does not allocate when dst has room. It is safe for concurrent
// use. It panics if f's offsets are not within line.
func (sc *Scrubber) Preview(dst []byte, f Finding, line []byte) []byte {
	secret := line[f.Start:f.End]
	if f.Rule != nil && f.Rule.Kind == rules.KindToken {
		if p := publicPrefix(f.Rule, secret); p > 0 {
			dst = append(dst, secret[:p]...)
		}
	}
	dst = append(dst, previewEllipsis...)
	dst = append(dst, '(')
	dst = strconv.AppendInt(dst, int64(utf8.RuneCount(secret)), 10)
	return append(dst, " chars)"...)
}

// publicPrefix returns the length of the longest prefix of the token rule
// r that secret starts with (ignoring ASCII case if the rule does), or 0.
// A prefix as long as the whole secret is not shown: then nothing would be
// hidden.
func publicPrefix(r *rules.Rule, secret []byte) int {
	best := 0
	for _, p := range r.Prefixes {
		if len(p) <= best || len(p) >= len(secret) {
			continue
		}
		if previewHasPrefix(secret, p, r.IgnoreCase) {
			best = len(p)
		}
	}
	return best
}

// previewHasPrefix reports whether b starts with p, ignoring ASCII case when
// fold is set.
func previewHasPrefix(b []byte, p string, fold bool) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c, d := b[i], p[i]
		if fold {
			c, d = previewLower(c), previewLower(d)
		}
		if c != d {
			return false
		}
	}
	return true
}

func previewLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/rules"
)

// A signed URL carries an expiry and a signature in its query, and CDNs
// and image services name the signature briefly (Cloudinary's and imgix's
// s=, Bunny's token=, others' sig=, h=, hash=, sign=, k=):
//
//	GET /api/embed?expires=1710133772&s=zY6eqMDPJpdYuW6O2wv3lJnq0R5npLMUSfKD9VCHYvY
//
// Such a short name means nothing alone (s=1 is a size, a sort, a
// search), so the anchor is the expiry parameter: in a query that holds
// one, a short-named parameter whose value is random (20 bytes or more) is
// the signature, and goes under url-signature. The expiry and every other
// parameter stay.

// expiryParams are the expiry parameters' names, with the '=' (the anchors).
var expiryParams = [...]string{"expires=", "expiry=", "expire="}

// shortSignatureNames are the parameter names that are a signature only
// beside an expiry.
var shortSignatureNames = [...]string{"s", "h", "k", "t", "sign", "hash", "token", "st", "md5", "auth"}

// signedURL appends the signatures of the query around the expiry
// parameter whose name starts at hs.
func (st *Stream) signedURL(spans []span, buf []byte, hs int, r *rules.Rule, base int) []span {
	if r == nil || hs == 0 || buf[hs-1] != '?' && buf[hs-1] != '&' {
		return spans // not a query parameter
	}
	// The query: from its '?' to a blank, a quote, '#' or the end.
	qs := bytes.LastIndexByte(buf[:hs], '?')
	if qs < 0 || bytes.IndexAny(buf[qs:hs], " \t\"'<>") >= 0 {
		return spans
	}
	qe := hs
	for qe < len(buf) && !queryEnd[buf[qe]] {
		qe++
	}
	for i := qs + 1; i < qe; {
		e := i + bytes.IndexByte(buf[i:qe], '&')
		if e < i {
			e = qe
		}
		if eq := bytes.IndexByte(buf[i:e], '='); eq > 0 {
			name, v := buf[i:i+eq], buf[i+eq+1:e]
			if shortSignatureName(name) && len(v) >= 20 && randomPiece(v) && st.allowed(r, v) {
				spans = append(spans, span{start: base + i + eq + 1, end: base + e, rule: int32(r.Index), prio: prioKey})
			}
		}
		i = e + 1
	}
	return spans
}

func shortSignatureName(n []byte) bool {
	for _, s := range shortSignatureNames {
		if equalFoldASCII(n, s) {
			return true
		}
	}
	return false
}

// queryEnd: the bytes that end a query in a log line.
var queryEnd = blankOr("\"'<>`#\\\x7f")

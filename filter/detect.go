package filter

import (
	"bytes"
	"math"

	"github.com/logscrub/logscrub/filter/anchor"
	"github.com/logscrub/logscrub/rules"
)

// token checks a token rule at an anchor hit: the exact prefix, the head
// before it (rules with a head), word boundaries, the body's alphabet and
// length, the checksum, the entropy and the allowlists. It returns the
// token's extent, head included. It does not allocate.
func (st *Stream) token(buf []byte, hitStart int, t *target) (int, int, bool) {
	r := t.rule
	s := hitStart - t.lead
	n := len(buf)
	p := t.literal
	if s < 0 || s+len(p) > n {
		return 0, 0, false
	}
	if r.IgnoreCase {
		if !equalFoldASCII(buf[s:s+len(p)], t.folded) {
			return 0, 0, false
		}
	} else if string(buf[s:s+len(p)]) != p {
		return 0, 0, false
	}
	ts := s // the token's start
	if r.HeadAlphabet != nil {
		// The longest run of head bytes ending at the prefix; one byte
		// more than HeadMax is enough to know it is too long.
		lo := s - r.HeadMax - 1
		if lo < 0 {
			lo = 0
		}
		for ts > lo && r.HeadAlphabet[buf[ts-1]] {
			ts--
		}
		if h := s - ts; h < r.HeadMin || h > r.HeadMax {
			return 0, 0, false
		}
	}
	if ts > 0 && isAlnum(buf[ts-1]) {
		return 0, 0, false
	}
	b := s + len(p)
	e := b
	limit := b + r.MaxLen + 1
	if limit > n {
		limit = n
	}
	for e < limit && r.Alphabet[buf[e]] {
		e++
	}
	if l := e - b; l < r.MinLen || l > r.MaxLen {
		return 0, 0, false
	}
	if e < n && isAlnum(buf[e]) {
		return 0, 0, false
	}
	body := buf[b:e]
	switch r.Checksum {
	case rules.ChecksumGitHubCRC32:
		if !crc32Base62OK(nil, body) && r.KeepOnChecksumMismatch {
			return 0, 0, false
		}
	case rules.ChecksumJWT:
		if !jwtOK(buf[s:e]) && r.KeepOnChecksumMismatch {
			return 0, 0, false
		}
	case rules.ChecksumJWTBase64:
		if !jwtBase64OK(buf[s:e]) && r.KeepOnChecksumMismatch {
			return 0, 0, false
		}
	}
	if r.Entropy > 0 && entropy(body) < r.Entropy {
		return 0, 0, false
	}
	if !st.allowed(r, buf[ts:e]) {
		return 0, 0, false
	}
	return ts, e, true
}

// entropy is the Shannon entropy of b in bits per byte.
func entropy(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	var counts [256]uint32
	for _, c := range b {
		counts[c]++
	}
	// H = log2(n) - (1/n)·Σ c·log2(c), with c·log2(c) from a table.
	sum := 0.0
	for _, c := range counts {
		if c > 1 {
			if c < uint32(len(cLog2C)) {
				sum += cLog2C[c]
			} else {
				sum += float64(c) * math.Log2(float64(c))
			}
		}
	}
	n := float64(len(b))
	return math.Log2(n) - sum/n
}

// cLog2C[c] is c·log2(c).
var cLog2C = func() (t [256]float64) {
	for c := 1; c < len(t); c++ {
		t[c] = float64(c) * math.Log2(float64(c))
	}
	return t
}()

// urlPassword finds the password in a URL's userinfo after a "://" (or
// ":\/\/" in JSON-escaped text) at [hs, he).
func urlPassword(buf []byte, hs, he int) (int, int, bool) {
	if hs == 0 || !isAlnum(buf[hs-1]) {
		return 0, 0, false // no scheme
	}
	n := len(buf)
	at, colon := -1, -1
	i := he
	for ; i < n; i++ {
		c := buf[i]
		if c == '@' {
			at = i
			continue
		}
		if c == ':' && colon < 0 && at < 0 {
			colon = i
			continue
		}
		if authorityEnd[c] {
			break
		}
	}
	if at < 0 && colon >= 0 && i < n && laxUserinfo[buf[i]] {
		// A password written into the URL unencoded, holding '?', '#' or
		// brackets (postgresql://app:U8A^v?xh-~I.U#@pg.internal/app): the
		// last '@' before a blank, a quote or a '/', where a host name
		// follows.
		for k := i; k < n && !laxUserinfoEnd[buf[k]]; k++ {
			if buf[k] == '@' && hostFollows(buf[k+1:]) {
				at = k
			}
		}
	}
	if at < 0 || colon < 0 || colon > at || colon+1 >= at {
		return 0, 0, false
	}
	return colon + 1, at, true
}

// laxUserinfo: the bytes that end a URL's authority and that a password
// written unencoded may hold.
var laxUserinfo = byteSet("?#[]{}|")

// laxUserinfoEnd: the bytes such a password cannot hold.
var laxUserinfoEnd = blankOr("/\\\"'<>`\x7f")

// hostFollows reports whether b begins with a host: a name with a port or
// a path after it (pg.internal:5432, db/app), or a host name as the
// classifier knows them (isHost) before the end, a blank, a quote or
// punctuation.
func hostFollows(b []byte) bool {
	k, letter := 0, false
	for k < len(b) && (isAlnum(b[k]) || b[k] == '-' || b[k] == '.') {
		letter = letter || isLower(b[k]) || isUpper(b[k])
		k++
	}
	if k == 0 || !letter {
		return false
	}
	if k < len(b) && (b[k] == ':' || b[k] == '/') {
		return true
	}
	if k < len(b) && !bytes.ContainsRune([]byte(" \t\"'),;"), rune(b[k])) {
		return false
	}
	return isHost(b[:k])
}

// dsnPassword finds the password of a DSN written without a scheme,
// user:password@tcp(host:port)/db (Go's MySQL driver), given the '@' at at:
// the userinfo runs back from it to a blank, a quote, '=' or the start,
// and the password follows its first ':'. The password may hold ':' and
// '@'; the user may be empty.
func dsnPassword(buf []byte, at int) (int, int, bool) {
	s := at
	for s > 0 && !dsnStart[buf[s-1]] {
		s--
	}
	colon := bytes.IndexByte(buf[s:at], ':')
	if colon < 0 || s+colon+1 >= at {
		return 0, 0, false
	}
	return s + colon + 1, at, true
}

// byteSet is the set of the bytes in chars.
func byteSet(chars string) (t [256]bool) {
	for i := 0; i < len(chars); i++ {
		t[chars[i]] = true
	}
	return t
}

// blankOr is byteSet with the blank and control bytes (up to ' ').
func blankOr(chars string) [256]bool {
	t := byteSet(chars)
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	return t
}

// dsnStart: the bytes before a scheme-less DSN.
var dsnStart = blankOr("\"'=`,;<>()[]{}|\x7f")

// authorityEnd: the bytes that end a URL's authority (userinfo@host:port).
var authorityEnd = blankOr("/?#\\\"'<>`[]{}|\x7f")

var (
	pemBegin = []byte("-----BEGIN")
	pemEnd   = []byte("-----END")
	pemDash  = []byte("-----")
)

// privateKey handles a "-----BEGIN" at s: if the label names a private key,
// the body up to the END line (or the end of buf) is redacted. On a text
// line (top) whose block does not end on it, the stream enters the
// multi-line state.
func (st *Stream) privateKey(spans []span, buf []byte, s int, r *rules.Rule, base int, top bool) ([]span, int) {
	if s < 0 || !bytes.HasPrefix(buf[s:], pemBegin) {
		return spans, -1
	}
	ls := s + len(pemBegin)
	lim := ls + 80
	if lim > len(buf) {
		lim = len(buf)
	}
	k := bytes.Index(buf[ls:lim], pemDash)
	if k < 0 || !bytes.Contains(buf[ls:ls+k], []byte("PRIVATE KEY")) {
		return spans, -1
	}
	h := ls + k + len(pemDash)
	if e := st.pemEndAfter(buf, h); e >= 0 {
		body := bytes.TrimSpace(buf[h : h+e])
		if len(body) > 0 && !isPlaceholder(body) && !isPlaceholder(trimEscapedSpace(body)) {
			spans = append(spans, span{start: base + h, end: base + h + e, rule: int32(r.Index), prio: prioSpecific})
		}
		return spans, h + e
	}
	end := len(buf)
	if top {
		// Trailing "\r" or spaces are not key material.
		for end > h && (buf[end-1] == ' ' || buf[end-1] == '\t') {
			end--
		}
		st.pemActive = true
		st.pemLines = 0
	}
	if end > h && !isPlaceholder(bytes.TrimSpace(buf[h:end])) {
		spans = append(spans, span{start: base + h, end: base + end, rule: int32(r.Index), prio: prioSpecific})
	}
	return spans, len(buf)
}

// pemEndAfter returns the offset from h of the next "-----END", or -1,
// remembering the answer so that many BEGINs before one END (or none) cost
// one scan.
func (st *Stream) pemEndAfter(buf []byte, h int) int {
	m := &st.pemMemo
	if !(m.valid(buf) && m.from <= h && h <= m.at) {
		at := len(buf)
		if e := bytes.Index(buf[h:], pemEnd); e >= 0 {
			at = h + e
		}
		m.set(buf, h, at)
	}
	if m.at == len(buf) {
		return -1
	}
	return m.at - h
}

// trimEscapedSpace trims literal "\n" escapes around a JSON-escaped body.
func trimEscapedSpace(b []byte) []byte {
	for bytes.HasPrefix(b, []byte(`\n`)) {
		b = b[2:]
	}
	for bytes.HasSuffix(b, []byte(`\n`)) {
		b = b[:len(b)-2]
	}
	return b
}

// regex runs a regex rule in a bounded window around its anchor hit. It
// allocates (the regexp package does); regex rules are for user rules, not
// the default set.
//
// The window reaches Window bytes before the hit (a match is at most Window
// long) and 2×Window after it; a later hit whose own window is already
// covered is skipped, and a new window starts no earlier than one Window
// before the end of the last, so that keywords repeated along a long line
// cost time linear in the line, not in hits × window.
func (st *Stream) regex(spans []span, buf []byte, h anchor.Hit, r *rules.Rule, base int) []span {
	done := st.regexDone(r.Index)
	if *done >= int(h.End)+r.Window || *done == len(buf) {
		return spans
	}
	ws := max(int(h.Start)-r.Window, *done-r.Window, 0)
	we := min(int(h.End)+2*r.Window, len(buf))
	*done = we
	for _, m := range r.Regex.FindAllSubmatchIndex(buf[ws:we], -1) {
		s, e := m[2*r.SecretGroup], m[2*r.SecretGroup+1]
		if s < 0 || e <= s {
			continue
		}
		v := buf[ws+s : ws+e]
		if r.Entropy > 0 && entropy(v) < r.Entropy {
			continue
		}
		if !st.allowed(r, v) {
			continue
		}
		spans = append(spans, span{start: base + ws + s, end: base + ws + e, rule: int32(r.Index), prio: prioSpecific})
	}
	return spans
}

// regexDone returns how far the current buffer has been searched for a
// regex rule (reset for every buffer by scanText).
func (st *Stream) regexDone(rule int) *int {
	for i := range st.regexScan {
		if st.regexScan[i].rule == rule {
			return &st.regexScan[i].done
		}
	}
	st.regexScan = append(st.regexScan, regexScan{rule: rule, done: -1 << 30})
	return &st.regexScan[len(st.regexScan)-1].done
}

type regexScan struct{ rule, done int }

// maxCurlScan bounds how far after "curl" its flags are looked for.
const maxCurlScan = 4096

// curlUser finds curl's credentials flags after a "curl" ending at from:
// -u/--user/-U/--proxy-user, then user:password (joined, after a space or
// '=', optionally quoted). The password part is redacted; a user alone (curl
// then prompts) is left. -b/--cookie 'a=1; b=2' has its cookie values
// redacted by the cookie key rule (a -b argument without '=' is a file).
// curlCommand reports whether the "curl" ending at end starts a command
// ("curl -u …", "curl.exe -u …") rather than naming the tool in a user
// agent or a library ("curl/8.5.0", "libcurl").
func curlCommand(buf []byte, end int) bool {
	if end < len(buf) && isSpace(buf[end]) {
		return true
	}
	return bytes.HasPrefix(buf[end:], []byte(".exe")) && end+4 < len(buf) && isSpace(buf[end+4])
}

func (st *Stream) curlUser(spans []span, buf []byte, from int, r *rules.Rule, base int) ([]span, int) {
	end := from + maxCurlScan
	if end > len(buf) {
		end = len(buf)
	}
	if k := bytes.IndexByte(buf[from:end], '\n'); k >= 0 {
		end = from + k
	}
	for i := from; i < end; i++ {
		if buf[i] != '-' {
			k := bytes.IndexByte(buf[i:end], '-')
			if k < 0 {
				break
			}
			i += k
		}
		if !isSpace(buf[i-1]) {
			continue
		}
		j := i + 1
		cookie := false
		switch {
		case j < end && (buf[j] == 'u' || buf[j] == 'U'):
			j++
		case bytes.HasPrefix(buf[j:end], []byte("-user")):
			j += 5
		case bytes.HasPrefix(buf[j:end], []byte("-proxy-user")):
			j += 11
		case j < end && buf[j] == 'b':
			j, cookie = j+1, true
		case bytes.HasPrefix(buf[j:end], []byte("-cookie")) && !bytes.HasPrefix(buf[j:end], []byte("-cookie-jar")):
			j, cookie = j+7, true
		default:
			continue
		}
		if j < end && buf[j] == '=' {
			j++
		}
		for j < end && isSpace(buf[j]) {
			j++
		}
		var q byte
		if j < end && (buf[j] == '\'' || buf[j] == '"') {
			q = buf[j]
			j++
		}
		k := j
		if cookie && q != 0 {
			// -b 'a=1; b=2': the quoted argument, cookie pairs.
			for k < end && buf[k] != q {
				k++
			}
			if cr := st.sc.cookieRule; cr != nil && bytes.IndexByte(buf[j:k], '=') >= 0 {
				spans = st.valueSpans(spans, cr, buf[:k], j, k, true, base)
			}
			i = k
			continue
		}
		for k < end && !isSpace(buf[k]) && buf[k] != q && buf[k] != '\\' {
			k++
		}
		arg := buf[j:k]
		if cookie {
			// -b a=1 (a name=value) or -b jar.txt (a file).
			if cr := st.sc.cookieRule; cr != nil && bytes.IndexByte(arg, '=') >= 0 {
				spans = st.valueSpans(spans, cr, buf[:k], j, k, false, base)
			}
			i = k
			continue
		}
		if c := bytes.IndexByte(arg, ':'); c >= 0 && c+1 < len(arg) {
			if v := arg[c+1:]; st.allowed(r, v) {
				spans = append(spans, span{start: base + j + c + 1, end: base + k, rule: int32(r.Index), prio: prioSpecific})
			}
		}
		i = k
	}
	return spans, end
}

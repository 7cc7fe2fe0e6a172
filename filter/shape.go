package filter

import (
	"bytes"
	"encoding/base64"
	"unicode/utf8"
)

// The value classifier. Where a value sits (a JSON member, key=value, a
// name/value pair, a flag, a prose cue) only makes it a candidate; what the
// value is decides. valueShape names the harmless shapes that real logs put
// under names that sound secret — resource names, paths, URLs, timestamps,
// ids, public keys, cursors, prose — and every key path (text, JSON, pairs,
// flags, cues) asks it before it redacts. It is pure, safe for concurrent
// use and does not allocate.

// maxShapeLen bounds the values the classifier looks into.
const maxShapeLen = 2048

// shape is what a candidate value looks like.
type shape uint8

const (
	shapeOpaque      shape = iota // nothing harmless recognised: may be a secret
	shapePlaceholder              // empty, ***, ${VAR}, <nil>, null, our own replacement
	shapeFlag                     // true, false, yes, no, on, off, enabled, disabled
	shapeNumber                   // digits with . _ - : between, 0x-hex, a float
	shapeTimestamp                // 2024-03-14T10:00:00Z, 10:00:00.123, 2024-03-14
	shapeUUID                     // 8-4-4-4-12 hex digits
	shapeHex                      // hex digits only (digests, ids, fingerprints)
	shapeFingerprint              // hex pairs joined by ':' (ab:cd:ef:…)
	shapeResource                 // arn:…, urn:…, a resource path such as projects/p/secrets/s
	shapeURL                      // scheme://host/… without a password
	shapePath                     // /abs/path, ./rel, ~/x, C:\dir, uploads/2024/a.png
	shapeEmail                    // user@example.com
	shapeSID                      // S-1-5-21-…
	shapeIP                       // 10.0.0.1, ::1
	shapeHost                     // api.example.com
	shapeProse                    // words with spaces, none of them random
	shapePublicKey                // ssh-rsa AAAA…, pk_live_…, PUBLIC KEY / CERTIFICATE blocks
	shapeB64JSON                  // base64 of a JSON document that is not a JWT (cursors)
	shapeIdentifier               // user_profile_v2, com.example.Foo, ValueString, ROLE_ADMIN
	shapeObject                   // Token{a64f992, android.os.BinderProxy@2bd79ce, {…}
)

var shapeNames = [...]string{"opaque", "placeholder", "flag", "number", "timestamp", "uuid", "hex",
	"fingerprint", "resource", "url", "path", "email", "sid", "ip", "host", "prose", "public-key",
	"base64-json", "identifier", "object"}

func (s shape) String() string { return shapeNames[s] }

// valueShape classifies a candidate value (its bytes as written, quotes
// removed).
func valueShape(v []byte) shape {
	if len(v) <= maxPercentShape && (bytes.IndexByte(v, '%') >= 0 || bytes.IndexByte(v, '+') >= 0) && formEncoded(v) {
		// A value from a URL or a form: judged as decoded, '+' a blank
		// (%24DB_PASSWORD is a stand-in, %2A%2A%2A%2A a mask,
		// ET+POLICY+Outbound+curl a rule name).
		var buf [maxPercentShape]byte
		if d := formDecode(buf[:0], v); !bytes.Equal(d, v) {
			return valueShapeOf(d)
		}
	}
	return valueShapeOf(v)
}

// formEncoded: only the bytes a URL or form encoder leaves as they are
// (letters, digits, - _ . ~ * + %), so '+' can be a blank there; a value
// with other punctuation was not encoded (a password like 7pICfn+<}F).
func formEncoded(v []byte) bool {
	for _, c := range v {
		if !isAlnum(c) && c != '-' && c != '_' && c != '.' && c != '~' && c != '*' && c != '+' && c != '%' {
			return false
		}
	}
	return true
}

// formDecode is percentDecode that also reads '+' as a blank, as HTML
// forms and query strings write one.
func formDecode(dst, v []byte) []byte {
	dst = percentDecode(dst, v)
	for i, c := range dst {
		if c == '+' {
			dst[i] = ' '
		}
	}
	return dst
}

// maxPercentShape bounds the percent-encoded values that are decoded
// before they are classified.
const maxPercentShape = 2048

// percentDecode appends v with each %XX (two hex digits) decoded to dst.
func percentDecode(dst, v []byte) []byte {
	for i := 0; i < len(v); i++ {
		if c, ok := pctByte(v, i); ok {
			dst = append(dst, c)
			i += 2
			continue
		}
		dst = append(dst, v[i])
	}
	return dst
}

// pctByte decodes the %XX at v[i], if one stands there.
func pctByte(v []byte, i int) (byte, bool) {
	if v[i] != '%' || i+2 >= len(v) || !hexBytes[v[i+1]] || !hexBytes[v[i+2]] {
		return 0, false
	}
	return unhex(v[i+1])<<4 | unhex(v[i+2]), true
}

// unhex is the value of a hex digit.
func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

func valueShapeOf(v []byte) shape {
	n := len(v)
	if n == 0 || isPlaceholder(v) {
		return shapePlaceholder
	}
	if isFlagWord(v) {
		return shapeFlag
	}
	if n > maxShapeLen {
		// Nothing harmless is this long; the tests below stay bounded.
		return shapeOpaque
	}
	if n >= 20 && v[0] == 'e' && v[1] == 'y' && jwtOK(v) {
		// A JWT (three segments, a header with an alg): a credential,
		// known without the twenty tests below, which it would fail.
		return shapeOpaque
	}
	c := byteClassesOf(v)
	if c&(clsLower|clsUpper|clsDigit|clsHigh) == 0 {
		// "[", "{", "--", "…": the start of a structure or a mask.
		return shapePlaceholder
	}
	// Each test runs only where the bytes it needs are present.
	sep := c&(clsDash|clsUnderscore|clsDot|clsColon) != 0
	switch {
	case c&clsDigit != 0 && looksNumeric(v):
		return shapeNumber
	case n == 36 && looksLikeUUID(v):
		return shapeUUID
	case n == 34 && c&clsUpper != 0 && isTypedHexID(v):
		return shapeIdentifier
	case c&clsDigit != 0 && isTimestamp(v):
		return shapeTimestamp
	case isHexString(v) || c&(clsDash|clsSlash|clsColon) != 0 && isHexGroups(v) || c&clsEq != 0 && isTaggedHex(v):
		return shapeHex
	case c&clsEq != 0 && isBase64Digest(v):
		return shapeHex
	case c&(clsColon|clsDash) != 0 && isFingerprint(v):
		return shapeFingerprint
	case c&clsDash != 0 && isSID(v):
		return shapeSID
	case c&clsColon != 0 && (hasPrefixFold(v, "arn:") || hasPrefixFold(v, "urn:")) || c&clsDash != 0 && isResourceID(v):
		return shapeResource
	case publicKeyStart(v[0]) && isPublicKey(v):
		return shapePublicKey
	case c&clsColon != 0 && c&clsSlash != 0 && isURLWithoutPassword(v):
		return shapeURL
	case c&clsAt != 0 && isEmail(v):
		return shapeEmail
	case c&(clsDot|clsColon) != 0 && c&clsDigit != 0 && isIP(v):
		return shapeIP
	case c&clsSpace != 0 && isProse(v):
		return shapeProse
	case c&clsSlash != 0 && looksLikePath(v) && pathSegmentsPlain(v, true):
		return shapePath
	case c&(clsSlash|clsBackslash) != 0 && isRelativePath(v):
		return shapePath
	case c&clsDot != 0 && isHost(v):
		return shapeHost
	case (v[0] == 'e' || v[0] == 'W') && isBase64JSON(v):
		return shapeB64JSON
	case c&(clsDot|clsOther) != 0 && looksLikeObject(v):
		return shapeObject
	case sep && looksLikeIdentifier(v) || c&(clsDigit|clsOther|clsSpace|clsSlash|clsAt|clsEq|clsBackslash|clsHigh) == 0 && isWordIdentifier(v) ||
		c&clsDigit != 0 && c&^(clsLower|clsUpper|clsDigit) == 0 && isWordNumber(v) || sep && isSegmentedName(v):
		return shapeIdentifier
	case c&(clsDash|clsUnderscore) != 0 && isDigit(v[n-1]) && isSerialID(v) || hasTypedRun(v):
		return shapeIdentifier
	}
	return shapeOpaque
}

// Byte classes, so that valueShapeOf runs each test only where the bytes it
// needs occur: one pass over the value instead of one per test.
const (
	clsLower = 1 << iota
	clsUpper
	clsDigit
	clsDash
	clsUnderscore
	clsDot
	clsColon
	clsSlash
	clsBackslash
	clsAt
	clsEq
	clsSpace
	clsHigh // bytes >= 0x80
	clsOther
)

var byteClass = func() (t [256]uint16) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = clsLower
		case 'A' <= c && c <= 'Z':
			t[c] = clsUpper
		case '0' <= c && c <= '9':
			t[c] = clsDigit
		case c >= 0x80:
			t[c] = clsHigh
		default:
			switch c {
			case '-':
				t[c] = clsDash
			case '_':
				t[c] = clsUnderscore
			case '.':
				t[c] = clsDot
			case ':':
				t[c] = clsColon
			case '/':
				t[c] = clsSlash
			case '\\':
				t[c] = clsBackslash
			case '@':
				t[c] = clsAt
			case '=':
				t[c] = clsEq
			case ' ', '\t':
				t[c] = clsSpace
			default:
				t[c] = clsOther
			}
		}
	}
	return t
}()

func byteClassesOf(v []byte) uint16 {
	var c uint16
	for _, b := range v {
		c |= byteClass[b]
	}
	return c
}

// publicKeyStart: the first bytes of the prefixes isPublicKey knows.
func publicKeyStart(c byte) bool {
	switch c {
	case 's', 'e', 'p', 'P', 'N', '-':
		return true
	}
	return false
}

// isSerialID: two or more pieces joined by '-' or '_' that each end in a
// run of six or more decimal digits (or are all digits), one piece at least
// with a letter: a short code stamped with a serial or process number, as mail
// queue ids are (q6OL7fsQ018870-q6OL7fsR018870). Generated secrets spread
// digits evenly: six in a row closing every piece is about one chance in
// 60,000 per piece for base62.
func isSerialID(v []byte) bool {
	letters, pieces := false, 0
	for rest := v; len(rest) > 0; pieces++ {
		k := 0
		for k < len(rest) && rest[k] != '-' && rest[k] != '_' {
			k++
		}
		p := rest[:k]
		d := 0
		for d < len(p) && isDigit(p[len(p)-1-d]) {
			d++
		}
		if d < 6 && d != len(p) || len(p) == 0 {
			return false
		}
		for _, c := range p[:len(p)-d] {
			if !isAlnum(c) {
				return false
			}
			letters = true
		}
		if k == len(rest) {
			pieces++
			break
		}
		rest = rest[k+1:]
		if len(rest) == 0 {
			return false
		}
	}
	return letters && pieces >= 2
}

// hasTypedRun: in a value of 40 bytes or fewer, a run of five or more of
// the same letter or digit, which a
// person types (asssss, eeeee) and a generator all but never emits: for
// base62 about one chance in 15 million per position. Such a value is not
// a random token; rules for passwords still take it. Runs of A, 0 and f
// are what zero and all-ones bytes look like in base64 and hex
// (hvb.AAAAAQ…), so they do not count.
func hasTypedRun(v []byte) bool {
	if len(v) > 40 {
		// Long tokens are judged by their format rules and entropy; test
		// keys pad with runs (AGE-SECRET-KEY-1QQQQ…).
		return false
	}
	run := 1
	for i := 1; i < len(v); i++ {
		if c := v[i]; c == v[i-1] && isAlnum(c) && c != 'A' && c != '0' && c != 'f' && c != 'F' {
			run++
			if run >= 5 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

func hasAlnum(v []byte) bool {
	for _, c := range v {
		if isAlnum(c) || c >= 0x80 {
			return true
		}
	}
	return false
}

// isFlagWord: yes/no answers and switches ("using password: YES").
func isFlagWord(v []byte) bool {
	if len(v) > 8 {
		return false
	}
	for _, w := range [...]string{"true", "false", "yes", "no", "on", "off", "enabled", "disabled", "y", "n", "set", "unset", "present", "absent"} {
		if equalFoldASCII(v, w) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// isTimestamp: dates and times as logs write them: digits with - / : . , T
// Z + and a space, starting with a digit, at least one '-', '/' or ':',
// and no letters but T, Z and a trailing zone abbreviation.
func isTimestamp(v []byte) bool {
	if len(v) < 8 || len(v) > 40 || !isDigit(v[0]) {
		return false
	}
	digits, seps := 0, 0
	for i, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c == '-' || c == '/' || c == ':':
			seps++
		case c == '.' || c == ',' || c == '+' || c == ' ':
		case c == 'T' || c == 'Z' || c == 'z':
		case isUpper(c) && i > 0 && v[i-1] == ' ':
			// A zone name at the end: " UTC", " CET".
			for _, d := range v[i:] {
				if !isUpper(d) {
					return false
				}
			}
			return digits >= 6 && seps >= 2
		default:
			return false
		}
	}
	return digits >= 6 && seps >= 2
}

// isHexString: hex digits only, with at least one digit and, past 12
// characters, one letter a-f (a long run of digits alone is a number).
func isHexString(v []byte) bool {
	if len(v) < 8 {
		return false
	}
	// A numbered digest: <hex>_0, <hex>-2.
	k := len(v) - 1
	for k >= len(v)-5 && v[k] != '_' && v[k] != '-' {
		k--
	}
	if k >= 8 && k >= len(v)-4 && k < len(v)-1 && (v[k] == '_' || v[k] == '-') {
		for _, c := range v[k+1:] {
			if !isDigit(c) {
				return false
			}
		}
		v = v[:k]
	}
	if len(v) >= 2+64 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') {
		v = v[2:] // 0x and 256 bits or more (looksNumeric leaves these here)
	}
	lower, upper := false, false
	for _, c := range v {
		switch {
		case isDigit(c):
		case 'a' <= c && c <= 'f':
			lower = true
		case 'A' <= c && c <= 'F':
			upper = true
		default:
			return false
		}
	}
	return !(lower && upper)
}

// isTaggedHex: a hex digest or MAC tagged with its algorithm, as webhook
// signatures and digests are written: sha256=…, sha1=…, md5=…, v1=….
func isTaggedHex(v []byte) bool {
	k := bytes.IndexByte(v, '=')
	if k < 2 || k > 7 || !isLower(v[0]) {
		return false
	}
	for _, c := range v[:k] {
		if !isLower(c) && !isDigit(c) {
			return false
		}
	}
	return isHexString(v[k+1:])
}

// isHexGroups: two or more hex groups of four or more joined by one of
// - / : (IKE cookies 891f38892b0e6bd6-d71409f32c496d13, ids).
func isHexGroups(v []byte) bool {
	if len(v) < 9 {
		return false
	}
	groups, run := 0, 0
	var sep byte
	for _, c := range v {
		if hexBytes[c] {
			run++
			continue
		}
		if c != '-' && c != '/' && c != ':' || run < 4 || (sep != 0 && c != sep) {
			return false
		}
		sep = c
		groups++
		run = 0
	}
	return run >= 4 && groups >= 1
}

// isBase64Digest: standard base64 with its padding, of the length of an
// MD5, SHA-1, SHA-256 or SHA-512 digest (24, 28, 44, 88 characters) —
// Content-MD5, x-amz-content-sha256, merge keys. Treated as hex: rules that
// ignore hex ids ignore these.
func isBase64Digest(v []byte) bool {
	switch len(v) {
	case 24, 28, 44, 88:
	default:
		return false
	}
	if v[len(v)-1] != '=' {
		return false
	}
	for _, c := range bytes.TrimRight(v, "=") {
		if !isAlnum(c) && c != '+' && c != '/' {
			return false
		}
	}
	return true
}

// isResourceID: a cloud resource id, a short lower-case type prefix, '-',
// then 8 or 17 hex digits (i-0abc…, sg-…, tms-05e1e21760419ecb6).
func isResourceID(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d < 1 || d > 8 {
		return false
	}
	for _, c := range v[:d] {
		if !isLower(c) {
			return false
		}
	}
	h := v[d+1:]
	if len(h) != 8 && len(h) != 17 {
		return false
	}
	for _, c := range h {
		if !isDigit(c) && !('a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// isFingerprint: at least four hex pairs joined by ':' (or '-'), as
// certificate and SSH fingerprints are written; also "SHA256:" + base64
// (OpenSSH's form).
func isFingerprint(v []byte) bool {
	if hasPrefixFold(v, "sha256:") || hasPrefixFold(v, "sha1:") || hasPrefixFold(v, "md5:") {
		return true
	}
	if len(v) < 11 || (len(v)+1)%3 != 0 {
		return false
	}
	sep := v[2]
	if sep != ':' && sep != '-' {
		return false
	}
	for i := 0; i < len(v); i += 3 {
		if !hexBytes[v[i]] || !hexBytes[v[i+1]] || (i+2 < len(v) && v[i+2] != sep) {
			return false
		}
	}
	return true
}

// isSID: a Windows security identifier, S-1- then dash-separated numbers.
func isSID(v []byte) bool {
	if len(v) < 5 || (v[0] != 'S' && v[0] != 's') || v[1] != '-' || v[2] != '1' || v[3] != '-' {
		return false
	}
	for _, c := range v[4:] {
		if !isDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// isPublicKey: public halves and keys that are public by design: OpenSSH
// public keys, PEM public keys and certificates, and publishable API keys
// (Stripe pk_, PostHog phc_, Mapbox pk.eyJ, Langfuse pk-lf-, New Relic
// browser NRJS-, Square application ids sq0idp-, PubNub subscribe keys
// sub-c-).
func isPublicKey(v []byte) bool {
	if k := bytes.IndexByte(v, '+'); k > 0 && k < 24 && bytes.IndexByte(v[:k], ' ') < 0 {
		// ssh-rsa+AAAA…: a form-encoded blank after the key type.
		var buf [48]byte
		n := copy(buf[:], v[:k])
		buf[n] = ' '
		m := copy(buf[n+1:], v[k+1:])
		return isPublicKey(buf[:n+1+m])
	}
	for _, p := range [...]string{"ssh-rsa ", "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "sk-ssh-ed25519@", "sk-ecdsa-sha2-",
		"pk_live_", "pk_test_", "phc_", "pk.eyJ", "pk-lf-", "NRJS-", "sq0idp-", "sub-c-",
		"-----BEGIN PUBLIC KEY", "-----BEGIN RSA PUBLIC KEY", "-----BEGIN CERTIFICATE", "-----BEGIN PGP PUBLIC KEY", "-----BEGIN SSH2 PUBLIC KEY"} {
		if bytes.HasPrefix(v, []byte(p)) {
			return true
		}
	}
	return false
}

// isURLWithoutPassword: scheme://… with no password in its userinfo. A
// token inside the URL (a query parameter, a webhook path) is still found by
// the text scan of the string and by the token rules.
func isURLWithoutPassword(v []byte) bool {
	i := bytes.Index(v, []byte("://"))
	if i < 2 || i > 20 {
		return false
	}
	for _, c := range v[:i] {
		if !isAlnum(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	rest := v[i+3:]
	end := len(rest)
	for k, c := range rest {
		if c == '/' || c == '?' || c == '#' {
			end = k
			break
		}
	}
	auth := rest[:end]
	if at := bytes.LastIndexByte(auth, '@'); at >= 0 && bytes.IndexByte(auth[:at], ':') >= 0 {
		return false
	}
	return bytes.IndexByte(v, ' ') < 0
}

// isEmail: local@domain.tld with a plain local part.
func isEmail(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	if at < 1 || at != bytes.LastIndexByte(v, '@') {
		return false
	}
	for _, c := range v[:at] {
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' && c != '+' {
			return false
		}
	}
	return isHost(v[at+1:])
}

// isIP: a dotted IPv4 address (optionally with a port or prefix length)
// or an IPv6 address of hex groups and colons.
func isIP(v []byte) bool {
	dots, colons, digits := 0, 0, 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c == '.':
			dots++
		case c == ':':
			colons++
		case hexBytes[c] || c == '/' || c == '%':
		default:
			return false
		}
	}
	return (dots == 3 && digits >= 4) || colons >= 2
}

// isHost: lower-case DNS labels joined by dots, the last of letters.
func isHost(v []byte) bool {
	if len(v) < 4 || len(v) > 253 {
		return false
	}
	dots, label, letters := 0, 0, 0
	for _, c := range v {
		switch {
		case c == '.':
			if label == 0 {
				return false
			}
			dots++
			label, letters = 0, 0
		case isLower(c):
			label++
			letters++
		case isDigit(c) || c == '-':
			label++
		default:
			return false
		}
		if label > 63 {
			return false
		}
	}
	return dots >= 1 && label >= 2 && letters == label
}

// isProse: at least two words separated by spaces, none of them random
// (an Authorization-like "Bearer abc123def456" is not prose).
func isProse(v []byte) bool {
	if bytes.IndexByte(v, ' ') < 0 {
		return false
	}
	words := 0
	for rest := v; ; {
		w, more := nextWord(rest)
		if len(w) == 0 {
			break
		}
		if randomWord(w) {
			return false
		}
		words++
		rest = more
	}
	return words >= 2
}

// nextWord returns the first blank-separated word of v and what follows
// it, without allocating (bytes.Fields would).
func nextWord(v []byte) (word, rest []byte) {
	i := 0
	for i < len(v) && (v[i] == ' ' || v[i] == '\t') {
		i++
	}
	j := i
	for j < len(v) && v[j] != ' ' && v[j] != '\t' {
		j++
	}
	return v[i:j], v[j:]
}

// randomWord reports whether a word looks machine-made: one of its pieces
// (split at - _ . : / = +) is random (randomPiece), or it is long base64.
func randomWord(w []byte) bool {
	if len(w) < 8 {
		return false
	}
	start := 0
	for i := 0; i <= len(w); i++ {
		if i == len(w) || isPieceSep(w[i]) {
			if randomPiece(w[start:i]) {
				return true
			}
			start = i + 1
		}
	}
	return len(w) >= 24 && (bytes.IndexByte(w, '+') >= 0 || bytes.IndexByte(w, '/') >= 0) && !bytes.Contains(w, []byte("//"))
}

func isPieceSep(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '=' || c == '+' || c == ','
}

// randomPiece: eight or more letters and digits that a person would not
// write: letters and digits interleaved (abc123def456: three switches, with
// three letters and two digits at least), or case used irregularly twice
// or more — a lone lower-case letter between capitals or digits, or a run
// of capitals inside the piece followed by lower case (wJalrXUtnFEMI,
// SgVTSDKLcHdg). CamelCase names (CloudTrailInvalidClientTokenIdException,
// getHTTPResponse), SN1234123, CVE and 20210429T0000Z are not random.
func randomPiece(p []byte) bool {
	if len(p) < 8 {
		return false
	}
	letters, digits, kindSwitch, irregular := 0, 0, 0, 0
	var prevKind byte
	for i := 0; i < len(p); i++ {
		c := p[i]
		var kind byte
		switch {
		case isLower(c):
			kind = 1
			letters++
			// A lone lower-case letter with a capital or digit after it.
			if (i == 0 || !isLower(p[i-1])) && i+1 < len(p) && (isUpper(p[i+1]) || isDigit(p[i+1])) {
				irregular++
			}
		case isUpper(c):
			kind = 1
			letters++
			// Two or more capitals inside the piece, then lower case.
			if i >= 2 && isUpper(p[i-1]) && i+1 < len(p) && isLower(p[i+1]) {
				k := i - 1
				for k > 0 && isUpper(p[k-1]) {
					k--
				}
				if k > 0 {
					irregular++
				}
			}
		case isDigit(c):
			kind = 2
			digits++
		default:
			continue
		}
		if prevKind != 0 && kind != prevKind {
			kindSwitch++
		}
		prevKind = kind
		if kindSwitch >= 3 && letters >= 3 && digits >= 2 || irregular >= 2 {
			return true // the counts only grow: the rest cannot change it
		}
	}
	return false
}

// pathSegmentsPlain reports whether every segment of a path is plain:
// none random the way base64 is (an AWS secret key holds '/' too), no
// '+' or trailing '=' padding, none of " * < > ? | { } [ ] $ ^ ! ; `. A Hive partition (region=us-east-1) is
// plain.
func pathSegmentsPlain(v []byte, abs bool) bool {
	_ = abs
	for rest := v; ; {
		seg := rest
		k := bytes.IndexByte(rest, '/')
		if k >= 0 {
			seg, rest = rest[:k], rest[k+1:]
		}
		if bytes.IndexByte(seg, '+') >= 0 || len(seg) > 0 && seg[len(seg)-1] == '=' || randomWord(seg) ||
			bytes.ContainsAny(seg, "\"*<>?|{}[]$^!;`") {
			// Base64 ('+', '=' padding), random pieces, and the shell's
			// and glob's special characters, which file names avoid.
			return false
		}
		if k < 0 {
			return true
		}
	}
}

// isRelativePath: segments of [A-Za-z0-9._-] joined by '/', at least one
// '/', and either two slashes or a file extension, with plain segments
// (uploads/2024/03/14/ab12.png, projects/p/secrets/s, application/json).
// Windows paths (C:\dir, \\host\share) count too.
func isRelativePath(v []byte) bool {
	if len(v) >= 3 && isAlnum(v[0]) && v[1] == ':' && v[2] == '\\' || bytes.HasPrefix(v, []byte(`\\`)) {
		return true
	}
	if bytes.IndexByte(v, '/') < 0 {
		return false
	}
	slashes := 0
	for i, c := range v {
		switch {
		case c == '/':
			if i == 0 || i == len(v)-1 || v[i-1] == '/' {
				return false
			}
			slashes++
		case isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == ':' || c == '=' || c == '~':
		default:
			return false
		}
	}
	if slashes == 0 {
		return false
	}
	last := v[bytes.LastIndexByte(v, '/')+1:]
	ext := false
	if d := bytes.LastIndexByte(last, '.'); d > 0 && len(last)-d-1 >= 1 && len(last)-d-1 <= 8 {
		ext = true
		for _, c := range last[d+1:] {
			if !isLower(c) && !isDigit(c) {
				ext = false
			}
		}
	}
	if ext && isLower(last[len(last)-1]) {
		// A file name with an extension after a '/': no base64 or base64url
		// secret has both (…/123_CloudTrail_20200621T2035Z_ZqQWc4WN.json.gz).
		return true
	}
	if slashes < 2 && !ext {
		// One slash: type/subtype words (application/json), lower case.
		for _, c := range v {
			if isUpper(c) || isDigit(c) {
				return false
			}
		}
	}
	return pathSegmentsPlain(v, false)
}

// isBase64JSON: base64 (either alphabet) of a JSON object or array with no
// dot in it — a pagination cursor, a state blob — unless the JSON names a
// secret itself. A JWT has dots and is the token rules'.
func isBase64JSON(v []byte) bool {
	if len(v) < 8 || !(bytes.HasPrefix(v, []byte("eyJ")) || bytes.HasPrefix(v, []byte("eyI")) || bytes.HasPrefix(v, []byte("W3si")) || bytes.HasPrefix(v, []byte("WyJ"))) {
		return false
	}
	src := v
	for len(src) > 0 && src[len(src)-1] == '=' {
		src = src[:len(src)-1]
	}
	const maxChars = 512
	if len(src) > maxChars {
		src = src[:maxChars]
	}
	src = src[:len(src)/4*4]
	var buf [maxChars / 4 * 3]byte
	url := bytes.ContainsAny(src, "-_")
	var n int
	var err error
	if url {
		n, err = base64.RawURLEncoding.Decode(buf[:], src)
	} else {
		n, err = base64.RawStdEncoding.Decode(buf[:], src)
	}
	if err != nil || n == 0 {
		return false
	}
	d := buf[:n]
	for i, c := range d {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			// Binary: not a document, unless a readable JSON start comes
			// first (a damaged or truncated cursor).
			if i < 16 || !bytes.Contains(d[:i], []byte(`":`)) {
				return false
			}
			d = d[:i]
			break
		}
	}
	for _, w := range [...]string{"secret", "password", "private", "token", "credential", "apikey", "api_key"} {
		if containsFoldASCII(d, w) {
			return false
		}
	}
	return true
}

func containsFoldASCII(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// isWordIdentifier: letters only (with _ - . between), made of words of
// two or more letters, each lower case, Capitalized or UPPER case, three
// letters long on average: ValueString, ROLE_ADMIN, read-only, Role. A
// random string of letters splits into many one- and two-letter "words".
func isWordIdentifier(v []byte) bool {
	if len(v) > 64 || randomPiece(v) {
		return false
	}
	words, letters := 0, 0
	i := 0
	for i < len(v) {
		c := v[i]
		if c == '_' || c == '-' || c == '.' {
			i++
			continue
		}
		if !isLower(c) && !isUpper(c) {
			return false
		}
		// One word: [A-Z]?[a-z]+ or [A-Z]+ (not followed by a lower).
		k := i
		if isUpper(c) {
			k++
			if k < len(v) && isUpper(v[k]) {
				for k < len(v) && isUpper(v[k]) && !(k+1 < len(v) && isLower(v[k+1])) {
					k++
				}
			} else {
				for k < len(v) && isLower(v[k]) {
					k++
				}
			}
		} else {
			for k < len(v) && isLower(v[k]) {
				k++
			}
		}
		if k-i < 2 && !(k == len(v) && words > 0) {
			return false
		}
		words++
		letters += k - i
		i = k
	}
	return words > 0 && letters >= 3*words
}

// isWordNumber: a word, then a number (Stmt1538161409, user123, v2):
// a name with a counter, not a secret.
func isWordNumber(v []byte) bool {
	i := 0
	for i < len(v) && (isLower(v[i]) || isUpper(v[i])) {
		i++
	}
	if i < 2 || i > 6 || i == len(v) || !isWordIdentifier(v[:i]) {
		return false
	}
	for _, c := range v[i:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// isSegmentedName: two or more lower-case pieces joined by - _ . or ':',
// each letters, digits, or three letters or more then at most five digits
// (curve25519-sha256,
// user:123:profile, aes256-gcm): algorithm names and cache keys.
func isSegmentedName(v []byte) bool {
	pieces := 0
	for i := 0; i < len(v); {
		k := i
		for k < len(v) && isLower(v[k]) {
			k++
		}
		l := k - i
		for k < len(v) && isDigit(v[k]) {
			k++
		}
		if d := k - i - l; k-i < 2 || l > 0 && d > 0 && (l < 3 || d > 5) {
			return false
		}
		pieces++
		if k == len(v) {
			break
		}
		if c := v[k]; c != '-' && c != '_' && c != '.' && c != ':' || k+1 == len(v) {
			return false
		}
		i = k + 1
	}
	return pieces >= 2
}

// isConstant: upper-case words (and digits) joined by '_'
// (HIDDEN_DUE_TO_SECURITY_REASONS, NOT_SET, GRID_CARD, E11000_DUPLICATE_KEY): a constant a program wrote, not a secret.
func isConstant(v []byte) bool {
	if bytes.IndexByte(v, '_') < 1 {
		return false
	}
	for _, c := range v {
		if !isUpper(c) && c != '_' && !isDigit(c) {
			return false
		}
	}
	return isUpper(v[0]) && v[len(v)-1] != '_'
}

// oneRuneRepeated: the same character three times or more (☺☺☺, ----),
// how masking writes a hidden value.
func oneRuneRepeated(v []byte) bool {
	r, size := utf8.DecodeRune(v)
	if size == 0 || len(v) < 3*size || len(v)%size != 0 {
		return false
	}
	for i := size; i < len(v); i += size {
		if !bytes.Equal(v[i:i+size], v[:size]) {
			return false
		}
	}
	return r != utf8.RuneError || size > 1
}

// isPlaceholder reports whether a value is a stand-in rather than a secret:
// empty, already redacted, masked (***), a template variable (${VAR},
// {{var}}, %s), <angle-bracketed> or a word such as null or redacted.
// formatName: the name inside a format placeholder: lower-case letters and
// '_' ("password", "db_pass"), or a small index ("0").
func formatName(v []byte) bool {
	if len(v) == 0 || len(v) > 32 {
		return false
	}
	if len(v) <= 2 && isDigit(v[0]) && isDigit(v[len(v)-1]) {
		return true
	}
	for _, c := range v {
		if !isLower(c) && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

func isPlaceholder(v []byte) bool {
	if len(v) <= maxPercentShape && bytes.IndexByte(v, '%') >= 0 {
		var buf [maxPercentShape]byte
		return isPlaceholderOf(percentDecode(buf[:0], v))
	}
	return isPlaceholderOf(v)
}

func isPlaceholderOf(v []byte) bool {
	n := len(v)
	if n == 0 {
		return true
	}
	if bytes.Contains(v, []byte("[REDACTED")) {
		return true // already scrubbed, whole or in part
	}
	masked := true
	for _, c := range v {
		if c != '*' && c != 'x' && c != 'X' && c != '#' && c != '.' {
			masked = false
			break
		}
	}
	if masked && (v[0] == '*' || n >= 3) {
		return true
	}
	if isConstant(v) || oneRuneRepeated(v) {
		return true
	}
	switch {
	case n >= 3 && v[0] == '$' && v[1] == '{' && v[n-1] == '}':
		return true
	case n >= 4 && v[0] == '{' && v[1] == '{' && v[n-1] == '}' && v[n-2] == '}':
		return true
	case n >= 2 && v[0] == '<' && v[n-1] == '>' && bytes.IndexByte(v, ' ') < 0:
		return true
	case n == 2 && v[0] == '%':
		return true
	case n >= 5 && v[0] == '%' && v[1] == '(' && v[n-2] == ')' && isLower(v[n-1]) && formatName(v[2:n-2]):
		return true // %(password)s: a Python format that was never filled
	case n >= 3 && v[0] == '{' && v[n-1] == '}' && formatName(v[1:n-1]):
		return true // {password}, {0}: str.format, .NET and SLF4J holes
	case n >= 2 && v[0] == '$' && isUpperIdent(v[1:]):
		return true
	case n >= 4 && v[0] == '*' && v[1] == '*' && v[2] == '*':
		return true // ***1234: masked but for its last digits
	case n >= 4 && v[0] == '$' && v[1] == '(' && v[n-1] == ')' && (isUpperIdent(v[2:n-1]) || formatName(v[2:n-1])):
		return true // $(DB_PASSWORD): a shell, make or Kubernetes expansion
	case n >= 4 && (v[0] == '%' || v[0] == '#') && v[1] == '{' && v[n-1] == '}' && (formatName(v[2:n-1]) || isUpperIdent(v[2:n-1])):
		return true // %{password}, #{password}: Ruby, Fluentd and Logstash holes
	case maskedEcho(v):
		return true
	case efParameter(v):
		return true // @p0, @__token_0: a bind parameter EF Core named
	}
	if n >= 3 && (v[0] == '[' && v[n-1] == ']' || v[0] == '(' && v[n-1] == ')' || v[0] == '<' && v[n-1] == '>') {
		v = v[1 : n-1] // [hidden] (Kafka's config dump), (redacted), <masked>
	}
	for _, w := range [...]string{"null", "nil", "none", "undefined", "-", "redacted", "filtered", "hidden", "masked", "n/a",
		"changeme", "your_api_key", "your-api-key", "xxx", "sensitive", "protected", "omitted", "removed", "obfuscated", "scrubbed"} {
		if equalFoldASCII(v, w) {
			return true
		}
	}
	return false
}

// efParameter reports whether v is a bind parameter as Entity Framework
// names them in the SQL it logs: @p + digits, or @__ + the captured
// variable's name + _ + digits (WHERE [Token] = @__token_0), never a value.
func efParameter(v []byte) bool {
	n := len(v)
	switch {
	case n >= 3 && v[0] == '@' && v[1] == 'p':
		return allDigits(v[2:])
	case n >= 6 && v[0] == '@' && v[1] == '_' && v[2] == '_':
		u := bytes.LastIndexByte(v, '_')
		if u < 4 || u == n-1 || !allDigits(v[u+1:]) {
			return false
		}
		for _, c := range v[3:u] {
			if !isAlnum(c) && c != '_' {
				return false
			}
		}
		return true
	}
	return false
}

func allDigits(v []byte) bool {
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
	}
	return len(v) > 0
}

// isTypedHexID reports whether v is two capitals that name a type and 32
// lowercase hex digits: the shape of Twilio's resource SIDs (AC… an
// account, CA… a call, SM… a message, MG…, PN…). They identify; the
// credential beside them (an auth token, an API key's secret) is another
// value.
func isTypedHexID(v []byte) bool {
	if len(v) != 34 || !isUpper(v[0]) || !isUpper(v[1]) {
		return false
	}
	for _, c := range v[2:] {
		if !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// maskedEcho reports whether v is a key shown masked but for its ends, as
// providers and SDKs echo it: a short head, three or more '.', '*' or an
// ellipsis, and at most six bytes after (sk_live_...072b, ghp_****abcd,
// AKIA…WXYZ). What is shown is not enough to use.
func maskedEcho(v []byte) bool {
	if len(v) > 32 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		run := 0
		switch {
		case c == '.' || c == '*':
			for i+run < len(v) && v[i+run] == c {
				run++
			}
			if run < 3 {
				i += run - 1
				continue
			}
		case c == 0xe2 && i+2 < len(v) && v[i+1] == 0x80 && v[i+2] == 0xa6:
			run = 3 // U+2026 HORIZONTAL ELLIPSIS
		default:
			continue
		}
		return i <= 12 && len(v)-(i+run) <= 6
	}
	return false
}

func isUpperIdent(v []byte) bool {
	for _, c := range v {
		if !('A' <= c && c <= 'Z' || c == '_' || '0' <= c && c <= '9') {
			return false
		}
	}
	return len(v) > 0
}

// looksLikeIdentifier: words joined by '_', '-' or '.' — at least three
// parts, each lower-case letters or at most three characters
// (user_profile_settings_v2, com.example.cache-key). Random secrets rarely
// split that way.
func looksLikeIdentifier(v []byte) bool {
	parts, partLen, lower := 0, 0, true
	flush := func() bool {
		ok := partLen > 0 && (lower || partLen <= 3)
		parts++
		partLen, lower = 0, true
		return ok
	}
	for _, c := range v {
		if c == '_' || c == '-' || c == '.' {
			if !flush() {
				return false
			}
			continue
		}
		partLen++
		if c < 'a' || c > 'z' {
			lower = false
		}
	}
	return flush() && parts >= 3
}

// looksLikeUUID: 8-4-4-4-12 hex digits.
func looksLikeUUID(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for i, c := range v {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !hexBytes[c] {
				return false
			}
		}
	}
	return true
}

// looksNumeric: digits with '.', '_', '-' or ':' between, or 0x-hex.
func looksNumeric(v []byte) bool {
	if len(v) > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') {
		if len(v) >= 2+64 {
			// 256 bits and more are no counter, handle or address: a
			// key (an Ethereum private key, 0x and 64 digits) or a hash,
			// judged as hex.
			return false
		}
		for _, c := range v[2:] {
			if !hexBytes[c] {
				return false
			}
		}
		return true
	}
	digits := 0
	for i, c := range v {
		switch {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' || c == '_' || c == '-' || c == ':':
		case (c == 'e' || c == 'E') && i > 0 && digits > 0:
		case c == '+' && i == 0:
		default:
			return false
		}
	}
	return digits > 0
}

// looksLikeObject: "{…", "[…", an identifier followed by '{' or '(', or a
// qualified name such as android.os.BinderProxy@2bd79ce or
// com.apple.xpc.activity/4505 (two lower-case words, then more).
func looksLikeObject(v []byte) bool {
	if v[0] == '{' || v[0] == '[' || v[0] == '(' {
		return true
	}
	if bytes.IndexByte(v, '.') < 0 && bytes.IndexByte(v, '{') < 0 && bytes.IndexByte(v, '(') < 0 {
		return false
	}
	if qualifiedName(v) {
		return true
	}
	for i, c := range v {
		if c == '{' || c == '(' {
			return i > 0
		}
		if !isAlnum(c) && c != '_' && c != '.' && c != '$' {
			return false
		}
	}
	return false
}

func qualifiedName(v []byte) bool {
	words := 0
	i := 0
	for words < 2 {
		k := i
		for i < len(v) && 'a' <= v[i] && v[i] <= 'z' {
			i++
		}
		if i == k || i-k > 16 || i >= len(v) || v[i] != '.' {
			return false
		}
		i++
		words++
	}
	return i < len(v) && (isAlnum(v[i]) || v[i] == '_')
}

func looksLikePath(v []byte) bool {
	return v[0] == '/' || bytes.HasPrefix(v, []byte("~/")) || bytes.HasPrefix(v, []byte("./")) || bytes.HasPrefix(v, []byte("../"))
}

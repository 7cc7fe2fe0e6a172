package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/rules"
)

// Cues: a key name with no assignment after it can still name the value
// that follows it.
//
//   - A command-line flag: "--token VALUE", "-password VALUE" (the value is
//     the next argument unless that is another flag). The value is judged as
//     a key value.
//   - A cue in prose: "login failed with password VALUE", "using token
//     VALUE", "client secret is VALUE", "invalid api key 'VALUE'". Prose is
//     full of words after key names ("password policy updated", "token
//     expired"), so the value must also look generated (proseSecret). A
//     user:password pair loses only its password.
//
// A prose cue takes at most three filler words between the name and the
// value: a dash between blanks, is, was, to, as, of, set, now, value, by, from, SASL's plain and login
// (AUTH PLAIN VALUE), and "for <name> is" or "for 'bob'@'%' =". Both kinds
// take a value quoted with ', " or `. Two words that name an allowlisted
// key ("public key VALUE") are no cue.

// maxCueValue bounds the value a cue takes; longer runs are left to the
// token rules.
const maxCueValue = 256

// cue returns the rule and the value extent for a key token at [ks, ke)
// that is a flag or a prose cue, or ok = false.
func (st *Stream) cue(buf []byte, ks, ke int) (r *rules.Rule, vs, ve int, ok bool) {
	n := len(buf)
	if ke >= n || buf[ke] != ' ' {
		// A tab separates fields (TSV, key=value dumps), not a cue from
		// its value.
		return nil, 0, 0, false
	}
	if ks > 0 {
		// The name starts a word: after a blank, a quote, an opening
		// bracket ("(using token X)") or a '|' between captured fields
		// (HAProxy's {host|Bearer X}), not after '=', ':' or '/'.
		switch buf[ks-1] {
		case ' ', '\t', '"', '\'', '(', '[', '{', '`', '|':
		default:
			return nil, 0, 0, false
		}
	}
	flag := buf[ks] == '-'
	name := bytes.TrimLeft(buf[ks:ke], "-")
	if len(name) < 3 {
		return nil, 0, 0, false
	}
	j := ke
	for words := 0; ; words++ {
		for j < n && buf[j] == ' ' {
			j++
		}
		if j >= n || flag || words == 3 {
			break
		}
		if !flag && spacedDash(buf, j) {
			// A dash between blanks separates a label from its value
			// ("slack token - 'VALUE'", "API key - VALUE"); it counts as
			// a filler word.
			j += dashLen(buf[j])
			continue
		}
		w := j
		for j < n && (isLower(buf[j]) || isUpper(buf[j])) && j-w < 8 {
			j++
		}
		if j == w || j >= n || buf[j] != ' ' {
			j = w
			break
		}
		if equalFoldASCII(buf[w:j], "for") {
			// "password for bob is VALUE": for, a name, then is or was.
			if k := forWhom(buf, j); k > 0 {
				j = k
				continue
			}
		}
		if !fillerWord(buf[w:j]) {
			j = w
			break
		}
	}
	if j >= n || flag && buf[j] == '-' {
		return nil, 0, 0, false
	}
	if !flag {
		// A word of lower-case letters alone ("session opened for …") is
		// never a value in prose: no test below takes one. Most hits end
		// here.
		k := j
		for k < n && isLower(buf[k]) {
			k++
		}
		if k > j && (k == n || buf[k] == ' ' || buf[k] == '\t') {
			return nil, 0, 0, false
		}
	}
	vs, ve, whole, quoted := cueValueExtent(buf, j)
	if ve-vs < 4 || ve-vs > maxCueValue {
		return nil, 0, 0, false
	}
	// 0x and 32 hex digits or more (an Ethereum private key, a MAC): the
	// digits are judged, the whole value goes.
	jv := vs
	if ve-vs >= 34 && buf[vs] == '0' && buf[vs+1]|0x20 == 'x' && isHexString(buf[vs+2:ve]) {
		jv = vs + 2
	}
	if !flag && !generated(buf[jv:whole]) && !generated(buf[jv:ve]) && !chosenPassword(buf[vs:ve], quoted) && userPassword(buf[vs:ve]) < 0 {
		// Most words after a key name in prose fail here, before any
		// lookup.
		return nil, 0, 0, false
	}
	specific, generic, tail := st.resolveKey(name)
	r = specific
	ps := -1 // where a word before the name starts
	if ks >= 2 && buf[ks-1] == ' ' && isAlnum(buf[ks-2]) {
		// Two words that together name a key ("api key 'VALUE'") or an
		// allowlisted one ("public key VALUE", tested below, once the
		// name is known to be a key).
		ps = ks - 1
		for ps > 0 && isKeyByte(buf[ps-1]) {
			ps--
		}
		if r == nil && tail {
			r = st.specificKey(buf[ps:ke])
		}
	}
	if r == nil {
		// A generic rule takes any name containing its words; in prose
		// the name must end in one ("deploy token", not "tokenizer").
		if generic == nil || !flag && !endsInWord(rules.NormalizeKey(st.keybuf[:0], name), generic.Words) {
			return nil, 0, 0, false
		}
		r = generic
	}
	if ps >= 0 && st.sc.set.KeyAllowed(rules.NormalizeKey(st.keybuf[:0], buf[ps:ke])) {
		return nil, 0, 0, false
	}
	if !flag {
		switch {
		case proseSecret(r, buf[jv:ve]):
		case quoted && buf[vs-1] != '(' && generated(buf[vs:ve]) && valueShape(buf[vs:ve]) == shapeOpaque:
			// A quoted literal is one value even with an '=' in it
			// (PASSWORD 'JZIH=ek7_*K^%'), not a name=value pair; in
			// parentheses it is a remark ("signing key (kid=…)").
		case r.AnyValue && whole > ve && proseSecret(r, buf[vs:whole]):
			// A password that ends in what looked like punctuation
			// ("Dragon99)", "Monkey5886;"): all of it.
			ve = whole
		case r.AnyValue && chosenPassword(buf[vs:ve], quoted) && !nameThenEquals(buf[vs:ve]):
			// A password a person chose (bobpass2024) is no random
			// string, but after a password cue a word with digits in it
			// is one.
		case r.AnyValue && userPassword(buf[vs:ve]) > 0:
			// user:password (an htpasswd entry "admin:tigger650"): the
			// password.
			vs += userPassword(buf[vs:ve])
		default:
			return nil, 0, 0, false
		}
		if !quoted {
			// A user:password pair: the password.
			if c := bytes.IndexByte(buf[vs:ve], ':'); c > 0 && plainUser(buf[vs:vs+c]) && vs+c+1 < ve &&
				bytes.IndexByte(buf[vs+c+1:ve], ':') < 0 {
				vs += c + 1
			}
		}
	}
	v := buf[vs:ve]
	if !st.allowed(r, v) || !keyValueShape(r, v) {
		return nil, 0, 0, false
	}
	return r, vs, ve, true
}

// cueValueExtent returns the value starting at j: a quoted string without
// its quotes, or the run of non-blank bytes without trailing sentence
// punctuation. whole is the end of the run with its punctuation. In an
// unquoted run a '"' ends the value only where a closing quote would stand
// (before a blank, the end or , ; : ) } ]); elsewhere it is part of it, as
// is a leading quote that nothing closes.
func cueValueExtent(buf []byte, j int) (vs, ve, whole int, quoted bool) {
	n := len(buf)
	if q := buf[j]; q == '\'' || q == '"' || q == '`' || q == '(' {
		if q == '(' {
			q = ')' // "the client secret (VALUE) expired"
		}
		k := j + 1
		for k < n && k-j <= maxCueValue+1 && buf[k] != q && buf[k] != '\n' {
			k++
		}
		if k < n && buf[k] == q {
			return j + 1, k, k, true
		}
	}
	k := j
	for k < n && k-j <= maxCueValue && buf[k] > ' ' && buf[k] != '\\' {
		if buf[k] == '"' && k > j && (k+1 == n || closesQuote(buf[k+1])) {
			break
		}
		k++
	}
	whole = k
	for k > j {
		switch buf[k-1] {
		case '.', ',', ';', ':', ')', ']', '\'', '`':
			k--
			continue
		case '}', '>':
			if !opensUnclosed(buf[j:k-1], buf[k-1]) {
				k-- // {host|Bearer X}, <token X>: the closer is not the value's
				continue
			}
		}
		break
	}
	return j, k, whole, false
}

// closesQuote: a byte that may follow a closing quote.
func closesQuote(c byte) bool {
	switch c {
	case ',', ';', ':', ')', '}', ']':
		return true
	}
	return c <= ' '
}

// forWhom returns the offset after "<name> is " or "<name> was " at j
// (after "for"; the name up to three words), or 0.
func forWhom(buf []byte, j int) int {
	n := len(buf)
	// The name may be up to three words: "for bob", "for 'bob'@'%'", "for
	// the staging DB".
	for words := 0; words < 3; words++ {
		for j < n && buf[j] == ' ' {
			j++
		}
		k := j
		for k < n && k-j <= 64 && (isAlnum(buf[k]) || buf[k] == '.' || buf[k] == '_' || buf[k] == '-' || buf[k] == '@' ||
			buf[k] == '\'' || buf[k] == '"' || buf[k] == '%' || buf[k] == '`') {
			k++
		}
		if k == j || k >= n || buf[k] != ' ' {
			return 0
		}
		k++
		for _, w := range [...]string{"is ", "was ", "= "} {
			if hasPrefixFold(buf[k:], w) {
				return k + len(w)
			}
		}
		j = k
	}
	return 0
}

// fillerWord: the words that may stand between a cue and its value.
// spacedDash reports whether buf[j:] begins with a dash ('-', '–' or '—')
// followed by a blank.
func spacedDash(buf []byte, j int) bool {
	d := dashLen(buf[j])
	if d == 3 && !bytes.HasPrefix(buf[j:], enDash) && !bytes.HasPrefix(buf[j:], emDash) {
		return false
	}
	return d > 0 && j+d < len(buf) && buf[j+d] == ' '
}

// dashLen is the length of the dash that begins with b: 1 for '-', 3 for
// the first byte of U+2013 and U+2014 (checked by spacedDash), else 0.
func dashLen(b byte) int {
	switch b {
	case '-':
		return 1
	case 0xE2:
		return 3
	}
	return 0
}

var enDash, emDash = []byte("\u2013"), []byte("\u2014")

func fillerWord(w []byte) bool {
	for _, f := range [...]string{"is", "was", "to", "as", "of", "set", "now", "value", "by", "from", "plain", "login", "entry"} {
		if equalFoldASCII(w, f) {
			return true
		}
	}
	return false
}

func endsInWord(key []byte, words []string) bool {
	for _, w := range words {
		if len(key) >= len(w) && string(key[len(key)-len(w):]) == w {
			return true
		}
	}
	return false
}

// nameThenEquals: name=value, the next field of a key=value line: a name
// of two or more letters (and '_', '.', '-') made of words (wordyParam),
// '=', a value without a password's symbols.
func nameThenEquals(v []byte) bool {
	k := 0
	for k < len(v) && (isLower(v[k]) || isUpper(v[k]) || v[k] == '_' || v[k] == '.' || v[k] == '-') {
		k++
	}
	if k < 2 || k+1 >= len(v) || v[k] != '=' || !wordyParam(v) {
		return false
	}
	// A field's value is a word, a number, a path or an id; a password
	// that merely holds an '=' goes on with symbols (FfVbb=?o1s%^&h).
	for _, c := range v[k+1:] {
		switch c {
		case '!', '@', '#', '$', '%', '^', '&', '*', '?', '~', '=', '+', '<', '>', '{', '}', '[', ']', '|', ';':
			return false
		}
	}
	return true
}

// plainUser: a user name before ':' in user:password.
func plainUser(u []byte) bool {
	if len(u) > 64 {
		return false
	}
	for _, c := range u {
		if !isAlnum(c) && c != '.' && c != '_' && c != '-' && c != '@' {
			return false
		}
	}
	return true
}

// proseSecret: a value after a cue word in prose that a person would not
// write as a word: random letters and digits (randomPiece), or eight or
// more bytes that mix letters with digits and symbols, or both cases with
// two symbols. Words, names, numbers, paths, URLs, resource names and
// sentences are not; nor are UUIDs and hex strings under 32 digits, which
// prose carries as ids (requests, SMTP and ZooKeeper sessions): in prose
// they need an assignment to be taken. A name=value is the next field, not
// a value.
// For passwords (any_value rules) a value that opens like an object or a
// path ("(!1[x_H~@HS[8", "/po~mOH@~9(]Y") counts too, mixed the same way.
func proseSecret(r *rules.Rule, v []byte) bool {
	if !generated(v) || nameThenEquals(v) {
		return false // the cheap tests first
	}
	switch valueShape(v) {
	case shapeOpaque:
		return true
	case shapeHex:
		// A MAC or a token in hex (signature 5257a869…, 32 digits and
		// more, or the rule's prose_hex_min); shorter hex in prose is an
		// id (SMTP session 08d856b1…).
		hexMin := r.ProseHexMin
		if hexMin <= 0 {
			hexMin = rules.DefaultProseHexMin
		}
		return len(v) >= hexMin
	case shapeObject, shapePath:
		return r.AnyValue
	}
	return false
}

// userPassword returns the offset of the password in v when v is
// user:password with a plain user and a password that looks generated or
// chosen, or -1. (sha256:… is a digest, not a user.)
func userPassword(v []byte) int {
	c := bytes.IndexByte(v, ':')
	if c <= 0 || c+1 >= len(v) || !plainUser(v[:c]) || digestTag(v[:c]) || bytes.IndexByte(v[c+1:], ':') >= 0 {
		return -1
	}
	if p := v[c+1:]; !generated(p) && !chosenPassword(p, true) {
		return -1
	}
	return c + 1
}

// chosenPassword: a word as people choose passwords — letters with digits
// in it, eight bytes or more (six when quoted: the quotes mark it as a
// literal value), no ':', '/', '=' or '.'. Plain words (policy, expired),
// numbers, digests (sha256:…), versions and paths are not.
func chosenPassword(v []byte, quoted bool) bool {
	if len(v) < 8 && (!quoted || len(v) < 6) {
		return false
	}
	letters, digits := false, false
	for _, c := range v {
		switch {
		case isLower(c) || isUpper(c):
			letters = true
		case isDigit(c):
			digits = true
		case c <= ' ' || c >= 0x7f || c == ':' || c == '/' || c == '=' || c == '.':
			return false // a digest, a path, a pair, a version or a host
		}
	}
	return letters && digits
}

// generated: random letters and digits (randomPiece), or eight or more
// bytes that mix letters with digits and symbols, or both cases with two
// symbols.
func generated(v []byte) bool {
	if len(v) > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') {
		return false // a number in hex: a handle, an address, a counter
	}
	if randomPiece(v) {
		return true
	}
	if len(v) < 8 {
		return false
	}
	lower, upper, digits, symbols := false, false, false, 0
	for _, c := range v {
		switch {
		case isLower(c):
			lower = true
		case isUpper(c):
			upper = true
		case isDigit(c):
			digits = true
		case c > ' ' && c < 0x7f:
			symbols++
		}
		if (lower || upper) && digits && symbols > 0 {
			return true // the rest cannot change it
		}
	}
	letters := lower || upper
	return letters && digits && symbols > 0 || lower && upper && symbols >= 2
}

// textPair finds the value of a name/value pair written as text, where the
// key is data: Go's %+v of a struct ({Name:API_KEY Value:… ValueFrom:nil}),
// %#v (Name:"API_KEY", Value:"…"), logfmt (name=API_KEY value=…). The key
// token at [ks, ke) must follow a name field (name, key, ParameterKey, …
// as pairField knows them) and be followed by a value field. It returns
// the rule the key names and the value's extent.
func (st *Stream) textPair(buf []byte, ks, ke int) (r *rules.Rule, vs, ve int, quoted, ok bool) {
	n := len(buf)
	i := ks
	if i > 0 && (buf[i-1] == '"' || buf[i-1] == '\'') {
		i--
	}
	for i > 0 && buf[i-1] == ' ' {
		i--
	}
	if i < 2 || buf[i-1] != ':' && buf[i-1] != '=' {
		return nil, 0, 0, false, false
	}
	le := i - 1
	if le > 0 && (buf[le-1] == '\'' || buf[le-1] == '"') {
		le-- // a quoted label: Python's {'key': 'X', 'value': …}
	}
	ls := le
	for ls > 0 && (isLower(buf[ls-1]) || isUpper(buf[ls-1]) || buf[ls-1] == '_') {
		ls--
	}
	if ls == le || pairField(buf[ls:le])&fieldName == 0 {
		return nil, 0, 0, false, false
	}
	j := ke
	if j < n && (buf[j] == '"' || buf[j] == '\'') {
		j++
	}
	k := j
	for k < n && (buf[k] == ' ' || buf[k] == ',' || buf[k] == ';') {
		k++
	}
	if k == j {
		return nil, 0, 0, false, false
	}
	lq := k < n && (buf[k] == '\'' || buf[k] == '"')
	if lq {
		k++
	}
	vl := k
	for k < n && (isLower(buf[k]) || isUpper(buf[k]) || buf[k] == '_') {
		k++
	}
	ve0 := k
	if lq && k < n && buf[k] == buf[vl-1] {
		k++
	}
	if ve0 == vl || k >= n || buf[k] != ':' && buf[k] != '=' || pairField(buf[vl:ve0])&fieldValue == 0 {
		return nil, 0, 0, false, false
	}
	k++
	for k < n && buf[k] == ' ' {
		k++
	}
	if k >= n {
		return nil, 0, 0, false, false
	}
	specific, generic, _ := st.resolveKey(bytes.TrimLeft(buf[ks:ke], "-"))
	if r = specific; r == nil {
		r = generic
	}
	if r == nil {
		return nil, 0, 0, false, false
	}
	if q := buf[k]; q == '"' || q == '\'' {
		vs = k + 1
		return r, vs, st.closeQuote(buf, vs, q), true, true
	}
	ve = plainValueEnd(buf, k, n)
	if r.Value == rules.ValueAuthorization {
		// A scheme and its credential (Value:Token abc… ValueFrom:nil):
		// the value runs to the next field.
		for ve < n && buf[ve] == ' ' && !nextIsField(buf, ve) {
			e := plainValueEnd(buf, ve+1, n)
			if e == ve+1 {
				break
			}
			ve = e
		}
	}
	return r, k, ve, false, ve > k
}

// nextWordKey handles a key name whose second word follows it and is not
// an anchor itself ("Session ID: VALUE", "Secret Value = VALUE"): the two
// words, and what the assignment after them holds. A filler word ending in
// a colon ("token is: VALUE") counts as the assignment's name too.
func (st *Stream) nextWordKey(buf []byte, ks, ke int) (r *rules.Rule, vs, ve int, quoted, ok bool) {
	n := len(buf)
	if ks > 0 && buf[ks-1] != ' ' && buf[ks-1] != '\t' {
		return nil, 0, 0, false, false // a word in prose, not the end of a path
	}
	w := ke + 1
	k := w
	for k < n && k-w < 12 && (isLower(buf[k]) || isUpper(buf[k])) {
		k++
	}
	if k == w || k >= n || buf[k] != ':' && buf[k] != '=' {
		return nil, 0, 0, false, false
	}
	if fillerWord(buf[w:k]) {
		// "token is: VALUE": the name alone.
		specific, generic, _ := st.resolveKey(buf[ks:ke])
		if r = specific; r == nil {
			r = generic
		}
	} else {
		// "Session ID: VALUE": two words that spell a known name (not
		// merely contain a generic word: "token commit=" is two fields).
		r = st.specificKey(buf[ks:k])
	}
	if r == nil {
		return nil, 0, 0, false, false
	}
	vs, ve, quoted, ok = st.assignment(buf, ks, k)
	return r, vs, ve, quoted, ok
}

package filter

import (
	"bytes"
	"encoding/binary"
	"sort"
	"unicode/utf8"

	"github.com/logscrub/logscrub/filter/anchor"
	"github.com/logscrub/logscrub/rules"
)

// maxJSONDepth bounds nesting; a deeper line is scanned as text.
const maxJSONDepth = 256

func looksLikeJSONObject(line []byte) bool {
	for _, c := range line {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return true
		default:
			return false
		}
	}
	return false
}

// jsonWalker validates one JSON line and collects spans as it goes. It
// never allocates beyond the Stream's scratch.
type jsonWalker struct {
	st   *Stream
	b    []byte
	hits []anchor.Hit // anchor hits in b, ordered by End
	i    int
	hit  int // next hit to consider
	fail bool
}

// scrubJSON scrubs a line that starts like a JSON object. It reports false
// if the line is not valid JSON (the caller then scans it as text).
func (st *Stream) scrubJSON(line []byte) bool {
	w := jsonWalker{st: st, b: line, hits: st.hits}
	w.ws()
	w.value(nil, 0)
	w.ws()
	if w.fail || w.i != len(line) {
		return false
	}
	return true
}

func (w *jsonWalker) ws() {
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case ' ', '\t', '\r', '\n':
			w.i++
		default:
			return
		}
	}
}

// value parses one value. sens is the key rule when this value belongs to a
// sensitive key (or is a leaf of a sensitive array, or a holder member of a
// sensitive object).
func (w *jsonWalker) value(sens *rules.Rule, depth int) {
	if w.fail {
		return
	}
	if depth > maxJSONDepth || w.i >= len(w.b) {
		w.fail = true
		return
	}
	switch c := w.b[w.i]; {
	case c == '{':
		w.object(sens, depth)
	case c == '[':
		w.array(sens, depth)
	case c == '"':
		s, e, esc, ok := w.str()
		if !ok {
			return
		}
		w.stringValue(sens, s, e, esc)
	case c == '-' || '0' <= c && c <= '9':
		s := w.i
		w.number()
		if !w.fail && sens != nil && keyValueShape(sens, w.b[s:w.i]) {
			w.st.spans = append(w.st.spans, span{start: s, end: w.i, rule: int32(sens.Index), prio: prioKey, quote: true})
		}
	default:
		w.literal()
	}
}

func (w *jsonWalker) object(sens *rules.Rule, depth int) {
	w.i++ // '{'
	w.ws()
	if w.i < len(w.b) && w.b[w.i] == '}' {
		w.i++
		return
	}
	// A name/value pair ({"name": "DD_API_KEY", "value": "…"}): the rule
	// the name field names, and where the scalar members' values are (the
	// first eight: pairs are small objects), to find the value field once
	// a name field named a key. Member names are classified (pairField)
	// only when that can matter.
	var pairRule *rules.Rule
	var members [8]struct{ ks, ke, vs int }
	nm := 0
	for !w.fail {
		w.ws()
		if w.i >= len(w.b) || w.b[w.i] != '"' {
			w.fail = true
			return
		}
		ks, ke, esc, ok := w.str()
		if !ok {
			return
		}
		w.ws()
		if w.i >= len(w.b) || w.b[w.i] != ':' {
			w.fail = true
			return
		}
		w.i++
		w.ws()
		// A member's own key rule wins. Under a sensitive parent, a member
		// that only holds the parent's value ("value", "data", "current")
		// takes the parent's rule; any other member is judged by its own
		// name (a session's login_time and device_id stay).
		child := w.keyRule(ks, ke, esc)
		if child == nil && sens != nil && pairField(w.b[ks:ke])&fieldHolder != 0 {
			child = sens
		}
		vs := w.i
		w.value(child, depth+1)
		if !w.fail && vs < len(w.b) && w.b[vs] != '{' && w.b[vs] != '[' {
			if pairRule == nil && w.b[vs] == '"' && w.keyHitIn(vs+1, w.i-1) && pairField(w.b[ks:ke])&fieldName != 0 {
				pairRule = w.nameRule(vs+1, w.i-1)
			}
			if nm < len(members) {
				members[nm].ks, members[nm].ke, members[nm].vs = ks, ke, vs
				nm++
			}
		}
		if w.end('}') {
			if !w.fail && pairRule != nil {
				for _, m := range members[:nm] {
					if pairField(w.b[m.ks:m.ke])&fieldValue != 0 {
						w.pairValue(pairRule, m.vs)
						break
					}
				}
			}
			return
		}
	}
}

// Member names of name/value pairs.
const (
	fieldName   = 1 << iota // "name", "key", "Name", "header", "ParameterKey"
	fieldValue              // "value", "Value", "val", "ParameterValue"
	fieldHolder             // holds its parent's value: "value", "data", "current"
)

// pairField classifies a JSON member name as the name or value field of a
// name/value pair, or a holder of its parent's value. It does not
// allocate.
func pairField(k []byte) int {
	if len(k) == 0 || len(k) > 24 {
		return 0
	}
	var buf [24]byte
	n := 0
	for _, c := range k {
		if rules.IsKeySeparator(c) {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if n < 3 || n > 15 || buf[0] < 'a' || buf[0] > 'z' || pairFieldShapes[buf[0]-'a']&(1<<n) == 0 {
		return 0 // no member name of this first letter and length
	}
	key := string(buf[:n]) // no allocation: only compared
	for _, name := range pairNameFields {
		if key == name {
			return fieldName
		}
	}
	for _, name := range pairValueFields {
		if key == name {
			return fieldValue | fieldHolder
		}
	}
	for _, name := range pairHolderFields {
		if key == name {
			return fieldHolder
		}
	}
	return 0
}

// The member names pairField knows, normalized.
var (
	pairNameFields = [...]string{"name", "key", "header", "headername", "field", "fieldname", "param", "parameter", "paramname",
		"parametername", "parameterkey", "variable", "var", "varname", "variablename", "attribute",
		"attributename", "attributekey", "property", "propertyname", "option", "optionname", "setting",
		"settingname", "tagkey", "label", "keyname", "envname", "argname", "argument", "flag"}
	pairValueFields = [...]string{"value", "val", "values", "stringvalue", "parametervalue", "attributevalue", "propertyvalue",
		"optionvalue", "settingvalue", "tagvalue", "headervalue", "fieldvalue", "secretvalue", "envvalue", "argvalue"}
	pairHolderFields = [...]string{"data", "raw", "plain", "plaintext", "content", "current", "new", "old", "previous", "confirm",
		"confirmation", "primary", "secondary", "encoded", "decoded", "text", "string"}
)

// pairFieldShapes[first letter] has bit n set when a name pairField knows
// starts with that letter and is n bytes long: most member names are
// rejected without a compare.
var pairFieldShapes = func() (m [26]uint32) {
	for _, list := range [][]string{pairNameFields[:], pairValueFields[:], pairHolderFields[:]} {
		for _, name := range list {
			if len(name) > 15 {
				panic("pairField: name longer than 15 bytes: " + name)
			}
			m[name[0]-'a'] |= 1 << len(name)
		}
	}
	return m
}()

// nameRule returns the key rule that a string at raw [s, e) names when it
// is the name half of a pair: a key name with a key anchor in it
// ("DD_API_KEY", "authorization", "--token"), or nil.
func (w *jsonWalker) nameRule(s, e int) *rules.Rule {
	if e-s < 3 || e-s > maxKeyLen || !w.keyHitIn(s, e) {
		return nil
	}
	st := w.st
	name := w.b[s:e]
	if bytes.IndexByte(name, '\\') >= 0 {
		var ok bool
		if st.unesc, ok = unescape(st.unesc[:0], &st.umap, w.b, s, e); !ok {
			return nil
		}
		name = st.unesc
	}
	for len(name) > 0 && name[0] == '-' {
		name = name[1:] // argv flags: --token, -password
	}
	for _, c := range name {
		if !isKeyByte(c) && c != ' ' {
			return nil // a sentence or a value, not a key name
		}
	}
	r, generic, _ := st.resolveKey(name)
	if r != nil {
		return r
	}
	return generic
}

// keyHitIn reports whether a key anchor hit lies inside raw [s, e), without
// moving the hit cursor (the string was just parsed, so the cursor is at
// most at its end).
func (w *jsonWalker) keyHitIn(s, e int) bool {
	hits := w.hits
	i := w.hit
	for i > 0 && int(hits[i-1].End) > s {
		i--
	}
	for ; i < len(hits) && int(hits[i].End) <= e; i++ {
		if int(hits[i].Start) < s {
			continue
		}
		for _, t := range w.st.sc.targets[hits[i].Pattern] {
			if t.kind == targetKey {
				return true
			}
		}
	}
	return false
}

// pairValue judges the value at raw offset vs (a string or a number) by the
// rule its pair's name field named.
func (w *jsonWalker) pairValue(r *rules.Rule, vs int) {
	if w.b[vs] != '"' {
		e := vs
		for e < len(w.b) && (w.b[e] == '-' || w.b[e] == '+' || w.b[e] == '.' || w.b[e] == 'e' || w.b[e] == 'E' || '0' <= w.b[e] && w.b[e] <= '9') {
			e++
		}
		if e > vs && w.b[vs] != 't' && w.b[vs] != 'f' && w.b[vs] != 'n' && keyValueShape(r, w.b[vs:e]) {
			w.st.spans = append(w.st.spans, span{start: vs, end: e, rule: int32(r.Index), prio: prioKey, quote: true})
		}
		return
	}
	s := vs + 1
	e := s
	for e < len(w.b) && w.b[e] != '"' {
		if w.b[e] == '\\' {
			e++
		}
		e++
	}
	w.sensitiveString(r, s, e, bytes.IndexByte(w.b[s:e], '\\') >= 0)
}

// end consumes the ',' between members or elements and reports whether the
// container ended instead (at close, or at a syntax error, which sets fail).
func (w *jsonWalker) end(close byte) bool {
	w.ws()
	if w.i >= len(w.b) {
		w.fail = true
		return true
	}
	switch w.b[w.i] {
	case ',':
		w.i++
		return false
	case close:
		w.i++
		return true
	}
	w.fail = true
	return true
}

func (w *jsonWalker) array(sens *rules.Rule, depth int) {
	w.i++ // '['
	w.ws()
	if w.i < len(w.b) && w.b[w.i] == ']' {
		w.i++
		return
	}
	// A flat array of pairs (["authorization", "Bearer …"], Node's
	// rawHeaders, argv ["--token", "…"]): a string that names a key makes
	// the next string its value.
	// A name that is not a flag (--token) may be a tag or a word in a list
	// (["credentials", "stealer"]): its value must then look generated,
	// unless the rule reads a structured value (Authorization, Cookie).
	var prev *rules.Rule
	prevFlag := false
	for !w.fail {
		w.ws()
		vs := w.i
		w.value(sens, depth+1)
		if !w.fail && vs < len(w.b) && w.b[vs] == '"' {
			if prev != nil {
				if prevFlag || structuredValue(prev) || generated(w.b[vs+1:w.i-1]) {
					w.sensitiveString(prev, vs+1, w.i-1, bytes.IndexByte(w.b[vs+1:w.i-1], '\\') >= 0)
				}
				prev = nil
			} else {
				prev = w.nameRule(vs+1, w.i-1)
				prevFlag = w.i-1 > vs+1 && w.b[vs+1] == '-'
			}
		} else {
			prev = nil
		}
		if w.end(']') {
			return
		}
	}
}

// str parses a string at w.i, returning the raw content extent (without
// quotes) and whether it holds escapes.
func (w *jsonWalker) str() (s, e int, esc, ok bool) {
	b := w.b
	w.i++
	s = w.i
	for {
		// Skip the bytes that stand for themselves, eight at a time.
		i := w.i
		for i+8 <= len(b) && !jsonSpecial8(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		for i < len(b) && jsonPlain[b[i]] {
			i++
		}
		w.i = i
		if i >= len(b) {
			w.fail = true
			return
		}
		switch c := b[i]; {
		case c == '"':
			e = w.i
			w.i++
			return s, e, esc, true
		case c == '\\':
			esc = true
			if w.i+1 >= len(b) {
				w.fail = true
				return
			}
			switch b[w.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				w.i += 2
			case 'u':
				if w.i+6 > len(b) || !isHex4(b[w.i+2:w.i+6]) {
					w.fail = true
					return
				}
				w.i += 6
			default:
				w.fail = true
				return
			}
		default: // a control byte
			w.fail = true
			return
		}
	}
}

// jsonPlain marks the bytes a JSON string holds as themselves: all but '"',
// '\\' and control bytes.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const (
	lsb8 = 0x0101010101010101
	msb8 = 0x8080808080808080
)

// jsonSpecial8 reports whether any of the eight bytes in x is '"', '\\' or
// a control byte (below 0x20). Each test is exact for the word as a whole.
func jsonSpecial8(x uint64) bool {
	q := x ^ ('"' * lsb8)
	bs := x ^ ('\\' * lsb8)
	return ((q-lsb8)&^q|(bs-lsb8)&^bs|(x-0x20*lsb8)&^x)&msb8 != 0
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !hexBytes[c] {
			return false
		}
	}
	return true
}

func (w *jsonWalker) number() {
	b := w.b
	i := w.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	digits := func() int {
		k := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i - k
	}
	if i < len(b) && b[i] == '0' {
		i++
	} else if digits() == 0 {
		w.fail = true
		return
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			w.fail = true
			return
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			w.fail = true
			return
		}
	}
	w.i = i
}

func (w *jsonWalker) literal() {
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(w.b)-w.i >= len(lit) && string(w.b[w.i:w.i+len(lit)]) == lit {
			w.i += len(lit)
			return
		}
	}
	w.fail = true
}

// keyRule returns the key rule for the key at raw [s, e).
func (w *jsonWalker) keyRule(s, e int, esc bool) *rules.Rule {
	st := w.st
	key := w.b[s:e]
	if !esc && !w.keyHit(s, e) {
		// Every key name and generic word is an anchor: a key without a
		// key anchor in it names no rule.
		return nil
	}
	if esc {
		var ok bool
		st.unesc, ok = unescape(st.unesc[:0], &st.umap, w.b, s, e)
		if !ok {
			return nil
		}
		key = st.unesc
	}
	r, generic, _ := st.resolveKey(key)
	if r != nil {
		return r
	}
	return generic
}

// keyHit reports whether a key anchor hit lies inside raw [s, e), and
// moves the hit cursor past e.
func (w *jsonWalker) keyHit(s, e int) bool {
	hits := w.hits
	i := w.hit
	for i < len(hits) && int(hits[i].End) <= s {
		i++
	}
	found := false
	for ; i < len(hits) && int(hits[i].End) <= e; i++ {
		if int(hits[i].Start) < s || found {
			continue
		}
		for _, t := range w.st.sc.targets[hits[i].Pattern] {
			if t.kind == targetKey {
				found = true
				break
			}
		}
	}
	w.hit = i
	return found
}

// stringValue handles a string value at raw [s, e).
func (w *jsonWalker) stringValue(sens *rules.Rule, s, e int, esc bool) {
	// Every string is scanned for key-shaped secrets, a sensitive key's
	// value too: a token there is attributed to its format (and keeps its
	// public prefix in the partial style), and a value the key rule turns
	// down (dp.pt.… looks like a dotted name) is still caught by format.
	w.scanString(s, e, esc)
	if sens != nil {
		w.sensitiveString(sens, s, e, esc)
	}
}

// sensitiveString adds the secret parts of the string at raw [s, e), the
// value of key rule sens.
func (w *jsonWalker) sensitiveString(sens *rules.Rule, s, e int, esc bool) {
	st := w.st
	if s == e {
		return
	}
	if sens.Value == rules.ValuePlain {
		v := w.b[s:e]
		if esc {
			var ok bool
			if st.unesc, ok = unescape(st.unesc[:0], &st.umap, w.b, s, e); !ok {
				return
			}
			v = st.unesc
		}
		if !st.allowed(sens, v) || !keyValueShape(sens, v) {
			return
		}
		st.spans = append(st.spans, span{start: s, end: e, rule: int32(sens.Index), prio: prioKey, escaped: esc})
		return
	}
	// Authorization and cookie values keep their scheme and names.
	if !esc {
		st.spans = st.valueSpans(st.spans, sens, w.b[:e], s, e, true, 0)
		return
	}
	var ok bool
	st.unesc, ok = unescape(st.unesc[:0], &st.umap, w.b, s, e)
	if !ok {
		return
	}
	st.uspans = st.valueSpans(st.uspans[:0], sens, st.unesc, 0, len(st.unesc), true, 0)
	w.mapBack()
}

// scanString scans the string at raw [s, e) as text with the line's anchor
// hits inside it (after unescaping, with fresh hits, when it holds escapes).
func (w *jsonWalker) scanString(s, e int, esc bool) {
	st := w.st
	if !esc {
		// Hits inside this string, rebased.
		lo := w.hit
		hits := w.hits
		for lo < len(hits) && int(hits[lo].End) <= s {
			lo++
		}
		hi := lo
		for hi < len(hits) && int(hits[hi].End) <= e {
			hi++
		}
		w.hit = hi
		if lo == hi {
			return
		}
		st.uhits = st.uhits[:0]
		for _, h := range hits[lo:hi] {
			if int(h.Start) >= s {
				st.uhits = append(st.uhits, anchor.Hit{Pattern: h.Pattern, Start: h.Start - int32(s), End: h.End - int32(s)})
			}
		}
		st.jsonLine = w.b
		st.spans = st.scanText(st.spans, w.b[s:e], st.uhits, s, false)
		st.jsonLine = nil
		return
	}
	// Escaped: unescape, find anchors again, scan, map back.
	var ok bool
	st.unesc, ok = unescape(st.unesc[:0], &st.umap, w.b, s, e)
	if !ok {
		return
	}
	if bytes.IndexByte(st.unesc, escByte) >= 0 {
		// "\u001b[32m…": colour codes inside a JSON string.
		st.uspans = st.scanPlain(st.uspans[:0], st.unesc, 0, false)
		w.mapBack()
		return
	}
	if !st.inNested && looksLikeJSONDoc(st.unesc) && w.nested() {
		return
	}
	st.uhits = st.sc.m.Find(st.uhits[:0], st.unesc)
	if len(st.uhits) == 0 {
		return
	}
	st.uspans = st.scanText(st.uspans[:0], st.unesc, st.uhits, 0, false)
	w.mapBack()
}

// structuredValue: the rule reads a value with a form of its own
// (Authorization's scheme, Cookie's pairs), which a word in a list never
// has by chance.
func structuredValue(r *rules.Rule) bool {
	switch r.Value {
	case rules.ValueAuthorization, rules.ValueCookie, rules.ValueSetCookie:
		return true
	}
	return false
}

// looksLikeJSONDoc: an object or array, after blanks.
func looksLikeJSONDoc(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}

// nested walks the decoded string in st.unesc as a JSON document of its
// own (a request body, a message or a setting logged as a JSON string),
// one level deep, so that its members, parents and pairs are judged as
// they would be at the top. It reports false, and leaves the string to the
// text scan, when the string is not valid JSON.
func (w *jsonWalker) nested() bool {
	st := w.st
	st.nest = append(st.nest[:0], st.unesc...)
	st.nestMap.segs = append(st.nestMap.segs[:0], st.umap.segs...)
	st.nestHits = st.sc.m.Find(st.nestHits[:0], st.nest)
	outer := st.spans
	st.spans = st.nestSpans[:0]
	st.inNested = true
	in := jsonWalker{st: st, b: st.nest, hits: st.nestHits}
	in.ws()
	in.value(nil, 0)
	in.ws()
	ok := !in.fail && in.i == len(in.b)
	st.inNested = false
	st.nestSpans, st.spans = st.spans, outer
	if !ok {
		// The inner walk unescaped its own strings into st.unesc and
		// st.umap; the caller scans the outer string as text next.
		st.unesc = append(st.unesc[:0], st.nest...)
		st.umap.segs = append(st.umap.segs[:0], st.nestMap.segs...)
		return false
	}
	for _, sp := range st.nestSpans {
		if sp.end <= sp.start {
			continue
		}
		rs := st.nestMap.raw(sp.start)
		re := st.nestMap.rawEnd(sp.end - 1)
		sp.escaped = true // inside a string of the outer document
		sp.quoteEsc = sp.quote
		sp.start, sp.end = rs, re
		st.spans = append(st.spans, sp)
	}
	return true
}

// mapBack converts st.uspans (offsets into st.unesc) to raw line spans.
func (w *jsonWalker) mapBack() {
	st := w.st
	for _, sp := range st.uspans {
		if sp.end <= sp.start {
			continue
		}
		rs := st.umap.raw(sp.start)
		re := st.umap.rawEnd(sp.end - 1)
		sp.escaped = re-rs != sp.end-sp.start
		sp.start, sp.end = rs, re
		st.spans = append(st.spans, sp)
	}
}

// escMap maps offsets in a decoded JSON string back to the raw string. It
// holds one segment per run of the decoded text that maps uniformly: plain
// bytes (one raw byte each), two-character escapes (\n, \", \/: two raw
// bytes each), or the bytes of one \u escape (all from the same raw
// escape). Memory is per run, not per byte.
type escMap struct {
	segs []escSeg // ordered by d; the last one is a sentinel at the end
}

type escSeg struct {
	d, r int32 // first decoded offset, and the raw offset it came from
	step int32 // raw bytes per decoded byte: 1, 2, or 0 for a \u escape
}

func (m *escMap) reset() { m.segs = m.segs[:0] }

// add records that decoded byte d came from raw offset r with the given
// step, extending the last segment when it continues it.
func (m *escMap) add(d, r, step int) {
	if n := len(m.segs); n > 0 && step != 0 {
		if last := m.segs[n-1]; last.step == int32(step) && int(last.r)+(d-int(last.d))*step == r {
			return
		}
	}
	m.segs = append(m.segs, escSeg{d: int32(d), r: int32(r), step: int32(step)})
}

// seg returns the index of the segment holding decoded offset x.
func (m *escMap) seg(x int) int {
	return sort.Search(len(m.segs), func(i int) bool { return int(m.segs[i].d) > x }) - 1
}

// raw returns the raw offset decoded byte x came from (for a byte of an
// escape, the escape's start).
func (m *escMap) raw(x int) int {
	g := m.segs[m.seg(x)]
	return int(g.r) + (x-int(g.d))*int(g.step)
}

// rawEnd returns the raw offset just past the raw bytes decoded byte x came
// from (past the whole escape for a byte of one).
func (m *escMap) rawEnd(x int) int {
	k := m.seg(x)
	g := m.segs[k]
	if g.step == 0 {
		return int(m.segs[k+1].r)
	}
	return int(g.r) + (x-int(g.d)+1)*int(g.step)
}

// unescape appends the decoded JSON string content raw[s:e] to dst and
// records in m where each decoded byte came from. The content was validated
// by the walker.
func unescape(dst []byte, m *escMap, raw []byte, s, e int) ([]byte, bool) {
	m.reset()
	for i := s; i < e; {
		c := raw[i]
		if c != '\\' {
			// A run of plain bytes, copied whole.
			j := bytes.IndexByte(raw[i:e], '\\')
			if j < 0 {
				j = e - i
			}
			m.add(len(dst), i, 1)
			dst = append(dst, raw[i:i+j]...)
			i += j
			continue
		}
		start := i
		switch raw[i+1] {
		case 'b':
			c = '\b'
		case 'f':
			c = '\f'
		case 'n':
			c = '\n'
		case 'r':
			c = '\r'
		case 't':
			c = '\t'
		case 'u':
			r := rune(hex4(raw[i+2 : i+6]))
			i += 6
			if 0xD800 <= r && r < 0xDC00 && i+6 <= e && raw[i] == '\\' && raw[i+1] == 'u' {
				lo := rune(hex4(raw[i+2 : i+6]))
				if 0xDC00 <= lo && lo < 0xE000 {
					r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
					i += 6
				}
			}
			m.add(len(dst), start, 0)
			dst = utf8.AppendRune(dst, r)
			continue
		default: // '"', '\\', '/'
			c = raw[i+1]
		}
		m.add(len(dst), start, 2)
		dst = append(dst, c)
		i += 2
	}
	m.segs = append(m.segs, escSeg{d: int32(len(dst)), r: int32(e), step: 1})
	return dst, true
}

func hex4(b []byte) uint32 {
	var v uint32
	for _, c := range b[:4] {
		v = v<<4 | uint32(unhex(c))
	}
	return v
}

package filter

import (
	"bytes"

	"github.com/logscrub/logscrub/filter/anchor"
	"github.com/logscrub/logscrub/rules"
)

// scanText appends to spans the secrets found in buf, given the anchor hits
// in buf (offsets relative to buf). Span offsets are buf offsets plus base.
// top says buf is a whole text line of the stream (multi-line state may
// start here) rather than the inside of a JSON string.
func (st *Stream) scanText(spans []span, buf []byte, hits []anchor.Hit, base int, top bool) []span {
	outerTop := st.textTop
	st.textTop = top
	// Scan memos belong to one buffer; scratch buffers are reused.
	st.quoteMemo = [4]scanMemo{}
	st.pemMemo = scanMemo{}
	st.sqlMemo = scanMemo{}
	st.regexScan = st.regexScan[:0]
	keyDone := -1 // end of the last key token examined
	pemDone, curlDone, cmdDone, cmdAt := -1, -1, -1, -1
	pctFirst, pctLast := -1, -1 // the first and last encoded '/', ':' or '@'
	for _, h := range hits {
		ts := st.sc.targets[h.Pattern]
		for i := range ts {
			t := &ts[i]
			h := h
			if t.whole != "" && !t.atWhole(buf, &h) {
				continue
			}
			switch t.kind {
			case targetKey:
				if int(h.Start) < keyDone {
					continue
				}
				var end int
				spans, end = st.keyValue(spans, buf, int(h.Start), int(h.End), base)
				keyDone = end
			case targetToken:
				if s, e, ok := st.token(buf, int(h.Start), t); ok {
					if t.rule.ObjectNames && st.objectName(buf, base, s) {
						continue
					}
					if !t.rule.KeepToken {
						spans = append(spans, span{start: base + s, end: base + e, rule: int32(t.rule.Index),
							prio: prioSpecific, head: len(t.prefix)})
					}
					if p := t.rule.Pair; p != nil {
						if ps, pe, ok := st.pair(buf, base, s, e, p); ok && st.allowed(t.rule, st.pairBytes(buf, base, ps, pe)) {
							spans = append(spans, span{start: ps, end: pe, rule: int32(t.rule.Index), prio: prioSpecific, bare: true})
						}
					}
				}
			case targetURL:
				if s, e, ok := urlPassword(buf, int(h.Start), int(h.End)); ok && st.allowed(t.rule, buf[s:e]) {
					spans = append(spans, span{start: base + s, end: base + e, rule: int32(t.rule.Index), prio: prioSpecific})
				}
			case targetDSN:
				if s, e, ok := dsnPassword(buf, int(h.Start)); ok && st.allowed(t.rule, buf[s:e]) {
					spans = append(spans, span{start: base + s, end: base + e, rule: int32(t.rule.Index), prio: prioSpecific})
				}
			case targetPEM:
				if int(h.Start) < pemDone {
					continue // inside a block already redacted to its end
				}
				spans, pemDone = st.privateKey(spans, buf, int(h.Start)-t.lead, t.rule, base, top)
			case targetRegex:
				spans = st.regex(spans, buf, h, t.rule, base)
			case targetCommand:
				if int(h.Start) < cmdDone && int(h.Start) != cmdAt {
					// (Another target of the same command word, such as
					// another subcommand, is still tried.)
					continue // inside a command already searched
				}
				cmdAt = int(h.Start)
				var done int
				spans, done = st.commandPassword(spans, buf, int(h.Start), &passwordCommands[t.cmd], t.rule, base)
				cmdDone = max(cmdDone, done)
			case targetB64JSON:
				spans = st.b64JSONSecret(spans, buf, int(h.Start), base)
			case targetBasic:
				spans = st.basicCredential(spans, buf, int(h.Start), int(h.End), base)
			case targetStdin:
				spans = st.stdinPassword(spans, buf, int(h.Start), stdinReaders[t.cmd].userPass, t.rule, base)
			case targetOutput:
				if top && secretCommand(buf, int(h.Start), t.cmd) {
					st.output = pendingOutput{rule: t.rule, lines: outputLines}
				}
			case targetAudit:
				spans = st.auditArgs(spans, buf, int(h.End), t.cmd == 1, base)
			case targetORM:
				spans = st.ormParameters(spans, buf, int(h.Start), int(h.End), t.rule, base)
			case targetSession:
				spans = st.sessionStoreID(spans, buf, int(h.Start), int(h.End), t.rule.Anchors[t.cmd], t.rule, base)
			case targetRedis:
				spans = st.redisPassword(spans, buf, int(h.Start), int(h.End), redisAnchors[t.cmd].maxUser, t.rule, base)
			case targetSigned:
				spans = st.signedURL(spans, buf, int(h.Start), t.rule, base)
			case targetPercent:
				if pctFirst < 0 {
					pctFirst = int(h.Start)
				}
				pctLast = int(h.End)
			case targetCurl:
				// A region an earlier "curl" already searched is not
				// searched again.
				if curlCommand(buf, int(h.End)) {
					spans, curlDone = st.curlUser(spans, buf, max(int(h.End), curlDone), t.rule, base)
				}
			}
		}
	}
	if pctFirst >= 0 && !st.inPercent {
		// Only the encoded words are decoded: from the blank before the
		// first encoded byte to the blank after the last one.
		s, e := pctFirst, pctLast
		for s > 0 && buf[s-1] > ' ' {
			s--
		}
		for e < len(buf) && buf[e] > ' ' {
			e++
		}
		spans = st.scanPercent(spans, buf[s:e], base+s, top)
	}
	st.textTop = outerTop
	return spans
}

// allowed reports whether a candidate secret may be redacted: it is not a
// placeholder and no allowlist keeps it.
func (st *Stream) allowed(r *rules.Rule, v []byte) bool {
	if len(v) == 0 || isPlaceholder(v) || st.sc.scrubbed(v) {
		return false
	}
	return !r.Allow.Allows(v) && !st.sc.set.Allow.Allows(v)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isKeyByte(c byte) bool { return keyBytes[c] }

// keyBytes: the bytes of a key token, letters, digits, '-', '_' and '.'.
var keyBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c)) || c == '-' || c == '_' || c == '.'
	}
	return t
}()

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// anchorByte: the bytes anchors are made of (letters, digits, separators,
// and the punctuation of "://", "\\/" and "-----").
var anchorByte = func() (a [128]bool) {
	for c := 0; c < 128; c++ {
		a[c] = isKeyByte(byte(c)) || c == ':' || c == '/' || c == '\\' || c == ' '
	}
	return a
}()

// maxKeyLen bounds the part of a key token that is looked up.
const maxKeyLen = 128

// keyValue examines the key token around an anchor hit at [hs, he): if the
// token is a sensitive key followed by an assignment, the value is added as
// spans. It returns the end of the token.
func (st *Stream) keyValue(spans []span, buf []byte, hs, he, base int) ([]span, int) {
	r, ks, ke, tokEnd := st.keyAt(buf, hs, he)
	if r == nil {
		// The cheap tests of textPair and cue first: most key words in
		// prose and values need neither.
		if ks >= 2 && pairLabelEnd[buf[ks-1]] {
			if pr, vs, ve, quoted, ok := st.textPair(buf, ks, ke); ok {
				spans = st.valueSpans(spans, pr, buf, vs, ve, quoted, base)
				return spans, tokEnd
			}
			if st.textTop {
				if indent, ok := yamlName(buf, ks, ke); ok {
					specific, generic, _ := st.resolveKey(buf[ks:ke])
					if specific == nil {
						specific = generic
					}
					if specific != nil {
						st.pending = pendingPair{rule: specific, indent: indent}
					}
					return spans, tokEnd
				}
			}
		}
		if st.textTop && ke+2 < len(buf) && buf[ke] == ' ' && buf[ke+1] == ' ' {
			if tr, vs, ve, ok := st.tableRow(buf, ks, ke); ok {
				return st.valueSpans(spans, tr, buf, vs, ve, false, base), tokEnd
			}
		}
		if sqlColumn(buf, ke) {
			// A column of an SQL INSERT: its value in VALUES (…).
			if sr, vs, ve, quoted, ok := st.sqlInsertValue(buf, ks, ke); ok {
				vs, ve, quoted = boundValue(buf, vs, ve, quoted)
				return st.valueSpans(spans, sr, buf, vs, ve, quoted, base), tokEnd
			}
			return spans, tokEnd
		}
		if ke >= len(buf) || buf[ke] != ' ' {
			return spans, tokEnd
		}
		if ke-ks == 4 && string(buf[ks:ke]) == "AUTH" && st.sc.redisRule != nil {
			if vs, ve, ok := redisBareAuth(buf, ks, ke); ok && st.allowed(st.sc.redisRule, buf[vs:ve]) {
				return append(spans, span{start: base + vs, end: base + ve, rule: int32(st.sc.redisRule.Index), prio: prioKey}), ve
			}
		}
		if nr, vs, ve, quoted, ok := st.nextWordKey(buf, ks, ke); ok {
			before := len(spans)
			if spans = st.valueSpans(spans, nr, buf, vs, ve, quoted, base); len(spans) > before {
				return spans, tokEnd
			}
		}
		if cr, vs, ve, ok := st.cue(buf, ks, ke); ok {
			spans = append(spans, span{start: base + vs, end: base + ve, rule: int32(cr.Index), prio: prioKey})
			if ve > tokEnd {
				tokEnd = ve
			}
			if ns, ne, ok := changedTo(buf, vs, ve); ok && proseSecret(cr, buf[ns:ne]) {
				// "password changed from OLD to NEW": the new one too.
				spans = append(spans, span{start: base + ns, end: base + ne, rule: int32(cr.Index), prio: prioKey})
				tokEnd = max(tokEnd, ne)
			}
		}
		return spans, tokEnd
	}
	vs, ve, quoted := st.avs, st.ave, st.aquoted // keyAt found the assignment
	if sqlColumn(buf, ke) {
		// ("email", "api_token") VALUES (…) is a column list, not pairs.
		if sr, svs, sve, sq, ok := st.sqlInsertValue(buf, ks, ke); ok {
			r, vs, ve, quoted = sr, svs, sve, sq
		}
	}
	vs, ve, quoted = boundValue(buf, vs, ve, quoted)
	before := len(spans)
	spans = st.valueSpans(spans, r, buf, vs, ve, quoted, base)
	if len(spans) > before && vs == st.avs {
		// Keys inside a redacted value need no look: the value is gone.
		// Skipping them keeps a line of repeated keys linear. (A value
		// found elsewhere in the line, in VALUES (…) or a bind list, is
		// no reason to skip the columns after this one.)
		if e := spans[len(spans)-1].end - base; e > tokEnd {
			tokEnd = e
		}
	}
	return spans, tokEnd
}

// keyAt expands an anchor hit at [hs, he) to its key token and returns the
// key rule it names (nil if none, or if no assignment follows the token),
// the key's extent and the token's end. When it returns a rule, the
// assignment's value extent is in st.avs, st.ave and st.aquoted.
func (st *Stream) keyAt(buf []byte, hs, he int) (r *rules.Rule, ks, ke, tokEnd int) {
	n := len(buf)
	ks, ke = hs, he
	for ks > 0 && isKeyByte(buf[ks-1]) {
		ks--
	}
	for ke < n && isKeyByte(buf[ke]) {
		ke++
	}
	tokEnd = ke
	// A trailing '.' or '-' is punctuation, not part of the key.
	for ke > he && (buf[ke-1] == '.' || buf[ke-1] == '-') {
		ke--
	}
	// A key word without an assignment after it (prose, "monkey", "author")
	// names nothing; this is the cheap test, so it comes first.
	var ok bool
	if st.avs, st.ave, st.aquoted, ok = st.assignment(buf, ks, ke); !ok {
		return nil, ks, ke, tokEnd
	}
	r, generic, tail := st.resolveKey(buf[ks:ke])
	if r == nil && tail && ks >= 2 && buf[ks-1] == ' ' && isAlnum(buf[ks-2]) {
		// "API Key: …": two words that together name a key (only
		// possible when the key's own name ends a longer key name).
		ps := ks - 1
		for ps > 0 && isKeyByte(buf[ps-1]) {
			ps--
		}
		if r = st.specificKey(buf[ps:ke]); r != nil {
			ks = ps
			st.avs, st.ave, st.aquoted, _ = st.assignment(buf, ks, ke)
		}
	}
	if r == nil {
		r = generic // the key itself, for the generic rules
	}
	return r, ks, ke, tokEnd
}

// actionable reports whether any anchor hit in line can lead to a
// redaction: a sensitive key, a token that passes its checks, a URL with a
// password, or anything that needs a closer look (escapes, private keys,
// regex rules). A JSON line without one is passed through unparsed.
func (st *Stream) actionable(line []byte) bool {
	keyDone := -1
	pctDone := -1 // end of the last percent-encoded text decoded
	for _, h := range st.hits {
		ts := st.sc.targets[h.Pattern]
		for i := range ts {
			t := &ts[i]
			h := h
			if t.whole != "" && !t.atWhole(line, &h) {
				continue
			}
			switch t.kind {
			case targetKey:
				if int(h.Start) < keyDone {
					continue
				}
				r, ks, ke, tokEnd := st.keyAt(line, int(h.Start), int(h.End))
				if r != nil {
					// keyAt found an assignment after the key: a JSON
					// member ("key": …) or key=value inside a string.
					return true
				}
				if _, _, _, ok := st.cue(line, ks, ke); ok {
					return true // a flag or a prose cue inside a string
				}
				if ks >= 2 && pairLabelEnd[line[ks-1]] {
					if _, _, _, _, ok := st.textPair(line, ks, ke); ok {
						return true // a name/value pair written as text
					}
				}
				if sqlColumn(line, ke) {
					if _, _, _, _, ok := st.sqlInsertValue(line, ks, ke); ok {
						return true // a column of an SQL INSERT
					}
				}
				if ks > 0 && ke < len(line) && (line[ks-1] == '"' || line[ks-1] == '-') &&
					(line[ke] == '"' || line[ke] == '\\' && ke+1 < len(line) && line[ke+1] == '"') {
					// A whole string naming a key where the JSON walker
					// looks for the name half of a pair: the value of a
					// name field ("name": "DD_API_KEY") or an array
					// element (["--token", …]).
					q := ks - 1
					for q > 0 && line[q] == '-' {
						q--
					}
					if q > 0 && line[q] == '"' && line[q-1] == '\\' {
						q-- // \" inside a JSON string
					}
					// The syntax first: most such strings are plain values.
					if (line[q] == '"' || line[q] == '\\') && !memberName(line, ke) && pairNamePosition(line, q) {
						if sp, gen, _ := st.resolveKey(line[ks:ke]); sp != nil || gen != nil {
							return true
						}
					}
				}
				keyDone = tokEnd
			case targetToken:
				if s, e, ok := st.token(line, int(h.Start), t); ok {
					if !t.rule.KeepToken {
						return true
					}
					if _, _, ok := pairSecret(line, s, e, t.rule.Pair); ok {
						return true
					}
				}
				if e := min(len(line), int(h.End)+96); bytes.IndexByte(line[h.End:e], '\\') >= 0 {
					// An escape inside what may be the token
					// (services/…\/…): decoded on the full path, which
					// a line that is not valid JSON also takes.
					return true
				}
			case targetURL:
				if _, _, ok := urlPassword(line, int(h.Start), int(h.End)); ok {
					return true
				}
				if line[h.Start+1] == '\\' {
					// ":\/\/": escaped slashes can hide anchors with a '/'
					// in them (webhook URLs); decode to be sure.
					return true
				}
			case targetDSN:
				if _, _, ok := dsnPassword(line, int(h.Start)); ok {
					return true
				}
			case targetEscape:
				// Only an escape for a byte that anchors are made of can
				// hide part of one: "caf\u00e9" and "\u003c" cannot. An
				// escaped ESC starts a colour code that can hide an
				// assignment.
				if e := int(h.Start) + 6; e <= len(line) && isHex4(line[h.Start+2:e]) {
					if c := hex4(line[h.Start+2 : e]); c < 0x80 && anchorByte[c] || c == escByte {
						return true
					}
				}
			case targetPercent:
				// The JSON walker scans the strings decoded; a string
				// whose decoded form holds no anchor
				// (redirect=%2Fdashboard) has nothing to find there.
				if int(h.Start) >= pctDone {
					var found bool
					if found, pctDone = st.percentStringHits(line, int(h.Start), int(h.End)); found {
						return true
					}
				}
			case targetAudit:
				return true // the arguments are decoded on the full path
			case targetB64JSON:
				if st.uspans = st.b64JSONSecret(st.uspans[:0], line, int(h.Start), 0); len(st.uspans) > 0 {
					return true
				}
			case targetBasic:
				if st.uspans = st.basicCredential(st.uspans[:0], line, int(h.Start), int(h.End), 0); len(st.uspans) > 0 {
					return true
				}
			case targetStdin:
				if st.uspans = st.stdinPassword(st.uspans[:0], line, int(h.Start), stdinReaders[t.cmd].userPass, t.rule, 0); len(st.uspans) > 0 {
					return true
				}
			case targetORM:
				st.uspans = st.ormParameters(st.uspans[:0], line, int(h.Start), int(h.End), t.rule, 0)
				if len(st.uspans) > 0 {
					return true
				}
			case targetSession:
				if st.uspans = st.sessionStoreID(st.uspans[:0], line, int(h.Start), int(h.End), t.rule.Anchors[t.cmd], t.rule, 0); len(st.uspans) > 0 {
					return true
				}
			case targetRedis:
				st.uspans = st.redisPassword(st.uspans[:0], line, int(h.Start), int(h.End), redisAnchors[t.cmd].maxUser, t.rule, 0)
				if len(st.uspans) > 0 {
					return true
				}
			case targetSigned:
				if st.uspans = st.signedURL(st.uspans[:0], line, int(h.Start), t.rule, 0); len(st.uspans) > 0 {
					return true
				}
			case targetCommand:
				st.uspans, _ = st.commandPassword(st.uspans[:0], line, int(h.Start), &passwordCommands[t.cmd], t.rule, 0)
				if len(st.uspans) > 0 {
					return true
				}
			case targetCurl:
				st.uspans = st.uspans[:0]
				if !curlCommand(line, int(h.End)) {
					continue
				}
				if st.uspans, _ = st.curlUser(st.uspans, line, int(h.End), t.rule, 0); len(st.uspans) > 0 {
					return true
				}
			default:
				return true
			}
		}
	}
	return false
}

// memberName: the string closing at ke ("…" or \"…\") is followed by
// ':', so it is a member name, not a value.
func memberName(line []byte, ke int) bool {
	j := ke + 1
	if line[ke] == '\\' {
		j++
	}
	for j < len(line) && isSpace(line[j]) {
		j++
	}
	return j < len(line) && line[j] == ':'
}

// pairNamePosition reports whether the JSON string opening at q sits where
// the walker takes a string for the name half of a pair: an array element,
// or the value of a member that pairField calls a name field.
func pairNamePosition(line []byte, q int) bool {
	i := q - 1
	for i >= 0 && isSpace(line[i]) {
		i--
	}
	if i < 0 {
		return false
	}
	switch line[i] {
	case '[', ',':
		return true
	case ':':
	default:
		return false
	}
	i--
	for i >= 0 && isSpace(line[i]) {
		i--
	}
	if i < 1 || line[i] != '"' {
		return false
	}
	e := i
	if line[e-1] == '\\' {
		e-- // the name's closing \" inside a JSON string
	}
	for i = e - 1; i >= 0 && line[i] != '"'; i-- {
		if e-i > 24 {
			return false
		}
	}
	return i >= 0 && pairField(line[i+1:e])&fieldName != 0
}

// lookupKey returns the key rule for a raw key token: the whole token, or
// failing that its trailing words ("db_password", "X-Custom-Api-Key",
// "userPassword"), compared normalized.
func (st *Stream) lookupKey(tok []byte) *rules.Rule {
	set := st.sc.set
	if len(tok) > maxKeyLen {
		// Key names are short; of a giant token only its trailing words
		// can name one. This keeps the lookup bounded.
		tok = tok[len(tok)-maxKeyLen:]
	}
	// A versioned name is the name: signature_v2, X-Api-Key-V1.
	if k := len(tok) - 1; k > 3 && isDigit(tok[k]) {
		for k > 0 && isDigit(tok[k-1]) {
			k--
		}
		if k >= 3 && (tok[k-1] == 'v' || tok[k-1] == 'V') && rules.IsKeySeparator(tok[k-2]) {
			tok = tok[:k-2]
		}
	}
	kb := rules.NormalizeKey(st.keybuf[:0], tok)
	if n := len(kb); n > 3 && isDigit(kb[n-1]) {
		// A name whose digits are its own (X-Shopify-Hmac-Sha256 ends in
		// hmac_sha256) before a numbered one (HEROKU_API_KEY_2, password1).
		for k := 0; k+5 <= n; k++ {
			if r := set.KeyRule(kb[k:]); r != nil {
				st.keybuf, st.keyLast = kb, 0
				return r
			}
		}
		for len(kb) > 3 && isDigit(kb[len(kb)-1]) {
			kb = kb[:len(kb)-1]
		}
	}
	st.keybuf = kb
	st.keyLast = 0
	if set.KeyAllowed(kb) {
		st.keybuf = kb[:0] // no generic rule either
		return nil
	}
	if r := set.KeyRule(kb); r != nil {
		return r
	}
	// Names run together (HEROKUAPIKEY, AADSessionId, clientsecret): a
	// known name of five or more letters that ends the key.
	for k := 1; k+5 <= len(kb); k++ {
		if r := set.KeyRule(kb[k:]); r != nil {
			return r
		}
	}
	// Word starts, as offsets into the normalized key.
	k, last := 0, 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if rules.IsKeySeparator(c) {
			continue
		}
		if k > 0 && k < len(kb) {
			prev := tok[i-1]
			upperAfterLower := 'A' <= c && c <= 'Z' && 'a' <= prev && prev <= 'z'
			if rules.IsKeySeparator(prev) || upperAfterLower {
				last = k
				if r := set.KeyRule(kb[k:]); r != nil {
					if len(kb)-k < 5 && st.sc.wordTwin[r.Index] != nil {
						return st.sc.wordTwin[r.Index]
					}
					return r
				}
			}
		}
		k++
	}
	st.keyLast = last
	return nil
}

// genericRule returns the generic key rule for the key lookupKey just
// normalized into st.keybuf (and found no specific rule for), or nil.
func (st *Stream) genericRule() *rules.Rule {
	kb := st.keybuf
	if len(kb) == 0 || st.sc.set.KeyAllowed(kb) {
		return nil
	}
	for _, r := range st.sc.set.GenericRules() {
		if genericKey(r, kb, kb[st.keyLast:]) {
			return r
		}
	}
	return nil
}

// genericKey reports whether a normalized key names a secret for a generic
// rule: it contains one of the rule's words, contains none of its not_keys,
// and its last word is none of its not_words (token_count, session_timeout).
func genericKey(r *rules.Rule, key, lastWord []byte) bool {
	found := false
	for _, w := range r.Words {
		if bytes.Contains(key, []byte(w)) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, w := range r.NotKeys {
		if bytes.Contains(key, []byte(w)) {
			return false
		}
	}
	_, not := r.NotWords[string(lastWord)]
	return !not
}

// assignment parses what follows a key token ending at ks..ke: an
// optional closing quote, then an assignment operator — "=", ":", "=>",
// ":=", "?=", ".=", "+=", "||=", or a type between the name and "="
// ("var x string = …", "let x: string = …") — or, after a quoted name,
// a comma and a quoted value (setProperty("X_TOKEN", "…"), a pair in an
// array), or the ">" of an XML element; then the value. It returns the
// value's extent and whether it was quoted (then [vs, ve) excludes the
// quotes). A key glued to a ':' before it is a segment of a colon path
// (arn:aws:secretsmanager:…:secret:name), not a key.
func (st *Stream) assignment(buf []byte, ks, ke int) (vs, ve int, quoted, ok bool) {
	n := len(buf)
	j := ke
	var open byte
	escQuote := false
	if ks > 0 {
		switch buf[ks-1] {
		case '"', '\'':
			open = buf[ks-1]
			escQuote = ks > 1 && buf[ks-2] == '\\'
		case '<':
			// <password>value</password>
			if j < n && buf[j] == '>' {
				vs = j + 1
				ve = vs
				for ve < n && buf[ve] != '<' && buf[ve] != '\n' {
					ve++
				}
				return vs, ve, true, ve > vs
			}
			return 0, 0, false, false
		case ':':
			if !collectionName(buf[:ks-1]) && !rubySymbolKey(buf, ks, ke) {
				return 0, 0, false, false
			}
			// ModSecurity's ARGS:password, REQUEST_HEADERS:Authorization:
			// a collection and a member, not a colon path.
		}
	}
	// Closing quote of a quoted key. The opening quote may be further left
	// ("user password": …), so any closing quote is accepted.
	closed := false
	switch {
	case open != 0 && escQuote && j+1 < n && buf[j] == '\\' && buf[j+1] == open:
		j += 2
		closed = true
	case j < n && (buf[j] == '"' || buf[j] == '\''):
		j++
		closed = true
	case j+1 < n && buf[j] == '\\' && buf[j+1] == '"':
		j += 2
		closed = true
	}
	subscript := false
	if closed && j < n && buf[j] == ']' && subscriptOpens(buf, ks, escQuote) {
		// A subscript: $cfg['db_pass'] = …, ENV["TOKEN"] = …,
		// os.environ["DB_PASSWORD"] = …. Only an operator that assigns may
		// follow; a comparison or a read is not a value.
		j++
		subscript = true
	}
	spaceBefore := j < n && isSpace(buf[j])
	for j < n && isSpace(buf[j]) {
		j++
	}
	if j >= n {
		return 0, 0, false, false
	}
	if subscript && !assigns(buf[j:]) {
		return 0, 0, false, false
	}
	switch c := buf[j]; {
	case c == '=':
		if j+1 < n && buf[j+1] == '=' && !(ke-ks > 2 && buf[ks] == '-' && buf[ks+1] == '-') &&
			(spaceBefore || comparisonFollows(buf[j+1:])) {
			// A comparison (password == x); but glued on both sides
			// (PGPASSWORD==1Rwy…, --password==x) the value starts with
			// '=': generated passwords do, and the classifier still
			// judges what follows (pass==null stays).
			return 0, 0, false, false
		}
		j++
		if j < n && buf[j] == '>' {
			j++
		}
		if !spaceBefore && j < n && isSpace(buf[j]) && nextIsField(buf, j) {
			// logfmt "password= user=bob": an empty value, not the next field.
			return 0, 0, false, false
		}
	case c == ':':
		if j == ke && j+1 < n && buf[j+1] != ' ' && digestTag(buf[ks:ke]) || j == ke && testStatus(buf, ks, ke) {
			// sha256:…, hmac-sha256:… (Vault's audit HMACs) tag a digest;
			// "PASS:" is a test runner's status (--- PASS: TestX).
			return 0, 0, false, false
		}
		if j+1 < n && buf[j+1] == ':' {
			// make's ::= and :::= assign; any other :: is a scope
			// (std::string) or an IPv6 address.
			k := j + 1
			for k < n && k-j < 3 && buf[k] == ':' {
				k++
			}
			if k >= n || buf[k] != '=' {
				return 0, 0, false, false
			}
			j = k
		}
		j++
		if j < n && buf[j] == '=' {
			j++
		} else if j < n && isSpace(buf[j]) {
			if k := typeThenEquals(buf, j); k > 0 {
				j = k // let apiKey: string = "…"
			} else if ks >= 2 && buf[ks-1] == ' ' && isLower(buf[ks-2]) && nextIsField(buf, j) && !oneLetterField(buf, j) {
				// "failed to derive vault token: alloc_id=…": a message
				// (a word before the key) ends at the colon and logfmt
				// fields follow. (Cookie: a=1 at a header's start is a
				// value.)
				return 0, 0, false, false
			}
		}
	case (c == '?' || c == '.' || c == '+') && j+1 < n && buf[j+1] == '=':
		j += 2
	case c == '|' && j+2 < n && buf[j+1] == '|' && buf[j+2] == '=':
		j += 3
	case c == ',' && closed && open != 0 && pairOpens(buf, ks, escQuote):
		// ("X_TOKEN", "…"): a quoted value must follow.
		k := j + 1
		for k < n && isSpace(buf[k]) {
			k++
		}
		if k >= n || (buf[k] != '"' && buf[k] != '\'') {
			return 0, 0, false, false
		}
		j = k
	case isLower(c) || isUpper(c):
		// var password string = "…"
		if !spaceBefore {
			return 0, 0, false, false
		}
		k := typeThenEquals(buf, j-1)
		if k < 0 {
			return 0, 0, false, false
		}
		j = k
	default:
		return 0, 0, false, false
	}
	for j < n && isSpace(buf[j]) {
		j++
	}
	if j >= n {
		return 0, 0, false, false
	}
	if buf[j] == '{' {
		// An object that only holds the value, as query DSLs write a term
		// ("session_token":{"value":"…"}, Elasticsearch): its value.
		k := j + 1
		for k < n && isSpace(buf[k]) {
			k++
		}
		if k+7 < n && (buf[k] == '"' || buf[k] == '\'') && string(buf[k+1:k+6]) == "value" && buf[k+6] == buf[k] {
			k += 7
			for k < n && isSpace(buf[k]) {
				k++
			}
			if k < n && buf[k] == ':' {
				k++
				for k < n && isSpace(buf[k]) {
					k++
				}
				if k < n {
					j = k
				}
			}
		}
		if st.textTop && buf[j] == '{' && structuredObject(buf[j:]) {
			// An object written out (password: {"min": 12}): its own keys
			// are judged by their own hits, the object is no value.
			return 0, 0, false, false
		}
	}
	if buf[j] == '[' {
		// A list of quoted values ('api_key': ['…'], Django's QueryDict,
		// Ruby's "key"=>["…"]): the first one.
		k := j + 1
		for k < n && isSpace(buf[k]) {
			k++
		}
		switch {
		case k < n && (buf[k] == '"' || buf[k] == '\''):
			j = k
		case k < n && buf[k] == ']':
			// A Go slice literal, %#v of an http.Header:
			// "Authorization":[]string{"…"}: its first string.
			e := k + 1
			for e < n && e-k < 16 && isKeyByte(buf[e]) {
				e++
			}
			if e+1 < n && buf[e] == '{' && buf[e+1] == '"' {
				j = e + 1
			}
		case k == j+1 && (buf[j-1] == '=' || buf[j-1] == ':'):
			// A list printed without quotes, glued to its operator: Java's
			// toString of a multi-value map (Spring's form data:
			// client_secret=[VALUE], scope=[a, b]) and Go's %v of an
			// http.Header (map[Authorization:[Bearer …] X-Api-Key:[…]]).
			// The first element, to ']' or ','. (Not our own
			// replacement, which is bracketed too, nor a type literal:
			// $k = [Microsoft.Win32.RegistryKey]::Open.)
			e := k
			for e < n && e-k <= maxCueValue && buf[e] >= ' ' && buf[e] != ']' && buf[e] != ',' && buf[e] != '[' {
				e++
			}
			if e > k && e < n && buf[e-1] != ' ' && (buf[e] == ',' || buf[e] == ']' && (e+1 == n || listEnd[buf[e+1]])) &&
				!st.sc.scrubbed(buf[j:e+1]) {
				return k, e, true, true
			}
		}
	}
	// Quoted value.
	if c := buf[j]; c == '"' || c == '\'' || c == '`' {
		vs = j + 1
		ve = st.closeQuote(buf, vs, c)
		return vs, ve, true, true
	}
	if buf[j] == '\\' && j+1 < n && buf[j+1] == '"' {
		vs = j + 2
		return vs, st.closeEscapedQuote(buf, vs), true, true
	}
	if buf[j] == '(' && wordsInParens(buf[j:]) || buf[j] == '<' && remarkInAngles(buf[j:]) {
		// A stand-in in words: Terraform's "password = (sensitive value)",
		// "(hidden)", "(not shown)", kubectl describe's "<set to the key
		// 'password' in secret 'pg'>".
		return 0, 0, false, false
	}
	// Unquoted: valueSpans decides where it stops for each kind of value
	// (at the latest, the end of the line).
	return j, len(buf), false, true
}

// comparisonFollows reports whether what follows the first '=' of "=="
// (or "===") is a comparison's right side: a blank, the end, or an
// identifier.
func comparisonFollows(b []byte) bool {
	k := 0
	for k < len(b) && k < 3 && b[k] == '=' {
		k++
	}
	return k >= len(b) || isSpace(b[k]) || identifierFollows(b[k:])
}

// identifierFollows reports whether b starts with an identifier that
// ends at a space, a closing bracket, a quote, ';', ',', '&' or the end
// (pass==null, token==expected, a==b): the right side of a comparison.
func identifierFollows(b []byte) bool {
	if len(b) == 0 || !(isLower(b[0]) || isUpper(b[0]) || b[0] == '_') {
		return false
	}
	for _, c := range b {
		switch {
		case isAlnum(c) || c == '_' || c == '.':
		case c == ' ' || c == '\t' || c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == ';' || c == ',' || c == '&':
			return true
		default:
			return false
		}
	}
	return true
}

// rubySymbolKey reports whether the key at [ks, ke) is a Ruby symbol in a
// hash's inspect form ({:password=>"…", :api_key=>"…"}): a ':' after the
// start, a blank, '{', '(' or ',', and "=>" after the key.
func rubySymbolKey(buf []byte, ks, ke int) bool {
	if ks >= 2 {
		switch buf[ks-2] {
		case ' ', '{', '(', ',', '[':
		default:
			return false
		}
	}
	j := ke
	for j < len(buf) && buf[j] == ' ' {
		j++
	}
	return j+1 < len(buf) && buf[j] == '=' && buf[j+1] == '>'
}

// pairOpens reports whether the quoted name at ks starts an argument list
// or an array element — the quote follows '(', '[' or ',' — so that
// ("X_TOKEN", "…") is a pair while "type": "1Password", "raw" is not.
func pairOpens(buf []byte, ks int, esc bool) bool {
	q := ks - 2 // before the opening quote
	if esc {
		q--
	}
	for q >= 0 && isSpace(buf[q]) {
		q--
	}
	return q >= 0 && (buf[q] == '(' || buf[q] == '[' || buf[q] == ',')
}

// remarkInAngles reports whether b opens with <…> holding a remark in
// words: a letter first, a blank inside, no other '<' before the '>'.
func remarkInAngles(b []byte) bool {
	if len(b) < 4 || !isLower(b[1]) && !isUpper(b[1]) {
		return false
	}
	blank := false
	for i := 2; i < len(b) && i <= 120; i++ {
		switch b[i] {
		case '>':
			return blank
		case '<', '\n':
			return false
		case ' ':
			blank = true
		}
	}
	return false
}

// collectionName reports whether b ends in a ModSecurity collection name
// (ARGS, ARGS_POST, REQUEST_HEADERS, REQUEST_COOKIES, TX): capitals and
// '_', two or more, not glued to anything before.
func collectionName(b []byte) bool {
	i := len(b)
	for i > 0 && (isUpper(b[i-1]) || b[i-1] == '_') {
		i--
	}
	return len(b)-i >= 2 && (i == 0 || !isKeyByte(b[i-1]) && b[i-1] != ':')
}

// testStatus reports whether the token at [ks, ke) is a test runner's
// PASS before its ':' (go test's "--- PASS: TestX", automake's "PASS:
// test-x"), not a password's name.
func testStatus(buf []byte, ks, ke int) bool {
	if ke-ks != 4 || string(buf[ks:ke]) != "PASS" {
		return false
	}
	if ks >= 4 && string(buf[ks-4:ks]) == "--- " {
		return true
	}
	rest := buf[ke+1:]
	return ks == 0 && len(rest) > 5 && rest[0] == ' ' && equalFoldASCII(rest[1:5], "test")
}

// digestTag reports whether a key token ends in a hash algorithm's name:
// then "name:" tags a digest (sha256:…, hmac-sha256:…).
func digestTag(k []byte) bool {
	for _, a := range [...]string{"sha1", "sha224", "sha256", "sha384", "sha512", "md5"} {
		if len(k) >= len(a) && equalFoldASCII(k[len(k)-len(a):], a) {
			return true
		}
	}
	return false
}

// wordsInParens reports whether b opens with a parenthesised group of
// letters and blanks only, "(sensitive value)", followed by the end of b,
// a blank or punctuation.
func wordsInParens(b []byte) bool {
	for i := 1; i < len(b) && i <= 40; i++ {
		switch c := b[i]; {
		case c == ')':
			return i > 1 && (i+1 == len(b) || listEnd[b[i+1]] || b[i+1] == '.')
		case !isLower(c) && !isUpper(c) && c != ' ' && c != '-':
			return false
		}
	}
	return false
}

// tableRow reads a two-column table row, KEY then two blanks or more then
// one VALUE to the end of the line, as pulumi config, kubectl's columns and
// env listings print them (app:dbPassword    K#okx…). The key is the
// row's first word (a colon path's last segment counts: app:dbPassword);
// the value must look generated or chosen, not a word.
func (st *Stream) tableRow(buf []byte, ks, ke int) (r *rules.Rule, vs, ve int, ok bool) {
	i := ks
	for i > 0 && (isKeyByte(buf[i-1]) || buf[i-1] == ':') {
		i--
	}
	for i > 0 && (buf[i-1] == ' ' || buf[i-1] == '\t') {
		i--
	}
	if i != 0 {
		return nil, 0, 0, false
	}
	vs = ke
	for vs < len(buf) && buf[vs] == ' ' {
		vs++
	}
	ve = vs
	for ve < len(buf) && buf[ve] > ' ' {
		ve++
	}
	for k := ve; k < len(buf); k++ {
		if buf[k] != ' ' && buf[k] != '\t' {
			return nil, 0, 0, false // more columns: not a key/value row
		}
	}
	v := buf[vs:ve]
	if len(v) == 0 || !generated(v) && !chosenPassword(v, false) {
		return nil, 0, 0, false
	}
	specific, generic, _ := st.resolveKey(buf[ks:ke])
	if r = specific; r == nil {
		r = generic
	}
	return r, vs, ve, r != nil
}

// boundValue returns the value a bind parameter stands for, when the
// unquoted value at [vs, ve) is one ($1, ?) and the line holds its
// parameters; else the value itself.
func boundValue(buf []byte, vs, ve int, quoted bool) (int, int, bool) {
	if quoted || ve <= vs {
		return vs, ve, quoted
	}
	switch {
	case ve-vs >= 2 && buf[vs] == '$' && isDigit(buf[vs+1]):
		// "confirmation_token" = $1 … ["VALUE", 9396]: Ecto's and
		// TypeORM's bind list at the end of the line holds the value.
		if bs, be, bq, ok := bindValue(buf, vs); ok {
			return bs, be, bq
		}
	case buf[vs] == '?' && (vs+1 == len(buf) || !isAlnum(buf[vs+1])):
		// api_token = ? … (parameters: {"1":"VALUE", …}): Doctrine.
		if bs, be, bq, ok := questionValue(buf, vs); ok {
			return bs, be, bq
		}
	}
	return vs, ve, quoted
}

// questionValue finds the value of the '?' parameter at p in Doctrine's
// (parameters: {"1":…, "2":…}) after the statement: the nth '?' of the
// line is "n".
func questionValue(buf []byte, p int) (vs, ve int, quoted, ok bool) {
	n := 1
	for i := 0; i < p; i++ {
		if buf[i] == '?' && i > 0 && (buf[i-1] == ' ' || buf[i-1] == '(' || buf[i-1] == ',') {
			n++
		}
	}
	k := bytes.Index(buf[p:], []byte("parameters: {"))
	if k < 0 {
		return 0, 0, false, false
	}
	j := p + k + len("parameters: {")
	for j < len(buf) && buf[j] != '}' {
		// "N":value
		if buf[j] != '"' {
			return 0, 0, false, false
		}
		m := 0
		j++
		for j < len(buf) && isDigit(buf[j]) {
			m = m*10 + int(buf[j]-'0')
			j++
		}
		if j+1 >= len(buf) || buf[j] != '"' || buf[j+1] != ':' {
			return 0, 0, false, false
		}
		j += 2
		var s, e int
		q := j < len(buf) && buf[j] == '"'
		if q {
			s = j + 1
			e = s
			for e < len(buf) && !(buf[e] == '"' && buf[e-1] != '\\') {
				e++
			}
			j = e + 1
		} else {
			s = j
			for j < len(buf) && buf[j] != ',' && buf[j] != '}' {
				j++
			}
			e = j
		}
		if m == n {
			return s, e, q, e > s
		}
		if j < len(buf) && buf[j] == ',' {
			j++
		}
	}
	return 0, 0, false, false
}

// bindValue finds the value of the bind parameter $N at p in the list that
// ends the line, as Ecto logs a query (… WHERE "id" = $2 ["tok", 9396]):
// the Nth element, quoted or not.
func bindValue(buf []byte, p int) (vs, ve int, quoted, ok bool) {
	n := 0
	k := p + 1
	for k < len(buf) && isDigit(buf[k]) && n < 1000 {
		n = n*10 + int(buf[k]-'0')
		k++
	}
	if n == 0 || k < len(buf) && isAlnum(buf[k]) {
		return 0, 0, false, false
	}
	e := len(buf)
	for e > k && (buf[e-1] == ' ' || buf[e-1] == '\t') {
		e--
	}
	if e == k || buf[e-1] != ']' {
		return 0, 0, false, false
	}
	// The list's '[': the last one outside quotes before the end.
	open := bytes.LastIndex(buf[k:e], []byte(" ["))
	if open < 0 || buf[k+open-1] == ',' || buf[k+open+2] == '[' {
		// An inner list, or a list of lists: Rails' named binds
		// ([["token", "…"], ["LIMIT", 1]]), which the key rules read.
		return 0, 0, false, false
	}
	j := k + open + 2
	for i := 1; j < e-1; i++ {
		for j < e-1 && buf[j] == ' ' {
			j++
		}
		var s, t int
		q := false
		if buf[j] == '"' || buf[j] == '\'' {
			c := buf[j]
			s = j + 1
			t = s
			for t < e-1 && !(buf[t] == c && buf[t-1] != '\\') {
				t++
			}
			q = true
			j = t + 1
		} else {
			s = j
			for j < e-1 && buf[j] != ',' {
				j++
			}
			t = j
		}
		if i == n {
			return s, t, q, t > s
		}
		for j < e-1 && buf[j] != ',' {
			j++
		}
		j++ // past ','
	}
	return 0, 0, false, false
}

// structuredObject reports whether b, which starts with '{', holds a
// member ("name": or name=) before its first '}' (within 256 bytes).
func structuredObject(b []byte) bool {
	for i := 1; i < len(b) && i < 256; i++ {
		switch b[i] {
		case '}':
			return false
		case ':', '=':
			return i > 1
		}
	}
	return false
}

// listEnd: the bytes that may follow a bracketed value.
var listEnd = func() (t [256]bool) {
	for _, c := range []byte(" \t,;&}])\"'") {
		t[c] = true
	}
	return t
}()

// assigns reports whether b begins with an operator that assigns: "=",
// ".=", "+=", "?=", "||=" (not "==").
func assigns(b []byte) bool {
	switch {
	case len(b) >= 1 && b[0] == '=':
		return len(b) == 1 || b[1] != '='
	case len(b) >= 2 && b[1] == '=' && (b[0] == '.' || b[0] == '+' || b[0] == '?'):
		return true
	}
	return len(b) >= 3 && b[0] == '|' && b[1] == '|' && b[2] == '='
}

// subscriptOpens reports whether the quoted name at ks is a subscript: its
// opening quote follows a '[' glued to a name ($cfg['x'], ENV["x"]).
func subscriptOpens(buf []byte, ks int, esc bool) bool {
	q := ks - 2 // before the opening quote
	if esc {
		q--
	}
	return q >= 1 && buf[q] == '[' && (isKeyByte(buf[q-1]) || buf[q-1] == ']' || buf[q-1] == ')')
}

// typeThenEquals: after j, blanks, one type word (a type name that may
// stand between a name and its "=" in source-like dumps), blanks and "="
// (not "=="); it returns the offset after the "=", or -1.
func typeThenEquals(buf []byte, j int) int {
	k := j + 1
	for k < len(buf) && isSpace(buf[k]) {
		k++
	}
	if k >= len(buf) {
		return -1
	}
	switch buf[k] {
	case 's', 'S', '&', '[', '*', 't', 'c', 'f', 'v':
	default:
		return -1
	}
	w := k
	// No type word is longer than 6 bytes: stop there rather than walk a
	// long value.
	for k < len(buf) && k-w <= 6 && !isSpace(buf[k]) && buf[k] != '=' {
		k++
	}
	switch string(buf[w:k]) {
	case "string", "String", "str", "&str", "[]byte", "*string", "text", "char*", "const", "final", "val", "var":
	default:
		return -1
	}
	for k < len(buf) && isSpace(buf[k]) {
		k++
	}
	if k >= len(buf) || buf[k] != '=' || (k+1 < len(buf) && buf[k+1] == '=') {
		return -1
	}
	return k + 1
}

// nextIsField reports whether what follows the blanks at j is another
// name=value or name: value field.
// oneLetterField reports whether a one-letter name and '=' follow the
// blanks at j: after "db password:" that is a password's first bytes
// (q=D^TtitLgLv8~EarZ), not a field.
func oneLetterField(buf []byte, j int) bool {
	for j < len(buf) && isSpace(buf[j]) {
		j++
	}
	return j+2 < len(buf) && (isLower(buf[j]) || isUpper(buf[j]) || buf[j] == '_') && buf[j+1] == '='
}

func nextIsField(buf []byte, j int) bool {
	for j < len(buf) && isSpace(buf[j]) {
		j++
	}
	k := j
	for k < len(buf) && isKeyByte(buf[k]) {
		k++
	}
	return k > j && k < len(buf) && (buf[k] == '=' || buf[k] == ':') && (k+1 >= len(buf) || buf[k+1] != '=')
}

// closeQuote returns the offset of the quote closing a value opened by q at
// vs-1, honouring backslash escapes; the end of the line if there is none.
// The last answer per quote character is remembered, so that many values
// opened before one far-away quote cost one scan, not one each.
func (st *Stream) closeQuote(buf []byte, vs int, q byte) int {
	m := &st.quoteMemo[quoteSlot(q)]
	if m.valid(buf) && m.from <= vs && vs <= m.at {
		return m.at
	}
	at := len(buf)
	for i := vs; i < len(buf); i++ {
		c := buf[i]
		if c == '\\' {
			i++
			continue
		}
		if c == q && q == '\'' && i+1 < len(buf) && buf[i+1] == '\'' && i > vs {
			i++ // SQL's '' inside '…': an escaped quote
			continue
		}
		if c == q || c == '\n' || c == '\r' {
			at = i
			break
		}
	}
	m.set(buf, vs, at)
	return at
}

// closeEscapedQuote finds the \" closing a value opened by \" (JSON inside a
// string), or the end of the line.
func (st *Stream) closeEscapedQuote(buf []byte, vs int) int {
	m := &st.quoteMemo[3]
	if m.valid(buf) && m.from <= vs && vs <= m.at {
		return m.at
	}
	at := len(buf)
	for i := vs; i+1 < len(buf); i++ {
		if buf[i] == '\\' && buf[i+1] == '"' {
			at = i
			break
		}
		if buf[i] == '\n' || buf[i] == '\r' {
			at = i
			break
		}
	}
	m.set(buf, vs, at)
	return at
}

func quoteSlot(q byte) int {
	switch q {
	case '"':
		return 0
	case '\'':
		return 1
	}
	return 2
}

// scanMemo remembers one forward scan over a buffer: from `from`, the
// first stop is at `at`; any scan starting in [from, at] stops there too.
type scanMemo struct {
	base     *byte
	n        int
	from, at int
}

func (m *scanMemo) valid(buf []byte) bool {
	return len(buf) > 0 && m.base == &buf[0] && m.n == len(buf)
}

func (m *scanMemo) set(buf []byte, from, at int) {
	if len(buf) == 0 {
		return
	}
	m.base, m.n, m.from, m.at = &buf[0], len(buf), from, at
}

func lineEnd(buf []byte, from int) int {
	if k := bytes.IndexByte(buf[from:], '\n'); k >= 0 {
		e := from + k
		if e > from && buf[e-1] == '\r' {
			e--
		}
		return e
	}
	return len(buf)
}

// plainStop is where an unquoted value ends.
var plainStop, cookieStop, lineStop [256]bool

func init() {
	for _, c := range []byte(" \t\r\n&,;\"'`)]}<>\\") {
		plainStop[c] = true
	}
	for _, c := range []byte(" \t\r\n,;\"\\&") {
		cookieStop[c] = true
	}
	lineStop['\r'], lineStop['\n'] = true, true
}

func runUntil(buf []byte, from, to int, stop *[256]bool) int {
	for i := from; i < to; i++ {
		if stop[buf[i]] {
			return i
		}
	}
	return to
}

// valueSpans adds the secret parts of a value at [vs, ve) for key rule r.
func (st *Stream) valueSpans(spans []span, r *rules.Rule, buf []byte, vs, ve int, quoted bool, base int) []span {
	add := func(s, e int) {
		if e <= s {
			return
		}
		if !r.AnyValue {
			// id:secret (Elasticsearch's API key credentials, a key id and
			// its secret): the id is public, only the secret goes.
			s += keyIDPrefix(buf[s:e])
		}
		v := buf[s:e]
		if !st.allowed(r, v) {
			return
		}
		if !keyValueShape(r, v) {
			return
		}
		spans = append(spans, span{start: base + s, end: base + e, rule: int32(r.Index), prio: prioKey})
	}
	switch r.Value {
	case rules.ValueAuthorization:
		i := vs
		for i < ve && isSpace(buf[i]) {
			i++
		}
		w := i
		for w < ve && (isAlnum(buf[w]) || buf[w] == '-' || buf[w] == '_') {
			w++
		}
		if w < ve && w > i && isSpace(buf[w]) && schemeWord(buf[i:w]) {
			// A scheme word: keep it.
			single := oneTokenScheme(buf[i:w])
			c := w
			for c < ve && isSpace(buf[c]) {
				c++
			}
			if single {
				add(c, runUntil(buf, c, ve, &plainStop))
			} else {
				end := runUntil(buf, c, ve, &lineStop)
				for end > c && isSpace(buf[end-1]) {
					end--
				}
				add(c, end)
			}
			return spans
		}
		if quoted {
			add(vs, ve)
		} else {
			add(vs, plainValueEnd(buf, vs, ve))
		}
	case rules.ValueCookie, rules.ValueSetCookie:
		if bytes.IndexByte(buf[vs:runUntil(buf, vs, ve, &cookieStop)], '=') < 0 {
			// Not name=value pairs: a bare value (smtp_cookie=…) is the
			// secret itself, unless it is a name (a cookie without a value,
			// _atl_remember_me): bare values are judged as opaque.
			e := ve
			if !quoted {
				e = runUntil(buf, vs, ve, &plainStop)
			}
			if sh := valueShape(buf[vs:e]); sh == shapeOpaque || sh == shapeHex || sh == shapeUUID {
				add(vs, e)
			}
			break
		}
		i := vs
		for i < ve {
			for i < ve && isSpace(buf[i]) {
				i++
			}
			eq := i
			for eq < ve && buf[eq] != '=' && buf[eq] != ';' && !cookieStop[buf[eq]] {
				eq++
			}
			if eq >= ve || buf[eq] != '=' {
				break
			}
			e := runUntil(buf, eq+1, ve, &cookieStop)
			add(eq+1, e)
			if r.Value == rules.ValueSetCookie || e >= ve || buf[e] != ';' {
				break
			}
			i = e + 1
		}
	case rules.ValueWords:
		// A recovery phrase: the words from vs, to the closing quote or
		// while they are lower-case words.
		if e := phraseEnd(buf, vs, ve, quoted); e > vs {
			spans = append(spans, span{start: base + vs, end: base + e, rule: int32(r.Index), prio: prioKey})
		}
	case rules.ValueParams:
		e := ve
		if !quoted {
			e = runUntil(buf, vs, ve, &paramsStop)
		}
		if !paramList(buf[vs:e]) {
			if !quoted {
				e = plainValueEnd(buf, vs, ve)
			}
			add(vs, e)
			break
		}
		// t=1492774577,v1=5257a8…,v0=…: each value on its own.
		for i := vs; i < e; {
			eq := i + bytes.IndexByte(buf[i:e], '=')
			if eq < i {
				break
			}
			end := eq + 1 + bytes.IndexByte(buf[eq+1:e], ',')
			if end <= eq {
				end = e
			}
			add(eq+1, end)
			i = end + 1
			for i < e && buf[i] == ' ' {
				i++
			}
		}
	default:
		switch {
		case quoted:
			add(vs, ve)
		case r.AnyValue:
			e := anyValueEnd(buf, vs, ve)
			if e+3 < ve && buf[e] == ' ' && buf[e+1] == '/' && buf[e+2] == ' ' && plainUser(buf[vs:e]) {
				// "credentials: bob / S3cr3t": a user, then the password.
				add(e+3, anyValueEnd(buf, e+3, ve))
				break
			}
			add(vs, e)
		default:
			add(vs, plainValueEnd(buf, vs, ve))
		}
	}
	return spans
}

// phraseEnd returns the end of a phrase of 12, 15, 18, 21 or 24 words of
// 3 to 8 lower-case letters, one blank apart, starting at s (to e when the
// value was quoted, which must hold the phrase and nothing else), or s.
func phraseEnd(buf []byte, s, e int, quoted bool) int {
	words, k, end := 0, s, s
	for k < e && words < 24 {
		w := k
		for k < e && isLower(buf[k]) {
			k++
		}
		if n := k - w; n < 3 || n > 8 {
			break
		}
		words++
		end = k
		if k < e && buf[k] == ' ' && k+1 < e && isLower(buf[k+1]) {
			k++
			continue
		}
		break
	}
	if quoted && end != e {
		return s
	}
	if words < 12 || words%3 != 0 {
		return s
	}
	return end
}

// changedTo finds NEW in "from OLD to NEW", OLD the cue's value at
// [vs, ve): the next word after " to ", to a blank or sentence punctuation.
func changedTo(buf []byte, vs, ve int) (int, int, bool) {
	if vs < 6 || string(buf[vs-6:vs]) != " from " || !bytes.HasPrefix(buf[ve:], []byte(" to ")) {
		return 0, 0, false
	}
	ns := ve + 4
	ne := ns
	for ne < len(buf) && buf[ne] > ' ' {
		ne++
	}
	for ne > ns && (buf[ne-1] == '.' || buf[ne-1] == ',' || buf[ne-1] == ';') {
		ne--
	}
	return ns, ne, ne-ns >= 4
}

// keyIDPrefix returns the length of the id and ':' of a value written
// id:secret — two tokens of letters, digits, '-' and '_', 16 bytes or more
// each, one of them random — or 0.
func keyIDPrefix(v []byte) int {
	c := bytes.IndexByte(v, ':')
	if c < 16 || len(v)-c-1 < 16 {
		return 0
	}
	for i, b := range v {
		if i != c && !isAlnum(b) && b != '-' && b != '_' {
			return 0
		}
	}
	if !randomPiece(v[c+1:]) && !randomPiece(v[:c]) {
		return 0
	}
	return c + 1
}

// anyValueEnd returns the end of an unquoted password-like value at s.
// Passwords hold punctuation (@!<}X^m, a;b, x>y, it's"x), so only a blank,
// a closing quote, '&', a literal escape (\r\n of a header dump written as text)
// or a ',' or ';' before the next field or the end stop it; a closing
// bracket or quote it did not open is punctuation around it and is left
// out (password=hunter2) → hunter2).
func anyValueEnd(buf []byte, s, e int) int {
	k := s
scan:
	for k < e {
		switch c := buf[k]; c {
		case ' ', '\t', '\r', '\n', '`':
			break scan
		case '&':
			// The next query or form parameter (&next=/home), a shell's
			// && or & at the end: a '&' inside a password (hs?R&MTNm7)
			// is part of it.
			if k+1 == e || buf[k+1] <= ' ' || buf[k+1] == '&' && (k+2 == e || buf[k+2] <= ' ') || paramFollows(buf[k+1:e]) && (inQuery(buf, s) || wordyParam(buf[k+1:e])) {
				break scan
			}
		case '"':
			// A quote inside a password (it's"complex) is part of it; one
			// that closes something is followed by a blank, the end or
			// punctuation.
			if k+1 == e || closesQuote(buf[k+1]) {
				break scan
			}
		case '\\':
			if k+1 < e {
				switch buf[k+1] {
				case 'r', 'n', 't', '"', '\\':
					break scan
				}
			}
		case ',', ';':
			if k+1 == e || nextIsField(buf, k+1) {
				break scan
			}
		}
		k++
	}
	for k > s {
		switch c := buf[k-1]; c {
		case ')', ']', '}', '>', '\'':
			if !opensUnclosed(buf[s:k-1], c) {
				k--
				continue
			}
		}
		return k
	}
	return k
}

// inQuery reports whether the pair whose value starts at s is itself a
// query or form parameter: its name follows '?' or '&' (?a=1&password=…).
func inQuery(buf []byte, s int) bool {
	k := s - 1 // the operator
	for k > 0 && isKeyByte(buf[k-1]) {
		k--
	}
	return k > 0 && (buf[k-1] == '&' || buf[k-1] == '?')
}

// wordyParam reports whether the parameter name b begins with (up to its
// '=') is made of words: lower or upper case with digits
// (grant_type, redirect-uri, PAGE2), or camel case (returnUrl, UserId).
// A '&' in a password is followed by random letters that may end in '='
// (3DS7&SB_PhHZfn5AH=*@1Y): not words.
func wordyParam(b []byte) bool {
	end := bytes.IndexByte(b, '=')
	if end <= 0 {
		return false
	}
	// Segment by segment, without allocating (this runs inside values).
	for s, i := 0, 0; i <= end; i++ {
		if i < end && !paramSeparator(b[i]) {
			continue
		}
		if i > s && !wordySegment(b[s:i]) {
			return false
		}
		s = i + 1
	}
	return true
}

func paramSeparator(c byte) bool { return c == '_' || c == '-' || c == '.' || c == '[' || c == ']' }

func wordySegment(w []byte) bool {
	lower, upper := true, true
	for _, c := range w {
		lower = lower && (isLower(c) || isDigit(c))
		upper = upper && (isUpper(c) || isDigit(c))
	}
	if lower || upper {
		return true
	}
	// Camel case: [A-Z]?[a-z]+ then ([A-Z][a-z]+)*, digits only at the end.
	i := 0
	if isUpper(w[0]) {
		i++
	}
	for i < len(w) {
		j := i
		if j > 0 && isUpper(w[j]) {
			j++
		}
		k := j
		for k < len(w) && isLower(w[k]) {
			k++
		}
		if k == j {
			break
		}
		i = k
	}
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	return i == len(w)
}

// paramFollows reports whether b begins with a parameter name and '='
// (next=, user_id=, filter[a]=): what a '&' in a query string comes before.
func paramFollows(b []byte) bool {
	if len(b) == 0 || !isLower(b[0]) && !isUpper(b[0]) && b[0] != '_' {
		return false
	}
	for i := 1; i < len(b) && i <= 40; i++ {
		switch c := b[i]; {
		case c == '=':
			return true
		case isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '[' || c == ']':
		default:
			return false
		}
	}
	return false
}

// oneTokenScheme reports whether an Authorization scheme carries a single
// credential token (Bearer x) rather than parameters (Digest a=…, b=…).
func oneTokenScheme(w []byte) bool {
	for _, s := range [...]string{"digest", "aws4-hmac-sha256", "oauth", "signature", "hmac", "hawk", "mutual", "scram-sha-1", "scram-sha-256", "vapid"} {
		if len(w) == len(s) && equalFoldASCII(w, s) {
			return false
		}
	}
	return true
}

func equalFoldASCII(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

func hasPrefixFold(b []byte, s string) bool {
	return len(b) >= len(s) && equalFoldASCII(b[:len(s)], s)
}

// schemeWord: a word that can be an HTTP authentication scheme (Basic,
// Bearer, Digest, AWS4-HMAC-SHA256, SSWS): it starts with a letter, is at
// most 24 bytes and does not look generated. A hex credential written
// without a scheme (authorization=9f86d0… user=bob) is the credential.
func schemeWord(w []byte) bool {
	if len(w) > 24 || !isLower(w[0]) && !isUpper(w[0]) || isHexString(w) {
		return false
	}
	for rest := w; len(rest) > 0; {
		k := bytes.IndexByte(rest, '-')
		if k < 0 {
			k = len(rest)
		}
		if randomPiece(rest[:k]) {
			return false
		}
		if k == len(rest) {
			break
		}
		rest = rest[k+1:]
	}
	return true
}

// paramList: name=value[,name=value…], two parameters at least, names of
// letters, digits, '-' and '_' that start with a letter (base64 padding,
// abc==, is not one).
func paramList(v []byte) bool {
	params := 0
	for i := 0; i < len(v); {
		k := i
		for k < len(v) && (isAlnum(v[k]) || v[k] == '-' || v[k] == '_') {
			k++
		}
		if k == i || !isLower(v[i]) && !isUpper(v[i]) || k+1 >= len(v) || v[k] != '=' || v[k+1] == '=' || v[k+1] == ',' {
			return false
		}
		params++
		c := bytes.IndexByte(v[k:], ',')
		if c < 0 {
			break
		}
		i = k + c + 1
		for i < len(v) && v[i] == ' ' {
			i++
		}
	}
	return params >= 2
}

// paramsStop is where an unquoted parameter list ends.
var paramsStop = func() (t [256]bool) {
	for _, c := range []byte(" \t\r\n&;\"'`)]}<>\\") {
		t[c] = true
	}
	return t
}()

// pairLabelEnd: the bytes that can stand before a key written as the value
// of a name field (Name:API_KEY, name="API_KEY", name: 'API_KEY').
var pairLabelEnd = func() (t [256]bool) {
	for _, c := range []byte(":= \"'") {
		t[c] = true
	}
	return t
}()

// plainValueEnd returns the end of an unquoted value at s: the first
// plainStop byte, past closing brackets that close one the value opened
// (%(password)s, [FILTERED], ${API_KEY} are whole values).
func plainValueEnd(buf []byte, s, e int) int {
	k := runUntil(buf, s, e, &plainStop)
	for k < e && buf[k] != '>' && buf[k] != '\'' && opensUnclosed(buf[s:k], buf[k]) {
		k = runUntil(buf, k+1, e, &plainStop)
	}
	return k
}

// opensUnclosed reports whether v opens more of the bracket that closer
// closes than it closes: ( for ), [ for ], { for }, < for >, and for a
// quote, whether v holds one. Other bytes open nothing.
func opensUnclosed(v []byte, closer byte) bool {
	var open byte
	switch closer {
	case ')':
		open = '('
	case ']':
		open = '['
	case '}':
		open = '{'
	case '>':
		open = '<'
	case '\'', '"':
		return bytes.IndexByte(v, closer) >= 0
	default:
		return false
	}
	depth := 0
	for _, c := range v {
		if c == open {
			depth++
		} else if c == closer {
			depth--
		}
	}
	return depth > 0
}

// keyValueShape applies a key rule's value constraints: its length,
// alphabet and randomness floors, then the value classifier (valueShape).
// All must hold; the cheap ones go first.
func keyValueShape(r *rules.Rule, v []byte) bool {
	if len(v) < r.MinLen {
		return false
	}
	if r.ValueAlphabet != nil {
		for _, c := range v {
			if !r.ValueAlphabet[c] {
				if r.Generic && randomWithSymbols(v) {
					break // a generated key with punctuation (WordPress salts, Django's SECRET_KEY)
				}
				return false
			}
		}
	}
	if r.LettersAndDigits && !lettersAndDigits(v) {
		return false
	}
	if r.Entropy > 0 && entropy(v) < r.Entropy {
		return false
	}
	return shapeAccepted(r, valueShape(v), v)
}

// randomWithSymbols reports whether v is a long random string drawn from
// letters, digits and punctuation, as key generators write them (64
// characters of any printable ASCII for WordPress's salts, 50 of
// a-z0-9!@#$%^&*(-_=+) for Django's SECRET_KEY): 32 bytes or more, no
// blank and no quote or backslash (generators leave out what would end a
// string literal), letters and digits, four or more symbols of three or more kinds,
// a fifth of them symbols, no run of more than twelve letters, no
// separator doubled ("//", ".."), and an entropy no structured value reaches (4.5 bits per byte).
func randomWithSymbols(v []byte) bool {
	if len(v) < 32 || len(v) > maxCueValue*4 {
		return false
	}
	var letters, digits, symbols, run, longest int
	var kinds [128]bool
	nkinds := 0
	for i, c := range v {
		if isLower(c) || isUpper(c) {
			letters++
			run++
			longest = max(longest, run)
			continue
		}
		run = 0
		switch {
		case isDigit(c):
			digits++
		case c == '"' || c == '\'' || c == '\\':
			return false // generators leave out what would end a string literal; quotes mean structure
		case c > ' ' && c < 0x7f:
			if i > 0 && v[i-1] == c && (c == '/' || c == '-' || c == '.' || c == '_' || c == ':') {
				return false // "//", "--", "..": structure, not noise
			}
			symbols++
			if !kinds[c] {
				kinds[c] = true
				nkinds++
			}
		default:
			return false
		}
	}
	// Random text has no long words (a path's AWDLPeerManager) and many
	// symbols.
	return letters > 0 && digits > 0 && symbols >= 4 && symbols*5 >= len(v) && nkinds >= 3 && longest <= 12 && entropy(v) >= 4.5
}

// shapeAccepted reports whether a key rule takes a value of shape sh.
// Rules for passwords and credentials (any_value) take anything but
// stand-ins, yes/no answers, paths (ignore_paths) and sentences; every
// other key rule takes only opaque values, hex strings (unless
// ignore_hex), numbers (unless ignore_numeric), object dumps (unless
// ignore_objects) and UUIDs (unless it is a generic rule).
func shapeAccepted(r *rules.Rule, sh shape, v []byte) bool {
	if r.AnyValue {
		switch sh {
		case shapePlaceholder, shapeFlag:
			return false
		case shapeNumber:
			return !r.IgnoreNumeric
		case shapePath:
			return !r.IgnorePath
		case shapeProse:
			return !isSentence(v)
		}
		return true
	}
	switch sh {
	case shapeOpaque:
		return true
	case shapeHex:
		return !r.IgnoreHex
	case shapeNumber:
		return !r.IgnoreNumeric
	case shapeUUID:
		return !r.Generic
	case shapeObject:
		return !r.IgnoreObjects
	}
	return false
}

// isSentence: prose that reads as a message, not a passphrase: three or
// more words, or a word ending in '.', '!' or '?', or a common function
// word ("is", "must", "the"…).
func isSentence(v []byte) bool {
	n := 0
	for rest := v; ; n++ {
		w, more := nextWord(rest)
		if len(w) == 0 {
			break
		}
		rest = more
	}
	if n >= 3 {
		return true
	}
	for rest := v; ; {
		w, more := nextWord(rest)
		if len(w) == 0 {
			break
		}
		rest = more
		if c := w[len(w)-1]; c == '.' || c == '!' || c == '?' {
			return true
		}
		for _, f := range [...]string{"is", "are", "was", "must", "be", "the", "not", "required", "invalid", "too", "of", "to"} {
			if equalFoldASCII(w, f) {
				return true
			}
		}
	}
	return false
}

func lettersAndDigits(v []byte) bool {
	var letter, digit bool
	for _, c := range v {
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letter = true
		}
	}
	return letter && digit
}

package filter

import "github.com/logscrub/logscrub/rules"

// Session stores: the key of a stored session is its session id, the
// bearer secret a session cookie carries, and their debug and MONITOR
// output names it without any key name a rule knows:
//
//	Mongoose: sessions.findOne({ _id: 'RkT3xq9v…' })   connect-mongo
//	"GET" "sess:RkT3xq9v…"                             connect-redis
//	"HGETALL" "spring:session:sessions:4f1c2b9e-…"      Spring Session
//
// The id goes; an ObjectId(…) or a number under _id is a document id, and
// a value shorter than 16 bytes is not a session id (64 bits at least).

// The rule's anchors (rules/load.go): a key prefix ends in ':'; any other
// is a collection, whose _id follows (sessions.findOne({ _id: '…').

// minSessionID is the shortest session id taken.
const minSessionID = 16

// sessionStoreID appends the session id that the hit at [hs, he) of buf,
// anchor a, introduces.
func (st *Stream) sessionStoreID(spans []span, buf []byte, hs, he int, a string, r *rules.Rule, base int) []span {
	if he-hs != len(a) || !equalFoldASCII(buf[hs:he], a) || hs > 0 && isAlnum(buf[hs-1]) {
		return spans // another spelling, or inside a word; user_sessions and myapp:sess: are whole
	}
	collection := a[len(a)-1] != ':'
	vs := he
	if collection {
		// <collection>.<method>({ _id: '…'
		if he >= len(buf) || buf[he] != '.' {
			return spans
		}
		j := he + 1
		for j < len(buf) && (isLower(buf[j]) || isUpper(buf[j])) {
			j++
		}
		if j == he+1 || j >= len(buf) || buf[j] != '(' {
			return spans
		}
		j = skipSpaces(buf, j+1)
		if j >= len(buf) || buf[j] != '{' {
			return spans
		}
		j = skipSpaces(buf, j+1)
		q := byte(0)
		if j < len(buf) && (buf[j] == '\'' || buf[j] == '"') {
			q = buf[j]
			j++
		}
		if !hasPrefixFold(buf[j:], "_id") {
			return spans
		}
		j += 3
		if q != 0 {
			if j >= len(buf) || buf[j] != q {
				return spans
			}
			j++
		}
		j = skipSpaces(buf, j)
		if j >= len(buf) || buf[j] != ':' {
			return spans
		}
		j = skipSpaces(buf, j+1)
		if j >= len(buf) || buf[j] != '\'' && buf[j] != '"' {
			return spans // ObjectId(…), a number, an operator object
		}
		vs = j + 1
	}
	ve := vs
	for ve < len(buf) && sessionIDByte(buf[ve]) {
		ve++
	}
	if collection && (ve >= len(buf) || buf[ve] != buf[vs-1]) {
		return spans // not the whole quoted value
	}
	for ve > vs && buf[ve-1] == '.' {
		ve-- // a full stop after the key
	}
	if ve < len(buf) && isAlnum(buf[ve]) || !sessionID(buf[vs:ve]) || !st.allowed(r, buf[vs:ve]) {
		return spans
	}
	return append(spans, span{start: base + vs, end: base + ve, rule: int32(r.Index), prio: prioKey})
}

func sessionIDByte(c byte) bool { return isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '%' }

// sessionID: long enough, a letter in it (not a counter), not a stand-in.
func sessionID(v []byte) bool {
	if len(v) < minSessionID || len(v) > maxCueValue || isPlaceholder(v) {
		return false
	}
	for _, c := range v {
		if isLower(c) || isUpper(c) {
			return true
		}
	}
	return false
}

func skipSpaces(b []byte, i int) int {
	for i < len(b) && b[i] == ' ' {
		i++
	}
	return i
}

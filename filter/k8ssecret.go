package filter

import (
	"bytes"
	"encoding/base64"

	"github.com/logscrub/logscrub/filter/anchor"
)

// Kubernetes Secrets: a Secret object's data (base64) and stringData
// (plain) are where credentials are kept, under names that need not say
// so (config, seed, dsn), in kubectl -o json output, audit events at the
// Request or RequestResponse level, GKE's protoPayload.request, admission
// reviews:
//
//	{"apiVersion":"v1","data":{"seed":"WnE4cVcy…"},"kind":"Secret",…}
//	"request":{"@type":"core.k8s.io/v1.Secret","data":{…}}
//
// The key rules judge the members by their names as anywhere. Under a
// Secret, a member whose name says nothing is judged by its value (decoded
// from base64 for data): random-looking text or binary goes; a host, a
// trace id, a certificate, a file or a stand-in stays. The namespace and
// username of service-account and basic-auth Secrets name rather than
// grant. kubectl sorts members, so "data" comes before "kind": the walker
// notes where data and stringData are and judges them when the object
// ends and its kind is known.

// secretKindLiterals are the anchors: the end of "Secret" as a kind or an
// @type (core.k8s.io/v1.Secret), in a line and in a JSON string inside it.
var secretKindLiterals = [...]string{`Secret"`, `Secret\"`}

// secretKindHit reports whether one of hits in b is a Secret kind: Secret
// as written (the match is case-folded), after '"' or '.', before '"'.
func (st *Stream) secretKindHit(b []byte, hits []anchor.Hit) bool {
	if st.sc.k8sSecretRule == nil {
		return false
	}
	for _, h := range hits {
		for _, t := range st.sc.targets[h.Pattern] {
			if t.kind == targetK8sSecret && secretKindAt(b, int(h.Start)) {
				return true
			}
		}
	}
	return false
}

func secretKindAt(b []byte, s int) bool {
	const kind = "Secret"
	if s == 0 || s+len(kind) >= len(b) || string(b[s:s+len(kind)]) != kind || b[s-1] != '"' && b[s-1] != '.' {
		return false
	}
	e := s + len(kind)
	return b[e] == '"' || b[e] == '\\' && e+1 < len(b) && b[e+1] == '"'
}

// secretKind reports whether the JSON string at raw [s, e), the value of a
// kind or @type member, names a Secret.
func secretKind(v []byte) bool {
	return string(v) == "Secret" || bytes.HasSuffix(v, []byte(".Secret")) && bytes.HasPrefix(v, []byte("core."))
}

// secretData judges the members of the flat object at raw offset at, the
// data (base64) or stringData (plain) of a Secret.
func (w *jsonWalker) secretData(at int, plain bool) {
	st := w.st
	r := st.sc.k8sSecretRule
	d := jsonWalker{st: st, b: w.b, i: at + 1}
	for {
		d.ws()
		if d.i >= len(d.b) || d.b[d.i] != '"' {
			return // {} or not flat
		}
		ks, ke, _, ok := d.str()
		if !ok {
			return
		}
		d.ws()
		if d.i >= len(d.b) || d.b[d.i] != ':' {
			return
		}
		d.i++
		d.ws()
		if d.i >= len(d.b) || d.b[d.i] != '"' {
			return // a Secret's data values are strings
		}
		vs, ve, esc, ok := d.str()
		if !ok {
			return
		}
		if vs < ve && !publicSecretMember(d.b[ks:ke]) && st.secretDataValue(d.b[vs:ve], plain, esc) && st.allowed(r, d.b[vs:ve]) {
			st.spans = append(st.spans, span{start: vs, end: ve, rule: int32(r.Index), prio: prioKey, escaped: esc})
		}
		if d.end('}') {
			return
		}
	}
}

// publicSecretMember: the members of service-account and basic-auth
// Secrets that name rather than grant.
func publicSecretMember(k []byte) bool {
	switch string(k) {
	case "namespace", "username", "user":
		return true
	}
	return false
}

// secretDataValue reports whether a data (base64) or stringData (plain)
// value is a secret by what it is: random-looking text (the classifier
// finds no harmless shape in it and it looks generated), or at least 16
// bytes of binary (a key). A host, an e-mail address, a trace id, a
// certificate, a config file or a stand-in is judged by its own shape
// and stays, as under any other name.
func (st *Stream) secretDataValue(v []byte, plain, esc bool) bool {
	if isPlaceholder(v) {
		return false
	}
	if !plain {
		if esc || len(v) > 4096 {
			return false
		}
		enc := base64.StdEncoding
		if len(v)%4 != 0 {
			enc = base64.RawStdEncoding
		}
		n := enc.DecodedLen(len(v))
		if cap(st.b64) < n {
			st.b64 = make([]byte, n)
		}
		k, err := enc.Decode(st.b64[:n], v)
		if err != nil {
			return false
		}
		v = st.b64[:k]
		if binaryBytes(v) {
			return len(v) >= 16
		}
	}
	return len(v) >= 12 && len(v) <= maxCueValue && valueShape(v) == shapeOpaque && generated(v)
}

// binaryBytes reports whether v holds a byte that text does not.
func binaryBytes(v []byte) bool {
	for _, c := range v {
		if c < ' ' && c != '\n' && c != '\r' && c != '\t' || c == 0x7f {
			return true
		}
	}
	return false
}

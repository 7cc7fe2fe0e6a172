package filter

import (
	"bytes"
	"encoding/base64"

	"github.com/logscrub/logscrub/filter/anchor"
)

// Kubernetes Secrets: every value under a Secret object's data (base64)
// and stringData (plain) is a secret, whatever its name — that is what the
// object is for — in kubectl -o json output, audit events at the Request
// or RequestResponse level, GKE's protoPayload.request, admission reviews:
//
//	{"apiVersion":"v1","data":{"config":"c2VydmVyOiB…"},"kind":"Secret",…}
//	"request":{"@type":"core.k8s.io/v1.Secret","data":{…}}
//
// The values that are public by nature stay: a certificate or public key
// (tls.crt, ca.crt: decoded, they begin with one), an empty value or a
// stand-in, and the namespace and username of service-account and
// basic-auth Secrets. kubectl sorts members, so "data" comes before
// "kind": the walker notes where data and stringData are and judges them
// when the object ends and its kind is known.

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
		if vs < ve && !publicSecretMember(d.b[ks:ke]) && !st.publicSecretValue(d.b[vs:ve], plain, esc) && st.allowed(r, d.b[vs:ve]) {
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

// publicSecretValue reports whether a data (base64) or stringData (plain)
// value is public by nature: a certificate or public key, or a stand-in.
func (st *Stream) publicSecretValue(v []byte, plain, esc bool) bool {
	if isPlaceholder(v) {
		return true
	}
	if plain {
		return publicPEM(v)
	}
	if esc {
		return false // base64 holds no escapes but \/: judged as a secret
	}
	// The first 48 bytes decode to the first 36: enough for a PEM header.
	head := v[:min(len(v), 48)]
	head = head[:len(head)/4*4]
	n := base64.StdEncoding.DecodedLen(len(head))
	if cap(st.b64) < n {
		st.b64 = make([]byte, n)
	}
	k, err := base64.StdEncoding.Decode(st.b64[:n], head)
	if err != nil {
		return false
	}
	return publicPEM(st.b64[:k])
}

func publicPEM(v []byte) bool {
	for _, p := range [...]string{"-----BEGIN CERTIFICATE", "-----BEGIN PUBLIC KEY", "-----BEGIN RSA PUBLIC KEY", "-----BEGIN X509 CRL",
		"ssh-rsa ", "ssh-ed25519 ", "ecdsa-sha2-"} {
		if bytes.HasPrefix(v, []byte(p)) {
			return true
		}
	}
	return false
}

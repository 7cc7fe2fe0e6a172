package filter

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

// TestKeyCacheAgreesWithLookup resolves many tokens, repeated and in an
// order that forces evictions, and compares each answer with the uncached
// resolution.
func TestKeyCacheAgreesWithLookup(t *testing.T) {
	sc := defaultScrubber(t)
	st := sc.NewStream()
	ref := sc.NewStream()
	var toks []string
	for _, k := range []string{"password", "db_password", "session_timeout", "token_count", "X-Api-Key",
		"apiKey", "client_secret", "secret_name", "auth_method", "Authorization", "userPassword", "sha256_token",
		"aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "Cookie", "set-cookie", "", "k", "token"} {
		toks = append(toks, k)
	}
	for i := 0; i < 600; i++ {
		toks = append(toks, fmt.Sprintf("svc%d_token", i), fmt.Sprintf("svc%d_token_count", i))
	}
	toks = append(toks, "a_very_long_key_name_that_does_not_fit_the_cache_because_it_runs_past_eighty_bytes_password")
	name := func(r *rules.Rule) string {
		if r == nil {
			return "<nil>"
		}
		return r.ID
	}
	for round := 0; round < 3; round++ {
		for _, k := range toks {
			s, g, tl := st.resolveKey([]byte(k))
			ws, wg, wtl := ref.resolveKeyUncached([]byte(k))
			if s != ws || g != wg || tl != wtl {
				t.Fatalf("round %d %q: cached (%s, %s, %v), uncached (%s, %s, %v)", round, k, name(s), name(g), tl, name(ws), name(wg), wtl)
			}
		}
	}
	if s, g, _ := st.resolveKey([]byte("db_password")); name(s) != "password" || g != nil {
		t.Fatalf("db_password resolved to (%s, %s), want (password, <nil>)", name(s), name(g))
	}
	if s, g, _ := st.resolveKey([]byte("svc7_token")); name(s) != "api-key" || g != nil {
		t.Fatalf("svc7_token resolved to (%s, %s), want (api-key, <nil>)", name(s), name(g))
	}
}

func TestKeyCacheGeneric(t *testing.T) {
	sc := defaultScrubber(t)
	st := sc.NewStream()
	for i := 0; i < 2; i++ {
		if s, g, _ := st.resolveKey([]byte("webhook_auth_blob_v2")); s != nil || g == nil || g.ID != "generic-secret" {
			t.Fatalf("webhook_auth_blob_v2: (%v, %v), want (nil, generic-secret)", s, g)
		}
	}
}

// TestKeyHashSpreads: 128 distinct key names, many sharing prefixes and
// suffixes, take most of the 256 slots (uniform hashing expects ~100).
func TestKeyHashSpreads(t *testing.T) {
	slots := map[uint64]bool{}
	for i := 0; i < 64; i++ {
		slots[keyHash([]byte(fmt.Sprintf("field_%d_token", i)))%keyCacheSize] = true
		slots[keyHash([]byte(fmt.Sprintf("x%d", i)))%keyCacheSize] = true
	}
	if len(slots) < 90 {
		t.Fatalf("128 keys took %d slots", len(slots))
	}
}

// TestKeyTails: a key that ends a longer key name may take the word before
// it ("API Key"); one that ends none may not, and costs no second lookup.
func TestKeyTails(t *testing.T) {
	sc := defaultScrubber(t)
	st := sc.NewStream()
	for tok, want := range map[string]bool{"Key": true, "timeout": false, "session_timeout": false} {
		if _, _, tail := st.resolveKey([]byte(tok)); tail != want {
			t.Errorf("%s: tail %v, want %v", tok, tail, want)
		}
	}
	for _, line := range []string{"API Key: AbCdEf0123456789xyzQ", "Access Token = AbCdEf0123456789xyzQ"} {
		var out bytes.Buffer
		if err := sc.NewStream().Copy(&out, strings.NewReader(line+"\n")); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), "AbCdEf0123456789xyzQ") {
			t.Errorf("%q kept its secret: %q", line, out.String())
		}
	}
}

// defaultScrubber compiles the default rules with default options.
func defaultScrubber(tb testing.TB) *Scrubber {
	tb.Helper()
	set, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	sc, err := New(set, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return sc
}

// TestKeyCacheHoldsALine pins that the keys of one long line stay cached
// together: the second pass over them resolves nothing anew. (With one
// slot per key, two of these twenty shared one and were resolved on every
// line.)
func TestKeyCacheHoldsALine(t *testing.T) {
	sc := defaultScrubber(t)
	st := sc.NewStream()
	var toks []string
	for _, s := range []string{"icloudpairing", "continuity.encryption", "continuity.activity", "ess", "ids",
		"phonecontinuity", "madrid", "ac", "phone.auth", "keychainsync", "fmf", "sms", "screensharing", "maps",
		"thumper.keys", "continuity.tethering"} {
		toks = append(toks, "com.apple.private.alloy."+s)
	}
	toks = append(toks, "com.android.server.wm.AppWindowToken.destroySurfaces", "session_timeout", "token_count", "password_policy")
	for _, k := range toks {
		st.resolveKey([]byte(k))
	}
	before := st.keys.misses
	for _, k := range toks {
		st.resolveKey([]byte(k))
	}
	if n := st.keys.misses - before; n != 0 {
		t.Errorf("second pass over %d keys: %d resolved anew, want 0", len(toks), n)
	}
}

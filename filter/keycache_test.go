package filter

import (
	"fmt"
	"testing"

	"github.com/logscrub/logscrub/rules"
)

// TestKeyCacheAgreesWithLookup resolves many tokens, repeated and in an
// order that forces evictions, and compares each answer with the uncached
// resolution.
func TestKeyCacheAgreesWithLookup(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
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
	toks = append(toks, "a_very_long_key_name_that_does_not_fit_the_cache_password")
	name := func(r *rules.Rule) string {
		if r == nil {
			return "<nil>"
		}
		return r.ID
	}
	for round := 0; round < 3; round++ {
		for _, k := range toks {
			s, g := st.resolveKey([]byte(k))
			ws, wg := ref.resolveKeyUncached([]byte(k))
			if s != ws || g != wg {
				t.Fatalf("round %d %q: cached (%s, %s), uncached (%s, %s)", round, k, name(s), name(g), name(ws), name(wg))
			}
		}
	}
	if s, g := st.resolveKey([]byte("db_password")); name(s) != "password" || g != nil {
		t.Fatalf("db_password resolved to (%s, %s), want (password, <nil>)", name(s), name(g))
	}
	if s, g := st.resolveKey([]byte("svc7_token")); name(s) != "api-key" || g != nil {
		t.Fatalf("svc7_token resolved to (%s, %s), want (api-key, <nil>)", name(s), name(g))
	}
}

func TestKeyCacheGeneric(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := sc.NewStream()
	for i := 0; i < 2; i++ {
		if s, g := st.resolveKey([]byte("webhook_signing_secret_v2")); s != nil || g == nil || g.ID != "generic-secret" {
			t.Fatalf("webhook_signing_secret_v2: (%v, %v), want (nil, generic-secret)", s, g)
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

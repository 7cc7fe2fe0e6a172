package filter

import (
	"hash/maphash"

	"github.com/logscrub/logscrub/rules"
)

// keyCache remembers how raw key tokens resolved. Logs repeat the same few
// keys thousands of times (session_timeout=, token_count=), and resolving
// one normalizes it and probes the key maps once per word; a cache hit is a
// hash and a compare. It is direct-mapped: a colliding token replaces the
// entry. Only a token's spelling is stored — key names, never values.
type keyCache struct {
	seed    maphash.Seed
	entries [keyCacheSize]keyEntry
}

const (
	keyCacheSize = 256
	// keyCacheMaxLen bounds the tokens cached; longer ones are resolved
	// every time.
	keyCacheMaxLen = 46
)

type keyEntry struct {
	n        uint8 // token length; 0 marks an empty entry
	tok      [keyCacheMaxLen]byte
	specific *rules.Rule
	generic  *rules.Rule
}

// resolveKey returns the key rule a raw key token names (specific), or
// failing that the generic rule that takes it (generic); both may be nil.
func (st *Stream) resolveKey(tok []byte) (specific, generic *rules.Rule) {
	if len(tok) == 0 || len(tok) > keyCacheMaxLen {
		return st.resolveKeyUncached(tok)
	}
	c := st.keys
	if c == nil {
		c = &keyCache{seed: maphash.MakeSeed()}
		st.keys = c
	}
	e := &c.entries[maphash.Bytes(c.seed, tok)%keyCacheSize]
	if int(e.n) == len(tok) && string(e.tok[:e.n]) == string(tok) {
		return e.specific, e.generic
	}
	specific, generic = st.resolveKeyUncached(tok)
	e.n = uint8(copy(e.tok[:], tok))
	e.specific, e.generic = specific, generic
	return specific, generic
}

func (st *Stream) resolveKeyUncached(tok []byte) (specific, generic *rules.Rule) {
	if r := st.lookupKey(tok); r != nil {
		return r, nil
	}
	return nil, st.genericRule()
}

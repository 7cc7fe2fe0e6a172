package filter

import (
	"encoding/binary"
	"math/bits"

	"github.com/logscrub/logscrub/rules"
)

// keyCache remembers how raw key tokens resolved. Logs repeat the same few
// keys thousands of times (session_timeout=, token_count=), and resolving
// one normalizes it and probes the key maps once per word; a cache hit is a
// hash and a compare or two. Each token has two slots (one line's twenty
// keys in 256 slots collide about half the time when each has one): a new
// token takes its first, whose entry moves to its own other slot, evicting
// what is there. Only a token's spelling is stored — key names, never
// values.
type keyCache struct {
	entries [keyCacheSize]keyEntry
	misses  int // resolutions not found in the cache (tests read it)
}

const (
	keyCacheSize = 256
	// keyCacheMaxLen bounds the tokens cached; longer ones are resolved
	// every time. Stack frames and dotted names (com.android.server.wm.
	// AppWindowToken.destroySurfaces:374) are key tokens before a ':' and
	// run to 60 bytes and more; 80 makes the cache 26 KiB per Stream.
	keyCacheMaxLen = 80
)

type keyEntry struct {
	n        uint8 // token length; 0 marks an empty entry
	tok      [keyCacheMaxLen]byte
	specific *rules.Rule
	generic  *rules.Rule
	tail     bool
}

// resolveKey returns the key rule a raw key token names (specific), or
// failing that the generic rule that takes it (generic); both may be nil.
// tail reports whether the token, normalized, ends some longer key name
// (key in apikey), so that a word before it may complete one.
func (st *Stream) resolveKey(tok []byte) (specific, generic *rules.Rule, tail bool) {
	if len(tok) == 0 || len(tok) > keyCacheMaxLen {
		return st.resolveKeyUncached(tok)
	}
	c := st.keys
	if c == nil {
		c = new(keyCache)
		st.keys = c
	}
	h := keyHash(tok)
	e := &c.entries[h%keyCacheSize]
	if int(e.n) == len(tok) && string(e.tok[:e.n]) == string(tok) {
		return e.specific, e.generic, e.tail
	}
	e2 := &c.entries[h>>32%keyCacheSize]
	if int(e2.n) == len(tok) && string(e2.tok[:e2.n]) == string(tok) {
		return e2.specific, e2.generic, e2.tail
	}
	c.misses++
	specific, generic, tail = st.resolveKeyUncached(tok)
	if e.n != 0 {
		// The entry in the new token's first slot moves to its own other
		// slot, evicting what is there.
		old := keyHash(e.tok[:e.n])
		alt := old % keyCacheSize
		if &c.entries[alt] == e {
			alt = old >> 32 % keyCacheSize
		}
		c.entries[alt] = *e
	}
	e.n = uint8(copy(e.tok[:], tok))
	e.specific, e.generic, e.tail = specific, generic, tail
	return specific, generic, tail
}

// specificKey is lookupKey through the cache: the key rule a raw token
// names, or nil.
func (st *Stream) specificKey(tok []byte) *rules.Rule {
	r, _, _ := st.resolveKey(tok)
	return r
}

func (st *Stream) resolveKeyUncached(tok []byte) (specific, generic *rules.Rule, tail bool) {
	if r := st.lookupKey(tok); r != nil {
		return r, nil, false
	}
	// lookupKey left the normalized token in keybuf (empty if the key is
	// allowlisted).
	_, tail = st.sc.keyTails[string(st.keybuf)]
	return nil, st.genericRule(), tail && len(st.keybuf) > 0
}

// keyHash mixes a token's length and its first and last eight bytes: cheap,
// and key names differ there. Tokens that collide only share a slot; the
// full compare keeps the cache exact. A crafted set of colliding keys
// only makes lookups miss.
func keyHash(tok []byte) uint64 {
	var a, b uint64
	if len(tok) >= 8 {
		a = binary.LittleEndian.Uint64(tok)
		b = binary.LittleEndian.Uint64(tok[len(tok)-8:])
	} else {
		for i, c := range tok {
			a |= uint64(c) << (8 * i)
		}
	}
	// Two folded 128-bit products (wyhash's mix): every input bit
	// reaches the low bits the slot is taken from. (One product with b
	// added after it left the slot to b's first bytes alone, so
	// com.apple.private.alloy.fmf and ….sms shared one.)
	hi, lo := bits.Mul64(a^uint64(len(tok)), 0x9E3779B97F4A7C15)
	hi, lo = bits.Mul64(hi^lo^b, 0xC2B2AE3D27D4EB4F)
	return hi ^ lo
}

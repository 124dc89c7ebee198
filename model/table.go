package model

// table maps feature hashes to values by open addressing with linear
// probing: a lookup reads one or two neighbouring slots of one array,
// where a Go map would visit its control word and then its slots. Hash 0
// marks an empty slot, so a feature whose hash is 0 is kept aside.
type table[V any] struct {
	slots []slot[V]
	mask  uint64
	zero  V
	// hasZero is set when some feature hashes to 0 (zero holds its value).
	hasZero bool
}

// slot is one entry of a table: a hash and its value.
type slot[V any] struct {
	h uint64
	v V
}

// newTable returns a table with room for n entries at most half full.
func newTable[V any](n int) *table[V] {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return &table[V]{slots: make([]slot[V], size), mask: uint64(size - 1)}
}

// home is the slot where the probe for h starts. FNV-1a hashes vary
// most in their low bits only after the high ones are folded in.
func (t *table[V]) home(h uint64) uint64 { return (h ^ h>>29) & t.mask }

// put sets the value of h. It must not be called more often than the
// table has room for.
func (t *table[V]) put(h uint64, v V) {
	if h == 0 {
		t.zero, t.hasZero = v, true
		return
	}
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == 0 || s.h == h {
			s.h, s.v = h, v
			return
		}
	}
}

// get returns the value of h and whether it is there.
func (t *table[V]) get(h uint64) (v V, ok bool) {
	if h == 0 {
		return t.zero, t.hasZero
	}
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == h {
			return s.v, true
		}
		if s.h == 0 {
			return v, false
		}
	}
}

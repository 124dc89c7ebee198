// Package strtab is a read-only table from strings to small values, for
// the lookups made at every word of a text: one probe of a flat array of
// hashes, where a Go map of strings reads a control word, a key header and
// the key's bytes, often three places far apart in memory.
package strtab

import "hash/maphash"

// Table maps strings to values of type V. The zero Table is empty. A
// Table is built once (New) and read by any number of goroutines.
type Table[V any] struct {
	seed  maphash.Seed
	slots []slot[V]
	mask  uint64
}

// slot is one place of the table: the hash of its key (0 when empty),
// the key and the value.
type slot[V any] struct {
	h uint64
	k string
	v V
}

// New returns a table holding the entries of m.
func New[V any](m map[string]V) *Table[V] {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t := &Table[V]{seed: maphash.MakeSeed(), slots: make([]slot[V], n), mask: uint64(n - 1)}
	for k, v := range m {
		h := t.hash(k)
		i := h & t.mask
		for t.slots[i].h != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{h, k, v}
	}
	return t
}

// hash returns the hash of s, never 0 (the mark of an empty slot).
func (t *Table[V]) hash(s string) uint64 {
	return maphash.String(t.seed, s) | 1
}

// Get returns the value of key s, and whether the table has it.
func (t *Table[V]) Get(s string) (V, bool) {
	var zero V
	if t == nil || len(t.slots) == 0 {
		return zero, false
	}
	h := t.hash(s)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.h == 0 {
			return zero, false
		}
		if sl.h == h && sl.k == s {
			return sl.v, true
		}
	}
}

// Len returns the number of entries.
func (t *Table[V]) Len() int {
	if t == nil {
		return 0
	}
	n := 0
	for i := range t.slots {
		if t.slots[i].h != 0 {
			n++
		}
	}
	return n
}

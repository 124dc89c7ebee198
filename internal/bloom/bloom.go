// Package bloom is a small Bloom filter over strings: a bit set that says
// "surely not in the set" for most words of a text without touching a big
// map, whose lookups miss the cache. The gazetteer and the actor
// dictionary put one in front of their key maps.
package bloom

import "hash/maphash"

// Filter is a blocked Bloom filter with two probes per key, both in one
// 64-bit word, so that a lookup reads one word of memory. The zero Filter
// answers "maybe" to everything.
type Filter []uint64

// New returns a filter of about bitsPerKey bits for each of n keys
// (rounded up to a power of two), to be filled with Add.
func New(n, bitsPerKey int) Filter {
	bits := 64
	for bits < n*bitsPerKey {
		bits *= 2
	}
	return make(Filter, bits/64)
}

// Add puts key in the filter.
func Add(f Filter, key string) {
	w, bits := f.probe(maphash.String(seed, key))
	f[w] |= bits
}

// MayHave reports whether key may be in the filter; false means surely
// not.
func MayHave(f Filter, key string) bool {
	return len(f) == 0 || f.has(maphash.String(seed, key))
}

// MayHaveBytes is MayHave for a key held in a byte slice.
func MayHaveBytes(f Filter, key []byte) bool {
	return len(f) == 0 || f.has(maphash.Bytes(seed, key))
}

// seed seeds the hash of every filter of the process; filters are built
// when their data are loaded and never stored.
var seed = maphash.MakeSeed()

// has reports whether both bits of hash h are set.
func (f Filter) has(h uint64) bool {
	w, bits := f.probe(h)
	return f[w]&bits == bits
}

// probe returns the word of a key's hash and the two bits it sets there.
func (f Filter) probe(h uint64) (int, uint64) {
	return int(h & uint64(len(f)-1)), 1<<(h>>52&63) | 1<<(h>>58)
}

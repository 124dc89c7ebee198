// Package bloom is a small Bloom filter over strings: a bit set that says
// "surely not in the set" for most words of a text without touching a big
// map, whose lookups miss the cache. The gazetteer and the actor
// dictionary put one in front of their key maps.
package bloom

// Filter is a Bloom filter with two probes per key. The zero Filter
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
func Add[S ~string | ~[]byte](f Filter, key S) {
	h1, h2 := f.hash(fnv(key))
	f[h1/64] |= 1 << (h1 % 64)
	f[h2/64] |= 1 << (h2 % 64)
}

// MayHave reports whether key may be in the filter; false means surely
// not.
func MayHave[S ~string | ~[]byte](f Filter, key S) bool {
	if len(f) == 0 {
		return true
	}
	h1, h2 := f.hash(fnv(key))
	return f[h1/64]&(1<<(h1%64)) != 0 && f[h2/64]&(1<<(h2%64)) != 0
}

// hash returns the two bit positions of a key's hash.
func (f Filter) hash(h uint64) (uint64, uint64) {
	mask := uint64(len(f))*64 - 1
	return h & mask, (h >> 32) & mask
}

// fnv is the FNV-1a hash of key.
func fnv[S ~string | ~[]byte](key S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

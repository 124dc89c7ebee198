// Package bloom is a small Bloom filter over strings: a bit set that says
// "surely not in the set" for most words of a text without touching a big
// map, whose lookups miss the cache. The gazetteer and the actor
// dictionary put one in front of their key maps.
package bloom

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
func Add[S ~string | ~[]byte](f Filter, key S) {
	w, bits := f.probe(hash(key))
	f[w] |= bits
}

// MayHave reports whether key may be in the filter; false means surely
// not.
func MayHave[S ~string | ~[]byte](f Filter, key S) bool {
	if len(f) == 0 {
		return true
	}
	w, bits := f.probe(hash(key))
	return f[w]&bits == bits
}

// probe returns the word of a key's hash and the two bits it sets there.
func (f Filter) probe(h uint64) (int, uint64) {
	return int(h & uint64(len(f)-1)), 1<<(h>>52&63) | 1<<(h>>58)
}

const (
	m1 = 0x9E3779B97F4A7C15
	m2 = 0xBF58476D1CE4E5B9
)

// hash mixes key eight bytes at a time: keys are short words, and one
// multiplication a word costs less than one a byte.
func hash[S ~string | ~[]byte](key S) uint64 {
	h := uint64(len(key)) * m1
	i := 0
	for ; i+8 <= len(key); i += 8 {
		v := uint64(key[i]) | uint64(key[i+1])<<8 | uint64(key[i+2])<<16 | uint64(key[i+3])<<24 |
			uint64(key[i+4])<<32 | uint64(key[i+5])<<40 | uint64(key[i+6])<<48 | uint64(key[i+7])<<56
		h = (h ^ v) * m2
		h ^= h >> 31
	}
	var v uint64
	for ; i < len(key); i++ {
		v = v<<8 | uint64(key[i])
	}
	h = (h ^ v) * m1
	h ^= h >> 29
	h *= m2
	return h ^ h>>32
}

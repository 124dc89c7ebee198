package model

import "math"

// Features can be looked up by a 64-bit FNV-1a hash of their name instead
// of the name itself, so that a caller that codes many candidates need
// not build the strings: hashing the parts of a name one after another
// gives the hash of the whole name.

// HashSeed is the hash of the empty name, where hashing starts.
const HashSeed uint64 = 14695981039346656037

const hashPrime uint64 = 1099511628211

// HashString continues hash h over the bytes of s.
func HashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

// HashString2 continues hashes h1 and h2 over the bytes of s at once, as
// two calls of HashString would, but with the two chains of
// multiplications overlapping: a feature and the same conjoined with a
// prefix (its candidate's type) cost little more than one.
func HashString2(h1, h2 uint64, s string) (uint64, uint64) {
	for i := 0; i < len(s); i++ {
		h1 ^= uint64(s[i])
		h1 *= hashPrime
		h2 ^= uint64(s[i])
		h2 *= hashPrime
	}
	return h1, h2
}

// Hash returns the hash of a feature name.
func Hash(name string) uint64 { return HashString(HashSeed, name) }

// ProbsHashed is Probs for features given by their hashes (see Hash). It
// writes into p when p has room, to spare an allocation.
func (m *Model) ProbsHashed(hs []uint64, p []float64) []float64 {
	if cap(p) < len(m.Classes) {
		p = make([]float64, len(m.Classes))
	}
	p = p[:len(m.Classes)]
	clear(p)
	if m.delta != nil {
		// Two classes: one weight a feature, the log-odds of the second.
		z := 0.0
		for _, h := range hs {
			d, _ := m.delta.get(h)
			z += d
		}
		p[1] = 1 / (1 + math.Exp(-z))
		p[0] = 1 - p[1]
		return p
	}
	for _, h := range hs {
		if w, ok := m.hashed.get(h); ok {
			for i := range p {
				p[i] += w[i]
			}
		}
	}
	softmax(p)
	return p
}

package lexicon

import (
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// entry is what an index files under one key.
type entry[V any] struct {
	vals   []V  // the forms whose key this is
	stem   []V  // the one-word forms this key is the pronoun-bearing stem of
	prefix bool // some key continues this one with a space
}

// index is a phrase dictionary answering with at most one map lookup per
// key tried, without allocating. It reads text the way ar.Dict does and
// also reads words with an attached pronoun (اعتقلته, مسؤوليتها).
type index[V any] struct {
	// m holds pointers, so that its slots stay small and more of the map
	// stays in the cache.
	m map[string]*entry[V]
	// filter is a Bloom filter of the keys of m: most words that are in
	// no phrase are turned away without a lookup.
	filter keyFilter
	// pick returns the entry of the index among the heads of a word.
	pick func(*heads) *entry[V]
}

// filterBits is the log2 of the filter's size in bits.
const filterBits = 16

// slots returns the two filter bits of key k, hashed from its length and
// five of its bytes: for folded Arabic, the first two letters and the
// last two.
func slots[S ~string | ~[]byte](k S) (uint32, uint32) {
	n := len(k)
	h := uint64(n) | uint64(k[0])<<8 | uint64(k[n-1])<<16
	if n > 3 {
		h |= uint64(k[1])<<24 | uint64(k[3])<<32 | uint64(k[n-3])<<40
	}
	h *= 0x9E3779B97F4A7C15
	return uint32(h >> (64 - filterBits)), uint32(h>>(64-2*filterBits)) & (1<<filterBits - 1)
}

// keyFilter is a Bloom filter of keys with the two bits of slots.
type keyFilter [1 << filterBits / 64]uint64

// has reports whether both bits a and b are set.
func (f *keyFilter) has(a, b uint32) bool {
	return f[a/64]&(1<<(a%64)) != 0 && f[b/64]&(1<<(b%64)) != 0
}

// add sets the bits of key k.
func (f *keyFilter) add(k string) {
	a, b := slots(k)
	f[a/64] |= 1 << (a % 64)
	f[b/64] |= 1 << (b % 64)
}

// get returns the entry of key k, turning most absent keys away at the
// filter.
func (ix *index[V]) get(k []byte) (*entry[V], bool) {
	if !ix.filter.has(slots(k)) {
		return nil, false
	}
	e, ok := ix.m[string(k)]
	return e, ok
}

// found is a phrase the index found in a text.
type found[V any] struct {
	first, last int // token indexes, last exclusive
	// ki is the key of the first token the phrase was read through.
	ki int
	// start and end are code-point offsets, set by scanMasked for the
	// phrases it keeps.
	start, end int
	vals       []V
}

// Folded letters that attached pronouns are made of.
const (
	heh  = string(ar.Heh)
	kaf  = string(ar.Kaf)
	alef = string(ar.Alef)
	meem = string(ar.Meem)
	noon = string(ar.Noon)
	yeh  = string(ar.Yeh)
)

// pronounLen returns the byte length of the attached pronoun k ends in
// (ه ها هم هما هن ك كم كما نا ني), or 0. No pronoun ends another, so
// at most one applies.
func pronounLen(k string) int {
	n := len(k)
	if n < 4 {
		return 0
	}
	switch k[n-2:] {
	case heh, kaf:
		return 2
	case alef:
		if n >= 6 && (k[n-6:] == heh+meem+alef || k[n-6:] == kaf+meem+alef) {
			return 6
		}
		if k[n-4:] == heh+alef || k[n-4:] == noon+alef {
			return 4
		}
	case meem:
		if k[n-4:] == heh+meem || k[n-4:] == kaf+meem {
			return 4
		}
	case noon:
		if k[n-4:] == heh+noon {
			return 4
		}
	case yeh:
		if k[n-4:] == noon+yeh {
			return 4
		}
	}
	return 0
}

// minStem is the fewest letters a word keeps once its pronoun is removed.
const minStem = 3

// stripPronoun returns k without its attached pronoun, or "" when it has
// none or too little would remain. bareHeh reports that the pronoun is
// a lone ه, which may instead be a ta marbuta, a letter of the word (see
// endsInTaMarbuta).
func stripPronoun(k string) (stem string, bareHeh bool) {
	p := pronounLen(k)
	if p == 0 {
		return "", false
	}
	r := k[:len(k)-p]
	// Arabic letters take two bytes each in UTF-8.
	if len(r) < minStem*len(heh) {
		return "", false
	}
	return r, p == len(heh) && k[len(r):] == heh
}

// endsInTaMarbuta reports whether token t is written with a final ة
// (marks after it aside).
func endsInTaMarbuta(x *ar.Text, t *ar.Token) bool {
	s := x.Src[t.Byte:t.ByteEnd]
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isMark(r) {
			return r == ar.TehMarbuta
		}
		s = s[:len(s)-size]
	}
	return false
}

// isMark reports whether r is a mark that folding drops: harakat,
// Quranic marks, tatweel, zero-width and direction marks.
func isMark(r rune) bool {
	return (r >= ar.Fathatan && r <= '\u065F') || r == ar.SuperscriptAlef || r == ar.Tatweel ||
		(r >= '\u0610' && r <= '\u061A') || (r >= '\u06D6' && r <= '\u06ED') ||
		(r >= '\u200c' && r <= '\u200f') || r == '\ufeff'
}

// matchAt returns the longest phrase starting at token i and ending at
// or before token limit (exclusive). The first token is tried under each
// of its keys, and only when none matches, under each key without its
// attached pronoun (their heads read in s); later tokens under their
// article-less key, the last one also without its pronoun. Matches never
// cross a sentence or a punctuation mark. The match's start and end are
// left for scanMasked to set.
func (ix *index[V]) matchAt(x *ar.Text, s *starts, i, limit int) (m found[V], ok bool) {
	t := &x.Tokens[i]
	if t.Kind == ar.Punct {
		return m, false
	}
	hs := s.of(i)
	for _, h := range hs {
		if h.stripped {
			break
		}
		if e := ix.pick(h.h); e != nil {
			ix.extend(x, i, int(h.ki), t.KeyAt(int(h.ki)), e, false, limit, &m, &ok)
		}
	}
	if !ok {
		for _, h := range hs {
			if !h.stripped {
				continue
			}
			if e := ix.pick(h.h); e != nil && !(h.bareHeh && endsInTaMarbuta(x, t)) {
				st, _ := stripPronoun(t.KeyAt(int(h.ki)))
				ix.extend(x, i, int(h.ki), st, e, true, limit, &m, &ok)
			}
		}
	}
	return m, ok
}

// extend takes e, the entry of k read as the key of token i (its key
// ki), and follows the phrases that continue it, keeping in m the longest
// match so far. Stripped keys (a pronoun removed) also match the stems of
// forms.
func (ix *index[V]) extend(x *ar.Text, i, ki int, k string, e *entry[V], stripped bool, limit int, m *found[V], ok *bool) {
	set := func(last int, e *entry[V]) {
		vals := e.vals
		if stripped && vals == nil {
			vals = e.stem
		}
		if vals != nil && (!*ok || m.last < last) {
			*m, *ok = found[V]{first: i, last: last, ki: ki, vals: vals}, true
		}
	}
	set(i+1, e)
	if !e.prefix {
		return
	}
	t := &x.Tokens[i]
	var buf [128]byte
	b := append(buf[:0], k...)
	for j := i + 1; j < limit; j++ {
		u := &x.Tokens[j]
		if ar.HashtagJoin(x.Tokens, j) {
			continue // #مسيرات_العودة: the words of a hashtag
		}
		if u.Sent != t.Sent || u.Kind == ar.Punct {
			return
		}
		uk := u.Key()
		n := len(b) + 1
		b = append(b, ' ')
		b = append(b, uk...)
		var in bool
		if e, in = ix.get(b); !in {
			// The phrase may end in a word with a pronoun: أطلق سراحه.
			if u.Kind == ar.Word {
				if s, h := stripPronoun(uk); s != "" && !(h && endsInTaMarbuta(x, u)) {
					b = append(b[:n], s...)
					if e, in = ix.get(b); in && e.vals != nil {
						set(j+1, e)
					}
				}
			}
			return
		}
		set(j+1, e)
		if !e.prefix {
			return
		}
	}
}

// scanMasked finds the phrases of x left to right, calling fn for each.
// Where two phrases overlap, the one of more tokens wins; a phrase cut
// short by a longer one starting inside it gives way to its longest
// shorter match. It skips the tokens whose mask (see Lexicon.starts)
// lacks bit: no phrase of the index starts there.
func (ix *index[V]) scanMasked(x *ar.Text, s *starts, bit uint8, fn func(found[V])) {
	n := len(x.Tokens)
	may := func(i int) bool { return s.mask[i]&bit != 0 }
	for i := 0; i < n; {
		if !may(i) {
			i++
			continue
		}
		m, ok := ix.matchAt(x, s, i, n)
		if !ok {
			i++
			continue
		}
		for j := i + 1; j < m.last; j++ {
			if !may(j) {
				continue
			}
			if m2, ok2 := ix.matchAt(x, s, j, n); ok2 && m2.last > m.last && m2.last-m2.first > m.last-m.first {
				// A longer phrase starts at j: keep what fits before it.
				m, ok = ix.matchAt(x, s, i, j)
				break
			}
		}
		if !ok {
			i++
			continue
		}
		m.start, _ = x.KeyStart(m.first, m.ki)
		m.end = x.Tokens[m.last-1].End
		fn(m)
		i = m.last
	}
}

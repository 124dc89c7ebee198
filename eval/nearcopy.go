package eval

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// NearCopyThreshold is the containment at or above which one text is taken
// for a copy of another: at least half the word trigrams of the shorter
// text occur in the longer. Agency stories rewritten by two outlets share a
// third or so; the same story filed under two sections shares all of it.
const NearCopyThreshold = 0.5

// Shingles returns the set of hashed word trigrams of text. Words are runs
// of letters and digits, so punctuation and spacing do not count.
func Shingles(text string) map[uint64]struct{} {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	set := make(map[uint64]struct{}, len(words))
	for i := 0; i+2 < len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(words[i]))
		h.Write([]byte{0})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{0})
		h.Write([]byte(words[i+2]))
		set[h.Sum64()] = struct{}{}
	}
	return set
}

// Containment returns the share of the smaller set's shingles that the
// other holds: 1 when one text is a copy of (part of) the other, 0 when
// they share no trigram or either is empty.
func Containment(a, b map[uint64]struct{}) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if _, ok := b[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// CopyIndex finds, among the texts added to it, those a new text nearly
// copies.
type CopyIndex struct {
	ids  []string
	sets []map[uint64]struct{}
	post map[uint64][]int
}

// NewCopyIndex returns an empty index.
func NewCopyIndex() *CopyIndex { return &CopyIndex{post: map[uint64][]int{}} }

// Add puts the text with the given id in the index.
func (x *CopyIndex) Add(id, text string) {
	s := Shingles(text)
	n := len(x.ids)
	x.ids = append(x.ids, id)
	x.sets = append(x.sets, s)
	for h := range s {
		x.post[h] = append(x.post[h], n)
	}
}

// CopyOf returns the id of an indexed text that text nearly copies (at or
// above NearCopyThreshold), the one with the highest containment, and that
// containment; "" and 0 when there is none.
func (x *CopyIndex) CopyOf(text string) (string, float64) {
	s := Shingles(text)
	shared := map[int]int{}
	for h := range s {
		for _, n := range x.post[h] {
			shared[n]++
		}
	}
	best, bestC := -1, 0.0
	for n, k := range shared {
		small := min(len(s), len(x.sets[n]))
		if c := float64(k) / float64(small); c >= NearCopyThreshold && (c > bestC || c == bestC && x.ids[n] < x.ids[best]) {
			best, bestC = n, c
		}
	}
	if best < 0 {
		return "", 0
	}
	return x.ids[best], bestC
}

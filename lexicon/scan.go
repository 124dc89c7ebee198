package lexicon

import "github.com/hadath/hadath/lang/ar"

// Bits of a token's mask (see starts): which indexes a phrase may start
// at the token in.
const (
	inTriggers uint8 = 1 << iota
	inMethods
	inCues
)

// Scan returns what Triggers, Methods and Cues return for x, reading
// each token's keys, and the keys without an attached pronoun, once for
// the three indexes: each scan then skips at once the tokens where its
// filter turns every reading away.
func (l *Lexicon) Scan(x *ar.Text) (triggers []TriggerMatch, methods, cues []Tagged) {
	mask := l.starts(x)
	// Each phrase starts at a token whose mask has the index's bit: as
	// many as those tokens bound the phrases, and the slices are made
	// that size at once instead of growing.
	var n [3]int
	for _, m := range mask {
		n[0] += int(m & inTriggers)
		n[1] += int(m&inMethods) >> 1
		n[2] += int(m&inCues) >> 2
	}
	triggers = l.triggersMasked(x, mask, make([]TriggerMatch, 0, n[0]))
	methods = taggedMasked(l.midx, x, mask, inMethods, make([]Tagged, 0, n[1]))
	cues = taggedMasked(l.cidx, x, mask, inCues, make([]Tagged, 0, n[2]))
	return orNil(triggers), orNil(methods), orNil(cues)
}

// orNil returns s, or nil when s is empty: what the scans return when
// they find nothing.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// starts returns for each token of x the indexes whose filter passes
// one of its keys or, for a word, one of its keys without an attached
// pronoun: those matchAt may find a phrase at the token in. The filters
// share their size and hash (slots).
func (l *Lexicon) starts(x *ar.Text) []uint8 {
	mask := make([]uint8, len(x.Tokens))
	for i := range x.Tokens {
		t := &x.Tokens[i]
		if t.Kind == ar.Punct {
			continue
		}
		var m uint8
		for _, k := range t.Keys() {
			m |= l.passes(slots(k))
		}
		if t.Kind == ar.Word {
			for _, k := range t.Keys() {
				if s, _ := stripPronoun(k); s != "" {
					m |= l.passes(slots(s))
				}
			}
		}
		mask[i] = m
	}
	return mask
}

// passes returns the mask bits of the indexes whose filter has bits a
// and b.
func (l *Lexicon) passes(a, b uint32) uint8 {
	var m uint8
	if l.tidx.filtered(a, b) {
		m |= inTriggers
	}
	if l.midx.filtered(a, b) {
		m |= inMethods
	}
	if l.cidx.filtered(a, b) {
		m |= inCues
	}
	return m
}

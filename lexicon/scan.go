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
	return l.triggersMasked(x, mask), taggedMasked(l.midx, x, mask, inMethods), taggedMasked(l.cidx, x, mask, inCues)
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

package lexicon

import "github.com/hadath/hadath/lang/ar"

// Bits of a token's mask (see starts): which indexes a phrase may start
// at the token in.
const (
	inTriggers uint8 = 1 << iota
	inMethods
	inCues
)

// Scan returns what Triggers, Methods and Cues return for x, looking
// each token's keys, and the keys without an attached pronoun, up once
// for the three indexes (see readStarts): each scan then skips at once
// the tokens where no phrase of its index starts.
func (l *Lexicon) Scan(x *ar.Text) (triggers []TriggerMatch, methods, cues []Tagged) {
	s := l.readStarts(x)
	defer s.release()
	// Each phrase starts at a token whose mask has the index's bit: as
	// many as those tokens bound the phrases, and the slices are made
	// that size at once instead of growing.
	var n [3]int
	for _, m := range s.mask {
		n[0] += int(m & inTriggers)
		n[1] += int(m&inMethods) >> 1
		n[2] += int(m&inCues) >> 2
	}
	triggers = l.triggersFrom(x, s, make([]TriggerMatch, 0, n[0]))
	methods = taggedFrom(l.midx, x, s, inMethods, make([]Tagged, 0, n[1]))
	cues = taggedFrom(l.cidx, x, s, inCues, make([]Tagged, 0, n[2]))
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

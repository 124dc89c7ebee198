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
	// The phrases are gathered in buffers reused from text to text and
	// copied out at their number, which is seldom known before.
	s.trigs = l.triggersFrom(x, s, s.trigs[:0])
	s.methods = taggedFrom(l.midx, x, s, inMethods, s.methods[:0])
	s.cues = taggedFrom(l.cidx, x, s, inCues, s.cues[:0])
	return copied(s.trigs), copied(s.methods), copied(s.cues)
}

// copied returns a copy of s as long as s, or nil when s is empty: what
// the scans return when they find nothing.
func copied[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	copy(out, s)
	return out
}

package lexicon

import "github.com/hadath/hadath/lang/ar"

// TriggerMatch is a trigger form found in a text.
type TriggerMatch struct {
	First, Last int // token indexes, Last exclusive
	// Start and End are the code-point offsets of the form in the text,
	// End exclusive: from after the proclitics (the article included) to
	// the end of the last token, attached pronouns included.
	Start, End int
	// Triggers are the lexicon entries of the form: more than one when a
	// form names events of several types.
	Triggers []*Trigger
}

// Tagged is a method phrase or a cue found in a text, with its tags
// (method names or cue classes).
type Tagged struct {
	First, Last int // token indexes, Last exclusive
	Start, End  int // code-point offsets, as in TriggerMatch
	Tags        []string
}

// Triggers returns the trigger forms of x in text order. They do not
// overlap: where two would, the longer wins, and phrases of type NoEvent
// hide the triggers inside them without being reported. The Triggers
// slices are shared with the lexicon and must not be modified.
func (l *Lexicon) Triggers(x *ar.Text) []TriggerMatch {
	var out []TriggerMatch
	l.tidx.scan(x, func(m found[*Trigger]) {
		if m.vals[0].Type == NoEvent {
			return
		}
		out = append(out, TriggerMatch{First: m.first, Last: m.last, Start: m.start, End: m.end, Triggers: m.vals})
	})
	return out
}

// Methods returns the method phrases of x in text order, without
// overlaps, each tagged with the methods it implies.
func (l *Lexicon) Methods(x *ar.Text) []Tagged { return tagged(l.midx, x) }

// Cues returns the cues of x in text order, without overlaps, each tagged
// with its cue classes.
func (l *Lexicon) Cues(x *ar.Text) []Tagged { return tagged(l.cidx, x) }

func tagged(ix *index[string], x *ar.Text) []Tagged {
	var out []Tagged
	ix.scan(x, func(m found[string]) {
		out = append(out, Tagged{First: m.first, Last: m.last, Start: m.start, End: m.end, Tags: m.vals})
	})
	return out
}

package extract

import (
	"slices"

	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
)

// A wire story's body may open with a dateline: where it was filed and
// by whom, then a dash ("دبي، الإمارات العربية المتحدة (CNN)— افتتح
// ..."). The places and states named there are the newsroom's, not the
// story's: they are neither where its happenings took place nor who took
// part in them.

// datelineReach is how many tokens into the body a dateline's closing
// parenthesis may stand.
const datelineReach = 14

// dateline returns the end (exclusive) of the dateline that opens
// sentence s of x, or -1 when it has none: the tokens up to a
// parenthesised name of one to three words ("(CNN)") that a dash
// follows, within datelineReach tokens of the sentence's start, the name
// included.
func dateline(x *ar.Text, s int) int {
	if s >= len(x.Sentences) {
		return -1
	}
	first, last := x.Sentences[s].First, x.Sentences[s].Last
	for i := first; i < last && i < first+datelineReach; i++ {
		if x.Tokens[i].Norm != "(" {
			continue
		}
		for j := i + 2; j <= i+4 && j+1 < last; j++ {
			if x.Tokens[j].Norm == ")" {
				if isDash(x.Tokens[j+1].Norm) && i > first {
					return j + 1
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// isDash reports whether a punctuation token is a dash: -, --, – or —.
func isDash(s string) bool {
	switch s {
	case "-", "--", "–", "—", "—-", "-—":
		return true
	}
	return false
}

// dropDateline removes the places and actors named in the dateline of
// the body's first sentence (s, the first after the headline), if it has
// one.
func dropDateline(x *ar.Text, s int, places []gazetteer.Mention, acts []actors.Mention) ([]gazetteer.Mention, []actors.Mention) {
	end := dateline(x, s)
	if end < 0 {
		return places, acts
	}
	start := x.Sentences[s].First
	in := func(first int) bool { return first >= start && first < end }
	places = slices.DeleteFunc(places, func(m gazetteer.Mention) bool { return in(m.First) })
	acts = slices.DeleteFunc(acts, func(m actors.Mention) bool { return in(m.First) })
	return places, acts
}

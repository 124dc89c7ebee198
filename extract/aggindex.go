package extract

import (
	"slices"
	"sort"
)

// aggIndex holds, by sentence, what aggregates look up for each count:
// the candidates in order of position, and the dates and countries the
// sentence names. Each count used to walk every candidate of the
// document and every token of its sentence, so a text dense with counts
// cost the square of its length.
type aggIndex struct {
	cands  map[int][]*cand // by sentence, sorted by first token
	sents  map[int]*aggSent
	killed map[aggKey]bool // sentence and type whose far event words are dropped
}

// aggKey names a sentence and an event type.
type aggKey struct {
	sent int
	typ  string
}

// aggSent is what a sentence gives every aggregate counted in it.
type aggSent struct {
	date, dateEnd string
	countries     []string
}

// newAggIndex indexes the candidates cs by sentence.
func newAggIndex(cs []*cand) *aggIndex {
	ix := &aggIndex{cands: map[int][]*cand{}, sents: map[int]*aggSent{}, killed: map[aggKey]bool{}}
	for _, c := range cs {
		ix.cands[c.sent] = append(ix.cands[c.sent], c)
	}
	for _, l := range ix.cands {
		slices.SortStableFunc(l, func(a, b *cand) int { return a.first - b.first })
	}
	return ix
}

// near returns the candidates of sentence s whose first token is within
// reach of token at, in order of position.
func (ix *aggIndex) near(s, at, reach int) []*cand {
	l := ix.cands[s]
	lo := sort.Search(len(l), func(i int) bool { return l[i].first >= at-reach })
	hi := sort.Search(len(l), func(i int) bool { return l[i].first > at+reach })
	return l[lo:hi]
}

// sentence returns what sentence s gives its aggregates, reading it once.
func (ix *aggIndex) sentence(dc *doc, s int) *aggSent {
	if as := ix.sents[s]; as != nil {
		return as
	}
	as := &aggSent{}
	sf, sl := dc.sentence(s)
	for i := sf; i < sl; i++ {
		if d := dc.dateAt[i]; d >= 0 && dc.dates[d].First == i {
			dt := &dc.dates[d]
			switch {
			case dt.Since:
				as.date = dt.Date
				if dt.DateEnd != "" && as.dateEnd == "" {
					as.dateEnd = dt.DateEnd
				}
			case i > sf && dc.x.Tokens[i-1].Norm == "حتي":
				as.dateEnd = dt.Date
			}
		}
		if p := dc.placeAt[i]; p >= 0 && dc.places[p].First == i {
			if c := dc.places[p].Entry.Country; c != "" && !containsString(as.countries, c) {
				as.countries = append(as.countries, c)
			}
		}
	}
	ix.sents[s] = as
	return as
}

// drop marks dead the event words of type typ in sentence s that name the
// aggregate counted at token first: a single mention near the count, or
// any that does not point back. Those far from the count are the same for
// every count of the sentence, so they are dropped once.
func (ix *aggIndex) drop(s, first int, typ string) {
	l := ix.near(s, first, 6)
	if k := (aggKey{s, typ}); !ix.killed[k] {
		ix.killed[k], l = true, ix.cands[s]
	}
	for _, c := range l {
		if c.typ == typ && len(c.mentions) == 1 && (abs(c.first-first) <= 6 || !c.anaphoric) {
			c.dead = true
		}
	}
}

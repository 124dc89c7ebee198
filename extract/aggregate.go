package extract

import (
	"github.com/hadath/hadath"
)

// aggregates finds counts of many happenings ("attacked more than 143
// times since 7 October") and drops the attack triggers of the same
// clause, which name the aggregate rather than one event.
func (e *Extractor) aggregates(dc *doc, cs []*cand) []hadath.Aggregate {
	var out []hadath.Aggregate
	for k := range dc.nums {
		n := &dc.nums[k]
		if n.Vague || n.Last >= len(dc.x.Tokens) || !dc.cueAt[n.Last].has(cueAggregate) {
			continue
		}
		s := dc.x.Tokens[n.First].Sent
		sf, sl := dc.sentence(s)
		if !timesWords[dc.x.Tokens[n.Last].Key()] && !dc.hasSince(sf, sl) {
			continue // "12 غارة" on one day is a series, one event
		}
		typ := hadath.Assault
		ag := hadath.Aggregate{Type: typ, Count: *dc.count(k), Countries: []string{}}
		end := n.Last + 1
		ag.Evidence = []hadath.Span{dc.mentionSpan(n.First, end, n.Start, dc.x.Tokens[end-1].End), dc.sentSpan(s)}
		for i := sf; i < sl; i++ {
			if d := dc.dateAt[i]; d >= 0 && dc.dates[d].First == i {
				dt := &dc.dates[d]
				switch {
				case dt.Since:
					ag.Date = dt.Date
					if dt.DateEnd != "" && ag.DateEnd == "" {
						ag.DateEnd = dt.DateEnd
					}
				case i > sf && dc.x.Tokens[i-1].Norm == "حتي":
					ag.DateEnd = dt.Date
				}
			}
			if p := dc.placeAt[i]; p >= 0 && dc.places[p].First == i {
				if c := dc.places[p].Entry.Country; c != "" && !containsString(ag.Countries, c) {
					ag.Countries = append(ag.Countries, c)
				}
			}
			if a := dc.actorAt[i]; a >= 0 && dc.actors[a].First == i && ag.Target == nil && i < n.First {
				t := dc.actors[a].Actor
				ag.Target = &t
			}
		}
		if ag.DateEnd == "" && ag.Date != "" && dc.hasPub {
			ag.DateEnd = dc.pub.Format("2006-01-02")
		}
		out = append(out, ag)
		// The attack words of the clause name the aggregate.
		for _, c := range cs {
			if c.sent == s && c.typ == typ && len(c.mentions) == 1 && (abs(c.first-n.First) <= 6 || !c.anaphoric) {
				c.dead = true
			}
		}
	}
	return out
}

// timesWords are the folded nouns of frequency: "143 مرة".
var timesWords = set("مره", "مرات", "مرتين", "مرتان")

// hasSince reports whether tokens sf..sl-1 hold a "since" date.
func (dc *doc) hasSince(sf, sl int) bool {
	for i := sf; i < sl; i++ {
		if d := dc.dateAt[i]; d >= 0 && dc.dates[d].Since {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

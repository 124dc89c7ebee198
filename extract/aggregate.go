package extract

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// aggregates finds counts of many happenings and drops the triggers of
// the same clause, which name the aggregate rather than one event:
//
//   - a count of times or of event nouns over a stretch of time
//     ("attacked 143 times since October", "12 raids this month"), or
//     so many that no one event holds them ("100,000 air raids");
//   - an ordinal of occurrence ("for the third time in a week").
//
// An aggregate takes the type of the event word nearest its count.
func (e *Extractor) aggregates(dc *doc, cs []*cand) []hadath.Aggregate {
	var out []hadath.Aggregate
	var ix *aggIndex // built for the first count that may be one: most documents have none
	for k := range dc.nums {
		n := &dc.nums[k]
		if n.Vague || n.Last >= len(dc.x.Tokens) || !dc.cueAt[n.Last].has(cueAggregate|cueTimes) {
			continue
		}
		s := dc.x.Tokens[n.First].Sent
		if !dc.cueAt[n.Last].has(cueTimes) && !dc.facts(s).sinceDate && !dc.sentenceHas(s, cuePeriod) && n.Value < manyEvents {
			continue // "12 غارة" on one day is a series, one event
		}
		noun := !dc.cueAt[n.Last].has(cueTimes) // "12 غارة" names its kind; "12 مرة" does not
		if ix == nil {
			ix = newAggIndex(cs)
		}
		if ag, ok := e.aggregate(dc, ix, s, n.First, n.Last+1, *dc.count(k), noun); ok {
			out = append(out, ag)
		}
	}
	for i := range dc.x.Tokens {
		// للمرة الثالثة، المرة الرابعة
		if !dc.cueAt[i].has(cueTimes) || i+1 >= len(dc.x.Tokens) || dc.x.Tokens[i+1].Sent != dc.x.Tokens[i].Sent {
			continue
		}
		v := ar.Ordinal(&dc.x.Tokens[i+1])
		if v < 2 {
			continue
		}
		sp := dc.tokSpan(i, i+2)
		n := hadath.Count{Count: hadath.N(v), Qualifier: hadath.Exact, Text: sp.Text, Span: &sp}
		if ix == nil {
			ix = newAggIndex(cs)
		}
		if ag, ok := e.aggregate(dc, ix, dc.x.Tokens[i].Sent, i, i+2, n, false); ok {
			out = append(out, ag)
		}
	}
	return out
}

// manyEvents is the count of attacks or strikes beyond which they are no
// one series but many events, even with no stretch of time named.
const manyEvents = 50

// aggregate builds the aggregate whose count is at tokens first..end-1 of
// sentence s, reads its dates, places and target from the sentence, and
// drops the event words of its type near the count. A count of times
// ("للمرة السادسة") is of happenings only near an event word (not of an
// election or a goal); a count of attack nouns (noun) is of attacks.
func (e *Extractor) aggregate(dc *doc, ix *aggIndex, s, first, end int, n hadath.Count, noun bool) (hadath.Aggregate, bool) {
	typ := hadath.Assault
	near := -1
	for _, c := range ix.near(s, first, 8) {
		if c.sent == s && !c.dead && (near < 0 || abs(c.first-first) < near) && abs(c.first-first) <= 8 {
			typ, near = c.typ, abs(c.first-first)
		}
	}
	if near < 0 && !noun {
		return hadath.Aggregate{}, false
	}
	ag := hadath.Aggregate{Type: typ, Count: n, Countries: []string{}}
	ag.Evidence = []hadath.Span{dc.tokSpan(first, end), dc.sentSpan(s)}
	as := ix.sentence(dc, s)
	ag.Date, ag.DateEnd = as.date, as.dateEnd
	ag.Countries = append(ag.Countries, as.countries...)
	if as.firstActor >= 0 && as.firstActor < first {
		t := dc.actors[dc.actorAt[as.firstActor]].Actor
		ag.Target = &t
	}
	if ag.DateEnd == "" && ag.Date != "" && dc.hasPub {
		ag.DateEnd = dc.pubDay
	}
	// The event words of the clause name the aggregate.
	ix.drop(s, first, typ)
	return ag, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

package extract

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
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

// quotes turns reporting verbs with a speaker into quotes: what follows
// "إن/أن" or a colon, or the words in quotation marks.
func (e *Extractor) quotes(dc *doc) []hadath.Quote {
	var out []hadath.Quote
	for i := range dc.x.Tokens {
		if !dc.cueAt[i].has(cueSay) || (i > 0 && dc.cueAt[i-1].has(cueSay)) {
			continue
		}
		a := dc.speaker(i)
		if a < 0 {
			continue
		}
		_, sl := dc.sentence(dc.x.Tokens[i].Sent)
		from := max(i+1, dc.actors[a].Last)
		q, ok := dc.quoteSpan(from, sl)
		if !ok {
			continue
		}
		sp := dc.actors[a].Actor
		out = append(out, hadath.Quote{Speaker: &sp, Verb: sayVerb(dc.x.Tokens[i].Key()),
			Text: q.Text, Start: q.Start, End: q.End, Direct: q.direct})
	}
	return out
}

type quoteSpan struct {
	hadath.Span
	direct bool
}

// quoteSpan finds the content of a statement in tokens from..sl-1.
func (dc *doc) quoteSpan(from, sl int) (quoteSpan, bool) {
	for j := from; j < min(sl, from+12); j++ {
		t := &dc.x.Tokens[j]
		switch {
		case t.Kind == ar.Punct && (t.Norm == "“" || t.Norm == "\"" || t.Norm == "«"):
			for k := j + 1; k < sl; k++ {
				if u := dc.x.Tokens[k].Norm; u == "”" || u == "\"" || u == "»" {
					if k > j+1 {
						return quoteSpan{dc.tokSpan(j+1, k), true}, true
					}
					break
				}
			}
		case t.Norm == "ان" || t.Norm == "انه" || t.Norm == "انها" || t.Norm == ":":
			if j+1 < sl {
				end := sl
				if dc.x.Tokens[end-1].Kind == ar.Punct {
					end--
				}
				if end > j+1 {
					return quoteSpan{dc.tokSpan(j+1, end), false}, true
				}
			}
			return quoteSpan{}, false
		}
	}
	return quoteSpan{}, false
}

// sayVerb glosses a reporting verb in English.
func sayVerb(key string) string {
	switch {
	case hasAnyPrefix(key, "اكد", "يءكد", "تءكد", "وءكد"):
		return "confirmed"
	case hasAnyPrefix(key, "اعلن", "يعلن", "تعلن"):
		return "announced"
	case hasAnyPrefix(key, "اضاف", "يضيف", "تضيف"):
		return "added"
	case hasAnyPrefix(key, "افاد", "يفيد", "تفيد"):
		return "reported"
	case hasAnyPrefix(key, "حذر", "يحذر", "تحذر"):
		return "warned"
	}
	return "said"
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}

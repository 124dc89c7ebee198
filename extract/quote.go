package extract

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

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

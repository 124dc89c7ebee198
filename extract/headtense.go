package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// headlineTense joins a headline's event told by a verb in the present to
// the lead's event of its type, when the lead tells it in another time
// than the one the headline's event was read in and tells none of that
// type in the headline's: a headline's present verb tells the news
// whatever its time ("الوزير يزور بغداد"), and the lead says when, to come
// ("يبدأ الوزير غدا زيارة إلى العراق") or done ("زار الوزير اليوم
// العاصمة"). The joined event takes the lead's modality and day. What is
// said (a call, a refusal) is said now and stays as it is, as does a
// headline event already joined to a mention of the body.
func (dc *doc) headlineTense(cs []*cand) []*cand {
	if dc.headline == 0 {
		return cs
	}
	joined := false
	for _, c := range cs {
		if c.dead || c.modality != hadath.Asserted && c.modality != hadath.Future || verbal(c.typ) || len(c.sents) != 1 || c.sents[0] >= dc.headline || !dc.presentTrigger(c) {
			continue
		}
		var lead *cand
		same := false
		for _, o := range cs {
			if o.dead || o == c || o.typ != c.typ || o.sents[0] != dc.headline {
				continue
			}
			switch {
			case o.modality == c.modality:
				same = true
			case o.modality == hadath.Asserted || o.modality == hadath.Future:
				if lead == nil {
					lead = o
				}
			}
		}
		if lead != nil && !same {
			lead.absorb(c)
			joined = true
		}
	}
	if !joined {
		return cs
	}
	return alive(cs)
}

// presentTrigger reports whether c's trigger is a verb in the present
// without the future prefix: يزور، تجتمع، يلتقي. A form that is a noun
// too must begin with ي: تفجير and تظاهرة begin with ت.
func (dc *doc) presentTrigger(c *cand) bool {
	if !c.trig.Verb || c.definite || c.future {
		return false
	}
	w := strings.TrimLeft(dc.x.Tokens[c.first].Norm, "وف")
	if c.trig.Noun && !strings.HasPrefix(w, string(ar.Yeh)) {
		return false
	}
	return imperfectVerb(w) && !futurePrefixed(w)
}

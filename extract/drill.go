package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// drillReach is how many words after a drill's noun jointDrill reads for
// the forces that hold it together.
const drillReach = 7

// jointDrill reports whether the military drill named at trigger match
// tm is held by the forces of more than one state, which the annotation
// codes as cooperation, not mobilization (docs/annotation.md: "a joint
// exercise or joint operation of two countries' forces"). Within its
// clause, up to drillReach words on, the noun is
//
//   - called joint, or held between the two sides ("مناورات بحرية
//     مشتركة", "تدريبات جوية بين البلدين": the JOINT cues);
//   - held with a party ("تدريبات تجريها مع الجيش الأردني");
//   - an alliance's ("مناورات واسعة لحلف الأطلسي");
//   - named with two states ("المناورات المصرية الفرنسية", "تدريبات
//     بين اليابان والهند").
//
// The drill nouns are the DRILL cues of cues.tsv; a drill of one state's
// forces ("أجرى الجيش مناورات بالذخيرة الحية") stays a mobilization.
func (e *Extractor) jointDrill(dc *doc, tm *lexicon.TriggerMatch, c *cand) bool {
	if !dc.cueAt[tm.First].has(cueDrill) {
		return false
	}
	if c.actor != nil && c.actor.Sector == hadath.SectorIGO && c.actor.Country == "" {
		return true // "ويستعرض الحلف قوته بمناورات ضخمة"
	}
	end := dc.clauseEnd(tm.Last, drillReach)
	country, two := e.drillNisbas(dc, tm.Last, end)
	if two {
		return true
	}
	for i := tm.First; i < end; i++ {
		if dc.cueAt[i].has(cueJoint) {
			return true
		}
		a := dc.actorAt[i]
		if a < 0 {
			continue
		}
		m := &dc.actors[a]
		switch {
		case m.Actor.Sector == hadath.SectorIGO && m.Actor.Country == "":
			return true
		case i > tm.First && dc.x.Tokens[i-1].Norm == "مع" && m.Actor.Country != "":
			return true
		case m.Actor.Country != "" && country != "" && m.Actor.Country != country:
			return true
		case m.Actor.Country != "":
			country = m.Actor.Country
		}
		i = max(i, m.Last-1)
	}
	return false
}

// drillNisbas reads the adjectives right after a drill's noun, from
// token i up to end: the state they name ("" for none), and whether they
// name two ("المناورات المصرية الفرنسية"). Adjectives of no state
// (العسكرية، البحرية) are passed over; any other word ends them.
func (e *Extractor) drillNisbas(dc *doc, i, end int) (country string, two bool) {
	for ; i < end; i++ {
		t := &dc.x.Tokens[i]
		iso, ok := e.actors.Demonym(t.Key())
		switch {
		case ok && country != "" && iso != country:
			return country, true
		case ok:
			country = iso
		case !strings.HasSuffix(t.Key(), nisba):
			return country, false
		}
	}
	return country, false
}

// nisba is how an adjective of relation ends once folded: ية read as يه.
const nisba = string(ar.Yeh) + string(ar.Heh)

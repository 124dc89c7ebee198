package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// endangers reports whether a present-tense form of هدد ("يهدد", "تهدد")
// means "puts at risk" rather than "threatens to": a threat says what will
// be done, with ب (يهدد بفرض عقوبات) or in quotes after a colon, while
// "مما يهدد حياة المدنيين" names no act. A headline in the present tense
// tells the news ("إسرائيل تهدد إيران").
func (dc *doc) endangers(c *cand) bool {
	if c.typ != hadath.Threaten || !c.trig.Verb || !presentThreat[c.trig.Form] || c.sent < dc.headline {
		return false
	}
	_, sl := dc.sentence(c.sent)
	for i := c.last; i < min(sl, c.last+threatReach); i++ {
		t := &dc.x.Tokens[i]
		if t.Kind == ar.Punct {
			if t.Norm == ":" {
				return false
			}
			if isBreak(t) {
				break
			}
			continue
		}
		if withBeh(t) {
			return false
		}
	}
	return true
}

// threatReach is how many tokens after a threat verb its ب complement may
// stand: "تهدد أنقرة واشنطن بالرد".
const threatReach = 5

// presentThreat holds the present-tense forms of هدد as the trigger file
// writes them.
var presentThreat = map[string]bool{
	"يهدد": true, "تهدد": true, "يهددون": true, "يهددان": true, "تهددان": true, "نهدد": true,
}

// withBeh reports whether a word carries the preposition ب, or is ب
// itself drawn out before quotes (بـ"): بفرض، وبالرد.
func withBeh(t *ar.Token) bool {
	if strings.TrimLeft(t.Norm, "وف") == string(ar.Beh) {
		return true
	}
	for i := range t.NumKeys() {
		if strings.Contains(t.Proclitics(i), string(ar.Beh)) {
			return true
		}
	}
	return false
}

// aidFor reports whether an aid trigger is governed by ل, naming what
// money or a plan is for ("ما تحتاجه للمساعدات الإنسانية", "لتزويد
// الجيش", "السماح لوصول المساعدات"): aid needed or meant, not given. After
// a word of aid itself ل is "of": "قافلة للمساعدات".
func (dc *doc) aidFor(c *cand) bool {
	if c.typ != hadath.Aid || !withLam(&dc.x.Tokens[c.first]) {
		return false
	}
	if c.first > 0 && dc.x.Tokens[c.first-1].Sent == c.sent {
		if k := dc.trigAt[c.first-1]; k >= 0 {
			for _, t := range dc.trigs[k].Triggers {
				if t.Type == hadath.Aid {
					return false
				}
			}
		}
	}
	return true
}

// withLam reports whether a word carries the preposition ل: للمساعدات،
// لتزويد.
func withLam(t *ar.Token) bool {
	for i := range t.NumKeys() {
		if strings.HasPrefix(strings.TrimLeft(t.Proclitics(i), "وف"), string(ar.Lam)) {
			return true
		}
	}
	return false
}

// phraseSubject returns the named actor inside a trigger phrase after its
// first word ("فرضت واشنطن عقوبات", "انسحاب الولايات المتحدة من الاتفاق"),
// or -1. Generic people inside one are what it was done to ("طرد
// دبلوماسيين"), unless the article marks them as forces or a state's
// body the verb names as its subject ("أوقفت السلطات التركية"، "انسحبت
// القوات الكردية"), and a city in the name of an accord
// is no party to it ("اتفاق أوسلو").
func (dc *doc) phraseSubject(c *proposal) int {
	if c.typ == hadath.Agree {
		return -1
	}
	for i := c.first + 1; i < c.last; i++ {
		a := dc.actorAt[i]
		if a < 0 || dc.actors[a].First != i {
			continue
		}
		if m := &dc.actors[a]; !m.Actor.Generic && m.Last <= c.last ||
			m.Actor.Generic && c.trig.Verb && i == c.first+1 && hasArticle(&dc.x.Tokens[i]) && (stateSector(m.Actor.Sector) || m.Actor.Sector == hadath.SectorArmedGroup) {
			return int(a)
		}
	}
	return -1
}

// recalled reports whether a word of consultation governed by ل follows,
// in its clause, an envoy (ENVOY, OWN_ENVOY): "استدعت سفيرها لدى البرازيل
// للتشاور" recalls an ambassador "for consultations", which holds no
// talks.
func (dc *doc) recalled(c *cand) bool {
	return c.typ == hadath.Consult && withLam(&dc.x.Tokens[c.first]) && dc.cueBefore(c, cueEnvoy, recallReach)
}

// recallReach is how many words before "للتشاور" the envoy recalled may
// stand: the envoy, his post and its country.
const recallReach = 8

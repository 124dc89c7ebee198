package extract

import (
	"sort"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// Charges and the states a statement names by their adjective: who
// accuses whom when the words of the accusation are the deed charged.

// charge reports whether p is a charge laid (a violation, a breach, "on
// the charge of": the ACCUSE forms whose grammatical subject is the one
// accused, flagged passive in the lexicon), or the words of a charge a
// speaker lays (charging: "قال إن ... انتهاك واضح من قبل").
func charge(p *proposal) bool {
	return p.typ == hadath.Accuse && (p.trig.Passive && p.trig.Speech || p.trig == charging)
}

// chargeParties reads the accuser and the accused of charge p. The
// accused is the doer of the deed charged: the subject of the verb
// ("قال الوزير إن روسيا انتهكت القرار"), the agent after من قبل, the party
// the noun is annexed to (انتهاكات إسرائيل), or, for "on the charge of",
// the one charged before it ("أوقفت الشرطة الممثل فلان بتهمة"). The
// accuser is the first party its sentence names before it, not after a
// preposition: the speaker (قال الوزير إن), or the authority that charged
// (أوقفت الشرطة).
func (dc *doc) chargeParties(p *proposal) (accuser, accused int) {
	accused = dc.actorAfter(p.last, 14, func(prep string) bool { return prep == "agent" })
	switch {
	case accused >= 0:
	case p.trig.Verb && !p.definite:
		if accused = dc.subjectBefore(p.first); accused < 0 {
			accused = dc.subjectAfter(p.last)
		}
	case strings.HasPrefix(p.trig.Form, string(ar.Beh)): // بتهمة
		accused = dc.actorBefore(p.first, 6)
	default:
		if accused = dc.actorAfter(p.last, 2, noPrep); accused < 0 && p.trig == charging {
			accused = dc.thatSubject(p.first)
		}
	}
	sf, _ := dc.sentence(p.sent)
	k := sort.Search(len(dc.actors), func(i int) bool { return dc.actors[i].First >= sf })
	for ; k < len(dc.actors) && dc.actors[k].First < p.first; k++ {
		if k != accused && dc.actorPrep(k) == "" {
			return k, accused
		}
	}
	return -1, accused
}

// thatSubject returns the party that opens the clause after the bare إن
// or أن before token i, the subject a charge is said of ("وأكد الوزير أن
// إيران مسؤولة عن الهجوم"), or -1: the first party between them with no
// preposition, in i's clause.
func (dc *doc) thatSubject(i int) int {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	for j := i - 1; j >= sf && j >= i-chargeReach; j-- {
		if !dc.bareThat(j) {
			if clauseBreak[dc.x.Tokens[j].Norm] || isBreak(&dc.x.Tokens[j]) {
				return -1
			}
			continue
		}
		for k := j + 1; k < i; k++ {
			if a := dc.actorAt[k]; a >= 0 {
				if dc.actorPrep(int(a)) == "" {
					return int(a)
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// deedAt reports whether token i is a trigger of a deed, an event that is
// not a statement (الهجوم، الغارات; not الانتهاكات, a charge).
func (dc *doc) deedAt(i int) bool {
	k := dc.trigAt[i]
	if k < 0 {
		return false
	}
	for _, t := range dc.trigs[k].Triggers {
		if !verbal(t.Type) {
			return true
		}
	}
	return false
}

// objectDemonym returns the country of the demonym adjective that the
// noun opening a verb's object at token i takes ("بالانتهاكات
// الإسرائيلية"، "التدخل التركي"), or "". Noun and adjective agree in the
// article; neither is a party or a place, and the noun names no deed of
// its own (deedAt).
func (e *Extractor) objectDemonym(dc *doc, i int) string {
	toks := dc.x.Tokens
	if i <= 0 || i+1 >= len(toks) {
		return ""
	}
	s := toks[i-1].Sent
	for j := i; j < i+2 && j+1 < len(toks); j++ {
		n, a := &toks[j], &toks[j+1]
		if n.Sent != s || a.Sent != s || n.Kind != ar.Word || a.Kind != ar.Word {
			return ""
		}
		if dc.actorAt[j] >= 0 || dc.placeAt[j] >= 0 || dc.actorAt[j+1] >= 0 || dc.placeAt[j+1] >= 0 || dc.deedAt(j) {
			return "" // an event noun names a deed whose doer is read with it (بالهجوم الإسرائيلي)
		}
		if c, ok := e.actors.Demonym(a.Key()); ok && hasArticle(n) == hasArticle(a) {
			return c
		}
	}
	return ""
}

// deedDemonym returns the country of the demonym adjective right after
// the trigger of p, a noun of wrongdoing whose subject is the one
// accused (الانتهاكات، الخروقات: Passive in the lexicon): "الانتهاكات
// الإسرائيلية"، "خروقات حوثية". The adjective agrees with the noun in
// the article, in p's sentence, and is no party or place of its own.
func (e *Extractor) deedDemonym(dc *doc, p *proposal) string {
	toks := dc.x.Tokens
	i := p.last
	if i <= p.first || i >= len(toks) || toks[i].Sent != toks[p.first].Sent || toks[i].Kind != ar.Word {
		return ""
	}
	if dc.actorAt[i] >= 0 || dc.placeAt[i] >= 0 || hasArticle(&toks[i-1]) != hasArticle(&toks[i]) {
		return ""
	}
	c, _ := e.actors.Demonym(toks[i].Key())
	return c
}

// heldReach is how many tokens at most stand between a detention or a
// sentence and the "on the charge of" that ends its clause.
const heldReach = 12

// chargedOf gives a charge laid "on the charge of" (بتهمة) the parties of
// the detention or sentence its clause tells, when its own reading left
// them out: the one held or sentenced is the one charged, and the
// authority that holds him is the accuser ("حكمت محكمة على الناشط فلان
// بالسجن عامين بتهمة التحريض"). An accuser read as the one held is that
// authority instead.
//
// The events are in text order: only those before c in its sentence are
// looked at, the nearest first.
func (dc *doc) chargedOf(cs []*cand) {
	for i, c := range cs {
		if c.dead || c.typ != hadath.Accuse || !strings.HasPrefix(c.trig.Form, string(ar.Beh)) {
			continue
		}
		var held *cand
		for k := i - 1; k >= 0 && cs[k].sent == c.sent; k-- {
			if d := cs[k]; !d.dead && d.typ == hadath.Coerce && d.last <= c.first && c.first-d.last <= heldReach {
				held = d
				break
			}
		}
		if held == nil || held.target == nil || dc.clauseBetween(held.last, c.first) {
			continue
		}
		if c.actor != nil && oneParty(c.actor, held.target) {
			c.actor = nil
		}
		if c.target == nil {
			c.target = held.target
		}
		if c.actor == nil && held.actor != nil && !oneParty(held.actor, c.target) {
			c.actor = held.actor
		}
	}
}

// clauseBetween reports whether a new clause opens in tokens from..to-1:
// a word that opens one (clauseBreak) or a bare إن or أن.
func (dc *doc) clauseBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if clauseBreak[dc.x.Tokens[j].Norm] || dc.bareThat(j) {
			return true
		}
	}
	return false
}

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
		accused = dc.actorAfter(p.last, 2, noPrep)
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

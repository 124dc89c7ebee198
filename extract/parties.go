package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// continueSubject gives a verb of speech or meeting that names no
// subject the actor of the event told just before it, when the verb goes
// on from it: joined by و or ف in the same sentence (أصدرت الوزارة بيانا
// وطلبت من تركيا), or opening the next sentence (وطالب بلجنة تحقيق).
func (dc *doc) continueSubject(c *cand, tm *lexicon.TriggerMatch, prev *cand) {
	if prev.actor == nil || (c.target != nil && sameActor(prev.actor, c.target)) {
		return
	}
	t := &dc.x.Tokens[tm.First]
	if tm.Start == t.Start {
		return
	}
	if pre := dc.x.Src[t.Byte:dc.byteAt(tm.First, tm.Start)]; !strings.ContainsRune(pre, ar.Waw) && !strings.ContainsRune(pre, ar.Feh) {
		return
	}
	sf, _ := dc.sentence(c.sent)
	switch {
	case prev.sent == c.sent:
	case prev.sent == c.sent-1 && tm.First == sf:
	default:
		return
	}
	a := *prev.actor
	c.actor = &a
	if c.target == nil && prev.target != nil && dc.pronounObjectAfter(c.first) && !sameActor(prev.target, c.actor) {
		t := *prev.target
		c.target = &t // "طردت السفير، متهمة إياه": the pronoun takes back whom the deed befell
	}
}

// accusedAlone reports whether party a, right after a verb of accusing
// (اتهم، يتهم) or of laying blame (حمّل) with no pronoun on it, is the
// one accused, the accuser left unnamed: no other party follows it
// before the charge, which opens with ب ("واتهم واشنطن بمحاولة ..."),
// or the responsibility ("وحمل إسرائيل المسؤولية").
// With two parties the first is the accuser ("اتهم الوزير إيران
// بالتدخل").
func (dc *doc) accusedAlone(p *proposal, a int) bool {
	end := dc.actors[a].Last
	if p.last != p.first+1 || end >= len(dc.x.Tokens) || dc.x.Tokens[end].Kind != ar.Word || dc.actorAt[end] >= 0 {
		return false
	}
	verb := strings.TrimLeft(dc.x.Tokens[p.first].Norm, "وف")
	switch {
	case p.trig == blaming:
		// "وحمل إسرائيل مسؤولية التصعيد": the one blamed, then the
		// responsibility.
		return blameVerbs[verb] && dc.cueAt[end].has(cueBlameNoun)
	case accuseVerbs[p.trig.Form] || accuseNouns[p.trig.Form]:
		// "تتهمه أنقرة بـ": the pronoun is the accused, the party the
		// accuser. "اتهام روسيا بالتدخل": the noun's one party with the
		// charge after it is the accused, as the verb's is.
		return (accuseVerbs[verb] || accuseNouns[verb]) && withBeh(&dc.x.Tokens[end])
	}
	return false
}

// blameVerbs are the folded forms of حمّل (to lay on) with no pronoun on
// them, which take the one blamed and then the responsibility.
var blameVerbs = set("حمل", "حملت", "حملوا", "حملا", "يحمل", "تحمل", "يحملون", "نحمل")

// accuseVerbs are the forms of اتهم, as the trigger file writes them,
// that take the accused and then the charge with ب.
var accuseVerbs = set("اتهم", "اتهمت", "اتهموا", "اتهما", "يتهم", "تتهم", "يتهمون", "نتهم")

// accuseNouns are the verbal nouns of اتهم, folded, that take the accused
// and then the charge with ب, as the verbs do ("اتهام روسيا بالتدخل").
var accuseNouns = set("اتهام", "اتهامات")

// stateParticiple reports whether token i is an active participle in
// the accusative that tells the state of a clause's subject: مطالبا،
// متهما، محذرا، داعيا (folded, without harakat), or, right after a comma
// or before a pronoun of the object (متهمة إياه), their feminine forms
// (، متهمة، مطالبة، داعية), which elsewhere are more often nouns (a
// demand, the accused). Such a participle has no
// subject of its own.
func (dc *doc) stateParticiple(i int) bool {
	if i > 0 && (dc.afterComma(i) || dc.pronounObjectAfter(i)) && dc.endsInTehMarbuta(i) {
		return dc.participleShape(i, ar.Heh) // ة folds to ه
	}
	return dc.participleShape(i, ar.Alef)
}

// pronounObjectAfter reports whether the word after token i is the
// pronoun of an object standing apart (إياه، إياها، إياهم): the word
// before it is a verb or a participle, not a noun ("متهمة إياه").
func (dc *doc) pronounObjectAfter(i int) bool {
	return i+1 < len(dc.x.Tokens) && strings.HasPrefix(dc.x.Tokens[i+1].Norm, "ايا") && utf8.RuneCountInString(dc.x.Tokens[i+1].Norm) <= 5
}

// afterComma reports whether token i follows a comma.
func (dc *doc) afterComma(i int) bool {
	p := dc.x.Tokens[i-1].Norm
	return dc.x.Tokens[i-1].Kind == ar.Punct && (p == string(ar.ArabicComma) || p == ",")
}

// endsInTehMarbuta reports whether the last letter of token i, as
// written, is ة (not a pronoun ه: مطالبته).
func (dc *doc) endsInTehMarbuta(i int) bool {
	t := &dc.x.Tokens[i]
	w := strings.TrimRightFunc(dc.x.Slice(t.Byte, t.ByteEnd), func(r rune) bool { return r >= ar.Fathatan && r <= ar.Sukun })
	last, _ := utf8.DecodeLastRuneInString(w)
	return last == ar.TehMarbuta
}

// participleShape reports whether token i has the shape of an active
// participle ending in letter end: مفعل، مفاعل، متفعل, or فاعي.
func (dc *doc) participleShape(i int, end rune) bool {
	var w [6]rune // the first letters are enough; n counts them all
	n := 0
	for _, r := range strings.TrimPrefix(dc.x.Tokens[i].Norm, string(ar.Waw)) {
		if n < len(w) {
			w[n] = r
		}
		n++
	}
	last, _ := utf8.DecodeLastRuneInString(dc.x.Tokens[i].Norm)
	switch {
	case n < 5 || last != end:
		return false
	case w[0] == ar.Meem:
		return true // مفعلا، مفاعلا، متفعلا: مطالبا، محذرا، متهما
	case n == 5 && w[1] == ar.Alef && w[3] == ar.Yeh:
		return true // فاعيا: داعيا
	}
	return false
}

// shareSubject gives c, told by a participle of state, the actor of the
// event prev told just before it in the same sentence ("انتقد الوزير
// القرار، مطالبا بإلغائه").
func (dc *doc) shareSubject(c, prev *cand) {
	if prev.sent != c.sent || prev.actor == nil || (c.target != nil && sameActor(prev.actor, c.target)) {
		return
	}
	a := *prev.actor
	c.actor = &a
	if c.target == nil && prev.target != nil && dc.pronounObjectAfter(c.first) && !sameActor(prev.target, c.actor) {
		t := *prev.target
		c.target = &t // "طردت السفير، متهمة إياه": the pronoun takes back whom the deed befell
	}
}

// takeSubject gives c, told by a participle of state, the actor of the
// event prev told before it in the same sentence when the party the rules
// read as c's actor stands between the two triggers: that party is prev's
// object, not the participle's subject ("هاجم زعيم المعارضة الرئيسَ،
// متوعدا بالرد" threatens from the opposition leader). The displaced
// party becomes c's target when c has none.
func (dc *doc) takeSubject(c, prev *cand) {
	if prev.sent != c.sent || prev.actor == nil || c.actor.Span == nil || sameActor(prev.actor, c.actor) {
		return
	}
	at := c.actor.Span.Start
	if at < dc.x.Tokens[prev.first].Start || at >= dc.x.Tokens[c.first].Start {
		return
	}
	displaced, a := c.actor, *prev.actor
	c.actor = &a
	if c.target == nil {
		c.target = displaced
	} else if sameActor(c.target, c.actor) {
		c.target = nil
	}
}

// mutual reports whether events of a type are told as between two
// parties: meetings, agreements, cooperation and fighting.
func mutual(typ string) bool {
	switch typ {
	case hadath.Consult, hadath.Agree, hadath.Cooperate, hadath.Assault:
		return true
	}
	return false
}

// between reads "بين A و B" within limit tokens from token i, in the
// sentence of token i-1: it returns the actor mentions A and B, or -1, -1.
func (dc *doc) between(i, limit int) (a, b int) {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return -1, -1
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	for j := i; j < min(sl, i+limit); j++ {
		t := &dc.x.Tokens[j]
		if isBreak(t) || dc.trigAt[j] >= 0 && j > i {
			return -1, -1
		}
		if strings.TrimPrefix(t.Norm, "و") != "بين" || j+1 >= sl {
			continue
		}
		a := int(dc.actorAt[j+1])
		if a < 0 || dc.actors[a].First != j+1 {
			return -1, -1
		}
		k := dc.skipSponsors(dc.actors[a].Last, sl)
		if k >= sl || dc.actorAt[k] < 0 {
			return -1, -1
		}
		b := int(dc.actorAt[k])
		m := &dc.actors[b]
		if m.First != k || m.Start == dc.x.Tokens[k].Start ||
			ar.Fold(dc.x.Src[dc.x.Tokens[k].Byte:dc.byteAt(k, m.Start)]) != "و" {
			return -1, -1
		}
		if dc.actors[a].Actor.Name == m.Actor.Name {
			return -1, -1
		}
		return a, b
	}
	return -1, -1
}

// judgedGap is how many tokens may stand between a verb of condemnation
// and the deed it names (أدانت بشدة القصف).
const judgedGap = 3

// linkJudged links each accusation that names no target before it to
// the deed told right after its trigger in the same sentence ("ندد
// بالهجوم الإسرائيلي", "أدانت قصف الغوطة"): whoever did the deed is
// accused.
func (dc *doc) linkJudged(cs []*cand) {
	for _, c := range cs {
		if c.dead || c.typ != hadath.Accuse || charges(&dc.x.Tokens[c.first]) {
			continue
		}
		from := c.last // after a subject that follows the verb
		if from < len(dc.x.Tokens) {
			if a := dc.actorAt[from]; a >= 0 && dc.actors[a].First == from && dc.actorPrep(int(a)) == "" {
				from = dc.actors[a].Last
			}
		}
		for _, d := range cs {
			if d == c || !force(d.typ) {
				continue
			}
			live := d
			for live.dead && live.host != nil {
				live = live.host
			}
			for _, m := range d.mentions[:1] {
				if m >= from && m < from+judgedGap && dc.x.Tokens[m].Sent == c.sent && dc.actorWithin(from, m+1) < 0 &&
					(c.target == nil || c.target.Span != nil && c.target.Span.Start >= dc.x.Tokens[m].Start) {
					// A target the rules read after the deed is the deed's
					// own ("ندد بالغارات الروسية على المدنيين": the
					// civilians were struck, not accused).
					c.judged, c.target = live, nil
				}
			}
		}
	}
}

// charges reports whether t is a word of the root of تهمة (اتهم،
// يتهمون، اتهامات): after it, ب names the deed the accused is charged
// with, not one that is condemned.
func charges(t *ar.Token) bool {
	return strings.Contains(t.Norm, "تهم")
}

// condemns reports whether the trigger of accusation c holds a word of
// condemning (CONDEMN): "وصف الوزير نشر الجنود بأنه قرار حكيم" judges
// a deed of his own.
func (dc *doc) condemns(c *cand) bool {
	return dc.cueWithin(c.first, c.last, cueCondemn)
}

// notDoers takes from each deed an accusation condemns, once the roles
// are decided, a doer who is the one condemning it: "أدانت الحكومة
// اغتيال القيادي" names no killer. A hard rule: one does not condemn
// one's own deed. Nor are the very words naming the one who condemns,
// criticises or otherwise judges a deed the deed's target ("أعربت
// الخارجية عن إدانتها للهجوم على المسجد": the ministry condemns, the
// mosque was struck); one who condemns a deed done to it is named again
// for that ("للهجوم على سفارتها").
func (dc *doc) notDoers(cs []*cand) {
	for _, c := range cs {
		d := c.judged
		if c.dead || d == nil || d.dead || c.actor == nil {
			continue
		}
		if t := d.target; t != nil && t.Span != nil && c.actor.Span != nil && *t.Span == *c.actor.Span {
			// The words naming one who judges a deed, in praise or
			// blame, do not name whom it befell ("انتقدت المنظمة حملة
			// القمع التي تشنها السلطات").
			d.target = nil
		}
		if !dc.condemns(c) {
			continue
		}
		if d.actor != nil && sameActor(c.actor, d.actor) {
			d.actor = nil
		}
	}
}

// officesStrikeNot settles an attack whose doer, once the roles are
// decided, is of the government sector: a state, or its government or
// regime unnamed, strikes with its forces ("قصفت إسرائيل مواقع": the
// Israeli military; "هجوم النظام السوري": Syria's), and a named
// ministry, office or politician does not strike at all; it is who
// tells of the attack or condemns it ("قالت وزارة الصحة إن شابا قتل").
// On the five folds none of fifteen such doers was right.
func (e *Extractor) officesStrikeNot(cs []*cand) {
	for _, c := range cs {
		if c.dead || c.typ != hadath.Assault || c.actor == nil || c.actor.Sector != hadath.SectorGovernment {
			continue
		}
		if (c.actor.Kind == hadath.GPE || c.actor.Generic) && c.actor.Country != "" {
			a := *e.genericActor(c.actor.Country, hadath.SectorMilitary)
			a.Span = c.actor.Span
			c.actor = &a
		} else {
			c.actor = nil
		}
	}
}

// ownForcesStrikeNot takes from the deaths or wounds of a state's forces
// a doer of that same state (its forces or its government): the one who
// tells of its own dead ("وأعلنت الوزارة مقتل رجل أمن في انفجار عبوة")
// did not strike them; forces it names with no country of their own are
// its forces. Over the corpus most such doers were the victims' own side;
// an attack of another word whose target was misread as the doer's own
// (a brigade's name, "حرس حدود") keeps its doer.
func (e *Extractor) ownForcesStrikeNot(dc *doc, cs []*cand) {
	for _, c := range cs {
		a, t := c.actor, c.target
		if c.dead || c.typ != hadath.Assault || !dc.cueAt[c.first].has(cueKill|cueInjure) || a == nil || t == nil || !t.Generic || a.Country == "" ||
			t.Sector != hadath.SectorMilitary && t.Sector != hadath.SectorPolice || !stateSector(a.Sector) ||
			t.Country != "" && t.Country != a.Country {
			continue
		}
		if t.Country == "" {
			own := *e.genericActor(a.Country, t.Sector)
			own.Span = t.Span
			c.target = &own
		}
		c.actor = nil
	}
}

// settleJudged gives an accusation the doer of the deed it condemns as
// its target.
func settleJudged(c *cand) {
	d := c.judged
	if c.dead || d == nil || c.target != nil || d.actor == nil || (c.actor != nil && sameActor(c.actor, d.actor)) {
		return
	}
	a := *d.actor
	c.target = &a
}

// parties are who did it and to whom, as the syntax around a trigger
// reads them.
type parties struct {
	actor, target *hadath.Actor
	// dropped marks a verb whose subject the text leaves unsaid: it goes
	// on from the subject before (settle reads it).
	dropped bool
}

// undergone reports whether the trigger of p is what a verb of
// undergoing or receiving a few words before it in its clause governs
// ("تعرض الوزير لانتقادات", "تلقى الرئيس اتصالا هاتفيا"): that verb's
// subject is the target, as of a passive trigger. A trigger after another
// trigger, or with ب or ك, is not its object.
func (dc *doc) undergone(p *proposal) bool {
	if w := strings.TrimLeft(dc.x.Tokens[p.first].Norm, "وف"); strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال") {
		return false // "تلقي باللوم": she casts the blame (تلقي, not تلقى)
	}
	sf, _ := dc.sentence(p.sent)
	for i := p.first - 1; i >= sf && i >= p.first-undergoGap; i-- {
		if dc.cueAt[i].has(cueUndergoVerb) {
			return true
		}
		if isBreak(&dc.x.Tokens[i]) || dc.trigAt[i] >= 0 {
			return false
		}
	}
	return false
}

// undergoGap is how many words may stand between a verb of undergoing
// and the noun it governs: its subject, a name of several words.
const undergoGap = 8

// readParties reads the actor and target of p by its trigger's syntax.
func (e *Extractor) readParties(dc *doc, p *proposal) parties {
	var out parties
	tr := p.trig
	if mutual(p.typ) {
		// "محادثات بين أنقرة وواشنطن", "اشتباكات بين الجيش والمسلحين":
		// the first party acts, the second is its counterpart.
		if a, b := dc.between(p.last, 6); a >= 0 {
			x, y := dc.actors[a].Actor, dc.actors[b].Actor
			out.actor, out.target = &x, &y
			return out
		}
	}
	var subj, obj int = -1, -1
	objFrom := p.last // where the verb's object begins, past its subject
	undergone := !tr.Passive && dc.undergone(p)
	met, goer := dc.purposeMeeting(p)
	deed := "" // the state a noun of violations names: "الخروقات الإسرائيلية"
	if p.typ == hadath.Accuse && tr.Passive {
		deed = e.deedDemonym(dc, p)
	}
	switch {
	case tr == obliging:
		// "قال الوزير إن على الحكومة أن تستقيل": the one who must is
		// named right after على; the one who says so is the speaker.
		obj = dc.actorAfter(p.last, 1, noPrep)
		if subj = dc.actorBefore(p.first, 8); subj < 0 {
			out.dropped = true
		}
	case charge(p):
		subj, obj = dc.chargeParties(p)
	case tr == expelling:
		subj, obj = dc.expelParties(p)
	case tr.Passive || undergone:
		if deed != "" {
			break // the violations' own adjective names who is accused (below)
		}
		obj = dc.actorAfter(p.last, 5, noPrep)
		if obj < 0 {
			obj = dc.actorBefore(p.first, 6)
		}
		// The doer of what was undergone or received follows من: "تعرض
		// لانتقادات من المعارضة".
		subj = dc.actorAfter(p.last, 14, func(p string) bool { return p == "agent" || undergone && p == "من" })
	case !force(p.typ) && dc.possessed(p.last-1) && dc.supported(p.last-1):
		// "أعرب الوزير عن رفضه", "وجدد إدانته للهجوم": the pronoun on
		// the noun is its doer, the subject of the verb that governs it.
		if subj = dc.actorBefore(dc.supportAt(p.last-1), 8); subj < 0 {
			out.dropped = true
		}
		obj = dc.targetAfter(p.last, 10, p.typ)
	case met >= 0:
		// "توجه الوزير إلى القاهرة للقاء الرئيس": whom one sets out
		// to meet is the other side; who sets out meets.
		subj, obj = goer, met
	case tr.Verb && dc.stateParticiple(p.first):
		// "..., مطالبا الحكومة بالتراجع": a participle of state goes
		// with the subject of the clause it follows; the noun phrase
		// after it is its object.
		subj = dc.actorBefore(p.first, 8)
		obj = dc.targetAfter(p.last, 10, p.typ)
	case tr.Verb && !(tr.Noun && p.definite && !dc.alVerb(p.first)): // with the article, a noun (القمة)
		// A noun phrase right before the verb is its subject (SVO);
		// otherwise Arabic puts the subject after the verb (VSO). After
		// "أنه", "إنها" the subject is a pronoun for whoever the main
		// clause names (قال الوزير إنه التقى السفير).
		// A verb phrase of several words (قام بزيارة، تم اعتقال، شن
		// هجوما، إغلاق مكتب) has left no room for a subject after its
		// verb: what follows it is its object, unless the phrase ends
		// in a preposition (أفرجت عنهم السلطات); a subject named inside
		// the phrase is its subject (فرضت واشنطن عقوبات).
		pron := dc.pronounComp(p.first)
		accused := -1
		if subj = dc.pronounSubject(p.first); subj >= 0 || pron {
		} else if subj = dc.subjectBefore(p.first); subj >= 0 {
		} else if p.typ == hadath.Assault && dc.attackSubject(p.first) {
			// "غارة جوية قتلت زعيم الحركة": the attack named before the
			// verb is its subject; the party after it is what it struck.
			obj = dc.subjectAfter(p.last)
		} else if p.last-p.first == 1 || dc.endsInPrep(p.last-1) {
			subj = dc.subjectAfter(p.last)
			if subj >= 0 && dc.accusedAlone(p, subj) {
				accused, subj = subj, -1
			}
		} else {
			subj = dc.phraseSubject(p)
		}
		if subj < 0 && !pron && accused < 0 {
			subj = dc.doerBefore(p)
		}
		if subj < 0 && !force(p.typ) && !dc.impersonal(p.first) {
			// No subject is named: the verb goes on from the subject of
			// its sentence or, opening one, of the sentence before
			// (settle reads it, once the event has been kept). Not for
			// attacks, arrests and deployments, whose sentences often
			// have their victims for subject.
			out.dropped = true
		}
		from := p.last
		if subj >= 0 && dc.actors[subj].First >= p.last {
			from = dc.actors[subj].Last
			if !mutual(p.typ) || oneSided(p) {
				// دعت أمريكا وفرنسا وبريطانيا إلى; شنت واشنطن مع باريس
				// ولندن ضربات: those named with the subject act with it.
				from = dc.skipConjuncts(from)
				if oneSided(p) {
					from = dc.skipWith(from)
				}
			}
			from = dc.pastComma(from)
		}
		objFrom = from
		obj = dc.targetAfter(from, 10, p.typ)
		if accused >= 0 {
			obj = accused
		}
		if subj >= 0 && p.typ == hadath.Assault && dc.cueAt[p.first].has(cueKill|cueInjure) &&
			(dc.actors[subj].First >= p.last && dc.harmedBy(dc.actors[subj].Last) ||
				dc.actors[subj].Last <= p.first && dc.harmedBy(p.last) && !dc.countAfter(p.last, harmObjectGap)) {
			// "قتل قيادي حوثي في غارة للتحالف", "القيادي ومرافقوه
			// قتلوا بغارات": who is named with a verb of death or
			// wounds, then the attack that caused it, suffered it; the
			// verb is passive, and who is named after the attack is
			// the attack's.
			subj, obj = -1, subj
		}
	default: // an event noun
		// A noun with an attached pronoun governs no noun after it: in
		// "جدد الجيش غاراته مستهدفا الحركة" the pronoun is the doer,
		// and what follows is not.
		owned := dc.possessed(p.first)
		if a := dc.actorAfter(p.last, 2, noPrep); a >= 0 && !owned {
			// idafa: the agent (هجوم الحوثيين), or the patient of
			// coercion and of harm to people (اعتقال 14 شخصا، مقتل مدنيين،
			// مقتل 3 جنود أتراك): a word of death or wounds names who
			// suffered it.
			// A noun with its adjective (غارة جوية) has closed its
			// construct: the party after it is no agent of it, but what
			// the clause does to ("قتلت غارة جوية زعيم الحركة").
			if g := dc.actors[a].Actor; p.typ == hadath.Coerce || p.typ == hadath.Retreat || p.trig == denying || // مزاعم روسيا: the claimant
				g.Generic && g.Sector == hadath.SectorCivilians || dc.withAdjective(p) ||
				p.typ == hadath.Assault && dc.cueAt[p.first].has(cueKill|cueInjure) {
				obj = a
			} else {
				subj = a
			}
		}
		if subj < 0 && obj < 0 {
			subj = dc.relativeAgent(p)
		}
		if subj < 0 && p.typ == hadath.Assault && !owned {
			subj = dc.ownerAfter(p)
		}
		if subj < 0 && obj < 0 && owned && p.typ == hadath.Assault && !dc.cueAt[p.first].has(cueKill|cueInjure) {
			// "شن الجيش غاراته": the pronoun on an attack takes back
			// the one who strikes; on a death or a wound (مقتله), the
			// one who suffers it.
			subj = dc.doerBefore(p)
		}
		if a := dc.actorAfter(p.last, 14, func(p string) bool { return p == "agent" }); a >= 0 {
			subj = a
		}
		from := p.last
		if subj >= 0 && dc.actors[subj].First >= p.last {
			from = dc.actors[subj].Last
			if !mutual(p.typ) || oneSided(p) {
				// "غارات الجيش والتحالف على المدينة": those named with
				// the doer after the noun strike with it, as after a verb.
				from = dc.skipConjuncts(from)
			}
		}
		if obj < 0 {
			obj = dc.targetAfter(from, 10, p.typ)
		}
		if obj == subj {
			obj = -1
		}
		if subj < 0 && !(p.typ == hadath.Sanction && dc.missionIn(p.first, p.last)) {
			if country, own := e.demonymAfter(dc, p.first, p.last, !tr.Verb); country == "" {
			} else if p.typ == hadath.Assault && dc.cueAt[p.first].has(cueKill|cueInjure) {
				if obj < 0 {
					// مقتل فلسطينيين، إصابة جنود أمريكيين: the dead and
					// the hurt, not those who struck.
					out.target = e.genericActor(country, hadath.SectorCivilians)
				}
			} else if own && p.trig == denying {
				// "رفضت إيران الاتهامات الأمريكية": the charge denied is
				// the accuser's; its doer is who denies.
				out.target = e.genericActor(country, hadath.SectorGovernment)
			} else if own {
				out.actor = e.genericActor(country, defaultSector(p.typ))
			}
		}
	}
	if obj < 0 && p.typ == hadath.Sanction && dc.missionIn(p.first, p.last) {
		// "إغلاق القنصلية الأمريكية"، "طرد السفير الروسي": the state
		// whose mission is closed or envoy sent away is the one
		// sanctioned; the mission named in the trigger's words is not
		// the one that sanctions.
		if subj >= 0 && dc.actors[subj].First < p.last && dc.actors[subj].Last > p.first {
			subj = -1
		}
		if country, _ := e.demonymAfter(dc, p.first, p.last, true); country != "" &&
			(subj < 0 || dc.actors[subj].Actor.Country != country) {
			out.target = e.genericActor(country, hadath.SectorGovernment)
		}
	}
	if subj >= 0 && dc.actors[subj].Last <= p.first {
		// Parties named together before the verb: the first is its
		// subject, and the last, for a meeting or an agreement, its
		// counterpart ("الأردن وإسرائيل وقعتا اتفاقية"); those who strike
		// together strike side by side.
		if first := dc.firstConjunct(subj); first != subj {
			if mutual(p.typ) && p.typ != hadath.Assault && !oneParty(&dc.actors[first].Actor, &dc.actors[subj].Actor) {
				obj = subj
			}
			subj = first
		}
	}
	// A counterpart ("التقى الوزير نظيره المصري", "للقاء نظيرها
	// الروسي") is the other side of whoever it is the counterpart of,
	// who is then the subject of the sentence.
	if subj >= 0 && dc.actors[subj].Counterpart && obj < 0 {
		subj, obj = -1, subj
		out.dropped = !force(p.typ)
	}
	// Civilians named as the subject of an attack verb are its victims
	// (قتل سبعة جنود: "seven soldiers were killed").
	// So are people counted right after the verb (قتل 45 مسلحا).
	// And those who hold no power to arrest, named as the subject of a
	// verb of arrest or detention, are held (اعتقل الناشطون، أوقفت
	// الصحفية): the verb is passive.
	// Sites struck stand for the forces they hold, and strike no one
	// (هاجمت طائرات مسيرة القواعد الروسية).
	if subj >= 0 && obj < 0 && (p.typ == hadath.Assault && (dc.actors[subj].Actor.Sector == hadath.SectorCivilians || dc.cueAt[dc.actors[subj].First].has(cueSite)) ||
		p.typ == hadath.Coerce && powerless(dc.actors[subj].Actor.Sector) && tr.Verb ||
		(p.typ == hadath.Assault || p.typ == hadath.Coerce) && dc.counted(subj)) {
		subj, obj = -1, subj
	}
	if subj >= 0 && p.typ == hadath.Sanction && dc.envoy(subj) {
		// "قررت أنقرة طرد السفير الإسرائيلي": envoys are sent away or
		// called home, and sanction no one; the state before them does.
		if obj < 0 {
			obj = subj
		}
		if subj = dc.actorBefore(p.first, 8); subj == obj {
			subj = -1
		}
	}
	if subj >= 0 {
		a := dc.actors[subj].Actor
		out.actor = &a
	}
	if obj >= 0 && obj != subj && (out.actor == nil || dc.actors[obj].Actor.Name != out.actor.Name) {
		a := dc.actors[obj].Actor
		out.target = &a
	}
	if out.target == nil && p.typ == hadath.Assault && dc.cueAt[p.first].has(cueKill|cueInjure) {
		// "مقتل العشرات من مسلحي الجماعة": those counted out of a
		// party died or were hurt.
		if k := dc.partitiveAfter(objFrom); k >= 0 && (out.actor == nil || !sameActor(out.actor, &dc.actors[k].Actor)) {
			a := dc.actors[k].Actor
			out.target = &a
		}
	}
	if out.target == nil && (p.typ == hadath.Coerce || p.typ == hadath.Assault) {
		out.target = e.countedPeople(dc, p, objFrom)
	}
	if out.target == nil && obj < 0 {
		if k := dc.patientAntecedent(p, out.actor); k >= 0 {
			a := dc.actors[k].Actor
			out.target = &a
		}
	}
	if out.target == nil && (p.typ == hadath.Accuse || p.typ == hadath.Reject) && tr.Verb && !p.definite {
		// "ونددت الوزارة بالانتهاكات الإسرائيلية"، "رفضت الاتهامات
		// السعودية": the state whose deed or charge is named is the one
		// accused, or refused.
		if c := e.objectDemonym(dc, objFrom); c != "" && (out.actor == nil || out.actor.Country != c) {
			out.target = e.genericActor(c, hadath.SectorGovernment)
		}
	}
	if out.target == nil && p.typ == hadath.Threaten && tr.Verb && !p.definite {
		// "هدد الحزب بقصف المدن الإسرائيلية": the state whose people or
		// places the threatened deed would strike is the one threatened.
		if c := e.threatenedState(dc, objFrom); c != "" && (out.actor == nil || out.actor.Country != c) {
			out.target = e.genericActor(c, hadath.SectorGovernment)
		}
	}
	if out.target == nil && deed != "" && (out.actor == nil || out.actor.Country != deed) {
		// "وقال الوزير إن الخروقات الإسرائيلية مستمرة": the state whose
		// violations the words name is the one accused.
		out.target = e.genericActor(deed, hadath.SectorGovernment)
	}
	if out.target == nil && out.actor != nil && p.typ == hadath.Sanction {
		// "طردت الحكومة دبلوماسيين روسا"، "قررت أنقرة طرد السفير
		// الإسرائيلي": the state of the envoys a sanction sends away is
		// its target.
		if c := e.envoyState(dc, p); c != "" && c != out.actor.Country {
			out.target = e.genericActor(c, hadath.SectorGovernment)
		}
	}
	return out
}

// envoy reports whether actor mention k names envoys (ENVOY: السفير
// الإسرائيلي، دبلوماسيين روس).
func (dc *doc) envoy(k int) bool {
	m := &dc.actors[k]
	for i := m.First; i < m.Last; i++ {
		if dc.cueAt[i].has(cueEnvoy) {
			return true
		}
	}
	return false
}

// envoyState returns the country of the demonym after a noun of envoys
// (ENVOY: سفير، دبلوماسيين) within sanction p's words or the two after
// them, in its sentence ("طرد دبلوماسيين روس"), or "".
func (e *Extractor) envoyState(dc *doc, p *proposal) string {
	toks := dc.x.Tokens
	for i := p.first; i < p.last+2 && i+1 < len(toks) && toks[i+1].Sent == toks[p.first].Sent; i++ {
		if !dc.cueAt[i].has(cueEnvoy) || toks[i+1].Kind != ar.Word {
			continue
		}
		if c, ok := e.actors.Demonym(toks[i+1].Key()); ok {
			return c
		}
	}
	return ""
}

// patientAntecedent reads the attached pronoun of the one an arrest, a
// release or a killing touched, on its word or on the preposition after
// it ("تم اعتقاله"، "ألقت القبض عليه"، "الإفراج عنها"، "اغتيالهم"), and
// returns the party the pronoun takes back: the nearest mention before
// the trigger in its sentence that is not the event's actor. A singular
// pronoun takes back a person, a plural one a group. It returns -1 if
// there is none, or if the pronoun is a relative clause's, which takes
// back its noun (الغارة التي شنتها).
func (dc *doc) patientAntecedent(p *proposal, actor *hadath.Actor) int {
	toks := dc.x.Tokens
	sf, sl := dc.sentence(p.sent)
	prep := p.last < sl && patientPreps[toks[p.last].Norm] != ""
	if !dc.touchesPerson(p, prep) {
		return -1
	}
	var pron string
	if prep {
		pron = patientPreps[toks[p.last].Norm]
	} else if p.typ != hadath.Retreat || strings.HasPrefix(toks[p.last-1].Key(), keyRelease) {
		// A withdrawal's pronoun is who withdrew (انسحابها); a release's
		// is who was set free (إطلاق سراحه).
		pron = dc.possessive(p.last - 1)
	}
	if pron == "" {
		return -1
	}
	for j := max(sf, p.first-3); j < p.first; j++ {
		if relativePronouns[toks[j].Norm] {
			return -1
		}
	}
	singular := pron == "ه" || pron == "ها"
	for k := len(dc.actors) - 1; k >= 0; k-- {
		m := &dc.actors[k]
		if m.Last > p.first || m.First < sf {
			continue
		}
		if a := &m.Actor; (actor == nil || !oneParty(a, actor)) && a.Kind != hadath.GPE && singular == (a.Kind == hadath.PER) &&
			(singular || !reporting(a.Sector)) {
			return k
		}
	}
	return -1
}

// reporting reports whether a group of sector s is more likely to tell of
// an arrest or a killing, or to make it, than to suffer it: the police,
// governments and their agencies, international bodies, the media and
// aid groups.
func reporting(s string) bool {
	switch s {
	case hadath.SectorPolice, hadath.SectorGovernment, hadath.SectorIGO, hadath.SectorMedia, hadath.SectorNGO:
		return true
	}
	return false
}

// touchesPerson reports whether the event p proposes is done to people an
// attached pronoun can name: an arrest, a detention, a trial or a
// deportation; a killing or a wounding, or with a preposition after it
// a shooting, a stabbing, a beating or an abduction (أطلق النار عليه); a
// release.
func (dc *doc) touchesPerson(p *proposal, prep bool) bool {
	switch p.typ {
	case hadath.Coerce:
		switch p.trig.Method {
		case "arrest", "detention", "deportation":
			return true
		}
	case hadath.Assault:
		switch p.trig.Method {
		case "gunfire", "stabbing", "beating", "abduction", "assassination":
			return prep || dc.cueAt[p.first].has(cueKill|cueInjure)
		}
		return dc.cueAt[p.first].has(cueKill | cueInjure)
	case hadath.Retreat:
		return true
	}
	return false
}

// keyRelease is the folded سراح of إطلاق سراح (setting free).
const keyRelease = "سراح"

// patientPreps are the folded prepositions with an attached pronoun that
// name whom an arrest, a release or a shooting touched (القبض عليه،
// الإفراج عنهم، إطلاق النار عليها), with the pronoun.
var patientPreps = map[string]string{
	"عليه": "ه", "عليها": "ها", "عليهم": "هم", "عليهما": "هما",
	"عنه": "ه", "عنها": "ها", "عنهم": "هم", "عنهما": "هما",
}

// pastComma returns where a verb's object begins when token i, right
// after its subject, is a comma: a long subject, or one with a name set
// beside it, is often closed by a comma ("اتهم رئيس الوزراء العراقي،
// حيدر العبادي، الحكومة التركية"), and an aside may stand between
// commas before the object ("اتهمت المنظمة، في تقرير لها، الحكومة").
// It returns the token after the aside, or after the comma when an actor
// is named right after it, or else i. An adjective of the subject the
// finder left out of its name may stand before the comma ("اتهمت منظمة
// حقوقية محلية، في تقرير لها، الحكومة").
func (dc *doc) pastComma(i int) int {
	toks := dc.x.Tokens
	if i+1 < len(toks) && !isComma(&toks[i]) && isComma(&toks[i+1]) && dc.looseAdjective(i) {
		if j := dc.pastComma(i + 1); j > i+1 {
			return j
		}
		return i
	}
	if i >= len(toks) || !isComma(&toks[i]) {
		return i
	}
	j := i + 1
	for k := j; k < min(len(toks), i+1+maxAside); k++ {
		if isComma(&toks[k]) {
			j = k + 1
			break
		}
		if toks[k].Sent != toks[i].Sent || dc.actorAt[k] >= 0 || dc.trigAt[k] >= 0 || isBreak(&toks[k]) {
			break
		}
	}
	if j > i+1 {
		return j // the aside is closed: the object follows
	}
	if j < len(toks) {
		if a := dc.actorAt[j]; a >= 0 && dc.actors[a].First == j && dc.actorPrep(int(a)) == "" {
			return j
		}
	}
	return i
}

// looseAdjective reports whether token i is an indefinite adjective of
// relation that names no party, place or event (محلية، دولية): what
// qualifies the noun before it.
func (dc *doc) looseAdjective(i int) bool {
	t := &dc.x.Tokens[i]
	return t.Kind == ar.Word && dc.actorAt[i] < 0 && dc.placeAt[i] < 0 && dc.trigAt[i] < 0 &&
		!strings.HasPrefix(t.Norm, "ال") && nisbaShape(t.Norm)
}

// maxAside is the most words an aside between commas holds.
const maxAside = 6

// relativeAgent reads an event noun followed by a relative clause whose
// verb takes the noun back as its object, and whose subject is then the
// noun's doer: "الغارات التي شنتها كندا على المواقع", "العقوبات التي
// فرضتها أوتاوا على كاراكاس". A verb with no pronoun for the noun has the
// noun for its subject ("الغارات التي استهدفت المدنيين"), and names its
// object, not its doer. It returns -1 if there is none.
func (dc *doc) relativeAgent(p *proposal) int {
	_, sl := dc.sentence(p.sent)
	rel := -1
	for j := p.last; j < min(sl, p.last+relativeReach); j++ {
		t := &dc.x.Tokens[j]
		if relativePronouns[t.Norm] {
			rel = j
			break
		}
		if t.Kind != ar.Word || dc.actorAt[j] >= 0 || dc.trigAt[j] >= 0 {
			return -1
		}
	}
	if rel < 0 || rel+2 >= sl {
		return -1
	}
	verb := &dc.x.Tokens[rel+1]
	if verb.Kind != ar.Word || dc.actorAt[rel+1] >= 0 {
		return -1
	}
	if resumptive(verb.Norm) {
		return dc.subjectAfter(rel + 2)
	}
	// The pronoun may stand on the verbal noun after the subject: "التي
	// أعلنت كندا شنها".
	a := dc.subjectAfter(rel + 2)
	if a < 0 {
		return -1
	}
	if n := dc.actors[a].Last; n < sl && dc.x.Tokens[n].Kind == ar.Word && dc.actorAt[n] < 0 && resumptive(dc.x.Tokens[n].Norm) {
		return a
	}
	return -1
}

// relativeReach is how many words an event noun's adjectives may put
// between it and its relative pronoun (الغارات الجوية العنيفة التي).
const relativeReach = 3

// relativePronouns are the relative pronouns, folded.
var relativePronouns = set("التي", "الذي", "الذين", "اللتين", "اللذين", "اللتان", "اللذان")

// resumptive reports whether a folded word of four letters or more ends in
// an attached pronoun of the third person (شنتها، نفذه، ارتكبوها): in a
// relative clause, the pronoun that takes back the noun.
func resumptive(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, suf := range resumptiveEnds {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// resumptiveEnds are the attached pronouns of the third person, folded.
var resumptiveEnds = []string{string(ar.Heh), string(ar.Heh) + string(ar.Alef), string(ar.Heh) + string(ar.Meem)}

// ownerAfter reads an attack noun followed by ل and a party, perhaps
// across the word of its means (هجوم لطالبان، غارات جوية للتحالف): the
// party whose attack it is. It returns -1 if none. Further on, ل names
// whom what was struck belongs to (استهداف مواقع للحوثيين).
func (dc *doc) ownerAfter(c *proposal) int {
	limit := 1
	if c.last < len(dc.x.Tokens) && dc.methodAt[c.last] >= 0 {
		limit = 2
	}
	return dc.actorAfter(c.last, limit, func(p string) bool { return p == "ل" })
}

// counted reports whether actor mention a is preceded by a number: the
// people counted ("45 مسلحا").
func (dc *doc) counted(a int) bool {
	f := dc.actors[a].First
	return f > 0 && dc.numAt[f-1] >= 0
}

// countedPeople reads "اعتقال 14 إيرانيا", "مقتل ثلاثة سوريين",
// "اعتقال 9 مطلوبين أردنيين": a count right after the trigger whose noun,
// or the word after it, is a nisba names the people it touched by their
// country; so does one such person right after a verbal noun whose next
// word is who suffered it ("مقتل فلسطيني", "اعتقال أمريكي"). The count
// is read from token at, where the object begins: after the trigger, or
// past the subject of a verb ("اعتقلت الشرطة، فجر اليوم، 15 فلسطينيا").
func (e *Extractor) countedPeople(dc *doc, c *proposal, at int) *hadath.Actor {
	nisba := func(i int) (string, bool) {
		if i < 0 || i >= len(dc.x.Tokens) {
			return "", false
		}
		return e.actors.Demonym(dc.x.Tokens[i].Key())
	}
	for i := at; i < min(len(dc.x.Tokens), at+2); i++ {
		k := dc.numAt[i]
		if k < 0 {
			if i == c.last && c.last-c.first == 1 && patientNouns[dc.x.Tokens[c.first].Key()] && dc.actorAt[i] < 0 {
				if country, ok := nisba(i); ok {
					return e.genericActor(country, hadath.SectorCivilians)
				}
			}
			continue
		}
		n := &dc.nums[k]
		if n.Noun < 0 || n.Noun >= len(dc.x.Tokens) {
			return nil
		}
		for _, j := range [...]int{n.Noun, n.Noun + 1} {
			if country, ok := nisba(j); ok && (j == n.Noun || dc.x.Tokens[j].Sent == dc.x.Tokens[n.Noun].Sent) {
				return e.genericActor(country, hadath.SectorCivilians)
			}
		}
		return nil
	}
	return nil
}

// patientNouns are the folded verbal nouns (and قتل) whose next word is
// the one who suffered them, not the one who did it: those of killing
// and wounding (victimNouns) and of arrest, abduction and expulsion;
// unlike an attack noun, whose nisba is the attacker's ("غارة
// إسرائيلية").
var patientNouns = func() map[string]bool {
	m := set("قتل", "اعتقال", "احتجاز", "توقيف", "اختطاف", "خطف", "ترحيل", "اعدام")
	for k := range victimNouns {
		m[k] = true
	}
	return m
}()

// targetAfter returns the first actor from token i that can be the
// target of an event of type typ; a place named after ب (بسويسرا) is a
// location, not a target.
func (dc *doc) targetAfter(i, limit int, typ string) int {
	ok := targetPrep(typ)
	end := i + limit
	for i < end {
		a := dc.actorAfter(i, end-i, ok)
		if a < 0 {
			return -1
		}
		m := &dc.actors[a]
		if dc.sponsorOf(a) {
			i = m.Last // "قذائف المسلحين الموالين لطهران": who backs them
			continue
		}
		if dc.placeAt[m.First] < 0 || dc.actorPrep(a) != "ب" {
			return a
		}
		i = m.Last
	}
	return -1
}

// missionIn reports whether tokens first..last-1 name a diplomatic
// mission or an envoy: an embassy, a consulate (missionWords) or an
// ENVOY cue.
func (dc *doc) missionIn(first, last int) bool {
	for i := first; i < last && i < len(dc.x.Tokens); i++ {
		if missionWords[dc.x.Tokens[i].Key()] || dc.cueAt[i].has(cueEnvoy) {
			return true
		}
	}
	return false
}

// missionWords are the folded nouns of a state's missions abroad.
var missionWords = set("سفاره", "سفارات", "قنصليه", "قنصليات", "بعثه")

// troopsSentNot drops the forces a deployment sends, read as its target:
// "أرسلت الولايات المتحدة 200 جندي إلى سوريا" moves the state's own
// soldiers, whom the scene's country named Syrian. Unnamed forces are
// the target of no deployment the annotation codes (one of 44 in the
// training split names forces at all).
func troopsSentNot(cs []*cand) {
	for _, c := range cs {
		if !c.dead && c.typ == hadath.Mobilize && c.target != nil && c.target.Generic && c.target.Sector == hadath.SectorMilitary {
			c.target = nil
		}
	}
}

// forcesProtestNot drops the forces read as those who protest: police and
// soldiers disperse a protest ("قالت الشرطة إنها فرقت تظاهرة"), and the
// annotation never makes them its actor.
func forcesProtestNot(cs []*cand) {
	for _, c := range cs {
		if !c.dead && c.typ == hadath.Protest && armed(c.actor) {
			c.actor = nil
		}
	}
}

// speakerStrikesNot drops the doer of an attack who is named before a
// bare إن or أن that opens the clause telling of the attack, in its
// sentence: the speaker tells of it ("وقالت وزارة الدفاع إن إطلاق
// القذائف على الأحياء تواصل"). A pronoun on the event noun (غاراته), on
// a word after the complementizer (إن قواته) or on the complementizer
// itself (إنه) takes the speaker back as the doer, and those are left
// alone.
func (dc *doc) speakerStrikesNot(cs []*cand) {
	for _, c := range cs {
		if c.dead || c.typ != hadath.Assault || c.actor == nil || c.actor.Span == nil || c.actor.Span.End > dc.x.Tokens[c.first].Start {
			continue
		}
		if dc.possessed(c.first) || dc.possessed(c.last-1) {
			continue
		}
		sf, _ := dc.sentence(c.sent)
		for j := c.first - 1; j >= sf && dc.x.Tokens[j].End > c.actor.Span.End; j-- {
			if dc.possessed(j) {
				break // "يقول الجيش إن قواته قتلت": its own forces
			}
			if dc.bareThat(j) {
				c.actor = nil
				break
			}
		}
	}
}

// doerBefore returns the actor named up to eight words before p that
// may be its doer: for an act of force, not one that a bare إن or أن
// sets apart as the speaker ("وقالت وزارة الدفاع إن إطلاق القذائف
// تواصل": the ministry tells of the shelling; "قال الجيش إنه قصف",
// with the pronoun, is read before, by pronounSubject).
func (dc *doc) doerBefore(p *proposal) int {
	a := dc.actorBefore(p.first, 8)
	if a >= 0 && force(p.typ) && dc.thatBetween(dc.actors[a].Last, p.first) {
		return -1
	}
	return a
}

// bareThat reports whether token j is the complementizer إن or أن (بأن)
// with no pronoun on it: the clause it opens names its own subject.
func (dc *doc) bareThat(j int) bool {
	switch strings.TrimPrefix(dc.x.Tokens[j].Norm, "و") {
	case "ان", "بان":
		return true
	}
	return false
}

// skipSponsors returns the token after the words of backing that begin
// at token i and the party they name ("بين الميليشيات الموالية لإيران
// وقوات الجيش": the second side comes after Iran), or i if none begins
// there; sl ends the sentence.
func (dc *doc) skipSponsors(i, sl int) int {
	if i >= sl || !dc.cueAt[i].has(cueBacked) {
		return i
	}
	j := i + 1
	for j < sl && dc.cueAt[j].has(cueBacked) {
		j++ // المدعومة إيرانيا، الموالية لها
	}
	if j < sl && dc.x.Tokens[j].Norm == prepMin {
		j++
	}
	if j >= sl {
		return i
	}
	// Only the first party named is skipped: one joined to it is the
	// other side.
	a := dc.actorAt[j]
	if a < 0 || dc.actors[a].First != j || !dc.sponsorOf(int(a)) {
		return i
	}
	return dc.actors[a].Last
}

// sponsorOf reports whether actor mention a follows a word of backing or
// allegiance (BACKED) with ل or من: it names who backs the party before
// it ("الموالين لإيران"، "المدعومة من تركيا"), not whom a deed is done
// to.
func (dc *doc) sponsorOf(a int) bool {
	m := &dc.actors[a]
	if m.First > 0 && strings.HasPrefix(dc.x.Tokens[m.First].Norm, "و") {
		// "الموالية للرياض وأبوظبي": a second sponsor joined to one.
		if b := dc.actorAt[m.First-1]; b >= 0 && int(b) != a && dc.sponsorOf(int(b)) {
			return true
		}
	}
	prev := m.First - 1
	if prev >= 0 && dc.x.Tokens[prev].Norm == prepMin {
		prev--
	}
	if prev < 0 || dc.x.Tokens[prev].Sent != dc.x.Tokens[m.First].Sent || !dc.cueAt[prev].has(cueBacked) {
		return false
	}
	if strings.HasPrefix(dc.x.Tokens[prev].Key(), "تابع") {
		// "المليشيا الحوثية التابعة لإيران": an armed party's allegiance;
		// "ناقلة تابعة للشركة" is whose the tanker is.
		if b := dc.actorAt[max(prev-1, 0)]; prev == 0 || b < 0 || !armed(&dc.actors[b].Actor) {
			return false
		}
	}
	p := dc.actorPrep(a)
	return p == "ل" || p == "من"
}

// targetPrep returns which prepositions introduce the target of a type.
func targetPrep(typ string) func(string) bool {
	return func(p string) bool {
		switch p {
		case "":
			return true
		case "علي", "ضد", "بحق", "تجاه":
			return typ != hadath.Consult && typ != hadath.Aid
		case "ب", "مع":
			return typ == hadath.Consult || typ == hadath.Support || typ == hadath.Agree || typ == hadath.Cooperate || typ == hadath.Threaten
		case "ل":
			return typ == hadath.Aid || typ == hadath.Support || typ == hadath.Request || typ == hadath.Assault
		case "الي":
			// "وجه الحزب أصابع الاتهام إلى الوزير"، "انتقادات إلى البلدية": a
			// charge is laid at the accused's door.
			return typ == hadath.Aid || typ == hadath.Support || typ == hadath.Request || typ == hadath.Assault || typ == hadath.Accuse
		case "من":
			return typ == hadath.Request // طلب من قطر
		case "عن":
			return typ == hadath.Retreat || typ == hadath.Concede // أفرجت عن الناشطة
		}
		return false
	}
}

// defaultSector is the sector of an actor named only by a nisba
// adjective after an event noun: the military for force, the government
// otherwise.
func defaultSector(typ string) string {
	switch typ {
	case hadath.Assault, hadath.Mobilize, hadath.Retreat:
		return hadath.SectorMilitary
	case hadath.Protest:
		return hadath.SectorProtesters
	}
	return hadath.SectorGovernment
}

// dropTownsAsStates removes the state names the gazetteer reads, in
// their context, as a town of another state: "العاصمة عمان" is Amman,
// not the state of Oman. places and acts are in text order.
func dropTownsAsStates(places []gazetteer.Mention, acts []actors.Mention) []actors.Mention {
	k := 0
	return slices.DeleteFunc(acts, func(m actors.Mention) bool {
		if m.Actor.Kind != hadath.GPE {
			return false
		}
		for k < len(places) && places[k].First < m.First {
			k++
		}
		if k == len(places) || places[k].First != m.First || places[k].Last != m.Last {
			return false
		}
		e := places[k].Entry
		return e != nil && (e.Kind == gazetteer.KindCity || e.Kind == gazetteer.KindCapital) && e.Country != m.Actor.Country
	})
}

// dropVenuesAsParties removes the state mentions, read by the gazetteer
// as places too, right after a noun of gathering (VENUE_NOUN): "قمة
// هلسنكي", "محادثات جنيف", "قمة سنغافورة بين الزعيمين", "مؤتمر
// سوريا". The place is where it met or what it was about; its state
// took no part. places, acts and cues are in text order.
func dropVenuesAsParties(x *ar.Text, places []gazetteer.Mention, acts []actors.Mention, cues []lexicon.Tagged) []actors.Mention {
	venue := map[int]bool{} // tokens that follow a noun of gathering
	for _, m := range cues {
		if slices.Contains(m.Tags, lexicon.CueVenueNoun) && m.Last < len(x.Tokens) && x.Tokens[m.Last].Sent == x.Tokens[m.First].Sent {
			venue[m.Last] = true
		}
	}
	if len(venue) == 0 {
		return acts
	}
	k := 0
	return slices.DeleteFunc(acts, func(m actors.Mention) bool {
		if m.Actor.Kind != hadath.GPE || !venue[m.First] {
			return false
		}
		for k < len(places) && places[k].First < m.First {
			k++
		}
		return k < len(places) && places[k].First == m.First && places[k].Last == m.Last
	})
}

// dropPlacesAsParties removes the state mentions that a preceding "في"
// makes places: "وفي فيينا، التقى الوزيران" took place in Austria's
// capital; Austria took no part. The gazetteer still reads the place.
func dropPlacesAsParties(x *ar.Text, acts []actors.Mention) []actors.Mention {
	return slices.DeleteFunc(acts, func(m actors.Mention) bool {
		if m.Actor.Kind != hadath.GPE || m.First == 0 {
			return false
		}
		prev := &x.Tokens[m.First-1]
		return prev.Sent == x.Tokens[m.First].Sent && (prev.Norm == "في" || prev.Norm == "وفي")
	})
}

// harmCauses are the folded prepositions that name the cause of a death or
// a wound: "في غارة"، "جراء القصف"، "إثر انفجار".
var harmCauses = set("في", "جراء", "اثر", "بسبب", "خلال")

// harmedBy reports whether token i, past an adjective or two (قيادي
// حوثي بارز), names an attack as the cause of the harm just told: a
// preposition of cause before an attack (في غارة، جراء القصف), or an
// attack with ب (بانفجار).
func (dc *doc) harmedBy(i int) bool {
	toks := dc.x.Tokens
	for n := 0; n < 2 && i < len(toks) && dc.trigAt[i] < 0 && dc.actorAt[i] < 0 && harmAdjective(toks[i].Key()); n++ {
		i++
	}
	if i >= len(toks) || toks[i].Kind != ar.Word {
		return false
	}
	if harmCauses[strings.TrimPrefix(toks[i].Norm, string(ar.Waw))] {
		return i+1 < len(toks) && dc.attackAt(i+1)
	}
	t := &toks[i]
	return dc.attackAt(i) && t.NumKeys() > 0 && strings.HasSuffix(t.Proclitics(t.NumKeys()-1), string(ar.Beh))
}

// harmObjectGap is how many words after a verb of death a count may
// stand as its object: "الجيش قتل في غارة عشرة مسلحين" kills, it is not
// killed.
const harmObjectGap = 8

// countAfter reports whether a number stands in the n tokens from token
// i, in its sentence.
func (dc *doc) countAfter(i, n int) bool {
	if i >= len(dc.x.Tokens) {
		return false
	}
	_, sl := dc.sentence(dc.x.Tokens[i].Sent)
	for j := i; j < min(sl, i+n); j++ {
		if dc.numAt[j] >= 0 {
			return true
		}
	}
	return false
}

// harmAdjective reports whether a folded word is an adjective that may
// follow the one harmed: of relation (عسكري، حوثية) or of rank (بارز).
func harmAdjective(k string) bool {
	return relationAdjective(k) || rankAdjectives[k]
}

// rankAdjectives are the folded adjectives of rank and standing, read
// without the article: of the harmed (قيادي حوثي بارز) and of an office
// before its holder's name (رجل الدين البارز، الوزير الراحل).
var rankAdjectives = set("بارز", "بارزا", "بارزه", "كبير", "كبيرا", "رفيع", "سابق", "سابقا", "سابقه",
	"شهير", "شهيره", "معروف", "معروفه", "راحل", "راحله", "مخضرم")

// attackAt reports whether a trigger of an attack begins at token i.
func (dc *doc) attackAt(i int) bool {
	k := dc.trigAt[i]
	return k >= 0 && dc.trigs[k].First == i && dc.triggerOf(i, hadath.Assault)
}

// oneSided reports whether p is an attack that one side makes, not
// fighting between two: its verb (شن، قصف، استهدف) has no counterpart,
// so those named with its subject strike beside it.
func oneSided(p *proposal) bool {
	return p.typ == hadath.Assault && p.trig.Method != methodClash
}

// methodClash is the ASSAULT method of fighting between two sides.
const methodClash = "clash"

// skipWith returns the token after "مع" and the parties it names, with
// their conjuncts, when token i is مع followed by a party (شنت واشنطن مع
// باريس ولندن ضربات), and i otherwise.
func (dc *doc) skipWith(i int) int {
	if i+1 >= len(dc.x.Tokens) || dc.x.Tokens[i].Norm != "مع" {
		return i
	}
	if a := dc.actorAt[i+1]; a >= 0 && dc.actors[a].First == i+1 {
		return dc.skipConjuncts(dc.actors[a].Last)
	}
	return i
}

// powerless reports whether parties of a sector cannot arrest or detain:
// civilians, protesters, the press, rights groups.
func powerless(sector string) bool {
	switch sector {
	case hadath.SectorCivilians, hadath.SectorProtesters, hadath.SectorMedia, hadath.SectorNGO:
		return true
	}
	return false
}

// partitiveAfter returns the party counted out of by a count at token i
// (العشرات من مسلحي الجماعة، 5 من الجنود الأتراك), or -1: the count, then
// the party after من.
func (dc *doc) partitiveAfter(i int) int {
	toks := dc.x.Tokens
	j := i
	for j < len(toks) && dc.numAt[j] >= 0 {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].Sent != toks[i].Sent {
		return -1
	}
	if toks[j].Norm == "من" {
		j++ // "من" a word of its own; written on the name (منهم), it is the name's
	}
	if a := dc.actorAt[j]; a >= 0 && dc.actors[a].First == j && dc.actorPrep(int(a)) == "من" {
		return int(a)
	}
	return -1
}

// purposeMeeting returns the actor mention that proposal p, a meeting
// word of one token after the preposition ل of purpose ("للقاء"،
// "لزيارة"), governs right after it, standing alone, and the party before
// it that sets out for a place: the one to be met and the one who meets,
// not the sides of the meeting ("تمهيدا للقاء ترامب وكيم" names both).
// It returns -1, -1 for any other proposal.
func (dc *doc) purposeMeeting(p *proposal) (met, goer int) {
	if p.typ != hadath.Consult || p.definite || p.last-p.first != 1 {
		return -1, -1
	}
	t, form := &dc.x.Tokens[p.first], ar.Key(p.trig.Form)
	for ki := range t.NumKeys() {
		if t.KeyAt(ki) != form || strings.TrimLeft(t.Proclitics(ki), "وف") != string(ar.Lam) {
			continue
		}
		a := dc.actorAfter(p.last, 2, noPrep)
		if a < 0 || dc.possessed(p.first) {
			return -1, -1
		}
		if end := dc.actors[a].Last; dc.skipConjuncts(end) != end {
			return -1, -1
		}
		// The sentence sets out for a place first: "وصل الوزير إلى
		// موسكو"، "يسافر إلى باريس".
		s := dc.doerBefore(p)
		if s < 0 {
			return -1, -1
		}
		for j := dc.actors[s].Last; j < p.first; j++ {
			if dc.placeAt[j] >= 0 {
				return a, s
			}
		}
		return -1, -1
	}
	return -1, -1
}

// withAdjective reports whether event noun p is written with an adjective
// of its own: a phrase of two words, the second without the article and
// ending as an adjective of relation does (غارة جوية، قصف مدفعي، هجوما
// انتحاريا).
func (dc *doc) withAdjective(p *proposal) bool {
	if p.last-p.first != 2 || p.definite {
		return false
	}
	t := &dc.x.Tokens[p.first+1]
	w := dc.x.Src[t.Byte:t.ByteEnd]
	return !hasArticle(t) && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ية") || strings.HasSuffix(w, "يا"))
}

// attackSubject reports whether the word right before the verb at token
// i, in its sentence, ends an attack noun with no article that is the
// verb's subject (غارة جوية قتلت، انفجار هز): a noun before a verb opens
// its clause.
func (dc *doc) attackSubject(i int) bool {
	if i == 0 || dc.x.Tokens[i-1].Sent != dc.x.Tokens[i].Sent || dc.trigAt[i-1] < 0 {
		return false
	}
	m := &dc.trigs[dc.trigAt[i-1]]
	if m.Last != i || hasArticle(&dc.x.Tokens[m.First]) {
		return false
	}
	for _, tr := range m.Triggers {
		if tr.Type == hadath.Assault && tr.Noun && !tr.Verb {
			return true
		}
	}
	return false
}

// threatenedState returns the country of the demonym that qualifies what
// a threatened deed would strike ("بقصف المدن الإسرائيلية"): the deed is
// the first event noun within two words of token i (past a subject no
// dictionary names), or "".
func (e *Extractor) threatenedState(dc *doc, i int) string {
	for k := i; k < min(i+3, len(dc.x.Tokens)); k++ {
		if dc.actorAt[k] >= 0 || dc.x.Tokens[k].Kind == ar.Punct {
			return ""
		}
		if dc.deedAt(k) {
			return e.objectDemonym(dc, k+1)
		}
	}
	return ""
}

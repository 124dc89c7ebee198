package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// cand is an event being built: one trigger at first, more mentions as
// coreference merges them. Its parts are what each stage adds: the
// proposal (the trigger the lexicon matched and how it stands in its
// sentence), the arguments the positional rules read, the verdicts on its
// status (modality, support, whether it stands alone), and how mentions
// were merged.
type cand struct {
	proposal
	arguments
	status
	merging
}

// proposal is a trigger candidate as the rules propose it.
type proposal struct {
	typ         string
	trig        *lexicon.Trigger
	first, last int // trigger tokens
	sent        int
	anaphoric   bool // the trigger refers back ("الهجوم")
	definite    bool // the trigger carries the article
	clause      bool // the trigger is a verb heading its own clause
	// future is set when the trigger's form follows the future prefix
	// س: a verb to come, whatever its line reads it as ("ستصفيه" is
	// found as تصفية, but no noun takes س).
	future bool
}

// arguments are the event's arguments, as the rules read them and the
// models then settle them.
type arguments struct {
	method                         string
	actor, target, claimed, blamed *hadath.Actor
	place                          *hadath.Place
	placeKind                      string // the gazetteer kind: base, airport, city...
	placeAfter                     bool   // the place is named after the trigger
	date                           *ar.Date
	dateFromSent                   bool
	killed, injured                *hadath.Count
	intercepted                    string
	reported                       []string
}

// status is what the rules and models conclude about the candidate as an
// event.
type status struct {
	modality  string
	suspected bool // hypothetical only as to who did it
	support   int  // how many arguments the text gave
	lone      bool // a bare noun: dropped unless joined
	dropped   bool // a verb whose subject the text leaves unsaid
	reference bool // a governed reference to a happening told elsewhere
	// prob is the mention model's probability that the candidate names
	// an event of its type (0 when the rules decide alone); a merged
	// event keeps the highest of its mentions'.
	prob float64
	gold int // in training, the annotated event it mentions (-1: none)
}

// merging records the mentions joined into one event.
type merging struct {
	mentions []int  // trigger token index of every merged mention
	sents    []int  // sentences of the mentions, in order, unique
	first2   [2]int // backs mentions and sents while each holds one
	judged   *cand  // the deed a condemnation names right after its verb
	host     *cand  // the event this one was merged into
	dead     bool   // merged into another or dropped
}

// candidates turns trigger matches into events with their arguments: the
// rules propose a candidate for every trigger, and the mention model (or,
// without models, the rules' own verdict) decides which stand.
func (e *Extractor) candidates(dc *doc) []*cand {
	if !e.relevant(dc) {
		return nil
	}
	var out []*cand
	embedUntil := -1 // tokens before this are the content of a call or threat
	threatSent := -1 // the sentence of the last threat
	decide := dc.learn != nil || e.models != nil
	for k := range dc.trigs {
		tm := &dc.trigs[k]
		tr := e.pickTrigger(dc, tm)
		if tr == nil {
			continue
		}
		if dc.linkSentence(dc.x.Tokens[tm.First].Sent) {
			continue // "للمزيد: ...": the headline of another story
		}
		p := mentionProposal{tm: tm}
		// A hard rule (ruleEmbedded): what a call, threat or promise says
		// is no event of its own. "threatened to strike" is a THREATEN,
		// not an ASSAULT; so is "توعد ... بشن عمليات عسكرية", further on.
		if !tr.Speech && (tm.First < embedUntil || dc.x.Tokens[tm.First].Sent == threatSent && dc.threatened(tm)) {
			continue
		}
		if tr.Speech && embeds(tr.Type) && !dc.denies(tm.First) {
			embedUntil = dc.clauseEnd(tm.Last, 12)
			if tr.Type == hadath.Threaten {
				threatSent = dc.x.Tokens[tm.First].Sent
			}
		}
		c := e.propose(dc, tr, tm, &p)
		if alt := assaultReading(tm); tr.Type == hadath.Accuse && alt != nil && (armed(c.actor) || armed(c.target)) {
			// "هاجم مسلحون الحاجز": forces attack with arms, whatever
			// the words around them name.
			c = e.propose(dc, alt, tm, &p)
		}
		if tr.Type == hadath.Assault && !tr.Passive && protesters(c.actor) {
			// "أحرق متظاهرون مقر الحزب": what protesters storm, burn or
			// throw is a riot (a PROTEST), not an attack.
			c = e.propose(dc, retyped(tr, hadath.Protest, methodRiot), tm, &p)
		}
		if tr.Type == hadath.Mobilize && e.jointDrill(dc, tm, c) {
			// "تدريبات جوية بين البلدين": forces of two states drilling
			// together cooperate.
			c = e.propose(dc, retyped(tr, hadath.Cooperate, ""), tm, &p)
		}
		if tr.Type == hadath.Agree && dc.pledgedHarm(tm) {
			// "تعهد الرئيس بالرد": a pledge of a hostile deed threatens.
			c = e.propose(dc, retyped(tr, hadath.Threaten, ""), tm, &p)
		}
		if tr.Type == hadath.Threaten && dc.warnedAbout(tm) {
			// "حذرت الوزارة من خطر عودة المقاتلين": a warning about a
			// danger or another's deed accuses.
			c = e.propose(dc, retyped(tr, hadath.Accuse, ""), tm, &p)
		}
		if hardRule(p.why) && !decide {
			continue
		}
		if decide {
			d := e.decideMention(dc, c, &p)
			if d == nil {
				if c.trig.Verb && !hardRule(p.why) && dc.learn == nil {
					dc.refused = append(dc.refused, c)
				}
				continue
			}
			c = d
			e.decideModality(dc, c)
		} else if !p.kept {
			continue
		}
		if c.actor != nil && c.trig.Verb && !c.trig.Passive && verbal(c.typ) && len(out) > 0 && dc.stateParticiple(c.first) {
			dc.takeSubject(c, out[len(out)-1])
		}
		if c.actor == nil && c.trig.Verb && !c.trig.Passive && (verbal(c.typ) || c.typ == hadath.Consult) && len(out) > 0 {
			if prev := out[len(out)-1]; dc.stateParticiple(c.first) {
				dc.shareSubject(c, prev)
			} else {
				dc.continueSubject(c, tm, prev)
			}
		}
		out = append(out, c)
	}
	return out
}

// propose builds the candidate of trigger reading tr at match tm, with
// the arguments the rules find for it, and records the rules' verdict in p.
func (e *Extractor) propose(dc *doc, tr *lexicon.Trigger, tm *lexicon.TriggerMatch, p *mentionProposal) *cand {
	sent := dc.x.Tokens[tm.First].Sent
	c := dc.newCand()
	*c = cand{
		proposal:  dc.proposalOf(tr, tm),
		arguments: arguments{method: tr.Method},
		status:    status{modality: hadath.Asserted, gold: -1},
		merging:   merging{first2: [2]int{tm.First, sent}},
	}
	c.mentions, c.sents = c.first2[0:1:1], c.first2[1:2:2] // append moves them out
	// A definite event noun refers back (الهجوم، هذا الهجوم; a word
	// with the article is a noun whatever its trigger line allows:
	// الاتهامات), and so, in news, do the common event nouns of the
	// cue list (هجوم، غارة، قمة): a story tells one attack or summit
	// in many words. After a preposition or a demonstrative (جراء
	// القصف، عن هجوم السبت، هذا الاتفاق) such a noun names a
	// happening told elsewhere.
	p.governed = dc.prep(tm.First, tm.Start) != "" || dc.pointed(tm.First)
	c.anaphoric = c.definite || tr.Noun && dc.cueAt[tm.First].has(cueAnaphor)
	// A verb phrase of several words, with no article and no
	// preposition before it, heads a clause of its own ("تم
	// اعتقال", "يلقي باللوم", not "بطلب من"): it states a happening
	// even when it names no party.
	c.clause = tr.Verb && !tr.Noun && tm.Last-tm.First > 1 && !p.governed && !c.definite
	e.fillArgs(dc, c)
	p.why = e.keep(dc, c)
	p.kept = p.why == ""
	// A counted crowd makes a protest noun this happening, not a
	// reference: "شارك المئات في تظاهرة".
	crowd := c.typ == hadath.Protest && dc.crowd(c)
	if c.anaphoric && p.governed && c.support < refSupport && !crowd {
		c.lone = true // a reference joins what it refers to, or is dropped
		c.reference = true
	}
	if tr.Noun && tm.First > 0 && dc.cueAt[tm.First-1].has(cueCasualtyUnknown) {
		c.lone = true // "العديد من الهجمات", "عشرات الغارات": many, told as one only if joined
	}
	return c
}

// candChunk is how many candidates newCand allocates at once, after a
// first chunk of a quarter of that: many documents propose few.
const candChunk = 16

// newCand returns a new zero candidate, cut from a chunk the document's
// candidates share, a chunk an allocation instead of one each.
func (dc *doc) newCand() *cand {
	if len(dc.cands) == cap(dc.cands) {
		dc.cands = make([]cand, 0, min(candChunk, 4+cap(dc.cands)*4))
	}
	dc.cands = dc.cands[:len(dc.cands)+1]
	return &dc.cands[len(dc.cands)-1]
}

// strikeAhead reports whether an attack trigger or a casualty word starts
// within n tokens from token i, in its sentence.
func (dc *doc) strikeAhead(i, n int) bool {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return false
	}
	s := dc.x.Tokens[i-1].Sent
	for j := i; j < min(len(dc.x.Tokens), i+n) && dc.x.Tokens[j].Sent == s; j++ {
		if dc.cueAt[j].has(cueKill | cueInjure) {
			return true
		}
		if k := dc.trigAt[j]; k >= 0 && dc.trigs[k].First == j {
			for _, t := range dc.trigs[k].Triggers {
				if t.Type == hadath.Assault {
					return true
				}
			}
		}
	}
	return false
}

// assaultReading returns the ASSAULT reading of a trigger match, or nil.
func assaultReading(tm *lexicon.TriggerMatch) *lexicon.Trigger {
	for _, t := range tm.Triggers {
		if t.Type == hadath.Assault {
			return t
		}
	}
	return nil
}

// warnedAbout reports whether the threat trigger tm is a word of warning
// (WARN, WARN_NOUN) with من and a party's danger or deed after it ("حذر
// من نوايا إيران"، "حذرت الحكومة أمس من تدخل الميليشيات")، the speaker
// and the day between them at most. It is not a warning of the speaker's
// own answer, which أن introduces ("حذر من أن بلاده سترد بقوة") or the
// words of consequences name ("حذر من عواقب"), nor a worry no party is
// named for ("حذر من كارثة في المخيمات").
func (dc *doc) warnedAbout(tm *lexicon.TriggerMatch) bool {
	toks := dc.x.Tokens
	if !dc.cueAt[tm.First].has(cueWarn | cueWarnNoun) {
		return false
	}
	sent := toks[tm.First].Sent
	from := tm.Last - 1 // "حذر من" is a form of its own
	parties := 0        // the parties named between the warning and من
	for from < len(toks) && toks[from].Sent == sent && toks[from].Norm != prepMin {
		if from >= tm.Last {
			a := dc.actorAt[from]
			if a < 0 && dc.dateAt[from] < 0 {
				return false // only the speaker and the day stand between
			}
			if a >= 0 && (from == tm.Last || dc.actorAt[from-1] != a) {
				parties++
			}
		}
		from++
	}
	// A party named between a warning and من after the speaker is the
	// one warned ("حذر الرئيس إثيوبيا من المساس بحصة المياه"، "أنقرة
	// تحذر دمشق من نشر قوات"): warned off a deed, it is threatened.
	if parties > 1 || parties == 1 && dc.actorBefore(tm.First, 2) >= 0 {
		return false
	}
	if dc.cueAt[tm.First].has(cueWarn) && dc.possessive(tm.First) != "" {
		return false // "حذره الأمن من السفر": the one warned, as a pronoun
	}
	next := from + 1
	if next >= len(toks) || toks[next].Sent != sent || toks[next].Kind != ar.Word || ownAnswer[toks[next].Key()] {
		return false
	}
	if dc.cueAt[tm.First].has(cueWarnNoun) && dc.actorAt[next] >= 0 {
		return false // "تحذيرات من الجيش": من names who warns
	}
	for i := next; i < min(next+warnReach, len(toks)) && toks[i].Sent == sent && toks[i].Kind != ar.Punct; i++ {
		if dc.actorAt[i] >= 0 {
			return true
		}
	}
	return false
}

// warnReach is how many words after a warning's من the party whose danger
// or deed it warns of may be named: "من تمدد الميليشيات نحو
// الموانئ".
const warnReach = 5

// prepMin is the folded preposition من.
const prepMin = string(ar.Meem) + string(ar.Noon)

// ownAnswer are the folded words after a warning's من that introduce
// what the speaker will do (أن and its pronoun forms) or its
// consequences.
var ownAnswer = set("ان", "انه", "انها", "انهم", "انهما", "اننا", "عواقب", "مغبه", "تبعات", "رد", "الرد")

// protesters reports whether a is a crowd that protests.
func protesters(a *hadath.Actor) bool {
	return a != nil && a.Sector == hadath.SectorProtesters
}

// behWord returns token t with و or ف, ب and the article read off, and
// whether ب was there. The tokenizer leaves ب on short words (بشن، برد),
// whose keys keep it.
func behWord(t *ar.Token) (string, bool) {
	w, ok := strings.CutPrefix(strings.TrimLeft(t.Norm, "وف"), "ب")
	return strings.TrimPrefix(w, "ال"), ok
}

// retyped returns the reading of trigger tr as an event of type typ and
// method: the same word, read otherwise in its context (an attack by
// protesters is a riot, a drill held together cooperation, a pledge of a
// hostile deed a threat, a warning about another's deed an accusation).
func retyped(tr *lexicon.Trigger, typ, method string) *lexicon.Trigger {
	r := *tr
	r.Type, r.Method = typ, method
	return &r
}

// methodRiot is the method of a protest that turns to violence.
const methodRiot = "riot"

// pointed reports whether the token before i is a demonstrative: "هذا
// الاتفاق", "بهذه الهجمات".
func (dc *doc) pointed(i int) bool {
	if i == 0 || dc.x.Tokens[i-1].Sent != dc.x.Tokens[i].Sent {
		return false
	}
	p := &dc.x.Tokens[i-1]
	for ki := range p.NumKeys() {
		if demonstratives[p.KeyAt(ki)] {
			return true
		}
	}
	return false
}

// threatened reports whether a trigger is what a threat earlier in its
// sentence threatens: governed by ب (بهجوم) or by a verbal noun of doing
// with ب (بشن "عمليات"، بتنفيذ ضربات).
func (dc *doc) threatened(tm *lexicon.TriggerMatch) bool {
	if dc.prep(tm.First, tm.Start) == "ب" {
		return true
	}
	j := tm.First - 1
	for j >= 0 && dc.x.Tokens[j].Kind == ar.Punct && !isBreak(&dc.x.Tokens[j]) {
		j-- // quotation marks
	}
	if j < 0 {
		return false
	}
	w, ok := behWord(&dc.x.Tokens[j])
	return ok && doing[w]
}

// embeds reports whether a speech act of this type has an event as its
// content that did not happen (yet): calls, threats, promises, refusals.
func embeds(typ string) bool {
	switch typ {
	case hadath.Request, hadath.Threaten, hadath.Agree, hadath.Reject:
		return true
	}
	return false
}

// clauseEnd returns the token index where the clause that continues at
// token i ends: at most limit tokens on, at punctuation or the end of the
// sentence.
func (dc *doc) clauseEnd(i, limit int) int {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return i
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	end := min(sl, i+limit)
	for j := i; j < end; j++ {
		if t := &dc.x.Tokens[j]; isBreak(t) {
			return j
		}
	}
	return end
}

// alVerb reports whether token i is a verb whose first letters are those
// of the article: past forms of roots beginning with ل (التقى، التزم،
// ألغى، ألقى، ألح), which fold to look definite.
// The forms are the AL_VERB cues of cues.tsv.
func (dc *doc) alVerb(i int) bool { return dc.cueAt[i].has(cueAlVerb) }

// definite reports whether the trigger tr at token first carries the
// article. A past verb of a root in ل (التقى، ألغى) only looks as if it
// did.
func (dc *doc) definite(tr *lexicon.Trigger, first int) bool {
	return hasArticle(&dc.x.Tokens[first]) && !(tr.Verb && dc.alVerb(first))
}

// proposalOf returns what trigger reading tr at match tm proposes, before
// any argument is read.
func (dc *doc) proposalOf(tr *lexicon.Trigger, tm *lexicon.TriggerMatch) proposal {
	return proposal{typ: tr.Type, trig: tr, first: tm.First, last: tm.Last, sent: dc.x.Tokens[tm.First].Sent,
		definite: dc.definite(tr, tm.First), future: dc.afterFuturePrefix(tm)}
}

// afterFuturePrefix reports whether the form of match tm begins after
// the future prefix س of its first word (after و or ف, if any): the
// prefix, not the form, carries the س.
func (dc *doc) afterFuturePrefix(tm *lexicon.TriggerMatch) bool {
	return dc.proclitics(tm.First, tm.Start) == "س"
}

// hasArticle reports whether a token carries the definite article.
func hasArticle(t *ar.Token) bool {
	for i := range t.NumKeys() {
		if len(t.Proclitics(i))+len(t.KeyAt(i)) < len(t.Norm) {
			return true
		}
	}
	return false
}

// pickTrigger chooses among the readings of a trigger match, and rejects
// matches that are part of a name (an actor or place mention).
func (e *Extractor) pickTrigger(dc *doc, tm *lexicon.TriggerMatch) *lexicon.Trigger {
	if len(tm.Triggers) == 0 {
		return nil
	}
	// A trigger wholly inside a name is part of the name: "قوات مكافحة
	// الشغب", "حركة المقاومة".
	inside := true
	for i := tm.First; i < tm.Last && inside; i++ {
		inside = dc.actorAt[i] >= 0 || dc.placeAt[i] >= 0
	}
	tr := tm.Triggers[0]
	// A noun of protesters is both the crowd and its protest: "آلاف
	// المحتجين في العاصمة", "ألقى محتجون الحجارة". The mention model
	// weighs it like any weak word of protest; beside a word of protest
	// or of violence ("تظاهر المحتجون", "أحرق متظاهرون المقر") it is only
	// that protest's crowd.
	if inside && !(tr.Type == hadath.Protest && tr.Weak && dc.protestersAt(tm.First) && !dc.protestNear(tm, crowdProtestReach)) {
		return nil
	}
	// هاجم attacks with arms or with words: with arms when the sentence
	// names a weapon or casualties.
	if tr.Type == hadath.Assault {
		for _, alt := range tm.Triggers[1:] {
			if alt.Type == hadath.Accuse && !dc.physical(tm.First, tm.Last) {
				return alt
			}
		}
	}
	// طالب demands, or is a student of a nationality: "طالب بريطاني".
	if tr.Type == hadath.Request && e.student(dc, tm) {
		return nil
	}
	// مسيرة marches, or strikes as a drone when a strike or casualties
	// follow it: "مسيرة تستهدف قاعدة".
	if tr.Type == hadath.Protest {
		for _, alt := range tm.Triggers[1:] {
			if alt.Type == hadath.Assault && dc.strikeAhead(tm.Last, 3) {
				return alt
			}
		}
	}
	return tr
}

// protestNear reports whether another word of protest stands within
// reach tokens of trigger match tm, in its sentence, or a verb of
// violence right before it (a riot, once protesters do it).
func (dc *doc) protestNear(tm *lexicon.TriggerMatch, reach int) bool {
	sf, sl := dc.sentence(dc.x.Tokens[tm.First].Sent)
	for i := max(sf, tm.First-reach); i < min(sl, tm.Last+reach+1); i++ {
		k := dc.trigAt[i]
		if k < 0 || &dc.trigs[k] == tm {
			continue
		}
		o := &dc.trigs[k]
		for _, t := range o.Triggers {
			// What protesters storm or burn, told by the verb before
			// them, is their riot: "أحرق متظاهرون المقر".
			if t.Type == hadath.Protest || t.Type == hadath.Assault && t.Verb && o.Last <= tm.First && tm.First-o.Last <= 2 {
				return true
			}
		}
	}
	return false
}

// crowdProtestReach is how many tokens from a noun of protesters a word of their
// protest may stand.
const crowdProtestReach = 6

// protestersAt reports whether token i lies within an actor mention of
// protesters.
func (dc *doc) protestersAt(i int) bool {
	a := dc.actorAt[i]
	return a >= 0 && dc.actors[a].Actor.Sector == hadath.SectorProtesters
}

// student reports whether trigger match tm is the noun طالب, a student:
// with the article, which no verb takes (الطالب), after a pronoun, a
// number or a word of death or wounds (وهو طالب، 300 طالب، مقتل طالب), or
// before a demonym with
// no article, since no verb of demanding has an indefinite adjective of
// nationality right after it (طالب سعودي، طالبا أمريكيا), while its
// subject may be a name that ends like one (طالب هادي).
func (e *Extractor) student(dc *doc, tm *lexicon.TriggerMatch) bool {
	if tm.Last-tm.First != 1 || tm.Last >= len(dc.x.Tokens) {
		return false
	}
	w := &dc.x.Tokens[tm.First]
	switch w.Key() {
	case "طالب", "طالبا":
	default:
		return false
	}
	if hasArticle(w) {
		return true
	}
	if i := tm.First - 1; i >= 0 && dc.x.Tokens[i].Sent == w.Sent {
		// "وهو طالب"، "ألف طالب"، "مقتل طالب": a pronoun's predicate, a
		// counted noun and one who died or was hurt are students; no
		// verb of demanding follows these.
		switch strings.TrimPrefix(dc.x.Tokens[i].Norm, "و") {
		case "هو", "هي":
			return true
		}
		if dc.numAt[i] >= 0 || dc.cueAt[i].has(cueKill|cueInjure) {
			return true
		}
	}
	t := &dc.x.Tokens[tm.Last]
	if t.Kind != ar.Word || strings.HasPrefix(t.Norm, "ال") || dc.placeAt[tm.Last] >= 0 {
		return false
	}
	if !strings.HasSuffix(t.Norm, "ي") && !strings.HasSuffix(t.Norm, "يا") {
		return false // a plural is a subject: "طالب أمريكيون"
	}
	_, ok := e.actors.Demonym(t.Norm)
	return ok
}

// fillArgs gives c the arguments the rules read in its sentence, and
// counts the support they give it. Each argument is read by a stage of
// its own from the proposal alone (readParties, readMethod, readPlace,
// readDate, readModality, readCasualties), and c takes what each
// returns; later stages (settle, the role model, coreference) fill or
// change them from the rest of the story.
func (e *Extractor) fillArgs(dc *doc, c *cand) {
	p := &c.proposal
	pt := e.readParties(dc, p)
	c.actor, c.target, c.dropped = pt.actor, pt.target, pt.dropped
	if c.actor == nil && c.typ == hadath.Protest && dc.protestersAt(c.first) {
		a := dc.actors[dc.actorAt[c.first]].Actor // "آلاف المحتجين": the crowd protests
		c.actor = &a
	}
	c.method = dc.readMethod(p, p.trig.Method)
	m, after := dc.readPlace(p)
	c.place, c.placeKind = dc.placeOf(m)
	c.placeAfter = after && !(verbal(c.typ) && dc.saidAt(p, m))
	if d := dc.readDate(p); d != nil {
		c.date, c.dateFromSent = d, true
	}
	c.modality, c.suspected = dc.readModality(p)
	if c.modality == hadath.Asserted && dc.upcoming(c) {
		c.modality = hadath.Future // "ويزور الوزير العاصمة الثلاثاء": next Tuesday
	}
	if c.typ == hadath.Assault || c.typ == hadath.Coerce {
		c.killed, c.injured = dc.readCasualties(c.sent)
	}
	if t := dc.chosenToll(c.sent); t != nil && dc.apartInTime(c, t.at) {
		// "الغارات بعد أسبوع من مقتل ثلاثة جنود": another happening's dead.
		c.killed, c.injured = nil, nil
	}
	if c.typ == hadath.Assault && (c.killed != nil || c.injured != nil) {
		dc.victimTarget(c)
	}
	for _, a := range []*hadath.Actor{c.actor, c.target} {
		if a != nil {
			c.support++
		}
	}
	if c.place != nil {
		c.support++
	}
	if c.method != "" && c.method != c.trig.Method {
		c.support++
	}
	if c.killed != nil || c.injured != nil {
		c.support++
	}
	// "تعرضت القاعدة لهجوم صاروخي": a weak passive verb whose complement
	// names an event of its type states that event.
	if c.trig.Weak && c.trig.Passive && dc.triggerAhead(c, 8) {
		c.support += 2
	}
	if c.typ == hadath.Protest && dc.crowd(c) {
		c.support++
	}
	// "ووصفت الوزارة العقوبات بأنها غير قانونية": a weak word of
	// speech that lays a charge in its clause accuses.
	if c.typ == hadath.Accuse && c.trig.Weak && c.trig.Speech && dc.cueAfter(c, cueCharge, chargeReach) {
		c.support++
	}
	// "تجمع المئات في الساحة تضامنا مع الأسرى": a gathering for a cause
	// is a protest.
	if c.typ == hadath.Protest && c.trig.Weak && dc.cueAfter(c, cueProtestAim, aimReach) {
		c.support++
	}
	// "وطردت الحكومة اثنين من الدبلوماسيين": a weak word of sending away
	// whose clause names envoys after it sends them away.
	if c.typ == hadath.Sanction && c.trig.Weak && c.trig.Verb && dc.cueAfter(c, cueEnvoy, envoyReach) {
		c.support++
	}
	// "بحث الرئيس مع نظيره العلاقات": talks with someone, the party
	// after مع, are a meeting of two.
	if c.typ == hadath.Consult && c.trig.Weak && !c.definite && dc.actorAfter(c.last, 6, withPrep) >= 0 {
		c.support++
	}
	// "اعتقال 14 شخصا", "نشر 500 جندي": a count of those it touched.
	for i := c.last; i < min(len(dc.x.Tokens), c.last+2); i++ {
		if dc.numAt[i] >= 0 && dc.x.Tokens[i].Sent == c.sent {
			c.support++
			break
		}
	}
}

// envoyReach is how many words after a weak verb of sanction the envoys
// it sends away may stand in its clause: its subject, a count, من.
const envoyReach = 6

// chargeReach is how many words after a weak word of speech a charge
// (CHARGE) may stand in its clause: the one charged, بأنه, the charge.
const chargeReach = 8

// aimReach is how many words after a weak word of gathering what the
// crowd gathers for (PROTEST_AIM) may stand: the crowd, the place.
const aimReach = 8

// cueAfter reports whether a word of cue class cu follows c's trigger in
// its clause, within reach words.
func (dc *doc) cueAfter(c *cand, cu cue, reach int) bool {
	return dc.cueFrom(c.sent, c.last, 1, reach, cu)
}

// cueBefore reports whether a word of cue class cu precedes c's trigger
// in its clause, within reach words.
func (dc *doc) cueBefore(c *cand, cu cue, reach int) bool {
	return dc.cueFrom(c.sent, c.first-1, -1, reach, cu)
}

// cueFrom reports whether a word of cue class cu stands within reach
// words of token i, i included, going step (1 or -1) at a time, in
// sentence s and before a break.
func (dc *doc) cueFrom(s, i, step, reach int, cu cue) bool {
	for n := 0; n < reach && i >= 0 && i < len(dc.x.Tokens); n, i = n+1, i+step {
		t := &dc.x.Tokens[i]
		if t.Sent != s || isBreak(t) {
			return false
		}
		if dc.cueAt[i].has(cu) {
			return true
		}
	}
	return false
}

// crowd reports whether a protest names how many took part: a number or
// a vague quantity within three words of its trigger, or in it ("خرج
// المئات", "تظاهر آلاف", "شارك 20 ألفا في المسيرة"). A quantity just
// before a noun trigger counts protests, not people ("عشرات
// المظاهرات"), and does not count.
func (dc *doc) crowd(c *cand) bool {
	for i := max(0, c.first-3); i < min(len(dc.x.Tokens), c.last+3); i++ {
		if dc.x.Tokens[i].Sent != c.sent || i == c.first-1 && c.trig.Noun && !c.trig.Verb {
			continue
		}
		if dc.numAt[i] >= 0 || dc.cueAt[i].has(cueCasualtyUnknown) {
			return true
		}
	}
	return false
}

// triggerAhead reports whether a trigger of c's type starts within n
// tokens after c in its sentence.
func (dc *doc) triggerAhead(c *cand, n int) bool {
	for i := c.last; i < min(len(dc.x.Tokens), c.last+n); i++ {
		if dc.x.Tokens[i].Sent != c.sent {
			return false
		}
		if k := dc.trigAt[i]; k >= 0 && dc.trigs[k].First == i {
			for _, t := range dc.trigs[k].Triggers {
				if t.Type == c.typ && !t.Weak {
					return true
				}
			}
		}
	}
	return false
}

// weakSupport is how many arguments a weak trigger needs to count: on
// the development set, 3 keeps most weak forms that name real events.
const weakSupport = 3

// refSupport is how many arguments a reference to a happening needs to
// stand as an event of its own.
const refSupport = 2

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// The rules' verdict on a candidate: whether they would report it, and
// why not.

// physical reports whether the sentence of tokens first..last-1 names a
// weapon or method near them, or casualties.
func (dc *doc) physical(first, last int) bool {
	s := dc.x.Tokens[first].Sent
	sf, sl := dc.sentence(s)
	for i := max(sf, first-4); i < min(sl, last+10); i++ {
		if dc.methodAt[i] >= 0 && (i < first || i >= last) {
			return true
		}
	}
	return dc.sentenceHas(s, cueKill|cueInjure)
}

// sentenceHas reports whether sentence s holds a cue of the classes c.
func (dc *doc) sentenceHas(s int, c cue) bool {
	return dc.facts(s).cues.has(c)
}

// naturalForce reports whether a disaster (an ACCIDENT cue: a quake, a
// storm, fires, floods) is the subject of c's trigger: right after it, or
// the word after that ("التقت موجة الثلوج مع العاصفة"), or before a verb,
// an adjective between them at most ("اجتاحت حرائق الغابات"، "الأمطار
// الموسمية تقتل"), or two and a relative pronoun ("الهزة العنيفة التي
// ضربت الوادي"، "العاصفة الثلجية القوية التي ضربت السهل").
func (dc *doc) naturalForce(c *cand) bool {
	toks := dc.x.Tokens
	for k := c.last; k < min(len(toks), c.last+2); k++ {
		if toks[k].Sent != c.sent || toks[k].Kind == ar.Punct {
			break
		}
		if dc.cueAt[k].has(cueAccident) {
			return true
		}
	}
	if !c.trig.Verb {
		return false
	}
	reach := 2
	if c.first > 0 && relativePronouns[toks[c.first-1].Norm] {
		reach = 4
	}
	for i := c.first - 1; i >= max(0, c.first-reach); i-- {
		if toks[i].Sent != c.sent || toks[i].Kind == ar.Punct {
			return false
		}
		if dc.cueAt[i].has(cueAccident) {
			return true
		}
	}
	return false
}

// keep decides whether a candidate is reported: weak triggers need the
// text to give something about them. It returns "" to keep it, or why
// not: a soft reason (ruleWeak), which the mention model weighs, or a
// hard one, which stands whatever the model says.
func (e *Extractor) keep(dc *doc, c *cand) string {
	if c.typ == hadath.Assault && dc.cueAt[c.first].has(cueKill|cueInjure) && dc.sentenceHas(c.sent, cueAccident) {
		return ruleAccident // killed in a crash or a quake: no attack
	}
	if c.typ == hadath.Assault && (c.killed != nil || c.injured != nil) && dc.tollSince(c) {
		return ruleToll // "وقتل 120 مدنيا منذ مطلع العام": a toll over time, no one happening
	}
	if !verbal(c.typ) && !c.definite && dc.naturalForce(c) {
		return ruleAccident // "ضرب زلزال المنطقة"، "الأمطار الموسمية تقتل": a quake or a storm strikes, and meets nobody
	}
	if dc.sport(c) {
		return ruleSport // "شن المنتخب أول هجمة على المرمى": a move of a game
	}
	if dc.described(c) {
		return ruleDescribed // "اعتقلت من وصفتهم بالمخربين": words inside another clause
	}
	if dc.endangers(c) {
		return ruleEndangers // "مما يهدد حياة المدنيين": a risk, not a threat
	}
	if c.typ == hadath.Assault && dc.figurative(c) {
		return ruleFigurative // "شن هجوما لاذعا على الوزير": words, not blows
	}
	if dc.sanctionAims(c) {
		return ruleSanctionAim // "عقوبات جديدة تستهدف شركات": what sanctions hit
	}
	if dc.aidFor(c) {
		return ruleAidFor // "تحتاج 9 مليارات للمساعدات": what it is for
	}
	if dc.recalled(c) {
		return ruleRecalled // "استدعت سفيرها للتشاور": a recall, not talks
	}
	if c.trig == streets && armed(c.actor) {
		return ruleForcesOut // "نزلت القوات إلى الشوارع": deployed, not protesting
	}
	if (c.trig == inflicting || c.trig == suffering) && !armed(c.actor) && !armed(c.target) {
		return ruleNoForce // "تكبدت الشركة خسائر": a company's losses
	}
	if c.typ == hadath.Consult && c.target != nil && c.target.Sector == hadath.SectorMedia {
		return ruleInterview // a call with a news agency is an interview
	}
	// A weak trigger needs the text to say enough about it; a weak
	// speech act with its speaker needs one thing less.
	need := weakSupport
	if c.trig.Speech && c.actor != nil {
		need--
	}
	if (c.typ == hadath.Assault || c.typ == hadath.Mobilize) && c.trig.Verb && armed(c.actor) && !imperfect(c.trig.Form) {
		// "سيطرت قوات الجيش على": forces that did it make it an attack;
		// "تمركزت الشرطة في محيط الملعب": forces that spread out or
		// took position deployed (a rumour or a disease spreads too).
		need--
	}
	if c.trig.Weak && c.support < need {
		if c.trig.Verb && imperfect(c.trig.Form) && !dc.sentenceHasDate(c.sent) {
			return ruleHabit
		}
		return ruleWeak
	}
	if c.support == 0 && !c.clause {
		c.lone = true // kept only if it joins another mention
	}
	return ""
}

// Reasons the rules give for not reporting a candidate. The hard ones are
// facts of the language or of the world the models do not overrule.
const (
	ruleWeak        = "weak"         // a weak trigger with too little said about it (soft)
	ruleHabit       = "habit"        // the same in the present tense, undated: a habit or an aim (hard)
	ruleEmbedded    = "embedded"     // what a call, threat or promise says (hard)
	ruleAccident    = "accident"     // deaths in a crash or a disaster (hard)
	ruleToll        = "toll"         // the dead counted since a day or a happening (hard)
	ruleEndangers   = "endangers"    // a risk to someone, not a threat by anyone (hard)
	ruleAidFor      = "aid-for"      // what money is needed for (hard)
	ruleRecalled    = "recalled"     // an envoy called home "for consultations" (hard)
	ruleInterview   = "interview"    // a talk with the press (hard)
	ruleForcesOut   = "forces-out"   // forces going out to the streets: deployed (hard)
	ruleNoForce     = "no-force"     // losses with no force on either side: a market's (hard)
	ruleFigurative  = "figurative"   // an attack or fight of words, law or votes (hard)
	ruleSanctionAim = "sanction-aim" // what sanctions target or hit (hard)
	ruleDescribed   = "described"    // what someone "described as", inside another clause (hard)
	ruleSport       = "sport"        // an attack or a protest in the words of a game (hard)
)

// sanctionAims reports whether an attack verb of aiming or hitting
// (aimVerbs) tells what sanctions target or hit: a sanction trigger stands a few words before it in its
// clause, with nothing between that opens another ("عقوبات جديدة تستهدف
// شركات إيرانية", "العقوبات التي استهدفت قطاع النفط"). A verb after و or
// ف starts a deed of its own ("فرضت عقوبات وقصفت مواقع").
func (dc *doc) sanctionAims(c *cand) bool {
	if w := dc.x.Tokens[c.first].Norm; c.typ != hadath.Assault || !aimVerbs[c.trig.Form] || strings.TrimLeft(w, "وف") != w {
		return false
	}
	sf, _ := dc.sentence(c.sent)
	for i := c.first - 1; i >= max(sf, c.first-sanctionReach); i-- {
		t := &dc.x.Tokens[i]
		if relativePronouns[t.Norm] {
			continue // "العقوبات التي استهدفت": the sanctions are the subject
		}
		if t.Kind == ar.Punct || clauseBreak[t.Norm] || timeOrder[t.Norm] {
			return false
		}
		if dc.triggerOf(i, hadath.Sanction) {
			return true
		}
	}
	return false
}

// aimVerbs are the forms of the attack verbs, as the trigger file writes
// them, that sanctions also do: they target (استهدف) and hit (ضرب، طال).
var aimVerbs = set("استهدف", "استهدفت", "يستهدف", "تستهدف", "ضرب", "ضربت", "يضرب", "تضرب", "طال", "طالت", "يطال", "تطال")

// sanctionReach is how many words before an attack verb the sanctions it
// tells of may stand: the noun, an adjective or two and التي.
const sanctionReach = 5

// figurative reports whether an adjective of the FIG_AFTER class follows
// c's trigger within figurativeReach words of its clause, right after it
// or after another event word: "هجوما لاذعا", "معركة قانونية", "تصعيد
// إعلامي"; after a light verb, the noun it takes: "شن النائب هجوما
// لاذعا". After other words it is not the attack's ("وقع الهجوم بحسب
// تقارير إعلامية").
func (dc *doc) figurative(c *cand) bool {
	_, sl := dc.sentence(c.sent)
	for i := c.last; i < min(sl, c.last+figurativeReach); i++ {
		if dc.x.Tokens[i].Kind == ar.Punct {
			return false
		}
		if dc.cueAt[i].has(cueFigAfter) && (i == c.last || dc.trigAt[i-1] >= 0) {
			return true // right after the trigger, or after an event noun
		}
	}
	return false
}

// figurativeReach is how many words after a trigger its figurative
// adjective may stand: the noun a light verb takes, its subject, and the
// adjective.
const figurativeReach = 4

// hardRule reports whether a reason not to report stands over the model.
func hardRule(why string) bool { return why != "" && why != ruleWeak }

// sentenceHasDate reports whether sentence s names a day, month or year.
func (dc *doc) sentenceHasDate(s int) bool {
	return dc.facts(s).date
}

// armed reports whether an actor is a force: an army, police or an armed
// group.
func armed(a *hadath.Actor) bool {
	if a == nil {
		return false
	}
	switch a.Sector {
	case hadath.SectorMilitary, hadath.SectorArmedGroup, hadath.SectorPolice:
		return true
	}
	return false
}

// imperfect reports whether a verb form of the lexicon is in the present
// tense of the third person or the first plural ("يقاتل", "نستهدف"),
// which tells of aims and habits more often than of a happening.
func imperfect(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return r == ar.Yeh || r == ar.Noon
}

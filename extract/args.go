package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// methodsByType lists the methods each type may carry (docs/format.md), most
// specific first: when several method phrases stand near a trigger, the
// one earlier in this list wins.
var methodsByType = map[string][]string{
	hadath.Assault: {"ballistic_missile", "cruise_missile", "suicide_bombing", "car_bomb", "ied",
		"drone", "airstrike", "mortar", "rocket", "missile", "artillery", "naval", "grenade", "landmine",
		"assassination", "abduction", "sexual_violence", "cyber", "stabbing", "beating", "arson", "raid",
		"gunfire", "clash"},
	hadath.Coerce:  {"demolition", "deportation", "blockade", "curfew", "censorship", "seizure", "detention", "arrest"},
	hadath.Protest: {"hunger_strike", "sit_in", "riot", "boycott", "strike", "demonstration"},
	hadath.Consult: {"call", "visit", "negotiation", "meeting"},
}

// methodRank returns the rank of method m for type typ (lower is more
// specific) and whether it belongs to the type at all.
func methodRank(typ, m string) (int, bool) {
	for i, x := range methodsByType[typ] {
		if x == m {
			return i, true
		}
	}
	return 0, false
}

// readMethod returns the most specific method of p's type named near its
// trigger, or given (the method its trigger words imply, or "") if none
// named is more specific.
func (dc *doc) readMethod(p *proposal, given string) string {
	best, bestRank := given, 1<<30
	if best != "" {
		bestRank, _ = methodRank(p.typ, best)
	}
	sf, sl := dc.sentence(p.sent)
	for i := max(sf, p.first-4); i < min(sl, p.last+10); i++ {
		k := dc.methodAt[i]
		if k < 0 {
			continue
		}
		for _, m := range dc.methods[k].Tags {
			if r, ok := methodRank(p.typ, m); ok && r < bestRank {
				best, bestRank = m, r
			}
		}
	}
	return best
}

// leadDate returns the day the body's first sentence names, if it names
// one no later than publication, or nil.
func (dc *doc) leadDate() *ar.Date {
	s := dc.headline
	for k := range dc.dates {
		d := &dc.dates[k]
		if t := dc.x.Tokens[d.First].Sent; t < s {
			continue
		} else if t > s {
			break
		}
		if sf, _ := dc.sentence(s); d.Precision == hadath.DateDay && !d.Since && d.Date != "" && (!dc.hasPub || d.Date <= dc.pubDay) && !dc.namedDay(d.First, sf) {
			return d
		}
	}
	return nil
}

// readDate returns the date named nearest to p's trigger in its
// sentence, or nil if the sentence names none.
func (dc *doc) readDate(p *proposal) *ar.Date {
	sf, _ := dc.sentence(p.sent)
	starts := dc.facts(p.sent).dateStarts
	// The dates from the trigger on grow further with each; so do those
	// before it, going back, but for the penalty of a statement's date:
	// the search stops where no date can come nearer than the best found.
	at := sort.SearchInts(starts, p.first)
	best, bestAt, bestDist := -1, 0, 1<<30
	consider := func(i, dist int) {
		if dist < bestDist || dist == bestDist && i < bestAt {
			best, bestAt, bestDist = int(dc.dateAt[i]), i, dist
		}
	}
	if at < len(starts) && !(verbal(p.typ) && dc.saidAfter(p.last, starts[at]) && !dc.publishedOn(starts[at])) && !dc.dateOfOther(starts[at], p) {
		consider(starts[at], starts[at]-p.last) // a date deep in what was said dates the thing said of
	}
	// What a clause answers took place before its day: "طردت الدول
	// الاثنين دبلوماسيين ردا على تسميم العميل" does not date the
	// poisoning; a month or a year holds both ("بدأت الحملة في يناير
	// ردا على هجمات على حواجز").
	prior := dc.answered(p.first)
	// A participle of state goes with the clause's main verb, not with
	// what was said after إن or أن before it: in "قال إن الناشط اعتقل
	// يوم الخميس، متهما الشرطة بتلفيق التهم" the day dates the arrest.
	said := verbal(p.typ) && dc.stateParticiple(p.first)
	for q := at - 1; q >= 0 && (p.first-starts[q])*2 <= bestDist; q-- {
		i := starts[q]
		if prior && dc.dates[dc.dateAt[i]].Precision == hadath.DateDay || dc.dateOfOther(i, p) || said && dc.thatBetween(sf, i) {
			continue
		}
		dist := (p.first - i) * 2 // prefer a date after the trigger
		if !verbal(p.typ) && dc.reportDate(sf, i, p.first) {
			dist += reportDatePenalty
		}
		consider(i, dist)
	}
	if best < 0 {
		return nil
	}
	d := &dc.dates[best]
	if g := dc.dayAfterAt(p.first); g >= 0 && bestAt < g && d.Precision == hadath.DateDay && d.DateEnd == "" {
		d = shiftDays(d, -1)
	}
	return d
}

// publishedOn reports whether the date at token i comes right after a
// verb of issuing or publishing with the pronoun of what it issued
// (PUBLISH_VERB: "في مقطع فيديو نشرته الأسبوع الماضي"، "في بيان أصدرته
// أمس"): the day the words were put out, which dates them.
func (dc *doc) publishedOn(i int) bool {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	return i-1 >= sf && dc.cueAt[i-1].has(cuePublishVerb)
}

// dateOfOther reports whether the date at token i is told of another
// happening than p's: a participle or a relative pronoun (ATTRIB_DATE)
// stands right before it, or two words before with a verb between, with
// في، عام or سنة between it and the date, and either that verb or the
// noun before the clause (past its adjectives) names an event of
// another type ("أدانت المتهم الذي أعدم عام 2010"), or that noun lies
// in p's own words past their first two ("انسحبت من الاتفاق التجاري
// الموقع عام 2011"). A clause of p's own head ("الهجوم الإرهابي الذي
// وقع أمس"), or of a noun that names no event, dates p.
func (dc *doc) dateOfOther(i int, p *proposal) bool {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	if dc.namedDay(i, sf) && (i-1 < p.first || i-1 >= p.last) && dc.otherEventAt(i-1, p.typ) {
		return true // "اعتقلته بتهمة التورط في هجمات 11 سبتمبر"; not "هجوم 22 سبتمبر الذي استهدف"
	}
	j := i - 1
	for j >= sf && j >= i-2 && dateLead[dc.x.Tokens[j].Norm] {
		j--
	}
	verb := -1
	switch {
	case j >= sf && dc.cueAt[j].has(cueAttribDate):
	case j-1 >= sf && dc.cueAt[j-1].has(cueAttribDate) && dc.x.Tokens[j].Kind == ar.Word:
		verb, j = j, j-1
	default:
		return false
	}
	h := j - 1
	for h > sf && nisbaAdj(&dc.x.Tokens[h]) {
		h--
	}
	if h < sf {
		return false
	}
	if h >= p.first && h < p.last {
		return h >= p.first+2
	}
	return dc.otherEventAt(verb, p.typ) || dc.otherEventAt(h, p.typ)
}

// namedDay reports whether the date at token i, in the sentence from
// token sf, is a day and month with no year right after an event noun
// without the article: the name of a happening by its day ("هجمات 11
// سبتمبر"، "مظاهرات 30 مارس"، "قمة 12 يونيو"), not the day of another told
// around it ("اعتقلته بتهمة التورط في هجمات 11 سبتمبر").
func (dc *doc) namedDay(i, sf int) bool {
	d := &dc.dates[dc.dateAt[i]]
	if d.Kind != ar.DateExplicit || d.Precision != hadath.DateDay || i-1 < sf || dc.x.Tokens[i].Kind != ar.Number || dc.trigAt[i-1] < 0 {
		return false
	}
	for k := d.First; k < d.Last; k++ {
		if t := &dc.x.Tokens[k]; t.Kind == ar.Number && len(t.Norm) == 4 {
			return false // the year is given
		}
	}
	t := &dc.x.Tokens[i-1]
	return t.Kind == ar.Word && !hasArticle(t)
}

// otherEventAt reports whether token i is a trigger's and none of its
// types is typ.
func (dc *doc) otherEventAt(i int, typ string) bool {
	if i < 0 || dc.trigAt[i] < 0 {
		return false
	}
	for _, tr := range dc.trigs[dc.trigAt[i]].Triggers {
		if tr.Type == typ {
			return false
		}
	}
	return true
}

// dateLead holds the folded words that may stand between what opens a
// clause about a noun and the date it gives: في، عام، العام، سنة.
var dateLead = map[string]bool{"في": true, "عام": true, "العام": true, "سنه": true, "السنه": true, "خلال": true}

// nisbaAdj reports whether t is an adjective of relation with the article
// (التجاري، الإرهابية، الأمريكيين), which follows its noun.
func nisbaAdj(t *ar.Token) bool {
	return strings.HasPrefix(t.Norm, "ال") && nisbaShape(t.Norm)
}

// nisbaShape reports whether the folded word n ends as an adjective of
// relation does: ي، ية (folded يه)، يين، يون.
func nisbaShape(n string) bool {
	return strings.HasSuffix(n, "ي") || strings.HasSuffix(n, "يه") || strings.HasSuffix(n, "يين") || strings.HasSuffix(n, "يون")
}

// answered reports whether the event noun at token i is what its clause
// answers or follows: a word of PRIOR stands at most three words before
// it (ردا على تسميم، على خلفية الهجوم على القاعدة، تنديدا بالهجوم). The
// protest such a word names itself (احتجاجا على) is not.
func (dc *doc) answered(i int) bool {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	for j := i - 1; j >= max(sf, i-3); j-- {
		if dc.cueAt[j].has(cuePrior) {
			return true
		}
		if dc.x.Tokens[j].Kind == ar.Punct {
			return false
		}
	}
	return false
}

// saidAfter reports whether the date at token i, after a statement's
// trigger ending at token last, stands in what was said rather than in
// the clause of the saying: a complementizer, a quote mark, a colon or a
// clause break comes between, or more than three words that are not the
// speaker's name and title. "دعا الوزير، فلان الفلاني، الخميس، إلى": the
// Thursday is the call's; "قال الوزير إن الهجوم وقع الخميس": the attack's.
func (dc *doc) saidAfter(last, i int) bool {
	other := 0
	for j := last; j < i; j++ {
		t := &dc.x.Tokens[j]
		switch {
		case t.Kind == ar.Punct:
			if !isComma(t) {
				return true
			}
		case complementizers[strings.TrimPrefix(t.Norm, "و")] || clauseBreak[t.Norm]:
			return true
		case dc.actorAt[j] < 0:
			if other++; other > 3 {
				return true
			}
		}
	}
	return false
}

// dayAfterAt returns the token of غداة ("on the day after") governing the
// trigger at token first, within the few words of its phrase ("غداة هجوم"،
// "غداة انفجار عبوة ناسفة قرب السوق"), or -1. What follows غداة took place the
// day before the clause that names it.
func (dc *doc) dayAfterAt(first int) int {
	for j := first - 1; j >= 0 && j >= first-dayAfterReach; j-- {
		t := &dc.x.Tokens[j]
		if t.Sent != dc.x.Tokens[first].Sent || t.Kind == ar.Punct {
			return -1
		}
		if t.Key() == keyDayAfter {
			return j
		}
	}
	return -1
}

// dayAfterReach is how many words before a trigger غداة may stand.
const dayAfterReach = 4

// keyDayAfter is the dictionary key of غداة.
var keyDayAfter = ar.Key("غداة")

// shiftDays returns a copy of date d moved n days, or d itself when its
// date is not a day (YYYY-MM-DD).
func shiftDays(d *ar.Date, n int) *ar.Date {
	t, err := time.Parse("2006-01-02", d.Date)
	if err != nil {
		return d
	}
	b := *d
	b.Date = t.AddDate(0, 0, n).Format("2006-01-02")
	return &b
}

// nextYear returns d a year later: "2018-11" for "2017-11". A date it
// cannot move (29 February, or not a date) comes back as it was.
func nextYear(d *ar.Date) *ar.Date {
	from, ok := addYear(d.Date)
	to, okEnd := addYear(d.DateEnd)
	if !ok || (d.DateEnd != "" && !okEnd) {
		return d
	}
	b := *d
	b.Date, b.DateEnd = from, to
	return &b
}

// addYear returns the date s (YYYY, YYYY-MM or YYYY-MM-DD) a year later.
func addYear(s string) (string, bool) {
	if len(s) < 4 || strings.HasSuffix(s, "-02-29") {
		return s, false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return s, false
	}
	return strconv.Itoa(y+1) + s[4:], true
}

// namesYear reports whether the text of date d gives its year: a number
// of four digits among its tokens.
func (dc *doc) namesYear(d *ar.Date) bool {
	for k := d.First; k < d.Last && k < len(dc.x.Tokens); k++ {
		t := &dc.x.Tokens[k]
		if t.Kind == ar.Number && len(t.Norm) == 4 {
			return true
		}
	}
	return false
}

// reportDate reports whether the date at token i, in the sentence from
// token sf, dates a statement that the trigger at token first is told in:
// "أعلن الجيش، الأحد، أنه قصف ... السبت", "أعلن، الأحد، مسؤوليته عن
// إطلاق": the happening takes another date of the sentence if there is
// one. What is announced directly ("أعلن الثلاثاء إطلاق سراحه") is dated
// by it.
func (dc *doc) reportDate(sf, i, first int) bool {
	said := false
	for j := max(sf, i-reportDateReach); j < i && !said; j++ {
		said = dc.cueAt[j].has(cueSay | cueClaim)
	}
	if !said {
		return false
	}
	for j := i + 1; j < first; j++ {
		if complementizers[strings.TrimPrefix(dc.x.Tokens[j].Norm, "و")] || dc.cueAt[j].has(cueClaim) {
			return true
		}
	}
	return false
}

// reportDateReach is how far before a date a verb of saying makes it the
// date of the statement; reportDatePenalty is how much further than a date
// after the trigger such a date counts.
const (
	reportDateReach   = 6
	reportDatePenalty = 30
)

// provided reports whether events of a type are what a bill or a draft
// resolution provides for, and so are only proposed when one names them:
// sanctions, their lifting, aid. A protest the bill stirred, or an attack
// the draft condemns, took place.
func provided(typ string) bool {
	switch typ {
	case hadath.Sanction, hadath.Retreat, hadath.Aid:
		return true
	}
	return false
}

// relativeAfter returns the index of the relative pronoun (التي، الذي)
// at token i or after up to two adjectives with the article that follow
// it in its sentence ("القمة التاريخية التي"), when a token follows the
// pronoun in the sentence; else -1.
func (dc *doc) relativeAfter(i int) int {
	toks := dc.x.Tokens
	for j := i; j < min(i+3, len(toks)-1); j++ {
		t := &toks[j]
		if t.Sent != toks[i].Sent || toks[j+1].Sent != t.Sent {
			return -1
		}
		if t.Norm == "التي" || t.Norm == "الذي" {
			return j
		}
		if t.Kind != ar.Word || !hasArticle(t) || dc.alVerb(j) || dc.actorAt[j] >= 0 || dc.placeAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// agreeReach is how many words may stand between a word of agreeing and
// the على that governs what is agreed: its subject, the parties.
const agreeReach = 8

// agreedTo reports whether p is what the parties agree to do, right after
// على ("اتفقت الدول الثلاث على عقد اجتماع"، "وافق البرلمان على إرسال
// قوات"): it is to come. What is agreed as a deal itself (a truce, a
// withdrawal) is the agreement's matter, not a happening apart.
func (dc *doc) agreedTo(p *proposal, sf int) bool {
	switch p.typ {
	case hadath.Agree, hadath.Retreat, hadath.Concede, hadath.Reject, hadath.Support:
		return false
	}
	if p.first-1 <= sf || strings.TrimPrefix(dc.x.Tokens[p.first-1].Norm, "و") != "علي" {
		return false
	}
	for i := p.first - 2; i >= sf && i >= p.first-1-agreeReach; i-- {
		if agreeWords[strings.TrimPrefix(dc.x.Tokens[i].Key(), "و")] {
			return true
		}
		if dc.actorAt[i] < 0 && !partyWords[strings.TrimPrefix(dc.x.Tokens[i].Key(), "و")] {
			return false // only the parties stand between: "بناء على ادعاءات" is no agreeing
		}
	}
	return false
}

// agreeWords are the folded verbs of agreeing, and the noun after تم,
// that govern what is agreed with على (not a consensus or an approval
// told as a noun: "إجماعها على التنديد" condemns now).
var agreeWords = set("اتفق", "اتفقت", "اتفقوا", "اتفقا", "اتفقتا", "وافق", "وافقت", "وافقوا", "وافقا", "وافقتا", "اتفاق")

// partyWords are the folded words that name the parties to a deal without
// naming them.
var partyWords = set("طرفان", "طرفين", "جانبان", "جانبين", "بلدان", "بلدين", "دولتان", "دولتين", "زعيمان", "زعيمين",
	"رءيسان", "رءيسين", "وزيران", "وزيرين", "ثلاث", "ثلاثه", "اربع", "اربعه", "دول", "اطراف")

// foilReach is how many words after a word of foiling the attack it
// foiled may stand: its subject, محاولة and an adjective.
const foilReach = 6

// readModality returns the modality the cues around p's trigger give it
// (negation, future and condition before it, what comes to be after an
// event noun), and whether a supposition doubts only who did it;
// asserted where none does.
func (dc *doc) readModality(p *proposal) (modality string, suspected bool) {
	sf, _ := dc.sentence(p.sent)
	if dc.mayBe(p, sf) {
		return hadath.Hypothetical, false
	}
	if quantified, negated := dc.anyOf(p, sf); negated {
		return hadath.Negated, false
	} else if quantified {
		return hadath.Hypothetical, false
	}
	for i := p.first - 1; i >= sf && i >= p.first-8; i-- {
		cu := dc.cueAt[i]
		near := p.first-i <= 3
		switch {
		case cu.has(cueNeg) && !dc.denies(i) && p.first-i <= 1 && dc.negatesReading(dc.x.Tokens[i].Key(), p):
			return hadath.Negated, false
		case cu.has(cueFut) && near:
			return hadath.Future, false
		case cu.has(cueFoil) && p.first-i <= foilReach && p.typ == hadath.Assault:
			// "أحبطت الشرطة هجوما"، "إحباط محاولة لإطلاق صاروخ": a
			// foiled attack did not happen; it was to come.
			return hadath.Future, false
		case cu.has(cueIntend) && p.first-i <= intendReach && (!p.trig.Verb || p.definite || p.trig.Noun || p.last-p.first > 1) && !dc.punctIn(i+1, p.first):
			// "ويعتزم الرئيس استقبال نظيره لمحادثات"; a phrase of a verb
			// that is a verbal noun too reads as the noun ("يعتزم رفع دعوى").
			return hadath.Future, false
		case cu.has(cueHyp):
			return hadath.Hypothetical, cu.has(cueBlame) // "يشتبه بأنهما نفذا هجوما": who is in doubt, not what
		case cu.has(cueDraft) && p.first-i <= 4 && provided(p.typ):
			return hadath.Hypothetical, false // "مشروع قانون لفرض عقوبات": proposed, not imposed
		}
		if clauseBreak[dc.x.Tokens[i].Norm] && !near || presupposing[dc.x.Tokens[i].Key()] {
			break
		}
	}
	if dc.calledOff(p, sf) || dc.negatedObject(p, sf) {
		return hadath.Negated, false
	}
	if dc.agreedTo(p, sf) {
		return hadath.Future, false
	}
	// A denial governs a verb after it, across "أن": نفت أن تكون قصفت;
	// what it denies by name, it admits was said: نفت الاتهامات (a word
	// with the article is a noun, whatever its trigger line allows).
	that := false
	for i := p.first - 1; i >= sf && i >= p.first-8; i-- {
		t := &dc.x.Tokens[i]
		if t.Kind == ar.Punct {
			break
		}
		that = that || t.Norm == "ان"
		if dc.denies(i) && (p.trig.Verb && !p.definite || that) {
			return hadath.Negated, false
		}
	}
	// "القمة المقبلة", "أي تظاهرات محتملة": an adjective right after an
	// event noun puts it to come or makes it a possibility.
	if p.trig.Noun || !p.trig.Verb || p.definite {
		for i := p.last; i < min(len(dc.x.Tokens), p.last+3) && dc.x.Tokens[i].Sent == p.sent; i++ {
			if dc.x.Tokens[i].Kind == ar.Punct {
				break
			}
			if dc.cueAt[i].has(cueHypAfter) {
				return hadath.Hypothetical, false
			}
			if dc.cueAt[i].has(cueFutAfter) {
				return hadath.Future, false
			}
		}
	}
	// "القمة التي سيعقدها الحلف": a relative clause in the future; "إن
	// الاجتماع سيناقش": a verb in the future whose subject the definite
	// noun is.
	if (!p.trig.Verb || p.trig.Noun || p.definite) && p.last+1 < len(dc.x.Tokens) && dc.x.Tokens[p.last].Sent == p.sent {
		if r := dc.relativeAfter(p.last); r >= 0 && futurePrefixed(dc.x.Tokens[r+1].Key()) {
			return hadath.Future, false // "للقمة التاريخية التي ستعقد"
		}
		if p.definite && !verbal(p.typ) && futurePrefixed(dc.x.Tokens[p.last].Key()) {
			return hadath.Future, false
		}
	}
	// "سنضرب" is a threat made now, of a blow to come; "ستقدم" a pledge.
	if (p.trig.Verb && futurePrefixed(dc.x.Tokens[p.first].Key()) || p.future) && p.typ != hadath.Threaten && p.typ != hadath.Agree {
		return hadath.Future, false
	}
	// "وستبدأ المفاوضات", "سيستمر القتال": a verb in the future whose
	// subject the event noun is.
	// A form listed as both verb and noun reads as the noun after a
	// verb in the future: "سيعقدان اجتماعا", "ستتضمن رفع الحصار".
	noun := !p.trig.Verb || p.definite || p.trig.Noun
	if noun && p.first > sf && !verbal(p.typ) && futurePrefixed(dc.x.Tokens[p.first-1].Key()) {
		return hadath.Future, false
	}
	// "من المتوقع أن يعقد الوزراء اجتماعا", "ومن المنتظر أن تستأنف
	// المحادثات": a plan's cue, أن and a verb whose object or subject the
	// event is.
	if noun && dc.plannedClause(p, sf) {
		return hadath.Future, false
	}
	// "ستفرض الحكومة عقوبات", "سيعقد المجلس اجتماعا": an event noun that
	// a verb in the future, a few words before it in its clause, takes
	// as its object; not past a word in the accusative, the verb's own
	// object ("ستدفع ثمنا كبيرا للهجوم"). A word with the article is no
	// verb (السيسي، السناتور).
	if noun {
		for i := p.first - 2; i >= sf && i >= p.first-3; i-- {
			t := &dc.x.Tokens[i+1]
			if t.Kind == ar.Punct || clauseBreak[t.Norm] || accusative(t) {
				break
			}
			if w := &dc.x.Tokens[i]; !hasArticle(w) && futurePrefixed(w.Key()) {
				return hadath.Future, false
			}
		}
		if dc.futureGovernor(p, sf) {
			return hadath.Future, false
		}
	}
	return hadath.Asserted, false
}

// intendReach is how many words before an event noun a verb or noun of
// intent (INTEND) may put it to come: the one who intends, and what he
// does first ("ويعتزم الرئيس الأمريكي استقبال نظيره لمحادثات").
const intendReach = 6

// punctIn reports whether a punctuation mark other than a quotation mark
// stands among tokens from to to-1.
func (dc *doc) punctIn(from, to int) bool {
	for i := from; i < to; i++ {
		if isBreak(&dc.x.Tokens[i]) {
			return true
		}
	}
	return false
}

// futureReach is how many words before an event noun the verb in the
// future that takes it as its object may stand, past its subject and a
// time ("ستستضيف وزيرة الخارجية فلانة الفلانية الثلاثاء اجتماعا");
// futureFree is how many words between them may be none of these
// ("سيجري سلسلة لقاءات").
const (
	futureReach = 10
	futureFree  = 1
)

// futureGovernor reports whether a verb in the future governs event noun
// p across the parties, places, dates and numbers that stand between
// them in its clause, and at most futureFree other words: no
// punctuation but quotation marks, no word that opens a clause, and no
// other trigger in between, nor a word in the accusative (ثمنا، كبيرا:
// the verb has its object already, and "ستدفع ثمنا كبيرا للهجوم" pays
// for an attack done). A preposition may stand right before the
// noun, with no other word between it and the verb ("سيشارك الوزير في
// اجتماع"); anywhere else it takes the noun out of the verb's reach
// ("سيبدأ التحقيق في الهجوم"). A word with the article is no verb,
// whatever its first letters (السناتور).
func (dc *doc) futureGovernor(p *proposal, sf int) bool {
	if p.trig.Verb && !p.definite && !p.trig.Noun {
		return false
	}
	toks := dc.x.Tokens
	free, prep := 0, false
	for i := p.first - 1; i >= sf && i >= p.first-futureReach; i-- {
		t := &toks[i]
		switch {
		case isBreak(t) || clauseBreak[t.Norm] || dc.trigAt[i] >= 0:
			return false
		case governing[t.Key()]:
			if i != p.first-1 || !joining[t.Key()] {
				return false
			}
			prep = true
			continue
		case t.Kind == ar.Punct:
			continue
		case dc.actorAt[i] >= 0 || dc.placeAt[i] >= 0 || dc.dateAt[i] >= 0 || dc.numAt[i] >= 0:
			continue
		case !hasArticle(t) && futurePrefixed(t.Key()):
			return true
		}
		if free++; prep || free > futureFree || accusative(t) {
			return false
		}
	}
	return false
}

// accusative reports whether word t ends as an indefinite noun or
// adjective in the accusative does, in an alef after three letters or
// more (اجتماعا، كبيرا).
func accusative(t *ar.Token) bool {
	return strings.HasSuffix(t.Norm, string(ar.Alef)) && utf8.RuneCountInString(t.Norm) >= 4
}

// joining are the prepositions by which a verb in the future may take
// an event to come: taking part in it, going to it, holding it with
// someone.
var joining = set("في", "الى", "مع")

// governing are the prepositions and adverbs of time that take the noun
// after them, out of the reach of a verb before them.
var governing = set("في", "على", "عن", "من", "الى", "مع", "قبل", "بعد", "حول", "ضد", "بسبب", "خلال", "حتى", "منذ", "عقب", "اثر", "لدى", "عند", "حيال", "تجاه")

// negates reports whether a negation word directly before a trigger
// negates it: particles before verbs, عدم and دون before event nouns.
func negates(w string, verb bool) bool {
	switch w {
	case "لم", "لن", "ليس", "ليست", "لا", "ما":
		return verb
	case "عدم", "دون", "بدون":
		return !verb
	}
	return true // multi-word cues: لم يتم، لا صحة
}

// negatedObject reports whether indefinite event noun p is the object of
// a verb in the present tense that لم، لن or لا negates: "لم نبرم صفقة مع المعارضة",
// "لن تقبل الحكومة وساطة" (the subject may stand between). Verbs of
// going on and of ruling out say the opposite ("لم يتوقف القصف", "لا
// يستبعد هجوما") and stay out.
func (dc *doc) negatedObject(p *proposal, sf int) bool {
	if p.definite || p.trig.Verb && !p.trig.Noun {
		return false // "لم يوقع التفجير أي ضحايا": a definite noun is the subject
	}
	i := p.first - 1
	if i-1 < sf {
		return false
	}
	if t := &dc.x.Tokens[i]; t.Kind == ar.Word && hasArticle(t) && i-2 >= sf && !dc.cueAt[i].has(cueNeg) {
		i-- // the verb's subject: "لن تقبل الحكومة وساطة"
	}
	v, neg := &dc.x.Tokens[i], &dc.x.Tokens[i-1]
	if v.Kind != ar.Word || hasArticle(v) || !presentPrefixed(v.Key(), 3) || goesOn(v.Key()) || dc.trigAt[i] >= 0 {
		return false
	}
	switch neg.Norm {
	case "لم", "ولم", "لن", "ولن", "لا", "ولا":
		return !dc.denies(i - 1)
	}
	return false
}

// goesOn reports whether key is a present form of a verb of going on,
// stopping, ruling out or stopping short, whose negation says a thing
// happens or may: لم يتوقف، لا يزال، لا يستبعد، لم يكتف.
func goesOn(key string) bool {
	_, n := utf8.DecodeRuneInString(key) // the prefix of person (ي، ت، ن)
	for _, stem := range [...]string{"زال", "توقف", "نته", "نقطع", "هدا", "ستبعد", "كف", "برح", "فتا", "كتف", "قتصر"} {
		if strings.HasPrefix(key[n:], stem) {
			return true
		}
	}
	return false
}

// negatesReading reports whether negation word w negates p under a
// reading p's word allows: a form listed as verb and noun reads as a noun
// with the article or after عدم ("عدم الإفراج"، "عدم التوصل إلى اتفاق"),
// as a verb after لم.
func (dc *doc) negatesReading(w string, p *proposal) bool {
	asVerb := p.trig.Verb && !p.definite
	asNoun := p.trig.Noun || !p.trig.Verb || p.definite
	return asVerb && negates(w, true) || asNoun && negates(w, false)
}

// anyOf reports whether أي ("any") stands right before event noun p,
// which then names no happening of its own: one denied or said not to
// be when a negation stands a few words before ("لم تتلق الحكومة أي
// طلب"، "نفت الوزارة أي تورط"), a possibility otherwise ("أي هجوم على
// القاعدة سيقابل برد"، "قبل أي اتفاق").
func (dc *doc) anyOf(p *proposal, sf int) (quantified, negated bool) {
	j := p.first - 1
	if j < sf || !anyWord(&dc.x.Tokens[j]) { // after أي a verb form reads as a noun (أي طلب)
		return false, false
	}
	for i := j - 1; i >= sf && i >= j-anyReach; i-- {
		if t := &dc.x.Tokens[i]; t.Kind == ar.Punct || clauseBreak[t.Norm] {
			break
		}
		if dc.cueAt[i].has(cueNeg) {
			return true, true
		}
	}
	return true, false
}

// anyReach is how many words before أي a negation may stand and deny
// what it quantifies: the verb, its subject of a word or two, the
// particle ("لم تقدم وزارة الدفاع أي طلب").
const anyReach = 5

// anyWord reports whether token t is أي or أية, with or without a
// proclitic (بأي، لأي، وأية).
func anyWord(t *ar.Token) bool {
	w := t.Norm
	for range 3 { // up to two proclitics: وبأي، فلأي
		if w == "اي" || w == "ايه" {
			return true
		}
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(anyProclitics, r) || n == len(w) {
			return false
		}
		w = w[n:]
	}
	return false
}

// anyProclitics are the letters that may open أي: و، ف، ب، ل.
const anyProclitics = string(ar.Waw) + string(ar.Feh) + string(ar.Beh) + string(ar.Lam)

// mayBe reports whether قد stands before p's trigger as a verb in the
// present, or before the present verb that governs the event noun a word
// or two on: قد with the present says "may" ("قد يزور الرئيس العاصمة",
// "قد يشن الجيش هجوما"), where with the past it says "has".
func (dc *doc) mayBe(p *proposal, sf int) bool {
	toks := dc.x.Tokens
	for j := p.first - 1; j >= sf && j >= p.first-3; j-- {
		if toks[j].Kind != ar.Word {
			return false
		}
		if k := toks[j].Key(); k == "قد" || k == "وقد" {
			verb := j + 1
			// After قد no noun stands: a prefix of person and two letters
			// or more make a verb in the present (يشن، يزور).
			return verb < len(toks) && mayVerb(toks[verb].Norm) && (verb == p.first || !p.trig.Verb)
		}
	}
	return false
}

// mayVerb reports whether a folded word after قد is a verb in the
// present: a prefix of person and two letters or more (يشن، يزور،
// تشهد), but not a past verb that a prefix letter opens: one of the
// feminine ending in ت ("قد تمكنت القوات"، "قد تعرضت المنازل"), تم, or
// one opened by ن, which in the news is the past ("قد نجا من محاولة
// اغتيال"، "قد نفذ الهجوم") far more often than "we".
func mayVerb(w string) bool {
	if !presentPrefixed(w, 3) || w == "تم" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return r != ar.Noon && !(r == ar.Teh && last == ar.Teh)
}

// cancelReach is how many words before an event noun a word of calling
// off may stand and still govern it: the verb, its subject of up to a
// few words (an office and a name set off by commas), the noun. Commas
// do not count.
const cancelReach = 7

// calledOff reports whether event noun p is what a word of calling off
// (CANCEL) a few words before it, in its clause, calls off: "ألغى وزير
// الخارجية زيارته", "إلغاء الحكومة مؤتمرا صحفيا". Only happenings set
// for a day are called off this way, and then did not take place: a
// meeting, a visit, a protest, an exercise. An agreement or a sanction
// that is undone took place before (إلغاء الاتفاق).
func (dc *doc) calledOff(p *proposal, sf int) bool {
	switch p.typ {
	case hadath.Consult, hadath.Protest, hadath.Mobilize, hadath.Cooperate:
	default:
		return false
	}
	if p.trig.Verb && !p.trig.Noun && !p.definite {
		return false
	}
	words := 0
	for i := p.first - 1; i >= sf && words < cancelReach; i-- {
		t := &dc.x.Tokens[i]
		if dc.cueAt[i].has(cueCancel) {
			return true
		}
		if t.Kind == ar.Punct {
			if t.Norm != "," && t.Norm != "،" {
				return false
			}
			continue
		}
		if clauseBreak[t.Norm] || dc.cueAt[i].has(cueSay) {
			return false
		}
		words++
	}
	return false
}

// plannedClause reports whether event noun p follows, in its clause, a
// plan's cue, أن and an imperfect verb ("من المقرر أن يعقد المجلس
// اجتماعا"): the verb's subject right after it, or an indefinite noun
// (its object) within three words, with no preposition between. A
// definite noun after a preposition tells of a happening done: "من
// المتوقع أن يرتفع عدد القتلى في الهجوم".
func (dc *doc) plannedClause(p *proposal, sf int) bool {
	for j := p.first - 1; j >= sf+2 && j >= p.first-3; j-- {
		t := &dc.x.Tokens[j]
		if t.Kind == ar.Punct || dc.endsInPrep(j) {
			return false
		}
		if dc.x.Tokens[j-1].Norm != "ان" || !imperfectVerb(t.Norm) {
			continue
		}
		if j != p.first-1 && p.definite {
			return false
		}
		return dc.cueAt[j-2].has(cueFut)
	}
	return false
}

// imperfectVerb reports whether a folded word of the text may be a verb
// in the present tense: a prefix of person (ي، ت، ن) and three letters
// or more after it. Unlike imperfect, which reads a lexicon form and
// leaves out ت (a feminine past verb begins so), it takes the feminine
// present (تستأنف).
func imperfectVerb(w string) bool {
	return presentPrefixed(strings.TrimPrefix(w, string(ar.Waw)), 4)
}

// presentPrefixed reports whether a folded word of at least n letters
// begins with a prefix of person of the present tense (ي، ت، ن).
func presentPrefixed(w string, n int) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= n && (r == ar.Yeh || r == ar.Teh || r == ar.Noon)
}

// futurePrefixed reports whether a folded verb carries the future prefix
// س before a present-tense prefix: سيزور، ستعقد، سنرد.
func futurePrefixed(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	if len(w) < 8 || !strings.HasPrefix(w, "س") {
		return false
	}
	if ladyForms[w] {
		return false
	}
	switch w[2:4] {
	case "ي", "ت", "ن":
		for _, n := range futureLookalikes {
			if strings.HasPrefix(w, n) {
				return false
			}
		}
		return true
	}
	return false
}

// futureLookalikes are the folded beginnings of common nouns that start
// as a verb with the future prefix does: سيطرة, سيارة, سياسة, سيادة,
// سيناريو, سيناء, سنوات, سنوية, سيول, ستار, سيدني.
var futureLookalikes = []string{"سيطر", "سيار", "سياس", "سياد", "سياح", "سينا", "سنو", "سيول", "ستار", "سيدني"}

// ladyForms are the folded forms of سيد and سيدة (sir, lady) long enough
// to pass for a verb in the future, and سيما of "لا سيما" (especially);
// سيدعو، سيدرس، سيمارس are verbs.
var ladyForms = set("سيده", "سيدات", "سيدتي", "سيدتان", "سيدتين", "سيدي", "سيما")

// denies reports whether token i is a verb of denial (نفى، تنفي): a
// negation cue whose word is a form of نفى, which negates an event some
// words after it.
func (dc *doc) denies(i int) bool {
	if !dc.cueAt[i].has(cueNeg) {
		return false
	}
	w := strings.TrimPrefix(dc.x.Tokens[i].Norm, "و")
	return strings.HasPrefix(w, "نف") || strings.HasPrefix(w, "ينف") || strings.HasPrefix(w, "تنف")
}

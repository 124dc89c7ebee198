package extract

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// upcoming reports whether c, a verb in the present tense in the body of
// a story or an indefinite event noun such a verb takes as its object,
// tells a happening on a weekday named beside it that the calendar puts
// before the day of the report, or on a day of a month named without a
// year that comes soon after it (soonNextYear). News tells what is done in
// the past tense ("التقى الوزير نظيره الثلاثاء"); a present verb with a
// day names the day to come ("ويزور الوزير العاصمة الثلاثاء", published
// on a Friday, is next Tuesday's visit), unless the day is said to be
// past (الثلاثاء الماضي), the verb follows كان ("كان يزور"), the day
// starts a stretch (منذ الثلاثاء), or it is the day before the report. Headlines tell the news of the day in
// the present tense, and words said are left to their own cues.
func (dc *doc) upcoming(c *cand) bool {
	if verbal(c.typ) || c.sent < dc.headline || !dc.hasPub {
		return false
	}
	// The verb: the trigger, or for an event noun the present verb that
	// takes it as its object ("ويعقد الوزير الخميس اجتماعا مع نظيره").
	verb := c.first
	if !c.trig.Verb || c.definite || !dc.presentVerb(verb) {
		if c.definite {
			return false // a definite noun names a happening told already
		}
		if verb = dc.presentBefore(c); verb < 0 {
			return false
		}
	}
	if !dc.presentVerb(verb) || verb > 0 && appositionWords[dc.x.Tokens[verb-1].Norm] {
		return false // "وهو يشارك في تظاهرة": what he was doing (appositionWords)
	}
	d := c.date
	if d == nil || !c.dateFromSent || d.Since || d.Date == "" || d.Date >= dc.pubDay {
		return false
	}
	switch d.Kind {
	case ar.DateWeekday:
		// The day before the report may be the day it was written
		// ("يجتمع الوزراء السبت", published on the Sunday): that day
		// stays. A week before is the day itself read back a week (the
		// range "الخميس والجمعة" on a Thursday): today's happening, not
		// to come.
		if d.Date >= dc.pub.AddDate(0, 0, -1).Format("2006-01-02") || d.Date == dc.pub.AddDate(0, 0, -7).Format("2006-01-02") {
			return false
		}
	case ar.DateExplicit:
		// A day of a month named without a year, read back to last
		// year, is this year's when that comes soon after the report:
		// "ويلتقي الرئيسان في 12 يونيو", published in May.
		if !dc.soonNextYear(d) {
			return false
		}
	default:
		return false
	}
	// The day is the verb's own: after it in its clause ("يلتقي الرئيس
	// نظيره الثلاثاء"), or right before it ("والأحد، يزور الوزير المخيم").
	switch {
	case d.First > c.last:
		if d.First-c.last > upcomingReach {
			return false
		}
		for i := c.last; i < d.First; i++ {
			if verb != c.first && dc.trigAt[i] >= 0 {
				return false // "هجوم نفذه الأحد مجهولون": the day of another verb
			}
			if t := &dc.x.Tokens[i]; isComma(t) {
				if j := dc.appositionEnd(i, d.First); j > i {
					i = j // "يزور الرئيس، فلان الفلاني، موسكو الجمعة"
					continue
				}
			}
			if t := &dc.x.Tokens[i]; isBreak(t) || clauseBreak[t.Norm] {
				return false
			}
		}
	case verb < c.first && d.First > verb && d.Last <= c.first:
		// between the verb and its object: "ويعقد الخميس الوزير اجتماعا"
	case d.Last <= verb:
		for i := d.Last; i < verb; i++ {
			if dc.x.Tokens[i].Kind != ar.Punct {
				return false
			}
		}
	default:
		return false
	}
	for i := d.First; i < d.Last; i++ {
		if pastDay[dc.x.Tokens[i].Key()] {
			return false
		}
	}
	sf, _ := dc.sentence(c.sent)
	for i := max(sf, verb-3); i < verb; i++ {
		if kanaForms[strings.TrimLeft(dc.x.Tokens[i].Norm, "وف")] {
			return false
		}
	}
	return true
}

// soonReach is how many days after the report a day of a month named
// without a year may fall to be read as this year's with a present verb.
const soonReach = 120

// soonNextYear reports whether explicit date d, of a day or a month
// named without a year and read before the report, falls a year later
// within soonReach days after it.
func (dc *doc) soonNextYear(d *ar.Date) bool {
	if dc.namesYear(d) || len(d.Date) < 7 {
		return false
	}
	next, ok := addYear(d.Date)
	if !ok || next <= dc.pubDay[:len(next)] {
		return false
	}
	return next <= dc.pub.AddDate(0, 0, soonReach).Format("2006-01-02")[:len(next)]
}

// appositionEnd returns the index of the comma that closes an
// apposition opened by the comma at token i ("رئيس الحكومة، فلان
// الفلاني، ..."): the next comma before end, with at most appositionLen
// words and no other mark or clause break between. It returns -1 when
// there is none.
// Unlike pastComma and aside, which read a verb's object or subject past
// an aside and stop at a party, it lets a party stand between the commas:
// the name is the aside here.
func (dc *doc) appositionEnd(i, end int) int {
	for j := i + 1; j < end && j <= i+appositionLen+1; j++ {
		t := &dc.x.Tokens[j]
		if isComma(t) {
			if j == i+1 {
				return -1
			}
			return j
		}
		if isBreak(t) || clauseBreak[t.Norm] || dc.trigAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// appositionLen is how many words a name or title set off by commas
// may have.
const appositionLen = 4

// presentVerb reports whether token i begins as a verb in the present
// tense of the third person does, with ي (ن and ت begin past verbs too:
// نفذ، تحدث).
func (dc *doc) presentVerb(i int) bool {
	return strings.HasPrefix(strings.TrimLeft(dc.x.Tokens[i].Norm, "وف"), string(ar.Yeh))
}

// presentBefore returns the token of the verb in the present tense that
// takes event noun c as its object, at most objectReach words before it
// in its clause, past its subject and a day; -1 if none. It is looser
// than futureGovernor, which finds a verb in the future: a present verb
// with its day is read only against the calendar (upcoming), and a
// phrase of time often stands between ("اعتبارا من الاثنين"), which
// futureGovernor's one free word and its prepositions do not allow
// (reading through it lost four of eight right readings of the corpus).
func (dc *doc) presentBefore(c *cand) int {
	sf, _ := dc.sentence(c.sent)
	for i := c.first - 1; i >= sf && i >= c.first-objectReach; i-- {
		t := &dc.x.Tokens[i]
		if t.Kind == ar.Word && !hasArticle(t) && dc.actorAt[i] < 0 && dc.placeAt[i] < 0 && dc.dateAt[i] < 0 &&
			presentPrefixed(strings.TrimLeft(t.Norm, "وف"), 4) && !auxiliary(strings.TrimLeft(t.Norm, "وف")) {
			return i
		}
		if isBreak(t) || clauseBreak[t.Norm] || dc.trigAt[i] >= 0 || timePreps[strings.TrimLeft(t.Norm, "وف")] {
			return -1
		}
	}
	return -1
}

// timePreps are the folded prepositions of time order (بعد، قبل، منذ،
// إثر، عقب): an event noun after one is no verb's object.
var timePreps = set("بعد", "قبل", "منذ", "اثر", "عقب", "غداه")

// objectReach is how many words before an event noun the present verb
// that takes it as its object may stand: its subject and a day between.
const objectReach = 6

// upcomingReach is how many tokens may stand between a present verb and
// the weekday after it: its subject and object ("يلتقي الرئيس الفرنسي
// نظيره الألماني الثلاثاء").
const upcomingReach = 8

// pastDay holds the words that put a named day in the past (folded, as
// token keys): الثلاثاء الماضي، يوم الأحد المنصرم.
var pastDay = set("ماضي", "ماضيه", "منصرم", "منصرمه", "فائت", "فائته", "سابق")

package extract

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// upcoming reports whether c, a verb in the present tense in the body of
// a story, tells a happening on a weekday named beside it that the
// calendar puts before the day of the report. News tells what is done in
// the past tense ("التقى الوزير نظيره الثلاثاء"); a present verb with a
// day names the day to come ("ويزور الوزير العاصمة الثلاثاء", published
// on a Friday, is next Tuesday's visit), unless the day is said to be
// past (الثلاثاء الماضي), the verb follows كان ("كان يزور"), the day
// starts a stretch (منذ الثلاثاء), or it is the day before the report. Headlines tell the news of the day in
// the present tense, and words said are left to their own cues.
func (dc *doc) upcoming(c *cand) bool {
	if !c.trig.Verb || c.definite || verbal(c.typ) || c.sent < dc.headline || !dc.hasPub {
		return false
	}
	if v := strings.TrimLeft(dc.x.Tokens[c.first].Norm, "وف"); !strings.HasPrefix(v, string(ar.Yeh)) {
		return false // ن and ت begin past verbs too: نفذ، تحدث
	}
	d := c.date
	if d == nil || !c.dateFromSent || d.Kind != ar.DateWeekday || d.Since || d.Date == "" || d.Date >= dc.pubDay {
		return false
	}
	// The day before the report may be the day it was written ("يجتمع
	// الوزراء السبت", published on the Sunday): that day stays.
	// A week before is the day itself read back a week (the range
	// "الخميس والجمعة" on a Thursday): today's happening, not to come.
	if d.Date >= dc.pub.AddDate(0, 0, -1).Format("2006-01-02") || d.Date == dc.pub.AddDate(0, 0, -7).Format("2006-01-02") {
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
	case d.Last <= c.first:
		for i := d.Last; i < c.first; i++ {
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
	for i := max(sf, c.first-3); i < c.first; i++ {
		if kanaForms[strings.TrimLeft(dc.x.Tokens[i].Norm, "وف")] {
			return false
		}
	}
	return true
}

// appositionEnd returns the index of the comma that closes an
// apposition opened by the comma at token i ("الرئيس السوداني، عمر
// البشير، ..."): the next comma before end, with at most appositionLen
// words and no other mark or clause break between. It returns -1 when
// there is none.
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

// upcomingReach is how many tokens may stand between a present verb and
// the weekday after it: its subject and object ("يلتقي الرئيس الفرنسي
// نظيره الألماني الثلاثاء").
const upcomingReach = 8

// pastDay holds the words that put a named day in the past (folded, as
// token keys): الثلاثاء الماضي، يوم الأحد المنصرم.
var pastDay = set("ماضي", "ماضيه", "منصرم", "منصرمه", "فائت", "فائته", "سابق")

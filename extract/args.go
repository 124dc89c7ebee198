package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/gazetteer"
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

// fillMethod picks the most specific method named near the trigger.
func (e *Extractor) fillMethod(dc *doc, c *cand) {
	best, bestRank := c.method, 1<<30
	if best != "" {
		bestRank, _ = methodRank(c.typ, best)
	}
	sf, sl := dc.sentence(c.sent)
	for i := max(sf, c.first-4); i < min(sl, c.last+10); i++ {
		k := dc.methodAt[i]
		if k < 0 {
			continue
		}
		for _, m := range dc.methods[k].Tags {
			if r, ok := methodRank(c.typ, m); ok && r < bestRank {
				best, bestRank = m, r
			}
		}
	}
	c.method = best
}

// isLocative reports whether place mention p is used as a location: after
// في, ب, قرب and the like, or after a place noun.
func (dc *doc) isLocative(p int) bool {
	m := &dc.places[p]
	switch dc.prep(m.First, m.Start) {
	case "في", "ب", "علي", "قرب", "داخل", "الي", "عند", "حول", "نحو":
		return true
	case "":
		sf, _ := dc.sentence(dc.x.Tokens[m.First].Sent)
		if m.First-1 >= sf {
			if dc.cueAt[m.First-1].has(cuePlaceNoun) {
				return true // مدينة الظهران، ريف إدلب
			}
			if q := dc.placeAt[m.First-1]; q >= 0 && dc.actorAt[m.First-1] < 0 &&
				(!dc.conjoined(m.First, m.Start) || dc.prep(dc.places[q].First, dc.places[q].Start) != "من") {
				// In apposition to a place (جرابلس شمالي سوريا), or joined
				// to one (إلى الأردن والسعودية), but not to where something
				// came from: "صواريخ من غزة وإسرائيل تدعو" opens a clause.
				return true
			}
			return dc.cueAt[m.First-1].has(cueLocPrep)
		}
	}
	return false
}

// conjoined reports whether the mention starting at token i, code point
// start, carries the conjunction و: "من غزة وإسرائيل" coordinates two
// names, it does not place one in the other.
func (dc *doc) conjoined(i, start int) bool {
	t := &dc.x.Tokens[i]
	return start > t.Start && strings.ContainsRune(dc.x.Src[t.Byte:dc.byteAt(i, start)], ar.Waw)
}

// precisionRank orders precisions from most to least precise.
func precisionRank(p string) int {
	switch p {
	case hadath.PrecisionSite:
		return 0
	case hadath.PrecisionCity:
		return 1
	case hadath.PrecisionDistrict:
		return 2
	case hadath.PrecisionAdmin1:
		return 3
	case hadath.PrecisionSea:
		return 4
	case hadath.PrecisionCountry:
		return 5
	}
	return 6
}

// fillPlace picks the most precise locative place in the trigger's
// clause, after the trigger first, then before it.
func (e *Extractor) fillPlace(dc *doc, c *cand) {
	sf, sl := dc.sentence(c.sent)
	pick := func(from, to int) *gazetteer.Mention {
		var best *gazetteer.Mention
		for i := from; i < to; i++ {
			if t := &dc.x.Tokens[i]; best != nil && (t.Norm == "،" || t.Norm == "," || clauseBreak[t.Norm]) {
				break // the nearest clause that names a place
			}
			p := dc.placeAt[i]
			if p < 0 || dc.places[p].First != i || dc.actorAt[i] >= 0 {
				continue
			}
			if !dc.isLocative(int(p)) && !(c.typ == hadath.Assault && i-c.last <= 1 && i >= c.last) {
				continue // a site right after an attack verb is its scene: استهدفت قاعدة
			}
			m := &dc.places[p]
			if best == nil || precisionRank(m.Entry.Precision) < precisionRank(best.Entry.Precision) {
				best = m
			}
		}
		return best
	}
	m := pick(c.last, min(sl, c.last+18))
	c.placeAfter = m != nil
	if m == nil {
		m = pick(max(sf, c.first-12), c.first)
	}
	dc.setPlace(c, m)
}

// setPlace makes place mention m the location of c.
func (dc *doc) setPlace(c *cand, m *gazetteer.Mention) {
	if m != nil {
		pl := m.Entry.Place()
		sp := dc.mentionSpan(m.First, m.Last, m.Start, m.End)
		pl.Span = &sp
		c.place, c.placeKind = &pl, m.Entry.Kind
	}
}

// leadPlace returns the first locative place named in the first two
// sentences, or nil.
func (dc *doc) leadPlace() *gazetteer.Mention {
	for k := range dc.places {
		m := &dc.places[k]
		if dc.x.Tokens[m.First].Sent > 1 {
			break
		}
		if dc.actorAt[m.First] < 0 && dc.isLocative(k) {
			return m
		}
	}
	return nil
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
		if d.Precision == hadath.DateDay && !d.Since && d.Date != "" && (!dc.hasPub || d.Date <= dc.pubDay) {
			return d
		}
	}
	return nil
}

// dateBefore returns the day the sentence just before sentence s names,
// if any: a story goes on from the day it has just given.
func (dc *doc) dateBefore(s int) *ar.Date {
	if s <= dc.headline {
		return nil
	}
	starts := dc.facts(s - 1).dateStarts
	for k := len(starts) - 1; k >= 0; k-- {
		d := &dc.dates[dc.dateAt[starts[k]]]
		if d.Precision == hadath.DateDay && (!dc.hasPub || d.Date <= dc.pubDay) {
			return d
		}
	}
	return nil
}

// fillDate takes the date named nearest to the trigger in its sentence.
func (e *Extractor) fillDate(dc *doc, c *cand) {
	sf, _ := dc.sentence(c.sent)
	starts := dc.facts(c.sent).dateStarts
	// The dates from the trigger on grow further with each; so do those
	// before it, going back, but for the penalty of a statement's date:
	// the search stops where no date can come nearer than the best found.
	p := sort.SearchInts(starts, c.first)
	best, bestAt, bestDist := -1, 0, 1<<30
	consider := func(i, dist int) {
		if dist < bestDist || dist == bestDist && i < bestAt {
			best, bestAt, bestDist = int(dc.dateAt[i]), i, dist
		}
	}
	if p < len(starts) && !(verbal(c.typ) && starts[p] > c.last+3) {
		consider(starts[p], starts[p]-c.last) // a date deep in what was said dates the thing said of
	}
	for q := p - 1; q >= 0 && (c.first-starts[q])*2 <= bestDist; q-- {
		i := starts[q]
		dist := (c.first - i) * 2 // prefer a date after the trigger
		if !verbal(c.typ) && dc.reportDate(sf, i, c.first) {
			dist += reportDatePenalty
		}
		consider(i, dist)
	}
	if best >= 0 {
		c.date = &dc.dates[best]
		c.dateFromSent = true
		if g := dc.dayAfterAt(c.first); g >= 0 && bestAt < g && c.date.Precision == hadath.DateDay && c.date.DateEnd == "" {
			c.date = shiftDays(c.date, -1)
		}
	}
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

// fillModality reads negation, future and condition cues before the
// trigger.
func (e *Extractor) fillModality(dc *doc, c *cand) {
	sf, _ := dc.sentence(c.sent)
	for i := c.first - 1; i >= sf && i >= c.first-8; i-- {
		cu := dc.cueAt[i]
		near := c.first-i <= 3
		switch {
		case cu.has(cueNeg) && !dc.denies(i) && c.first-i <= 1 && negates(dc.x.Tokens[i].Key(), c.trig.Verb):
			c.modality = hadath.Negated
			return
		case cu.has(cueFut) && near:
			c.modality = hadath.Future
			return
		case cu.has(cueHyp):
			c.modality = hadath.Hypothetical
			c.suspected = cu.has(cueBlame) // "يشتبه بأنهما نفذا هجوما": who is in doubt, not what
			return
		}
		if clauseBreak[dc.x.Tokens[i].Norm] && !near || presupposing[dc.x.Tokens[i].Key()] {
			break
		}
	}
	// A denial governs a verb after it, across "أن": نفت أن تكون قصفت;
	// what it denies by name, it admits was said: نفت الاتهامات (a word
	// with the article is a noun, whatever its trigger line allows).
	that := false
	for i := c.first - 1; i >= sf && i >= c.first-8; i-- {
		t := &dc.x.Tokens[i]
		if t.Kind == ar.Punct {
			break
		}
		that = that || t.Norm == "ان"
		if dc.denies(i) && (c.trig.Verb && !c.definite || that) {
			c.modality = hadath.Negated
			return
		}
	}
	// "القمة المقبلة", "أي تظاهرات محتملة": an adjective right after an
	// event noun puts it to come or makes it a possibility.
	if c.trig.Noun || !c.trig.Verb || c.definite {
		for i := c.last; i < min(len(dc.x.Tokens), c.last+3) && dc.x.Tokens[i].Sent == c.sent; i++ {
			if dc.x.Tokens[i].Kind == ar.Punct {
				break
			}
			if dc.cueAt[i].has(cueHypAfter) {
				c.modality = hadath.Hypothetical
				return
			}
			if dc.cueAt[i].has(cueFutAfter) {
				c.modality = hadath.Future
				return
			}
		}
	}
	// "القمة التي سيعقدها الحلف": a relative clause in the future.
	if !c.trig.Verb && c.last+1 < len(dc.x.Tokens) && dc.x.Tokens[c.last].Sent == c.sent {
		if r := dc.x.Tokens[c.last].Norm; (r == "التي" || r == "الذي") && futurePrefixed(dc.x.Tokens[c.last+1].Key()) {
			c.modality = hadath.Future
			return
		}
	}
	// "سنضرب" is a threat made now, of a blow to come; "ستقدم" a pledge.
	if c.trig.Verb && c.typ != hadath.Threaten && c.typ != hadath.Agree && futurePrefixed(dc.x.Tokens[c.first].Key()) {
		c.modality = hadath.Future
		return
	}
	// "وستبدأ المفاوضات", "سيستمر القتال": a verb in the future whose
	// subject the event noun is.
	if (!c.trig.Verb || c.definite) && c.first > sf && !verbal(c.typ) && futurePrefixed(dc.x.Tokens[c.first-1].Key()) {
		c.modality = hadath.Future
		return
	}
	// "ستفرض الحكومة عقوبات", "سيعقد المجلس اجتماعا": an event noun that
	// a verb in the future, a few words before it in its clause, takes
	// as its object.
	if !c.trig.Verb {
		for i := c.first - 2; i >= sf && i >= c.first-3; i-- {
			t := &dc.x.Tokens[i+1]
			if t.Kind == ar.Punct || clauseBreak[t.Norm] {
				break
			}
			if futurePrefixed(dc.x.Tokens[i].Key()) {
				c.modality = hadath.Future
				return
			}
		}
	}
}

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

// futurePrefixed reports whether a folded verb carries the future prefix
// س before a present-tense prefix: سيزور، ستعقد، سنرد.
func futurePrefixed(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	if len(w) < 8 || !strings.HasPrefix(w, "س") {
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
// سيناريو, سيناء, سنوات, سنوية, سيول, ستار.
var futureLookalikes = []string{"سيطر", "سيار", "سياس", "سياد", "سياح", "سينا", "سنو", "سيول", "ستار", "سيد"}

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

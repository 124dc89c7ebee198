package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
)

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
			noun := m.First - 1
			if noun-1 >= sf && ar.OpenQuote(dc.x.Tokens, noun) {
				noun-- // مدينة "الظهران": the place noun before the mark
			}
			if dc.cueAt[noun].has(cuePlaceNoun) {
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

// readPlace returns the most precise locative place named in p's clause,
// after its trigger first, then before it, and whether it is named after
// the trigger; nil if the clause names none.
func (dc *doc) readPlace(p *proposal) (m *gazetteer.Mention, after bool) {
	sf, sl := dc.sentence(p.sent)
	// What a meeting or words are about is no place of theirs: "التقى
	// نظيره لبحث الوضع في سوريا" met nowhere it says.
	topical := p.typ == hadath.Consult || verbal(p.typ)
	pick := func(from, to int) *gazetteer.Mention {
		var best *gazetteer.Mention
		for i := from; i < to; i++ {
			if t := &dc.x.Tokens[i]; best != nil && (t.Norm == "،" || t.Norm == "," || clauseBreak[t.Norm]) {
				break // the nearest clause that names a place
			}
			k := dc.placeAt[i]
			if k < 0 || dc.places[k].First != i || topical && dc.topicPlace(int(k)) {
				continue
			}
			// Where a visit went is its place, a state too (زار الوزير
			// بغداد، زيارته لمصر).
			if visit := dc.visitedPlace(p, int(k)); !visit {
				if dc.actorAt[i] >= 0 {
					continue
				}
				if !dc.isLocative(int(k)) && !(p.typ == hadath.Assault && i-p.last <= 1 && i >= p.last) &&
					!(p.typ == hadath.Consult && i == p.last && dc.cueAt[i-1].has(cueVenueNoun)) {
					continue // a site right after an attack verb is its scene: استهدفت قاعدة; so is a summit's town: قمة هلسنكي
				}
			}
			m := &dc.places[k]
			if best == nil || precisionRank(m.Entry.Precision) < precisionRank(best.Entry.Precision) {
				best = m
			}
		}
		return best
	}
	if m = pick(p.last, min(sl, p.last+18)); m != nil {
		return m, true
	}
	return pick(max(sf, p.first-12), p.first), false
}

// topicPlace reports whether place mention k is part of what a meeting
// or words are about: a word of topic stands at most four words before it
// in its clause ("لبحث الوضع في سوريا"، "بشأن الأزمة في اليمن").
func (dc *doc) topicPlace(k int) bool {
	m := &dc.places[k]
	sf, _ := dc.sentence(dc.x.Tokens[m.First].Sent)
	for i := m.First - 1; i >= max(sf, m.First-maxTopicGap); i-- {
		t := &dc.x.Tokens[i]
		if t.Kind == ar.Punct || clauseBreak[t.Norm] || dc.placeAt[i] >= 0 {
			return false // "بشأن سوريا في آستانا": the topic named, then where
		}
		if dc.cueAt[i].has(cueTopic) {
			return true
		}
	}
	return false
}

// maxTopicGap is how far before a place a word of topic makes it the
// subject: the topic noun, its adjective, and في.
const maxTopicGap = 4

// visitedPlace reports whether place mention k is where the visit p
// proposes went: the object of its verb or what follows its noun after ل
// or إلى, at most four words on in its clause ("زار وفد سعودي سقطرى"،
// "خلال زيارته لبكين"). A state named so is the place even where it is
// also read as a party.
func (dc *doc) visitedPlace(p *proposal, k int) bool {
	m := &dc.places[k]
	if p.typ != hadath.Consult || p.trig.Method != methodVisit || m.First < p.last || m.First-p.last > 2*maxVisitGap {
		return false
	}
	free := 0 // words outside the visitor's name and the day
	for i := p.last; i < m.First; i++ {
		t := &dc.x.Tokens[i]
		if clauseBreak[t.Norm] || dc.placeAt[i] >= 0 || t.Kind == ar.Punct && !isComma(t) {
			return false
		}
		if dc.actorAt[i] < 0 && dc.dateAt[i] < 0 && !isComma(t) {
			free++
		}
	}
	if free > maxVisitGap {
		return false
	}
	switch dc.prep(m.First, m.Start) {
	case "", "ل", "الي":
		return !dc.conjoined(m.First, m.Start)
	}
	return false
}

// maxVisitGap is how many words other than the visitor's name and the
// day may stand between a visit and the place it went to: an adjective or
// two (زار الرئيس الفرنسي بيروت).
const maxVisitGap = 4

// saidAt reports whether place mention m, named after the words p
// proposes, is where they were said: "في" and the place right after the
// speaker and the day, before what was said ("طالب الأمين العام
// الاثنين في جنيف بوقف القتال"). A place further on is what was said
// (اتهمها بالتدخل في اليمن).
func (dc *doc) saidAt(p *proposal, m *gazetteer.Mention) bool {
	if m == nil || m.First <= p.last || dc.prep(m.First, m.Start) != "في" {
		return false
	}
	for i := p.last; i < m.First-1; i++ {
		if dc.actorAt[i] < 0 && dc.dateAt[i] < 0 && !isComma(&dc.x.Tokens[i]) {
			return false
		}
	}
	return true
}

// placeOf returns the place record of place mention m, with its span, and
// the gazetteer's kind of place (base, airport, city...); nil for none.
func (dc *doc) placeOf(m *gazetteer.Mention) (*hadath.Place, string) {
	if m == nil {
		return nil, ""
	}
	pl := m.Entry.Place()
	sp := dc.mentionSpan(m.First, m.Last, m.Start, m.End)
	pl.Span = &sp
	return &pl, m.Entry.Kind
}

// setPlace makes place mention m the location of c, unless m is nil.
func (dc *doc) setPlace(c *cand, m *gazetteer.Mention) {
	if m != nil {
		c.place, c.placeKind = dc.placeOf(m)
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
		if dc.actorAt[m.First] < 0 && dc.isLocative(k) && !dc.topicPlace(k) {
			return m
		}
	}
	return nil
}

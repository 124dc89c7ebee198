package ar

import "strings"

// How much context a month name needs to be read as a month.
const (
	guardNone   = iota // يناير, أيار: always a month
	guardCue           // مارس (also a verb), نيسان: after في, منذ, شهر..., or with a day, year, modifier or pair
	guardStrong        // ماي, آب, رجب, صفر: only with a day, a year, شهر or a paired name
)

// addMonthNames records the month names of the three Gregorian naming
// systems (transliterated, Levantine and Iraqi, Maghrebi) and of the
// Hijri calendar. Two-word names are in twoWordMonths.
func (l *lexicon) addMonthNames() {
	greg := []struct {
		guard uint8
		names string
	}{
		{guardNone, "يناير جانفي"},
		{guardNone, "فبراير شباط فيفري"},
		{guardCue, "مارس آذار"},
		{guardNone, "أبريل إبريل ابريل أفريل"},
		{guardNone, "مايو أيار"},
		{guardNone, "يونيو يونيه حزيران"},
		{guardNone, "يوليو يوليه تموز جويلية"},
		{guardNone, "أغسطس اغسطس"},
		{guardNone, "سبتمبر أيلول"},
		{guardNone, "أكتوبر اكتوبر"},
		{guardNone, "نوفمبر"},
		{guardNone, "ديسمبر"},
	}
	for i, g := range greg {
		l.monthName(i+1, gregorian, g.guard, g.names)
	}
	l.monthName(4, gregorian, guardCue, "نيسان")
	l.monthName(5, gregorian, guardStrong, "ماي")
	l.monthName(6, gregorian, guardStrong, "جوان")
	l.monthName(8, gregorian, guardStrong, "آب أوت")
	for m, names := range []string{"محرم", "صفر", "", "", "", "", "رجب", "شعبان", "رمضان", "شوال"} {
		if names != "" {
			l.monthName(m+1, hijri, guardStrong, names)
		}
	}
	for _, t := range twoWordMonths {
		l.dateWord(dateHead, 0, 0, strings.Fields(t.name)[0])
	}
}

// monthRef is a month as named: its number, calendar and guard.
type monthRef struct {
	m     int
	cal   calendar
	guard uint8
}

// twoWordMonths lists the month names of two words.
var twoWordMonths = []struct {
	name string
	ref  monthRef
}{
	{"كانون الثاني", monthRef{1, gregorian, guardNone}},
	{"كانون ثاني", monthRef{1, gregorian, guardNone}},
	{"كانون الأول", monthRef{12, gregorian, guardNone}},
	{"كانون أول", monthRef{12, gregorian, guardNone}},
	{"تشرين الأول", monthRef{10, gregorian, guardNone}},
	{"تشرين أول", monthRef{10, gregorian, guardNone}},
	{"تشرين الثاني", monthRef{11, gregorian, guardNone}},
	{"تشرين ثاني", monthRef{11, gregorian, guardNone}},
	{"ربيع الأول", monthRef{3, hijri, guardCue}},
	{"ربيع الآخر", monthRef{4, hijri, guardCue}},
	{"ربيع الثاني", monthRef{4, hijri, guardCue}},
	{"جمادى الأولى", monthRef{5, hijri, guardCue}},
	{"جمادى الأول", monthRef{5, hijri, guardCue}},
	{"جمادى الآخرة", monthRef{6, hijri, guardCue}},
	{"جمادى الثانية", monthRef{6, hijri, guardCue}},
	{"جمادى الآخر", monthRef{6, hijri, guardCue}},
	{"جمادى الثاني", monthRef{6, hijri, guardCue}},
	{"ذو القعدة", monthRef{11, hijri, guardCue}},
	{"ذي القعدة", monthRef{11, hijri, guardCue}},
	{"ذو الحجة", monthRef{12, hijri, guardCue}},
	{"ذي الحجة", monthRef{12, hijri, guardCue}},
}

// twoWordIndex maps the keys of the two-word month names to their months.
func twoWordIndex() map[string]monthRef {
	m := make(map[string]monthRef, len(twoWordMonths))
	for _, t := range twoWordMonths {
		m[Key(t.name)] = t.ref
	}
	return m
}

// monthAt reads a month name at token j, with a paired name of the same
// month in another system after it ("أكتوبر/تشرين الأول", "تشرين الأول
// (أكتوبر)", "أبريل نيسان"). It returns the month and the index after it;
// a pair needs no further context, so its guard is guardNone.
func (s *dateScan) monthAt(j int) (monthRef, int, bool) {
	ref, end, ok := s.monthName(j)
	if !ok {
		return ref, 0, false
	}
	toks := s.x.Tokens
	k := end
	open := false
	if k < len(toks) {
		switch toks[k].Norm {
		case "/", "-", "\\":
			k++
		case "(":
			k++
			open = true
		}
	}
	if ref2, end2, ok := s.monthName(k); ok && ref2.m == ref.m && ref2.cal == ref.cal && !s.rd[k].waw {
		end = end2
		if open && end < len(toks) && toks[end].Norm == ")" {
			end++
		}
		ref.guard = guardNone
	}
	return ref, end, true
}

// monthName reads one month name, of one or two words, at token j.
func (s *dateScan) monthName(j int) (monthRef, int, bool) {
	if j >= len(s.x.Tokens) {
		return monthRef{}, 0, false
	}
	r := s.rd[j]
	if r.e == nil {
		return monthRef{}, 0, false
	}
	switch r.e.date {
	case dateMonth:
		return monthRef{r.e.dateVal, r.e.cal, r.e.guard}, j + 1, true
	case dateHead:
		if j+1 < len(s.x.Tokens) {
			if ref, ok := sharedLexicon().twoWord[r.e.word+" "+s.x.Tokens[j+1].Key()]; ok {
				return ref, j + 2, true
			}
		}
	}
	return monthRef{}, 0, false
}

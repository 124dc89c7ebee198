package ar

import "github.com/hadath/hadath"

// generalNouns lists the folded nouns that العام follows as the adjective
// "general" or "public" (الأمين العام الحالي), not as "the year".
var generalNouns = map[string]bool{
	"امين": true, "مدعي": true, "ناءب": true, "مدير": true, "قاءد": true, "مفتش": true,
	"امن": true, "قطاع": true, "مال": true, "راي": true, "اضراب": true,
	"مءتمر": true, "وضع": true, "عفو": true, "نظام": true, "شان": true, "اطار": true,
	"مرشد": true, "منسق": true, "مراقب": true, "حق": true, "نفع": true, "تعليم": true,
	"مستشار": true, "مقرر": true, "مفوض": true, "مراقبه": true,
}

// period reads a relative week, month or year: "هذا الأسبوع", "الأسبوع
// الماضي", "الشهر الجاري", "العام المقبل", "السنة الماضية".
func (s *dateScan) period(i int) (Date, bool) {
	toks := s.x.Tokens
	j, mod := i, 0
	if matches(&toks[i], "هذا") || matches(&toks[i], "هذه") {
		j, mod = i+1, modThis
	}
	unit, ok := s.periodWord(j)
	if !ok {
		return Date{}, false
	}
	last := j + 1
	if m := s.modAt(j + 1); m != 0 && (mod == 0 || m == modThis) {
		mod, last = m, j+2
	}
	if mod == 0 && j >= 2 && matches(&toks[j-1], "من") && (matches(&toks[j-2], "سابق") || matches(&toks[j-2], "لاحق")) {
		mod = modThis // في وقت سابق من الأسبوع
	}
	if mod == 0 {
		return Date{}, false
	}
	d := s.periodDate(i, last, unit, mod)
	if unit == unitWeek && i > 0 && matches(&toks[i-1], "نهايه") && s.hasPub {
		// نهاية الأسبوع المقبل: its weekend, Friday and Saturday.
		start := weekStart(s.pub).AddDate(0, 0, 7*(mod-modThis))
		d.Date, d.DateEnd = day(start.AddDate(0, 0, 5)), day(start.AddDate(0, 0, 6))
	}
	return d, true
}

// recentSpan reads the last hours or days before publication: "الساعات
// الماضية", "الأيام الأخيرة". The hours are the publication day; the days
// a week up to it, as "this week" is.
func (s *dateScan) recentSpan(j int) (Date, bool) {
	r := s.rd[j]
	if r.e == nil || !r.art || r.e.n != 0 || (r.e.dateVal != unitDay && r.e.dateVal != unitHour) || j+1 >= len(s.x.Tokens) {
		return Date{}, false
	}
	if s.modAt(j+1) != modPast && !matches(&s.x.Tokens[j+1], "الاخيره") {
		return Date{}, false
	}
	d := Date{First: j, Last: j + 2, Kind: DateRelative, Precision: hadath.DateDay}
	if r.e.dateVal == unitDay {
		d.Precision = hadath.DateWeek
	}
	if s.hasPub {
		d.Date = day(s.pub)
		if r.e.dateVal == unitDay {
			d.Date, d.DateEnd = day(s.pub.AddDate(0, 0, -6)), day(s.pub)
		}
	}
	return d, true
}

// thisPeriod reads a relative period without modifier, the current one:
// "العام" in "منذ بداية العام".
func (s *dateScan) thisPeriod(j int) (Date, bool) {
	unit, ok := s.periodWord(j)
	if !ok {
		return Date{}, false
	}
	last, mod := j+1, modThis
	if m := s.modAt(j + 1); m != 0 {
		last, mod = j+2, m
	}
	return s.periodDate(j, last, unit, mod), true
}

// periodWord reads الأسبوع, الشهر, العام or السنة at token j and returns
// its unit.
func (s *dateScan) periodWord(j int) (int, bool) {
	if !s.is(j, datePeriod) {
		return 0, false
	}
	r := s.rd[j]
	if !r.art || r.e.n != 1 || r.e.dateVal == unitDay || r.e.dateVal == unitHour {
		return 0, false
	}
	if r.e.word == "عام" && j > 0 && generalNouns[s.x.Tokens[j-1].Key()] {
		return 0, false
	}
	return r.e.dateVal, true
}

// periodDate resolves a week, month or year relative to publication.
func (s *dateScan) periodDate(first, last, unit, mod int) Date {
	off := mod - modThis // modPast -1, modThis 0, modNext 1
	d := Date{First: first, Last: last, Kind: DateRelative}
	switch unit {
	case unitWeek:
		d.Precision = hadath.DateWeek
		if s.hasPub {
			start := weekStart(s.pub).AddDate(0, 0, 7*off)
			d.Date, d.DateEnd = day(start), day(start.AddDate(0, 0, 6))
		}
	case unitMonth:
		d.Precision = hadath.DateMonth
		if s.hasPub {
			d.Date = month(shiftMonth(s.pub.Year(), int(s.pub.Month()), off))
		}
	default:
		d.Precision = hadath.DateYear
		if s.hasPub {
			d.Date = year(s.pub.Year() + off)
		}
	}
	return d
}

package ar

import (
	"time"

	"github.com/hadath/hadath"
)

// addDateWords records weekdays, relative day words, periods, modifiers,
// parts of the day and era marks.
func (l *lexicon) addDateWords() {
	for w, names := range []string{"أحد", "اثنين إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت"} {
		l.dateWord(dateWeekday, w, 0, names)
	}
	l.dateWord(dateRel, relYesterday, 0, "أمس بارحة")
	l.dateWord(dateRel, relTomorrow, 0, "غدا غد")
	l.dateWord(datePeriod, unitDay, 1, "يوم يوما")
	l.dateWord(datePeriod, unitDay, 2, "يومين يومان")
	l.dateWord(datePeriod, unitDay, 0, "أيام")
	l.dateWord(datePeriod, unitWeek, 1, "أسبوع أسبوعا")
	l.dateWord(datePeriod, unitWeek, 2, "أسبوعين أسبوعان")
	l.dateWord(datePeriod, unitWeek, 0, "أسابيع")
	l.dateWord(datePeriod, unitMonth, 1, "شهر شهرا")
	l.dateWord(datePeriod, unitMonth, 2, "شهرين شهران")
	l.dateWord(datePeriod, unitMonth, 0, "أشهر شهور")
	l.dateWord(datePeriod, unitYear, 1, "عام عاما سنة")
	l.dateWord(datePeriod, unitYear, 2, "عامين عامان سنتين سنتان عامي سنتي")
	l.dateWord(datePeriod, unitYear, 0, "أعوام سنوات سنين")
	l.dateWord(datePeriod, unitHour, 1, "ساعة")
	l.dateWord(datePeriod, unitHour, 2, "ساعتين ساعتان")
	l.dateWord(datePeriod, unitHour, 0, "ساعات")
	l.dateWord(dateMod, modPast, 0, "ماضي ماضية ماضى فائت فائتة منصرم منصرمة فارط فارطة")
	l.dateWord(dateMod, modThis, 0, "جاري جارية حالي حالية")
	l.dateWord(dateMod, modNext, 0, "مقبل مقبلة قادم قادمة")
	// Parts of the day: n 1 for the noun before a day (مساء السبت), 2 for
	// the adverb after it (السبت مساء), 3 for both.
	l.dateWord(datePart, 0, 1, "صباح ليلة ليل فجر ظهر عصر ظهيرة")
	l.dateWord(datePart, 0, 3, "مساء")
	l.dateWord(datePart, 0, 2, "صباحا ليلا فجرا ظهرا عصرا")
	l.dateWord(dateEra, int(gregorian), 0, "م ميلادي ميلادية")
	l.dateWord(dateEra, int(hijri), 0, "ه هـ هجري هجرية")
}

// is reports whether token j reads as a word of date class c.
func (s *dateScan) is(j int, c dateClass) bool {
	return j < len(s.rd) && s.rd[j].e != nil && s.rd[j].e.date == c
}

// dayPrefix skips the words that may stand before a day: يوم, a part of
// the day (مساء, ليلة), or both ("مساء يوم"). It returns the index of the
// day word.
func (s *dateScan) dayPrefix(i int) int {
	j := i
	for k := 0; k < 2 && j < len(s.rd); k++ {
		r := s.rd[j]
		if r.e == nil || r.art || r.pre {
			break
		}
		if !(r.e.date == datePeriod && r.e.dateVal == unitDay && r.e.n == 1) && !(r.e.date == datePart && r.e.n&1 != 0) {
			break
		}
		j++
	}
	return j
}

// daySuffix extends a day past a part of the day after it: "السبت مساء".
func (s *dateScan) daySuffix(j int) int {
	if s.is(j, datePart) && s.rd[j].e.n&2 != 0 && !s.rd[j].art && !s.rd[j].waw {
		return j + 1
	}
	return j
}

// modAt returns the modifier at token j (الماضي, المقبل) if it carries
// the article, or 0.
func (s *dateScan) modAt(j int) int {
	if s.is(j, dateMod) && s.rd[j].art && !s.rd[j].waw {
		return s.rd[j].e.dateVal
	}
	return 0
}

// weekday reads "السبت", "يوم السبت", "مساء السبت", "الخميس الماضي",
// "ليل السبت الأحد", "الأحد 7 أكتوبر".
func (s *dateScan) weekday(i int) (Date, bool) {
	j := s.dayPrefix(i)
	if !s.is(j, dateWeekday) || !(s.rd[j].art || j > i) || s.rd[j].pre && j == i {
		return Date{}, false
	}
	w := time.Weekday(s.rd[j].e.dateVal)
	if w == time.Monday && j == i && i > 0 && matches(&s.x.Tokens[i-1], "بين") && !s.is(j+1, dateWeekday) {
		return Date{}, false // بين الاثنين: between the two
	}
	d := Date{First: i, Last: j + 1, Kind: DateWeekday, Precision: hadath.DateDay}
	// A day and its date: "الأحد 7 أكتوبر", "الأحد الموافق 7 أكتوبر".
	k := d.Last
	if k < len(s.x.Tokens) && (s.x.Tokens[k].Norm == "،" || s.x.Tokens[k].Norm == "," || s.x.Tokens[k].Norm == "(" || matches(&s.x.Tokens[k], "موافق")) {
		k++
	}
	if e, ok := s.explicit(k); ok && e.Precision == hadath.DateDay {
		e.First = i
		if e.Last < len(s.x.Tokens) && s.x.Tokens[e.Last].Norm == ")" && s.x.Tokens[k-1].Norm == "(" {
			e.Last++
		}
		return e, true
	}
	// The night of one day to the next: "ليل السبت الأحد", "ليل
	// السبت-الأحد".
	n := d.Last
	if n+1 < len(s.x.Tokens) && (s.x.Tokens[n].Norm == "-" || s.x.Tokens[n].Norm == "/") {
		n++
	}
	if s.is(n, dateWeekday) && s.rd[n].art && time.Weekday(s.rd[n].e.dateVal) == (w+1)%7 {
		d.Last = n + 1
		if s.hasPub {
			end := lastWeekday(s.pub, (w+1)%7, false)
			d.Date, d.DateEnd = day(end.AddDate(0, 0, -1)), day(end)
		}
		d.Last = s.daySuffix(d.Last)
		return d, true
	}
	mod := s.modAt(d.Last)
	if mod == modPast || mod == modNext {
		d.Last++
	}
	if s.hasPub {
		switch mod {
		case modNext:
			d.Date = day(nextWeekday(s.pub, w))
		case modPast:
			d.Date = day(lastWeekday(s.pub, w, true))
		default:
			if s.futureBefore(i) {
				// من المقرر أن يصل الأحد: the first Sunday from publication on.
				d.Date = day(s.pub.AddDate(0, 0, (int(w)-int(s.pub.Weekday())+7)%7))
				break
			}
			d.Date = day(lastWeekday(s.pub, w, false))
		}
	}
	d.Last = s.daySuffix(d.Last)
	return d, true
}

// relative reads أمس, أول أمس, أمس الأول, البارحة, اليوم, الليلة, الليلة
// الماضية, غدا, بعد غد, with a part of the day before ("مساء أمس") or
// after, and a weekday after ("أمس الجمعة").
func (s *dateScan) relative(i int) (Date, bool) {
	toks := s.x.Tokens
	offset, j := 0, i
	switch {
	case matches(&toks[i], "اول") && i+1 < len(toks):
		// أول أمس, أول من أمس
		j = i + 1
		if matches(&toks[j], "من") {
			j++
		}
		if j >= len(toks) || !s.is(j, dateRel) || s.rd[j].e.dateVal != relYesterday || s.rd[j].art {
			return Date{}, false
		}
		offset, j = -2, j+1
	case matches(&toks[i], "بعد") && s.is(i+1, dateRel) && s.rd[i+1].e.dateVal == relTomorrow && s.rd[i+1].e.word == "غد":
		offset, j = 2, i+2
	default:
		j = s.dayPrefix(i)
		if j == i && (matches(&toks[i], "هذا") || matches(&toks[i], "هذه")) {
			j++ // هذا اليوم, هذه الليلة
		}
		var n int
		if offset, n = s.relWord(j); n == 0 {
			return Date{}, false
		}
		j += n
		if offset == -1 && j < len(toks) && s.rd[j].e != nil && s.rd[j].e.ord == 1 && s.rd[j].art {
			offset, j = -2, j+1 // أمس الأول
		}
	}
	d := Date{First: i, Last: j, Kind: DateRelative, Precision: hadath.DateDay}
	named := -1 // the weekday named after the day, if any
	if s.is(j, dateWeekday) && s.rd[j].art && !s.rd[j].waw {
		named = s.rd[j].e.dateVal
		d.Last++ // أمس الجمعة
	}
	d.Last = s.daySuffix(d.Last)
	if s.hasPub {
		t := s.pub.AddDate(0, 0, offset)
		if named >= 0 && offset <= 0 && (t.Weekday()+6)%7 == time.Weekday(named) {
			// "اليوم الأربعاء" in a story dated Thursday was written
			// the day before it was dated: the weekday named is the
			// day meant. (Further apart, the date is trusted.)
			t = t.AddDate(0, 0, -1)
		}
		d.Date = day(t)
	}
	return d, true
}

// relWord reads a relative day word at token j and returns its offset
// from publication in days and its length in tokens (0: none).
func (s *dateScan) relWord(j int) (offset, n int) {
	toks := s.x.Tokens
	if j >= len(toks) || s.rd[j].e == nil {
		return 0, 0
	}
	r := s.rd[j]
	ok := false
	switch {
	case r.e.date == dateRel && r.e.dateVal == relYesterday:
		offset, ok = -1, r.art || r.e.word != "بارحه"
	case r.e.date == dateRel && r.e.dateVal == relTomorrow:
		offset, ok = 1, r.e.word == "غدا" && !r.art || r.e.word == "غد" && r.art
	case r.e.date == datePeriod && r.e.dateVal == unitDay && r.e.n == 1 && r.e.word == "يوم" && r.art:
		ok = s.isToday(j)
	case r.e.date == datePart && r.e.word == "ليله" && r.art && !r.pre:
		// الليلة: tonight; الليلة الماضية: the night before publication.
		if s.modAt(j+1) == modPast {
			return -1, 2
		}
		ok = s.modAt(j+1) == 0 && !s.is(j+1, dateWeekday)
	}
	if !ok {
		return 0, 0
	}
	return offset, 1
}

// notToday lists the folded words after اليوم that make it "the day" of
// something else: اليوم التالي, اليوم العالمي, اليوم نفسه.
var notToday = map[string]bool{
	"تالي": true, "سابق": true, "اخير": true, "وطني": true, "عالمي": true, "دولي": true,
	"نفسه": true, "ذاته": true, "الذي": true, "موعود": true, "مشهود": true, "ذي": true,
	"مفتوح": true, "دراسي": true, "كامل": true, "واحد": true,
}

// isToday reports whether اليوم at token j means today.
func (s *dateScan) isToday(j int) bool {
	toks := s.x.Tokens
	if j+1 < len(toks) && toks[j+1].Sent == toks[j].Sent {
		n := &toks[j+1]
		if notToday[n.Key()] || (s.rd[j+1].e != nil && s.rd[j+1].e.ord > 0 && s.rd[j+1].art) {
			return false
		}
	}
	if j > 0 {
		switch toks[j-1].Key() {
		case "ذلك", "ذات", "ذاك", "نفس", "روسيا", "مصر", "صحيفه":
			return false
		}
	}
	return true
}

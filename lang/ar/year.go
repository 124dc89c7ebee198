package ar

import (
	"strings"

	"github.com/hadath/hadath"
)

// yearWords lists the folded words after which a bare four-digit number
// is a year: "في 2014", "خلال 2017", "بحلول 2030".
var yearWords = map[string]bool{
	"في": true, "وفي": true, "خلال": true, "حتي": true, "بحلول": true, "مطلع": true,
	"اواءل": true, "اواخر": true, "منتصف": true, "بدايه": true, "نهايه": true,
	"صيف": true, "شتاء": true, "ربيع": true, "خريف": true, "اواسط": true, "مستهل": true,
	"مواليد": true,
}

// yearAt reads a year: "عام 2005", "العام 2005", "سنة 2011م", "2005م",
// "1439 هـ", "في 2014", or two years "عامي 2014 و2015" (a range).
func (s *dateScan) yearAt(i int) (Date, bool) {
	toks := s.x.Tokens
	if r := s.rd[i]; r.e != nil && r.e.date == datePeriod && r.e.dateVal == unitYear && r.e.n == 1 && r.art && s.sameWordAt(i+1) {
		if prev := &s.x.Tokens[max(i-1, 0)]; s.lastYear == 0 || i > 0 && !yearWords[prev.Norm] && !anyKey(prev, yearWords) && !anyKey(prev, sameYearOpeners) {
			// "الأمين العام نفسه": العام after a noun is "general".
			return Date{}, false
		}
		return s.yearDate(i, i+2, s.lastYear, gregorian), true // "وفي العام نفسه": the year last named
	}
	if r := s.rd[i]; r.e != nil && r.e.date == datePeriod && r.e.dateVal == unitYear && r.e.n != 0 {
		y, cal, end, ok := s.yearNumber(i + 1)
		if !ok && y >= 1000 && y < 1800 && cal == gregorian {
			ok = true // عام 1554: a historical year, still a year
		}
		if !ok {
			return Date{}, false
		}
		d := s.yearDate(i, end, y, cal)
		if r.e.n == 2 {
			// عامي 2014 و2015
			k := end
			if k < len(toks) && toks[k].Norm == conjWaw {
				k++
			} else {
				return Date{}, false
			}
			y2, cal2, end2, ok := s.yearNumber(k)
			if !ok || cal2 != cal || y2 <= y {
				return Date{}, false
			}
			d.Last, d.Kind, d.DateEnd = end2, DateRange, s.yearDate(k, end2, y2, cal2).Date
		}
		return d, true
	}
	if toks[i].Kind != Number {
		return Date{}, false
	}
	y, cal, end, ok := s.yearNumber(i)
	if !ok {
		return Date{}, false
	}
	if end == i+1 && !(i > 0 && (yearWords[toks[i-1].Norm] || anyKey(&toks[i-1], yearWords)) && y >= 1900 && y <= 2100) {
		return Date{}, false // a bare number needs a cue word or an era mark
	}
	return s.yearDate(i, end, y, cal), true
}

// bareYear reads a four-digit year with nothing around it, after منذ.
func (s *dateScan) bareYear(i int) (Date, bool) {
	y, cal, end, ok := s.yearNumber(i)
	if !ok || (end == i+1 && (y < 1900 || y > 2100)) {
		return Date{}, false
	}
	return s.yearDate(i, end, y, cal), true
}

// sameYearOpeners are the folded words of time that, beside yearWords,
// make "العام نفسه" after them a year: "من العام نفسه"، "طوال العام نفسه".
var sameYearOpeners = map[string]bool{"من": true, "ذلك": true, "طوال": true, "منذ": true}

// yearNumber reads a four-digit year at token i with its era mark ("م",
// "هـ"). A year without mark is Gregorian.
func (s *dateScan) yearNumber(i int) (int, calendar, int, bool) {
	if i >= len(s.x.Tokens) {
		return 0, 0, 0, false
	}
	y, ok := intToken(&s.x.Tokens[i], 4)
	if !ok || len(s.x.Tokens[i].Norm) != 4 {
		return 0, 0, 0, false
	}
	cal, end := gregorian, i+1
	if s.is(end, dateEra) && !s.rd[end].waw && s.x.Tokens[end].Sent == s.x.Tokens[i].Sent {
		cal, end = calendar(s.rd[end].e.dateVal), end+1
	}
	return y, cal, end, yearInRange(y, cal)
}

// yearDate returns the Date of year y, a Hijri year given as the
// Gregorian year in which it began.
func (s *dateScan) yearDate(first, last, y int, cal calendar) Date {
	d := Date{First: first, Last: last, Kind: DateYear, Precision: hadath.DateYear, Date: year(y)}
	if cal == hijri {
		d.Kind, d.Date = DateHijri, year(hijriToTime(y, 1, 1).Year())
	}
	return d
}

// anyKey reports whether one of t's keys is in set.
func anyKey(t *Token, set map[string]bool) bool {
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if set[k] {
			return true
		}
	}
	return false
}

// numeric reads a date in digits: 20/1/2024, 20-1-2024, 2024-01-20,
// 20.1.2024, "16 / 8 / 1439هـ". Day comes before month unless the year
// leads; a Hijri era mark after the year makes the date Hijri.
func (s *dateScan) numeric(i int) (Date, bool) {
	toks := s.x.Tokens
	t := &toks[i]
	if t.Kind != Number {
		return Date{}, false
	}
	var parts [3]string
	last := i + 1
	if strings.Count(t.Norm, ".") == 2 {
		p := strings.Split(t.Norm, ".")
		parts = [3]string{p[0], p[1], p[2]}
	} else {
		if i+4 >= len(toks) {
			return Date{}, false
		}
		sep := toks[i+1].Norm
		if sep != "/" && sep != "-" && sep != "." || toks[i+3].Norm != sep {
			return Date{}, false
		}
		if toks[i+2].Kind != Number || toks[i+4].Kind != Number || toks[i+4].Sent != t.Sent {
			return Date{}, false
		}
		parts = [3]string{t.Norm, toks[i+2].Norm, toks[i+4].Norm}
		last = i + 5
	}
	var v [3]int
	for k, p := range parts {
		n, ok := intToken(&Token{Kind: Number, Norm: p}, 4)
		if !ok || p == "" {
			return Date{}, false
		}
		v[k] = n
	}
	y, m, d := v[2], v[1], v[0]
	switch {
	case len(parts[0]) == 4:
		y, d = v[0], v[2]
	case len(parts[2]) != 4:
		return Date{}, false
	}
	cal := gregorian
	if s.is(last, dateEra) && toks[last].Sent == t.Sent {
		cal, last = calendar(s.rd[last].e.dateVal), last+1
	}
	dt := Date{First: i, Last: last, Kind: DateExplicit, Precision: hadath.DateDay}
	if cal == hijri {
		if !yearInRange(y, hijri) || m < 1 || m > 12 || d < 1 || d > hijriMonthLen(y, m) {
			return Date{}, false
		}
		dt.Kind, dt.Date = DateHijri, day(hijriToTime(y, m, d))
		return dt, true
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	dt.Date = day(date(y, m, d))
	return dt, true
}

package ar

import (
	"time"

	"github.com/hadath/hadath"
)

// stated is a calendar date as written, before resolution: zero fields
// are not stated.
type stated struct {
	y, m, d int
	cal     calendar
	// mod is the modifier after the month (أكتوبر الماضي) or the
	// relative year (أكتوبر من العام الماضي, with relYear set).
	mod     int
	relYear bool
}

// explicit reads a day and month with an optional year ("7 أكتوبر",
// "السابع من تشرين الأول/أكتوبر 2023", "15 رمضان 1445 هـ") or a month
// alone ("في نوفمبر", "نوفمبر الماضي", "شهر رمضان", "أيار 2016").
func (s *dateScan) explicit(i int) (Date, bool) {
	j := i
	if r := s.rdAt(i); r.e != nil && r.e.date == datePeriod && r.e.dateVal == unitDay && r.e.n == 1 && !r.art {
		j++ // يوم 7 أكتوبر
	}
	st := stated{}
	dd, k, hasDay := s.dayAt(j)
	if hasDay {
		st.d = dd
	} else if j > i {
		return Date{}, false
	} else {
		k = j
	}
	shahr := false
	if r := s.rdAt(k); r.e != nil && r.e.date == datePeriod && r.e.dateVal == unitMonth && r.e.n == 1 && !r.art {
		shahr, k = true, k+1 // شهر أكتوبر
	}
	ref, end, ok := s.monthAt(k)
	if !ok {
		if hasDay && !shahr {
			return s.dayOfPeriod(i, k, st.d)
		}
		return Date{}, false
	}
	st.m, st.cal = ref.m, ref.cal
	y, yend := s.yearAfter(end, ref.cal)
	switch {
	case y > 0:
		st.y, end = y, yend
	case yend > end:
		st.mod, st.relYear, end = s.modAt(yend-1), true, yend
	default:
		if m := s.modAt(end); m != 0 {
			st.mod, end = m, end+1
		}
	}
	if st.y == 0 && st.mod == 0 && s.futureBefore(i) {
		st.mod = modNext // من المقرر أن تعقد في أغسطس
	}
	switch ref.guard {
	case guardStrong:
		if !hasDay && st.y == 0 && !shahr {
			return Date{}, false
		}
	case guardCue:
		if !hasDay && st.y == 0 && !shahr && st.mod == 0 && !s.cueBefore(i) {
			return Date{}, false
		}
	}
	d := Date{First: i, Last: end, Kind: DateExplicit, Precision: hadath.DateMonth}
	if hasDay {
		d.Precision = hadath.DateDay
		d.Last = s.daySuffix(d.Last)
	}
	if st.cal == hijri {
		d.Kind = DateHijri
	}
	if !s.resolve(&d, st) {
		return Date{}, false
	}
	return d, true
}

// dayOfPeriod reads the month after a day that is a relative month: "19
// من الشهر الجاري", "الخامس من الشهر الماضي". Token k follows the day.
func (s *dateScan) dayOfPeriod(i, k, dd int) (Date, bool) {
	if k < len(s.x.Tokens) && s.x.Tokens[k-1].Kind == Number && matches(&s.x.Tokens[k], "من") {
		k++
	}
	unit, ok := s.periodWord(k)
	mod := s.modAt(k + 1)
	if !ok || unit != unitMonth || mod == 0 {
		return Date{}, false
	}
	d := Date{First: i, Last: k + 2, Kind: DateExplicit, Precision: hadath.DateDay}
	if s.hasPub {
		y, m := shiftMonth(s.pub.Year(), int(s.pub.Month()), mod-modThis)
		if dd > daysIn(y, m) {
			return Date{}, false
		}
		d.Date = day(date(y, m, dd))
	}
	return d, true
}

// futureWords lists folded words that announce a future event: a date
// without year after them is the next one, not the last.
var futureWords = map[string]bool{
	"مقرر": true, "سوف": true, "يعتزم": true, "تعتزم": true, "مرتقب": true, "مرتقبه": true,
	"مزمع": true, "مزمعه": true, "ستعقد": true, "سيعقد": true, "ستجري": true, "سيجري": true,
	"يرتقب": true, "ستبدا": true, "سيبدا": true,
}

// futureBefore reports a future word among the six tokens before i in
// its sentence, unless كان makes it past ("كان من المقرر").
func (s *dateScan) futureBefore(i int) bool {
	toks := s.x.Tokens
	for k := i - 1; k >= 0 && k >= i-6 && toks[k].Sent == toks[i].Sent; k-- {
		if futureWords[toks[k].Key()] {
			for p := k - 1; p >= 0 && p >= k-2; p-- {
				if matches(&toks[p], "كان") || matches(&toks[p], "كانت") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// rdAt returns the reading of token k, or none past the end.
func (s *dateScan) rdAt(k int) reading {
	if k < len(s.rd) {
		return s.rd[k]
	}
	return reading{}
}

// cueWords lists the folded words after which a month name that is also
// a common word (مارس) is read as a month.
var cueWords = map[string]bool{
	"في": true, "وفي": true, "منذ": true, "حتي": true, "خلال": true, "مطلع": true,
	"اواءل": true, "اواخر": true, "منتصف": true, "بدايه": true, "نهايه": true,
	"قبل": true, "بعد": true, "بحلول": true, "اواسط": true, "طيله": true, "طوال": true,
	"اثناء": true, "مستهل": true, "غضون": true,
}

// cueBefore reports whether the token before i is a cue word.
func (s *dateScan) cueBefore(i int) bool {
	if i == 0 {
		return false
	}
	t := &s.x.Tokens[i-1]
	if cueWords[t.Norm] {
		return true
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if cueWords[k] {
			return true
		}
	}
	return false
}

// dayAt reads a day of the month at token j: digits 1 to 31, or an
// ordinal with the article and من ("السابع من", "الحادي عشر من",
// "الحادي والعشرين من شهر"). It returns the day and the index after it.
func (s *dateScan) dayAt(j int) (int, int, bool) {
	toks := s.x.Tokens
	if j >= len(toks) {
		return 0, 0, false
	}
	if toks[j].Kind == Number {
		v, ok := intToken(&toks[j], 2)
		return v, j + 1, ok && v >= 1 && v <= 31
	}
	r := s.rd[j]
	if r.e == nil || r.e.ord == 0 || !r.art {
		return 0, 0, false
	}
	d, k := r.e.ord, j+1
	compound := r.e.word == "حادي" || r.e.word == "حاديه"
	if n := s.rdAt(k); d < 10 && n.e != nil {
		switch {
		case n.e.num == numTen && !n.waw && !n.art:
			d, k, compound = d+10, k+1, false // الخامس عشر
		case (n.e.ord == 20 || n.e.ord == 30) && n.waw && n.art:
			d, k, compound = d+n.e.ord, k+1, false // الحادي والعشرين
		}
	}
	if compound || d > 31 || k >= len(toks) || !matches(&toks[k], "من") {
		return 0, 0, false
	}
	return d, k + 1, true
}

// intToken returns the value of a Number token of at most n plain digits.
func intToken(t *Token, n int) (int, bool) {
	if t.Kind != Number || len(t.Norm) > n {
		return 0, false
	}
	v := 0
	for i := 0; i < len(t.Norm); i++ {
		c := t.Norm[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// yearAfter reads the year after a month: "2023", "2023م", "1445 هـ",
// "عام 2011", "من العام 2017". It returns the year and the index after
// it. For "من العام الماضي" it returns year 0 and the index after the
// modifier, which the caller reads as a relative year.
func (s *dateScan) yearAfter(j int, cal calendar) (int, int) {
	toks := s.x.Tokens
	k := j
	if k+1 < len(toks) && matches(&toks[k], "من") && s.isYearWord(k+1) {
		k++
	}
	if s.isYearWord(k) {
		if s.rd[k].art && s.modAt(k+1) != 0 && k > j {
			return 0, k + 2 // من العام الماضي
		}
		if s.rd[k].art && k > j && s.sameWordAt(k+1) {
			if cal != gregorian || s.lastYear == 0 {
				return 0, j
			}
			return s.lastYear, k + 2 // سجن عام 2009 ثم خرج من سجنه في تموز من السنة نفسها
		}
		k++
	}
	if k >= len(toks) {
		return 0, j
	}
	y, ok := intToken(&toks[k], 4)
	if !ok || len(toks[k].Norm) < 3 {
		return 0, j
	}
	k++
	era := cal
	if s.is(k, dateEra) {
		era = calendar(s.rd[k].e.dateVal)
		k++
	}
	if era != cal || !yearInRange(y, cal) {
		return 0, j
	}
	return y, k
}

// sameWords are the folded words of sameness after a year word: "من
// العام نفسه", "من السنة ذاتها".
var sameWords = map[string]bool{"نفسه": true, "ذاته": true, "نفسها": true, "ذاتها": true}

// sameWordAt reports whether token k is a word of sameness.
func (s *dateScan) sameWordAt(k int) bool {
	return k < len(s.x.Tokens) && sameWords[s.x.Tokens[k].Norm]
}

// statedYear returns the Gregorian year d states in figures, or 0.
func (s *dateScan) statedYear(d Date) int {
	if d.Kind != DateExplicit && d.Kind != DateYear && d.Kind != DateRange || len(d.Date) < 4 {
		return 0
	}
	for k := d.First; k < d.Last && k < len(s.x.Tokens); k++ {
		if y, _, _, ok := s.yearNumber(k); ok && y >= 1800 {
			return y
		}
	}
	return 0
}

// isYearWord reports عام, العام, سنة or السنة at token k.
func (s *dateScan) isYearWord(k int) bool {
	r := s.rdAt(k)
	return r.e != nil && r.e.date == datePeriod && r.e.dateVal == unitYear && r.e.n == 1 && !r.waw
}

// yearInRange bounds the years read as such: Gregorian 1800 to 2199,
// Hijri 1200 to 1599.
func yearInRange(y int, cal calendar) bool {
	if cal == hijri {
		return y >= 1200 && y < 1600
	}
	return y >= 1800 && y < 2200
}

// resolve fills d.Date (and DateEnd for a Hijri month) from st, against
// publication when the year is missing. It returns false for a date that
// does not exist (31 April).
func (s *dateScan) resolve(d *Date, st stated) bool {
	if st.y == 0 {
		if !s.hasPub {
			return st.d <= 31
		}
		st.y = s.inferYear(st)
		d.Ahead = s.ahead(st)
	}
	if st.cal == hijri {
		if st.d > 30 {
			return false
		}
		if st.d > 0 {
			d.Date = day(hijriToTime(st.y, st.m, st.d))
			return true
		}
		start := hijriToTime(st.y, st.m, 1)
		d.Date, d.DateEnd = day(start), day(start.AddDate(0, 0, hijriMonthLen(st.y, st.m)-1))
		return true
	}
	if st.d > daysIn(st.y, st.m) {
		return false
	}
	if st.d > 0 {
		d.Date = day(date(st.y, st.m, st.d))
	} else {
		d.Date = month(st.y, st.m)
	}
	return true
}

// ahead reports whether st, a day and month without year or word of time
// order that inferYear put in last year, falls this year within aheadDays
// after publication.
func (s *dateScan) ahead(st stated) bool {
	if st.mod != 0 || st.relYear || st.d == 0 || st.cal == hijri || st.y != s.pub.Year()-1 || st.d > daysIn(s.pub.Year(), st.m) {
		return false
	}
	at := date(s.pub.Year(), st.m, st.d)
	return at.After(s.pub) && !at.After(s.pub.AddDate(0, 0, aheadDays))
}

// inferYear picks the year of a date stated without one: the most recent
// such date (or month start) up to a week after publication, so that a
// meeting announced for next Tuesday stays in the same year. "الماضي"
// asks for the latest one strictly before publication (before its month,
// for a month), "المقبل" the first one after, "الجاري" the current year.
// Hijri dates use Hijri years.
func (s *dateScan) inferYear(st stated) int {
	y, pm := s.pub.Year(), int(s.pub.Month())
	if st.cal == hijri {
		y, pm, _ = timeToHijri(s.pub)
	}
	at := func(y int) time.Time {
		d := max(st.d, 1)
		if st.cal == hijri {
			return hijriToTime(y, st.m, d)
		}
		return date(y, st.m, min(d, daysIn(y, st.m)))
	}
	if st.relYear {
		return y + st.mod - modThis
	}
	switch st.mod {
	case modThis:
		return y
	case modPast:
		if st.d == 0 {
			if st.m < pm {
				return y
			}
			return y - 1
		}
		if at(y).Before(s.pub) {
			return y
		}
		return y - 1
	case modNext:
		if st.d == 0 {
			if st.m > pm {
				return y
			}
			return y + 1
		}
		if at(y).After(s.pub) {
			return y
		}
		return y + 1
	}
	limit := s.pub.AddDate(0, 0, 7)
	for _, c := range [...]int{y + 1, y} {
		if !at(c).After(limit) {
			return c
		}
	}
	return y - 1
}

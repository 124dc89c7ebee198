package ar

import (
	"time"

	"github.com/hadath/hadath"
)

// Date is a date or period stated in a text, resolved against the
// publication date.
type Date struct {
	// First and Last are token indexes (Last exclusive); Start and End
	// the same in code points. They cover the whole expression: "مساء
	// يوم السبت الماضي", "منذ 7 أكتوبر".
	First, Last int
	Start, End  int
	// Date is "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when it cannot be
	// resolved (a relative date without publication date, a day and month
	// without year and without publication date).
	Date string
	// DateEnd ends a span: a week, a range ("بين 5 و8 مايو"), a Hijri
	// month, or the publication date after منذ ("since").
	DateEnd string
	// Precision is hadath.DateDay, DateWeek, DateMonth or DateYear.
	Precision string
	// Kind says how the date was stated: DateWeekday, DateRelative,
	// DateExplicit, DateHijri, DateYear or DateRange.
	Kind string
	// Since marks "منذ X": X starts a span that runs to the publication
	// date (DateEnd), or to the end stated.
	Since bool
	// Ahead marks a day and month named without a year or a word of time
	// order whose day this year falls within aheadDays after publication,
	// past the week the reading allows: Date holds last year's day, as the
	// guidelines read such a date, and a reader that knows the happening
	// is to come takes this year's ("القمة في 12 يونيو", said on 1 June).
	Ahead bool
}

// aheadDays is how many days after publication a day named without a
// year may fall and be marked Ahead.
const aheadDays = 62

// Date kinds.
const (
	DateWeekday  = "weekday"  // يوم السبت, الخميس الماضي
	DateRelative = "relative" // أمس, اليوم, الأسبوع الماضي, قبل يومين
	DateExplicit = "explicit" // 7 أكتوبر 2023, في نوفمبر, 20/1/2024
	DateHijri    = "hijri"    // 15 رمضان 1445 هـ, شهر رمضان
	DateYear     = "year"     // عام 2005, في 2014
	DateRange    = "range"    // بين 5 و8 مايو
)

// Dates returns the dates stated in x, in text order, resolved against
// the publication day pub (its UTC date) when hasPub is set. The rules
// are those of shared/eval/GUIDELINES.md: a weekday is the most recent
// one on or before publication, أمس the day before, a week runs Sunday
// to Saturday, a day and month without year is the most recent such day
// (up to a week after publication).
func (x *Text) Dates(pub time.Time, hasPub bool) []Date {
	buf := getReadings()
	defer putReadings(buf)
	buf.rd = sharedLexicon().readings(x, buf.rd)
	s := newDateScan(x, buf.rd, pub, hasPub)
	return s.scan()
}

// newDateScan prepares a scan of x with readings rd.
func newDateScan(x *Text, rd []reading, pub time.Time, hasPub bool) *dateScan {
	s := &dateScan{x: x, rd: rd}
	if hasPub {
		s.pub = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
		s.hasPub = true
	}
	return s
}

// dateScan holds the state of one Dates call.
type dateScan struct {
	x      *Text
	rd     []reading
	pub    time.Time
	hasPub bool
	// lastYear is the Gregorian year the last date read so far states
	// in figures: what "من العام نفسه" after a month goes back to.
	lastYear int
}

// scan finds the dates from left to right; they do not overlap.
func (s *dateScan) scan() []Date {
	var out []Date
	toks := s.x.Tokens
	for i := 0; i < len(toks); {
		if toks[i].Kind != Number && s.rd[i].e == nil {
			i++ // every date begins with a number or a lexicon word
			continue
		}
		if d, ok := s.at(i); ok {
			d.Start, d.End = toks[d.First].Start, toks[d.Last-1].End
			if s.conjAt(d.First) {
				d.Start = conjStart(s.x.Src, &toks[d.First]) // ومساء أمس: the span leaves و out
			}
			out = append(out, d)
			if y := s.statedYear(d); y > 0 {
				s.lastYear = y
			}
			i = d.Last
			continue
		}
		i++
	}
	return out
}

// at returns the date expression starting at token i.
func (s *dateScan) at(i int) (Date, bool) {
	if e := s.rd[i].e; e != nil && e.fn&fnDate != 0 {
		switch e.word {
		case "منذ", "مند":
			return s.since(i)
		case "بين", "من", "ومن":
			return s.rangeAt(i)
		case "قبل":
			return s.ago(i, false)
		}
	}
	return s.simple(i)
}

// dateFunctionWords are the function words that begin date expressions.
var dateFunctionWords = [...]string{"منذ", "مند", "قبل", "بين", "من", "ومن", "هذا", "هذه", "بعد"}

// conjAt reports whether token i, the first of a date, begins with the
// conjunction و or ف.
func (s *dateScan) conjAt(i int) bool {
	if s.rd[i].waw {
		return true
	}
	return hasConj(&s.x.Tokens[i], "من") // ومن is too short for a key
}

// simple reads a date that is no span: explicit, numeric, a year, a
// weekday, a relative day or a relative period. The first token's
// reading picks the readers to try.
func (s *dateScan) simple(i int) (d Date, ok bool) {
	if i >= len(s.x.Tokens) {
		return Date{}, false
	}
	if s.x.Tokens[i].Kind == Number {
		if d, ok = s.dayRange(i, i, false); ok {
			return d, ok
		}
		if d, ok = s.explicit(i); !ok {
			if d, ok = s.numeric(i); !ok {
				d, ok = s.yearAt(i)
			}
		}
		return d, ok
	}
	e := s.rd[i].e
	if e == nil {
		return Date{}, false
	}
	switch {
	case e.date == dateMonth || e.date == dateHead:
		return s.explicit(i)
	case e.ord > 0:
		if d, ok = s.explicit(i); !ok {
			d, ok = s.relative(i)
		}
	case e.date == datePeriod:
		if d, ok = s.explicit(i); ok {
			return d, ok
		}
		if d, ok = s.yearAt(i); ok {
			return d, ok
		}
		if d, ok = s.weekday(i); ok {
			return d, ok
		}
		if d, ok = s.relative(i); ok {
			return d, ok
		}
		if d, ok = s.period(i); ok {
			return d, ok
		}
		return s.recentSpan(i)
	case e.date == dateWeekday:
		return s.weekday(i)
	case e.date == datePart:
		if d, ok = s.weekday(i); !ok {
			d, ok = s.relative(i)
		}
	case e.date == dateRel:
		return s.relative(i)
	case e.fn&fnDate != 0:
		if d, ok = s.period(i); !ok {
			d, ok = s.relative(i)
		}
	}
	return d, ok
}

// since reads "منذ X": a date X, which starts a span to publication, or a
// duration ("منذ يومين", "منذ ثلاث سنوات"), which counts back from it.
func (s *dateScan) since(i int) (Date, bool) {
	if d, ok := s.ago(i, true); ok {
		return d, true
	}
	j := i + 1
	if j < len(s.x.Tokens) && isOnset(&s.x.Tokens[j]) {
		j++ // منذ بداية العام
	}
	d, ok := s.simple(j)
	if !ok {
		d, ok = s.bareYear(j)
	}
	if !ok && j > i+1 {
		d, ok = s.thisPeriod(j)
	}
	if !ok {
		return Date{}, false
	}
	d.First, d.Since = i, true
	if d.Kind != DateRange {
		d.DateEnd = ""
		if s.hasPub {
			d.DateEnd = day(s.pub)
		}
	}
	return d, true
}

// ago reads "قبل يومين", "قبل ثلاثة أسابيع", "قبل أيام" (and the same
// after منذ when since is set): a duration counted back from publication.
func (s *dateScan) ago(i int, since bool) (Date, bool) {
	n, unit, last, ok := s.duration(i + 1)
	if !ok {
		return Date{}, false
	}
	d := Date{First: i, Last: last, Kind: DateRelative, Since: since}
	switch unit {
	case unitHour:
		d.Precision = hadath.DateDay
		if s.hasPub {
			d.Date = day(s.pub)
		}
		return d, true
	case unitDay:
		d.Precision = hadath.DateDay
		if n == 0 {
			// قبل أيام: some days, taken as the week before publication.
			d.Precision = hadath.DateWeek
			if s.hasPub {
				d.Date, d.DateEnd = day(s.pub.AddDate(0, 0, -7)), day(s.pub.AddDate(0, 0, -1))
			}
			return d, true
		}
		if s.hasPub {
			d.Date = day(s.pub.AddDate(0, 0, -n))
		}
	case unitWeek:
		d.Precision = hadath.DateWeek
		if s.hasPub {
			d.Date = day(s.pub.AddDate(0, 0, -7*n))
		}
	case unitMonth:
		d.Precision = hadath.DateMonth
		if s.hasPub {
			d.Date = month(shiftMonth(s.pub.Year(), int(s.pub.Month()), -n))
		}
	case unitYear:
		d.Precision = hadath.DateYear
		if s.hasPub {
			d.Date = year(s.pub.Year() - n)
		}
	}
	if n == 0 {
		return Date{}, false // منذ أسابيع, قبل سنوات: too vague
	}
	if since && s.hasPub {
		d.DateEnd = day(s.pub)
	}
	return d, true
}

// duration reads a count of periods at token j: "يومين", "ثلاثة أيام",
// "15 يوما", "أسبوع", "أيام" (n 0: some). It returns the count, the unit
// and the index after it.
func (s *dateScan) duration(j int) (n, unit, last int, ok bool) {
	toks := s.x.Tokens
	if j >= len(toks) {
		return 0, 0, 0, false
	}
	if r := s.rd[j]; r.e != nil && r.e.date == datePeriod && !r.art && r.e.dateVal != 0 {
		last = j + 1
		if r.e.n == 0 && last < len(toks) && matches(&toks[last], "قليله") {
			last++ // أيام قليلة
		}
		n, unit = r.e.n, r.e.dateVal
	} else {
		ns := numScan{x: s.x, rd: s.rd}
		c, ok := ns.cardinal(j)
		if !ok || c.vague || c.val < 1 || c.val > 1000 || c.val != float64(int(c.val)) || c.last >= len(toks) {
			return 0, 0, 0, false
		}
		r := s.rd[c.last]
		if r.e == nil || r.e.date != datePeriod || r.art || r.waw || r.e.dateVal == 0 || r.e.n == 2 {
			return 0, 0, 0, false
		}
		n, unit, last = int(c.val), r.e.dateVal, c.last+1
	}
	// قبل عام 2011, قبل يوم الجمعة, قبل أسبوع من الانتخابات: not counted
	// back from publication.
	if last < len(toks) {
		t := &toks[last]
		if t.Kind == Number || matches(t, "من") || matches(t, "علي") {
			return 0, 0, 0, false
		}
		if r := s.rd[last]; r.e != nil && (r.e.date == dateWeekday || r.e.date == dateMonth || r.e.date == dateHead) {
			return 0, 0, 0, false
		}
	}
	return n, unit, last, true
}

// isOnset reports the words for the start of a period: بداية, مطلع.
func isOnset(t *Token) bool {
	return matches(t, "بدايه") || matches(t, "مطلع") || matches(t, "اوايل") || matches(t, "اواءل") || matches(t, "مستهل")
}

package ar

import "github.com/hadath/hadath"

// rangeAt reads a span of days or years after بين or من: "بين 5 و8
// مايو", "من 5 مايو إلى 8 يونيو 2018", "بين عامي 2014 و2016" (read by
// yearAt), "من 2014 إلى 2016", "بين 2014 و2016".
func (s *dateScan) rangeAt(i int) (Date, bool) {
	toks := s.x.Tokens
	j := i + 1
	if j >= len(toks) {
		return Date{}, false
	}
	if s.isYearWord(j) || (toks[j].Kind == Number && len(toks[j].Norm) == 4) {
		return s.yearRange(i)
	}
	if toks[j].Kind != Number {
		return s.monthRange(i)
	}
	return s.dayRange(i, j, true)
}

// dayRange reads a span of days whose first day is token j: after بين or
// من (token i), or alone (i == j, and then the first day has no month of
// its own: "في 28 و29 حزيران/يونيو الجاري").
func (s *dateScan) dayRange(i, j int, withMonth1 bool) (Date, bool) {
	d1, k, ok := s.dayAt(j)
	if !ok || s.x.Tokens[j].Kind != Number {
		return Date{}, false
	}
	var st1 stated
	st1.d = d1
	ref1, end1, hasMonth1 := s.monthAt(k)
	if !withMonth1 {
		hasMonth1 = false
	}
	if hasMonth1 {
		st1.m, st1.cal = ref1.m, ref1.cal
		k = end1
		if y, end := s.yearAfter(k, ref1.cal); y > 0 {
			st1.y, k = y, end
		}
	}
	k, ok = s.rangeSep(k)
	if !ok {
		return Date{}, false
	}
	d2, k, ok := s.dayAt(k)
	if !ok || s.x.Tokens[k-1].Kind != Number {
		return Date{}, false
	}
	ref2, end, ok := s.monthAt(k)
	if !ok {
		return Date{}, false
	}
	st2 := stated{d: d2, m: ref2.m, cal: ref2.cal}
	if y, yend := s.yearAfter(end, ref2.cal); y > 0 {
		st2.y, end = y, yend
	} else if m := s.modAt(end); m != 0 {
		st2.mod, end = m, end+1
	}
	if !hasMonth1 {
		st1.m, st1.cal = st2.m, st2.cal
	}
	if st1.cal != st2.cal || (!hasMonth1 && d1 >= d2) {
		return Date{}, false
	}
	if st2.y == 0 && st2.mod == 0 && s.futureBefore(i) {
		st2.mod = modNext
	}
	ahead := false
	if st2.y == 0 && s.hasPub {
		st2.y = s.inferYear(st2)
		ahead = s.ahead(st2)
	}
	if st1.y == 0 && st2.y != 0 {
		st1.y = st2.y
		if st1.m > st2.m {
			st1.y-- // من 28 ديسمبر إلى 3 يناير
		}
	}
	d := Date{First: i, Last: end, Kind: DateRange, Precision: hadath.DateDay}
	var e Date
	if !s.resolve(&e, st2) || !s.resolve(&d, st1) || d.Date > e.Date {
		return Date{}, false
	}
	d.DateEnd, d.Ahead = e.Date, ahead
	return d, true
}

// rangeSep skips the word between the two ends of a range: و, إلى,
// حتى, or a dash.
func (s *dateScan) rangeSep(k int) (int, bool) {
	toks := s.x.Tokens
	if k >= len(toks) {
		return 0, false
	}
	switch t := &toks[k]; {
	case t.Norm == conjWaw || t.Norm == "-" || t.Norm == "الي" || t.Norm == "حتي",
		hasConj(t, "الي") || hasConj(t, "حتي"):
		return k + 1, true
	}
	return 0, false
}

// yearRange reads "من 2014 إلى 2016", "بين 2014 و2016", "من عام 2014
// حتى عام 2016".
func (s *dateScan) yearRange(i int) (Date, bool) {
	j := i + 1
	if s.isYearWord(j) {
		j++
	}
	y1, cal1, k, ok := s.yearNumber(j)
	if !ok {
		return Date{}, false
	}
	if k, ok = s.rangeSep(k); !ok {
		return Date{}, false
	}
	if s.isYearWord(k) {
		k++
	}
	y2, cal2, end, ok := s.yearNumber(k)
	if !ok || cal1 != cal2 || y2 <= y1 || y1 < 1900 && cal1 == gregorian {
		return Date{}, false
	}
	d := s.yearDate(i, end, y1, cal1)
	d.Kind, d.DateEnd = DateRange, s.yearDate(k, end, y2, cal2).Date
	return d, true
}

// monthRange reads "من أيار/مايو إلى أيلول/سبتمبر 2017", "بين يناير
// ومارس": a span of months.
func (s *dateScan) monthRange(i int) (Date, bool) {
	ref1, k, ok := s.monthAt(i + 1)
	if !ok {
		return Date{}, false
	}
	st1 := stated{m: ref1.m, cal: ref1.cal}
	if y, end := s.yearAfter(k, ref1.cal); y > 0 {
		st1.y, k = y, end
	}
	if k, ok = s.rangeSep(k); !ok {
		return Date{}, false
	}
	ref2, end, ok := s.monthAt(k)
	if !ok || ref2.cal != ref1.cal {
		return Date{}, false
	}
	st2 := stated{m: ref2.m, cal: ref2.cal}
	if y, yend := s.yearAfter(end, ref2.cal); y > 0 {
		st2.y, end = y, yend
	}
	if st2.y == 0 && s.hasPub {
		st2.y = s.inferYear(st2)
	}
	if st1.y == 0 && st2.y != 0 {
		st1.y = st2.y
		if st1.m > st2.m {
			st1.y--
		}
	}
	d := Date{First: i, Last: end, Kind: DateRange, Precision: hadath.DateMonth}
	var e Date
	if !s.resolve(&e, st2) || !s.resolve(&d, st1) || d.Date > e.Date {
		return Date{}, false
	}
	d.DateEnd = e.Date
	return d, true
}

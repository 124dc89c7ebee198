package ar

import (
	"strconv"
	"time"
)

// day returns t as "YYYY-MM-DD".
func day(t time.Time) string {
	y, m, d := t.Date()
	var b [10]byte
	put4(b[:], y)
	b[4], b[7] = '-', '-'
	put2(b[5:], int(m))
	put2(b[8:], d)
	return string(b[:])
}

// month returns year y and month m as "YYYY-MM".
func month(y, m int) string {
	var b [7]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], m)
	return string(b[:])
}

// year returns y as "YYYY" (years outside 0 to 9999 in full).
func year(y int) string {
	if y < 0 || y > 9999 {
		return strconv.Itoa(y)
	}
	var b [4]byte
	put4(b[:], y)
	return string(b[:])
}

// put4 writes 0 <= v < 10000 as four digits.
func put4(b []byte, v int) {
	v = ((v % 10000) + 10000) % 10000
	b[0], b[1], b[2], b[3] = byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10)
}

// put2 writes 0 <= v < 100 as two digits.
func put2(b []byte, v int) { b[0], b[1] = byte('0'+v/10%10), byte('0'+v%10) }

// date returns the UTC midnight of y-m-d, normalized like time.Date.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// shiftMonth returns year and month n months after y-m (n may be negative).
func shiftMonth(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return floorDivInt(k, 12), k - floorDivInt(k, 12)*12 + 1
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// weekStart returns the Sunday that begins the week holding t: weeks run
// Sunday to Saturday, the working week of most Arab countries and the
// convention of the dev gold.
func weekStart(t time.Time) time.Time { return t.AddDate(0, 0, -int(t.Weekday())) }

// lastWeekday returns the most recent day with weekday w on or before t,
// or strictly before t when strict is set.
func lastWeekday(t time.Time, w time.Weekday, strict bool) time.Time {
	back := (int(t.Weekday()) - int(w) + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return t.AddDate(0, 0, -back)
}

// nextWeekday returns the first day with weekday w after t.
func nextWeekday(t time.Time, w time.Weekday) time.Time {
	ahead := (int(w) - int(t.Weekday()) + 7) % 7
	if ahead == 0 {
		ahead = 7
	}
	return t.AddDate(0, 0, ahead)
}

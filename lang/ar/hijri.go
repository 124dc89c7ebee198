package ar

import "time"

// The Hijri dates are converted with the arithmetic (tabular) Islamic
// calendar of the civil epoch, the "Kuwaiti algorithm": months alternate
// 30 and 29 days, and 11 of every 30 years are leap years with a 30-day
// Dhu al-Hijjah. Calendars based on the sighting of the moon (Umm al-Qura,
// national announcements) may differ from it by a day or two.

// hijriEpoch is 1 Muharram 1 AH (16 July 622, Julian) in days since
// 1970-01-01.
const hijriEpoch = -492148

// hijriDays returns the day of Hijri date y-m-d in days since 1970-01-01.
func hijriDays(y, m, d int) int {
	return d + (295*(m-1)+9)/10 + (y-1)*354 + (3+11*y)/30 + hijriEpoch - 1
}

// hijriToTime returns the Gregorian (UTC midnight) day of Hijri date y-m-d.
func hijriToTime(y, m, d int) time.Time {
	return time.Unix(int64(hijriDays(y, m, d))*86400, 0).UTC()
}

// hijriMonthLen returns the number of days of month m of Hijri year y.
func hijriMonthLen(y, m int) int {
	if m == 12 {
		return hijriDays(y+1, 1, 1) - hijriDays(y, 12, 1)
	}
	return hijriDays(y, m+1, 1) - hijriDays(y, m, 1)
}

// timeToHijri returns the Hijri date of day t.
func timeToHijri(t time.Time) (y, m, d int) {
	days := int(floorDiv(t.Unix(), 86400))
	y = floorDivInt(30*(days-hijriEpoch)+10646, 10631)
	for hijriDays(y+1, 1, 1) <= days {
		y++
	}
	for hijriDays(y, 1, 1) > days {
		y--
	}
	m = 12
	for m > 1 && hijriDays(y, m, 1) > days {
		m--
	}
	return y, m, days - hijriDays(y, m, 1) + 1
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorDivInt(a, b int) int { return int(floorDiv(int64(a), int64(b))) }

package hadath

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Incident grouping limits.
const (
	// JoinKM is how far apart two precise places may be and still be the
	// scene of one happening.
	JoinKM = 25
	// JoinDays is how many days apart two reports' dates may be.
	JoinDays = 1
	// MaxJoinSpan is the longest span of days, from first to last, that
	// a report's date or an incident's dates may cover and still be
	// grouped: two days. A report dated only by week, month or year is
	// too vague to tell happenings apart, and stays alone.
	MaxJoinSpan = 1
)

// MatchIncident decides whether ev reports the happening of inc. It
// returns the reasons for joining, with a score that ranks candidate
// incidents, or ok false with the reason it does not fit.
func MatchIncident(inc *Incident, ev *StoredEvent) (j Join, ok bool, why string) {
	e := &ev.Event
	if e.Type != inc.Type {
		return j, false, "different type"
	}
	if e.Modality != inc.Modality {
		return j, false, "different modality"
	}
	j.EventID = e.ID

	// When.
	d := ev.Date()
	if d == "" || inc.DateMin == "" {
		return j, false, "no date"
	}
	lo, hi := DayRange(d, e.DateEnd)
	if DaysBetween(lo, hi) > MaxJoinSpan || DaysBetween(inc.DateMin, inc.DateMax) > MaxJoinSpan {
		return j, false, "dates too vague"
	}
	gap := DaysBetween(hi, inc.DateMin)
	if g := DaysBetween(inc.DateMax, lo); g > gap {
		gap = g
	}
	if gap > JoinDays {
		return j, false, fmt.Sprintf("dates %d days apart", gap)
	}
	// Nor may reports chain a happening across days: all the dates of
	// one incident lie within JoinDays of each other.
	if span := DaysBetween(min(lo, inc.DateMin), max(hi, inc.DateMax)); span > JoinDays && DaysBetween(lo, hi) < span {
		return j, false, fmt.Sprintf("reports would span %d days", span)
	}
	if gap <= 0 {
		j.Reasons = append(j.Reasons, "dates overlap")
		j.Score += 2
	} else {
		j.Reasons = append(j.Reasons, "dates within a day")
		j.Score++
	}

	// Where.
	placeOK, placeWhy, placeScore := samePlace(inc.Location, e.Location)
	if placeWhy == "" {
		return j, false, "places differ"
	}

	// Who and how.
	if e.Method != "" && inc.Method != "" && !sameMethodFamily(e.Method, inc.Method) {
		return j, false, fmt.Sprintf("methods differ (%s, %s)", e.Method, inc.Method)
	}
	actorOK, actorWhy := sameParty(inc.Actor, e.Actor)
	if actorWhy == "" {
		return j, false, "actors differ"
	}
	targetOK, targetWhy := sameParty(inc.Target, e.Target)
	if targetWhy == "" {
		return j, false, "targets differ"
	}
	if !placeOK {
		// Without a place in common, only the same named actor and
		// target on the same day tell that it is the same happening.
		if !actorOK || !targetOK || gap > 0 {
			return j, false, "no place in common"
		}
	}
	for _, r := range []string{placeWhy, actorWhy, targetWhy} {
		if r != "-" {
			j.Reasons = append(j.Reasons, r)
		}
	}
	j.Score += placeScore
	if actorOK {
		j.Score++
	}
	if targetOK {
		j.Score++
	}
	if e.Method != "" && e.Method == inc.Method {
		j.Reasons = append(j.Reasons, "same method "+e.Method)
		j.Score += 0.5
	}
	return j, true, ""
}

// samePlace compares two places. ok is true when they are the same place;
// why is "" when they are incompatible, "-" when there is nothing to
// compare, and a reason otherwise.
func samePlace(a, b *Place) (ok bool, why string, score float64) {
	if a == nil || b == nil {
		return false, "-", 0
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false, "", 0
	}
	ra, rb := PrecisionRank(a.Precision), PrecisionRank(b.Precision)
	if ra <= 2 && rb <= 2 {
		if a.Name == b.Name && a.Name != "" {
			return true, "same place " + a.Name, 3
		}
		if a.Lat != nil && a.Lon != nil && b.Lat != nil && b.Lon != nil {
			km := Distance(*a.Lat, *a.Lon, *b.Lat, *b.Lon)
			if km <= JoinKM {
				return true, fmt.Sprintf("places %.0f km apart", km), 3 - km/JoinKM
			}
			return false, "", 0
		}
		return false, "", 0
	}
	// One side is coarser. The same province is evidence; the same
	// country, sea or region only does not rule it out, since many
	// happenings share one.
	if a.Name == b.Name && a.Name != "" && max(ra, rb) <= PrecisionRank(PrecisionAdmin1) {
		return true, "same place " + a.Name, 1.5
	}
	if a.Admin1 != "" && b.Admin1 != "" {
		if strings.EqualFold(a.Admin1, b.Admin1) {
			return true, "same province " + a.Admin1, 1
		}
		return false, "", 0
	}
	if a.Country != "" && a.Country == b.Country {
		return false, "-", 0 // same country only: compatible, not evidence
	}
	return false, "", 0
}

// sameParty compares two participants. ok is true when they are the same;
// why is "" when they are incompatible, "-" when one is unknown.
func sameParty(a, b *Actor) (ok bool, why string) {
	switch {
	case a == nil || b == nil:
		return false, "-"
	case strings.EqualFold(a.Name, b.Name):
		return true, "same party " + a.Name
	case a.Generic || b.Generic:
		// A generic side is compatible with anyone of its country.
		if a.Country != "" && a.Country == b.Country {
			return false, "-"
		}
		if a.Country == "" || b.Country == "" {
			return false, "-"
		}
	}
	return false, ""
}

// sameMethodFamily reports whether two methods could describe one attack:
// equal, or both weapons fired from afar.
func sameMethodFamily(a, b string) bool {
	if a == b {
		return true
	}
	return methodFamily(a) != "" && methodFamily(a) == methodFamily(b)
}

// methodFamily groups methods that reports of one attack confuse.
func methodFamily(m string) string {
	switch m {
	case "ballistic_missile", "cruise_missile", "missile", "rocket", "mortar", "artillery", "airstrike", "drone":
		return "remote"
	case "ied", "car_bomb", "suicide_bombing", "grenade", "landmine":
		return "explosive"
	case "gunfire", "clash", "raid":
		return "fighting"
	}
	return ""
}

// Distance returns the great-circle distance in km between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	la1, lo1 := lat1*math.Pi/180, lon1*math.Pi/180
	la2, lo2 := lat2*math.Pi/180, lon2*math.Pi/180
	h := math.Pow(math.Sin((la2-la1)/2), 2) + math.Cos(la1)*math.Cos(la2)*math.Pow(math.Sin((lo2-lo1)/2), 2)
	return 6371 * 2 * math.Asin(math.Min(1, math.Sqrt(h)))
}

// DayRange returns the first and last day (YYYY-MM-DD) a date covers: a
// day, a month, a year, or the span to end.
func DayRange(date, end string) (lo, hi string) {
	lo, hi = spanOf(date)
	if end != "" {
		if _, h := spanOf(end); h > hi {
			hi = h
		}
	}
	return lo, hi
}

// spanOf returns the first and last day of a YYYY, YYYY-MM or YYYY-MM-DD.
func spanOf(d string) (lo, hi string) {
	switch len(d) {
	case 4:
		return d + "-01-01", d + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return d, d
		}
		return d + "-01", t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	if len(d) > 10 {
		d = d[:10]
	}
	return d, d
}

// DaysBetween returns b minus a in days; 0 when either does not parse.
func DaysBetween(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

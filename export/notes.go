package export

import (
	"strconv"
	"strings"

	"github.com/hadath/hadath"
)

// notes writes a short English summary of r, for ACLED's notes column:
// "Airstrike by Israeli Air Force against Hezbollah in Nabatieh, Nabatieh,
// Lebanon. 3 killed, 5 injured."
func (m *mappings) notes(r *record) string {
	var b strings.Builder
	switch r.Modality {
	case hadath.Future:
		b.WriteString("Planned: ")
	case hadath.Negated:
		b.WriteString("Denied: ")
	case hadath.Hypothetical:
		b.WriteString("Possible: ")
	}
	b.WriteString(m.typeLabel(r.Type, r.Method))
	if a := actorName(r.Actor); a != "" {
		b.WriteString(" by " + a)
	}
	if t := actorName(r.Target); t != "" {
		if m.types[r.Type].quad >= 3 {
			b.WriteString(" against " + t)
		} else {
			b.WriteString(" with " + t)
		}
	}
	if p := r.Place; p != nil {
		parts := []string{placeName(p)}
		if p.Admin1 != "" && p.Admin1 != parts[0] {
			parts = append(parts, p.Admin1)
		}
		if p.Country != "" && p.Precision != hadath.PrecisionCountry {
			parts = append(parts, m.countryName(p.Country))
		}
		b.WriteString(" in " + strings.Join(parts, ", "))
	}
	if r.Date != "" {
		b.WriteString(" on " + r.Date)
		if r.DateEnd != "" {
			b.WriteString(" to " + r.DateEnd)
		}
	}
	b.WriteString(".")
	var cas []string
	if s := r.Killed.phrase(); s != "" {
		cas = append(cas, s+" killed")
	}
	if s := r.Injured.phrase(); s != "" {
		cas = append(cas, s+" injured")
	}
	if len(cas) > 0 {
		s := strings.Join(cas, ", ")
		b.WriteString(" " + strings.ToUpper(s[:1]) + s[1:] + ".")
	}
	if c := r.claimedNames(); c != "" {
		b.WriteString(" Claimed by " + c + ".")
	}
	if r.incident {
		b.WriteString(" " + plural(r.Reports, "report") + " from " + plural(len(r.Sources), "source") + ".")
	}
	return b.String()
}

// phrase writes a casualty figure in words: "at least 5", "3 to 5",
// "an unknown number".
func (c count) phrase() string {
	switch {
	case !c.Stated:
		return ""
	case !c.Known:
		return "an unknown number"
	case c.Min != c.Max:
		return strconv.Itoa(c.Min) + " to " + strconv.Itoa(c.Max)
	}
	n := strconv.Itoa(c.Best)
	switch c.Qualifier {
	case hadath.AtLeast:
		return "at least " + n
	case hadath.MoreThan:
		return "more than " + n
	case hadath.About:
		return "about " + n
	case hadath.UpTo:
		return "up to " + n
	}
	return n
}

// plural writes n and a noun in the singular or plural.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// tags writes what ACLED's columns cannot hold, as "key=value" pairs
// separated by "; ": modality, interception, the casualty qualifier, the
// date span and whether the date is only the publication day.
func tags(r *record) string {
	var t []string
	if r.Modality != "" && r.Modality != hadath.Asserted {
		t = append(t, "modality="+r.Modality)
	}
	if r.Intercepted != "" {
		t = append(t, "intercepted="+r.Intercepted)
	}
	if q := r.Killed.Qualifier; r.Killed.Known && q != "" && q != hadath.Exact {
		t = append(t, "killed="+q)
	}
	if r.Killed.Known && r.Killed.Min != r.Killed.Max {
		t = append(t, "killed_range="+strconv.Itoa(r.Killed.Min)+"-"+strconv.Itoa(r.Killed.Max))
	}
	if r.DateEnd != "" {
		t = append(t, "date_end="+r.DateEnd)
	}
	if r.DatePublished {
		t = append(t, "date=published")
	}
	if r.incident {
		t = append(t, "reports="+strconv.Itoa(r.Reports))
	}
	return strings.Join(t, "; ")
}

package export

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
)

// ACLEDColumns are the columns of ACLED's CSV exports, in their order.
// The csv format writes exactly these.
var ACLEDColumns = []string{"event_id_cnty", "event_date", "year", "time_precision",
	"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
	"region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
	"geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// Conditions of data/acled_types.tsv.
const (
	whenCivilians   = "civilians"
	whenProtesters  = "protesters"
	whenArmed       = "armed"
	whenIntercepted = "intercepted"
	whenTerritory   = "territory"
)

// acledType classifies an event of type typ and method that meets the
// conditions when, in order of preference.
func (m *mappings) acledType(typ, method string, when ...string) acledKind {
	methods := []string{"*"}
	if method != "" {
		methods = []string{method, "*"}
	}
	when = append(slices.Clip(when), "*")
	for _, t := range []string{typ, "*"} {
		for _, meth := range methods {
			for _, w := range when {
				if k, ok := m.acled[[3]string{t, meth, w}]; ok {
					return k
				}
			}
		}
	}
	return acledKind{"Strategic developments", "Strategic developments", "Other"}
}

// conditions lists the conditions of data/acled_types.tsv that r meets.
func conditions(r *record) []string {
	var when []string
	if r.Intercepted == hadath.InterceptedAll {
		when = append(when, whenIntercepted)
	}
	if r.Type == hadath.Retreat && r.Actor != nil && isArmed(r.Actor.Sector) && r.Place != nil &&
		hadath.PrecisionRank(r.Place.Precision) <= hadath.PrecisionRank(hadath.PrecisionAdmin1) {
		when = append(when, whenTerritory)
	}
	if r.Target != nil {
		switch s := r.Target.Sector; {
		case s == hadath.SectorProtesters:
			when = append(when, whenProtesters)
		case isArmed(s):
			when = append(when, whenArmed)
		case s == hadath.SectorCivilians || s == hadath.SectorMedia || s == hadath.SectorNGO || s == hadath.SectorBusiness:
			when = append(when, whenCivilians)
		}
	}
	return when
}

// isArmed reports whether a sector bears arms.
func isArmed(sector string) bool {
	return sector == hadath.SectorMilitary || sector == hadath.SectorPolice || sector == hadath.SectorArmedGroup
}

// inter returns ACLED's inter code for a participant of an event of kind
// k that took place in country, or 0 for none.
func (m *mappings) inter(a *hadath.Actor, k acledKind, country string) int {
	if a == nil {
		return 0
	}
	s, ok := m.sectors[a.Sector]
	n := s.inter
	switch {
	case !ok && a.Kind == hadath.GPE:
		n = 1
	case !ok:
		n = 8
	case a.Sector == hadath.SectorProtesters && k.eventType == "Riots":
		n = 5
	}
	if n == 1 && a.Country != "" && country != "" && !strings.EqualFold(a.Country, country) {
		n = 8 // state forces abroad are external forces for ACLED
	}
	return n
}

// interaction joins two inter codes as ACLED does: the smaller first, and
// a 0 after a lone actor's code.
func interaction(i1, i2 int) string {
	switch {
	case i1 == 0 && i2 == 0:
		return ""
	case i1 == 0 || i2 == 0:
		return strconv.Itoa(max(i1, i2) * 10)
	}
	return strconv.Itoa(min(i1, i2)*10 + max(i1, i2))
}

// acledRow returns r as the cells of ACLEDColumns.
func (m *mappings) acledRow(r *record) []string {
	k := m.acledType(r.Type, r.Method, conditions(r)...)
	var iso, cc, loc, admin1, admin2, lat, lon, geo string
	if p := r.Place; p != nil {
		cc, loc, admin1 = strings.ToUpper(p.Country), placeName(p), p.Admin1
		if p.Precision == hadath.PrecisionDistrict {
			admin2 = loc
		}
		if la, lo, ok := coord(p); ok {
			lat, lon = strconv.FormatFloat(la, 'f', 4, 64), strconv.FormatFloat(lo, 'f', 4, 64)
		}
		geo = geoPrecision(p.Precision)
	}
	c, known := m.countries[cc]
	if known {
		iso = c.numeric
	}
	suffix := ""
	if cc != "" {
		suffix = " (" + m.countryName(cc) + ")"
	}
	def := m.defaults[k.eventType]
	actor1, inter1 := actorName(r.Actor), m.inter(r.Actor, k, cc)
	if r.Actor == nil && len(r.Claimed) > 0 {
		actor1, inter1 = actorName(r.Claimed[0]), m.inter(r.Claimed[0], k, cc)
	}
	if actor1 == "" && def.actor1 != "" {
		actor1, inter1 = def.actor1+suffix, def.inter1
	}
	actor2, inter2 := actorName(r.Target), m.inter(r.Target, k, cc)
	if actor2 == "" && def.actor2 != "" {
		actor2, inter2 = def.actor2+suffix, def.inter2
	}
	targeting := ""
	if k.eventType == "Violence against civilians" || (inter2 == 7 && strings.Contains(k.disorder, "Political violence")) {
		targeting = "Civilian targeting"
	}
	date := fullDate(r.Date)
	year := ""
	if len(date) >= 4 {
		year = date[:4]
	}
	fatalities := "0"
	if r.Killed.Known {
		fatalities = strconv.Itoa(r.Killed.Best)
	}
	stamp := ""
	if !r.Updated.IsZero() {
		stamp = strconv.FormatInt(r.Updated.Unix(), 10)
	}
	return []string{r.ID, date, year, timePrecision(r.DatePrecision),
		k.disorder, k.eventType, k.subType, actor1, "", strconv.Itoa(inter1),
		actor2, "", strconv.Itoa(inter2), interaction(inter1, inter2), targeting, iso,
		c.region, c.name, admin1, admin2, "", loc, lat, lon,
		geo, strings.Join(r.Sources, "; "), "", m.notes(r), fatalities, tags(r), stamp}
}

// timePrecision maps a date precision to ACLED's: 1 day, 2 week, 3 more.
func timePrecision(p string) string {
	switch p {
	case hadath.DateDay:
		return "1"
	case hadath.DateWeek:
		return "2"
	}
	return "3"
}

// geoPrecision maps a place precision to ACLED's: 1 the place itself, 2 a
// part of a region nearby, 3 a larger area.
func geoPrecision(p string) string {
	switch p {
	case hadath.PrecisionSite, hadath.PrecisionCity:
		return "1"
	case hadath.PrecisionDistrict, hadath.PrecisionAdmin1:
		return "2"
	case hadath.PrecisionCountry, hadath.PrecisionRegion, hadath.PrecisionSea:
		return "3"
	}
	return ""
}

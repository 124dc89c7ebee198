package export

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// record is an event or an incident flattened for the formats that treat
// both alike: CSV, GeoJSON, PLOVER and tables.
type record struct {
	incident      bool
	ID            string
	Date          string // YYYY-MM-DD, YYYY-MM, YYYY or ""
	DatePublished bool   // Date is the publication day: the text gives none
	DateEnd       string
	DatePrecision string
	Type          string
	Method        string
	Modality      string
	Intercepted   string
	Place         *hadath.Place
	Actor         *hadath.Actor
	Target        *hadath.Actor
	Claimed       []*hadath.Actor
	Killed        count
	Injured       count
	Sources       []string // the document's source, or the incident's sources
	URL           string
	Title         string
	Lang          string
	DocID         string
	IncidentID    string
	Text          string // the sentence that reports the event
	Reports       int    // incidents only
	Updated       time.Time
	Confidence    float64
}

// count is a casualty figure: one report's number, or the range across
// an incident's reports.
type count struct {
	Stated    bool // the text mentions casualties
	Known     bool // with a number
	Min, Max  int
	Best      int
	Qualifier string
}

// fromEvent flattens a stored event.
func fromEvent(e *hadath.StoredEvent) *record {
	ev := &e.Event
	r := &record{ID: ev.ID, Date: e.Date(), DateEnd: ev.DateEnd, DatePrecision: ev.DatePrecision,
		Type: ev.Type, Method: ev.Method, Modality: ev.Modality, Intercepted: ev.Intercepted,
		Place: ev.Location, Actor: ev.Actor, Target: ev.Target, URL: e.URL, Title: e.Title,
		Lang: e.Lang, DocID: e.DocID, IncidentID: e.IncidentID, Updated: e.Ingested,
		Confidence: ev.Confidence, Killed: eventCount(ev.Killed), Injured: eventCount(ev.Injured)}
	if ev.ClaimedBy != nil {
		r.Claimed = []*hadath.Actor{ev.ClaimedBy}
	}
	if s := e.SourceName(); s != "" {
		r.Sources = []string{s}
	}
	if len(ev.Evidence) > 0 {
		r.Text = ev.Evidence[0].Text
	}
	if ev.Date == "" || r.DatePrecision == "" {
		r.DatePrecision = hadath.DateUnknown
	}
	r.DatePublished = ev.Date == "" && r.Date != ""
	return r
}

// eventCount converts one report's casualty count.
func eventCount(c *hadath.Count) count {
	if c == nil {
		return count{}
	}
	out := count{Stated: true, Qualifier: c.Qualifier}
	if c.Count != nil {
		n := *c.Count
		out.Known, out.Min, out.Max, out.Best = true, n, n, n
	}
	return out
}

// fromIncident flattens an incident.
func fromIncident(inc *hadath.Incident) *record {
	r := &record{incident: true, ID: inc.ID, Date: inc.Date, DatePrecision: inc.DatePrecision,
		Type: inc.Type, Method: inc.Method, Modality: inc.Modality, Place: inc.Location,
		Actor: inc.Actor, Target: inc.Target, Claimed: inc.ClaimedBy, Sources: inc.Sources,
		Reports: inc.Reports, IncidentID: inc.ID, Killed: rangeCount(inc.Killed),
		Injured: rangeCount(inc.Injured), Updated: parseTime(inc.LastSeen)}
	if inc.DateMax != "" && inc.DateMax != inc.DateMin {
		r.DateEnd = inc.DateMax
	}
	if r.Date == "" {
		r.Date = inc.DateMin
	}
	if r.DatePrecision == "" || inc.DateFromPublished {
		r.DatePrecision = hadath.DateUnknown
	}
	r.DatePublished = inc.DateFromPublished
	return r
}

// rangeCount converts an incident's casualty range.
func rangeCount(c *hadath.CountRange) count {
	if c == nil {
		return count{}
	}
	return count{Stated: true, Known: true, Min: c.Min, Max: c.Max, Best: c.Best}
}

// parseTime reads an RFC 3339 time or a YYYY-MM-DD date; the zero time
// when s is neither.
func parseTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// coord returns the place's coordinates when they are set and valid.
func coord(p *hadath.Place) (lat, lon float64, ok bool) {
	if p == nil || p.Lat == nil || p.Lon == nil {
		return 0, 0, false
	}
	lat, lon = *p.Lat, *p.Lon
	if math.IsNaN(lat) || math.IsNaN(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, 0, false
	}
	return lat, lon, true
}

// fullDate expands a YYYY or YYYY-MM date to its first day, for formats
// that want YYYY-MM-DD; other values are returned as they are.
func fullDate(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// actorName returns the name to show for an actor: the canonical name,
// else the Arabic one.
func actorName(a *hadath.Actor) string {
	if a == nil {
		return ""
	}
	if a.Name != "" {
		return a.Name
	}
	return a.NameAr
}

// placeName returns the name to show for a place: its name (else the
// Arabic one).
func placeName(p *hadath.Place) string {
	if p == nil {
		return ""
	}
	if p.Name != "" {
		return p.Name
	}
	return p.NameAr
}

// cell writes a casualty figure for a table: "5", "5+", ">5", "~5",
// "<=5" for a report, "3-5" for a range, "?" for no number.
func (c count) cell() string {
	switch {
	case !c.Stated:
		return ""
	case !c.Known:
		return "?"
	case c.Min != c.Max:
		return strconv.Itoa(c.Min) + "-" + strconv.Itoa(c.Max)
	}
	n := strconv.Itoa(c.Best)
	switch c.Qualifier {
	case hadath.AtLeast:
		return n + "+"
	case hadath.MoreThan:
		return ">" + n
	case hadath.About:
		return "~" + n
	case hadath.UpTo:
		return "<=" + n
	}
	return n
}

// claimedNames joins the names of the claimants.
func (r *record) claimedNames() string {
	names := make([]string, 0, len(r.Claimed))
	for _, a := range r.Claimed {
		if n := actorName(a); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, "; ")
}

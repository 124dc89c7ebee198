package hadath

import (
	"slices"
	"sort"
	"time"
)

// Incident is one happening as reported by one or more documents: the
// reports joined to it and a merged view of what they say.
type Incident struct {
	ID            string `json:"id"`
	Type          string `json:"type"`
	Method        string `json:"method,omitempty"`
	Modality      string `json:"modality"`
	Date          string `json:"date,omitempty"`     // the most precise date reported
	DateMin       string `json:"date_min,omitempty"` // earliest day any report gives
	DateMax       string `json:"date_max,omitempty"` // latest day any report gives
	DatePrecision string `json:"date_precision"`
	// DateFromPublished is true when no report's text gives a date and
	// Date is the day the first report was published.
	DateFromPublished bool        `json:"date_from_published,omitempty"`
	Location          *Place      `json:"location"` // the most precise place reported
	Actor             *Actor      `json:"actor"`
	Target            *Actor      `json:"target"`
	Killed            *CountRange `json:"killed"`
	Injured           *CountRange `json:"injured"`
	ClaimedBy         []*Actor    `json:"claimed_by"`
	// Claims says who claimed it according to which reports: one entry
	// a claimed actor, in the order first reported.
	Claims    []Claim  `json:"claims,omitempty"`
	Reports   int      `json:"reports"`
	Sources   []string `json:"sources"` // independent sources, sorted
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`

	// Events and Joins are filled by Store.Incident: the reports, in the
	// order they joined, and why each joined.
	Events []*StoredEvent `json:"events,omitempty"`
	Joins  []Join         `json:"joins,omitempty"`
}

// CountRange is a casualty figure across reports: the lowest and highest
// numbers given (the spread), and the merged figure, the median of the
// reports' numbers, so that one report far off does not move it.
type CountRange struct {
	Min     int          `json:"min"`
	Max     int          `json:"max"`
	Best    int          `json:"best"`    // the median; the lower one of an even count`
	Reports int          `json:"reports"` // how many reports give a number
	Values  []CountValue `json:"values"`  // each number given, with its reports
}

// CountValue is one casualty number and the reports that give it.
type CountValue struct {
	N       int    `json:"n"`
	Reports int    `json:"reports"`
	Latest  string `json:"latest,omitempty"` // the latest publication that gives it
}

// Claim is one claim of responsibility for an incident and the reports
// that give it.
type Claim struct {
	Actor   *Actor   `json:"actor"`
	Reports []string `json:"reports"` // ids of the events that give it
	Sources []string `json:"sources"` // their sources, sorted
}

// Join says why an event belongs to its incident.
type Join struct {
	EventID string   `json:"event_id"`
	Reasons []string `json:"reasons"` // empty for the report that started it
	Score   float64  `json:"score"`
}

// SourceName returns the name under which an event's report counts as one
// source: the document's source, else its URL's host, else its id.
func (e *StoredEvent) SourceName() string {
	if e.Source != "" {
		return e.Source
	}
	if h := urlHost(e.URL); h != "" {
		return h
	}
	return e.DocID
}

// urlHost returns the host part of an http(s) URL, or "".
func urlHost(u string) string {
	for _, p := range []string{"https://", "http://"} {
		if len(u) > len(p) && u[:len(p)] == p {
			u = u[len(p):]
			for i := 0; i < len(u); i++ {
				if u[i] == '/' || u[i] == '?' || u[i] == '#' {
					return u[:i]
				}
			}
			return u
		}
	}
	return ""
}

// Merge recomputes the merged view of inc from its reports, which must all
// belong to it, in the order they joined.
func (inc *Incident) Merge(reports []*StoredEvent) {
	*inc = Incident{ID: inc.ID, Events: inc.Events, Joins: inc.Joins}
	for _, r := range reports {
		inc.Add(r)
	}
}

// Add updates the merged view with one more report: the most precise
// date and place, the best-known parties, casualty ranges, claims,
// sources, and when it was first and last seen.
func (inc *Incident) Add(r *StoredEvent) {
	ev := &r.Event
	if inc.Reports == 0 {
		inc.Type, inc.Modality, inc.DatePrecision = ev.Type, ev.Modality, DateUnknown
	}
	inc.Reports++
	inc.Sources = insertSorted(inc.Sources, r.SourceName())
	if ev.Method != "" && inc.Method == "" {
		inc.Method = ev.Method
	}
	if d := r.Date(); d != "" {
		lo, hi := DayRange(d, ev.DateEnd)
		if inc.DateMin == "" || lo < inc.DateMin {
			inc.DateMin = lo
		}
		if hi > inc.DateMax {
			inc.DateMax = hi
		}
	}
	switch d := r.Date(); {
	case ev.Date != "":
		if inc.DateFromPublished || inc.DatePrecision == DateUnknown || datePrecisionRank(ev.DatePrecision) < datePrecisionRank(inc.DatePrecision) {
			inc.Date, inc.DatePrecision, inc.DateFromPublished = ev.Date, ev.DatePrecision, false
		}
	case d != "" && inc.Date == "":
		inc.Date, inc.DatePrecision, inc.DateFromPublished = d, DateDay, true
	}
	if ev.Location != nil && (inc.Location == nil || PrecisionRank(ev.Location.Precision) < PrecisionRank(inc.Location.Precision)) {
		inc.Location = ev.Location
	}
	inc.Actor = moreSpecific(inc.Actor, ev.Actor)
	inc.Target = moreSpecific(inc.Target, ev.Target)
	if ev.Killed != nil && ev.Killed.Count != nil {
		inc.Killed = inc.Killed.add(*ev.Killed.Count, r.Published)
	}
	if ev.Injured != nil && ev.Injured.Count != nil {
		inc.Injured = inc.Injured.add(*ev.Injured.Count, r.Published)
	}
	if c := ev.ClaimedBy; c != nil {
		inc.addClaim(c, r)
	}
	seen := r.Published
	if seen == "" && !r.Ingested.IsZero() {
		seen = r.Ingested.UTC().Format(time.RFC3339)
	}
	if seen != "" && (inc.FirstSeen == "" || seen < inc.FirstSeen) {
		inc.FirstSeen = seen
	}
	if seen > inc.LastSeen {
		inc.LastSeen = seen
	}
}

// addClaim records that report r says actor c claimed the incident.
func (inc *Incident) addClaim(c *Actor, r *StoredEvent) {
	for i, have := range inc.ClaimedBy {
		if have.Name == c.Name {
			if i < len(inc.Claims) {
				cl := &inc.Claims[i]
				cl.Reports = append(cl.Reports, r.Event.ID)
				cl.Sources = insertSorted(cl.Sources, r.SourceName())
			}
			return
		}
	}
	inc.ClaimedBy = append(inc.ClaimedBy, c)
	inc.Claims = append(inc.Claims, Claim{Actor: c, Reports: []string{r.Event.ID}, Sources: []string{r.SourceName()}})
}

// insertSorted adds s to a sorted list unless it is there.
func insertSorted(list []string, s string) []string {
	i := sort.SearchStrings(list, s)
	if i < len(list) && list[i] == s {
		return list
	}
	list = append(list, "")
	copy(list[i+1:], list[i:])
	list[i] = s
	return list
}

// moreSpecific returns the better of two descriptions of one participant:
// a named actor over a generic one, the first otherwise.
func moreSpecific(have, next *Actor) *Actor {
	switch {
	case have == nil:
		return next
	case next == nil:
		return have
	case have.Generic && !next.Generic:
		return next
	}
	return have
}

// add counts one more report's number, and returns the range.
func (r *CountRange) add(n int, published string) *CountRange {
	if r == nil {
		r = &CountRange{Min: n, Max: n}
	}
	r.Min, r.Max = min(r.Min, n), max(r.Max, n)
	r.Reports++
	found := false
	for i := range r.Values {
		v := &r.Values[i]
		if v.N == n {
			v.Reports++
			if published > v.Latest {
				v.Latest = published
			}
			found = true
		}
	}
	if !found {
		r.Values = append(r.Values, CountValue{N: n, Reports: 1, Latest: published})
	}
	r.Best = r.median()
	return r
}

// median returns the middle one of the numbers the reports give, each
// counted once a report; of an even count, the lower of the middle two,
// so that the figure is always one a report gave.
func (r *CountRange) median() int {
	vals := slices.Clone(r.Values)
	slices.SortFunc(vals, func(a, b CountValue) int { return a.N - b.N })
	k := (r.Reports - 1) / 2 // index of the lower middle number
	for _, v := range vals {
		if k < v.Reports {
			return v.N
		}
		k -= v.Reports
	}
	return r.Max
}

// PrecisionRank orders place precisions from the most precise (0) down;
// unknown precisions rank last.
func PrecisionRank(p string) int {
	switch p {
	case PrecisionSite:
		return 0
	case PrecisionCity:
		return 1
	case PrecisionDistrict:
		return 2
	case PrecisionAdmin1:
		return 3
	case PrecisionSea:
		return 4
	case PrecisionCountry:
		return 5
	case PrecisionRegion:
		return 6
	}
	return 7
}

// datePrecisionRank orders date precisions from the most precise (0) down.
func datePrecisionRank(p string) int {
	switch p {
	case DateDay:
		return 0
	case DateWeek:
		return 1
	case DateMonth:
		return 2
	case DateYear:
		return 3
	}
	return 4
}

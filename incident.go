package hadath

import (
	"sort"
	"time"
)

// Incident is one happening as reported by one or more documents: the
// reports joined to it and a merged view of what they say.
type Incident struct {
	ID            string      `json:"id"`
	Type          string      `json:"type"`
	Method        string      `json:"method,omitempty"`
	Modality      string      `json:"modality"`
	Date          string      `json:"date,omitempty"`     // the most precise date reported
	DateMin       string      `json:"date_min,omitempty"` // earliest day any report gives
	DateMax       string      `json:"date_max,omitempty"` // latest day any report gives
	DatePrecision string      `json:"date_precision"`
	Location      *Place      `json:"location"` // the most precise place reported
	Actor         *Actor      `json:"actor"`
	Target        *Actor      `json:"target"`
	Killed        *CountRange `json:"killed"`
	Injured       *CountRange `json:"injured"`
	ClaimedBy     []*Actor    `json:"claimed_by"`
	Reports       int         `json:"reports"`
	Sources       []string    `json:"sources"` // independent sources, sorted
	FirstSeen     string      `json:"first_seen,omitempty"`
	LastSeen      string      `json:"last_seen,omitempty"`

	// Events and Joins are filled by Store.Incident: the reports, in the
	// order they joined, and why each joined.
	Events []*StoredEvent `json:"events,omitempty"`
	Joins  []Join         `json:"joins,omitempty"`
}

// CountRange is a casualty figure across reports: the lowest and highest
// numbers given, and the most credible one (the most often reported,
// then the latest report's).
type CountRange struct {
	Min     int `json:"min"`
	Max     int `json:"max"`
	Best    int `json:"best"`
	Reports int `json:"reports"` // how many reports give a number
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
	if len(reports) == 0 {
		return
	}
	first := reports[0].Event
	inc.Type, inc.Modality, inc.Reports = first.Type, first.Modality, len(reports)
	sources := map[string]bool{}
	var killed, injured []countReport
	claims := map[string]bool{}
	bestDate := -1
	for i, r := range reports {
		ev := &r.Event
		sources[r.SourceName()] = true
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
		if ev.Date != "" && (bestDate < 0 || datePrecisionRank(ev.DatePrecision) < datePrecisionRank(reports[bestDate].Event.DatePrecision)) {
			bestDate = i
		}
		if ev.Location != nil && (inc.Location == nil || PrecisionRank(ev.Location.Precision) < PrecisionRank(inc.Location.Precision)) {
			inc.Location = ev.Location
		}
		inc.Actor = moreSpecific(inc.Actor, ev.Actor)
		inc.Target = moreSpecific(inc.Target, ev.Target)
		if ev.Killed != nil && ev.Killed.Count != nil {
			killed = append(killed, countReport{*ev.Killed.Count, r.Published})
		}
		if ev.Injured != nil && ev.Injured.Count != nil {
			injured = append(injured, countReport{*ev.Injured.Count, r.Published})
		}
		if c := ev.ClaimedBy; c != nil && !claims[c.Name] {
			claims[c.Name] = true
			inc.ClaimedBy = append(inc.ClaimedBy, c)
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
	inc.DatePrecision = DateUnknown
	if bestDate >= 0 {
		inc.Date, inc.DatePrecision = reports[bestDate].Event.Date, reports[bestDate].Event.DatePrecision
	} else if inc.DateMin != "" {
		inc.Date, inc.DatePrecision = inc.DateMin, DateDay
	}
	inc.Killed, inc.Injured = countRange(killed), countRange(injured)
	for s := range sources {
		inc.Sources = append(inc.Sources, s)
	}
	sort.Strings(inc.Sources)
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

// countReport is one report's casualty number.
type countReport struct {
	n         int
	published string
}

// countRange summarizes casualty numbers; nil when there are none.
func countRange(cs []countReport) *CountRange {
	if len(cs) == 0 {
		return nil
	}
	r := &CountRange{Min: cs[0].n, Max: cs[0].n, Reports: len(cs)}
	freq := map[int]int{}
	latest := map[int]string{}
	for _, c := range cs {
		r.Min, r.Max = min(r.Min, c.n), max(r.Max, c.n)
		freq[c.n]++
		if c.published >= latest[c.n] {
			latest[c.n] = c.published
		}
	}
	best := cs[0].n
	for n, f := range freq {
		if f > freq[best] || (f == freq[best] && (latest[n] > latest[best] || (latest[n] == latest[best] && n > best))) {
			best = n
		}
	}
	r.Best = best
	return r
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

package hadath

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Filter selects events, and incidents by their reports. The zero Filter
// selects everything. Lists mean "any of"; fields are combined with "and".
type Filter struct {
	Types     []string // PLOVER types
	Methods   []string
	Countries []string // ISO 3166-1 alpha-2 of the event's place
	Admin1    []string // province names, English or Arabic
	Near      *Near

	Actors          []ActorRef // any alias resolved by the caller
	Targets         []ActorRef
	ClaimedBy       []ActorRef
	ActorCountries  []string
	TargetCountries []string

	Since string // YYYY-MM-DD, inclusive; on the event's date
	Until string // YYYY-MM-DD, inclusive

	Text       string   // full-text search over the event's sentences
	MinSources int      // incidents with at least this many sources
	Modalities []string // empty: every modality
	DocID      string   // events of one document
	// Background says what to do with background events, dated more
	// than a year before their report was published: BackgroundInclude
	// (or empty), BackgroundExclude or BackgroundOnly.
	Background string
	// MinConfidence keeps the events whose confidence is at least this
	// (0 to 1; 0 keeps all): a higher floor trades found events for
	// right ones (docs/extraction.md, Confidence).
	MinConfidence float64

	Limit  int // 0: the store's default
	Offset int
}

// Values of Filter.Background.
const (
	BackgroundInclude = "include"
	BackgroundExclude = "exclude"
	BackgroundOnly    = "only"
)

// ValidConfidence reports whether c can be a least confidence: a number
// from 0 to 1 (NaN is none).
func ValidConfidence(c float64) bool { return c >= 0 && c <= 1 }

// ActorRef names an actor to filter on. A named actor matches by Name
// (canonical English, case-insensitive) or NameAr; a generic one by
// Country and Sector.
type ActorRef struct {
	Name    string `json:"name,omitempty"`
	NameAr  string `json:"name_ar,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// Near is a circle on the map.
type Near struct {
	Lat, Lon, KM float64
}

// Validate reports the first problem with f as an EINVALID error.
func (f *Filter) Validate() error {
	if v, ok := f.badText(); !ok {
		return Errorf(EINVALID, "filter value %q: not valid UTF-8 text (a NUL byte or a broken sequence)", v)
	}
	for _, t := range f.Types {
		if !IsEventType(t) {
			return Errorf(EINVALID, "unknown event type %q: want one of %s", t, strings.Join(EventTypes, ", "))
		}
	}
	for _, d := range []string{f.Since, f.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return Errorf(EINVALID, "bad date %q: want YYYY-MM-DD", d)
		}
	}
	if f.Near != nil {
		n := f.Near
		if n.Lat < -90 || n.Lat > 90 || n.Lon < -180 || n.Lon > 180 || n.KM <= 0 {
			return Errorf(EINVALID, "bad circle %g,%g,%g: want LAT,LON,KM with KM > 0", n.Lat, n.Lon, n.KM)
		}
	}
	switch f.Background {
	case "", BackgroundInclude, BackgroundExclude, BackgroundOnly:
	default:
		return Errorf(EINVALID, "background %q: want include, exclude or only", f.Background)
	}
	if !ValidConfidence(f.MinConfidence) {
		return Errorf(EINVALID, "least confidence %v: want a number from 0 to 1", f.MinConfidence)
	}
	if f.Limit < 0 || f.Offset < 0 || f.MinSources < 0 {
		return Errorf(EINVALID, "limit, offset and min-sources must not be negative")
	}
	return nil
}

// IsEventType reports whether t is one of the 16 PLOVER types.
func IsEventType(t string) bool {
	for _, u := range EventTypes {
		if t == u {
			return true
		}
	}
	return false
}

// StatsSpec says how Store.Stats groups its counts.
type StatsSpec struct {
	// By lists the dimensions, each one of StatsDimensions.
	By []string
}

// StatsDimensions lists what Stats can group by.
var StatsDimensions = []string{"type", "method", "country", "admin1", "actor", "target",
	"claimed_by", "source", "day", "week", "month", "year"}

// StatRow is one group of Stats: its key, one value per dimension, and
// how many events and distinct incidents fall in it.
type StatRow struct {
	Key       []string `json:"key"`
	Events    int      `json:"events"`
	Incidents int      `json:"incidents"`
}

// badText finds a string value of f that is not valid UTF-8 or holds a
// NUL byte, which no stored text contains and a database may reject; it
// returns the value and false, or "" and true when all are sound.
func (f *Filter) badText() (string, bool) {
	vals := []string{f.Since, f.Until, f.Text, f.DocID, f.Background}
	for _, l := range [][]string{f.Types, f.Methods, f.Countries, f.Admin1, f.ActorCountries, f.TargetCountries, f.Modalities} {
		vals = append(vals, l...)
	}
	for _, refs := range [][]ActorRef{f.Actors, f.Targets, f.ClaimedBy} {
		for _, r := range refs {
			vals = append(vals, r.Name, r.NameAr, r.Country, r.Sector)
		}
	}
	for _, v := range vals {
		if !utf8.ValidString(v) || strings.IndexByte(v, 0) >= 0 {
			return v, false
		}
	}
	return "", true
}

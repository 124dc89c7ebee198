package sqlstore

import (
	"encoding/json"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// eventRow is the columns of one event, derived from its record.
type eventRow struct {
	id, docID, typ, method, modality                           string
	date, dateHi, week, month, year                            string // the effective day span and its buckets
	country, admin1, place, precision                          string
	lat, lon                                                   *float64
	actor, actorAr, actorCountry, actorSector, actorLabel      string
	target, targetAr, targetCountry, targetSector, targetLabel string
	claimed, claimedAr, claimedLabel                           string
	killed, injured                                            *int
	record                                                     string
}

// newEventRow computes the columns of ev, reported by a document
// published on published.
func newEventRow(ev *hadath.StoredEvent) (*eventRow, error) {
	e := &ev.Event
	rec, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	r := &eventRow{id: e.ID, docID: ev.DocID, typ: e.Type, method: e.Method, modality: e.Modality, record: string(rec)}
	if d := ev.Date(); d != "" {
		r.date, r.dateHi = hadath.DayRange(d, e.DateEnd)
		if t, err := time.Parse(time.DateOnly, r.date); err == nil {
			wd := (int(t.Weekday()) + 6) % 7 // Monday is 0
			r.week = t.AddDate(0, 0, -wd).Format(time.DateOnly)
			r.month, r.year = r.date[:7], r.date[:4]
		}
	}
	if p := e.Location; p != nil {
		r.country, r.admin1, r.place, r.precision = p.Country, p.Admin1, p.Name, p.Precision
		if p.Lat != nil && p.Lon != nil {
			r.lat, r.lon = p.Lat, p.Lon
		}
	}
	r.actor, r.actorAr, r.actorCountry, r.actorSector, r.actorLabel = actorCols(e.Actor)
	r.target, r.targetAr, r.targetCountry, r.targetSector, r.targetLabel = actorCols(e.Target)
	r.claimed, r.claimedAr, _, _, r.claimedLabel = actorCols(e.ClaimedBy)
	if e.Killed != nil {
		r.killed = e.Killed.Count
	}
	if e.Injured != nil {
		r.injured = e.Injured.Count
	}
	return r, nil
}

// actorCols returns the filter columns of an actor: its lower-case name,
// folded Arabic name, country, sector, and the label stats show.
func actorCols(a *hadath.Actor) (name, nameAr, country, sector, label string) {
	if a == nil {
		return "", "", "", "", ""
	}
	label = ActorLabel(a)
	return lower(a.Name), ar.Fold(a.NameAr), a.Country, a.Sector, label
}

// ActorLabel names an actor for a table: its name, with its country when
// it is generic ("Military (US)").
func ActorLabel(a *hadath.Actor) string {
	if a.Generic && a.Country != "" {
		return a.Name + " (" + a.Country + ")"
	}
	return a.Name
}

// lower folds case the way the filters do.
func lower(s string) string { return ar.Fold(s) }

// nullable returns nil for "", so that empty columns are NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

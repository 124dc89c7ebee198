package sqlstore

import (
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// incidentState is an incident with the reports it holds, as the writer
// keeps it while a transaction lasts.
type incidentState struct {
	inc     *hadath.Incident
	members []*hadath.StoredEvent
}

// file joins se to the incident it reports, or starts a new one.
func (w *writer) file(se *hadath.StoredEvent, st *hadath.IngestStats) error {
	best, join, err := w.bestIncident(se)
	if err != nil {
		return err
	}
	if best == nil {
		id, err := w.newIncidentID(se.Event.ID)
		if err != nil {
			return err
		}
		best = &incidentState{inc: &hadath.Incident{ID: id}}
		join = hadath.Join{EventID: se.Event.ID}
		st.Incidents++
	} else {
		st.Joined++
	}
	best.members = append(best.members, se)
	best.inc.Merge(best.members)
	w.cache[best.inc.ID] = best
	why, _ := json.Marshal(join.Reasons)
	if _, err := w.exec(`UPDATE events SET incident_id = $1, join_why = $2, join_score = $3 WHERE id = $4`,
		best.inc.ID, string(why), join.Score, se.Event.ID); err != nil {
		return err
	}
	return w.saveIncident(best.inc)
}

// newIncidentID returns an unused incident id made from the id of the
// event that starts it.
func (w *writer) newIncidentID(eventID string) (string, error) {
	st, err := w.stmt(`SELECT COUNT(*) FROM incidents WHERE id = $1`)
	if err != nil {
		return "", err
	}
	for k := 1; ; k++ {
		id := "i" + eventID
		if k > 1 {
			id += "-" + itoa(k)
		}
		var n int
		if err := st.QueryRowContext(w.ctx, id).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 && w.cache[id] == nil {
			return id, nil
		}
	}
}

// bestIncident returns the stored incident that se fits best, if any.
func (w *writer) bestIncident(se *hadath.StoredEvent) (*incidentState, hadath.Join, error) {
	var none hadath.Join
	d := se.Date()
	if d == "" {
		return nil, none, nil
	}
	lo, hi := hadath.DayRange(d, se.Event.DateEnd)
	country := ""
	if se.Event.Location != nil {
		country = se.Event.Location.Country
	}
	st, err := w.stmt(`SELECT id FROM incidents WHERE type = $1 AND modality = $2 AND date_min <= $3 AND date_max >= $4
		AND (country IS NULL OR $5 = '' OR country = $5) ORDER BY id LIMIT 200`)
	if err != nil {
		return nil, none, err
	}
	rows, err := st.QueryContext(w.ctx, se.Event.Type, se.Event.Modality, addDays(hi, hadath.JoinDays), addDays(lo, -hadath.JoinDays), country)
	if err != nil {
		return nil, none, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, none, err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return nil, none, err
	}
	var best *incidentState
	var bestJoin hadath.Join
	for _, id := range ids {
		is, err := w.load(id)
		if err != nil {
			return nil, none, err
		}
		if is == nil {
			continue
		}
		if j, ok, _ := hadath.MatchIncident(is.inc, se); ok && (best == nil || j.Score > bestJoin.Score ||
			j.Score == bestJoin.Score && len(is.members) > len(best.members)) {
			best, bestJoin = is, j
		}
	}
	return best, bestJoin, nil
}

// load returns an incident with its members, from the cache or the
// database; nil when it has no members left.
func (w *writer) load(id string) (*incidentState, error) {
	if is := w.cache[id]; is != nil {
		return is, nil
	}
	members, err := w.members(id)
	if err != nil || len(members) == 0 {
		return nil, err
	}
	is := &incidentState{inc: &hadath.Incident{ID: id}, members: members}
	is.inc.Merge(members)
	w.cache[id] = is
	return is, nil
}

// members reads the reports of an incident in the order they joined.
func (w *writer) members(id string) ([]*hadath.StoredEvent, error) {
	st, err := w.stmt(`SELECT ` + eventColumns + ` FROM events e JOIN documents d ON d.id = e.doc_id
		WHERE e.incident_id = $1 ORDER BY e.n`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(w.ctx, id)
	if err != nil {
		return nil, err
	}
	return scanEvents(rows)
}

// saveIncident writes the merged view of an incident.
func (w *writer) saveIncident(inc *hadath.Incident) error {
	view, err := json.Marshal(inc)
	if err != nil {
		return err
	}
	country := ""
	if inc.Location != nil {
		country = inc.Location.Country
	}
	_, err = w.exec(`INSERT INTO incidents (id, type, modality, date_min, date_max, country, reports, sources, view)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, modality = excluded.modality, date_min = excluded.date_min,
		date_max = excluded.date_max, country = excluded.country, reports = excluded.reports,
		sources = excluded.sources, view = excluded.view`,
		inc.ID, inc.Type, inc.Modality, nullable(inc.DateMin), nullable(inc.DateMax), nullable(country),
		inc.Reports, len(inc.Sources), string(view))
	return err
}

// removeEvents deletes the events of a document whose content changed.
func (w *writer) removeEvents(docID string, st *hadath.IngestStats) error {
	s, err := w.stmt(`SELECT id FROM events WHERE doc_id = $1`)
	if err != nil {
		return err
	}
	rows, err := s.QueryContext(w.ctx, docID)
	if err != nil {
		return err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := w.removeEvent(id); err != nil {
			return err
		}
		st.Superseded++
	}
	return nil
}

// removeEvent deletes one event, its index entry, and its place in its
// incident, which is settled at the end of the transaction.
func (w *writer) removeEvent(id string) error {
	s, err := w.stmt(`SELECT n, incident_id FROM events WHERE id = $1`)
	if err != nil {
		return err
	}
	var n int64
	var inc sql.NullString
	switch err := s.QueryRowContext(w.ctx, id).Scan(&n, &inc); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	if _, err := w.exec(w.d.DeleteSearch, n); err != nil {
		return err
	}
	if _, err := w.exec(`DELETE FROM events WHERE n = $1`, n); err != nil {
		return err
	}
	if inc.Valid {
		delete(w.cache, inc.String)
		w.touched[inc.String] = true
	}
	return nil
}

// flushIncidents settles the incidents that lost reports: merged again,
// or deleted when none is left.
func (w *writer) flushIncidents(st *hadath.IngestStats) error {
	for id := range w.touched {
		is, err := w.load(id)
		if err != nil {
			return err
		}
		if is == nil {
			if _, err := w.exec(`DELETE FROM incidents WHERE id = $1`, id); err != nil {
				return err
			}
			continue
		}
		if err := w.saveIncident(is.inc); err != nil {
			return err
		}
	}
	return nil
}

// addDays shifts a YYYY-MM-DD date by n days.
func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// inList returns "col IN ($k+1, ...)" and its arguments.
func inList(col string, vals []string, k int) (string, []any) {
	var b strings.Builder
	args := make([]any, len(vals))
	b.WriteString(col + " IN (")
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + itoa(k+i+1))
		args[i] = v
	}
	b.WriteString(")")
	return b.String(), args
}

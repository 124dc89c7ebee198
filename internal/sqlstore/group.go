package sqlstore

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// incidentState is an incident's merged view as the writer keeps it while
// a transaction lasts.
type incidentState struct {
	inc  *hadath.Incident
	rev  int64 // the revision stored in the database
	size int   // bytes of the view's JSON form, as last read or written
}

// filed is where an event was filed: its incident and why it joined.
type filed struct {
	id, why string
	score   float64
}

// file joins se to the incident it reports, or starts a new one, and
// returns the incident's columns for the event's row.
func (w *writer) file(se *hadath.StoredEvent, st *hadath.IngestStats) (filed, error) {
	best, join, err := w.bestIncident(se)
	if err != nil {
		return filed{}, err
	}
	kind := hadath.ChangeReport
	if best == nil {
		kind = hadath.ChangeNew
		id, err := w.newIncidentID(se.Event.ID)
		if err != nil {
			return filed{}, err
		}
		best = &incidentState{inc: &hadath.Incident{ID: id}}
		join = hadath.Join{EventID: se.Event.ID}
		st.Incidents++
	} else {
		st.Joined++
	}
	best.inc.Add(se)
	w.cache[best.inc.ID] = best
	w.logChange(best.inc.ID, se, kind)
	why, _ := json.Marshal(join.Reasons)
	w.markDirty(best)
	return filed{best.inc.ID, string(why), join.Score}, nil
}

// newIncidentID returns an unused incident id made from the id of the
// event that starts it. An event of a document new to the store has an
// id never seen, and so has its incident.
func (w *writer) newIncidentID(eventID string) (string, error) {
	if w.fresh {
		return "i" + eventID, nil
	}
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
	if hadath.DaysBetween(lo, hi) > hadath.MaxJoinSpan {
		return nil, none, nil // a month or a year: too vague to tell happenings apart
	}
	q, args := candidateQuery(se, lo, hi, w.d.Bytewise)
	if q == "" {
		return nil, none, nil
	}
	// The first candidateLimit incidents by id among those the event may
	// join, as they stand now: a batch's own incidents are judged by
	// their views in memory, and their rows as last written may take as
	// many places in the query's answer, so it reads that many more.
	args = append(args, candidateLimit+len(w.byKey[se.Event.Type+"\x00"+se.Event.Modality]))
	st, err := w.stmt(q)
	if err != nil {
		return nil, none, err
	}
	rows, err := st.QueryContext(w.ctx, args...)
	if err != nil {
		return nil, none, err
	}
	var ids []string
	var revs []int64
	for rows.Next() {
		var id string
		var rev int64
		if err := rows.Scan(&id, &rev); err != nil {
			rows.Close()
			return nil, none, err
		}
		// An incident changed in this transaction is judged below by
		// its current view, not by its row as last written.
		if w.dirtyByID[id] != nil {
			continue
		}
		ids, revs = append(ids, id), append(revs, rev)
	}
	if err := rows.Close(); err != nil {
		return nil, none, err
	}
	if t, ok := newCandidateTest(se, lo, hi); ok {
		for _, is := range w.dirtyCandidates(&t) {
			ids, revs = append(ids, is.inc.ID), append(revs, is.rev)
		}
	}
	// In a fixed order, so that ties go the same way in every run, and
	// at most candidateLimit of them, the same whether the incidents were
	// stored in this batch or before.
	order := make([]int, len(ids))
	for k := range order {
		order[k] = k
	}
	sort.Slice(order, func(a, b int) bool { return ids[order[a]] < ids[order[b]] })
	order = order[:min(len(order), candidateLimit)]
	var best *incidentState
	var bestJoin hadath.Join
	for _, k := range order {
		id := ids[k]
		is, err := w.load(id, revs[k])
		if err != nil {
			return nil, none, err
		}
		if is == nil {
			is = w.dirtyState(id)
		}
		if is == nil {
			continue
		}
		j, ok, _ := hadath.MatchIncident(is.inc, se)
		if !ok || (best != nil && (j.Score < bestJoin.Score || j.Score == bestJoin.Score && is.inc.Reports <= best.inc.Reports)) {
			continue
		}
		// Two events of one document are two happenings: the extractor
		// has already merged the mentions of each.
		if !w.docIncs[id] {
			best, bestJoin = is, j
		}
	}
	return best, bestJoin, nil
}

// candidateQuery returns the query of the incidents that se may join, as
// far as the database can tell (hadath.MatchIncident decides), or "" when
// none can: same type and modality, dates that overlap or touch, and a
// place that may agree. An incident with no place, or an event with none,
// is joined only by the same actor and target, so those are looked at
// only when the event names both.
func candidateQuery(se *hadath.StoredEvent, lo, hi, bytewise string) (string, []any) {
	e := &se.Event
	common := `SELECT id, rev FROM incidents WHERE type = $1 AND modality = $2
		AND date_min BETWEEN $3 AND $4 AND date_max >= $5 AND `
	args := []any{e.Type, e.Modality, addDays(lo, -hadath.JoinDays-hadath.MaxJoinSpan),
		addDays(hi, hadath.JoinDays), addDays(lo, -hadath.JoinDays)}
	both := e.Actor != nil && e.Target != nil
	// One SELECT for each country looked at, so that the index serves
	// each in full.
	var parts []string
	if p := e.Location; p != nil && p.Country != "" {
		cond := "country = $6"
		args = append(args, p.Country)
		if hadath.PrecisionRank(p.Precision) <= 2 && p.Lat != nil && p.Lon != nil {
			// A precise place: coarser incidents of the country, and
			// precise ones nearby.
			d := hadath.JoinKM/111.0 + 0.01
			dLon := d / max(0.1, math.Cos(*p.Lat*math.Pi/180))
			cond += " AND (prank > 2 OR lat BETWEEN $7 AND $8 AND lon BETWEEN $9 AND $10)"
			args = append(args, *p.Lat-d, *p.Lat+d, *p.Lon-dLon, *p.Lon+dLon)
		}
		parts = append(parts, common+cond)
		if both {
			parts = append(parts, common+"country = ''")
		}
	} else if both {
		parts = append(parts, common+"1 = 1")
	} else {
		return "", nil
	}
	// The limit is the caller's last argument.
	return fmt.Sprintf("SELECT id, rev FROM (%s) AS c ORDER BY id%s LIMIT $%d",
		strings.Join(parts, " UNION ALL "), bytewise, len(args)+1), args
}

// candidateLimit is how many incidents an event is compared with at most:
// those of least id among the ones it may join. A place dense with
// happenings of one kind on the same days (a front line, a week of air
// strikes) would otherwise make every event cost as many comparisons as
// there are incidents there.
const candidateLimit = 200

// load returns the merged view of an incident at revision rev: from the
// transaction's cache, from the store's cache of committed views, or from
// the database; nil when there is none.
func (w *writer) load(id string, rev int64) (*incidentState, error) {
	if is := w.cache[id]; is != nil {
		return is, nil
	}
	if inc, size := w.views.get(id, rev); inc != nil {
		is := &incidentState{inc: inc, rev: rev, size: size}
		w.cache[id] = is
		return is, nil
	}
	st, err := w.stmt(`SELECT view, rev FROM incidents WHERE id = $1`)
	if err != nil {
		return nil, err
	}
	var view string
	is := &incidentState{inc: &hadath.Incident{}}
	switch err := st.QueryRowContext(w.ctx, id).Scan(&view, &is.rev); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, err
	}
	if err := json.Unmarshal([]byte(view), is.inc); err != nil {
		return nil, fmt.Errorf("incident %s: %w", id, err)
	}
	is.size = len(view)
	w.cache[id] = is
	return is, nil
}

// reload merges an incident's view again from its reports; nil when it
// has none left.
func (w *writer) reload(id string) (*incidentState, error) {
	members, err := w.members(id)
	if err != nil || len(members) == 0 {
		return nil, err
	}
	is := &incidentState{inc: &hadath.Incident{ID: id}, rev: -1}
	if old := w.cache[id]; old != nil {
		is.rev = old.rev
	} else if err := w.tx.QueryRowContext(w.ctx, `SELECT rev FROM incidents WHERE id = $1`, id).Scan(&is.rev); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
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

// saveIncident marks the merged view of an incident to be written.
func (w *writer) saveIncident(is *incidentState) error {
	w.markDirty(is)
	return nil
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
	pending := false
	for i, r := range w.search {
		if r.n == n {
			w.search = append(w.search[:i], w.search[i+1:]...)
			pending = true
			break
		}
	}
	if !pending {
		if _, err := w.exec(w.d.DeleteSearch, n); err != nil {
			return err
		}
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
		is, err := w.reload(id)
		if err != nil {
			return err
		}
		if is == nil {
			if _, err := w.exec(`DELETE FROM incidents WHERE id = $1`, id); err != nil {
				return err
			}
			continue
		}
		if err := w.saveIncident(is); err != nil {
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

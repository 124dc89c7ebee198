package sqlstore

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/hadath/hadath"
)

// A writer holds back the rows of a batch and writes them many to a
// statement at the end, since on a server every statement is a round
// trip: documents and events go in as multi-row INSERTs, and an incident
// changed by several events of the batch is written once. What the batch
// itself must read back (the incidents its earlier events started or
// changed) is looked up in memory, by the same test the candidate query
// makes in the database.

// perStatement returns how many rows of k columns one INSERT writes.
func (w *writer) perStatement(k int) int {
	return max(1, w.d.MaxParams/k)
}

// pendingDoc is a document row waiting to be written.
type pendingDoc struct {
	args []any
}

// pendingEvent is an event row waiting to be written, with its search
// text.
type pendingEvent struct {
	args []any
	id   string
	text string
}

// incidentCols are the columns of an incident that the candidate query
// tests.
type incidentCols struct {
	typ, modality, dateMin, dateMax, country string
	prank                                    int
	lat, lon                                 *float64
}

// colsOf returns the candidate-query columns of inc, as saveIncident
// writes them.
func colsOf(inc *hadath.Incident) incidentCols {
	c := incidentCols{typ: inc.Type, modality: inc.Modality, dateMin: inc.DateMin, dateMax: inc.DateMax, prank: 9}
	if p := inc.Location; p != nil {
		c.country, c.prank, c.lat, c.lon = p.Country, hadath.PrecisionRank(p.Precision), p.Lat, p.Lon
	}
	return c
}

// candidateTest is the test of candidateQuery, run in memory on the
// incidents the transaction has changed but not yet written.
type candidateTest struct {
	typ, modality          string
	dateLo, dateHi, maxMin string
	country                string
	near                   bool // a precise place: coarse incidents, or precise ones within the box
	latLo, latHi           float64
	lonLo, lonHi           float64
	noCountry              bool // incidents with no country are candidates too
	any                    bool // every incident of the type and modality is a candidate
}

// newCandidateTest returns the test of se's candidates, or false when
// candidateQuery would look at none. It must say what candidateQuery
// says.
func newCandidateTest(se *hadath.StoredEvent, lo, hi string) (candidateTest, bool) {
	e := &se.Event
	t := candidateTest{typ: e.Type, modality: e.Modality,
		dateLo: addDays(lo, -hadath.JoinDays-hadath.MaxJoinSpan), dateHi: addDays(hi, hadath.JoinDays),
		maxMin: addDays(lo, -hadath.JoinDays)}
	both := e.Actor != nil && e.Target != nil
	if p := e.Location; p != nil && p.Country != "" {
		t.country = p.Country
		if hadath.PrecisionRank(p.Precision) <= 2 && p.Lat != nil && p.Lon != nil {
			d := hadath.JoinKM/111.0 + 0.01
			dLon := d / max(0.1, math.Cos(*p.Lat*math.Pi/180))
			t.near = true
			t.latLo, t.latHi, t.lonLo, t.lonHi = *p.Lat-d, *p.Lat+d, *p.Lon-dLon, *p.Lon+dLon
		}
		t.noCountry = both
		return t, true
	}
	if both {
		t.any = true
		return t, true
	}
	return t, false
}

// match reports whether an incident with columns c is a candidate.
func (t *candidateTest) match(c incidentCols) bool {
	if c.typ != t.typ || c.modality != t.modality || c.dateMin == "" || c.dateMax == "" {
		return false
	}
	if c.dateMin < t.dateLo || c.dateMin > t.dateHi || c.dateMax < t.maxMin {
		return false
	}
	switch {
	case t.any:
		return true
	case c.country == t.country:
		if !t.near || c.prank > 2 {
			return true
		}
		return c.lat != nil && c.lon != nil && *c.lat >= t.latLo && *c.lat <= t.latHi && *c.lon >= t.lonLo && *c.lon <= t.lonHi
	case t.noCountry && c.country == "":
		return true
	}
	return false
}

// rowsSQL returns "head (row), (row), ..." for n rows of k columns, each
// row written by fmt with its first parameter number.
func rowsSQL(head string, n, k int, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j := range k {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("$" + itoa(i*k+j+1))
		}
		b.WriteByte(')')
	}
	b.WriteString(tail)
	return b.String()
}

// flushDocs writes the documents held back.
func (w *writer) flushDocs() error {
	const k = 10
	for len(w.docs) > 0 {
		n := min(w.perStatement(k), len(w.docs))
		args := make([]any, 0, n*k)
		for _, d := range w.docs[:n] {
			args = append(args, d.args...)
		}
		q := rowsSQL(`INSERT INTO documents (id, hash, title, source, url, published, lang, body, events, ingested) VALUES `, n, k,
			` ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, title = excluded.title, source = excluded.source,
		url = excluded.url, published = excluded.published, lang = excluded.lang, body = excluded.body,
		events = excluded.events, ingested = excluded.ingested`)
		if _, err := w.exec(q, args...); err != nil {
			return fmt.Errorf("write documents: %w", err)
		}
		w.docs = w.docs[n:]
	}
	return nil
}

// flushEvents writes the documents and events held back, and queues the
// events' search texts with the row numbers the database gave them.
func (w *writer) flushEvents() error {
	if err := w.flushDocs(); err != nil {
		return err
	}
	const k = 37
	for len(w.events) > 0 {
		n := min(w.perStatement(k), len(w.events))
		args := make([]any, 0, n*k)
		index := make(map[string]int, n)
		for i, e := range w.events[:n] {
			args = append(args, e.args...)
			index[e.id] = i
		}
		q := rowsSQL(`INSERT INTO events (incident_id, join_why, join_score, id, doc_id, type, method, modality, date, date_hi, week, month, year,
		country, admin1, place, precision, lat, lon,
		actor, actor_ar, actor_country, actor_sector, actor_label,
		target, target_ar, target_country, target_sector, target_label,
		claimed, claimed_ar, claimed_label, killed, injured, confidence, record, ingested) VALUES `, n, k, ` RETURNING id, n`)
		st, err := w.stmt(q)
		if err != nil {
			return err
		}
		rows, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return fmt.Errorf("write events: %w", err)
		}
		// Engines may return the rows in any order: match them by id.
		nums := make([]int64, n)
		got := 0
		for rows.Next() {
			var id string
			var num int64
			if err := rows.Scan(&id, &num); err != nil {
				rows.Close()
				return err
			}
			if i, ok := index[id]; ok {
				nums[i] = num
				got++
			}
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("write events: %w", err)
		}
		if got != n {
			return fmt.Errorf("write events: %d of %d rows returned", got, n)
		}
		for i, e := range w.events[:n] {
			w.search = append(w.search, searchRow{nums[i], e.text})
		}
		w.events = w.events[n:]
	}
	return nil
}

// markDirty notes that an incident's view changed and is to be written
// at the end of the transaction. An incident keeps its type and
// modality, which its first report gave it.
func (w *writer) markDirty(is *incidentState) {
	is.rev++
	if w.dirtyByID[is.inc.ID] == is {
		return
	}
	w.dirtyByID[is.inc.ID] = is
	key := is.inc.Type + "\x00" + is.inc.Modality
	w.byKey[key] = append(w.byKey[key], is)
	w.dirty = append(w.dirty, is)
}

// dirtyCandidates returns the changed, unwritten incidents that pass t.
func (w *writer) dirtyCandidates(t *candidateTest) []*incidentState {
	var out []*incidentState
	for _, is := range w.byKey[t.typ+"\x00"+t.modality] {
		if t.match(colsOf(is.inc)) {
			out = append(out, is)
		}
	}
	return out
}

// flushIncidentRows writes the incidents changed in the transaction.
func (w *writer) flushIncidentRows() error {
	const k = 13
	for len(w.dirty) > 0 {
		n := min(w.perStatement(k), len(w.dirty))
		args := make([]any, 0, n*k)
		for _, is := range w.dirty[:n] {
			inc := is.inc
			view, err := json.Marshal(inc)
			if err != nil {
				return err
			}
			is.size = len(view)
			c := colsOf(inc)
			args = append(args, inc.ID, inc.Type, inc.Modality, nullable(inc.DateMin), nullable(inc.DateMax),
				c.country, c.prank, c.lat, c.lon, inc.Reports, len(inc.Sources), string(view), is.rev)
		}
		q := rowsSQL(`INSERT INTO incidents (id, type, modality, date_min, date_max, country, prank, lat, lon, reports, sources, view, rev) VALUES `, n, k,
			` ON CONFLICT (id) DO UPDATE SET type = excluded.type, modality = excluded.modality, date_min = excluded.date_min,
		date_max = excluded.date_max, country = excluded.country, prank = excluded.prank, lat = excluded.lat,
		lon = excluded.lon, reports = excluded.reports, sources = excluded.sources, view = excluded.view, rev = excluded.rev`)
		if _, err := w.exec(q, args...); err != nil {
			return fmt.Errorf("write incidents: %w", err)
		}
		w.dirty = w.dirty[n:]
	}
	clear(w.dirtyByID)
	clear(w.byKey)
	return nil
}

// dirtyState returns the changed, unwritten incident id, if it is one.
func (w *writer) dirtyState(id string) *incidentState { return w.dirtyByID[id] }

package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// eventColumns are the columns scanEvents reads, from events e joined
// with documents d.
const eventColumns = `e.record, e.doc_id, d.title, d.source, d.url, d.published, d.lang, e.incident_id, e.ingested, e.join_why, e.join_score`

// scanEvents reads rows of eventColumns and closes them.
func scanEvents(rows *sql.Rows) ([]*hadath.StoredEvent, error) {
	defer rows.Close()
	var out []*hadath.StoredEvent
	for rows.Next() {
		se, _, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, se)
	}
	return out, rows.Err()
}

// scanEvent reads one row of eventColumns, with the reasons it joined
// its incident.
func scanEvent(rows interface{ Scan(...any) error }) (*hadath.StoredEvent, hadath.Join, error) {
	var rec string
	var title, source, url, published, lang, inc, why sql.NullString
	var score sql.NullFloat64
	var ingested int64
	se := &hadath.StoredEvent{}
	var j hadath.Join
	if err := rows.Scan(&rec, &se.DocID, &title, &source, &url, &published, &lang, &inc, &ingested, &why, &score); err != nil {
		return nil, j, err
	}
	if err := json.Unmarshal([]byte(rec), &se.Event); err != nil {
		return nil, j, fmt.Errorf("event record: %w", err)
	}
	se.Title, se.Source, se.URL, se.Published, se.Lang = title.String, source.String, url.String, published.String, lang.String
	se.IncidentID, se.Ingested = inc.String, time.UnixMilli(ingested).UTC()
	j.EventID, j.Score = se.Event.ID, score.Float64
	if why.Valid {
		json.Unmarshal([]byte(why.String), &j.Reasons)
	}
	return se, j, nil
}

// eventOrder sorts events by date, newest first, in three groups: events
// dated up to their report's publication, then those dated after it (or
// announced for the future), then background events, dated over a year
// before it. So a 2025 date read from a 2018 article, or a battle of
// 1468 recalled in it, does not open the list.
const eventOrder = ` ORDER BY CASE WHEN ` + background + ` THEN 2
	WHEN e.modality = 'future' OR (d.published IS NOT NULL AND LENGTH(d.published) >= 10 AND e.date > SUBSTR(d.published, 1, 10)) THEN 1
	ELSE 0 END, e.date DESC NULLS LAST, e.n DESC`

// Events returns the events that pass f, newest first (see eventOrder).
func (s *DB) Events(ctx context.Context, f hadath.Filter) ([]*hadath.StoredEvent, int, error) {
	if err := f.Validate(); err != nil {
		return nil, 0, err
	}
	w := s.build(&f)
	from := ` FROM events e JOIN documents d ON d.id = e.doc_id` + w.sql()
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+from, w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count events: %w", err)
	}
	q := `SELECT ` + eventColumns + from + eventOrder + w.page(&f)
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("query events: %w", err)
	}
	evs, err := scanEvents(rows)
	return evs, total, err
}

// Event returns one event by id.
func (s *DB) Event(ctx context.Context, id string) (*hadath.StoredEvent, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id = $1`, id)
	se, _, err := scanEvent(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hadath.Errorf(hadath.ENOTFOUND, "no event %q", id)
	}
	return se, err
}

// Incidents returns the incidents with a report that passes f, newest
// first, those announced for the future last.
func (s *DB) Incidents(ctx context.Context, f hadath.Filter) ([]*hadath.Incident, int, error) {
	if err := f.Validate(); err != nil {
		return nil, 0, err
	}
	w := s.build(&f)
	sub := `SELECT e.incident_id FROM events e JOIN documents d ON d.id = e.doc_id` + w.sql()
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM incidents i WHERE i.id IN (`+sub+`)`, w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count incidents: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT i.view FROM incidents i WHERE i.id IN (`+sub+`)
		ORDER BY CASE WHEN i.modality = 'future' THEN 1 ELSE 0 END, i.date_max DESC NULLS LAST, i.id`+w.page(&f), w.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("query incidents: %w", err)
	}
	defer rows.Close()
	var out []*hadath.Incident
	for rows.Next() {
		var view string
		if err := rows.Scan(&view); err != nil {
			return nil, 0, err
		}
		inc := &hadath.Incident{}
		if err := json.Unmarshal([]byte(view), inc); err != nil {
			return nil, 0, fmt.Errorf("incident view: %w", err)
		}
		out = append(out, inc)
	}
	return out, total, rows.Err()
}

// Incident returns one incident with its reports and why they joined.
func (s *DB) Incident(ctx context.Context, id string) (*hadath.Incident, error) {
	var view string
	err := s.db.QueryRowContext(ctx, `SELECT view FROM incidents WHERE id = $1`, id).Scan(&view)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hadath.Errorf(hadath.ENOTFOUND, "no incident %q", id)
	} else if err != nil {
		return nil, err
	}
	inc := &hadath.Incident{}
	if err := json.Unmarshal([]byte(view), inc); err != nil {
		return nil, fmt.Errorf("incident view: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e JOIN documents d ON d.id = e.doc_id
		WHERE e.incident_id = $1 ORDER BY e.n`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		se, j, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		inc.Events = append(inc.Events, se)
		inc.Joins = append(inc.Joins, j)
	}
	return inc, rows.Err()
}

// statExprs maps a stats dimension to its column.
var statExprs = map[string]string{
	"type": "e.type", "method": "e.method", "country": "e.country", "admin1": "e.admin1",
	"actor": "e.actor_label", "target": "e.target_label", "claimed_by": "e.claimed_label",
	"source": "d.source", "day": "e.date", "week": "e.week", "month": "e.month", "year": "e.year",
}

// Stats counts events and incidents by the dimensions of spec.
func (s *DB) Stats(ctx context.Context, f hadath.Filter, spec hadath.StatsSpec) ([]hadath.StatRow, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var cols, order []string
	for _, by := range spec.By {
		c, ok := statExprs[by]
		if !ok {
			return nil, hadath.Errorf(hadath.EINVALID, "cannot group by %q: want one of %s", by, strings.Join(hadath.StatsDimensions, ", "))
		}
		cols = append(cols, "COALESCE("+c+", '')")
		switch by {
		case "day", "week", "month", "year":
			order = append(order, fmt.Sprintf("%d", len(cols)))
		}
	}
	w := s.build(&f)
	sel := strings.Join(append(append([]string{}, cols...), "COUNT(*)", "COUNT(DISTINCT e.incident_id)"), ", ")
	q := `SELECT ` + sel + ` FROM events e JOIN documents d ON d.id = e.doc_id` + w.sql()
	if len(cols) > 0 {
		q += ` GROUP BY ` + strings.Join(cols, ", ")
	}
	order = append(order, fmt.Sprintf("%d DESC", len(cols)+1))
	for i := range cols {
		order = append(order, fmt.Sprintf("%d", i+1))
	}
	q += ` ORDER BY ` + strings.Join(order, ", ")
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	var out []hadath.StatRow
	for rows.Next() {
		r := hadath.StatRow{Key: make([]string, len(cols))}
		dst := make([]any, 0, len(cols)+2)
		for i := range r.Key {
			dst = append(dst, &r.Key[i])
		}
		dst = append(dst, &r.Events, &r.Incidents)
		if err := rows.Scan(dst...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

var _ hadath.Store = (*DB)(nil)

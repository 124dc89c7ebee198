package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// changeSet gathers the change log rows of one Ingest transaction: one
// per incident and document, in the order first seen.
type changeSet struct {
	order []changeKey
	rows  map[changeKey]*hadath.Change
}

// changeKey is an incident and a document reporting it.
type changeKey struct{ incident, doc string }

// logChange notes that se, an event of a document, started (kind
// hadath.ChangeNew) or joined (hadath.ChangeReport) an incident.
func (w *writer) logChange(incident string, se *hadath.StoredEvent, kind string) {
	if w.changes == nil {
		w.changes = &changeSet{rows: map[changeKey]*hadath.Change{}}
	}
	k := changeKey{incident, se.DocID}
	c := w.changes.rows[k]
	if c == nil {
		c = &hadath.Change{IncidentID: incident, DocID: se.DocID, Kind: kind}
		w.changes.rows[k] = c
		w.changes.order = append(w.changes.order, k)
	} else if kind == hadath.ChangeNew {
		c.Kind = kind
	}
	c.EventIDs = append(c.EventIDs, se.Event.ID)
}

// flushChanges writes the transaction's change log rows, last in the
// transaction, under the dialect's change log lock.
func (w *writer) flushChanges() error {
	if w.changes == nil {
		return nil
	}
	if w.d.LockChanges != "" {
		if _, err := w.tx.ExecContext(w.ctx, w.d.LockChanges); err != nil {
			return fmt.Errorf("wait for the change log lock: %w", err)
		}
	}
	// Many rows a statement, as the search texts are written.
	const rows = 100
	for keys := w.changes.order; len(keys) > 0; {
		k := min(rows, len(keys))
		var b strings.Builder
		b.WriteString(`INSERT INTO changes (incident_id, doc_id, kind, event_ids, created) VALUES `)
		args := make([]any, 0, 5*k)
		for i, key := range keys[:k] {
			c := w.changes.rows[key]
			ids, err := json.Marshal(c.EventIDs)
			if err != nil {
				return err
			}
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "($%d, $%d, $%d, $%d, $%d)", 5*i+1, 5*i+2, 5*i+3, 5*i+4, 5*i+5)
			args = append(args, c.IncidentID, c.DocID, c.Kind, string(ids), w.now)
		}
		if _, err := w.exec(b.String(), args...); err != nil {
			return fmt.Errorf("change log: %w", err)
		}
		keys = keys[k:]
	}
	w.changes = nil
	return nil
}

// Changes returns up to limit changes after sequence number after.
func (s *DB) Changes(ctx context.Context, after int64, limit int) ([]hadath.Change, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT seq, incident_id, doc_id, kind, event_ids, created FROM changes
		WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("changes after %d: %w", after, err)
	}
	defer rows.Close()
	var out []hadath.Change
	for rows.Next() {
		var c hadath.Change
		var ids string
		var created int64
		if err := rows.Scan(&c.Seq, &c.IncidentID, &c.DocID, &c.Kind, &ids, &created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(ids), &c.EventIDs); err != nil {
			return nil, fmt.Errorf("change %d: %w", c.Seq, err)
		}
		c.Created = time.UnixMilli(created).UTC()
		out = append(out, c)
	}
	return out, rows.Err()
}

// LastChange returns the highest change sequence number, 0 for none.
func (s *DB) LastChange(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM changes`).Scan(&n); err != nil {
		return 0, fmt.Errorf("last change: %w", err)
	}
	return n, nil
}

package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hadath/hadath"
)

// Enqueue records a delivery of c for a, once per alert, incident and
// document.
func (s *DB) Enqueue(ctx context.Context, a *hadath.Alert, c hadath.Change) (bool, error) {
	ids, err := json.Marshal(c.EventIDs)
	if err != nil {
		return false, err
	}
	now := time.Now().UnixMilli()
	res, err := s.db.ExecContext(ctx, `INSERT INTO deliveries (alert_id, seq, incident_id, doc_id, kind, event_ids, status, next_try, created)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (alert_id, incident_id, doc_id) DO NOTHING`,
		a.ID, c.Seq, c.IncidentID, c.DocID, c.Kind, string(ids), hadath.DeliveryPending, now, now)
	if err != nil {
		return false, fmt.Errorf("enqueue change %d for alert %q: %w", c.Seq, a.Name, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

const deliveryColumns = `d.id, d.alert_id, a.name, d.seq, d.incident_id, d.doc_id, d.kind, d.event_ids, d.status,
	d.attempts, d.last_error, d.next_try, d.delivered, d.created`

// scanDeliveries reads rows of deliveryColumns and closes them.
func scanDeliveries(rows *sql.Rows) ([]*hadath.Delivery, error) {
	defer rows.Close()
	var out []*hadath.Delivery
	for rows.Next() {
		d := &hadath.Delivery{}
		var ids string
		var next, created int64
		var delivered sql.NullInt64
		if err := rows.Scan(&d.ID, &d.AlertID, &d.Alert, &d.Seq, &d.IncidentID, &d.DocID, &d.Kind, &ids, &d.Status,
			&d.Attempts, &d.LastError, &next, &delivered, &created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(ids), &d.EventIDs); err != nil {
			return nil, fmt.Errorf("delivery %d: %w", d.ID, err)
		}
		d.NextTry, d.Created = time.UnixMilli(next).UTC(), time.UnixMilli(created).UTC()
		if delivered.Valid {
			t := time.UnixMilli(delivered.Int64).UTC()
			d.Delivered = &t
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Due returns pending deliveries whose next try has come.
func (s *DB) Due(ctx context.Context, now time.Time, limit int) ([]*hadath.Delivery, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries d JOIN alerts a ON a.id = d.alert_id
		WHERE d.status = $1 AND d.next_try <= $2 ORDER BY d.next_try, d.id LIMIT $3`,
		hadath.DeliveryPending, now.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("due deliveries: %w", err)
	}
	return scanDeliveries(rows)
}

// Deliveries returns the latest deliveries of an alert, or of all.
func (s *DB) Deliveries(ctx context.Context, alert string, limit int) ([]*hadath.Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+deliveryColumns+` FROM deliveries d JOIN alerts a ON a.id = d.alert_id
		WHERE $1 = '' OR a.name = $1 ORDER BY d.id DESC LIMIT $2`, alert, limit)
	if err != nil {
		return nil, fmt.Errorf("deliveries of %q: %w", alert, err)
	}
	return scanDeliveries(rows)
}

// Claim takes a due delivery for one attempt.
func (s *DB) Claim(ctx context.Context, d *hadath.Delivery, until time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE deliveries SET next_try = $1 WHERE id = $2 AND status = $3 AND next_try = $4`,
		until.UnixMilli(), d.ID, hadath.DeliveryPending, d.NextTry.UnixMilli())
	if err != nil {
		return false, fmt.Errorf("claim delivery %d: %w", d.ID, err)
	}
	n, err := res.RowsAffected()
	if n > 0 {
		d.NextTry = time.UnixMilli(until.UnixMilli()).UTC()
	}
	return n > 0, err
}

// RecordAttempt logs an attempt and stores the delivery's new state.
func (s *DB) RecordAttempt(ctx context.Context, d *hadath.Delivery, at hadath.Attempt) error {
	var delivered any
	if d.Delivered != nil {
		delivered = d.Delivered.UnixMilli()
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO delivery_attempts (delivery_id, n, at, status, error) VALUES ($1, $2, $3, $4, $5)`,
			d.ID, at.N, at.At.UnixMilli(), at.Status, at.Error); err != nil {
			return fmt.Errorf("log attempt %d of delivery %d: %w", at.N, d.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE deliveries SET status = $1, attempts = $2, last_error = $3, next_try = $4, delivered = $5
			WHERE id = $6`, d.Status, d.Attempts, d.LastError, d.NextTry.UnixMilli(), delivered, d.ID); err != nil {
			return fmt.Errorf("update delivery %d: %w", d.ID, err)
		}
		return nil
	})
}

// Attempts returns the attempts at one delivery, in order.
func (s *DB) Attempts(ctx context.Context, delivery int64) ([]hadath.Attempt, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT delivery_id, n, at, status, error FROM delivery_attempts
		WHERE delivery_id = $1 ORDER BY n`, delivery)
	if err != nil {
		return nil, fmt.Errorf("attempts of delivery %d: %w", delivery, err)
	}
	defer rows.Close()
	var out []hadath.Attempt
	for rows.Next() {
		var a hadath.Attempt
		var at int64
		if err := rows.Scan(&a.DeliveryID, &a.N, &at, &a.Status, &a.Error); err != nil {
			return nil, err
		}
		a.At = time.UnixMilli(at).UTC()
		out = append(out, a)
	}
	return out, rows.Err()
}

// The store keeps the change log and alerts.
var (
	_ hadath.ChangeLog  = (*DB)(nil)
	_ hadath.AlertStore = (*DB)(nil)
)

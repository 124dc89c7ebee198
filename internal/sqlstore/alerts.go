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

// AddAlert stores a new alert and sets its id and creation time.
func (s *DB) AddAlert(ctx context.Context, a *hadath.Alert) error {
	f, err := json.Marshal(a.Filter)
	if err != nil {
		return fmt.Errorf("alert %q: %w", a.Name, err)
	}
	if a.Created.IsZero() {
		a.Created = time.Now().UTC()
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM alerts WHERE name = $1`, a.Name).Scan(&n); err != nil {
			return fmt.Errorf("add alert %q: %w", a.Name, err)
		}
		if n > 0 {
			return hadath.Errorf(hadath.ECONFLICT, "an alert named %q exists already", a.Name)
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO alerts (name, filter, webhook, secret, created) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			a.Name, string(f), a.Webhook, a.Secret, a.Created.UnixMilli()).Scan(&a.ID)
		if err != nil && strings.Contains(strings.ToLower(err.Error()), "unique") {
			return hadath.Errorf(hadath.ECONFLICT, "an alert named %q exists already", a.Name)
		}
		if err != nil {
			return fmt.Errorf("add alert %q: %w", a.Name, err)
		}
		return nil
	})
}

const alertColumns = `id, name, filter, webhook, secret, created`

// scanAlert reads one row of alertColumns.
func scanAlert(sc interface{ Scan(...any) error }) (*hadath.Alert, error) {
	a := &hadath.Alert{}
	var f string
	var created int64
	if err := sc.Scan(&a.ID, &a.Name, &f, &a.Webhook, &a.Secret, &created); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(f), &a.Filter); err != nil {
		return nil, fmt.Errorf("alert %q: filter: %w", a.Name, err)
	}
	a.Created = time.UnixMilli(created).UTC()
	return a, nil
}

// Alerts returns every alert, by name.
func (s *DB) Alerts(ctx context.Context) ([]*hadath.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("alerts: %w", err)
	}
	defer rows.Close()
	var out []*hadath.Alert
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// AlertByName returns one alert, or an ENOTFOUND error.
func (s *DB) AlertByName(ctx context.Context, name string) (*hadath.Alert, error) {
	a, err := scanAlert(s.db.QueryRowContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE name = $1`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hadath.Errorf(hadath.ENOTFOUND, "no alert %q", name)
	}
	if err != nil {
		return nil, fmt.Errorf("alert %q: %w", name, err)
	}
	return a, nil
}

// RemoveAlert deletes an alert with its deliveries and their attempts.
func (s *DB) RemoveAlert(ctx context.Context, name string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM alerts WHERE name = $1`, name).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return hadath.Errorf(hadath.ENOTFOUND, "no alert %q", name)
		}
		if err != nil {
			return fmt.Errorf("remove alert %q: %w", name, err)
		}
		for _, q := range []string{
			`DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM deliveries WHERE alert_id = $1)`,
			`DELETE FROM deliveries WHERE alert_id = $1`,
			`DELETE FROM alerts WHERE id = $1`,
		} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("remove alert %q: %w", name, err)
			}
		}
		return nil
	})
}

// Cursor returns a reader's place in the change log.
func (s *DB) Cursor(ctx context.Context, name string) (int64, error) {
	var seq int64
	err := s.db.QueryRowContext(ctx, `SELECT seq FROM cursors WHERE name = $1`, name).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("cursor %q: %w", name, err)
	}
	return seq, nil
}

// SetCursor stores a reader's place in the change log.
func (s *DB) SetCursor(ctx context.Context, name string, seq int64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cursors (name, seq) VALUES ($1, $2)
		ON CONFLICT (name) DO UPDATE SET seq = excluded.seq`, name, seq)
	if err != nil {
		return fmt.Errorf("set cursor %q: %w", name, err)
	}
	return nil
}

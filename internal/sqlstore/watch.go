package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hadath/hadath"
)

// SeenKeys returns the hash each of keys was marked seen with.
func (s *DB) SeenKeys(ctx context.Context, keys []string) (map[string]string, error) {
	out := map[string]string{}
	err := s.inChunks(ctx, keys, `SELECT key, hash FROM watch_seen WHERE `, "key", func(rows *sql.Rows) error {
		var k, h string
		if err := rows.Scan(&k, &h); err != nil {
			return err
		}
		out[k] = h
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("seen keys: %w", err)
	}
	return out, nil
}

// SeenHashes reports which of hashes a seen entry had.
func (s *DB) SeenHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.inChunks(ctx, hashes, `SELECT DISTINCT hash FROM watch_seen WHERE `, "hash", func(rows *sql.Rows) error {
		var h string
		if err := rows.Scan(&h); err != nil {
			return err
		}
		out[h] = true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("seen hashes: %w", err)
	}
	return out, nil
}

// inChunks runs q + "col IN (...)" over vals, 500 at a time, and passes
// every row to scan.
func (s *DB) inChunks(ctx context.Context, vals []string, q, col string, scan func(*sql.Rows) error) error {
	for len(vals) > 0 {
		n := min(500, len(vals))
		cond, args := inList(col, vals[:n], 0)
		rows, err := s.db.QueryContext(ctx, q+cond, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		vals = vals[n:]
	}
	return nil
}

// MarkSeen records entries as coded and stored, in one transaction.
func (s *DB) MarkSeen(ctx context.Context, seen []hadath.Seen) error {
	if len(seen) == 0 {
		return nil
	}
	now := time.Now().UnixMilli()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO watch_seen (key, hash, source, doc_id, seen) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (key) DO UPDATE SET hash = excluded.hash, source = excluded.source, doc_id = excluded.doc_id, seen = excluded.seen`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, e := range seen {
			if _, err := st.ExecContext(ctx, e.Key, e.Hash, e.Source, e.DocID, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark seen: %w", err)
	}
	return nil
}

// SourceState returns the state of a watched source.
func (s *DB) SourceState(ctx context.Context, url string) (hadath.SourceState, error) {
	st := hadath.SourceState{URL: url}
	var polled int64
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified, errors, last_error, polled FROM watch_sources WHERE url = $1`, url).
		Scan(&st.ETag, &st.LastModified, &st.Errors, &st.LastError, &polled)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return st, nil
	case err != nil:
		return st, fmt.Errorf("source state %q: %w", url, err)
	}
	if polled > 0 {
		st.Polled = time.UnixMilli(polled)
	}
	return st, nil
}

// SaveSourceState records the state of a watched source.
func (s *DB) SaveSourceState(ctx context.Context, st hadath.SourceState) error {
	var polled int64
	if !st.Polled.IsZero() {
		polled = st.Polled.UnixMilli()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO watch_sources (url, etag, last_modified, errors, last_error, polled) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, errors = excluded.errors,
		last_error = excluded.last_error, polled = excluded.polled`, st.URL, st.ETag, st.LastModified, st.Errors, st.LastError, polled)
	if err != nil {
		return fmt.Errorf("save source state %q: %w", st.URL, err)
	}
	return nil
}

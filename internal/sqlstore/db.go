// Package sqlstore implements hadath.Store over database/sql. The sqlite
// and postgres packages give it their driver, schema and the few
// statements that differ (full-text search); everything else, from
// ingest and incident grouping to queries and statistics, is shared, so
// that both stores behave alike.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Dialect holds what differs between database engines. Statements use
// $1, $2, ... placeholders, which both SQLite and PostgreSQL accept.
type Dialect struct {
	// Name is "sqlite" or "postgres", for messages.
	Name string
	// Migrations holds the schema as numbered files: 001_init.sql, ...
	Migrations fs.FS
	// InsertSearch begins the statement that indexes search texts, and
	// SearchRow is one row of its VALUES, with %d for the numbers of the
	// placeholders of the event's row number and of its folded text.
	InsertSearch, SearchRow string
	// DeleteSearch removes the index of row $1.
	DeleteSearch string
	// MatchSearch is a condition on the event alias e; %s is the
	// placeholder of the query.
	MatchSearch string
	// LockMigrations, when set, is run first in each migration's
	// transaction to keep other processes out (SQLite's write lock,
	// taken when the transaction begins, needs none).
	LockMigrations string
	// Least is the engine's two-argument minimum: MIN or LEAST.
	Least string
	// SearchQuery turns the user's folded words into the engine's query.
	SearchQuery func(words [][]string) string
}

// DB is a hadath.Store over a database/sql handle.
type DB struct {
	db      *sql.DB
	dialect Dialect
	views   viewCache
}

// New returns a store over db, after bringing its schema up to date.
func New(ctx context.Context, db *sql.DB, d Dialect) (*DB, error) {
	s := &DB{db: db, dialect: d}
	if err := s.migrate(ctx); err != nil {
		return nil, fmt.Errorf("migrate %s schema: %w", d.Name, err)
	}
	return s, nil
}

// SQL returns the underlying handle, for tests.
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// migrate applies the migrations the database has not seen, each in its
// own transaction, in the order of their names.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	names, err := fs.Glob(s.dialect.Migrations, "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := fs.ReadFile(s.dialect.Migrations, name)
		if err != nil {
			return err
		}
		// Checked and applied in one transaction, under the write lock,
		// so that two processes opening a new store at once apply each
		// migration once.
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			if s.dialect.LockMigrations != "" {
				if _, err := tx.ExecContext(ctx, s.dialect.LockMigrations); err != nil {
					return err
				}
			}
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM migrations WHERE name = $1`, name).Scan(&n); err != nil || n > 0 {
				return err
			}
			for _, stmt := range splitStatements(string(b)) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES ($1)`, name)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// splitStatements splits a schema file on the semicolons that end lines.
func splitStatements(src string) []string {
	var out []string
	for _, part := range strings.Split(src, ";\n") {
		var lines []string
		for _, l := range strings.Split(part, "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
				lines = append(lines, l)
			}
		}
		if stmt := strings.TrimSuffix(strings.TrimSpace(strings.Join(lines, "\n")), ";"); stmt != "" {
			out = append(out, stmt)
		}
	}
	return out
}

// inTx runs fn in a transaction, committing when it returns nil.
func (s *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

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
	// LockWrites, when set, is run first in every transaction that
	// writes (a migration, a batch of Ingest) and holds the store's write
	// lock until the transaction ends, so that writers in other processes
	// take turns: each then sees all that the others committed, stores a
	// document once and groups it as one writer would. SQLite's write
	// lock, taken when the transaction begins (BEGIN IMMEDIATE), needs
	// none.
	LockWrites string
	// LockChanges, when set, is run last in a transaction that writes
	// the change log, and holds a lock until it commits, so that change
	// numbers commit in increasing order even when writers do not take
	// turns otherwise, and a reader of the log skips none.
	LockChanges string
	// Least is the engine's two-argument minimum: MIN or LEAST.
	Least string
	// MaxParams is how many parameters one multi-row INSERT of a batch
	// binds at most; 0 writes one row a statement. A server gains from
	// many rows a round trip; modernc's SQLite binds parameters by name
	// in time that grows with their number, so it writes a row at a time.
	MaxParams int
	// Bytewise follows ORDER BY on a text column to order it by its
	// bytes, as Go compares strings (COLLATE "C" on PostgreSQL, whose
	// default collation follows the locale); "" where that is the default.
	Bytewise string
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
	names, err := fs.Glob(s.dialect.Migrations, "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	done := s.applied(ctx)
	for _, name := range names {
		if done[name] {
			continue // no need to wait for the write lock
		}
		b, err := fs.ReadFile(s.dialect.Migrations, name)
		if err != nil {
			return err
		}
		// Checked and applied in one transaction, under the write lock,
		// so that two processes opening a new store at once apply each
		// migration once. The table of migrations is created under the
		// lock too: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe
		// against a concurrent one.
		if err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
				return err
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

// applied returns the migrations the database has seen, as far as can be
// told without the write lock; none when it has no table of them yet.
func (s *DB) applied(ctx context.Context) map[string]bool {
	done := map[string]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM migrations`)
	if err != nil {
		return done
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if rows.Scan(&name) == nil {
			done[name] = true
		}
	}
	return done
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

// inWriteTx runs fn in a transaction that holds the store's write lock,
// committing when fn returns nil.
func (s *DB) inWriteTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if s.dialect.LockWrites != "" {
			if _, err := tx.ExecContext(ctx, s.dialect.LockWrites); err != nil {
				return fmt.Errorf("wait for the write lock: %w", err)
			}
		}
		return fn(tx)
	})
}

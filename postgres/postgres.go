// Package postgres is hadath's server store: PostgreSQL through pgx v5.
// The schema is embedded and migrated on open. Full-text search keeps a
// tsvector per event built from words folded in Go, so that matching does
// not depend on the server's locale or text search configuration.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/hadath/hadath/internal/sqlstore"
	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a hadath.Store in a PostgreSQL database.
type Store struct {
	*sqlstore.DB
}

// IsURL reports whether a --db value names a PostgreSQL database.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user@host:port/db).
func Open(ctx context.Context, url string) (*Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	s, err := sqlstore.New(ctx, db, sqlstore.Dialect{
		Name:         "postgres",
		Migrations:   sub,
		InsertSearch: `INSERT INTO event_search (n, body) VALUES `,
		SearchRow:    `($%d, array_to_tsvector(string_to_array($%d, ' ')))`,
		DeleteSearch: `DELETE FROM event_search WHERE n = $1`,
		MatchSearch:  `e.n IN (SELECT n FROM event_search WHERE body @@ CAST(%s AS tsquery))`,
		Least:        "LEAST",
		Bytewise:     ` COLLATE "C"`,
		// Many rows a round trip, well within the protocol's 65,535.
		MaxParams: 7200,
		// Writers take turns, under a lock of an arbitrary key, the same
		// in every hadath process, held until the transaction ends.
		LockWrites:  `SELECT pg_advisory_xact_lock(7242024)`,
		LockChanges: `SELECT pg_advisory_xact_lock(7242025)`,
		SearchQuery: sqlstore.TSQuery,
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return &Store{DB: s}, nil
}

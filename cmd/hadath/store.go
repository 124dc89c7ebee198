package main

import (
	"context"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/postgres"
	"github.com/hadath/hadath/sqlite"
)

// dbHelp describes the --db flag.
const dbHelp = "the store: an SQLite file, or postgres://user@host:port/db (default ~/.local/share/hadath/hadath.db)"

// openStore opens the store that a --db value names: PostgreSQL for a
// postgres:// URL, otherwise an SQLite file, by default in the user's
// data directory.
func openStore(ctx context.Context, db string) (hadath.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	if db == "" {
		p, err := sqlite.DefaultPath()
		if err != nil {
			return nil, err
		}
		db = p
	}
	return sqlite.Open(ctx, db)
}

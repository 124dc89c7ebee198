package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/postgres"
	"github.com/hadath/hadath/sqlite"
)

// dbHelp describes the --db flag.
const dbHelp = "the store: an SQLite file, or postgres://user@host:port/db (default ~/.local/share/hadath/hadath.db)"

// dbFlag is the value of --db. Given, it must not be empty: "--db $UNSET"
// would otherwise fall back to the default store without a word.
type dbFlag struct{ s *string }

// String returns the value.
func (d dbFlag) String() string {
	if d.s == nil {
		return ""
	}
	return *d.s
}

// Set refuses an empty or blank value.
func (d dbFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("empty store path: give a file or a postgres:// URL, or leave --db out for the default store")
	}
	*d.s = v
	return nil
}

// bindDB adds the --db flag to fs, storing its value in p.
func bindDB(fs *flag.FlagSet, p *string) {
	fs.Var(dbFlag{p}, "db", dbHelp)
}

// storePath returns the SQLite file a --db value names ("" for the
// default one), or the value itself for a postgres:// URL.
func storePath(db string) (string, error) {
	if db != "" {
		return db, nil
	}
	return sqlite.DefaultPath()
}

// openStore opens the store that a --db value names: PostgreSQL for a
// postgres:// URL, otherwise an SQLite file, by default in the user's
// data directory. An SQLite file that does not exist is created.
func openStore(ctx context.Context, db string) (hadath.Store, error) {
	return openStoreIf(ctx, db, false)
}

// openExistingStore opens a store to read from: unlike openStore, it
// refuses an SQLite file that does not exist rather than create an empty
// one, so that a mistyped --db is not answered with nothing.
func openExistingStore(ctx context.Context, db string) (hadath.Store, error) {
	return openStoreIf(ctx, db, true)
}

// openStoreIf opens the store db names; with mustExist, an SQLite file
// must be there already.
func openStoreIf(ctx context.Context, db string, mustExist bool) (hadath.Store, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db)
	}
	path, err := storePath(db)
	if err != nil {
		return nil, err
	}
	if !mustExist {
		return sqlite.Open(ctx, path)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no store at %s: check --db, or create it with \"hadath ingest --db %s SOURCE...\"", path, path)
	case err != nil:
		return nil, fmt.Errorf("open store: %w", err)
	case fi.IsDir():
		return nil, fmt.Errorf("store %s is a directory: --db wants an SQLite file", path)
	}
	return sqlite.Open(ctx, path)
}

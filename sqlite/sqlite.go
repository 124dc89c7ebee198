// Package sqlite is hadath's embedded store: one SQLite file, written in
// WAL mode, through the pure-Go driver modernc.org/sqlite. The schema is
// embedded and migrated on open; full-text search uses FTS5 over text
// folded in Go, since FTS5 does not fold Arabic.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/hadath/hadath/internal/sqlstore"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a hadath.Store in one SQLite file.
type Store struct {
	*sqlstore.DB
	path string
}

// Open opens (creating it if needed) the store at path. Processes that
// create one store at the same moment can find it locked while another
// sets it up (SQLite answers some of those locks at once, without
// waiting); Open then tries again for a few seconds.
func Open(ctx context.Context, path string) (*Store, error) {
	deadline := time.Now().Add(10 * time.Second)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 500*time.Millisecond) {
		s, err := open(ctx, path)
		if err == nil || !strings.Contains(err.Error(), "SQLITE_BUSY") || time.Now().After(deadline) {
			return s, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// open opens the store once.
func open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %q: %w", path, err)
		}
	}
	// Writers take turns under SQLite's write lock, taken when a
	// transaction begins (_txlock immediate): another process's ingest
	// waits up to a minute for a batch to commit, while readers go on
	// (WAL). Each connection's page cache (16 MB) and the file mapped in
	// memory (64 MB) count in the process's resident memory, so they are
	// kept small: reads are served from the OS's cache as fast.
	q := url.Values{}
	for _, p := range []string{"busy_timeout(60000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(ON)",
		"cache_size(-16384)", "mmap_size(67108864)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	// Keep the connections that concurrent readers (hadath serve) open:
	// each new one costs a file open and a schema read.
	db.SetMaxIdleConns(max(4, 2*runtime.GOMAXPROCS(0)))
	sub, _ := fs.Sub(migrations, "migrations")
	s, err := sqlstore.New(ctx, db, sqlstore.Dialect{
		Name:         "sqlite",
		Migrations:   sub,
		InsertSearch: `INSERT INTO event_search (rowid, body) VALUES `,
		SearchRow:    `($%d, $%d)`,
		DeleteSearch: `DELETE FROM event_search WHERE rowid = $1`,
		MatchSearch:  `e.n IN (SELECT rowid FROM event_search WHERE event_search MATCH %s)`,
		Least:        "MIN",
		SearchQuery:  sqlstore.FTS5Query,
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	return &Store{DB: s, path: path}, nil
}

// Path returns the file the store lives in.
func (s *Store) Path() string { return s.path }

// DefaultPath returns where the store lives when no --db is given:
// $XDG_DATA_HOME/hadath/hadath.db, or ~/.local/share/hadath/hadath.db.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "hadath", "hadath.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "hadath", "hadath.db"), nil
}

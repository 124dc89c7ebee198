package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/sqlite"
	"github.com/hadath/hadath/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) hadath.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sub", "hadath.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hadath.db")
	for i := 0; i < 2; i++ {
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		s.Close()
	}
}

// TestOpenConcurrently opens one new store from several goroutines at
// once, as two processes starting together would: each must succeed.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hadath.db")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := sqlite.Open(context.Background(), path)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("Open: %v", err)
		}
	}
}

// TestConcurrent runs the suite of writers sharing one store: each
// Opener call opens the same file afresh.
func TestConcurrent(t *testing.T) {
	storetest.RunConcurrent(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "hadath.db")
		return func() (hadath.Store, error) { return sqlite.Open(context.Background(), path) }
	})
}

func TestAlerts(t *testing.T) {
	storetest.RunAlerts(t, func(t *testing.T) hadath.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

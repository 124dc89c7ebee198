package postgres_test

import (
	"context"
	"os"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/internal/skipnote"
	"github.com/hadath/hadath/postgres"
	"github.com/hadath/hadath/storetest"
)

// serverURL returns the test server's URL from HADATH_TEST_POSTGRES
// (which .ci/postgres prints). Without it the tests skip, unless
// HADATH_REQUIRE_POSTGRES is set, as CI sets it.
func serverURL(t *testing.T) string {
	u := os.Getenv("HADATH_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("HADATH_REQUIRE_POSTGRES") != "" {
			t.Fatal("HADATH_TEST_POSTGRES is not set; start a server with .ci/postgres")
		}
		skipnote.Skipped("PostgreSQL store suite (postgres)", "HADATH_TEST_POSTGRES is not set", `eval "$(.ci/postgres start DIR)"; go test ./postgres`)
		t.Skip("HADATH_TEST_POSTGRES is not set; start a server with: eval \"$(.ci/postgres start DIR)\"")
	}
	return u
}

func TestStore(t *testing.T) {
	base := serverURL(t)
	storetest.Run(t, func(t *testing.T) hadath.Store {
		s, err := postgres.Open(context.Background(), storetest.PostgresSchema(t, base))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"postgres://u@h/db", true},
		{"postgresql://h/db", true},
		{"/home/u/hadath.db", false},
		{"hadath.db", false},
	}
	for _, tt := range tests {
		if got := postgres.IsURL(tt.in); got != tt.want {
			t.Errorf("IsURL(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// TestConcurrent runs the suite of writers sharing one store: each
// Opener call connects afresh to the same empty schema.
func TestConcurrent(t *testing.T) {
	base := serverURL(t)
	storetest.RunConcurrent(t, func(t *testing.T) storetest.Opener {
		u := storetest.PostgresSchema(t, base)
		return func() (hadath.Store, error) { return postgres.Open(context.Background(), u) }
	})
}

func TestAlerts(t *testing.T) {
	base := serverURL(t)
	storetest.RunAlerts(t, func(t *testing.T) hadath.Store {
		s, err := postgres.Open(context.Background(), storetest.PostgresSchema(t, base))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

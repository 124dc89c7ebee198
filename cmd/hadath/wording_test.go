package main

import (
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

func TestIngestSummary(t *testing.T) {
	tests := []struct {
		in   ingest.Summary
		want string
	}{
		{ingest.Summary{}, "0 documents (0 new, 0 changed, 0 unchanged), 0 events, 0 new incidents, 0 errors, in 0.0s"},
		{ingest.Summary{Inputs: 1, Errors: 1, Elapsed: 300 * time.Microsecond},
			"0 documents (0 new, 0 changed, 0 unchanged), 0 events, 0 new incidents, 1 error, in 0.0s"},
		{ingest.Summary{Inputs: 1, Documents: 1, IngestStats: hadath.IngestStats{Added: 1, Events: 1, Incidents: 1}, Elapsed: 2 * time.Second},
			"1 document (1 new, 0 changed, 0 unchanged), 1 event, 1 new incident, 0 errors, in 2.0s (0 docs/s)"},
		{ingest.Summary{Inputs: 30, Documents: 30, IngestStats: hadath.IngestStats{Added: 30, Events: 50, Incidents: 40, Joined: 10}, Errors: 2, Elapsed: 3 * time.Second},
			"30 documents (30 new, 0 changed, 0 unchanged), 50 events, 40 new incidents (10 reports joined others), 2 errors, in 3.0s (10 docs/s)"},
	}
	for _, tt := range tests {
		if got := ingestSummary(tt.in); got != tt.want {
			t.Errorf("ingestSummary(%+v) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0 errors"}, {1, "1 error"}, {2, "2 errors"}}
	for _, tt := range tests {
		if got := count(tt.n, "error", "errors"); got != tt.want {
			t.Errorf("count(%d) = %q; want %q", tt.n, got, tt.want)
		}
	}
}

// TestShowIncidentWording checks "incidents show" for plurals of one and
// for double or trailing spaces where a field is empty.
func TestShowIncidentWording(t *testing.T) {
	db := exampleStore(t)
	out, _, _ := run(t, nil, nil, "query", "--db", db, "--format", "jsonl", "--type", "REQUEST", "--modality", "all")
	id, _, _ := strings.Cut(strings.SplitN(out, `"incident_id":"`, 2)[1], `"`)
	out, stderr, code := run(t, nil, nil, "incidents", "show", id, "--db", db, "--format", "table")
	if code != 0 {
		t.Fatalf("incidents show %s: exit %d, %s", id, code, stderr)
	}
	for _, line := range strings.Split(out, "\n") {
		_, value, _ := strings.Cut(line, ":")
		if value = strings.TrimLeft(value, " "); strings.HasSuffix(line, " ") || strings.Contains(value, "  ") {
			t.Errorf("incidents show: line %q has a trailing or double space", line)
		}
	}
	for _, bad := range []string{"1 sources", "(1 reports)"} {
		if strings.Contains(out, bad) {
			t.Errorf("incidents show says %q:\n%s", bad, out)
		}
	}
}

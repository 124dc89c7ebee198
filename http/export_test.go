package http_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

func TestExports(t *testing.T) {
	s := newAPIServer(t, nil)
	tests := []struct {
		path, contentType, filename string
		records                     func(body string) int
	}{
		{"/api/v1/events?format=csv", "text/csv", "hadath-events.csv", func(b string) int { return strings.Count(b, "\n") - 1 }},
		{"/api/v1/events?format=jsonl", "application/x-ndjson", "hadath-events.jsonl", func(b string) int { return strings.Count(b, "\n") }},
		{"/api/v1/events?format=plover", "application/x-ndjson", "hadath-events.plover.jsonl", func(b string) int { return strings.Count(b, "\n") }},
		{"/api/v1/events?format=geojson", "application/geo+json", "hadath-events.geojson", geoFeatures},
		{"/api/v1/incidents?format=geojson", "application/geo+json", "hadath-incidents.geojson", geoFeatures},
		{"/api/v1/incidents?format=jsonl&limit=4", "application/x-ndjson", "hadath-incidents.jsonl", func(b string) int { return strings.Count(b, "\n") }},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "GET", tt.path, "")
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), tt.contentType) {
			t.Errorf("GET %s = %d %q; want 200 %s", tt.path, r.status, r.header.Get("Content-Type"), tt.contentType)
		}
		if cd := r.header.Get("Content-Disposition"); cd != `attachment; filename="`+tt.filename+`"` {
			t.Errorf("GET %s: Content-Disposition %q; want an attachment named %s", tt.path, cd, tt.filename)
		}
		// Without a limit an export holds every asserted record (TestExportPages checks limits).
		if n := tt.records(string(r.body)); n != 4 {
			t.Errorf("GET %s: %d records; want 4:\n%s", tt.path, n, r.body)
		}
	}
}

// geoFeatures counts the geoFeatures of a GeoJSON FeatureCollection.
func geoFeatures(body string) int {
	var fc struct{ Features []json.RawMessage }
	if json.Unmarshal([]byte(body), &fc) != nil {
		return -1
	}
	return len(fc.Features)
}

// TestExportPages checks that an export reads past one store page.
func TestExportPages(t *testing.T) {
	if testing.Short() {
		t.Skip("stores over a thousand events")
	}
	s := newAPIServer(t, nil)
	var batch []*hadath.Coded
	for i := range 1205 {
		doc := &hadath.Document{ID: fmt.Sprintf("bulk-%04d", i), Text: apiTrigger + " رقم " + fmt.Sprint(i), Lang: "ar"}
		res, _ := apiExtractor{}.Extract(t.Context(), doc)
		batch = append(batch, &hadath.Coded{Doc: doc, Hash: ingest.Hash(doc), Result: res})
	}
	if _, err := s.Store.Ingest(t.Context(), batch); err != nil {
		t.Fatal(err)
	}
	r := apiDo(t, s, "GET", "/api/v1/events?format=jsonl", "")
	if n := strings.Count(string(r.body), "\n"); n != 1205+4 {
		t.Errorf("GET events?format=jsonl = %d lines; want %d", n, 1205+4)
	}
	if got := r.header.Get("X-Total-Count"); got != "1209" {
		t.Errorf("GET events?format=jsonl: X-Total-Count %q; want 1209", got)
	}

	// A download honours limit and offset when the query gives them.
	all := strings.Split(strings.TrimSuffix(string(r.body), "\n"), "\n")
	tests := []struct {
		query      string
		start, end int // the lines of the full download expected
	}{
		{"limit=2", 0, 2},
		{"limit=2&offset=3", 3, 5},
		{"limit=1000&offset=1000", 1000, 1209},
		{"offset=1200", 1200, 1209},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "GET", "/api/v1/events?format=jsonl&"+tt.query, "")
		got := strings.Split(strings.TrimSuffix(string(r.body), "\n"), "\n")
		if r.status != 200 || strings.Join(got, "\n") != strings.Join(all[tt.start:tt.end], "\n") {
			t.Errorf("GET events?format=jsonl&%s = %d, %d lines; want lines %d to %d of the full download", tt.query, r.status, len(got), tt.start, tt.end)
		}
	}
	if r := apiDo(t, s, "GET", "/api/v1/events?format=csv&limit=2", ""); strings.Count(string(r.body), "\n") != 3 {
		t.Errorf("GET events?format=csv&limit=2 = %d lines; want a header and 2 rows", strings.Count(string(r.body), "\n"))
	}
}

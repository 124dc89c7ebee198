package main

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestIngestBadInputs ingests a directory holding good documents, a
// broken symbolic link (an unreadable file), a broken HTML page and a
// feed whose server never answers: each bad input is an error line, the
// rest is stored, and the summary counts the errors.
func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", "قصفت طائرة مسيرة موقعا قرب مدينة القائم يوم السبت وأصيب ثلاثة مدنيين.")
	writeFile(t, dir, "broken.html", "<html><head><title>x</title></head><body><div><p></div></body")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "lost.txt")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "more.jsonl", jsonLine(t, genDocs(3)[0])+"{not json\n"+jsonLine(t, genDocs(3)[1]))
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer hang.Close()
	db := filepath.Join(t.TempDir(), "hadath.db")
	_, stderr, code := run(t, nil, nil, "ingest", "--db", db, "--published", "2024-02-04", "--timeout", "300ms", dir, hang.URL+"/feed.xml")
	if code != 1 {
		t.Errorf("exit code %d; want 1 (some inputs failed)", code)
	}
	for _, want := range []string{"lost.txt", "broken.html", "more.jsonl:2", "feed.xml", "3 documents", "4 errors"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	stdout, _, code := run(t, nil, nil, "query", "--db", db, "--format", "jsonl", "--modality", "all")
	if code != 0 || strings.Count(stdout, "\n") < 3 {
		t.Errorf("query after a partial ingest: exit %d, %d events; want the good documents' events", code, strings.Count(stdout, "\n"))
	}
}

// TestQueryCommands ingests the project's example articles and asks the
// store what the commands are for, in every format.
func TestQueryCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "hadath.db")
	if _, stderr, code := run(t, nil, nil, "ingest", "--db", db, examples); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	_, stderr, code := run(t, nil, nil, "ingest", "--db", db, examples)
	if code != 0 || !strings.Contains(stderr, "0 new") {
		t.Errorf("second ingest: exit %d, %q; want nothing new", code, stderr)
	}

	out, _, code := run(t, nil, nil, "query", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 {
		t.Fatalf("query --format csv: exit %d, %v, %d rows", code, err, len(rows))
	}
	if got := strings.Join(rows[0], ","); !strings.HasPrefix(got, "event_id_cnty,event_date,year,time_precision,disorder_type,event_type") {
		t.Errorf("CSV header = %q; want ACLED's columns", got)
	}

	out, _, _ = run(t, nil, nil, "query", "--db", db, "--format", "geojson")
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("query --format geojson: %v, type %q, %d features; want a FeatureCollection", err, fc.Type, len(fc.Features))
	}
	for _, f := range fc.Features {
		c := f.Geometry.Coordinates
		if len(c) != 2 || c[0] < -180 || c[0] > 180 || c[1] < -90 || c[1] > 90 {
			t.Errorf("feature coordinates %v; want [lon, lat] in range", c)
		}
	}

	out, _, _ = run(t, nil, nil, "query", "--db", db, "--format", "plover", "--limit", "1")
	var rec map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &rec); err != nil {
		t.Fatalf("plover record: %v", err)
	}
	for _, k := range []string{"id", "date", "event", "mode", "source", "recipient"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("PLOVER record lacks %q: %v", k, rec)
		}
	}

	tests := []struct {
		args []string
		want string
	}{
		{[]string{"query", "--type", "PROTEST", "--country", "IQ", "--format", "jsonl"}, `"type":"PROTEST"`},
		{[]string{"query", "--text", "البصرة", "--format", "jsonl"}, `"doc_id"`},
		{[]string{"query", "--actor", "قوات الأمن العراقية", "--format", "jsonl"}, `"actor"`},
		{[]string{"stats", "--by", "type,country", "--format", "csv"}, "type,country,events,incidents"},
		{[]string{"stats", "--by", "week", "--format", "jsonl"}, `"week"`},
		{[]string{"incidents", "--format", "jsonl"}, `"sources"`},
	}
	for _, tt := range tests {
		out, stderr, code := run(t, nil, nil, append(tt.args, "--db", db)...)
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("hadath %s: exit %d, output %.200q, stderr %q; want %q", strings.Join(tt.args, " "), code, out, stderr, tt.want)
		}
	}

	// One incident, shown.
	out, _, _ = run(t, nil, nil, "incidents", "--db", db, "--format", "jsonl", "--limit", "1")
	var inc struct{ ID string }
	json.Unmarshal([]byte(out), &inc)
	out, stderr, code = run(t, nil, nil, "incidents", "show", inc.ID, "--db", db, "--format", "table")
	if code != 0 || !strings.Contains(out, "report 1") || !strings.Contains(out, "joined:") {
		t.Errorf("incidents show %s: exit %d, %q, %q; want its reports and why they joined", inc.ID, code, out, stderr)
	}
	_, stderr, code = run(t, nil, nil, "incidents", "show", "nope", "--db", db)
	if code != 1 || !strings.Contains(stderr, "no incident") {
		t.Errorf("incidents show nope: exit %d, %q; want a not-found error", code, stderr)
	}
	_, stderr, code = run(t, nil, nil, "query", "--db", db, "--since", "last week")
	if code != 2 || !strings.Contains(stderr, "bad date") {
		t.Errorf("query --since 'last week': exit %d, %q; want a usage error", code, stderr)
	}
}

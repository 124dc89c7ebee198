package storetest

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

func testIncidents(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	st := ingest(t, s, coded(strikes...))
	if st.Incidents != 3 || st.Joined != 3 {
		t.Errorf("Ingest = %+v; want 3 incidents started and 3 reports joined", st)
	}
	incs, total, err := s.Incidents(ctx, hadath.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 {
		t.Fatalf("Incidents() total = %d; want 3", total)
	}
	var groups []string
	for _, inc := range incs {
		full, err := s.Incident(ctx, inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		groups = append(groups, docIDs(full.Events))
		if len(full.Joins) != len(full.Events) {
			t.Errorf("Incident(%q) has %d joins for %d reports", inc.ID, len(full.Joins), len(full.Events))
		}
		for i, j := range full.Joins {
			if i > 0 && len(j.Reasons) == 0 {
				t.Errorf("Incident(%q) report %d joined with no reason", inc.ID, i)
			}
		}
	}
	sort.Strings(groups)
	want := []string{"asad-1 asad-2 asad-3 asad-4", "gaza-1", "qaim-1"}
	if strings.Join(groups, " | ") != strings.Join(want, " | ") {
		t.Errorf("incidents = %q; want %q", groups, want)
	}

	// The merged view of the Al Asad attack.
	evs, _, _ := s.Events(ctx, hadath.Filter{DocID: "asad-1"})
	if len(evs) != 1 {
		t.Fatalf("events of asad-1 = %d; want 1", len(evs))
	}
	inc, err := s.Incident(ctx, evs[0].IncidentID)
	if err != nil {
		t.Fatal(err)
	}
	if inc.Reports != 4 || len(inc.Sources) != 4 {
		t.Errorf("Al Asad incident: %d reports, sources %q; want 4 and 4", inc.Reports, inc.Sources)
	}
	if inc.Location == nil || inc.Location.Precision != hadath.PrecisionSite {
		t.Errorf("Al Asad incident location = %+v; want the site", inc.Location)
	}
	if k := inc.Killed; k == nil || k.Min != 2 || k.Max != 3 || k.Best != 2 || k.Reports != 3 {
		t.Errorf("Al Asad incident killed = %+v; want 2 to 3, best 2, from 3 reports", k)
	}
	if inc.Actor == nil || inc.Actor.Name != irq.Name || len(inc.ClaimedBy) != 0 {
		t.Errorf("Al Asad incident actor = %+v; want %s", inc.Actor, irq.Name)
	}
	if inc.DateMin != "2024-01-20" || inc.DateMax != "2024-01-21" || inc.FirstSeen != "2024-01-20" || inc.LastSeen != "2024-01-22" {
		t.Errorf("Al Asad incident dates %s..%s seen %s..%s; want 2024-01-20..21, seen 2024-01-20..22",
			inc.DateMin, inc.DateMax, inc.FirstSeen, inc.LastSeen)
	}
	multi, _, _ := s.Incidents(ctx, hadath.Filter{MinSources: 2})
	if len(multi) != 1 || multi[0].ID != inc.ID {
		t.Errorf("Incidents(min sources 2) = %d; want the Al Asad one", len(multi))
	}
}

func testFilters(t *testing.T, s hadath.Store) {
	ingest(t, s, coded(strikes...))
	tests := []struct {
		name string
		f    hadath.Filter
		want string
	}{
		{"type", hadath.Filter{Types: []string{"ASSAULT"}}, "asad-1 asad-2 asad-3 asad-4 gaza-1 qaim-1"},
		{"type none", hadath.Filter{Types: []string{"PROTEST"}}, ""},
		{"method", hadath.Filter{Methods: []string{"drone", "airstrike"}}, "gaza-1 qaim-1"},
		{"country", hadath.Filter{Countries: []string{"ps"}}, "gaza-1"},
		{"admin1", hadath.Filter{Admin1: []string{"al anbar"}}, "asad-1 asad-2 asad-3 asad-4 qaim-1"},
		{"near", hadath.Filter{Near: &hadath.Near{Lat: 33.79, Lon: 42.44, KM: 20}}, "asad-1 asad-2 asad-3"},
		{"actor name", hadath.Filter{Actors: []hadath.ActorRef{{Name: "islamic resistance in iraq"}}}, "asad-1 asad-3 qaim-1"},
		{"actor arabic", hadath.Filter{Actors: []hadath.ActorRef{{NameAr: "الجيش الاسرائيلي"}}}, "gaza-1"},
		{"target generic", hadath.Filter{Targets: []hadath.ActorRef{{Country: "US", Sector: "military"}}}, "asad-1 asad-2 qaim-1"},
		{"target country", hadath.Filter{TargetCountries: []string{"US"}, Countries: []string{"IQ", "SY"}}, "asad-1 asad-2 qaim-1"},
		{"actor country", hadath.Filter{ActorCountries: []string{"IL"}}, "gaza-1"},
		{"since", hadath.Filter{Since: "2024-01-21"}, "asad-3"},
		{"until", hadath.Filter{Until: "2024-01-20"}, "asad-1 asad-2 asad-4 gaza-1 qaim-1"},
		{"modality", hadath.Filter{Modalities: []string{"future"}}, ""},
	}
	for _, tt := range tests {
		evs, total, err := s.Events(context.Background(), tt.f)
		if err != nil {
			t.Errorf("%s: Events: %v", tt.name, err)
			continue
		}
		if got := docIDs(evs); got != tt.want || total != len(evs) {
			t.Errorf("%s: Events(%+v) = %q (total %d); want %q", tt.name, tt.f, got, total, tt.want)
		}
	}
	if _, _, err := s.Events(context.Background(), hadath.Filter{Types: []string{"BOMBING"}}); hadath.ErrorCode(err) != hadath.EINVALID {
		t.Errorf("Events(bad type) error = %v; want %s", err, hadath.EINVALID)
	}
	if _, _, err := s.Events(context.Background(), hadath.Filter{Since: "yesterday"}); hadath.ErrorCode(err) != hadath.EINVALID {
		t.Errorf("Events(bad date) error = %v; want %s", err, hadath.EINVALID)
	}
}

// testBackground checks the filter on background events: dated more than a
// year before their report was published.
func testBackground(t *testing.T, s hadath.Store) {
	old := []report{
		{"recall-1", "Agency One", "2024-01-21", hadath.Assault, "airstrike", "2019-05", anbar, nil, nil, -1,
			"استذكر المتحدث غارات أيار 2019 على الأنبار"},
		{"recall-2", "Agency Two", "2024-01-21", hadath.Assault, "airstrike", "2023-03-01", anbar, nil, nil, -1,
			"غارة في آذار الماضي على الأنبار"},
	}
	ingest(t, s, coded(append(old, strikes...)...))
	tests := []struct {
		name string
		f    hadath.Filter
		want string
	}{
		{"include", hadath.Filter{Background: hadath.BackgroundInclude, Countries: []string{"IQ"}},
			"asad-1 asad-2 asad-3 asad-4 qaim-1 recall-1 recall-2"},
		{"default includes", hadath.Filter{Countries: []string{"IQ"}}, "asad-1 asad-2 asad-3 asad-4 qaim-1 recall-1 recall-2"},
		{"exclude", hadath.Filter{Background: hadath.BackgroundExclude, Countries: []string{"IQ"}},
			"asad-1 asad-2 asad-3 asad-4 qaim-1 recall-2"},
		{"only", hadath.Filter{Background: hadath.BackgroundOnly}, "recall-1"},
	}
	for _, tt := range tests {
		evs, _, err := s.Events(context.Background(), tt.f)
		if err != nil {
			t.Errorf("%s: Events: %v", tt.name, err)
			continue
		}
		if got := docIDs(evs); got != tt.want {
			t.Errorf("%s: Events(%+v) = %q; want %q", tt.name, tt.f, got, tt.want)
		}
	}
	rows, err := s.Stats(context.Background(), hadath.Filter{Background: hadath.BackgroundExclude}, hadath.StatsSpec{By: []string{"year"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Key[0] == "2019" {
			t.Errorf("Stats without background counts %d events of 2019", r.Events)
		}
	}
}

// testConfidence checks the filter on an event's least confidence, in
// lists, incidents and counts.
func testConfidence(t *testing.T, s hadath.Store) {
	batch := coded(strikes...)
	for _, c := range batch {
		switch c.Doc.ID {
		case "gaza-1":
			c.Result.Events[0].Confidence = 0.35
		case "qaim-1":
			c.Result.Events[0].Confidence = 0.6
		}
	}
	ingest(t, s, batch)
	ctx := context.Background()
	tests := []struct {
		min  float64
		want string
	}{
		{0, "asad-1 asad-2 asad-3 asad-4 gaza-1 qaim-1"},
		{0.35, "asad-1 asad-2 asad-3 asad-4 gaza-1 qaim-1"},
		{0.5, "asad-1 asad-2 asad-3 asad-4 qaim-1"},
		{0.7, "asad-1 asad-2 asad-3 asad-4"},
		{0.9, ""},
	}
	for _, tt := range tests {
		f := hadath.Filter{MinConfidence: tt.min}
		evs, total, err := s.Events(ctx, f)
		if err != nil {
			t.Errorf("Events(min confidence %v): %v", tt.min, err)
			continue
		}
		if got := docIDs(evs); got != tt.want || total != len(evs) {
			t.Errorf("Events(min confidence %v) = %q (total %d); want %q", tt.min, got, total, tt.want)
		}
	}
	incs, _, err := s.Incidents(ctx, hadath.Filter{MinConfidence: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != 2 {
		t.Errorf("Incidents(min confidence 0.5) = %d; want 2 (Al Asad and Al Qa'im)", len(incs))
	}
	rows, err := s.Stats(ctx, hadath.Filter{MinConfidence: 0.5}, hadath.StatsSpec{By: []string{"country"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Key[0] != "IQ" || rows[0].Events != 5 {
		t.Errorf("Stats(country, min confidence 0.5) = %+v; want IQ with 5 events", rows)
	}
	for _, bad := range []float64{-0.1, 1.5} {
		if _, _, err := s.Events(ctx, hadath.Filter{MinConfidence: bad}); hadath.ErrorCode(err) != hadath.EINVALID {
			t.Errorf("Events(min confidence %v) error = %v; want %s", bad, err, hadath.EINVALID)
		}
	}
}

func testText(t *testing.T, s hadath.Store) {
	ingest(t, s, coded(strikes...))
	tests := []struct{ q, want string }{
		{"غزة", "gaza-1"},                    // the word with a clitic in the text ("مدينة غزة")
		{"صواريخ", "asad-1 asad-2"},          // as written, and after a clitic (بصواريخ)
		{"بالأنبار", "asad-1 asad-4"},        // a clitic in the query
		{"Al Asad Airbase", "asad-1 asad-2"}, // the English name of the place
		{"\"quoted\" OR -x", ""},             // query syntax is text
		{"غارة جوية", "gaza-1"},              // every word must occur
	}
	for _, tt := range tests {
		evs, _, err := s.Events(context.Background(), hadath.Filter{Text: tt.q})
		if err != nil {
			t.Errorf("Events(text %q): %v", tt.q, err)
			continue
		}
		if got := docIDs(evs); got != tt.want {
			t.Errorf("Events(text %q) = %q; want %q", tt.q, got, tt.want)
		}
	}
}

func testStats(t *testing.T, s hadath.Store) {
	ingest(t, s, coded(strikes...))
	rows, err := s.Stats(context.Background(), hadath.Filter{Types: []string{"ASSAULT"}, TargetCountries: []string{"US"}},
		hadath.StatsSpec{By: []string{"country", "week"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || strings.Join(rows[0].Key, ",") != "IQ,2024-01-15" || rows[0].Events != 3 || rows[0].Incidents != 2 {
		t.Errorf("Stats(country, week) = %+v; want IQ, week of 2024-01-15: 3 events, 2 incidents", rows)
	}
	rows, err = s.Stats(context.Background(), hadath.Filter{}, hadath.StatsSpec{By: []string{"actor"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || rows[0].Key[0] != irq.Name || rows[0].Events != 3 {
		t.Errorf("Stats(actor) = %+v; want %s first with 3", rows, irq.Name)
	}
	if _, err := s.Stats(context.Background(), hadath.Filter{}, hadath.StatsSpec{By: []string{"colour"}}); hadath.ErrorCode(err) != hadath.EINVALID {
		t.Errorf("Stats(by colour) error = %v; want %s", err, hadath.EINVALID)
	}
}

func testDocuments(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	ingest(t, s, coded(strikes...))
	docs, total, err := s.Documents(ctx, hadath.DocFilter{Source: "Agency One"})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(docs) != 2 || docs[0].Events != 1 {
		t.Errorf("Documents(Agency One) = %d (total %d); want 2 with 1 event each", len(docs), total)
	}
	docs, _, err = s.Documents(ctx, hadath.DocFilter{Text: "غزة"})
	if err != nil || len(docs) != 1 || docs[0].ID != "gaza-1" {
		t.Errorf("Documents(text غزة) = %v, %v; want gaza-1", docs, err)
	}
	d, err := s.Document(ctx, "asad-2")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "قاعدة الأسد") || d.Source != "Agency Two" || d.Published != "2024-01-21" {
		t.Errorf("Document(asad-2) = %+v; want its text, source and date", d)
	}
}

func testNotFound(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	_, err1 := s.Event(ctx, "nope")
	_, err2 := s.Incident(ctx, "nope")
	_, err3 := s.Document(ctx, "nope")
	for i, err := range []error{err1, err2, err3} {
		var e *hadath.Error
		if !errors.As(err, &e) || e.Code != hadath.ENOTFOUND {
			t.Errorf("lookup %d of a missing id: error %v; want %s", i, err, hadath.ENOTFOUND)
		}
	}
}

package storetest

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// Run runs the suite. open returns a new, empty store; Run closes it.
func Run(t *testing.T, open func(t *testing.T) hadath.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, hadath.Store)
	}{
		{"Ingest", testIngest},
		{"Idempotent", testIdempotent},
		{"Replace", testReplace},
		{"Incidents", testIncidents},
		{"Filters", testFilters},
		{"Background", testBackground},
		{"Confidence", testConfidence},
		{"Order", testOrder},
		{"Text", testText},
		{"Stats", testStats},
		{"Documents", testDocuments},
		{"NotFound", testNotFound},
		{"HostileFilters", testHostileFilters},
		{"Watch", testWatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
	t.Run("Batches", func(t *testing.T) { testBatches(t, open) })
}

// ingest stores batch and fails the test on error.
func ingest(t *testing.T, s hadath.Store, batch []*hadath.Coded) hadath.IngestStats {
	t.Helper()
	st, err := s.Ingest(context.Background(), batch)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return st
}

// docIDs returns the sorted document ids of events.
func docIDs(evs []*hadath.StoredEvent) string {
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.DocID)
	}
	sort.Strings(ids)
	return strings.Join(ids, " ")
}

func testIngest(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	st := ingest(t, s, coded(strikes...))
	if st.Added != 6 || st.Events != 6 || st.Unchanged != 0 {
		t.Errorf("Ingest = %+v; want 6 added, 6 events", st)
	}
	evs, total, err := s.Events(ctx, hadath.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if total != 6 || len(evs) != 6 {
		t.Fatalf("Events() = %d (total %d); want 6", len(evs), total)
	}
	ev, err := s.Event(ctx, evs[0].Event.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Event.Type != hadath.Assault || ev.DocID == "" || ev.Source == "" || ev.IncidentID == "" {
		t.Errorf("Event(%q) = %+v; want an ASSAULT with its document, source and incident", evs[0].Event.ID, ev)
	}
	if ev.Event.Location == nil || ev.Event.Location.Lat == nil {
		t.Errorf("Event(%q).Location = %+v; want coordinates kept", ev.Event.ID, ev.Event.Location)
	}
	page, total, err := s.Events(ctx, hadath.Filter{Limit: 2, Offset: 4})
	if err != nil || len(page) != 2 || total != 6 {
		t.Errorf("Events(limit 2, offset 4) = %d, total %d, %v; want 2 of 6", len(page), total, err)
	}
}

func testIdempotent(t *testing.T, s hadath.Store) {
	ingest(t, s, coded(strikes...))
	st := ingest(t, s, coded(strikes...))
	if st.Added != 0 || st.Unchanged != 6 || st.Events != 0 {
		t.Errorf("second Ingest = %+v; want 6 unchanged and nothing added", st)
	}
	hashes, err := s.DocumentHashes(context.Background(), []string{"asad-1", "nope", "gaza-1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hashes) != 2 || hashes["asad-1"] == "" || hashes["nope"] != "" {
		t.Errorf("DocumentHashes = %v; want asad-1 and gaza-1", hashes)
	}
	_, total, _ := s.Events(context.Background(), hadath.Filter{})
	if total != 6 {
		t.Errorf("events after a repeat = %d; want 6", total)
	}
}

func testReplace(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	ingest(t, s, coded(strikes...))
	changed := strikes[5]
	changed.sentence = "غارة جوية جديدة على مدينة غزة"
	changed.typ = hadath.Coerce
	st := ingest(t, s, coded(changed))
	if st.Replaced != 1 || st.Superseded != 1 || st.Events != 1 {
		t.Errorf("Ingest(changed) = %+v; want 1 replaced, 1 superseded, 1 event", st)
	}
	evs, _, err := s.Events(ctx, hadath.Filter{DocID: "gaza-1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Event.Type != hadath.Coerce {
		t.Errorf("events of the changed document = %v; want its one new COERCE", evs)
	}
	incs, _, _ := s.Incidents(ctx, hadath.Filter{Types: []string{hadath.Assault}, Countries: []string{"PS"}})
	if len(incs) != 0 {
		t.Errorf("ASSAULT incidents in PS after the change = %d; want 0 (the old one is gone)", len(incs))
	}
}

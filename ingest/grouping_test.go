package ingest_test

import (
	"context"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// TestIncidentGrouping ingests differently worded reports of one rocket
// attack on Al Asad and of a drone strike the same day at Al Qa'im, in
// the same province: they must make exactly two incidents.
func TestIncidentGrouping(t *testing.T) {
	store := openStore(t)
	var calls atomic.Int64
	g := &ingest.Ingester{Store: store, Code: coder(t, &calls), Workers: 2, BatchSize: 2}
	sum, err := g.Run(context.Background(), inputs(readDocs(t, "reports.jsonl")))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 5 || sum.Errors != 0 {
		t.Fatalf("Run = %+v; want 5 documents, no errors", sum)
	}
	incs, _, err := store.Incidents(context.Background(), hadath.Filter{Types: []string{hadath.Assault}})
	if err != nil {
		t.Fatal(err)
	}
	var groups []string
	for _, inc := range incs {
		full, err := store.Incident(context.Background(), inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range full.Events {
			ids = append(ids, e.DocID)
		}
		sort.Strings(ids)
		groups = append(groups, strings.Join(ids, " "))
	}
	sort.Strings(groups)
	want := []string{"asad-a asad-b asad-c", "qaim-a qaim-b"}
	if strings.Join(groups, " | ") != strings.Join(want, " | ") {
		t.Errorf("ASSAULT incidents = %q; want %q", groups, want)
	}
}

package storetest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/hadath/hadath"
)

// Opener opens a Store on one database. Each call returns a Store of its
// own, with connections of its own, as another process would.
type Opener func() (hadath.Store, error)

// RunConcurrent runs the tests of writers that share one database, as two
// "hadath ingest" processes over one store do. newDB creates a new, empty
// database (no schema yet) and returns its Opener.
func RunConcurrent(t *testing.T, newDB func(t *testing.T) Opener) {
	t.Run("TwoWriters", func(t *testing.T) {
		want := groupsOf(t, singleWriter(t, newDB(t)))
		if n := strings.Count(want, "5: crowd-"); n != 8 {
			t.Fatalf("one writer grouped the crowd as\n%s\nwant 8 incidents of 5 reports", want)
		}
		for round := 1; round <= 2; round++ {
			t.Run(fmt.Sprintf("round%d", round), func(t *testing.T) {
				testTwoWriters(t, newDB(t), want)
			})
		}
	})
}

// crowd returns 40 reports of 8 happenings, five reports each, far apart
// from one another, so that how they group does not depend on the order
// they are stored in. Report k tells of happening k%8.
func crowd() []report {
	towns := []string{"الرمادي", "الموصل", "البصرة", "كركوك", "الحلة", "السماوة", "تكريت", "العمارة"}
	var out []report
	for k := range 40 {
		g := k % len(towns)
		// Two degrees of latitude between happenings: about 220 km.
		p := place(fmt.Sprintf("Town %d", g), towns[g], "IQ", "", hadath.PrecisionCity, 29+2*float64(g), 44)
		out = append(out, report{
			doc: fmt.Sprintf("crowd-%02d", k), source: fmt.Sprintf("Agency %d", k/8),
			published: "2024-03-03", typ: hadath.Assault, method: "rocket", date: "2024-03-02",
			place: p, actor: irq, target: usForces, killed: 1 + g,
			sentence: "سقطت صواريخ على موقع قرب " + towns[g] + " مساء السبت",
		})
	}
	return out
}

// singleWriter stores the crowd through one Store, in order, and returns
// it.
func singleWriter(t *testing.T, open Opener) hadath.Store {
	s, err := open()
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	all := coded(crowd()...)
	for len(all) > 0 {
		n := min(4, len(all))
		ingest(t, s, all[:n])
		all = all[n:]
	}
	return s
}

// testTwoWriters opens two writers on an empty database at once, and has
// them store overlapping parts of the crowd in batches (the second in
// reverse order) while a reader queries the store. Nothing may fail,
// every document and event must be stored once, and the reports must
// group as one writer grouped them (want).
func testTwoWriters(t *testing.T, open Opener, want string) {
	ctx := context.Background()
	all := coded(crowd()...)
	parts := [][]*hadath.Coded{slices.Clone(all[:28]), slices.Clone(all[12:])}
	slices.Reverse(parts[1])

	var wg sync.WaitGroup
	stats := make([]hadath.IngestStats, len(parts))
	errs := make([]error, len(parts))
	done := make(chan struct{})
	for w, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := open()
			if err != nil {
				errs[w] = fmt.Errorf("open: %w", err)
				return
			}
			defer s.Close()
			for len(part) > 0 {
				n := min(3, len(part))
				st, err := s.Ingest(ctx, part[:n])
				if err != nil {
					errs[w] = fmt.Errorf("Ingest: %w", err)
					return
				}
				stats[w].Add(st)
				part = part[n:]
			}
		}()
	}
	var readErr error
	reads := 0
	var rg sync.WaitGroup
	rg.Add(1)
	go func() { // a reader, as "hadath serve" is, while the writers work
		defer rg.Done()
		s, err := open()
		if err != nil {
			readErr = fmt.Errorf("open: %w", err)
			return
		}
		defer s.Close()
		for {
			select {
			case <-done:
				return
			default:
			}
			if _, _, err := s.Events(ctx, hadath.Filter{Limit: 20}); err != nil {
				readErr = fmt.Errorf("Events: %w", err)
				return
			}
			if _, _, err := s.Incidents(ctx, hadath.Filter{Limit: 20}); err != nil {
				readErr = fmt.Errorf("Incidents: %w", err)
				return
			}
			reads++
		}
	}()
	wg.Wait()
	close(done)
	rg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", w+1, err)
		}
	}
	if readErr != nil {
		t.Errorf("reader during the writes (after %d reads): %v", reads, readErr)
	}
	var sum hadath.IngestStats
	for _, st := range stats {
		sum.Add(st)
	}
	if sum.Added != 40 || sum.Unchanged != 16 || sum.Replaced != 0 || sum.Events != 40 {
		t.Errorf("the writers' Ingest stats add up to %+v; want 40 added, 16 unchanged, 40 events", sum)
	}

	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	evs, total, err := s.Events(ctx, hadath.Filter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range evs {
		ids[e.Event.ID] = true
	}
	if total != 40 || len(ids) != 40 {
		t.Errorf("stored events: %d, %d distinct; want 40 and 40", total, len(ids))
	}
	if _, n, err := s.Documents(ctx, hadath.DocFilter{}); err != nil || n != 40 {
		t.Errorf("stored documents: %d, %v; want 40", n, err)
	}
	if got := groupsOf(t, s); got != want {
		t.Errorf("incidents after two writers:\n%s\nwant, as one writer made them:\n%s", got, want)
	}
}

// groupsOf returns the incidents of s as the sorted document ids of their
// reports, one incident a line, each with its count of reports.
func groupsOf(t *testing.T, s hadath.Store) string {
	t.Helper()
	ctx := context.Background()
	incs, total, err := s.Incidents(ctx, hadath.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if total != len(incs) {
		t.Fatalf("Incidents: %d of %d; want them all", len(incs), total)
	}
	var lines []string
	for _, inc := range incs {
		full, err := s.Incident(ctx, inc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if full.Reports != len(full.Events) {
			t.Errorf("incident %s counts %d reports and holds %d", inc.ID, full.Reports, len(full.Events))
		}
		lines = append(lines, fmt.Sprintf("%d: %s", full.Reports, docIDs(full.Events)))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

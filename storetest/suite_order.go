package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// testOrder checks that events come newest first over the whole result
// set, with events dated after their report, then background events,
// apart at the end: a far date read from an old article must not open
// the list.
func testOrder(t *testing.T, s hadath.Store) {
	at := func(doc, date string) report {
		return report{doc, "Agency One", "2018-03-10", hadath.Assault, "airstrike", date, gaza, nil, nil, -1, "غارة على مدينة غزة " + doc}
	}
	ingest(t, s, coded(
		at("old-1468", "1468-01-01"), at("now-2", "2018-03-02"), at("after-2020", "2020-01-05"),
		at("undated", ""), at("now-1", "2018-03-09"), at("old-2003", "2003-03-20"), at("after-2025", "2025-06-01"),
		at("now-3", "2018-02-20"),
	))
	// An event without a date of its own is dated by its report.
	want := "undated now-1 now-2 now-3 after-2025 after-2020 old-2003 old-1468"
	var pages []string
	for off := 0; off < 8; off += 3 {
		evs, total, err := s.Events(context.Background(), hadath.Filter{Background: hadath.BackgroundInclude, Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if total != 8 {
			t.Errorf("Events total = %d; want 8", total)
		}
		for _, e := range evs {
			pages = append(pages, e.DocID)
		}
	}
	if got := strings.Join(pages, " "); got != want {
		t.Errorf("Events in pages of 3 = %q; want %q", got, want)
	}
	evs, _, err := s.Events(context.Background(), hadath.Filter{Background: hadath.BackgroundExclude, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := docIDs(evs); got != "now-1 now-2 undated" {
		t.Errorf("first page without background = %q; want %q", got, "now-1 now-2 undated")
	}
}

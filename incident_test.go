package hadath

import (
	"fmt"
	"slices"
	"testing"
)

// report is a stored event of a document from source with a killed count
// (none when killed < 0) and a claim (none when claimed is "").
func report(id, source string, killed int, claimed string) *StoredEvent {
	r := &StoredEvent{DocID: "doc-" + id, Source: source, Published: "2018-03-0" + id[len(id)-1:]}
	r.Event = Event{ID: id, Type: Assault, Modality: "asserted"}
	if killed >= 0 {
		r.Event.Killed = &Count{Count: &killed}
	}
	if claimed != "" {
		r.Event.ClaimedBy = &Actor{Name: claimed}
	}
	return r
}

func TestMergeCasualtyMedian(t *testing.T) {
	tests := []struct {
		killed       []int
		best, lo, hi int
	}{
		{[]int{60}, 60, 60, 60},
		{[]int{60, 2000}, 60, 60, 2000},
		{[]int{60, 60, 2000}, 60, 60, 2000},
		{[]int{2000, 60, 61}, 61, 60, 2000},
		{[]int{3, 4, 5, 900}, 4, 3, 900},
		{[]int{900, 7, 7, 8, 7}, 7, 7, 900},
		{[]int{1, -1, 5}, 1, 1, 5}, // a report without a number counts for nothing
	}
	for _, tt := range tests {
		var reports []*StoredEvent
		for i, k := range tt.killed {
			reports = append(reports, report(fmt.Sprintf("e%d", i+1), fmt.Sprintf("source %d", i), k, ""))
		}
		inc := &Incident{ID: "i"}
		inc.Merge(reports)
		got := fmt.Sprintf("%d (%d-%d)", inc.Killed.Best, inc.Killed.Min, inc.Killed.Max)
		if want := fmt.Sprintf("%d (%d-%d)", tt.best, tt.lo, tt.hi); got != want {
			t.Errorf("merge killed %v = %q; want %q", tt.killed, got, want)
		}
	}
}

func TestMergeClaimsPerReport(t *testing.T) {
	inc := &Incident{ID: "i"}
	inc.Merge([]*StoredEvent{
		report("e1", "Wakala One", -1, "Israel"),
		report("e2", "Sahifa Two", -1, ""),
		report("e3", "Sahifa Two", -1, "Hamas"),
		report("e4", "Radio Three", -1, "Israel"),
	})
	var got []string
	for _, c := range inc.Claims {
		got = append(got, fmt.Sprintf("%s by %v from %v", c.Actor.Name, c.Reports, c.Sources))
	}
	want := []string{"Israel by [e1 e4] from [Radio Three Wakala One]", "Hamas by [e3] from [Sahifa Two]"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q; want %q", got, want)
	}
	if len(inc.ClaimedBy) != 2 {
		t.Errorf("claimed_by lists %d actors; want 2", len(inc.ClaimedBy))
	}
}

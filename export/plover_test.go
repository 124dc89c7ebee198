package export

import (
	"bufio"
	"encoding/json"
	"slices"
	"testing"

	"github.com/hadath/hadath"
)

func TestPLOVER(t *testing.T) {
	events := testEvents()
	buf, _ := writeEvents(t, PLOVER, events)
	var recs []map[string]any
	sc := bufio.NewScanner(buf)
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v", len(recs)+1, err)
		}
		recs = append(recs, r)
	}
	if len(recs) != len(events) {
		t.Fatalf("%d records; want %d", len(recs), len(events))
	}
	required := []string{"id", "date", "source", "recipient", "event", "event_type", "mode", "context", "event_loc", "cite_info"}
	for i, r := range recs {
		for _, f := range required {
			if _, ok := r[f]; !ok {
				t.Errorf("record %d: no field %q", i, f)
			}
		}
		if r["id"] != events[i].Event.ID || r["event_type"] != events[i].Event.Type {
			t.Errorf("record %d: id %v type %v; want %q %q", i, r["id"], r["event_type"], events[i].Event.ID, events[i].Event.Type)
		}
		if d, _ := r["date"].(string); len(d) != len("2006-01-02") {
			t.Errorf("record %d: date %q; want YYYY-MM-DD", i, d)
		}
	}
	tests := []struct {
		rec           int
		mode, context string
	}{{0, "drone", "military"}, {1, "demo", ""}, {2, "arrest", "future"}, {3, "firearms", ""}}
	for _, tt := range tests {
		modes, _ := recs[tt.rec]["mode"].([]any)
		contexts, _ := recs[tt.rec]["context"].([]any)
		if len(modes) != 1 || modes[0] != tt.mode {
			t.Errorf("record %d: mode %v; want [%s]", tt.rec, modes, tt.mode)
		}
		if tt.context != "" && !slices.Contains(contexts, any(tt.context)) {
			t.Errorf("record %d: context %v; want it to hold %q", tt.rec, contexts, tt.context)
		}
	}
	src, _ := recs[0]["source"].([]any)
	if len(src) != 1 || src[0].(map[string]any)["code"] != "IRQ" || src[0].(map[string]any)["sector"] != "REB" {
		t.Errorf("record 0: source %v; want one IRQ REB actor", src)
	}
	loc, _ := recs[0]["event_loc"].(map[string]any)
	if loc["latitude"] != 33.79 || loc["longitude"] != 42.44 || loc["cc3"] != "IRQ" {
		t.Errorf("record 0: event_loc %v; want latitude 33.79, longitude 42.44, cc3 IRQ", loc)
	}
}

func TestPLOVERModes(t *testing.T) {
	m := testMappings()
	tests := []struct{ typ, method, sector, want string }{
		{"ASSAULT", "airstrike", "", "aerial"},
		{"ASSAULT", "artillery", "", "heavy-weapons"},
		{"ASSAULT", "ied", "", "explosives"},
		{"ASSAULT", "suicide_bombing", "", "suicide-attack"},
		{"ASSAULT", "clash", "", "firearms"},
		{"ASSAULT", "stabbing", "", "primitive"},
		{"ASSAULT", "abduction", "", "abduct"},
		{"COERCE", "seizure", "", "confiscate"},
		{"PROTEST", "riot", "", "riot"},
		{"PROTEST", "boycott", "", "boycott"},
		{"CONSULT", "call", "", "phone"},
		{"CONSULT", "meeting", "", ""},
		{"MOBILIZE", "", "police", "police"},
		{"MOBILIZE", "", "military", "troops"},
		{"ACCUSE", "", "", ""},
	}
	for _, tt := range tests {
		r := &record{Type: tt.typ, Method: tt.method, Actor: &hadath.Actor{Sector: tt.sector}}
		if got, _ := m.ploverMode(r); got != tt.want {
			t.Errorf("ploverMode(%q,%q,%q) = %q; want %q", tt.typ, tt.method, tt.sector, got, tt.want)
		}
	}
}

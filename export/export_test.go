package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"testing"

	"github.com/hadath/hadath"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		code string
	}{
		{"table", Table, ""},
		{"JSONL", JSONL, ""},
		{" csv ", CSV, ""},
		{"geojson", GeoJSON, ""},
		{"plover", PLOVER, ""},
		{"json", "", hadath.EINVALID},
		{"", "", hadath.EINVALID},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || hadath.ErrorCode(err) != tt.code {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, code %q", tt.in, got, err, tt.want, tt.code)
		}
	}
	if _, err := NewEventWriter(&bytes.Buffer{}, "xml"); hadath.ErrorCode(err) != hadath.EINVALID {
		t.Errorf("NewEventWriter(xml) error = %v; want %s", err, hadath.EINVALID)
	}
}

func TestEventJSONL(t *testing.T) {
	events := testEvents()
	buf, _ := writeEvents(t, JSONL, events)
	sc := bufio.NewScanner(buf)
	i := 0
	for ; sc.Scan(); i++ {
		var got hadath.StoredEvent
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		want := *events[i]
		want.Ingested = got.Ingested // not part of the record
		for _, e := range []*hadath.Event{&got.Event, &want.Event} {
			if len(e.ReportedBy) == 0 {
				e.ReportedBy = nil // written as []
			}
			if len(e.Evidence) == 0 {
				e.Evidence = nil
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line %d reads back as %+v; want %+v", i, got, want)
		}
	}
	if i != len(events) {
		t.Errorf("%d lines; want %d", i, len(events))
	}
	w, err := NewEventWriter(io.Discard, JSONL)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(nil); err == nil {
		t.Errorf("Write(nil) = nil; want an error")
	}
}

func TestIncidentJSONL(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewIncidentWriter(&buf, JSONL)
	if err != nil {
		t.Fatal(err)
	}
	incs := testIncidents()
	for _, inc := range incs {
		if err := w.Write(inc); err != nil {
			t.Fatal(err)
		}
	}
	dec := json.NewDecoder(&buf)
	for i := range incs {
		var got hadath.Incident
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if !reflect.DeepEqual(&got, incs[i]) {
			t.Errorf("line %d reads back as %+v; want %+v", i, got, incs[i])
		}
	}
}

func TestIncidentCSV(t *testing.T) {
	buf, _ := writeIncidents(t, CSV, testIncidents())
	rows, err := csv.NewReader(buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(row int, name string) string { return rows[row][slices.Index(rows[0], name)] }
	tests := []struct {
		row        int
		name, want string
	}{
		{1, "fatalities", "4"},
		{1, "inter1", "8"}, // state forces outside their country
		{1, "interaction", "78"},
		{1, "inter2", "7"},
		{1, "civilian_targeting", "Civilian targeting"},
		{1, "source", "Example News; قناة المثال"},
		{1, "tags", "killed_range=3-5; date_end=2024-04-03; reports=3"},
		{1, "timestamp", "1712142000"},
		{2, "event_date", "2024-05-01"},
		{2, "time_precision", "3"},
		{2, "country", ""},
	}
	for _, tt := range tests {
		if got := col(tt.row, tt.name); got != tt.want {
			t.Errorf("row %d %s = %q; want %q", tt.row, tt.name, got, tt.want)
		}
	}
}

// TestMappingsComplete checks that the tables cover every type, method
// and sector of docs/format.md.
func TestMappingsComplete(t *testing.T) {
	m := testMappings()
	for _, typ := range hadath.EventTypes {
		if m.types[typ].label == "" || m.types[typ].quad == 0 {
			t.Errorf("types.tsv lacks %s", typ)
		}
	}
	methods := map[string][]string{
		hadath.Assault: {"ballistic_missile", "cruise_missile", "missile", "rocket", "mortar", "artillery",
			"airstrike", "drone", "naval", "gunfire", "clash", "ied", "car_bomb", "suicide_bombing", "grenade",
			"landmine", "stabbing", "beating", "arson", "raid", "assassination", "abduction", "sexual_violence", "cyber"},
		hadath.Coerce:  {"arrest", "detention", "seizure", "demolition", "deportation", "blockade", "curfew", "censorship"},
		hadath.Protest: {"demonstration", "riot", "strike", "hunger_strike", "sit_in", "boycott"},
		hadath.Consult: {"meeting", "visit", "call", "negotiation"},
	}
	for typ, ms := range methods {
		for _, meth := range ms {
			if m.methods[meth] == "" {
				t.Errorf("methods.tsv lacks %s", meth)
			}
			if _, ok := m.modes[[3]string{typ, meth, "*"}]; !ok {
				t.Errorf("plover_modes.tsv lacks %s %s", typ, meth)
			}
		}
	}
	for _, meth := range methods[hadath.Assault] {
		if _, ok := m.acled[[3]string{hadath.Assault, meth, "*"}]; !ok {
			t.Errorf("acled_types.tsv lacks ASSAULT %s", meth)
		}
	}
	for _, s := range []string{hadath.SectorGovernment, hadath.SectorMilitary, hadath.SectorPolice,
		hadath.SectorArmedGroup, hadath.SectorParty, hadath.SectorCivilians, hadath.SectorProtesters,
		hadath.SectorIGO, hadath.SectorNGO, hadath.SectorMedia, hadath.SectorBusiness, hadath.SectorOther} {
		if m.sectors[s].inter == 0 {
			t.Errorf("sectors.tsv lacks %s", s)
		}
	}
	regions := map[string]string{"IQ": "Middle East", "EG": "Northern Africa", "UA": "Europe",
		"PK": "South Asia", "CN": "East Asia", "BR": "South America", "US": "North America", "MX": "Central America"}
	for cc, want := range regions {
		if got := m.countries[cc].region; got != want {
			t.Errorf("region of %s = %q; want %q", cc, got, want)
		}
	}
	for _, k := range m.acled {
		if k.disorder == "" || k.eventType == "" || k.subType == "" {
			t.Errorf("acled_types.tsv has an empty field: %+v", k)
		}
	}
}

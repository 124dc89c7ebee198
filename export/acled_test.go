package export

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// acledHeader is ACLED's column list, typed out from its codebook.
const acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type," +
	"sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction," +
	"civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude," +
	"geo_precision,source,source_scale,notes,fatalities,tags,timestamp"

func TestACLEDType(t *testing.T) {
	m := testMappings()
	tests := []struct {
		typ, method string
		when        []string
		event, sub  string
	}{
		{"ASSAULT", "airstrike", nil, "Explosions/Remote violence", "Air/drone strike"},
		{"ASSAULT", "drone", []string{whenCivilians}, "Explosions/Remote violence", "Air/drone strike"},
		{"ASSAULT", "drone", []string{whenIntercepted, whenArmed}, "Strategic developments", "Disrupted weapons use"},
		{"ASSAULT", "missile", nil, "Explosions/Remote violence", "Shelling/artillery/missile attack"},
		{"ASSAULT", "mortar", nil, "Explosions/Remote violence", "Shelling/artillery/missile attack"},
		{"ASSAULT", "car_bomb", nil, "Explosions/Remote violence", "Remote explosive/landmine/IED"},
		{"ASSAULT", "landmine", nil, "Explosions/Remote violence", "Remote explosive/landmine/IED"},
		{"ASSAULT", "suicide_bombing", nil, "Explosions/Remote violence", "Suicide bomb"},
		{"ASSAULT", "grenade", nil, "Explosions/Remote violence", "Grenade"},
		{"ASSAULT", "clash", []string{whenArmed}, "Battles", "Armed clash"},
		{"ASSAULT", "gunfire", nil, "Battles", "Armed clash"},
		{"ASSAULT", "gunfire", []string{whenCivilians}, "Violence against civilians", "Attack"},
		{"ASSAULT", "gunfire", []string{whenProtesters}, "Protests", "Excessive force against protesters"},
		{"ASSAULT", "", []string{whenCivilians}, "Violence against civilians", "Attack"},
		{"ASSAULT", "abduction", nil, "Violence against civilians", "Abduction/forced disappearance"},
		{"ASSAULT", "sexual_violence", nil, "Violence against civilians", "Sexual violence"},
		{"PROTEST", "demonstration", nil, "Protests", "Peaceful protest"},
		{"PROTEST", "sit_in", nil, "Protests", "Peaceful protest"},
		{"PROTEST", "strike", nil, "Protests", "Peaceful protest"},
		{"PROTEST", "riot", nil, "Riots", "Violent demonstration"},
		{"COERCE", "arrest", nil, "Strategic developments", "Arrests"},
		{"COERCE", "detention", nil, "Strategic developments", "Arrests"},
		{"COERCE", "demolition", nil, "Strategic developments", "Looting/property destruction"},
		{"COERCE", "curfew", nil, "Strategic developments", "Other"},
		{"AGREE", "", nil, "Strategic developments", "Agreement"},
		{"MOBILIZE", "", nil, "Strategic developments", "Change to group/activity"},
		{"RETREAT", "", []string{whenTerritory}, "Strategic developments", "Non-violent transfer of territory"},
		{"RETREAT", "", nil, "Strategic developments", "Other"},
		{"ACCUSE", "", nil, "Strategic developments", "Other"},
		{"CONSULT", "visit", nil, "Strategic developments", "Other"},
	}
	for _, tt := range tests {
		k := m.acledType(tt.typ, tt.method, tt.when...)
		if k.eventType != tt.event || k.subType != tt.sub {
			t.Errorf("acledType(%q,%q,%q) = %q,%q; want %q,%q", tt.typ, tt.method, tt.when, k.eventType, k.subType, tt.event, tt.sub)
		}
	}
}

func TestInteraction(t *testing.T) {
	tests := []struct {
		i1, i2 int
		want   string
	}{{1, 2, "12"}, {2, 1, "12"}, {7, 0, "70"}, {0, 6, "60"}, {8, 8, "88"}, {0, 0, ""}}
	for _, tt := range tests {
		if got := interaction(tt.i1, tt.i2); got != tt.want {
			t.Errorf("interaction(%d,%d) = %q; want %q", tt.i1, tt.i2, got, tt.want)
		}
	}
}

func TestInter(t *testing.T) {
	m := testMappings()
	riot := acledKind{eventType: "Riots"}
	protest := acledKind{eventType: "Protests"}
	tests := []struct {
		actor   *hadath.Actor
		kind    acledKind
		country string
		want    int
	}{
		{nil, protest, "IQ", 0},
		{&hadath.Actor{Sector: hadath.SectorMilitary, Country: "IQ"}, protest, "IQ", 1},
		{&hadath.Actor{Sector: hadath.SectorMilitary, Country: "US"}, protest, "IQ", 8},
		{&hadath.Actor{Sector: hadath.SectorPolice}, protest, "IQ", 1},
		{&hadath.Actor{Sector: hadath.SectorArmedGroup, Country: "IQ"}, protest, "IQ", 2},
		{&hadath.Actor{Sector: hadath.SectorProtesters}, protest, "IQ", 6},
		{&hadath.Actor{Sector: hadath.SectorProtesters}, riot, "IQ", 5},
		{&hadath.Actor{Sector: hadath.SectorCivilians}, protest, "IQ", 7},
		{&hadath.Actor{Sector: hadath.SectorIGO}, protest, "IQ", 8},
		{&hadath.Actor{Kind: hadath.GPE, Country: "IR"}, protest, "IR", 1},
	}
	for _, tt := range tests {
		if got := m.inter(tt.actor, tt.kind, tt.country); got != tt.want {
			t.Errorf("inter(%+v, %q, %q) = %d; want %d", tt.actor, tt.kind.eventType, tt.country, got, tt.want)
		}
	}
}

// readCSV writes events as CSV and returns the parsed rows.
func readCSV(t *testing.T, events []*hadath.StoredEvent) [][]string {
	t.Helper()
	buf, _ := writeEvents(t, CSV, events)
	rows, err := csv.NewReader(buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	return rows
}

func TestCSVHeader(t *testing.T) {
	for _, events := range [][]*hadath.StoredEvent{nil, testEvents()} {
		rows := readCSV(t, events)
		if got := strings.Join(rows[0], ","); got != acledHeader {
			t.Errorf("header = %q; want %q", got, acledHeader)
		}
		if len(rows) != len(events)+1 {
			t.Errorf("%d rows; want %d", len(rows), len(events)+1)
		}
	}
}

func TestCSVRows(t *testing.T) {
	rows := readCSV(t, testEvents())
	col := func(row int, name string) string { return rows[row][slices.Index(rows[0], name)] }
	tests := []struct {
		row        int
		name, want string
	}{
		{1, "event_type", "Explosions/Remote violence"},
		{1, "sub_event_type", "Air/drone strike"},
		{1, "interaction", "28"}, // an armed group against foreign forces
		{1, "iso", "368"},
		{1, "country", "Iraq"},
		{1, "region", "Middle East"},
		{1, "latitude", "33.7900"},
		{1, "longitude", "42.4400"},
		{1, "geo_precision", "1"},
		{1, "fatalities", "0"},
		{1, "timestamp", "1705912200"},
		{2, "event_date", "2024-01-01"},
		{2, "time_precision", "3"},
		{2, "actor1", "طلاب الجامعة"},
		{2, "inter1", "6"},
		{2, "interaction", "60"},
		{3, "event_date", "2024-02-03"},
		{3, "sub_event_type", "Arrests"},
		{3, "geo_precision", "3"},
		{3, "latitude", ""},
		{3, "tags", "modality=future; date=published"},
		{4, "event_type", "Violence against civilians"},
		{4, "actor1", "Unidentified Armed Group (Palestine)"},
		{4, "civilian_targeting", "Civilian targeting"},
		{4, "interaction", "27"},
		{4, "fatalities", "3"},
		{4, "source", "'=cmd|' /C calc'!A0"},
	}
	for _, tt := range tests {
		if got := col(tt.row, tt.name); got != tt.want {
			t.Errorf("row %d %s = %q; want %q", tt.row, tt.name, got, tt.want)
		}
	}
	if got, want := col(1, "notes"), "Drone strike by Islamic Resistance in Iraq against US forces in Al Asad Airbase, Al Anbar, Iraq on 2024-01-20. At least 2 injured."; got != want {
		t.Errorf("notes = %q; want %q", got, want)
	}
}

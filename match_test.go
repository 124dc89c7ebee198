package hadath

import "testing"

func TestMatchIncidentPlaces(t *testing.T) {
	at := func(name, country, admin1, precision string, lat, lon float64) *Place {
		p := &Place{Name: name, Country: country, Admin1: admin1, Precision: precision}
		if precision != PrecisionCountry {
			p.SetCoord(lat, lon)
		}
		return p
	}
	asad := at("Al Asad Airbase", "IQ", "Al Anbar", PrecisionSite, 33.7856, 42.4412)
	baghdadi := at("Al Baghdadi", "IQ", "Al Anbar", PrecisionCity, 33.8667, 42.55)
	qaim := at("Al Qa'im", "IQ", "Al Anbar", PrecisionCity, 34.3686, 41.0945)
	anbar := at("Al Anbar", "IQ", "Al Anbar", PrecisionAdmin1, 33.0, 42.0)
	iraq := at("Iraq", "IQ", "", PrecisionCountry, 0, 0)
	iraq2 := at("Iraq", "IQ", "", PrecisionCountry, 0, 0)
	trump := &Actor{Name: "Donald Trump", Country: "US"}
	iran := &Actor{Name: "Iran", Country: "IR"}
	tests := []struct {
		name          string
		have, next    *Place
		actor, target *Actor
		want          bool
	}{
		{"14 km apart", asad, baghdadi, nil, nil, true},
		{"150 km apart", asad, qaim, nil, nil, false},
		{"province holds the site", asad, anbar, nil, nil, true},
		{"same country only", iraq, iraq2, nil, nil, false},
		{"same country, same parties", iraq, iraq2, trump, iran, true},
		{"no place, same parties", nil, nil, trump, iran, true},
		{"no place, no parties", nil, nil, nil, nil, false},
	}
	for _, tt := range tests {
		inc := &Incident{ID: "i1"}
		inc.Add(&StoredEvent{Event: Event{ID: "a", Type: Assault, Modality: Asserted, Date: "2024-01-20",
			DatePrecision: DateDay, Location: tt.have, Actor: tt.actor, Target: tt.target}, DocID: "d1"})
		ev := &StoredEvent{Event: Event{ID: "b", Type: Assault, Modality: Asserted, Date: "2024-01-20",
			DatePrecision: DateDay, Location: tt.next, Actor: tt.actor, Target: tt.target}, DocID: "d2"}
		_, ok, why := MatchIncident(inc, ev)
		if ok != tt.want {
			t.Errorf("%s: MatchIncident = %v (%s); want %v", tt.name, ok, why, tt.want)
		}
	}
	// Reports a day apart join, but cannot chain on to a third day.
	chain := &Incident{ID: "i2"}
	chain.Add(&StoredEvent{Event: Event{ID: "a", Type: Assault, Modality: Asserted, Date: "2024-01-20", DatePrecision: DateDay, Location: asad}})
	next := &StoredEvent{Event: Event{ID: "b", Type: Assault, Modality: Asserted, Date: "2024-01-21", Location: asad}}
	if _, ok, why := MatchIncident(chain, next); !ok {
		t.Errorf("MatchIncident(next day) = false (%s); want true", why)
	}
	chain.Add(next)
	if _, ok, _ := MatchIncident(chain, &StoredEvent{Event: Event{ID: "c", Type: Assault, Modality: Asserted, Date: "2024-01-22", Location: asad}}); ok {
		t.Errorf("MatchIncident(third day) = true; want false: reports must not chain across days")
	}
	// Dates two days apart, or a month, never join.
	inc := &Incident{ID: "i1"}
	inc.Add(&StoredEvent{Event: Event{ID: "a", Type: Assault, Modality: Asserted, Date: "2024-01-20", DatePrecision: DateDay, Location: asad}})
	for _, d := range []string{"2024-01-22", "2024-01"} {
		ev := &StoredEvent{Event: Event{ID: "b", Type: Assault, Modality: Asserted, Date: d, Location: asad}}
		if _, ok, why := MatchIncident(inc, ev); ok {
			t.Errorf("MatchIncident(date %s) = true; want false (%s)", d, why)
		}
	}
}

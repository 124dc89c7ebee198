package export

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/hadath/hadath"
)

// featureCollection is what the tests read back.
type featureCollection struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties map[string]any `json:"properties"`
	} `json:"features"`
}

// readGeoJSON parses b as a FeatureCollection and checks every feature.
func readGeoJSON(t *testing.T, b []byte) featureCollection {
	t.Helper()
	var fc featureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b)
	}
	if fc.Type != "FeatureCollection" || fc.Features == nil {
		t.Fatalf("type %q, features %v; want a FeatureCollection", fc.Type, fc.Features)
	}
	for _, f := range fc.Features {
		c := f.Geometry.Coordinates
		if f.Type != "Feature" || f.Geometry.Type != "Point" || len(c) != 2 {
			t.Errorf("feature %s: type %q geometry %q %v; want a Point Feature", f.ID, f.Type, f.Geometry.Type, c)
			continue
		}
		if c[0] < -180 || c[0] > 180 || c[1] < -90 || c[1] > 90 {
			t.Errorf("feature %s: coordinates %v out of range", f.ID, c)
		}
	}
	return fc
}

func TestGeoJSONEvents(t *testing.T) {
	events := testEvents()
	bad := *events[0]
	bad.Event.ID = "badcoord"
	bad.Event.Location = place("Nowhere", "", "IQ", "", hadath.PrecisionCity, 120, 40) // latitude out of range
	events = append(events, &bad)

	buf, skipped := writeEvents(t, GeoJSON, events)
	fc := readGeoJSON(t, buf.Bytes())
	if got, want := skipped, 2; got != want {
		t.Errorf("Skipped() = %d; want %d (country-level arrest, bad coordinates)", got, want)
	}
	if got, want := len(fc.Features), len(events)-2; got != want {
		t.Fatalf("%d features; want %d", got, want)
	}
	byID := map[string]*hadath.StoredEvent{}
	for _, e := range events {
		byID[e.Event.ID] = e
	}
	for _, f := range fc.Features {
		e := byID[f.ID]
		if e == nil {
			t.Errorf("feature %q: no such event", f.ID)
			continue
		}
		lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
		if lon != *e.Event.Location.Lon || lat != *e.Event.Location.Lat {
			t.Errorf("feature %s: coordinates [%g,%g]; want [lon,lat] = [%g,%g]", f.ID, lon, lat, *e.Event.Location.Lon, *e.Event.Location.Lat)
		}
		if got := f.Properties["type"]; got != e.Event.Type {
			t.Errorf("feature %s: type %v; want %q", f.ID, got, e.Event.Type)
		}
		if len(f.Properties) != len(fc.Features[0].Properties) {
			t.Errorf("feature %s: %d properties; want %d like the first", f.ID, len(f.Properties), len(fc.Features[0].Properties))
		}
	}
}

func TestGeoJSONIncidents(t *testing.T) {
	buf, skipped := writeIncidents(t, GeoJSON, testIncidents())
	fc := readGeoJSON(t, buf.Bytes())
	if len(fc.Features) != 1 || skipped != 1 {
		t.Fatalf("%d features, %d skipped; want 1, 1", len(fc.Features), skipped)
	}
	p := fc.Features[0].Properties
	if p["kind"] != "incident" || p["killed_min"] != 3.0 || p["killed_max"] != 5.0 || p["reports"] != 3.0 {
		t.Errorf("properties %v; want kind incident, killed 3 to 5, 3 reports", p)
	}
}

func TestGeoJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewEventWriter(&buf, GeoJSON)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if fc := readGeoJSON(t, buf.Bytes()); len(fc.Features) != 0 {
		t.Errorf("%d features; want 0", len(fc.Features))
	}
}

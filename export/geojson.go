package export

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"time"
)

// geoJSONWriter writes records as one RFC 7946 FeatureCollection of
// Point features. Records without valid coordinates are left out and
// counted.
type geoJSONWriter struct {
	w       io.Writer
	buf     bytes.Buffer
	n       int // features written
	skip    int
	started bool
}

// newGeoJSONWriter returns a GeoJSON writer to w.
func newGeoJSONWriter(w io.Writer) *geoJSONWriter { return &geoJSONWriter{w: w} }

// feature is one GeoJSON feature.
type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   point      `json:"geometry"`
	Properties properties `json:"properties"`
}

// point is a GeoJSON Point; Coordinates are [longitude, latitude].
type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// properties are the flat fields of a record. Every feature has every
// field, null when unknown, so that GIS tools see one attribute table.
type properties struct {
	ID            string  `json:"id"`
	Kind          string  `json:"kind"` // "event" or "incident"
	Date          *string `json:"date"`
	DateEnd       *string `json:"date_end"`
	DatePrecision string  `json:"date_precision"`
	Type          string  `json:"type"`
	Method        *string `json:"method"`
	Modality      *string `json:"modality"`
	Place         *string `json:"place"`
	PlaceAr       *string `json:"place_ar"`
	Country       *string `json:"country"`
	Admin1        *string `json:"admin1"`
	Precision     *string `json:"precision"`
	Actor         *string `json:"actor"`
	ActorCountry  *string `json:"actor_country"`
	ActorSector   *string `json:"actor_sector"`
	Target        *string `json:"target"`
	TargetCountry *string `json:"target_country"`
	TargetSector  *string `json:"target_sector"`
	ClaimedBy     *string `json:"claimed_by"`
	Killed        *int    `json:"killed"`
	KilledMin     *int    `json:"killed_min"`
	KilledMax     *int    `json:"killed_max"`
	Injured       *int    `json:"injured"`
	Reports       *int    `json:"reports"`
	Sources       *string `json:"sources"`
	URL           *string `json:"url"`
	Title         *string `json:"title"`
	DocID         *string `json:"doc_id"`
	IncidentID    *string `json:"incident_id"`
	Text          *string `json:"text"`
	Updated       *string `json:"updated"` // ingested (events) or last seen (incidents)
}

// write writes r as a feature, or counts it when it has no coordinates.
func (g *geoJSONWriter) write(r *record) error {
	lat, lon, ok := coord(r.Place)
	if !ok {
		g.skip++
		return nil
	}
	if err := g.start(); err != nil {
		return err
	}
	f := feature{Type: "Feature", ID: r.ID, Geometry: point{"Point", [2]float64{lon, lat}},
		Properties: geoProperties(r)}
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	g.buf.Reset()
	if g.n > 0 {
		g.buf.WriteString(",\n")
	}
	g.buf.Write(b)
	g.n++
	_, err = g.w.Write(g.buf.Bytes())
	return err
}

// start opens the collection once.
func (g *geoJSONWriter) start() error {
	if g.started {
		return nil
	}
	g.started = true
	_, err := io.WriteString(g.w, `{"type":"FeatureCollection","features":[`+"\n")
	return err
}

// close ends the collection, writing an empty one if nothing came.
func (g *geoJSONWriter) close() error {
	if err := g.start(); err != nil {
		return err
	}
	_, err := io.WriteString(g.w, "\n]}\n")
	return err
}

// skipped returns how many records had no coordinates.
func (g *geoJSONWriter) skipped() int { return g.skip }

// geoProperties flattens r for a feature.
func geoProperties(r *record) properties {
	p := properties{ID: r.ID, Kind: "event", Date: str(r.Date), DateEnd: str(r.DateEnd),
		DatePrecision: r.DatePrecision, Type: r.Type, Method: str(r.Method), Modality: str(r.Modality),
		ClaimedBy: str(r.claimedNames()), Sources: str(strings.Join(r.Sources, "; ")), URL: str(r.URL),
		Title: str(r.Title), DocID: str(r.DocID), IncidentID: str(r.IncidentID), Text: str(r.Text)}
	if r.incident {
		p.Kind, p.Reports = "incident", &r.Reports
	}
	if pl := r.Place; pl != nil {
		p.Place, p.PlaceAr, p.Country = str(pl.Name), str(pl.NameAr), str(pl.Country)
		p.Admin1, p.Precision = str(pl.Admin1), str(pl.Precision)
	}
	if a := r.Actor; a != nil {
		p.Actor, p.ActorCountry, p.ActorSector = str(actorName(a)), str(a.Country), str(a.Sector)
	}
	if t := r.Target; t != nil {
		p.Target, p.TargetCountry, p.TargetSector = str(actorName(t)), str(t.Country), str(t.Sector)
	}
	if k := r.Killed; k.Known {
		p.Killed, p.KilledMin, p.KilledMax = &k.Best, &k.Min, &k.Max
	}
	if i := r.Injured; i.Known {
		p.Injured = &i.Best
	}
	if !r.Updated.IsZero() {
		p.Updated = str(r.Updated.UTC().Format(time.RFC3339))
	}
	return p
}

// str returns a pointer to s, or nil for "" so that it encodes as null.
func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

package export

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// ploverWriter writes records as PLOVER JSON records, one a line, with
// the field names of the PLOVER manual (Open Event Data Alliance, 0.7b1).
type ploverWriter struct {
	w   io.Writer
	m   *mappings
	buf bytes.Buffer
}

// newPLOVERWriter returns a PLOVER writer to w.
func newPLOVERWriter(w io.Writer, m *mappings) *ploverWriter { return &ploverWriter{w: w, m: m} }

// ploverRecord is one PLOVER event record. The manual requires id, date,
// source and event; event_type repeats the single event category for
// tools that read POLECAT-style records, and date_precision says how
// much of date is known (the manual wants a full YYYY-MM-DD).
type ploverRecord struct {
	ID            string         `json:"id"`
	Date          string         `json:"date"`
	EndDate       string         `json:"enddate,omitempty"`
	DatePrecision string         `json:"date_precision"`
	Source        []ploverActor  `json:"source"`
	Recipient     []ploverActor  `json:"recipient"`
	Event         []string       `json:"event"`
	EventType     string         `json:"event_type"`
	Mode          []string       `json:"mode"`
	Context       []string       `json:"context"`
	QuadCode      int            `json:"quad_code,omitempty"`
	EventLoc      *ploverPlace   `json:"event_loc"`
	EventText     []string       `json:"event_text,omitempty"`
	Dead          *int           `json:"dead"`
	Injured       *int           `json:"injured"`
	CiteInfo      ploverCitation `json:"cite_info"`
	Coder         string         `json:"coder"`
	CodedDate     string         `json:"coded_date,omitempty"`
}

// ploverActor is the manual's information object for actors.
type ploverActor struct {
	Code           string `json:"code,omitempty"` // ISO alpha-3, or IGO, NGO, MNC
	Sector         string `json:"sector,omitempty"`
	ActorText      string `json:"actor_text,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

// ploverPlace is the manual's location object, with GeoNames field
// names; name_ar, admin1 and precision are hadath's additions.
type ploverPlace struct {
	GeoNameID   int      `json:"geonameid,omitempty"`
	Name        string   `json:"name,omitempty"`
	NameAr      string   `json:"name_ar,omitempty"`
	Latitude    *float64 `json:"latitude,omitempty"`
	Longitude   *float64 `json:"longitude,omitempty"`
	CountryCode string   `json:"country code,omitempty"`
	CC3         string   `json:"cc3,omitempty"`
	Admin1      string   `json:"admin1,omitempty"`
	Precision   string   `json:"precision,omitempty"`
}

// ploverCitation is the manual's information object for citations.
type ploverCitation struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
	Citation    string `json:"citation,omitempty"` // the document id
}

// write writes r as one line.
func (p *ploverWriter) write(r *record) error {
	b, err := json.Marshal(p.m.plover(r))
	if err != nil {
		return err
	}
	p.buf.Reset()
	p.buf.Write(b)
	p.buf.WriteByte('\n')
	_, err = p.w.Write(p.buf.Bytes())
	return err
}

// close does nothing: every line is complete when written.
func (p *ploverWriter) close() error { return nil }

// skipped returns 0: PLOVER leaves nothing out.
func (p *ploverWriter) skipped() int { return 0 }

// plover converts r to a PLOVER record.
func (m *mappings) plover(r *record) *ploverRecord {
	mode, context := m.ploverMode(r)
	out := &ploverRecord{ID: r.ID, Date: fullDate(r.Date), EndDate: fullDate(r.DateEnd),
		DatePrecision: r.DatePrecision, Source: []ploverActor{}, Recipient: []ploverActor{},
		Event: []string{r.Type}, EventType: r.Type, Mode: []string{}, Context: []string{},
		QuadCode: m.types[r.Type].quad, Coder: "hadath",
		CiteInfo: ploverCitation{URL: r.URL, Title: r.Title, Language: r.Lang,
			Publication: strings.Join(r.Sources, "; "), Citation: r.DocID}}
	if mode != "" {
		out.Mode = append(out.Mode, mode)
	}
	switch r.Modality {
	case hadath.Future, hadath.Hypothetical:
		out.Context = append(out.Context, r.Modality)
	case hadath.Negated:
		out.Context = append(out.Context, "negation")
	}
	if context != "" {
		out.Context = append(out.Context, context)
	}
	source := r.Actor
	if source == nil && len(r.Claimed) > 0 {
		source = r.Claimed[0]
	}
	if a, ok := m.ploverActor(source); ok {
		out.Source = append(out.Source, a)
	}
	if a, ok := m.ploverActor(r.Target); ok {
		out.Recipient = append(out.Recipient, a)
	}
	if p := r.Place; p != nil {
		loc := &ploverPlace{GeoNameID: p.GeoNameID, Name: p.Name, NameAr: p.NameAr,
			CountryCode: p.Country, CC3: m.countries[strings.ToUpper(p.Country)].alpha3,
			Admin1: p.Admin1, Precision: p.Precision}
		if lat, lon, ok := coord(p); ok {
			loc.Latitude, loc.Longitude = &lat, &lon
		}
		out.EventLoc = loc
	}
	if r.Text != "" {
		out.EventText = []string{r.Text}
	}
	if k := r.Killed; k.Known {
		out.Dead = &k.Best
	}
	if i := r.Injured; i.Known {
		out.Injured = &i.Best
	}
	if !r.Updated.IsZero() {
		out.CodedDate = r.Updated.UTC().Format(time.DateOnly)
	}
	return out
}

// ploverMode returns the mode and context of data/plover_modes.tsv for r.
func (m *mappings) ploverMode(r *record) (mode, context string) {
	sector := ""
	if r.Actor != nil {
		sector = r.Actor.Sector
	}
	methods := []string{"*"}
	if r.Method != "" {
		methods = []string{r.Method, "*"}
	}
	for _, meth := range methods {
		for _, s := range []string{sector, "*"} {
			if pm, ok := m.modes[[3]string{r.Type, meth, s}]; ok {
				return pm.mode, pm.context
			}
		}
	}
	return "", ""
}

// ploverActor converts an actor; false for nil.
func (m *mappings) ploverActor(a *hadath.Actor) (ploverActor, bool) {
	if a == nil {
		return ploverActor{}, false
	}
	s := m.sectors[a.Sector]
	out := ploverActor{Sector: s.ploverSect, IdentifierText: a.Name, ActorText: a.NameAr}
	if a.Span != nil && a.Span.Text != "" {
		out.ActorText = a.Span.Text
	}
	if c, ok := m.countries[strings.ToUpper(a.Country)]; ok {
		out.Code = c.alpha3
	} else {
		out.Code = s.ploverActor
	}
	return out, true
}

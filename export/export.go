// Package export writes stored events, incidents and statistics in the
// output formats of "hadath query", "hadath incidents" and "hadath stats":
// aligned tables for terminals, JSON Lines, ACLED-style CSV, GeoJSON and
// PLOVER JSON records.
//
// The mappings onto ACLED's and PLOVER's vocabularies are data files under
// data/, embedded in the binary.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hadath/hadath"
)

// Format is an output format.
type Format string

// Output formats.
const (
	Table   Format = "table"   // aligned columns for a terminal
	JSONL   Format = "jsonl"   // one JSON object a line
	CSV     Format = "csv"     // ACLED's columns (plain columns for stats)
	GeoJSON Format = "geojson" // a FeatureCollection of points
	PLOVER  Format = "plover"  // PLOVER JSON records, one a line
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{Table, JSONL, CSV, GeoJSON, PLOVER}

// ParseFormat returns the format named s (case-insensitive), or an
// EINVALID error naming the formats there are.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, g := range Formats {
		if f == g {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, g := range Formats {
		names[i] = string(g)
	}
	return "", hadath.Errorf(hadath.EINVALID, "unknown format %q: want one of %s", s, strings.Join(names, ", "))
}

// EventWriter writes stored events in one format. Close must be called
// after the last Write: some formats only finish there.
type EventWriter interface {
	// Write writes one event.
	Write(e *hadath.StoredEvent) error
	// Close finishes the output. It does not close the underlying writer.
	Close() error
	// Skipped returns how many events the format left out: GeoJSON
	// leaves out events without coordinates.
	Skipped() int
}

// IncidentWriter writes incidents in one format. Close must be called
// after the last Write.
type IncidentWriter interface {
	// Write writes one incident.
	Write(inc *hadath.Incident) error
	// Close finishes the output. It does not close the underlying writer.
	Close() error
	// Skipped returns how many incidents the format left out: GeoJSON
	// leaves out incidents without coordinates.
	Skipped() int
}

// sink writes flattened records; every format but jsonl has one.
type sink interface {
	write(r *record) error
	close() error
	skipped() int
}

// NewEventWriter returns a writer of events in format f to w.
func NewEventWriter(w io.Writer, f Format) (EventWriter, error) {
	if f == JSONL {
		return &jsonWriter[*hadath.StoredEvent]{w: w}, nil
	}
	s, err := newSink(w, f, eventColumns)
	if err != nil {
		return nil, err
	}
	return &eventWriter{s: s}, nil
}

// NewIncidentWriter returns a writer of incidents in format f to w.
func NewIncidentWriter(w io.Writer, f Format) (IncidentWriter, error) {
	if f == JSONL {
		return &jsonWriter[*hadath.Incident]{w: w}, nil
	}
	s, err := newSink(w, f, incidentColumns)
	if err != nil {
		return nil, err
	}
	return &incidentWriter{s: s}, nil
}

// newSink returns the record writer of format f; tables show cols.
func newSink(w io.Writer, f Format, cols []tableColumn) (sink, error) {
	m, err := loadedMappings()
	if err != nil {
		return nil, fmt.Errorf("load export mappings: %w", err)
	}
	switch f {
	case Table:
		return newRecordTable(w, cols), nil
	case CSV:
		return newACLEDWriter(w, m), nil
	case GeoJSON:
		return newGeoJSONWriter(w), nil
	case PLOVER:
		return newPLOVERWriter(w, m), nil
	}
	_, err = ParseFormat(string(f))
	if err == nil {
		err = hadath.Errorf(hadath.EINVALID, "format %q cannot be written here", f)
	}
	return nil, err
}

// eventWriter flattens events for a sink.
type eventWriter struct{ s sink }

// Write writes one event.
func (w *eventWriter) Write(e *hadath.StoredEvent) error {
	if e == nil {
		return hadath.Errorf(hadath.EINVALID, "nil event")
	}
	return w.s.write(fromEvent(e))
}

// Close finishes the output.
func (w *eventWriter) Close() error { return w.s.close() }

// Skipped returns how many events were left out.
func (w *eventWriter) Skipped() int { return w.s.skipped() }

// incidentWriter flattens incidents for a sink.
type incidentWriter struct{ s sink }

// Write writes one incident.
func (w *incidentWriter) Write(inc *hadath.Incident) error {
	if inc == nil {
		return hadath.Errorf(hadath.EINVALID, "nil incident")
	}
	return w.s.write(fromIncident(inc))
}

// Close finishes the output.
func (w *incidentWriter) Close() error { return w.s.close() }

// Skipped returns how many incidents were left out.
func (w *incidentWriter) Skipped() int { return w.s.skipped() }

// jsonWriter writes one JSON object a line: events with
// StoredEvent.MarshalJSON, incidents with their struct tags.
type jsonWriter[T any] struct {
	w   io.Writer
	buf bytes.Buffer
}

// Write writes v as one line.
func (j *jsonWriter[T]) Write(v T) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if string(b) == "null" {
		return hadath.Errorf(hadath.EINVALID, "nil record")
	}
	j.buf.Reset()
	j.buf.Write(b)
	j.buf.WriteByte('\n')
	_, err = j.w.Write(j.buf.Bytes())
	return err
}

// Close does nothing: every line is complete when written.
func (j *jsonWriter[T]) Close() error { return nil }

// Skipped returns 0: JSON Lines leaves nothing out.
func (j *jsonWriter[T]) Skipped() int { return 0 }

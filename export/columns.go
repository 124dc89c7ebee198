package export

import (
	"io"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
)

// eventColumns are the columns of the event table.
var eventColumns = []tableColumn{
	{name: "ID", max: 16, cell: func(r *record) string { return r.ID }},
	{name: "DATE", max: 10, cell: func(r *record) string { return r.Date }},
	{name: "TYPE", max: 9, cell: typeCell},
	{name: "METHOD", max: 17, cell: func(r *record) string { return r.Method }},
	{name: "PLACE", max: 26, cell: placeCell},
	{name: "ACTOR", max: 26, cell: func(r *record) string { return actorName(r.Actor) }},
	{name: "TARGET", max: 26, cell: func(r *record) string { return actorName(r.Target) }},
	{name: "KILLED", max: 7, right: true, cell: func(r *record) string { return r.Killed.cell() }},
	{name: "SOURCE", max: 24, cell: func(r *record) string { return strings.Join(r.Sources, "; ") }},
}

// incidentColumns are the columns of the incident table.
var incidentColumns = []tableColumn{
	{name: "ID", max: 20, cell: func(r *record) string { return r.ID }},
	{name: "DATE", max: 10, cell: func(r *record) string { return r.Date }},
	{name: "TYPE", max: 9, cell: typeCell},
	{name: "PLACE", max: 26, cell: placeCell},
	{name: "ACTOR", max: 26, cell: func(r *record) string { return actorName(r.Actor) }},
	{name: "TARGET", max: 26, cell: func(r *record) string { return actorName(r.Target) }},
	{name: "REPORTS", right: true, cell: func(r *record) string { return strconv.Itoa(r.Reports) }},
	{name: "SOURCES", right: true, cell: func(r *record) string { return strconv.Itoa(len(r.Sources)) }},
	{name: "KILLED", max: 11, right: true, cell: func(r *record) string { return r.Killed.cell() }},
}

// typeCell shows the type, marked with "?" unless it is asserted to have
// happened (planned, denied or hypothetical).
func typeCell(r *record) string {
	if r.Modality != "" && r.Modality != hadath.Asserted {
		return r.Type + "?"
	}
	return r.Type
}

// placeCell shows a place with its country code: "Al Asad Airbase, IQ".
func placeCell(r *record) string {
	p := r.Place
	name := placeName(p)
	if p == nil || p.Country == "" || p.Precision == hadath.PrecisionCountry {
		return name
	}
	return name + ", " + p.Country
}

// recordTable is the table sink: it shows records in columns.
type recordTable struct{ t table }

// newRecordTable returns a table of cols written to w on close.
func newRecordTable(w io.Writer, cols []tableColumn) *recordTable {
	return &recordTable{table{w: w, cols: cols}}
}

// write adds r as a row.
func (s *recordTable) write(r *record) error {
	cells := make([]string, len(s.t.cols))
	for i, c := range s.t.cols {
		cells[i] = c.cell(r)
	}
	s.t.add(cells)
	return nil
}

// close writes the table.
func (s *recordTable) close() error { return s.t.flush() }

// skipped returns 0: tables leave nothing out.
func (s *recordTable) skipped() int { return 0 }

package export

import (
	"encoding/csv"
	"io"
	"strconv"
)

// acledWriter writes records as CSV with ACLED's columns.
type acledWriter struct {
	w       *csv.Writer
	m       *mappings
	started bool
}

// newACLEDWriter returns a CSV writer to w.
func newACLEDWriter(w io.Writer, m *mappings) *acledWriter {
	return &acledWriter{w: csv.NewWriter(w), m: m}
}

// write writes the header before the first record, then r.
func (a *acledWriter) write(r *record) error {
	if err := a.start(); err != nil {
		return err
	}
	return a.w.Write(safeCells(a.m.acledRow(r)))
}

// start writes the header once.
func (a *acledWriter) start() error {
	if a.started {
		return nil
	}
	a.started = true
	return a.w.Write(ACLEDColumns)
}

// close writes the header if no record came, and flushes.
func (a *acledWriter) close() error {
	if err := a.start(); err != nil {
		return err
	}
	a.w.Flush()
	return a.w.Error()
}

// skipped returns 0: CSV leaves nothing out.
func (a *acledWriter) skipped() int { return 0 }

// safeCells guards cells against formula injection when the CSV is
// opened in a spreadsheet: a cell that is not a number and starts with
// "=", "+", "-", "@", a tab or a carriage return gets a leading "'".
func safeCells(cells []string) []string {
	for i, c := range cells {
		if c == "" {
			continue
		}
		switch c[0] {
		case '=', '+', '-', '@', '\t', '\r':
			if _, err := strconv.ParseFloat(c, 64); err != nil {
				cells[i] = "'" + c
			}
		}
	}
	return cells
}

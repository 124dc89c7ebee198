package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
)

// WriteStats writes the rows of Store.Stats grouped as spec says, in
// format f: a table, JSON Lines ({"key":{"type":"ASSAULT"},"events":3,
// "incidents":2}) or CSV with one column per dimension, then events and
// incidents. Other formats give an EINVALID error.
func WriteStats(w io.Writer, f Format, spec hadath.StatsSpec, rows []hadath.StatRow) error {
	switch f {
	case Table:
		return statsTable(w, spec, rows)
	case JSONL:
		return statsJSONL(w, spec, rows)
	case CSV:
		return statsCSV(w, spec, rows)
	}
	if _, err := ParseFormat(string(f)); err != nil {
		return err
	}
	return hadath.Errorf(hadath.EINVALID, "stats cannot be written as %s: use table, jsonl or csv", f)
}

// statsTable writes rows as a table.
func statsTable(w io.Writer, spec hadath.StatsSpec, rows []hadath.StatRow) error {
	cols := make([]tableColumn, 0, len(spec.By)+2)
	for _, d := range spec.By {
		cols = append(cols, tableColumn{name: strings.ToUpper(d), max: 40})
	}
	cols = append(cols, tableColumn{name: "EVENTS", right: true}, tableColumn{name: "INCIDENTS", right: true})
	t := table{w: w, cols: cols}
	for _, r := range rows {
		t.add(statCells(spec, r))
	}
	return t.flush()
}

// statCells returns one row's key values, then its counts.
func statCells(spec hadath.StatsSpec, r hadath.StatRow) []string {
	cells := make([]string, 0, len(spec.By)+2)
	for i := range spec.By {
		v := ""
		if i < len(r.Key) {
			v = r.Key[i]
		}
		cells = append(cells, v)
	}
	return append(cells, strconv.Itoa(r.Events), strconv.Itoa(r.Incidents))
}

// statsJSONL writes one object a line, the key's dimensions in the order
// of spec.By.
func statsJSONL(w io.Writer, spec hadath.StatsSpec, rows []hadath.StatRow) error {
	var b []byte
	for _, r := range rows {
		b = append(b[:0], `{"key":{`...)
		for i, d := range spec.By {
			if i > 0 {
				b = append(b, ',')
			}
			k, _ := json.Marshal(d)
			v, _ := json.Marshal(statCells(spec, r)[i])
			b = append(append(append(b, k...), ':'), v...)
		}
		b = append(b, `},"events":`...)
		b = strconv.AppendInt(b, int64(r.Events), 10)
		b = append(b, `,"incidents":`...)
		b = strconv.AppendInt(b, int64(r.Incidents), 10)
		b = append(b, "}\n"...)
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// statsCSV writes a header of the dimensions, events and incidents, then
// one line a row.
func statsCSV(w io.Writer, spec hadath.StatsSpec, rows []hadath.StatRow) error {
	c := csv.NewWriter(w)
	head := append(append([]string{}, spec.By...), "events", "incidents")
	if err := c.Write(head); err != nil {
		return err
	}
	for _, r := range rows {
		if err := c.Write(safeCells(statCells(spec, r))); err != nil {
			return err
		}
	}
	c.Flush()
	return c.Error()
}

// StatsFormats lists the formats WriteStats writes.
var StatsFormats = []Format{Table, JSONL, CSV}

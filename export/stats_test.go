package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// testStats are invented counts by type and country.
var (
	statsSpec = hadath.StatsSpec{By: []string{"type", "country"}}
	statsRows = []hadath.StatRow{
		{Key: []string{"ASSAULT", "IQ"}, Events: 120, Incidents: 45},
		{Key: []string{"PROTEST", "العراق"}, Events: 7, Incidents: 7},
		{Key: []string{"CONSULT", "-SY"}, Events: 3, Incidents: 1},
	}
)

func TestStatsJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteStats(&buf, JSONL, statsSpec, statsRows); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	for i := 0; sc.Scan(); i++ {
		var got struct {
			Key       map[string]string `json:"key"`
			Events    int               `json:"events"`
			Incidents int               `json:"incidents"`
		}
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i, err, sc.Bytes())
		}
		want := statsRows[i]
		if got.Key["type"] != want.Key[0] || got.Key["country"] != want.Key[1] || got.Events != want.Events || got.Incidents != want.Incidents {
			t.Errorf("line %d = %+v; want %+v", i, got, want)
		}
		if !strings.HasPrefix(sc.Text(), `{"key":{"type":`) {
			t.Errorf("line %d = %s; want the key's dimensions in the order of By", i, sc.Text())
		}
	}
}

func TestStatsCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteStats(&buf, CSV, statsSpec, statsRows); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(rows[0], ","), "type,country,events,incidents"; got != want {
		t.Errorf("header = %q; want %q", got, want)
	}
	if got, want := strings.Join(rows[1], ","), "ASSAULT,IQ,120,45"; got != want {
		t.Errorf("row 1 = %q; want %q", got, want)
	}
	if got, want := rows[3][1], "'-SY"; got != want {
		t.Errorf("row 3 country = %q; want %q (guarded against formulas)", got, want)
	}
}

func TestStatsTable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteStats(&buf, Table, statsSpec, statsRows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(statsRows)+1 {
		t.Fatalf("%d lines; want %d:\n%s", len(lines), len(statsRows)+1, buf.String())
	}
	// The counts are right-aligned, so every line is as wide as the header.
	for i, l := range lines {
		if got, want := widths.StringWidth(l), widths.StringWidth(lines[0]); got != want {
			t.Errorf("line %d is %d cells wide; want %d:\n%s", i, got, want, buf.String())
		}
	}
	if !strings.Contains(lines[2], "\u2068العراق\u2069") {
		t.Errorf("line 2 = %q; want the Arabic key isolated", lines[2])
	}
}

func TestStatsFormats(t *testing.T) {
	for _, f := range []Format{GeoJSON, PLOVER, "xml"} {
		err := WriteStats(&bytes.Buffer{}, f, statsSpec, statsRows)
		if hadath.ErrorCode(err) != hadath.EINVALID {
			t.Errorf("WriteStats(%q) = %v; want an %s error", f, err, hadath.EINVALID)
		}
	}
}

package hadath_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

func TestPublishedTime(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		ok, err bool
	}{
		{"2024-01-20", "2024-01-20", true, false},
		{"2024-01-20T23:30:00+03:00", "2024-01-20", true, false},
		{"2024-01-20T10:00:00Z", "2024-01-20", true, false},
		{"", "", false, false},
		{"20 January 2024", "", false, true},
		{"2024-13-40", "", false, true},
	}
	for _, tt := range tests {
		d := &hadath.Document{ID: "x", Text: "نص", Published: tt.in}
		got, ok, err := d.PublishedTime()
		if (err != nil) != tt.err || ok != tt.ok {
			t.Errorf("PublishedTime(%q) = ok %v, err %v; want ok %v, err %v", tt.in, ok, err, tt.ok, tt.err)
			continue
		}
		if ok && got.Format("2006-01-02") != tt.want {
			t.Errorf("PublishedTime(%q) = %s; want %s", tt.in, got.Format("2006-01-02"), tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		doc  hadath.Document
		code string
	}{
		{hadath.Document{ID: "a", Text: "نص"}, ""},
		{hadath.Document{Text: "نص"}, hadath.EINVALID},
		{hadath.Document{ID: "a", Text: " \n\t"}, hadath.EINVALID},
		{hadath.Document{ID: "a", Text: "نص", Published: "yesterday"}, hadath.EINVALID},
	}
	for _, tt := range tests {
		if got := hadath.ErrorCode(tt.doc.Validate()); got != tt.code {
			t.Errorf("Validate(%+v) code = %q; want %q", tt.doc, got, tt.code)
		}
	}
}

func TestErrorCode(t *testing.T) {
	app := hadath.Errorf(hadath.ENOTFOUND, "event %q", "x")
	wrapped := fmt.Errorf("load: %w", app)
	tests := []struct {
		err        error
		code, mesg string
	}{
		{nil, "", ""},
		{app, hadath.ENOTFOUND, `event "x"`},
		{wrapped, hadath.ENOTFOUND, `event "x"`},
		{errors.New("disk on fire"), hadath.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		if got := hadath.ErrorCode(tt.err); got != tt.code {
			t.Errorf("ErrorCode(%v) = %q; want %q", tt.err, got, tt.code)
		}
		if got := hadath.ErrorMessage(tt.err); got != tt.mesg {
			t.Errorf("ErrorMessage(%v) = %q; want %q", tt.err, got, tt.mesg)
		}
	}
}

// An event encodes absent values as null and empty lists as [], as the
// record format shows.
func TestEventJSON(t *testing.T) {
	b, err := json.Marshal(hadath.Event{ID: "1", Type: hadath.Assault, Trigger: hadath.Span{Start: 0, End: 4, Text: "هجوم"}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"method":null`, `"date":null`, `"date_end":null`, `"intercepted":null`,
		`"location":null`, `"actor":null`, `"killed":null`, `"reported_by":[]`, `"evidence":[]`,
		`"modality":"asserted"`, `"date_precision":"unknown"`} {
		if !strings.Contains(s, want) {
			t.Errorf("Marshal(event) = %s; want it to contain %s", s, want)
		}
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Marshal(event) is not JSON: %v", err)
	}
}

func TestSpan(t *testing.T) {
	a, b, c := hadath.Span{Start: 0, End: 5}, hadath.Span{Start: 4, End: 8}, hadath.Span{Start: 5, End: 9}
	if !a.Overlaps(b) || a.Overlaps(c) || !c.Contains(hadath.Span{Start: 6, End: 9}) || a.Len() != 5 {
		t.Errorf("span relations wrong for %v %v %v", a, b, c)
	}
}

// An event survives a round trip through JSON.
func TestEventRoundTrip(t *testing.T) {
	in := hadath.Event{ID: "1", Type: hadath.Assault, Method: "drone", Date: "2024-02-03",
		DatePrecision: hadath.DateDay, Intercepted: hadath.InterceptedSome, Modality: hadath.Asserted,
		Killed: &hadath.Count{Count: hadath.N(3), Qualifier: hadath.Exact}, ReportedBy: []string{"SANA"},
		Trigger: hadath.Span{Start: 1, End: 5, Text: "هجوم"}, Evidence: []hadath.Span{{Start: 0, End: 9, Text: "وقع هجوم."}}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out hadath.Event
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(out)
	if string(b) != string(b2) {
		t.Errorf("round trip = %s; want %s", b2, b)
	}
	if !strings.HasPrefix(string(b), `{"id":"1","type":"ASSAULT","method":"drone","date":"2024-02-03"`) {
		t.Errorf("Marshal = %s; want the fields in the order of docs/format.md", b)
	}
}

func TestCut(t *testing.T) {
	text := "قصف مدفعي على البلدة"
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 3, "قصف"},
		{4, 9, "مدفعي"},
		{14, 20, "البلدة"},
		{14, 99, "البلدة"},
		{-3, 3, "قصف"},
		{5, 2, ""},
	}
	for _, tt := range tests {
		if got := hadath.Cut(text, tt.start, tt.end); got != tt.want {
			t.Errorf("Cut(%q, %d, %d) = %q; want %q", text, tt.start, tt.end, got, tt.want)
		}
	}
}

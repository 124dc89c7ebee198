package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hadath/hadath"
)

// TestEncodeLine checks that the line extract writes for a result is
// byte for byte what json.Encoder writes, HTML characters, line
// separators, nulls and empty lists included.
func TestEncodeLine(t *testing.T) {
	if n := reflect.TypeFor[hadath.Result]().NumField(); n != 6 {
		t.Fatalf("hadath.Result has %d fields; encodeLine writes 6: add the new ones", n)
	}
	odd := "<a & b> \u2028 \"q\" \\ é ع"
	span := &hadath.Span{Start: 1, End: 4, Text: odd}
	actor := &hadath.Actor{Name: odd, Country: "IQ", Span: span}
	full := &hadath.Result{DocID: odd, Lang: "ar",
		Events: []hadath.Event{{ID: "e1", Type: "ASSAULT", Actor: actor, Killed: &hadath.Count{Count: hadath.N(3), Qualifier: "exact"},
			ReportedBy: []string{odd}, Trigger: *span, Evidence: []hadath.Span{*span}, Confidence: 0.123456789},
			{ID: "e2", Type: "PROTEST", Confidence: 1e-7}},
		Aggregates: []hadath.Aggregate{{Type: "ASSAULT", Count: hadath.Count{Qualifier: "unknown", Text: odd}, Actor: actor, Evidence: []hadath.Span{*span}}},
		Quotes:     []hadath.Quote{{Speaker: actor, Verb: odd, Text: odd, Start: 2, End: 9, Direct: true}},
		Entities:   []hadath.Entity{{Type: "PER", Text: odd, Name: odd}},
	}
	for _, res := range []*hadath.Result{full, hadath.NewResult(&hadath.Document{ID: "x"}), {}} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			t.Fatal(err)
		}
		enc = json.NewEncoder(&got)
		enc.SetEscapeHTML(false)
		if err := encodeLine(&got, enc, res); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("encodeLine:\n%s\nwant (json.Encoder):\n%s", got.String(), want.String())
		}
	}
}

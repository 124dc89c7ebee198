package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
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

// TestEncodeLateSameOutput codes the same documents with one worker,
// whose results the writer encodes, and with three, which encode their
// own: the output is the same, byte for byte, full or lean.
func TestEncodeLateSameOutput(t *testing.T) {
	var in strings.Builder
	for _, d := range genDocs(40) {
		in.WriteString(jsonLine(t, d))
	}
	path := writeFile(t, t.TempDir(), "docs.jsonl", in.String())
	for _, full := range []bool{false, true} {
		args := func(workers string) []string {
			a := []string{"extract", "--workers", workers}
			if full {
				a = append(a, "--full")
			}
			return append(a, path)
		}
		one, stderr, code := run(t, nil, nil, args("1")...)
		if code != 0 || stderr != "" {
			t.Fatalf("--workers 1: exit code %d, stderr %q; want 0 and nothing", code, stderr)
		}
		three, _, _ := run(t, nil, nil, args("3")...)
		if one != three || strings.Count(one, "\n") != 40 {
			t.Errorf("full %v: --workers 1 wrote %d lines, --workers 3 %d, and they differ", full, strings.Count(one, "\n"), strings.Count(three, "\n"))
		}
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// encoderLine returns what json.Encoder writes for res, with
// SetEscapeHTML(false), the way extract wrote results before appendResult:
// the reference appendResult must match.
func encoderLine(t testing.TB, res *hadath.Result) string {
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	return want.String()
}

// oddResult returns a result whose every field is set, its strings s.
func oddResult(s string, f float64) *hadath.Result {
	span := &hadath.Span{Start: 1, End: 4, Text: s}
	lat, lon := f, -f
	actor := &hadath.Actor{Name: s, NameAr: s, Country: "IQ", Sector: s, BackedBy: []string{s, "IR"}, Generic: true, Kind: "ORG", Span: span}
	place := &hadath.Place{Name: s, NameAr: s, Country: "SY", Admin1: s, Lat: &lat, Lon: &lon, Precision: "city", GeoNameID: 17, Span: span}
	return &hadath.Result{DocID: s, Lang: "ar",
		Events: []hadath.Event{{ID: "e1", Type: "ASSAULT", Method: s, Date: "2024-01-02", DateEnd: s, DatePrecision: "day",
			Location: place, Actor: actor, Target: actor, ClaimedBy: actor, BlamedOn: &hadath.Actor{Name: s},
			Killed: &hadath.Count{Count: hadath.N(3), Qualifier: "exact", Text: s, Span: span}, Injured: &hadath.Count{Qualifier: "unknown"},
			ReportedBy: []string{s}, Intercepted: s, Modality: "future", Trigger: *span, Evidence: []hadath.Span{*span, {Start: 5, End: 9}},
			Confidence: f, Background: true},
			{ID: "e2", Type: "PROTEST", Confidence: f * 1e-9}, {}},
		Aggregates: []hadath.Aggregate{{Type: "ASSAULT", Count: hadath.Count{Qualifier: "unknown", Text: s}, Date: s, DateEnd: s,
			Countries: []string{s}, Actor: actor, Target: actor, Evidence: []hadath.Span{*span}}, {}},
		Quotes:   []hadath.Quote{{Speaker: actor, Verb: s, Text: s, Start: 2, End: 9, Direct: true}, {}},
		Entities: []hadath.Entity{{Type: "PER", Text: s, Name: s, Start: -1, End: 1 << 40}, {}},
	}
}

// TestAppendResult checks that the line extract writes for a result,
// full or lean, is byte for byte what json.Encoder writes: HTML
// characters (escaped in events only), line separators, invalid UTF-8,
// numbers, nulls, omitted fields and empty lists included.
func TestAppendResult(t *testing.T) {
	if n := reflect.TypeFor[hadath.Result]().NumField(); n != 6 {
		t.Fatalf("hadath.Result has %d fields; appendResult writes 6: add the new ones", n)
	}
	odd := "<a & b> \u2028 \u2029 \"q\" \\ \b\f\n\r\t\x01\x7f \xff é ع"
	tests := []*hadath.Result{oddResult(odd, 0.123456789), oddResult("", 1e21), oddResult("x", -2.5e-7),
		hadath.NewResult(&hadath.Document{ID: "x"}), {}}
	for i, res := range tests {
		checkAppend(t, fmt.Sprintf("test %d", i), res)
	}
	if _, err := appendResult(nil, oddResult("", math.NaN()), false); err == nil {
		t.Errorf("appendResult(NaN confidence) = nil error; want one")
	}
}

// checkAppend checks appendResult(res), full and lean, against
// json.Encoder; name says which result it is.
func checkAppend(t *testing.T, name string, res *hadath.Result) {
	for _, thin := range []bool{false, true} {
		want := res
		if thin {
			want = lean(res)
		}
		got, err := appendResult(nil, res, thin)
		if err != nil {
			t.Fatal(err)
		}
		if w := encoderLine(t, want); string(got) != w {
			t.Errorf("appendResult(%s, lean %v) = %q; want %q", name, thin, got, w)
		}
	}
}

// FuzzAppendResult checks appendResult against json.Encoder for any
// string and number in every field.
func FuzzAppendResult(f *testing.F) {
	f.Add("<a & b> \u2028", 0.5)
	f.Add("\xff\xfe\x00", 1e-7)
	f.Add("قال \"الجيش\"", 123456789.0)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		checkAppend(t, fmt.Sprintf("%q, %v", s, x), oddResult(s, x))
	})
}

// BenchmarkAppendResult encodes a result with every field set, against
// json.Encoder. Run: go test -run X -bench AppendResult ./cmd/hadath
func BenchmarkAppendResult(b *testing.B) {
	res := oddResult("قالت وزارة الدفاع إن الهجوم استهدف قاعدة عسكرية", 0.87654321)
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf, _ = appendResult(buf[:0], res, false)
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			encoderLine(b, res)
		}
	})
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

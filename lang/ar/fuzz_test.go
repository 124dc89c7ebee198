package ar

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds are texts that exercise numbers and dates, and their edges.
var fuzzSeeds = []string{
	"قتل 3 جنود وأصيب أكثر من عشرين آخرين يوم السبت",
	"ثلاثة وعشرون صاروخا و1.5 مليون دولار و3 آلاف و 500 شخص",
	"منذ 7 أكتوبر (تشرين الأول) 2023 وبين 5 و8 مايو",
	"في الحادي والعشرين من شهر رمضان 1445 هـ، 20/1/2024",
	"عامي 2014 و2015 ليل السبت الأحد أول من أمس",
	"قبل ثلاثة أيام منذ",
	"السابع من",
	"بين 5 و",
	"ألف و",
	"نصف",
	"٣٬٠٠٠ ١٫٥",
	"عشرات الآلاف من",
	"7 أكتوبر/",
	"\u064e\u0648\u064e\u0645\u0633\u0627\u0621 \u0623\u0645\u0633",
	"و ألفا و 3 ومئات",
}

// checkSpan fails unless [start, end) lies inside src (in code points)
// and token offsets agree with it.
func checkSpan(t *testing.T, x *Text, what string, first, last, start, end int) {
	n := utf8.RuneCountInString(x.Src)
	if first < 0 || last > len(x.Tokens) || first >= last {
		t.Fatalf("%s: tokens %d..%d out of 0..%d", what, first, last, len(x.Tokens))
	}
	if start < x.Tokens[first].Start || start >= end || end != x.Tokens[last-1].End || end > n {
		t.Fatalf("%s: span %d..%d does not fit tokens %d..%d (%d..%d) in %d code points",
			what, start, end, first, last, x.Tokens[first].Start, x.Tokens[last-1].End, n)
	}
	if got, tokens := cut(x.Src, start, end), x.SpanText(first, last); !strings.HasSuffix(tokens, got) {
		t.Fatalf("%s: span %d..%d cuts %q out of tokens %q", what, start, end, got, tokens)
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a := NewAnalyzer()
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		x := a.Analyze(src)
		prev := 0
		for _, n := range x.Numbers() {
			checkSpan(t, x, "number", n.First, n.Last, n.Start, n.End)
			if n.First < prev {
				t.Fatalf("numbers overlap at token %d", n.First)
			}
			prev = n.Last
			if n.Noun < -1 || n.Noun >= len(x.Tokens) {
				t.Fatalf("noun %d out of range", n.Noun)
			}
			if n.Vague && n.Value != 0 {
				t.Fatalf("vague number with value %d", n.Value)
			}
		}
	})
}

func FuzzDates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a := NewAnalyzer()
	pub := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		x := a.Analyze(src)
		for _, hasPub := range []bool{true, false} {
			prev := 0
			for _, d := range x.Dates(pub, hasPub) {
				checkSpan(t, x, "date", d.First, d.Last, d.Start, d.End)
				if d.First < prev {
					t.Fatalf("dates overlap at token %d", d.First)
				}
				prev = d.Last
				if d.Date != "" && !validDate(d.Date) || d.DateEnd != "" && !validDate(d.DateEnd) {
					t.Fatalf("bad date %q..%q", d.Date, d.DateEnd)
				}
			}
		}
	})
}

// FuzzDuals feeds one user duals.tsv, as --dict would, to the parser:
// it must load or give an error naming the file, and file every form
// under a singular of two letters or more.
func FuzzDuals(f *testing.F) {
	f.Add("جندي\tجنود\n# تعليق\nطائرة\tطائرات\tطائرتا طائرتي\n")
	f.Add("x\ny\tz\tw\tv\n")
	f.Add("ة\tة\n \t \n\xff\xfe\t\xff\n")
	f.Fuzz(func(t *testing.T, data string) {
		if len(data) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		d := &Duals{forms: map[string]string{}}
		if err := d.parse("fuzz/duals.tsv", data); err != nil {
			if !strings.Contains(err.Error(), "fuzz/duals.tsv") {
				t.Fatalf("%q: error %q does not name the file", data, err)
			}
			return
		}
		for form, sing := range d.forms {
			if utf8.RuneCountInString(sing) < 2 {
				t.Fatalf("%q: form %q filed under singular %q", data, form, sing)
			}
		}
	})
}

// validDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func validDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", time.DateOnly} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// writeFile writes data to path for a test.
func writeFile(path, data string) error { return os.WriteFile(path, []byte(data), 0o644) }

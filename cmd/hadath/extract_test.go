package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// writeFile writes content to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// jsonLine returns doc as one JSON line.
func jsonLine(t *testing.T, doc hadath.Document) string {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// decodeResults decodes a stream of results, one a line or indented.
func decodeResults(t *testing.T, out string) []hadath.Result {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var rs []hadath.Result
	for {
		var r hadath.Result
		if err := dec.Decode(&r); err == io.EOF {
			return rs
		} else if err != nil {
			t.Fatalf("output is not a stream of results: %v\n%s", err, out)
		}
		rs = append(rs, r)
	}
}

// ids returns the document ids of results.
func ids(rs []hadath.Result) []string {
	var s []string
	for _, r := range rs {
		s = append(s, r.DocID)
	}
	return s
}

// cities and verbs make generated documents differ.
var (
	cities = []string{"الموصل", "حلب", "صنعاء", "طرابلس", "بنغازي", "غزة", "كركوك", "درعا"}
	deeds  = []string{"اعتقلت قوات الأمن %d أشخاص في %s", "تظاهر نحو %d شخص وسط %s", "قصفت طائرة مسيرة موقعا قرب %s وأصيب %d مدنيين", "التقى وزير الخارجية نظيره في %s لبحث %d ملفات"}
)

// genDocs returns n generated Arabic documents of varied length.
func genDocs(n int) []hadath.Document {
	docs := make([]hadath.Document, n)
	for i := range docs {
		var b strings.Builder
		for j := range 1 + i%7 {
			deed := deeds[(i+j)%len(deeds)]
			city := cities[(i*3+j)%len(cities)]
			if strings.Index(deed, "%s") < strings.Index(deed, "%d") {
				fmt.Fprintf(&b, deed, city, 3+i%40)
			} else {
				fmt.Fprintf(&b, deed, 3+i%40, city)
			}
			b.WriteString(" يوم الأحد.\n")
		}
		docs[i] = hadath.Document{ID: fmt.Sprintf("gen-%03d", i), Text: b.String(), Published: "2024-03-10"}
	}
	return docs
}

// TestExtractOrder codes 200 documents with 4 workers and the real
// extractor: every document gives one result, in input order.
func TestExtractOrder(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	var want []string
	for _, d := range genDocs(200) {
		in.WriteString(jsonLine(t, d))
		want = append(want, d.ID)
	}
	path := writeFile(t, dir, "docs.jsonl", in.String())
	stdout, stderr, code := run(t, nil, nil, "extract", "--workers", "4", path)
	if code != 0 || stderr != "" {
		t.Fatalf("exit code %d, stderr %q; want 0 and nothing", code, stderr)
	}
	rs := decodeResults(t, stdout)
	if got := ids(rs); !slices.Equal(got, want) {
		t.Fatalf("output ids = %q...; want %q...", got[:min(5, len(got))], want[:5])
	}
	for _, r := range rs {
		if r.Lang != "ar" || r.Events == nil || r.Aggregates == nil || r.Quotes == nil || r.Entities == nil {
			t.Errorf("result %s: lang %q, events %v, aggregates %v, quotes %v, entities %v; want ar and lists, not null",
				r.DocID, r.Lang, r.Events, r.Aggregates, r.Quotes, r.Entities)
		}
	}
	if n := strings.Count(stdout, "\n"); n != 200 {
		t.Errorf("output has %d lines; want 200", n)
	}
}

// TestExtractOrderJitter codes documents that take random times with
// more documents than the reorder buffer holds: output keeps input order.
func TestExtractOrderJitter(t *testing.T) {
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		return hadath.NewResult(doc), nil
	})
	var in strings.Builder
	var want []string
	for _, d := range genDocs(300) {
		in.WriteString(jsonLine(t, d))
		want = append(want, d.ID)
	}
	stdout, stderr, code := run(t, m, strings.NewReader(in.String()), "extract", "--workers", "8", "-")
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q; want 0", code, stderr)
	}
	if got := ids(decodeResults(t, stdout)); !slices.Equal(got, want) {
		t.Errorf("output ids out of input order:\n got %q\nwant %q", got, want)
	}
}

// TestExtractText codes a .txt file: its id is the file name, the flags
// give its date, source and title, and its language is detected.
func TestExtractText(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "article.txt", "\uFEFFتظاهر آلاف الأشخاص في ساحة التحرير يوم الجمعة.\n")
	var got hadath.Document
	var dicts []string
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		got = *doc
		return hadath.NewResult(doc), nil
	})
	newX := m.NewExtractor
	m.NewExtractor = func(o extract.Options) (hadath.Extractor, error) {
		dicts = o.DictDirs
		return newX(o)
	}
	stdout, stderr, code := run(t, m, nil, "extract", path, "--published", "2024-01-20",
		"--source", "وكالة الأنباء", "--title", "مظاهرة", "--dict", "/tmp/d1", "--dict", "/tmp/d2")
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q; want 0", code, stderr)
	}
	want := hadath.Document{ID: "article.txt", Text: "تظاهر آلاف الأشخاص في ساحة التحرير يوم الجمعة.\n",
		Lang: "ar", Published: "2024-01-20", Source: "وكالة الأنباء", Title: "مظاهرة"}
	if got.ID != want.ID || got.Text != want.Text || got.Lang != want.Lang || got.Published != want.Published ||
		got.Source != want.Source || got.URL != want.URL || got.Title != want.Title {
		t.Errorf("extractor given %+v; want %+v", got, want)
	}
	if !slices.Equal(dicts, []string{"/tmp/d1", "/tmp/d2"}) {
		t.Errorf("extract.Options.DictDirs = %q; want /tmp/d1, /tmp/d2", dicts)
	}
	if rs := decodeResults(t, stdout); len(rs) != 1 || rs[0].DocID != "article.txt" {
		t.Errorf("output %q; want one result for article.txt", stdout)
	}
}

// TestExtractLang settles each document's language: --lang, else the
// document's, else detected; English gets an empty result and a note.
func TestExtractLang(t *testing.T) {
	in := jsonLine(t, hadath.Document{ID: "ar-detected", Text: "قصف مدفعي على القرية"}) +
		jsonLine(t, hadath.Document{ID: "en-detected", Text: "Shelling hit the village"}) +
		jsonLine(t, hadath.Document{ID: "ar-given", Text: "Shelling hit the village", Lang: "AR"}) +
		jsonLine(t, hadath.Document{ID: "digits", Text: "2024 - 15"})
	tests := []struct {
		args  []string
		coded []string // ids given to the extractor
		langs []string // lang of each result
		note  bool     // an English note on stderr
	}{
		{nil, []string{"ar-detected", "ar-given", "digits"}, []string{"ar", "en", "ar", "ar"}, true},
		{[]string{"--lang", "ar"}, []string{"ar-detected", "en-detected", "ar-given", "digits"}, []string{"ar", "ar", "ar", "ar"}, false},
		{[]string{"--lang", "en"}, nil, []string{"en", "en", "en", "en"}, true},
	}
	for _, tt := range tests {
		var mu sync.Mutex
		var coded []string
		m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
			mu.Lock()
			coded = append(coded, doc.ID)
			mu.Unlock()
			return hadath.NewResult(doc), nil
		})
		args := append([]string{"extract", "--workers", "1", "-"}, tt.args...)
		stdout, stderr, code := run(t, m, strings.NewReader(in), args...)
		var langs []string
		for _, r := range decodeResults(t, stdout) {
			langs = append(langs, r.Lang)
		}
		if code != 0 || !slices.Equal(coded, tt.coded) || !slices.Equal(langs, tt.langs) {
			t.Errorf("extract %q: exit %d, coded %q, langs %q; want 0, %q, %q", tt.args, code, coded, langs, tt.coded, tt.langs)
		}
		if note := strings.Contains(stderr, "note: document \"en-detected\": english extraction is not built yet"); note != tt.note {
			t.Errorf("extract %q: stderr %q; want the English note: %v", tt.args, stderr, tt.note)
		}
	}
}

// TestExtractStdinGzip reads gzipped JSON lines from stdin and a .jsonl.gz
// file, and JSON lines from a file whose name does not tell its kind.
func TestExtractStdinGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(jsonLine(t, hadath.Document{ID: "z1", Text: "نص"}) + jsonLine(t, hadath.Document{ID: "z2", Text: "نص"})))
	zw.Close()
	dir := t.TempDir()
	gz := writeFile(t, dir, "more.jsonl.gz", buf.String())
	odd := writeFile(t, dir, "export.data", jsonLine(t, hadath.Document{ID: "odd", Text: "نص"}))
	stdout, stderr, code := run(t, nil, bytes.NewReader(buf.Bytes()), "extract", "-", gz, odd)
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q; want 0", code, stderr)
	}
	if got := ids(decodeResults(t, stdout)); !slices.Equal(got, []string{"z1", "z2", "z1", "z2", "odd"}) {
		t.Errorf("results for %q; want z1 z2 z1 z2 odd", got)
	}
}

// TestExtractStdinText codes plain text piped to "extract -" as one
// document, where it was a "malformed JSON" error per line.
func TestExtractStdinText(t *testing.T) {
	stdout, stderr, code := run(t, nil, strings.NewReader("قصفت طائرات حربية مواقع قرب البلدة.\nوأصيب اثنان.\n"), "extract", "-")
	if code != 0 || strings.Contains(stderr, "malformed") {
		t.Fatalf("exit code %d, stderr %q; want 0 and no error", code, stderr)
	}
	if got := ids(decodeResults(t, stdout)); !slices.Equal(got, []string{"stdin"}) {
		t.Errorf("results for %q; want one, stdin", got)
	}
}

// TestExtractLean leaves out by default what the spans locate (the
// evidence sentences' text, the quotes and the entities) and writes them
// with --full.
func TestExtractLean(t *testing.T) {
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		r := hadath.NewResult(doc)
		r.Events = append(r.Events, hadath.Event{ID: "e", Type: hadath.Assault,
			Trigger:  hadath.Span{Start: 0, End: 3, Text: "حزب"},
			Evidence: []hadath.Span{{Start: 0, End: 10, Text: "حزب الجبهة"}}})
		r.Entities = append(r.Entities, hadath.Entity{Type: "ORG", Start: 0, End: 10, Text: "حزب الجبهة"})
		r.Quotes = append(r.Quotes, hadath.Quote{Text: "حزب", Start: 0, End: 3})
		return r, nil
	})
	in := jsonLine(t, hadath.Document{ID: "l1", Text: "حزب الجبهة"})
	for _, full := range []bool{false, true} {
		args := []string{"extract", "-"}
		if full {
			args = append(args, "--full")
		}
		stdout, _, code := run(t, m, strings.NewReader(in), args...)
		rs := decodeResults(t, stdout)
		if code != 0 || len(rs) != 1 || len(rs[0].Events) != 1 {
			t.Fatalf("full=%v: exit %d, %d results; want 0 and one result with its event", full, code, len(rs))
		}
		ev := rs[0].Events[0]
		if ev.Trigger.Text != "حزب" || ev.Evidence[0].Start != 0 || ev.Evidence[0].End != 10 {
			t.Errorf("full=%v: trigger %+v evidence %+v; want the trigger's text and the evidence's span", full, ev.Trigger, ev.Evidence)
		}
		got := []int{len(ev.Evidence[0].Text), len(rs[0].Entities), len(rs[0].Quotes)}
		if full != (got[0] > 0 && got[1] == 1 && got[2] == 1) || !full && (got[0] > 0 || got[1] > 0 || got[2] > 0) {
			t.Errorf("full=%v: evidence text %d bytes, %d entities, %d quotes", full, got[0], got[1], got[2])
		}
		if !full && strings.Contains(stdout, `"text":""`) {
			t.Errorf("lean output writes empty texts: %s", stdout)
		}
	}
}

// TestExtractPretty indents valid JSON and leaves Arabic and < > & as they
// are.
func TestExtractPretty(t *testing.T) {
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		r := hadath.NewResult(doc)
		r.Entities = append(r.Entities, hadath.Entity{Type: "ORG", Start: 0, End: 6, Text: "<حزب & جبهة>"})
		return r, nil
	})
	in := jsonLine(t, hadath.Document{ID: "p1", Text: "حزب الجبهة"}) + jsonLine(t, hadath.Document{ID: "p2", Text: "حزب الجبهة"})
	for _, pretty := range []bool{false, true} {
		args := []string{"extract", "--full", "-"}
		if pretty {
			args = append(args, "--pretty")
		}
		stdout, _, code := run(t, m, strings.NewReader(in), args...)
		rs := decodeResults(t, stdout)
		if code != 0 || len(rs) != 2 || rs[1].Entities[0].Text != "<حزب & جبهة>" {
			t.Errorf("pretty=%v: exit %d, %d results; want 0, 2 with the entity", pretty, code, len(rs))
		}
		want := `"text":"<حزب & جبهة>"`
		if pretty {
			want = `"text": "<حزب & جبهة>"`
		}
		if !strings.Contains(stdout, want) {
			t.Errorf("pretty=%v: output %s; want it to contain %s", pretty, stdout, want)
		}
		if lines := strings.Count(stdout, "\n"); pretty != (lines > 2) {
			t.Errorf("pretty=%v: output has %d lines", pretty, lines)
		}
	}
}

// TestExtractMinConfidence passes --min-confidence to the extractor: its
// default by default, none for 0, and a value outside 0 to 1 is a usage
// error.
func TestExtractMinConfidence(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want float64
	}{
		{nil, 0, extract.DefaultMinConfidence},
		{[]string{"--min-confidence", "0.6"}, 0, 0.6},
		{[]string{"--min-confidence", "0"}, 0, -1},
		{[]string{"--min-confidence", "1.5"}, 2, 0},
		{[]string{"--min-confidence", "-0.1"}, 2, 0},
		{[]string{"--min-confidence", "NaN"}, 2, 0},
	} {
		var got float64
		m := withFake(func(doc *hadath.Document) (*hadath.Result, error) { return hadath.NewResult(doc), nil })
		newX := m.NewExtractor
		m.NewExtractor = func(o extract.Options) (hadath.Extractor, error) {
			got = o.MinConfidence
			return newX(o)
		}
		in := jsonLine(t, hadath.Document{ID: "l1", Text: "تظاهر آلاف الأشخاص في الساحة."})
		_, stderr, code := run(t, m, strings.NewReader(in), append([]string{"extract", "-"}, tt.args...)...)
		if code != tt.code {
			t.Errorf("extract %q: exit %d, stderr %q; want %d", tt.args, code, stderr, tt.code)
		}
		if tt.code == 0 && got != tt.want {
			t.Errorf("extract %q: Options.MinConfidence = %v; want %v", tt.args, got, tt.want)
		}
	}
}

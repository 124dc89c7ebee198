package jsonl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// result is what a test expects of one record.
type result struct {
	line int
	id   string // "" when no document
	text string
	err  error // nil when no problem
}

// decodeAll reads every record of r.
func decodeAll(t *testing.T, r io.Reader, max int) ([]Record, error) {
	t.Helper()
	d := NewDecoder(r, "in.jsonl", max)
	var recs []Record
	for {
		rec, err := d.Next()
		if err == io.EOF {
			return recs, nil
		} else if err != nil {
			return recs, err
		}
		recs = append(recs, rec)
	}
}

func TestDecoder(t *testing.T) {
	ok := `{"id":"a","text":"نص","lang":"ar","published":"2024-01-20","source":"S","url":"u","title":"T","section":"x"}`
	tests := []struct {
		name string
		src  string
		want []result
	}{
		{"one", ok + "\n", []result{{1, "a", "نص", nil}}},
		{"blank lines and CRLF", "\r\n" + ok + "\r\n  \r\n" + `{"id":"b","text":"t"}` + "\r\n", []result{{2, "a", "نص", nil}, {4, "b", "t", nil}}},
		{"BOM", "\xEF\xBB\xBF" + ok, []result{{1, "a", "نص", nil}}},
		{"numeric id", `{"id": 42, "text": "t"}`, []result{{1, "42", "t", nil}}},
		{"malformed line goes on", ok + "\n{\"id\":\"b\",\n" + `{"id":"c","text":"t"}`, []result{{1, "a", "نص", nil}, {2, "", "", ErrSyntax}, {3, "c", "t", nil}}},
		{"not an object", `["a","b"]`, []result{{1, "", "", ErrSyntax}}},
		{"trailing garbage", `{"id":"a","text":"t"} x`, []result{{1, "", "", ErrSyntax}}},
		{"text not a string", `{"id":"a","text":5}`, []result{{1, "", "", ErrSyntax}}},
		{"id an object", `{"id":{},"text":"t"}`, []result{{1, "", "", ErrSyntax}}},
		{"missing id", `{"text":"t"}`, []result{{1, "", "", ErrMissingID}}},
		{"null id", `{"id":null,"text":"t"}`, []result{{1, "", "", ErrMissingID}}},
		{"empty id", `{"id":"","text":"t"}`, []result{{1, "", "", ErrMissingID}}},
		{"missing text", `{"id":"a"}`, []result{{1, "", "", ErrMissingText}}},
		{"empty text is a document", `{"id":"a","text":""}`, []result{{1, "a", "", nil}}},
		{"invalid UTF-8 repaired", "{\"id\":\"a\",\"text\":\"x\xffy\"}", []result{{1, "a", "x\uFFFDy", ErrInvalidUTF8}}},
		{"too long", `{"id":"a","text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id":"b","text":"t"}`, []result{{1, "", "", ErrTooLong}, {2, "b", "t", nil}}},
	}
	for _, tt := range tests {
		recs, err := decodeAll(t, strings.NewReader(tt.src), 200)
		if err != nil {
			t.Errorf("%s: decode: %v", tt.name, err)
			continue
		}
		if len(recs) != len(tt.want) {
			t.Errorf("%s: got %d records; want %d", tt.name, len(recs), len(tt.want))
			continue
		}
		for i, rec := range recs {
			checkRecord(t, tt.name, rec, tt.want[i])
		}
	}
}

func checkRecord(t *testing.T, name string, rec Record, want result) {
	t.Helper()
	if rec.Line != want.line {
		t.Errorf("%s: line = %d; want %d", name, rec.Line, want.line)
	}
	var id, text string
	if rec.Doc != nil {
		id, text = rec.Doc.ID, rec.Doc.Text
	}
	if id != want.id || text != want.text {
		t.Errorf("%s: line %d: document (%q, %q); want (%q, %q)", name, rec.Line, id, text, want.id, want.text)
	}
	switch {
	case want.err == nil && rec.Err != nil:
		t.Errorf("%s: line %d: unexpected error %v", name, rec.Line, rec.Err)
	case want.err != nil && !errors.Is(rec.Err, want.err):
		t.Errorf("%s: line %d: error %v; want %v", name, rec.Line, rec.Err, want.err)
	case rec.Err != nil && rec.Err.Line != rec.Line:
		t.Errorf("%s: error line %d; want %d", name, rec.Err.Line, rec.Line)
	}
}

func TestDecoderFields(t *testing.T) {
	recs, err := decodeAll(t, strings.NewReader(`{"id":"a","text":"t","lang":"ar","published":"2024-01-20","source":"S","url":"u","title":"T"}`), 0)
	if err != nil || len(recs) != 1 {
		t.Fatalf("decode = %d records, %v; want 1", len(recs), err)
	}
	want := hadath.Document{ID: "a", Text: "t", Lang: "ar", Published: "2024-01-20", Source: "S", URL: "u", Title: "T"}
	if *recs[0].Doc != want {
		t.Errorf("document = %+v; want %+v", *recs[0].Doc, want)
	}
}

func TestDecoderErrorMessage(t *testing.T) {
	recs, _ := decodeAll(t, strings.NewReader("{\"id\":\"a\",\"text\":\"t\"}\n\n{bad\n"), 0)
	if len(recs) != 2 || recs[1].Err == nil {
		t.Fatalf("got %d records; want a second one with an error", len(recs))
	}
	msg := recs[1].Err.Error()
	if !strings.HasPrefix(msg, "in.jsonl:3: malformed JSON: ") {
		t.Errorf("error = %q; want it to start %q", msg, "in.jsonl:3: malformed JSON: ")
	}
}

func TestDecoderBinary(t *testing.T) {
	_, err := decodeAll(t, bytes.NewReader([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), 0)
	if !errors.Is(err, ErrBinary) {
		t.Errorf("decode of a PNG: %v; want %v", err, ErrBinary)
	}
}

// TestDecoderBinaryLine puts a NUL byte in one line of 200: that line is
// reported and skipped, wherever it is, and the other 199 are read.
func TestDecoderBinaryLine(t *testing.T) {
	for _, bad := range []int{1, 2, 151, 200} {
		var b strings.Builder
		for k := 1; k <= 200; k++ {
			text := "سقط صاروخ على مبنى في المدينة"
			if k == bad {
				text = "سقط صاروخ\x00على مبنى"
			}
			fmt.Fprintf(&b, "{\"id\":\"d%d\",\"text\":\"%s\"}\n", k, text)
		}
		recs, err := decodeAll(t, strings.NewReader(b.String()), 0)
		if err != nil {
			t.Errorf("NUL in line %d: decode: %v; want no error that ends the input", bad, err)
		}
		docs, errs := 0, 0
		for _, rec := range recs {
			if rec.Doc != nil {
				docs++
			}
			if rec.Err != nil {
				errs++
				if rec.Line != bad || !errors.Is(rec.Err, ErrBinary) {
					t.Errorf("NUL in line %d: error %v; want %v in line %d", bad, rec.Err, ErrBinary, bad)
				}
			}
		}
		if docs != 199 || errs != 1 {
			t.Errorf("NUL in line %d: %d documents, %d errors; want 199 and 1", bad, docs, errs)
		}
	}
}

// TestDecoderBinaryStart gives up on binary data that holds lines of
// JSON-looking text only after a few lines, with one error.
func TestDecoderBinaryStart(t *testing.T) {
	in := "{\x00\x01\x02\x03\n\x00\x00\n\x07\x00\n{\"id\":\"late\",\"text\":\"t\"}\n"
	recs, err := decodeAll(t, strings.NewReader(in), 0)
	if !errors.Is(err, ErrBinary) || len(recs) != 2 {
		t.Errorf("decode = %d records, %v; want 2 line errors and then %v", len(recs), err, ErrBinary)
	}
}

func gzipped(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestUnzip(t *testing.T) {
	a, b := `{"id":"a","text":"t"}`+"\n", `{"id":"b","text":"u"}`+"\n"
	tests := []struct {
		name string
		in   []byte
		want []string
	}{
		{"plain", []byte(a + b), []string{"a", "b"}},
		{"gzip", gzipped(t, a+b), []string{"a", "b"}},
		{"two gzip members", gzipped(t, a, b), []string{"a", "b"}},
	}
	for _, tt := range tests {
		r, err := Unzip(bytes.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: Unzip: %v", tt.name, err)
			continue
		}
		recs, err := decodeAll(t, r, 0)
		var ids []string
		for _, rec := range recs {
			ids = append(ids, rec.Doc.ID)
		}
		if err != nil || strings.Join(ids, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: ids = %q, %v; want %q", tt.name, ids, err, tt.want)
		}
	}
}

func TestUnzipTruncated(t *testing.T) {
	z := gzipped(t, strings.Repeat(`{"id":"a","text":"t"}`+"\n", 1000))
	r, err := Unzip(bytes.NewReader(z[:len(z)/2]))
	if err != nil {
		t.Fatalf("Unzip: %v", err)
	}
	if _, err := decodeAll(t, r, 0); err == nil || errors.Is(err, io.EOF) {
		t.Errorf("decode of truncated gzip: %v; want a read error", err)
	}
}

func TestLooksJSONL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`{"id":"a"}`, true},
		{"\n\xEF\xBB\xBF  {", true},
		{"plain text", false},
		{"", false},
		{"{\x00\x00", true}, // judged line by line
		{"\x00{", false},
	}
	for _, tt := range tests {
		if got := LooksJSONL([]byte(tt.in)); got != tt.want {
			t.Errorf("LooksJSONL(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzDecoder feeds arbitrary input: the decoder must not panic, line
// numbers must increase, documents must be valid UTF-8 with an id, and
// every line must be reported once.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"t"}` + "\n{bad\n"))
	f.Add([]byte("\xEF\xBB\xBF{\"id\":1,\"text\":\"x\xff\"}\r\n\r\n"))
	f.Add([]byte(`{"id":"a","text":"` + strings.Repeat("x", 70) + `"}`))
	f.Add(gzipped(f, `{"id":"a","text":"t"}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 1024 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		d := NewDecoder(bytes.NewReader(in), "fuzz", 64)
		last := 0
		for i := 0; ; i++ {
			rec, err := d.Next()
			if err != nil {
				break
			}
			if rec.Line <= last {
				t.Fatalf("line %d after line %d", rec.Line, last)
			}
			last = rec.Line
			if rec.Doc == nil && rec.Err == nil {
				t.Fatalf("line %d: neither document nor error", rec.Line)
			}
			if rec.Doc != nil && (rec.Doc.ID == "" || !utf8.ValidString(rec.Doc.Text) || !utf8.ValidString(rec.Doc.ID)) {
				t.Fatalf("line %d: bad document %+v", rec.Line, rec.Doc)
			}
		}
		if n := bytes.Count(in, []byte("\n")) + 1; last > n {
			t.Fatalf("line %d in an input of %d lines", last, n)
		}
	})
}

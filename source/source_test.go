package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// got is what a test sees of one item.
type got struct {
	where, id, text, errs, notes string
	doc                          *hadath.Document
}

// collect reads inputs with r and returns what it emitted.
func collect(t *testing.T, r *Reader, inputs ...string) []got {
	t.Helper()
	var out []got
	err := r.Each(context.Background(), inputs, func(it *Item) bool {
		g := got{where: it.Where, doc: it.Doc, notes: strings.Join(it.Notes, "; ")}
		var msgs []string
		for _, e := range it.Errs {
			msgs = append(msgs, e.Error())
		}
		g.errs = strings.Join(msgs, "; ")
		if it.Doc != nil {
			g.id, g.text = it.Doc.ID, it.Doc.Text
		}
		out = append(out, g)
		return true
	})
	if err != nil {
		t.Fatalf("Each(%q) = %v; want nil", inputs, err)
	}
	return out
}

// write creates the file name under dir with its parent directories.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// gz returns s gzipped.
func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Invented texts for the fixtures.
const (
	textAr   = "افتتحت بلدية مدينة الزرقاء جسرا جديدا فوق الوادي صباح الثلاثاء بحضور عدد من السكان."
	textAr2  = "قال مدير المدرسة إن الطلاب سيعودون إلى الفصول بعد انتهاء أعمال الصيانة في المبنى الشرقي."
	brokenEn = "<html><body><div><p>The ferry to the island <b>was delayed <i>by fog</div><p>Passengers waited on the pier"
)

func TestEachDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte(textAr))
	write(t, dir, "b.html", []byte(articleHTML("افتتاح جسر جديد في الزرقاء", "أخبار المدن", "2024-03-05T09:30:00+03:00", textAr, textAr2)))
	write(t, dir, "c.jsonl", []byte(`{"id":"c1","text":"`+textAr2+`"}`+"\n{not json\n"+`{"id":7,"text":"نص قصير"}`+"\n"))
	write(t, dir, "d.jsonl.gz", gz(t, `{"id":"d1","text":"`+textAr+`","source":"own"}`+"\n"))
	write(t, dir, "e.txt", []byte("\x00\x01\x02binary\x00"))
	write(t, dir, "f.html", []byte(brokenEn))
	write(t, dir, "g.dat", []byte("what is this"))
	write(t, dir, "h.txt", []byte("نص \xff\xfe مكسور"))
	write(t, dir, "i.txt", bytes.Repeat([]byte("ب"), 3000))
	write(t, dir, "j.xml", []byte(`<?xml version="1.0"?><config><x>1</x></config>`))
	write(t, dir, ".hidden.txt", []byte(textAr))
	write(t, dir, ".git/k.txt", []byte(textAr))
	write(t, dir, "sub/l.txt", []byte(textAr2))

	r := &Reader{MaxBytes: 4096, Defaults: hadath.Document{Source: "flags"}}
	items := collect(t, r, dir)
	rel := func(p string) string { return filepath.Join(dir, p) }
	want := []got{
		{where: rel("a.txt"), id: "a.txt", text: textAr},
		{where: rel("b.html"), id: "b.html", text: textAr},
		{where: rel("c.jsonl") + ":1", id: "c1", text: textAr2},
		{where: rel("c.jsonl") + ":2", errs: "malformed JSON"},
		{where: rel("c.jsonl") + ":3", id: "7", text: "نص قصير"},
		{where: rel("d.jsonl.gz") + ":1", id: "d1", text: textAr},
		{where: rel("e.txt"), errs: "binary file, not text; skipped"},
		{where: rel("f.html"), id: "f.html", text: "Passengers waited on the pier"},
		{where: rel("h.txt"), id: "h.txt", text: "نص \uFFFD مكسور", errs: "invalid UTF-8, repaired with U+FFFD"},
		{where: rel("i.txt"), errs: "6000 bytes, over the limit of 4096 bytes (--max-bytes); skipped"},
		{where: rel("sub/l.txt"), id: "l.txt", text: textAr2},
	}
	if len(items) != len(want) {
		for _, g := range items {
			t.Logf("%q %q %q", g.where, g.id, g.errs)
		}
		t.Fatalf("Each(dir) gave %d items; want %d", len(items), len(want))
	}
	for i, w := range want {
		g := items[i]
		if g.where != w.where || g.id != w.id || !strings.Contains(g.text, w.text) || !strings.HasPrefix(g.errs, w.errs) {
			t.Errorf("item %d = {%q %q %q %q}; want {%q %q %q %q}", i, g.where, g.id, g.text, g.errs, w.where, w.id, w.text, w.errs)
		}
		if w.errs == "" && g.errs != "" {
			t.Errorf("item %d (%s) errs = %q; want none", i, g.where, g.errs)
		}
	}
	if d := items[5].doc; d == nil || d.Source != "own" {
		t.Errorf("d.jsonl.gz source = %v; want own", d)
	}
	if d := items[0].doc; d == nil || d.Source != "flags" {
		t.Errorf("a.txt source = %v; want flags (from Defaults)", d)
	}
}

func TestEachNamed(t *testing.T) {
	dir := t.TempDir()
	unknown := write(t, dir, "notes.dat", []byte("just some words"))
	notFeed := write(t, dir, "conf.xml", []byte(`<?xml version="1.0"?><config/>`))
	sniffed := write(t, dir, "docs", []byte(`{"id":"s1","text":"`+textAr+`"}`))
	page := write(t, dir, "page", []byte(articleHTML("عنوان", "", "", textAr2)))
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		input, where, id, errs string
	}{
		{unknown, unknown, "", "unknown kind of input"},
		{notFeed, notFeed, "", "not an RSS or Atom feed; skipped"},
		{sniffed, sniffed + ":1", "s1", ""},
		{page, page, "page", ""},
		{missing, "", "", "open " + missing + ": no such file"},
	}
	for _, tt := range tests {
		items := collect(t, &Reader{}, tt.input)
		if len(items) != 1 {
			t.Errorf("Each(%q) gave %d items; want 1", tt.input, len(items))
			continue
		}
		g := items[0]
		if g.where != tt.where || g.id != tt.id || !strings.HasPrefix(g.errs, tt.errs) || tt.errs == "" && g.errs != "" {
			t.Errorf("Each(%q) = {%q %q %q}; want {%q %q %q}", tt.input, g.where, g.id, g.errs, tt.where, tt.id, tt.errs)
		}
	}
}

func TestEachStdin(t *testing.T) {
	in := `{"id":"x1","text":"` + textAr + `"}` + "\n\n" + `{"id":"x2"}` + "\n"
	r := &Reader{Stdin: strings.NewReader(in), Defaults: hadath.Document{Published: "2024-02-01", Title: "t"}}
	items := collect(t, r, "-")
	if len(items) != 2 {
		t.Fatalf("Each(-) gave %d items; want 2", len(items))
	}
	if g := items[0]; g.where != "stdin:1" || g.id != "x1" || g.doc.Published != "2024-02-01" || g.doc.Title != "t" {
		t.Errorf("Each(-)[0] = %q %q %+v; want stdin:1 x1 with defaults", g.where, g.id, g.doc)
	}
	if g := items[1]; g.where != "stdin:3" || !strings.Contains(g.errs, `missing "text"`) {
		t.Errorf("Each(-)[1] = %q %q; want stdin:3 with missing text", g.where, g.errs)
	}
}

// TestEachStdinKinds reads standard input of each kind: plain text, which
// is not JSON lines, is one document rather than a "malformed JSON" error.
func TestEachStdinKinds(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // "where id errs" of each item, one a line
	}{
		{"plain text", textAr + "\n" + textAr2 + "\n", "stdin stdin "},
		{"gzipped text", string(gz(t, textAr)), "stdin stdin "},
		{"JSON lines", `{"id":"a","text":"` + textAr + `"}`, "stdin:1 a "},
		{"HTML", "<!DOCTYPE html><html><body><p>" + textAr + "</p></body></html>", "stdin stdin "},
		{"blank", " \n\n", ""},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "stdin  binary file, not text; skipped"},
	}
	for _, tt := range tests {
		var lines []string
		for _, g := range collect(t, &Reader{Stdin: strings.NewReader(tt.in)}, "-") {
			lines = append(lines, g.where+" "+g.id+" "+g.errs)
		}
		if got := strings.Join(lines, "\n"); got != tt.want {
			t.Errorf("%s: Each(-) = %q; want %q", tt.name, got, tt.want)
		}
	}
	items := collect(t, &Reader{Stdin: strings.NewReader(textAr + "\n" + textAr2)}, "-")
	if len(items) != 1 || items[0].text != textAr+"\n"+textAr2 {
		t.Errorf("Each(-) of plain text = %+v; want one document of all the text", items)
	}
}

func TestEachStop(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte(textAr))
	}
	n := 0
	err := (&Reader{}).Each(context.Background(), []string{dir, dir}, func(*Item) bool { n++; return n < 2 })
	if err != nil || n != 2 {
		t.Errorf("Each with emit stopping at 2 = %v after %d items; want nil after 2", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = (&Reader{}).Each(ctx, []string{dir}, func(*Item) bool { n++; return true })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("Each with canceled ctx = %v after %d items; want context.Canceled after 0", err, n)
	}
}

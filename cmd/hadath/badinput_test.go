package main

import (
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hadath/hadath"
)

// TestExtractBadInputs gives every kind of bad input among good documents:
// each problem is reported with its file and line, the good documents are
// coded, and the exit code is 1.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := func(id string) string {
		return jsonLine(t, hadath.Document{ID: id, Text: "أغلقت الشرطة الطريق الرئيسي في المدينة."})
	}
	big := strings.Repeat("ب", 600) // 1200 bytes, over --max-bytes 1000
	lines := good("ok1") +
		"{\"id\": \"broken\", \"text\": \n" + // 2: malformed
		"\n" + // 3: blank, skipped silently
		`{"text": "لا معرف"}` + "\n" + // 4: missing id
		`{"id": "notext"}` + "\n" + // 5: missing text
		`{"id": "empty", "text": " \n "}` + "\n" + // 6: empty text
		"{\"id\": \"utf8\", \"text\": \"نص \xff\xfe سليم\"}\n" + // 7: repaired and coded
		`{"id": "date", "text": "نص", "published": "20/01/2024"}` + "\n" + // 8: coded without date
		`{"id": "big", "text": "` + big + `"}` + "\n" + // 9: over the limit
		`{"id": "fr", "text": "texte", "lang": "fr"}` + "\n" + // 10: unsupported language
		good("ok2")
	docs := writeFile(t, dir, "docs.jsonl", lines)
	bin := writeFile(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	large := writeFile(t, dir, "large.txt", big)
	emptyTxt := writeFile(t, dir, "empty.txt", "\n\n")
	badTxt := writeFile(t, dir, "latin1.txt", "قصف \xe9t\xe9 مدينة")
	unknown := writeFile(t, dir, "notes.md", "# notes\nplain text")
	missing := filepath.Join(dir, "missing.jsonl")
	last := writeFile(t, dir, "last.txt", "اعتقلت الشرطة ثلاثة أشخاص.")

	var seen []hadath.Document
	var mu sync.Mutex
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		mu.Lock()
		seen = append(seen, *doc)
		mu.Unlock()
		return hadath.NewResult(doc), nil
	})
	stdout, stderr, code := run(t, m, nil, "extract", "--max-bytes", "1000", "--workers", "3",
		docs, bin, large, emptyTxt, badTxt, unknown, missing, last)
	if code != 1 {
		t.Errorf("exit code %d; want 1", code)
	}
	wantErrs := []string{
		docs + ":2: malformed JSON: ",
		docs + `:4: missing "id"`,
		docs + `:5: document "notext": missing "text"`,
		docs + `:6: document "empty": empty text; skipped`,
		docs + `:7: document "utf8": invalid UTF-8, repaired with U+FFFD`,
		docs + `:8: document "date": bad published date "20/01/2024"`,
		docs + ":9: line too long: ",
		docs + `:10: document "fr": unsupported language "fr"`,
		bin + ": binary file, not text; skipped",
		large + ": 1200 bytes, over the limit of 1000 bytes (--max-bytes); skipped",
		emptyTxt + ": empty text; skipped",
		badTxt + ": invalid UTF-8, repaired with U+FFFD",
		unknown + ": unknown kind of input",
		"open " + missing + ": no such file",
		"hadath: note: 6 documents have no publication date",
		"hadath: 14 of 17 inputs had problems; 6 results written",
	}
	lines2 := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines2) != len(wantErrs) {
		t.Errorf("stderr has %d lines; want %d:\n%s", len(lines2), len(wantErrs), stderr)
	}
	for i, want := range wantErrs {
		if i >= len(lines2) || !strings.Contains(lines2[i], want) {
			t.Errorf("stderr line %d: want it to contain %q; stderr:\n%s", i+1, want, stderr)
			break
		}
	}
	if got, want := ids(decodeResults(t, stdout)), []string{"ok1", "utf8", "date", "ok2", "latin1.txt", "last.txt"}; !slices.Equal(got, want) {
		t.Errorf("results for %q; want %q", got, want)
	}
	for _, d := range seen {
		if err := d.Validate(); err != nil {
			t.Errorf("extractor given an invalid document: %v", err)
		}
		if d.ID == "utf8" && d.Text != "نص \uFFFD سليم" {
			t.Errorf("repaired text = %q; want %q", d.Text, "نص \uFFFD سليم")
		}
	}
}

// TestExtractPanic turns a panic of the extractor into an error of that
// document, and goes on with the others.
func TestExtractPanic(t *testing.T) {
	m := withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		switch doc.ID {
		case "boom":
			var r *hadath.Result
			_ = r.Events[0] // nil pointer dereference
		case "fail":
			return nil, errors.New("gazetteer not loaded")
		case "nan":
			r := hadath.NewResult(doc)
			r.Events = append(r.Events, hadath.Event{Confidence: math.NaN()})
			return r, nil
		}
		return hadath.NewResult(doc), nil
	})
	var in strings.Builder
	for _, id := range []string{"a", "boom", "b", "fail", "nan", "c"} {
		in.WriteString(jsonLine(t, hadath.Document{ID: id, Text: "نص الخبر"}))
	}
	stdout, stderr, code := run(t, m, strings.NewReader(in.String()), "extract", "-")
	if code != 1 {
		t.Errorf("exit code %d; want 1", code)
	}
	if got := ids(decodeResults(t, stdout)); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("results for %q; want a, b, c", got)
	}
	for _, want := range []string{
		`stdin:2: document "boom": internal error, please report it: panic: runtime error: invalid memory address`,
		"badinput_test.go:",
		`stdin:4: document "fail": extract: gazetteer not loaded`,
		`stdin:5: document "nan": internal error, please report it: encode result: `,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q; want it to contain %q", stderr, want)
		}
	}
}

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// examples is the folder of example articles, at the repository's root.
var examples = filepath.Join("..", "..", "examples")

// exampleDocs reads every example article: one document a .jsonl file.
func exampleDocs(t *testing.T) []*hadath.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(examples, "*.jsonl"))
	if err != nil || len(files) < 3 {
		t.Fatalf("examples/*.jsonl: %d files, %v; want at least 3", len(files), err)
	}
	var docs []*hadath.Document
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		dec := jsonl.NewDecoder(f, filepath.Base(p), 0)
		var n int
		for {
			rec, err := dec.Next()
			if err != nil {
				break
			}
			if rec.Err != nil {
				t.Fatalf("%s: %v", p, rec.Err)
			}
			docs = append(docs, rec.Doc)
			n++
		}
		f.Close()
		if n != 1 {
			t.Errorf("%s holds %d documents; want one", p, n)
		}
	}
	return docs
}

// exampleLines returns the example articles as JSON lines, one after the
// other, and how many there are.
func exampleLines(t *testing.T) (string, int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(examples, "*.jsonl"))
	var b strings.Builder
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String(), len(files)
}

// TestExamples checks that each example article is shipped once, as a
// dated document whose id is its file's name, and that "hadath extract
// examples" codes each one once, without a note about missing dates.
func TestExamples(t *testing.T) {
	entries, err := os.ReadDir(examples)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".jsonl")
		if !ok {
			t.Errorf("examples/%s: want only .jsonl files, one article each, so that a directory run codes each once", e.Name())
			continue
		}
		want = append(want, name)
	}
	texts := map[string]string{}
	for _, doc := range exampleDocs(t) {
		if err := doc.Validate(); err != nil || doc.Published == "" || doc.Source == "" || doc.Lang != "ar" {
			t.Errorf("example %q: %v; want valid, with published, source and lang ar", doc.ID, err)
		}
		if other, dup := texts[doc.Text]; dup {
			t.Errorf("examples %q and %q have the same text", other, doc.ID)
		}
		texts[doc.Text] = doc.ID
	}

	stdout, stderr, code := run(t, nil, nil, "extract", examples)
	if code != 0 || stderr != "" {
		t.Fatalf("hadath extract examples: exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	var got []string
	for _, r := range decodeResults(t, stdout) {
		got = append(got, r.DocID)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("hadath extract examples: results for %q; want one each for %q", got, want)
	}
}

// TestQuickStart runs the README's first command: one example article,
// coded with its own date, gives events dated from it.
func TestQuickStart(t *testing.T) {
	stdout, stderr, code := run(t, nil, nil, "extract", filepath.Join(examples, "drone-attack-harir.jsonl"), "--pretty")
	rs := decodeResults(t, stdout)
	if code != 0 || stderr != "" || len(rs) != 1 || len(rs[0].Events) == 0 {
		t.Fatalf("hadath extract examples/drone-attack-harir.jsonl: exit %d, stderr %q, %d results; want one with events", code, stderr, len(rs))
	}
	if d := rs[0].Events[0].Date; d != "2024-02-03" {
		t.Errorf("first event's date = %q; want 2024-02-03 (\"مساء السبت\" before 4 February 2024)", d)
	}
}

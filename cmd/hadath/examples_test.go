package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/hadath/hadath/jsonl"
)

// examples is the folder of example articles, at the repository's root.
var examples = filepath.Join("..", "..", "examples")

// TestExamples checks that examples/articles.jsonl holds exactly the
// example .txt files as valid documents, and that both forms extract.
func TestExamples(t *testing.T) {
	txts, err := filepath.Glob(filepath.Join(examples, "*.txt"))
	if err != nil || len(txts) < 3 {
		t.Fatalf("examples/*.txt: %d files, %v; want at least 3", len(txts), err)
	}
	texts := map[string]bool{}
	for _, p := range txts {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[string(b)] = true
	}
	f, err := os.Open(filepath.Join(examples, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := jsonl.NewDecoder(f, "articles.jsonl", 0)
	var ids []string
	for {
		rec, err := dec.Next()
		if err != nil {
			break
		}
		if rec.Err != nil {
			t.Fatalf("articles.jsonl: %v", rec.Err)
		}
		doc := rec.Doc
		if err := doc.Validate(); err != nil || doc.Published == "" || doc.Source == "" || doc.Lang != "ar" {
			t.Errorf("articles.jsonl:%d: document %q: %v; want valid, with published, source and lang ar", rec.Line, doc.ID, err)
		}
		if !texts[doc.Text] {
			t.Errorf("articles.jsonl:%d: the text of %q is not one of examples/*.txt", rec.Line, doc.ID)
		}
		delete(texts, doc.Text)
		ids = append(ids, doc.ID)
	}
	if len(texts) > 0 {
		t.Errorf("%d example .txt files are missing from articles.jsonl", len(texts))
	}

	args := append([]string{"extract", filepath.Join(examples, "articles.jsonl")}, txts...)
	stdout, stderr, code := run(t, nil, nil, args...)
	if code != 0 {
		t.Fatalf("hadath extract over examples: exit %d, stderr %q", code, stderr)
	}
	for _, p := range txts {
		ids = append(ids, filepath.Base(p))
	}
	var got []string
	for _, r := range decodeResults(t, stdout) {
		got = append(got, r.DocID)
	}
	if !slices.Equal(got, ids) {
		t.Errorf("results for %q; want %q", got, ids)
	}
}

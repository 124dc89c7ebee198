package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath/wordclass"
)

// TestClassesBuilt checks that the embedded word classes are what the
// code builds from the corpus: a change to the tokenizer, the stemmer or
// the clustering must come with the classes built again (hadath classes)
// and the models retrained.
func TestClassesBuilt(t *testing.T) {
	needCorpus(t)
	out := filepath.Join("..", "..", "wordclass", "data", wordclass.File)
	if _, stderr, code := run(t, nil, nil, "classes", "--corpus", corpusPath, "--out", out, "--check"); code != 0 {
		t.Errorf("hadath classes --check: exit %d: %s", code, stderr)
	}
}

func TestClassesCommand(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	var lines []string
	for i, text := range []string{
		"شنت الطائرات قصفا على مواقع المسلحين. وفاز الفريق في المباراة بهدف.",
		"شنت الطائرات غارة على مواقع المسلحين. وفاز الفريق في البطولة بهدف.",
	} {
		b, _ := json.Marshal(map[string]string{"id": "d" + string(rune('0'+i)), "text": text})
		lines = append(lines, string(b))
	}
	if err := os.WriteFile(corpus, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "classes.tsv")
	args := []string{"classes", "--corpus", corpus, "--out", out, "--n", "2", "--min-count", "1", "--words", "30", "--contexts", "30", "--window", "2"}
	if _, stderr, code := run(t, nil, nil, args...); code != 0 {
		t.Fatalf("hadath classes: exit %d: %s", code, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := wordclass.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Of("طاءر"); !ok || c.Count() != 2 {
		t.Errorf("classes of the small corpus: %d words in %d classes, طاءر classed %v; want 2 classes, the word classed", c.Len(), c.Count(), ok)
	}
	if _, stderr, code := run(t, nil, nil, append(args, "--check")...); code != 0 {
		t.Errorf("hadath classes --check of what it just wrote: exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(out, []byte("# stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, nil, nil, append(args, "--check")...); code == 0 || !strings.Contains(stderr, "differs") {
		t.Errorf("hadath classes --check of a stale file: exit %d: %s; want a failure", code, stderr)
	}
	for _, bad := range [][]string{{"classes", "--n", "0"}, {"classes", "extra"}, {"classes", "--corpus", filepath.Join(dir, "none.jsonl")}} {
		if _, _, code := run(t, nil, nil, bad...); code == 0 {
			t.Errorf("hadath %q: exit 0; want an error", bad)
		}
	}
}

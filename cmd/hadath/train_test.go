package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// corpusPath is the corpus the annotations' texts come from.
var corpusPath = filepath.Join("..", "..", "..", "shared", "corpus", "ant-news.jsonl.gz")

// needCorpus skips a test when the corpus beside the repository is
// missing (CI has it).
func needCorpus(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(corpusPath); err != nil {
		t.Skipf("no corpus: %v", err)
	}
}

// testTrainConfig returns the train command's default configuration as
// seen from this package's directory, training on gold.
func testTrainConfig(gold string) *trainConfig {
	c := &trainConfig{Gold: gold, Corpus: corpusPath, Reviews: filepath.Join("..", "..", "eval", "precision", "review-*.jsonl")}
	for _, p := range defaultSkipDocs {
		c.Skip = append(c.Skip, filepath.Join("..", "..", p))
	}
	return c
}

// TestModelsTrained checks that the committed models are what the code
// trains from the committed annotations: a change to the features, the
// rules or the data must come with retrained models (hadath train).
func TestModelsTrained(t *testing.T) {
	needCorpus(t)
	ms, _, err := trainModels(context.Background(), testTrainConfig(filepath.Join("..", "..", "eval", "train.jsonl")))
	if err != nil {
		t.Fatal(err)
	}
	stale, err := staleModels(ms, filepath.Join("..", "..", "extract", "models"))
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 {
		t.Errorf("extract/models differ from what the code trains: %v; run: go run ./cmd/hadath train", stale)
	}
}

// TestTrainSlice trains on the first documents of the training split
// and checks every model against testdata/train-slice.golden: the number
// of features and a digest of the file. Training must give the same
// models every time, on every machine.
func TestTrainSlice(t *testing.T) {
	needCorpus(t)
	gold := filepath.Join(t.TempDir(), "slice.jsonl")
	in, err := os.Open(filepath.Join("..", "..", "eval", "train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var slice bytes.Buffer
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 0; n < 25 && sc.Scan(); n++ {
		slice.Write(sc.Bytes())
		slice.WriteByte('\n')
	}
	if err := os.WriteFile(gold, slice.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	summary := func() string {
		ms, ex, err := trainModels(context.Background(), testTrainConfig(gold))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "examples %d\n", ex.Len())
		for _, m := range ms.All() {
			var f bytes.Buffer
			if _, err := m.WriteTo(&f); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s\t%d features\t%x\n", m.Name, len(m.Weights), sha256.Sum256(f.Bytes()))
		}
		return b.String()
	}
	got := summary()
	if again := summary(); again != got {
		t.Fatalf("two trainings on the same slice differ:\n%s\n%s", got, again)
	}
	golden := filepath.Join("testdata", "train-slice.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("training on the slice gave\n%s\nwant (testdata/train-slice.golden; -update to accept)\n%s", got, want)
	}
}

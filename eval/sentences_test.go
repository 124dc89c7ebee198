package eval

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sentenceSets are the sets of single sentences, relative to the
// repository root: each holds sample.jsonl, three label files and gold.
var sentenceSets = []string{"eval/sentences", "eval/sentences/protest"}

// TestSentenceSet checks the sets of single sentences (sentences/): every
// annotator's file is well formed, the gold labels are what the three
// files make (the two annotators where they agree, the third where not),
// and no sampled document has since entered an annotated split or a
// reviewed sample, whose documents the models learn from.
func TestSentenceSet(t *testing.T) {
	needTools(t)
	for _, set := range sentenceSets {
		t.Run(filepath.Base(set), func(t *testing.T) { checkSentenceSet(t, set) })
	}
}

// checkSentenceSet checks one set of TestSentenceSet.
func checkSentenceSet(t *testing.T, set string) {
	// sentset.py reads the corpus and the sets from the repository root.
	sample := set + "/sample.jsonl"
	label := func(f string) string { return set + "/" + f }
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("python3", append([]string{"eval/tools/sentset.py"}, args...)...)
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("sentset.py %v: %v\n%s", args, err, out)
		}
	}
	for _, f := range []string{"labels-a.jsonl", "labels-b.jsonl", "labels-c.jsonl", "gold.jsonl"} {
		run("check", sample, label(f))
	}
	tmp, err := filepath.Abs(filepath.Join(t.TempDir(), "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	run("gold", sample, label("labels-a.jsonl"), label("labels-b.jsonl"), label("labels-c.jsonl"), tmp)
	got, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", label("gold.jsonl")))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what sentset.py gold makes of the three label files", label("gold.jsonl"))
	}
	run("unseen", sample)
}

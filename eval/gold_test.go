package eval

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hadath/hadath/internal/skipnote"
)

// corpusPath is where the corpus sits beside the repository.
var corpusPath = filepath.Join("..", "..", "shared", "corpus", "ant-news.jsonl.gz")

// needTools skips the test when python3 or the corpus is missing.
func needTools(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("HADATH_REQUIRE_PYTHON") != "" {
			t.Fatal("python3 is needed to run the annotation tools, and HADATH_REQUIRE_PYTHON is set")
		}
		skipnote.Skipped("annotation checks (eval)", "python3 is missing", "apt-get install python3")
		t.Skip("python3 is needed to run the annotation tools")
	}
	if _, err := os.Stat(corpusPath); err != nil {
		skipnote.Skipped("annotation checks (eval)", "../shared/corpus is missing", "put the shared folder next to the repository")
		t.Skipf("no corpus: %v", err)
	}
}

// goldFiles are the built files, relative to this directory.
var goldFiles = []string{"train.jsonl", "test.jsonl", filepath.Join("agreement", "first.jsonl"), filepath.Join("agreement", "second.jsonl"),
	filepath.Join("agreement", "extra-first.jsonl"), filepath.Join("agreement", "extra-second.jsonl")}

// TestGoldBuilt checks that the gold files are what tools/ann.py build
// makes of the annotation files: nobody edited them by hand.
func TestGoldBuilt(t *testing.T) {
	needTools(t)
	dir := t.TempDir()
	cmd := exec.Command("python3", filepath.Join("tools", "ann.py"), "build", dir)
	cmd.Env = append(os.Environ(), "HADATH_CORPUS="+corpusPath)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ann.py build: %v\n%s", err, out)
	}
	for _, f := range goldFiles {
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what ann.py build makes of the annotation files: run python3 eval/tools/ann.py build", f)
		}
	}
}

// TestGoldValid checks every gold file with the referee's own checker,
// check_gold.py, against the corpus texts, and the sizes the sets must
// have.
func TestGoldValid(t *testing.T) {
	needTools(t)
	checker := filepath.Join("..", "..", "shared", "eval", "check_gold.py")
	if _, err := os.Stat(checker); err != nil {
		t.Skipf("no check_gold.py: %v", err)
	}
	min := map[string]int{"train.jsonl": 330, "test.jsonl": 120}
	ids := map[string][]string{}
	want := map[string]bool{}
	for _, f := range goldFiles {
		got, err := GoldIDs(f)
		if err != nil {
			t.Fatal(err)
		}
		if n, ok := min[f]; ok && len(got) < n {
			t.Errorf("%s: %d documents; want at least %d", f, len(got), n)
		}
		ids[f] = got
		for _, id := range got {
			want[id] = true
		}
	}
	arts, err := ReadCorpus(corpusPath, want)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	for _, f := range goldFiles {
		var set []Article
		for _, id := range ids[f] {
			a, ok := byID[id]
			if !ok {
				t.Fatalf("%s names document %q, which the corpus lacks", f, id)
			}
			set = append(set, a)
		}
		var buf bytes.Buffer
		if err := WriteDocs(&buf, set); err != nil {
			t.Fatal(err)
		}
		docs := filepath.Join(t.TempDir(), "docs.jsonl")
		if err := os.WriteFile(docs, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("python3", checker, docs, f).CombinedOutput(); err != nil {
			t.Errorf("check_gold.py %s: %v\n%s", f, err, out)
		}
	}
}

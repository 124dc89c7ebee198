package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/eval"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/model"
)

// trainConfig is the configuration of the train command.
type trainConfig struct {
	Gold   string
	Corpus string
	Out    string
	Check  bool
	Misses string
	// Reviews is the pattern of the reviewed samples whose verdicts the
	// mention model also learns from ("" for none); Skip lists the
	// annotated sets whose documents they must not teach about.
	Reviews string
	Skip    stringsFlag
}

// newTrainFlags returns the train command's flag set, bound to a new
// configuration.
func newTrainFlags() (*flag.FlagSet, *trainConfig) {
	c := &trainConfig{}
	fs := newFlagSet("train", "[flags]", `Trains the extractor's models (document relevance, event mention, modality,
coreference, argument roles) from an annotated split and the texts of its
documents, and writes one file per model. Training is deterministic: the
same code and data give the same files, byte for byte.

  hadath train                       # eval/train.jsonl -> extract/models
  hadath train --check               # fail if extract/models is stale

The corpus (../shared/corpus) is needed: annotations hold document ids,
not texts.
`)
	fs.StringVar(&c.Gold, "gold", filepath.Join("eval", "train.jsonl"), "annotated documents (gold format)")
	fs.StringVar(&c.Corpus, "corpus", filepath.Join("..", "shared", "corpus", "ant-news.jsonl.gz"), "JSON lines file with the documents' texts")
	fs.StringVar(&c.Out, "out", filepath.Join("extract", "models"), "directory to write the model files to")
	fs.StringVar(&c.Misses, "misses", "", "write the annotated events no trigger candidate reaches to this file (TSV), to grow the lexicon")
	fs.StringVar(&c.Reviews, "reviews", filepath.Join("eval", "precision", "review-*.jsonl"), "reviewed samples of the corpus whose verdicts on record types the mention model learns from (\"\": none)")
	fs.Var(&c.Skip, "skip-docs", "leave the documents of this JSON lines file out of the reviews' lessons (repeatable; default: the annotated splits and dev, "+strings.Join(defaultSkipDocs, ", ")+"; the --gold file's always are)")
	fs.BoolVar(&c.Check, "check", false, "compare with the files in --out instead of writing them; fail if they differ")
	return fs, c
}

// defaultSkipDocs are the annotated sets whose documents the reviews'
// lessons leave out by default: every split of the project (a fold of the
// training split must not learn a verdict on a document it is scored on),
// the documents of the single-sentence sets and the development set.
var defaultSkipDocs = []string{
	filepath.Join("eval", "train.jsonl"),
	filepath.Join("eval", "test.jsonl"),
	filepath.Join("eval", "ann", "pending", "gold.jsonl"),
	filepath.Join("eval", "sentences", "sample.jsonl"),
	filepath.Join("eval", "sentences", "protest", "sample.jsonl"),
	filepath.Join("..", "shared", "eval", "dev", "docs.jsonl"),
}

// runTrain runs the train command.
func (m *Main) runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newTrainFlags()
	fs.SetOutput(stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return fmt.Errorf("%w: train takes no arguments, have %d", ErrUsage, len(pos))
	}
	if len(c.Skip) == 0 {
		c.Skip = defaultSkipDocs
	}
	ms, ex, err := trainModels(ctx, c)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "trained on %d examples: relevance %d, mention %d, modality %d, coref %d, role %d\n",
		ex.Len(), len(ex.Relevance), len(ex.Mention), len(ex.Modality), len(ex.Coref), len(ex.Role))
	fmt.Fprintf(stderr, "trigger candidates reach %d of %d required events (%.1f%%)\n",
		ex.Reached, ex.Required, 100*float64(ex.Reached)/float64(max(ex.Required, 1)))
	if c.Misses != "" {
		var b bytes.Buffer
		for _, u := range ex.Unreached {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", u[0], u[1], oneLine(u[2]))
		}
		if err := os.WriteFile(c.Misses, b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if c.Check {
		stale, err := staleModels(ms, c.Out)
		if err != nil {
			return err
		}
		if len(stale) > 0 {
			return fmt.Errorf("models in %s differ from what the code trains: %v (run hadath train)", c.Out, stale)
		}
		fmt.Fprintf(stdout, "models in %s are up to date\n", c.Out)
		return nil
	}
	if err := ms.WriteDir(c.Out); err != nil {
		return err
	}
	for _, md := range ms.All() {
		fmt.Fprintf(stdout, "wrote %s (%d features)\n", filepath.Join(c.Out, md.Name+".tsv"), len(md.Weights))
	}
	return nil
}

// trainModels reads the annotated documents of goldPath and their texts
// from corpusPath, gathers the examples and trains every model.
func trainModels(ctx context.Context, c *trainConfig) (*extract.Models, *extract.Examples, error) {
	goldPath, corpusPath := c.Gold, c.Corpus
	golds, err := readGold(goldPath)
	if err != nil {
		return nil, nil, err
	}
	want := map[string]bool{}
	for _, g := range golds {
		want[g.DocID] = true
	}
	var verdicts map[string][]extract.Verdict
	if c.Reviews != "" {
		skip := map[string]bool{}
		for id := range want {
			skip[id] = true
		}
		for _, p := range c.Skip {
			if err := readIDs(p, skip); err != nil {
				return nil, nil, err
			}
		}
		if verdicts, err = readVerdicts(c.Reviews, skip); err != nil {
			return nil, nil, err
		}
		for id := range verdicts {
			want[id] = true
		}
	}
	arts, err := eval.ReadCorpus(corpusPath, want)
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus: %w", err)
	}
	byID := map[string]*eval.Article{}
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	x, err := extract.New(extract.Options{RulesOnly: true})
	if err != nil {
		return nil, nil, err
	}
	ex := &extract.Examples{}
	for i := range golds {
		a := byID[golds[i].DocID]
		if a == nil {
			return nil, nil, fmt.Errorf("doc %s of %s is not in %s", golds[i].DocID, goldPath, corpusPath)
		}
		if err := x.Examples(ctx, articleDoc(a), &golds[i], ex); err != nil {
			return nil, nil, err
		}
	}
	ids := make([]string, 0, len(verdicts))
	for id := range verdicts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := byID[id]
		if a == nil {
			return nil, nil, fmt.Errorf("doc %s of the reviews is not in %s", id, corpusPath)
		}
		if err := x.VerdictExamples(ctx, articleDoc(a), verdicts[id], ex); err != nil {
			return nil, nil, err
		}
	}
	return extract.TrainModels(ex, model.DefaultOptions), ex, nil
}

// articleDoc returns a corpus article as a document to code.
func articleDoc(a *eval.Article) *hadath.Document {
	return &hadath.Document{ID: a.ID, Text: a.Text, Lang: a.Lang, Published: a.Published, Source: a.Source, Title: a.Title}
}

// readGold reads a gold file, one annotated document a line.
func readGold(path string) ([]extract.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []extract.Gold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var g extract.Gold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// staleModels returns the names of the models whose file in dir differs
// from the trained one.
func staleModels(ms *extract.Models, dir string) ([]string, error) {
	var stale []string
	for _, md := range ms.All() {
		var b bytes.Buffer
		if _, err := md.WriteTo(&b); err != nil {
			return nil, err
		}
		have, err := os.ReadFile(filepath.Join(dir, md.Name+".tsv"))
		if err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		if !bytes.Equal(have, b.Bytes()) {
			stale = append(stale, md.Name)
		}
	}
	return stale, nil
}

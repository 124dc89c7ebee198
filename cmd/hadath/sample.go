package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
)

// sampleConfig is the configuration of the sample command.
type sampleConfig struct {
	N        int
	Seed     uint64
	Types    string
	Modality string
	MinConf  float64
	Format   string
	Exclude  stringsFlag
	Docs     string
	Results  string
}

// newSampleFlags returns the sample command's flag set, bound to a new
// configuration.
func newSampleFlags() (*flag.FlagSet, *sampleConfig) {
	c := &sampleConfig{}
	fs := newFlagSet("sample", "[flags] DOCS RESULTS", `Draws events at random from a coding run, for a person to check against the
articles: the precision of the coder on real news. RESULTS is what
"hadath extract DOCS" wrote; DOCS gives each event's article, date and
source. The same seed and results give the same sample: an event's place
in the draw is SHA-256("seed/doc id/event id").

  hadath extract corpus.jsonl.gz > run.jsonl
  hadath sample -n 100 corpus.jsonl.gz run.jsonl

The text format shows each event with its fields and evidence sentences,
ready to review. The jsonl format writes one line an event, with a
"review" object whose fields (type, date, location, actor, target) a
reviewer sets to "right", "wrong", "missing" (the text gives it, the
event lacks it) or "none" (neither gives it).
`)
	fs.IntVar(&c.N, "n", 100, "how many events to draw")
	fs.Uint64Var(&c.Seed, "seed", 1, "seed of the draw")
	fs.StringVar(&c.Types, "type", "", "draw only events of these types (comma separated)")
	fs.StringVar(&c.Modality, "modality", hadath.Asserted, "draw only events of this modality, or any")
	fs.Float64Var(&c.MinConf, "min-confidence", 0, "draw only events of at least this confidence, 0 to 1: the precision a user who filters so would see")
	fs.StringVar(&c.Format, "format", "text", "output format: text or jsonl")
	fs.Var(&c.Exclude, "exclude", "leave out the documents of this JSON lines file (its \"id\" or \"doc_id\" fields; repeatable)")
	return fs, c
}

// parse reads the command line into c and checks it.
func (c *sampleConfig) parse(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("%w: want DOCS and RESULTS, have %d arguments", ErrUsage, len(pos))
	}
	c.Docs, c.Results = pos[0], pos[1]
	switch {
	case c.N <= 0:
		return fmt.Errorf("%w: -n %d: want a positive number", ErrUsage, c.N)
	case c.Format != "text" && c.Format != "jsonl":
		return fmt.Errorf("%w: --format %q: want text or jsonl", ErrUsage, c.Format)
	case c.Modality != "any" && !slices.Contains([]string{hadath.Asserted, hadath.Future, hadath.Negated, hadath.Hypothetical}, c.Modality):
		return fmt.Errorf("%w: --modality %q: want asserted, future, negated, hypothetical or any", ErrUsage, c.Modality)
	case !hadath.ValidConfidence(c.MinConf):
		return fmt.Errorf("%w: --min-confidence %v: want a number from 0 to 1", ErrUsage, c.MinConf)
	}
	for _, t := range c.types() {
		if !slices.Contains(hadath.EventTypes, t) {
			return fmt.Errorf("%w: --type %q: not an event type", ErrUsage, t)
		}
	}
	return nil
}

// types returns the --type list, upper-cased.
func (c *sampleConfig) types() []string {
	if c.Types == "" {
		return nil
	}
	var out []string
	for _, t := range strings.Split(c.Types, ",") {
		out = append(out, strings.ToUpper(strings.TrimSpace(t)))
	}
	return out
}

// drawn is one event of the sample.
type drawn struct {
	key   string
	docID string
	event hadath.Event
	doc   *hadath.Document
}

// runSample runs the sample command.
func (m *Main) runSample(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newSampleFlags()
	fs.SetOutput(stderr)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	skip := map[string]bool{}
	for _, path := range c.Exclude {
		if err := readIDs(path, skip); err != nil {
			return err
		}
	}
	picked, total, err := c.draw(c.Results, skip)
	if err != nil {
		return err
	}
	if err := attachDocs(ctx, c.Docs, picked); err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	for i, d := range picked {
		if c.Format == "jsonl" {
			err = writeSampleJSON(w, i+1, d)
		} else {
			writeSampleText(w, i+1, len(picked), d)
		}
		if err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	fmt.Fprintf(stderr, "hadath: drew %d of %d events\n", len(picked), total)
	return nil
}

// draw reads the results and keeps the c.N events that pass the filters
// with the smallest keys, in key order. total counts the events that pass.
func (c *sampleConfig) draw(path string, skip map[string]bool) ([]*drawn, int, error) {
	types := c.types()
	h := &sampleHeap{}
	total := 0
	err := eachLine(path, "read results", func(line []byte) error {
		var res hadath.Result
		if err := json.Unmarshal(line, &res); err != nil || res.DocID == "" {
			return errors.New(`not a result of hadath extract (no "doc_id")`)
		}
		if skip[res.DocID] {
			return nil
		}
		for _, ev := range res.Events {
			if len(types) > 0 && !slices.Contains(types, ev.Type) {
				continue
			}
			if mod := ev.Modality; c.Modality != "any" && mod != c.Modality && !(mod == "" && c.Modality == hadath.Asserted) {
				continue
			}
			if ev.Confidence < c.MinConf {
				continue
			}
			total++
			sum := sha256.Sum256(fmt.Appendf(nil, "%d/%s/%s", c.Seed, res.DocID, ev.ID))
			d := &drawn{key: fmt.Sprintf("%x", sum), docID: res.DocID, event: ev}
			if h.Len() < c.N {
				heap.Push(h, d)
			} else if d.key < (*h)[0].key {
				(*h)[0] = d
				heap.Fix(h, 0)
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	out := []*drawn(*h)
	slices.SortFunc(out, func(a, b *drawn) int { return strings.Compare(a.key, b.key) })
	return out, total, nil
}

// eachLine calls fn with every non-blank line of a JSON lines file,
// gzipped or not. An error names the file and line, after what.
func eachLine(path, what string, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer f.Close()
	r, err := jsonl.Unzip(f)
	if err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	lr := jsonl.NewLineReader(r, 256<<20)
	for {
		line, err := lr.Next()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s %s:%d: %w", what, path, lr.Line(), err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s %s:%d: %w", what, path, lr.Line(), err)
		}
	}
}

// sampleHeap is a max-heap of drawn events by key: its top is the one to
// drop when a smaller key comes.
type sampleHeap []*drawn

func (h sampleHeap) Len() int           { return len(h) }
func (h sampleHeap) Less(i, j int) bool { return h[i].key > h[j].key }
func (h sampleHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *sampleHeap) Push(x any)        { *h = append(*h, x.(*drawn)) }
func (h *sampleHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// attachDocs reads the documents and gives each drawn event its own.
func attachDocs(ctx context.Context, path string, picked []*drawn) error {
	want := map[string][]*drawn{}
	for _, d := range picked {
		want[d.docID] = append(want[d.docID], d)
	}
	r := &source.Reader{}
	err := r.Each(ctx, []string{path}, func(it *source.Item) bool {
		if it.Doc != nil {
			for _, d := range want[it.Doc.ID] {
				d.doc = it.Doc
				// A lean run writes evidence without its text: cut it.
				for i, sp := range d.event.Evidence {
					if sp.Text == "" {
						d.event.Evidence[i].Text = hadath.Cut(it.Doc.Text, sp.Start, sp.End)
					}
				}
			}
		}
		return true
	})
	if err != nil {
		return fmt.Errorf("read documents %s: %w", path, err)
	}
	for _, d := range picked {
		if d.doc == nil {
			return fmt.Errorf("read documents %s: no document %q, which the results name", path, d.docID)
		}
	}
	return nil
}

// readIDs adds to ids the "id" or "doc_id" of every line of a JSON lines
// file (gzipped or not).
func readIDs(path string, ids map[string]bool) error {
	return eachLine(path, "--exclude", func(line []byte) error {
		var row struct {
			ID    string `json:"id"`
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal(line, &row); err != nil || row.ID == "" && row.DocID == "" {
			return errors.New(`want a JSON object with "id" or "doc_id"`)
		}
		ids[row.ID], ids[row.DocID] = true, true
		delete(ids, "")
		return nil
	})
}

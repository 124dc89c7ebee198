package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
)

// explainConfig is the configuration of the explain command.
type explainConfig struct {
	ID        string
	Top       int
	Published string
	Dicts     stringsFlag
	Floor     *floorFlag // --min-confidence
	Models    string     // directory of model files overriding the embedded ones
	Inputs    []string
}

// newExplainFlags returns the explain command's flag set, bound to a new
// configuration.
func newExplainFlags() (*flag.FlagSet, *explainConfig) {
	c := &explainConfig{}
	fs := newFlagSet("explain", "[flags] INPUT", `Codes one document and prints every decision the trained models made about
it: whether the story reports any event, each trigger candidate's type or
NONE, the modality of each kept mention and which mentions were joined as
one happening, each with its probability and the features that weighed
most. Then the events as coded. INPUT is a .txt file, a JSON lines file
(with --id to pick a document; the first otherwise) or - for stdin.

  hadath explain --id AL-middleEast-12-20180301 corpus.jsonl.gz
`)
	fs.StringVar(&c.ID, "id", "", "the document to explain, in a JSON lines input")
	fs.IntVar(&c.Top, "top", 6, "how many features to show per decision")
	fs.StringVar(&c.Published, "published", "", "publication date of a .txt input")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	c.Floor = newFloorFlag(fs)
	fs.StringVar(&c.Models, "models", "", "directory of model files (from hadath train) overriding the embedded ones")
	return fs, c
}

// runExplain runs the explain command.
func (m *Main) runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := newExplainFlags()
	fs.SetOutput(stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one INPUT, have %d", ErrUsage, len(pos))
	}
	if c.Top <= 0 {
		return fmt.Errorf("%w: --top %d: want a positive number", ErrUsage, c.Top)
	}
	x, err := extract.New(extract.Options{DictDirs: c.Dicts, ModelDir: c.Models, MinConfidence: c.Floor.option()})
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	in := &source.Reader{MaxBytes: jsonl.DefaultMaxBytes, Stdin: stdin}
	in.Defaults.Published = c.Published
	var found *source.Item
	in.Each(ctx, pos, func(s *source.Item) bool {
		for _, e := range s.Errs {
			fmt.Fprintf(stderr, "hadath: %s: %v\n", s.Where, e)
		}
		if s.Doc != nil && (c.ID == "" || s.Doc.ID == c.ID) {
			found = s
			return false
		}
		return true
	})
	if found == nil {
		if c.ID != "" {
			return fmt.Errorf("no document %q in %s", c.ID, pos[0])
		}
		return fmt.Errorf("no document in %s", pos[0])
	}
	res, tr, err := x.Explain(ctx, found.Doc, c.Top)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "document %s", found.Doc.ID)
	if found.Doc.Published != "" {
		fmt.Fprintf(stdout, " (published %s)", found.Doc.Published)
	}
	fmt.Fprintln(stdout)
	if len(tr.Decisions) == 0 {
		fmt.Fprintln(stdout, "\nno trained models are loaded: the rules decided alone")
	}
	for _, d := range tr.Decisions {
		fmt.Fprintln(stdout)
		if d.Stage == "document" {
			fmt.Fprintf(stdout, "document relevance: %.2f\n", d.Prob)
		} else {
			fmt.Fprintf(stdout, "%s %q at %d: %s (%.2f)\n", d.Stage, oneLine(d.Span.Text), d.Span.Start, d.Class, d.Prob)
		}
		for _, f := range d.Features {
			fmt.Fprintf(stdout, "    %+7.3f  %s\n", f.Weight, f.Feature)
		}
	}
	fmt.Fprintf(stdout, "\n%d events\n", len(res.Events))
	printEvents(stdout, res.Events)
	if len(tr.LeftOut) > 0 {
		fmt.Fprintf(stdout, "\n%d left out, under the least confidence %g (--min-confidence)\n", len(tr.LeftOut), x.MinConfidence())
		printEvents(stdout, tr.LeftOut)
	}
	return nil
}

// printEvents prints one line for each event: what explain shows of it.
func printEvents(stdout io.Writer, evs []hadath.Event) {
	for _, ev := range evs {
		fmt.Fprintf(stdout, "  %s %s %q confidence=%.2f", ev.Type, ev.Modality, oneLine(ev.Trigger.Text), ev.Confidence)
		if ev.Actor != nil {
			fmt.Fprintf(stdout, " actor=%s", ev.Actor.Name)
		}
		if ev.Target != nil {
			fmt.Fprintf(stdout, " target=%s", ev.Target.Name)
		}
		if ev.Location != nil {
			fmt.Fprintf(stdout, " place=%s", ev.Location.Name)
		}
		if ev.Date != "" {
			fmt.Fprintf(stdout, " date=%s", ev.Date)
		}
		fmt.Fprintln(stdout)
	}
}

package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hadath/hadath/eval"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/wordclass"
)

// classesConfig is the configuration of the classes command.
type classesConfig struct {
	Corpus string
	Out    string
	Limit  int
	Check  bool
	Opts   wordclass.Options
}

// newClassesFlags returns the classes command's flag set, bound to a new
// configuration.
func newClassesFlags() (*flag.FlagSet, *classesConfig) {
	c := &classesConfig{Opts: wordclass.DefaultOptions}
	fs := newFlagSet("classes", "[flags]", `Groups the words of a corpus into classes of words used alike, by the words
they stand beside, and writes them as word-class lines. The models read a
word's class beside the word, so that what they learn of one word carries
to the rest of its class. The embedded classes were made with the defaults,
run from the repository's root:

  hadath classes

After changing the classes, retrain the models (hadath train).
`)
	fs.StringVar(&c.Corpus, "corpus", filepath.Join("..", "shared", "corpus", "ant-news.jsonl.gz"), "JSON lines file of the texts to learn the classes from")
	fs.StringVar(&c.Out, "out", filepath.Join("wordclass", "data", wordclass.File), "file to write the classes to (-: stdout)")
	fs.BoolVar(&c.Check, "check", false, "compare with the file --out names instead of writing it; fail if they differ")
	fs.IntVar(&c.Limit, "limit", 0, "read only the first N texts (0: all)")
	fs.IntVar(&c.Opts.Words, "words", c.Opts.Words, "how many of the most frequent words get a class")
	fs.IntVar(&c.Opts.Contexts, "contexts", c.Opts.Contexts, "how many of the most frequent words serve as neighbours")
	fs.IntVar(&c.Opts.Classes, "n", c.Opts.Classes, "the number of classes")
	fs.IntVar(&c.Opts.Rounds, "rounds", c.Opts.Rounds, "rounds of k-means")
	fs.IntVar(&c.Opts.Window, "window", c.Opts.Window, "0: neighbours by position (the words before and after); N: every word within N on either side")
	fs.IntVar(&c.Opts.MinCount, "min-count", c.Opts.MinCount, "the fewest times a word must occur to get a class")
	return fs, c
}

// runClasses runs the classes command.
func (m *Main) runClasses(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newClassesFlags()
	fs.SetOutput(stderr)
	rest, err := parseFlags(fs, args)
	switch {
	case err != nil:
		return err
	case len(rest) != 0:
		return fmt.Errorf("%w: classes takes no arguments", ErrUsage)
	case c.Opts.Words < 1 || c.Opts.Contexts < 1 || c.Opts.Classes < 1 || c.Opts.Classes > wordclass.MaxClasses || c.Opts.Rounds < 1 || c.Limit < 0:
		return fmt.Errorf("%w: --words, --contexts and --rounds must be positive, --n from 1 to %d", ErrUsage, wordclass.MaxClasses)
	}
	arts, err := eval.ReadCorpus(c.Corpus, nil)
	if err != nil {
		return err
	}
	if c.Limit > 0 && c.Limit < len(arts) {
		arts = arts[:c.Limit]
	}
	var b wordclass.Builder
	an := ar.NewAnalyzer()
	var words []string
	for i := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		x := an.Analyze(arts[i].Text)
		for _, st := range x.Sentences {
			words = words[:0]
			for k := st.First; k < st.Last; k++ {
				if t := &x.Tokens[k]; t.Kind == ar.Word {
					if w := extract.WordKey(t); w != "" {
						words = append(words, w)
					}
				}
			}
			if len(words) > 0 {
				b.Add(words)
			}
		}
	}
	cl := b.Build(c.Opts)
	var out bytes.Buffer
	if _, err := cl.WriteTo(&out, classesHeader(c, len(arts))...); err != nil {
		return fmt.Errorf("write classes: %w", err)
	}
	switch {
	case c.Check:
		have, err := os.ReadFile(c.Out)
		if err != nil {
			return err
		}
		if !bytes.Equal(have, out.Bytes()) {
			return fmt.Errorf("%s differs from the classes the corpus gives; run: hadath classes", c.Out)
		}
		fmt.Fprintf(stderr, "classes: %s is what the corpus gives\n", c.Out)
		return nil
	case c.Out == "-":
		_, err = stdout.Write(out.Bytes())
	default:
		err = os.WriteFile(c.Out, out.Bytes(), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write classes: %w", err)
	}
	fmt.Fprintf(stderr, "classes: %d words in %d classes\n", cl.Len(), cl.Count())
	return nil
}

// classesHeader returns the comment lines that head a classes file: how
// it was made, and its format.
func classesHeader(c *classesConfig, texts int) []string {
	o := c.Opts
	near := "the two words on either side, by position"
	if o.Window > 0 {
		near = fmt.Sprintf("the words within %d on either side", o.Window)
	}
	return []string{
		"hadath word classes: words used alike, grouped by the words they stand beside.",
		fmt.Sprintf("Made by `hadath classes` from %s (%d texts): the %d most frequent words", filepath.Base(c.Corpus), texts, o.Words),
		fmt.Sprintf("(seen %d times or more) in %d classes, each word read by %s", o.MinCount, o.Classes, near),
		fmt.Sprintf("among the %d most frequent words (%d rounds of k-means).", o.Contexts, o.Rounds),
		"Words are folded and lightly stemmed, as the models read them. Format: word<TAB>class.",
		"A file classes.tsv in a --dict directory adds words or moves them to another class.",
	}
}

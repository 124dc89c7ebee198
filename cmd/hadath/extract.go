package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
)

// extractConfig is the configuration of the extract command.
type extractConfig struct {
	Workers  int
	Pretty   bool
	MaxBytes int64
	Dicts    stringsFlag
	Floor    *floorFlag      // --min-confidence
	Models   string          // directory of model files overriding the embedded ones
	Rules    bool            // code with the hand rules alone
	Full     bool            // write evidence text, quotes and entities
	Lang     string          // overrides every document's language
	Defaults hadath.Document // published, source and title from the flags
	// DocTimeout is the time budget of one document; 0: none.
	DocTimeout time.Duration
	Inputs     []string
	// CPUProfile names a file to write a CPU profile of the run to.
	CPUProfile string
	// encodeLate leaves each result in item.res for the writer to encode
	// instead of encoding it in the worker that coded it.
	encodeLate bool
}

// newExtractFlags returns the extract command's flag set, bound to a new
// configuration.
func newExtractFlags() (*flag.FlagSet, *extractConfig) {
	c := &extractConfig{}
	fs := newFlagSet("extract", "[flags] INPUT...", `Codes the events of each document and writes one JSON result a document to
standard output, in input order. An INPUT is
  FILE.txt           one document; its id is the file name
  FILE.html          one web page: its main text, title and date
  FILE.jsonl[.gz]    one document a line: {"id", "text", "lang", "published",
                     "source", "url", "title"}; gzip is also detected
  FEED or URL        an RSS or Atom feed (its items' pages are fetched) or a page
  DIRECTORY          every such file below it
  -                  standard input: JSON lines, or else plain text as one
                     document with the id "stdin"
Problems with an input or a document are reported on standard error with
its file and line; the other documents go on, and the exit status is 1.
`)
	fs.IntVar(&c.Workers, "workers", runtime.GOMAXPROCS(0), "number of documents coded in parallel")
	fs.BoolVar(&c.Pretty, "pretty", false, "indent the JSON output")
	fs.Int64Var(&c.MaxBytes, "max-bytes", jsonl.DefaultMaxBytes, "skip a document (a .txt file or a JSON line) over this many bytes")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	c.Floor = newFloorFlag(fs)
	fs.StringVar(&c.Models, "models", "", "directory of model files (from hadath train) overriding the embedded ones")
	fs.BoolVar(&c.Rules, "rules", false, "code with the hand rules alone, without the trained models")
	fs.BoolVar(&c.Full, "full", false, "write the evidence sentences' text, the quotes and the entities (left out by default: the spans locate them)")
	fs.StringVar(&c.Lang, "lang", "", "language of every document: ar or en (default: the document's, else detected)")
	fs.StringVar(&c.Defaults.Published, "published", "", "publication date (YYYY-MM-DD or RFC 3339) of .txt files, and of JSON lines that give none")
	fs.StringVar(&c.Defaults.Source, "source", "", "source (publisher) of .txt files, and of JSON lines that give none")
	fs.StringVar(&c.Defaults.Title, "title", "", "title of .txt files, and of JSON lines that give none")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write a CPU profile of reading, coding and writing to this file (go tool pprof)")
	bindDocTimeout(fs, &c.DocTimeout)
	return fs, c
}

// parse reads the command line into c and checks it.
func (c *extractConfig) parse(fs *flag.FlagSet, args []string) error {
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.Inputs = inputs
	switch {
	case len(c.Inputs) == 0:
		return fmt.Errorf("%w: no input: give .txt or .jsonl files, or - for standard input", ErrUsage)
	case c.Workers < 0:
		return fmt.Errorf("%w: --workers %d: want a positive number", ErrUsage, c.Workers)
	case c.MaxBytes <= 0:
		return fmt.Errorf("%w: --max-bytes %d: want a positive number", ErrUsage, c.MaxBytes)
	}
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if err := checkDocTimeout(c.DocTimeout); err != nil {
		return err
	}
	return checkDocFlags(c.Defaults, c.Lang)
}

// checkDocFlags checks the flags that describe documents, which extract
// and ingest share: --published and --lang.
func checkDocFlags(defaults hadath.Document, lang string) error {
	if _, _, err := defaults.PublishedTime(); err != nil {
		return fmt.Errorf("%w: --published: %s", ErrUsage, hadath.ErrorMessage(err))
	}
	if lang != "" && !knownLang(lang) {
		return fmt.Errorf("%w: --lang %q: want ar or en", ErrUsage, lang)
	}
	return nil
}

// runExtract runs the extract command.
func (m *Main) runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := newExtractFlags()
	fs.SetOutput(stderr)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts, ModelDir: c.Models, RulesOnly: c.Rules, MinConfidence: c.Floor.option()})
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}

	if c.CPUProfile != "" {
		stop, err := startCPUProfile(c.CPUProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	in := &source.Reader{MaxBytes: c.MaxBytes, Defaults: c.Defaults, Stdin: stdin}
	out := bufio.NewWriterSize(stdout, 256<<10)
	var total, failed, results int
	var nodate undated
	// With one worker, the goroutine that writes encodes the results, so
	// that encoding one overlaps coding the next (see encodeLate).
	c.encodeLate = c.Workers == 1
	work := func(it *item) { c.process(ctx, x, it) }
	write := func(it *item, idle bool) error {
		if it.res != nil {
			c.encodeInto(it, it.res)
			it.res = nil
		}
		total++
		if len(it.errs) > 0 {
			failed++
		}
		it.report(stderr)
		if it.out != nil {
			results++
			if it.doc != nil && it.doc.Published == "" {
				nodate.add(it.where)
			}
			if _, err := out.Write(it.out); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		if idle && out.Buffered() > 0 {
			return out.Flush()
		}
		return nil
	}
	err = runPipeline(ctx, c.Workers, func(emit func(*item) bool) { readInputs(ctx, in, c.Inputs, emit) }, work, write)
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return err
	}
	if w := nodate.warning(); w != "" {
		fmt.Fprintln(stderr, w)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "hadath: %d of %s had problems; %s written\n", failed, count(total, "input", "inputs"), count(results, "result", "results"))
		return ErrFailed
	}
	return nil
}

// process codes the document of it, if it has one, and encodes its result
// into it.out. A panic becomes an internal error of that document.
func (c *extractConfig) process(ctx context.Context, x hadath.Extractor, it *item) {
	if it.doc == nil {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			it.out = nil
			it.fail("%v", panicError(r))
		}
	}()
	res, ok := c.prepare(it)
	if ok {
		var err error
		if res, err = extractWithin(ctx, x, it.doc, c.DocTimeout); errors.Is(err, errInternal) {
			it.fail("%v", err)
			return
		} else if err != nil {
			it.fail("extract: %v", err)
			return
		}
	}
	if res != nil {
		if c.encodeLate {
			it.res = res
			return
		}
		c.encodeInto(it, res)
	}
}

// encodeInto encodes res into it.out. A panic becomes an internal error
// of the document.
func (c *extractConfig) encodeInto(it *item, res *hadath.Result) {
	defer func() {
		if r := recover(); r != nil {
			it.out = nil
			it.fail("%v", panicError(r))
		}
	}()
	var err error
	if it.out, err = c.encode(res); err != nil {
		it.fail("%v: encode result: %v", errInternal, err)
	}
}

// safeExtract codes doc with x, turning a panic into an error.
func safeExtract(ctx context.Context, x hadath.Extractor, doc *hadath.Document) (res *hadath.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, panicError(r)
		}
	}()
	return x.Extract(ctx, doc)
}

// lean returns a copy of res without what a reader can find from its
// spans: the text of the evidence sentences, and the quotes and entities.
// A document's result then weighs about a third as much.
func lean(res *hadath.Result) *hadath.Result {
	out := *res
	out.Quotes, out.Entities = []hadath.Quote{}, []hadath.Entity{}
	out.Events = make([]hadath.Event, len(res.Events))
	for i, ev := range res.Events {
		ev.Evidence = make([]hadath.Span, len(ev.Evidence))
		for j, sp := range res.Events[i].Evidence {
			ev.Evidence[j] = hadath.Span{Start: sp.Start, End: sp.End}
		}
		out.Events[i] = ev
	}
	out.Aggregates = make([]hadath.Aggregate, len(res.Aggregates))
	for i, ag := range res.Aggregates {
		ev := make([]hadath.Span, len(ag.Evidence))
		for j, sp := range ag.Evidence {
			ev[j] = hadath.Span{Start: sp.Start, End: sp.End}
		}
		ag.Evidence = ev
		out.Aggregates[i] = ag
	}
	return &out
}

// encode returns res as one JSON line (indented with --pretty), leaving
// non-ASCII text, "<", ">" and "&" unescaped so it stays readable (but
// for the events, which escape them as Event.MarshalJSON does).
func (c *extractConfig) encode(res *hadath.Result) ([]byte, error) {
	if !c.Pretty {
		return appendResult(make([]byte, 0, 4096), res, !c.Full)
	}
	if !c.Full {
		res = lean(res)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

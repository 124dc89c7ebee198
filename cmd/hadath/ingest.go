package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
)

// ingestConfig is the configuration of the ingest command.
type ingestConfig struct {
	DB       string
	Queue    string // nats:// URL: publish instead of storing
	Workers  int
	Batch    int
	MaxBytes int64
	Timeout  time.Duration
	Dicts    stringsFlag
	Floor    *floorFlag // --min-confidence
	Lang     string
	Defaults hadath.Document
	Progress string // auto, always, never
	// Recode codes again the documents the store holds unchanged.
	Recode bool
	// DocTimeout is the time budget of one document; 0: none.
	DocTimeout time.Duration
	Inputs     []string
}

// newIngestFlags returns the ingest command's flag set.
func newIngestFlags() (*flag.FlagSet, *ingestConfig) {
	c := &ingestConfig{}
	fs := newFlagSet("ingest", "[flags] SOURCE...", `Codes documents and stores their events, grouping reports of the same
happening into incidents. A SOURCE is
  FILE.txt, FILE.html        one document; its id is the file name
  FILE.jsonl[.gz]            one document a line, in the input format of docs/format.md
  FEED.xml, FEED.rss, FEED.atom, or an http(s) URL of a feed or a page
                             a feed's items are fetched and stored
  DIRECTORY                  every such file below it
  -                          standard input: JSON lines, or else plain text as
                             one document with the id "stdin"
Ingesting is idempotent: a document already stored with the same content is
skipped, and a changed one replaces its old events. Documents are stored in
batches, each in one transaction, so an interrupted run loses nothing
committed; run the same command again to finish the job.
`)
	bindDB(fs, &c.DB)
	fs.StringVar(&c.Queue, "queue", "", "publish the documents to the NATS JetStream queue at this URL (nats://HOST:4222) for \"hadath worker\" instead of storing them")
	fs.IntVar(&c.Workers, "workers", max(1, runtime.GOMAXPROCS(0)-1), "number of documents coded in parallel (default: one core is left to the store)")
	fs.IntVar(&c.Batch, "batch", ingest.DefaultBatchSize, "documents stored in one transaction")
	fs.Int64Var(&c.MaxBytes, "max-bytes", jsonl.DefaultMaxBytes, "skip a document, page or feed over this many bytes")
	fs.DurationVar(&c.Timeout, "timeout", source.DefaultTimeout, "time limit of one HTTP request")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	c.Floor = newFloorFlag(fs)
	fs.StringVar(&c.Lang, "lang", "", "language of every document: ar or en (default: the document's, else detected)")
	fs.StringVar(&c.Defaults.Published, "published", "", "publication date of documents that give none")
	fs.StringVar(&c.Defaults.Source, "source", "", "source (publisher) of documents that give none")
	fs.StringVar(&c.Progress, "progress", "auto", "progress bar on standard error: auto (on a terminal), always or never")
	fs.BoolVar(&c.Recode, "recode", false, "code again the documents the store holds unchanged, and store their events in place of the old ones (after upgrading hadath; counted as changed)")
	bindDocTimeout(fs, &c.DocTimeout)
	return fs, c
}

// parse reads the command line into c and checks it.
func (c *ingestConfig) parse(fs *flag.FlagSet, args []string) error {
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.Inputs = inputs
	switch {
	case len(c.Inputs) == 0:
		return fmt.Errorf("%w: no source: give files, directories, feeds or - for standard input", ErrUsage)
	case c.Workers < 0 || c.Batch < 0:
		return fmt.Errorf("%w: --workers and --batch must be positive", ErrUsage)
	case c.MaxBytes <= 0:
		return fmt.Errorf("%w: --max-bytes %d: want a positive number", ErrUsage, c.MaxBytes)
	case c.Progress != "auto" && c.Progress != "always" && c.Progress != "never":
		return fmt.Errorf("%w: --progress %q: want auto, always or never", ErrUsage, c.Progress)
	case c.Queue != "" && !strings.HasPrefix(c.Queue, "nats://"):
		return fmt.Errorf("%w: --queue %q: want nats://HOST:PORT", ErrUsage, c.Queue)
	case c.Queue != "" && c.Recode:
		return fmt.Errorf("%w: --recode codes here and stores: not with --queue", ErrUsage)
	}
	if err := checkDocTimeout(c.DocTimeout); err != nil {
		return err
	}
	return checkDocFlags(c.Defaults, c.Lang)
}

// runIngest runs "hadath ingest".
func (m *Main) runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, c := newIngestFlags()
	fs.SetOutput(stderr)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(ingest.GCPercent))
	}
	rd := &source.Reader{MaxBytes: c.MaxBytes, Defaults: c.Defaults, Stdin: stdin, Timeout: c.Timeout}
	if c.Queue != "" {
		return publishInputs(ctx, c, rd, stderr)
	}
	x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts, MinConfidence: c.Floor.option()})
	if err != nil {
		return err
	}
	store, err := openStore(ctx, c.DB) // created when it does not exist
	if err != nil {
		return err
	}
	defer store.Close()

	bar := newProgress(stderr, c.Progress, c.Inputs)
	g := &ingest.Ingester{
		Store: store, Workers: c.Workers, BatchSize: c.Batch, Recode: c.Recode,
		Code: newCoder(x, c.Lang, c.DocTimeout),
		Report: func(where string, errs []error, notes []string) {
			bar.clear()
			it := &item{where: where, errs: errs, notes: notes}
			it.report(stderr)
		},
		Progress: bar.update,
	}
	var nodate undated
	inputs := func(yield func(*ingest.Input) bool) {
		rd.Each(ctx, c.Inputs, func(it *source.Item) bool {
			if it.Doc != nil && len(it.Errs) == 0 && it.Doc.Published == "" {
				nodate.add(it.Where)
			}
			return yield(&ingest.Input{Where: it.Where, Doc: it.Doc, Errs: it.Errs, Notes: it.Notes})
		})
	}
	sum, err := g.Run(ctx, inputs)
	bar.clear()
	if w := nodate.warning(); w != "" {
		fmt.Fprintln(stderr, w)
	}
	fmt.Fprintf(stderr, "hadath ingest: %s\n", ingestSummary(sum))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted; what was stored is kept, run the same command again to finish")
		}
		return err
	}
	alertPass(ctx, store, stderr)
	if sum.Errors > 0 {
		return ErrFailed
	}
	return nil
}

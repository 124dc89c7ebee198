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
	"sync"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
	"github.com/hadath/hadath/extract"
	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/source"
	"github.com/hadath/hadath/watch"
)

// watchConfig is the configuration of the watch command.
type watchConfig struct {
	DB          string
	Sources     string
	Feeds       stringsFlag
	Every       time.Duration
	Once        bool
	MaxInFlight int
	Workers     int
	MaxBytes    int64
	Timeout     time.Duration
	Dicts       stringsFlag
	Floor       *floorFlag // --min-confidence
	Lang        string
	Log         string // auto, text, json
	Queue       string // nats://...: publish new items instead of coding them
	DocTimeout  time.Duration
}

// newWatchFlags returns the watch command's flag set.
func newWatchFlags() (*flag.FlagSet, *watchConfig) {
	c := &watchConfig{}
	fs := newFlagSet("watch", "[flags] [--sources FILE] [--feed URL ...]", `Follows RSS and Atom feeds and web pages: polls each on its own interval
(with jitter), codes the items it has not seen and stores their events, as
ingest does. The sources file has one source a line:
  URL [every=DURATION] [name=NAME]      (# starts a comment)
Polls are polite: conditional requests (ETag, Last-Modified), at most
--max-inflight requests at once, a User-Agent naming hadath, and a source
that fails is polled later and later (up to an hour). What was coded is
remembered in the store, by link and by content, so a restart codes nothing
twice. On a terminal a status line shows the counts; otherwise, or with
--log, each poll is logged. Stop it with Ctrl-C.
`)
	bindDB(fs, &c.DB)
	fs.StringVar(&c.Sources, "sources", "", "file of sources to follow, one a line")
	fs.Var(&c.Feeds, "feed", "URL of a feed or page to follow (repeatable)")
	fs.StringVar(&c.Queue, "queue", "", "publish new items to the NATS JetStream queue at this URL (nats://HOST:4222) for \"hadath worker\" to code, instead of coding them here; the store keeps only what was seen")
	fs.DurationVar(&c.Every, "every", 15*time.Minute, "how often to poll sources that do not say")
	fs.BoolVar(&c.Once, "once", false, "poll every source once and exit (for cron)")
	fs.IntVar(&c.MaxInFlight, "max-inflight", watch.DefaultMaxInFlight, "HTTP requests under way at once")
	fs.IntVar(&c.Workers, "workers", max(1, runtime.GOMAXPROCS(0)-1), "number of documents coded in parallel")
	fs.Int64Var(&c.MaxBytes, "max-bytes", jsonl.DefaultMaxBytes, "skip a page or feed over this many bytes")
	fs.DurationVar(&c.Timeout, "timeout", source.DefaultTimeout, "time limit of one HTTP request")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	c.Floor = newFloorFlag(fs)
	fs.StringVar(&c.Lang, "lang", "", "language of every document: ar or en (default: the document's, else detected)")
	fs.StringVar(&c.Log, "log", "auto", "log format on standard error: text, json, or auto (a status line on a terminal, text otherwise)")
	bindDocTimeout(fs, &c.DocTimeout)
	return fs, c
}

// sources reads the sources of the command line.
func (c *watchConfig) sources() ([]watch.Source, error) {
	var out []watch.Source
	if c.Sources != "" {
		f, err := os.Open(c.Sources)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrUsage, err)
		}
		defer f.Close()
		srcs, err := watch.ParseSources(f, c.Sources, c.Every)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrUsage, err)
		}
		out = srcs
	}
	for _, u := range c.Feeds {
		if err := watch.CheckURL(u); err != nil {
			return nil, fmt.Errorf("%w: --feed: %v", ErrUsage, err)
		}
		out = append(out, watch.Source{URL: u, Every: c.Every})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no source: give --sources FILE or --feed URL", ErrUsage)
	}
	return out, nil
}

// parse reads the command line into c and checks it.
func (c *watchConfig) parse(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) > 0:
		return fmt.Errorf("%w: unexpected argument %q; sources are given with --sources or --feed", ErrUsage, rest[0])
	case c.Every < watch.MinEvery:
		return fmt.Errorf("%w: --every %v: shorter than %v", ErrUsage, c.Every, watch.MinEvery)
	case c.MaxInFlight < 1 || c.Workers < 1:
		return fmt.Errorf("%w: --max-inflight and --workers must be at least 1", ErrUsage)
	case c.MaxBytes <= 0:
		return fmt.Errorf("%w: --max-bytes %d: want a positive number", ErrUsage, c.MaxBytes)
	case c.Queue != "" && !strings.HasPrefix(c.Queue, "nats://"):
		return fmt.Errorf("%w: --queue %q: want nats://HOST:PORT", ErrUsage, c.Queue)
	case c.Log != "auto" && c.Log != "text" && c.Log != "json":
		return fmt.Errorf("%w: --log %q: want auto, text or json", ErrUsage, c.Log)
	}
	if err := checkDocTimeout(c.DocTimeout); err != nil {
		return err
	}
	return checkDocFlags(hadath.Document{}, c.Lang)
}

// runWatch runs "hadath watch".
func (m *Main) runWatch(ctx context.Context, args []string, stderr io.Writer) error {
	fs, c := newWatchFlags()
	fs.SetOutput(stderr)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	srcs, err := c.sources()
	if err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(ingest.GCPercent))
	}
	var code ingest.Coder // none when items go to the queue
	if c.Queue == "" {
		x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts, MinConfidence: c.Floor.option()})
		if err != nil {
			return err
		}
		code = newCoder(x, c.Lang, c.DocTimeout)
	}
	store, err := openStore(ctx, c.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	ws, ok := store.(hadath.WatchStore)
	if !ok {
		return fmt.Errorf("the store %T cannot keep what watch has seen", store)
	}

	status := newWatchStatus(stderr, c.Log, len(srcs))
	total := &watchTotal{}
	g := &ingest.Ingester{Store: store, Workers: c.Workers, Code: code,
		Report: func(where string, errs []error, notes []string) {
			status.clear()
			(&item{where: where, errs: errs, notes: notes}).report(stderr)
		}}
	w := &watch.Watcher{
		Sources: srcs, Store: ws, MaxInFlight: c.MaxInFlight, Log: status.log,
		Reader: newWatchReader(c.MaxBytes, c.Timeout, c.MaxInFlight), Sink: total.sink(g),
	}
	if c.Queue != "" {
		q, err := NewPublisher(ctx, c.Queue)
		if err != nil {
			return err
		}
		defer q.Close()
		w.Sink = total.publish(q)
	}
	status.start(&w.Counters)
	// Alerts on what the watch stores: one pass at the end of --once,
	// else a dispatcher beside it.
	if c.Once {
		err = w.Once(ctx)
		alertPass(ctx, store, stderr)
	} else {
		actx, stopAlerts := context.WithCancel(ctx)
		alertsDone := backgroundAlerts(actx, store, &alert.Dispatcher{Log: status.log})
		err = w.Run(ctx)
		stopAlerts()
		<-alertsDone
	}
	status.stop()
	total.mu.Lock()
	defer total.mu.Unlock()
	snap := w.Counters.Snapshot()
	fmt.Fprintf(stderr, "hadath watch: %s, %s (%s not modified), %s new, %s seen before, %s, %s stored\n",
		count(len(srcs), "source", "sources"), count(int(snap.Polls), "poll", "polls"), count(int(snap.NotModified), "poll", "polls"),
		count(int(snap.New), "entry", "entries"), count(int(snap.Seen), "entry", "entries"),
		count(int(snap.Errors), "error", "errors"), count(total.sum.Events, "event", "events"))
	switch {
	case errors.Is(err, context.Canceled):
		return nil // stopped by the user
	case errors.Is(err, watch.ErrFailed):
		return ErrFailed
	}
	return err
}

// newWatchReader returns the reader of a watcher: its User-Agent names
// hadath and its version.
func newWatchReader(maxBytes int64, timeout time.Duration, inFlight int) *source.Reader {
	return &source.Reader{MaxBytes: maxBytes, Timeout: timeout, Concurrency: inFlight,
		UserAgent: "hadath/" + version() + " (watch; +https://github.com/hadath/hadath)"}
}

// watchTotal adds up what a watcher's sink stored.
type watchTotal struct {
	mu  sync.Mutex
	sum ingest.Summary
}

// sink returns a watch.Sink that codes and stores documents with g.
func (t *watchTotal) sink(g *ingest.Ingester) watch.Sink {
	return func(ctx context.Context, docs []*hadath.Document) error {
		sum, err := g.Run(ctx, func(yield func(*ingest.Input) bool) {
			for _, d := range docs {
				if !yield(&ingest.Input{Where: d.URL, Doc: d}) {
					return
				}
			}
		})
		t.mu.Lock()
		t.sum.Inputs += sum.Inputs
		t.sum.Documents += sum.Documents
		t.sum.IngestStats.Add(sum.IngestStats)
		t.sum.Errors += sum.Errors
		t.mu.Unlock()
		return err
	}
}

// publish returns a watch.Sink that puts documents on the queue; an item
// is marked seen once the queue has it.
func (t *watchTotal) publish(q *Publisher) watch.Sink {
	return func(ctx context.Context, docs []*hadath.Document) error {
		for _, d := range docs {
			if _, err := q.Publish(ctx, d); err != nil {
				return err
			}
			t.mu.Lock()
			t.sum.Inputs++
			t.mu.Unlock()
		}
		return nil
	}
}

// watchMetrics returns a watcher's counters as metrics of the server.
func watchMetrics(c *watch.Counters) func() []hadathhttp.Metric {
	return func() []hadathhttp.Metric {
		s := c.Snapshot()
		return []hadathhttp.Metric{
			{Name: "hadath_watch_polls_total", Type: "counter", Help: "Polls of watched sources.", Value: float64(s.Polls)},
			{Name: "hadath_watch_not_modified_total", Type: "counter", Help: "Polls answered 304 Not Modified.", Value: float64(s.NotModified)},
			{Name: "hadath_watch_errors_total", Type: "counter", Help: "Failed polls and entries.", Value: float64(s.Errors)},
			{Name: "hadath_watch_new_total", Type: "counter", Help: "New entries coded and stored.", Value: float64(s.New)},
			{Name: "hadath_watch_seen_total", Type: "counter", Help: "Entries passed over, coded before.", Value: float64(s.Seen)},
			{Name: "hadath_watch_in_flight", Type: "gauge", Help: "Requests of the watcher under way.", Value: float64(s.InFlight)},
		}
	}
}

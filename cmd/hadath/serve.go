package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/alert"
	"github.com/hadath/hadath/extract"
	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/jsonl"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/source"
	"github.com/hadath/hadath/watch"
)

// serveConfig is the configuration of the serve command.
type serveConfig struct {
	Addr      string
	DB        string
	Token     string
	TokenFile string
	Dicts     stringsFlag
	Watch     string // sources file to follow while serving
	// DocTimeout is the time budget of one document; 0: none.
	DocTimeout time.Duration
	Alerts     bool
	BaseURL    string
	// AlertInterval is how often the alert dispatcher looks for changes.
	AlertInterval time.Duration
}

// newServeFlags returns the serve command's flag set.
func newServeFlags() (*flag.FlagSet, *serveConfig) {
	c := &serveConfig{}
	fs := newFlagSet("serve", "[flags]", `Serves the store over HTTP: the web page at / and a JSON API under /api/v1
(events, incidents, documents, extract, stats, health, metrics; described at
/api/v1/openapi.json). It listens on loopback unless --addr says otherwise.
Writes (POST /api/v1/documents) need the header "Authorization: Bearer
TOKEN"; without a token the server accepts none. POST /api/v1/extract stores
nothing and needs no token on loopback. Listening beyond loopback needs a
token of at least 16 bytes. The token is read from --token-file (a file
holding it, which keeps it out of the process list), --token, or else the
environment variable HADATH_TOKEN; spaces around it are ignored, and an
empty one is refused. Stop the server with Ctrl-C: requests in flight are
finished first.
`)
	fs.StringVar(&c.Addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	bindDB(fs, &c.DB)
	fs.StringVar(&c.Token, "token", "", "bearer token that writes need (default $HADATH_TOKEN); visible to other users in the process list: prefer --token-file")
	fs.StringVar(&c.TokenFile, "token-file", "", "file holding the bearer token")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	fs.StringVar(&c.Watch, "watch", "", "sources file to follow while serving, as \"hadath watch --sources\" does; its counters join /api/v1/metrics")
	bindDocTimeout(fs, &c.DocTimeout)
	fs.BoolVar(&c.Alerts, "alerts", true, "post alerts to their webhooks (see \"hadath help alert\"); --alerts=false leaves it to \"hadath alert run\"")
	fs.DurationVar(&c.AlertInterval, "alert-interval", alert.DefaultInterval, "how often the alert dispatcher looks for changes and retries")
	fs.StringVar(&c.BaseURL, "base-url", "", "where users reach the page, for the links of alerts (default: the address listened on)")
	return fs, c
}

// runServe runs "hadath serve" until ctx is done.
func (m *Main) runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs, c := newServeFlags()
	fs.SetOutput(stderr)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", ErrUsage, rest[0])
	}
	if err := checkDocTimeout(c.DocTimeout); err != nil {
		return err
	}
	if err := c.readToken(fs); err != nil {
		return err
	}
	x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts})
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	dict, err := actors.Load(c.Dicts...)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, c.DB)
	if err != nil {
		return err
	}
	defer store.Close()

	s := hadathhttp.NewServer()
	s.Addr, s.Token, s.Version, s.Store = c.Addr, c.Token, version(), store
	s.Extractor = &serveExtractor{x: x, budget: c.DocTimeout}
	s.Code = newCoder(x, "", c.DocTimeout)
	analyzer := ar.NewAnalyzer()
	s.Resolve = func(name string) []hadath.ActorRef { return dict.Resolve(analyzer, name) }
	var watcher *watch.Watcher
	if c.Watch != "" {
		if watcher, err = serveWatcher(c, store, s.Code, stderr); err != nil {
			return err
		}
		s.Metrics = watchMetrics(&watcher.Counters)
	}
	dispatcher := c.newServeDispatcher(s, stderr)
	if err := s.Open(); err != nil {
		if hadath.ErrorCode(err) == hadath.EUNAUTHORIZED {
			return fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
		}
		return err
	}
	writes := "writes need the token"
	if c.Token == "" {
		writes = "no token: read-only, but for extract"
	}
	fmt.Fprintf(stderr, "hadath serve: listening on %s (%s)\n", s.URL(), writes)
	if dispatcher != nil && dispatcher.BaseURL == "" {
		dispatcher.BaseURL = s.URL()
	}
	alertsDone := backgroundAlerts(ctx, store, dispatcher)
	var wg sync.WaitGroup
	if watcher != nil {
		fmt.Fprintf(stderr, "hadath serve: watching %s\n", count(len(watcher.Sources), "source", "sources"))
		wg.Go(func() { watcher.Run(ctx) })
	}
	<-ctx.Done()
	wg.Wait()
	<-alertsDone
	fmt.Fprintln(stderr, "hadath serve: shutting down")
	err = s.Close()
	if err != nil {
		fmt.Fprintf(stderr, "hadath serve: stopped with an error: %v\n", err)
		return err
	}
	fmt.Fprintln(stderr, "hadath serve: stopped")
	return nil
}

// serveWatcher returns the watcher of serve --watch: it stores what it
// finds in the server's store, coded as POST /api/v1/documents codes, and
// logs each poll on stderr.
func serveWatcher(c *serveConfig, store hadath.Store, code ingest.Coder, stderr io.Writer) (*watch.Watcher, error) {
	f, err := os.Open(c.Watch)
	if err != nil {
		return nil, fmt.Errorf("%w: --watch: %v", ErrUsage, err)
	}
	defer f.Close()
	srcs, err := watch.ParseSources(f, c.Watch, 15*time.Minute)
	if err != nil {
		return nil, fmt.Errorf("%w: --watch: %v", ErrUsage, err)
	}
	ws, ok := store.(hadath.WatchStore)
	if !ok {
		return nil, fmt.Errorf("the store %T cannot keep what watch has seen", store)
	}
	g := &ingest.Ingester{Store: store, Workers: 1, Code: code}
	return &watch.Watcher{Sources: srcs, Store: ws, Sink: (&watchTotal{}).sink(g),
		Reader: newWatchReader(jsonl.DefaultMaxBytes, source.DefaultTimeout, watch.DefaultMaxInFlight),
		Log:    slog.New(slog.NewTextHandler(stderr, nil))}, nil
}

// readToken settles the token from --token-file, --token or HADATH_TOKEN,
// trimmed alike. A --token or a token file given but empty is a usage
// error, as is giving both.
func (c *serveConfig) readToken(fs *flag.FlagSet) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	switch {
	case given["token"] && given["token-file"]:
		return fmt.Errorf("%w: give --token or --token-file, not both", ErrUsage)
	case given["token-file"]:
		b, err := os.ReadFile(c.TokenFile)
		if err != nil {
			return fmt.Errorf("%w: --token-file: %v", ErrUsage, err)
		}
		c.Token = strings.TrimSpace(string(b))
		if c.Token == "" {
			return fmt.Errorf("%w: --token-file %s is empty", ErrUsage, c.TokenFile)
		}
	case given["token"]:
		c.Token = strings.TrimSpace(c.Token)
		if c.Token == "" {
			return fmt.Errorf("%w: --token is empty", ErrUsage)
		}
	default:
		c.Token = strings.TrimSpace(os.Getenv("HADATH_TOKEN"))
	}
	return nil
}

// serveExtractor codes the text of POST /api/v1/extract as "hadath
// extract" codes a document: its language settled first, within the time
// budget of a document, a panic turned into an internal error.
type serveExtractor struct {
	x      hadath.Extractor
	budget time.Duration
}

// Extract codes doc.
func (e *serveExtractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	it := &item{doc: doc}
	res, ok := (&extractConfig{}).prepare(it)
	switch {
	case ok:
		return extractWithin(ctx, e.x, doc, e.budget)
	case res != nil:
		return res, nil // a language not built yet: an empty result
	case len(it.errs) > 0:
		return nil, hadath.Errorf(hadath.EINVALID, "%v", it.errs[0])
	}
	return nil, hadath.Errorf(hadath.EINVALID, "document cannot be coded")
}

// newCoder returns the coder of "hadath ingest" and of POST
// /api/v1/documents: each document is prepared as "hadath extract"
// prepares it (language, date, empty text) and coded with x within
// budget, a panic turned into an error of that document. lang, when set,
// overrides every document's language. A document over its budget is
// stored without events, with its error: it is not coded again, and
// does not hold up the run, until its content changes.
func newCoder(x hadath.Extractor, lang string, budget time.Duration) ingest.Coder {
	xc := &extractConfig{Lang: lang}
	return func(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
		it := &item{doc: doc}
		res, ok := xc.prepare(it)
		if ok {
			var err error
			res, err = extractWithin(ctx, x, doc, budget)
			var over *budgetError
			if errors.As(err, &over) {
				return nil, append(it.errs, fmt.Errorf("extract: %w; stored without events, and not coded again until it changes", err)), it.notes, true
			} else if err != nil {
				return nil, append(it.errs, fmt.Errorf("extract: %w", err)), it.notes, false
			}
		} else if res == nil {
			return nil, it.errs, it.notes, false
		}
		return res, it.errs, it.notes, true
	}
}

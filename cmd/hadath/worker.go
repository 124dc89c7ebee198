package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	hnats "github.com/hadath/hadath/nats"
)

// workerConfig is the configuration of the worker command.
type workerConfig struct {
	Queue      string
	DB         string
	Workers    int
	Batch      int
	MaxDeliver int
	AckWait    time.Duration
	Ordered    bool
	OrderWait  time.Duration
	Dicts      stringsFlag
	Floor      *floorFlag // --min-confidence
	Lang       string
	DocTimeout time.Duration
	Progress   string
}

// newWorkerFlags returns the worker command's flag set.
func newWorkerFlags() (*flag.FlagSet, *workerConfig) {
	c := &workerConfig{}
	fs := newFlagSet("worker", "--queue nats://HOST:4222 [flags]", `Takes documents from the NATS JetStream queue that "hadath ingest --queue"
fills, codes them and stores their events, until stopped (SIGINT, SIGTERM).
Any number of workers, on any machines, share the queue; a document is
acked only after the transaction that stores it commits, so a worker that
dies loses nothing, and one delivered again is found unchanged and not
stored twice. While the store is down, documents wait in progress. A
document that fails to be coded --max-deliver times goes to the dead-letter
subject hadath.dead with its error.
`)
	fs.StringVar(&c.Queue, "queue", "", "URL of the NATS server (nats://HOST:4222)")
	bindDB(fs, &c.DB)
	fs.IntVar(&c.Workers, "workers", max(1, runtime.GOMAXPROCS(0)-1), "number of documents coded in parallel")
	fs.IntVar(&c.Batch, "batch", 100, "documents fetched and stored in one transaction")
	fs.IntVar(&c.MaxDeliver, "max-deliver", hnats.DefaultMaxDeliver, "tries of a document before it goes to the dead letters")
	fs.DurationVar(&c.AckWait, "ack-wait", hnats.DefaultAckWait, "time after which the documents of a worker that stopped answering are delivered again")
	fs.BoolVar(&c.Ordered, "ordered", true, "store batches in the order of the queue, so that incidents group as one process would group them; --ordered=false stores each batch as soon as it is coded")
	fs.DurationVar(&c.OrderWait, "order-wait", hnats.DefaultOrderWait, "how long an ordered worker waits while earlier documents held by others are not stored, before storing its batch anyway")
	fs.Var(&c.Dicts, "dict", "directory of user lexicons, gazetteer and actor files (repeatable)")
	c.Floor = newFloorFlag(fs)
	fs.StringVar(&c.Lang, "lang", "", "language of every document: ar or en (default: the document's, else detected)")
	fs.StringVar(&c.Progress, "progress", "auto", "status line on standard error: auto (on a terminal), always or never (a log line a batch)")
	bindDocTimeout(fs, &c.DocTimeout)
	return fs, c
}

// parse reads the command line into c and checks it.
func (c *workerConfig) parse(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) > 0:
		return fmt.Errorf("%w: unexpected arguments %q", ErrUsage, rest)
	case !strings.HasPrefix(c.Queue, "nats://"):
		return fmt.Errorf("%w: --queue %q: want nats://HOST:PORT", ErrUsage, c.Queue)
	case c.Workers <= 0 || c.Batch <= 0 || c.MaxDeliver <= 0:
		return fmt.Errorf("%w: --workers, --batch and --max-deliver must be positive", ErrUsage)
	case c.OrderWait <= 0:
		return fmt.Errorf("%w: --order-wait %s: want a positive duration", ErrUsage, c.OrderWait)
	case c.AckWait < time.Second:
		return fmt.Errorf("%w: --ack-wait %s: want at least 1s", ErrUsage, c.AckWait)
	case c.Progress != "auto" && c.Progress != "always" && c.Progress != "never":
		return fmt.Errorf("%w: --progress %q: want auto, always or never", ErrUsage, c.Progress)
	}
	if err := checkDocTimeout(c.DocTimeout); err != nil {
		return err
	}
	return checkDocFlags(hadath.Document{}, c.Lang)
}

// runWorker runs "hadath worker".
func (m *Main) runWorker(ctx context.Context, args []string, stderr io.Writer) error {
	fs, c := newWorkerFlags()
	fs.SetOutput(stderr)
	if err := c.parse(fs, args); err != nil {
		return err
	}
	// Stopped while starting (loading the models, connecting): not an
	// error, since nothing was taken from the queue.
	early := func(err error) error {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "hadath worker: stopped: before taking any document")
			return nil
		}
		return err
	}
	x, err := m.NewExtractor(extract.Options{DictDirs: c.Dicts, MinConfidence: c.Floor.option()})
	if err != nil {
		return early(err)
	}
	store, err := openStore(ctx, c.DB)
	if err != nil {
		return early(err)
	}
	defer store.Close()
	q, err := hnats.Connect(ctx, c.Queue)
	if err != nil {
		return early(err)
	}
	defer q.Close()
	tty := c.Progress == "always"
	if f, ok := stderr.(*os.File); ok && c.Progress == "auto" {
		tty = isTerminal(f)
	}
	logf := func(msg string) {
		if tty {
			fmt.Fprint(stderr, "\r\033[K")
		}
		fmt.Fprintf(stderr, "%s hadath worker: %s\n", time.Now().UTC().Format(time.RFC3339), msg)
	}
	w := &hnats.Worker{
		Queue: q, Store: store, Code: newCoder(x, c.Lang, c.DocTimeout),
		Batch: c.Batch, Coders: c.Workers, MaxDeliver: c.MaxDeliver, AckWait: c.AckWait,
		Ordered: c.Ordered, OrderWait: c.OrderWait,
		Log: logf,
		Progress: func(s hnats.WorkerStats) {
			if tty {
				fmt.Fprintf(stderr, "\r\033[K%s", workerSummary(s))
			} else {
				logf(workerSummary(s))
			}
		},
	}
	logf("taking documents from " + c.Queue)
	st, err := w.Run(ctx)
	logf("stopped: " + workerSummary(st))
	return err
}

// workerSummary describes what a worker did.
func workerSummary(s hnats.WorkerStats) string {
	out := fmt.Sprintf("%d documents stored (%d new, %d changed, %d unchanged), %d events, %d retried, %d dead, %.0f docs/s",
		s.Documents, s.Added, s.Replaced, s.Unchanged, s.Events, s.Retried, s.Dead, s.Rate())
	if s.Unordered > 0 {
		out += fmt.Sprintf(", %s stored out of the queue's order (%d after waiting --order-wait)", count(s.Unordered, "batch", "batches"), s.Waited)
	}
	return out
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/hadath/hadath"
	hnats "github.com/hadath/hadath/nats"
	"github.com/hadath/hadath/source"
)

// newQueueFlags returns the queue command's flag set.
func newQueueFlags() (*flag.FlagSet, *string) {
	var url string
	fs := newFlagSet("queue", "status --queue nats://HOST:4222", `Shows what the NATS JetStream queue holds: documents waiting, documents
in flight at a worker, and dead letters (documents that failed to be coded),
the first of them with their errors.
`)
	fs.StringVar(&url, "queue", "", "URL of the NATS server (nats://HOST:4222)")
	return fs, &url
}

// runQueue runs "hadath queue status".
func runQueue(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, url := newQueueFlags()
	fs.SetOutput(stderr)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 || rest[0] != "status" {
		return fmt.Errorf("%w: want hadath queue status --queue nats://HOST:4222", ErrUsage)
	}
	if !strings.HasPrefix(*url, "nats://") {
		return fmt.Errorf("%w: --queue %q: want nats://HOST:PORT", ErrUsage, *url)
	}
	q, err := hnats.Connect(ctx, *url)
	if err != nil {
		return err
	}
	defer q.Close()
	st, err := q.Status(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "pending    %d\nin flight  %d\ndead       %d\n", st.Pending, st.InFlight, st.Dead)
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil {
		return err
	}
	for _, d := range dead {
		fmt.Fprintf(stdout, "dead after %s tries: %s: %.80s\n", d.Deliveries, d.Err, d.Data)
	}
	return nil
}

// Publisher puts documents on a NATS queue for "hadath worker": what
// "ingest --queue" uses, and "watch --queue" can.
type Publisher = hnats.Queue

// NewPublisher connects to the queue at url (nats://HOST:4222).
func NewPublisher(ctx context.Context, url string) (*Publisher, error) {
	return hnats.Connect(ctx, url)
}

// publishInputs runs "hadath ingest --queue": it reads the inputs and
// publishes their documents instead of storing them.
func publishInputs(ctx context.Context, c *ingestConfig, rd *source.Reader, stderr io.Writer) error {
	q, err := NewPublisher(ctx, c.Queue)
	if err != nil {
		return err
	}
	defer q.Close()
	failed := 0
	docs := func(yield func(*hadath.Document) bool) {
		rd.Each(ctx, c.Inputs, func(it *source.Item) bool {
			if len(it.Errs) > 0 || len(it.Notes) > 0 {
				(&item{where: it.Where, errs: it.Errs, notes: it.Notes}).report(stderr)
			}
			if it.Doc == nil || len(it.Errs) > 0 {
				failed += min(1, len(it.Errs))
				return true
			}
			return yield(it.Doc)
		})
	}
	st, err := q.PublishAll(ctx, iter.Seq[*hadath.Document](docs))
	fmt.Fprintf(stderr, "hadath ingest: %d documents published to %s, %d duplicates dropped, %d errors\n",
		st.Published, c.Queue, st.Duplicates, failed)
	if err != nil {
		return err
	}
	if failed > 0 {
		return ErrFailed
	}
	return nil
}

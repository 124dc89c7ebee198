// Package ingest runs documents through an extractor into a store:
// inputs are read in order, cut into batches, coded in parallel (skipping
// documents the store already holds unchanged), and each batch is stored
// in one transaction while the next one is coded. A crash loses at most
// the batch in flight, and running the same inputs again finishes the job.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/hadath/hadath"
)

// Input is one thing read from a source: a document to store, or a
// problem with an input. Where names it in messages ("feed.xml#3").
type Input struct {
	Where string
	Doc   *hadath.Document
	Errs  []error
	Notes []string
}

// Coder codes one document. problems are reported with the document; ok
// false means the document is not to be stored. A nil res with ok true
// stores the document without events.
type Coder func(ctx context.Context, doc *hadath.Document) (res *hadath.Result, problems []error, notes []string, ok bool)

// Ingester stores what its inputs hold.
type Ingester struct {
	Store     hadath.Store
	Code      Coder
	Workers   int // documents coded at once; 0: GOMAXPROCS-1, leaving a core to the store
	BatchSize int // documents a transaction; 0: DefaultBatchSize
	// Recode codes every document again, even those the store holds
	// unchanged, and stores their events in place of the old ones: for a
	// store coded by an older hadath.
	Recode bool

	// Report, when set, is called in input order for every input with
	// problems or notes.
	Report func(where string, errs []error, notes []string)
	// Progress, when set, is called after every stored batch.
	Progress func(Summary)
}

// DefaultBatchSize is how many documents one transaction stores: large
// enough that index pages written once serve many documents, small
// enough that a crash costs seconds of work.
const DefaultBatchSize = 1024

// firstBatch is the size of the first batch of a run.
const firstBatch = 64

// GCPercent is the garbage collector setting that the ingest command
// uses (runtime/debug.SetGCPercent) unless GOGC is set: coding makes much
// short-lived garbage, and a less eager collector leaves more of the CPU
// to the store.
const GCPercent = 300

// Summary counts what a run did.
type Summary struct {
	Inputs    int // documents and failed inputs read
	Documents int // documents stored or found unchanged
	hadath.IngestStats
	Errors  int // inputs and documents with problems
	Elapsed time.Duration
}

// Rate returns the documents read per second.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Inputs) / s.Elapsed.Seconds()
}

// String returns the one-line summary a command prints at the end.
func (s Summary) String() string {
	return fmt.Sprintf("%d documents (%d new, %d changed, %d unchanged), %d events, %d new incidents (%d reports joined others), %d errors, in %.1fs (%.0f docs/s)",
		s.Documents, s.Added, s.Replaced, s.Unchanged, s.Events, s.IngestStats.Incidents, s.Joined,
		s.Errors, s.Elapsed.Seconds(), s.Rate())
}

// Hash returns the content hash of a document: what must change for the
// store to code it again.
func Hash(d *hadath.Document) string {
	h := sha256.New()
	for _, f := range []string{d.Title, d.Published, d.Source, d.URL, d.Lang, d.Text} {
		fmt.Fprintf(h, "%d:%s", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// entry is one input on its way through the pipeline.
type entry struct {
	in     *Input
	hash   string
	coded  *hadath.Coded // nil: nothing to store
	errs   []error
	notes  []string
	skip   bool // stored unchanged: not coded again
	failed bool
}

// Run reads inputs until they end or ctx is done, and stores them. It
// returns an error only when the store fails; problems with inputs are
// reported and counted.
func (g *Ingester) Run(ctx context.Context, inputs iter.Seq[*Input]) (Summary, error) {
	start := time.Now()
	workers := g.Workers
	if workers <= 0 {
		workers = max(1, runtime.GOMAXPROCS(0)-1)
	}
	size := g.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	batches := make(chan []*entry, 1)
	coded := make(chan []*entry, 1)
	var readErr, codeErr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // read
		defer wg.Done()
		defer close(batches)
		// The first batches are small, so that storing starts while the
		// rest is still being coded; they double up to the batch size.
		var b []*entry
		want := min(size, firstBatch)
		for in := range inputs {
			b = append(b, &entry{in: in})
			if len(b) == want {
				select {
				case batches <- b:
				case <-ctx.Done():
					readErr = ctx.Err()
					return
				}
				b, want = nil, min(size, 2*want)
			}
		}
		if len(b) > 0 {
			select {
			case batches <- b:
			case <-ctx.Done():
				readErr = ctx.Err()
			}
		}
	}()
	go func() { // code
		defer wg.Done()
		defer close(coded)
		for b := range batches {
			if err := g.code(ctx, b, workers); err != nil {
				codeErr = err
				cancel()
				for range batches {
				}
				return
			}
			select {
			case coded <- b:
			case <-ctx.Done():
				for range batches {
				}
				return
			}
		}
	}()
	var sum Summary
	var storeErr error
	for b := range coded { // store
		if storeErr != nil {
			continue
		}
		if err := g.store(ctx, b, &sum); err != nil {
			storeErr = err
			cancel()
			continue
		}
		sum.Elapsed = time.Since(start)
		if g.Progress != nil {
			g.Progress(sum)
		}
	}
	wg.Wait()
	sum.Elapsed = time.Since(start)
	for _, err := range []error{storeErr, codeErr, readErr} {
		if err != nil {
			return sum, err
		}
	}
	return sum, ctx.Err()
}

package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// depthPerWorker bounds the items in flight: read, being coded, or coded
// and waiting for an earlier one to be written.
const depthPerWorker = 16

// batchMax is how many coded items a worker hands to the writer at once
// while more wait to be coded; with none ready it hands over what it has,
// so that a slow input's results are not held back. Handed over one
// by one, every document woke the writer, and the writer the reader: two
// thread wake-ups a document, which took the worker 0.3 to 0.6 s of the
// corpus (17,744 documents) with one worker.
const batchMax = depthPerWorker / 2

// runPipeline passes the items that produce emits to work, run by n
// goroutines, and then to write, one at a time in the order produced.
// At most depthPerWorker×n items are in flight, so memory stays bounded
// however long the input. write's idle argument is true when no other
// item is ready, a good time to flush. The first error of write stops the
// pipeline and is returned; a cancelled ctx stops it too.
func runPipeline(ctx context.Context, n int, produce func(emit func(*item) bool), work func(*item), write func(it *item, idle bool) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	depth := depthPerWorker * n
	slots := make(chan struct{}, depth) // one per item in flight
	jobs := make(chan *item, depth)
	done := make(chan []*item, depth) // coded items, in batches

	go func() {
		defer close(jobs)
		seq := 0
		produce(func(it *item) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			it.seq = seq
			seq++
			jobs <- it // never blocks: it has room for every item in flight
			return true
		})
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			var batch []*item // coded, not yet handed over
			for {
				it, ok := nextJob(jobs, done, &batch)
				if !ok {
					break
				}
				if ctx.Err() == nil {
					work(it)
				}
				if batch = append(batch, it); len(batch) == batchMax {
					done <- batch // never blocks: it has room for every item in flight
					batch = nil
				}
			}
			if len(batch) > 0 {
				done <- batch
			}
		})
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	ring := make([]*item, depth) // item seq waits at ring[seq%depth]
	next := 0
	var err error
	for batch := range done {
		for _, it := range batch {
			ring[it.seq%depth] = it
		}
		for ring[next%depth] != nil {
			it := ring[next%depth]
			ring[next%depth] = nil
			next++
			<-slots
			if err == nil && ctx.Err() == nil {
				if err = write(it, len(done) == 0 && ring[next%depth] == nil); err != nil {
					cancel()
				}
			}
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// nextJob returns the next item to code and true, or false once jobs is
// closed and drained. A worker never waits for a job while it holds coded
// items: if none is ready at once, it first hands *batch over to done.
// (Asking len(jobs) before waiting would not do: with several workers,
// another may take the job in between, and the items held back would
// stall the writer, and so the reader, for good.)
func nextJob(jobs <-chan *item, done chan<- []*item, batch *[]*item) (*item, bool) {
	if len(*batch) > 0 {
		select {
		case it, ok := <-jobs:
			return it, ok
		default:
			done <- *batch
			*batch = nil
		}
	}
	it, ok := <-jobs
	return it, ok
}

// errInternal marks a bug of hadath met while coding a document.
var errInternal = errors.New("internal error, please report it")

// panicError returns the error for a recovered panic r, naming where it
// happened; call it from the deferred function that recovered.
func panicError(r any) error {
	return fmt.Errorf("%w: panic: %v%s", errInternal, r, panicSite())
}

// panicSite returns " at file:line" of the function that panicked, for a
// call from a deferred function that recovered, or "".
func panicSite() string {
	pc := make([]uintptr, 32)
	frames := runtime.CallersFrames(pc[:runtime.Callers(2, pc)])
	panicking := false
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "runtime.") {
			panicking = panicking || f.Function == "runtime.gopanic" || strings.HasPrefix(f.Function, "runtime.panic")
		} else if panicking {
			return fmt.Sprintf(" at %s:%d", f.File, f.Line)
		}
		if !more {
			return ""
		}
	}
}

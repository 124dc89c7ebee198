package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// TestPipelineOrder writes every item once, in the order produced, with
// any number of workers and work that takes uneven time, and never holds
// more than depthPerWorker×n items in flight.
func TestPipelineOrder(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5} {
		const count = 300
		var inFlight, most atomic.Int64
		var got []int
		produce := func(emit func(*item) bool) {
			for i := range count {
				k := inFlight.Add(1)
				for m := most.Load(); k > m && !most.CompareAndSwap(m, k); m = most.Load() {
				}
				if !emit(&item{where: fmt.Sprint(i)}) {
					return
				}
			}
		}
		work := func(it *item) {
			if it.seq%7 == 0 {
				time.Sleep(time.Duration(it.seq%5) * 100 * time.Microsecond)
			}
		}
		write := func(it *item, idle bool) error {
			inFlight.Add(-1)
			got = append(got, it.seq)
			return nil
		}
		if err := runPipeline(context.Background(), n, produce, work, write); err != nil {
			t.Fatalf("n=%d: runPipeline = %v; want nil", n, err)
		}
		for i, seq := range got {
			if seq != i {
				t.Fatalf("n=%d: item %d written at place %d; want in order", n, seq, i)
			}
		}
		if len(got) != count {
			t.Errorf("n=%d: %d items written; want %d", n, len(got), count)
		}
		// An item counts here from just before it is emitted to just after
		// it is written, a little longer than the pipeline holds it.
		if m := most.Load(); m > int64(depthPerWorker*n+2) {
			t.Errorf("n=%d: %d items in flight; want at most %d", n, m, depthPerWorker*n+2)
		}
	}
}

// TestPipelineStreams writes each result as soon as it is coded when the
// input comes slowly: here the next item is produced only once the one
// before it is written, which would wait forever if workers held coded
// items back to hand them over in batches.
func TestPipelineStreams(t *testing.T) {
	for _, n := range []int{1, 3} {
		written := make(chan int, 1)
		produce := func(emit func(*item) bool) {
			for i := range 50 {
				if !emit(&item{}) {
					return
				}
				select {
				case seq := <-written:
					if seq != i {
						t.Errorf("n=%d: wrote %d after emitting %d", n, seq, i)
					}
				case <-time.After(10 * time.Second):
					t.Errorf("n=%d: item %d not written 10 s after it was produced", n, i)
					return
				}
			}
		}
		write := func(it *item, idle bool) error {
			if !idle {
				t.Errorf("n=%d: item %d written with others ready; want idle", n, it.seq)
			}
			written <- it.seq
			return nil
		}
		if err := runPipeline(context.Background(), n, produce, func(*item) {}, write); err != nil {
			t.Fatalf("n=%d: runPipeline = %v; want nil", n, err)
		}
	}
}

// TestPipelineWriteError stops at the first error of write and returns
// it: later items are neither coded nor written, and the producer is told
// to stop.
func TestPipelineWriteError(t *testing.T) {
	boom := errors.New("disk full")
	var worked, writes atomic.Int64
	stopped := false
	produce := func(emit func(*item) bool) {
		for range 100000 {
			if !emit(&item{}) {
				stopped = true
				return
			}
		}
	}
	write := func(it *item, idle bool) error {
		if writes.Add(1) == 10 {
			return boom
		}
		return nil
	}
	err := runPipeline(context.Background(), 2, produce, func(*item) { worked.Add(1) }, write)
	if !errors.Is(err, boom) {
		t.Fatalf("runPipeline = %v; want %v", err, boom)
	}
	if writes.Load() != 10 || !stopped || worked.Load() > 10+int64(depthPerWorker*2) {
		t.Errorf("after the error: %d writes, %d items coded, producer stopped %v; want 10, at most %d, true",
			writes.Load(), worked.Load(), stopped, 10+depthPerWorker*2)
	}
}

// BenchmarkPipeline measures what the pipeline costs an item with one
// worker and no work: the hand-overs between the reader, the worker and
// the writer. Run: go test -run X -bench Pipeline ./cmd/hadath
func BenchmarkPipeline(b *testing.B) {
	produce := func(emit func(*item) bool) {
		for range b.N {
			emit(&item{})
		}
	}
	b.ResetTimer()
	if err := runPipeline(context.Background(), 1, produce, func(*item) {}, func(*item, bool) error { return nil }); err != nil {
		b.Fatal(err)
	}
}

// TestPipelineManyWorkers runs items that take no time through many
// workers, where they race for each job: no worker may hold coded items
// back while it waits for a job another took (that stalled the writer,
// and so the reader, for good).
func TestPipelineManyWorkers(t *testing.T) {
	for _, n := range []int{2, 3, 4, 8} {
		finished := make(chan error, 1)
		written := 0
		go func() {
			produce := func(emit func(*item) bool) {
				for range 20000 {
					if !emit(&item{}) {
						return
					}
				}
			}
			finished <- runPipeline(context.Background(), n, produce, func(*item) {}, func(*item, bool) error { written++; return nil })
		}()
		select {
		case err := <-finished:
			if err != nil || written != 20000 {
				t.Errorf("n=%d: runPipeline = %v, %d items written; want nil, 20000", n, err, written)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("n=%d: runPipeline still running after 60 s: stalled", n)
		}
	}
}

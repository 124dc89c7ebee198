package extract

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// stopAfter is a context that reports itself cancelled from the n-th
// call of Err on: a client that goes away while its document is coded,
// at a point that does not depend on the machine's speed.
type stopAfter struct {
	context.Context
	calls, n atomic.Int64
}

// Err returns context.Canceled from the n-th call on.
func (c *stopAfter) Err() error {
	if c.calls.Add(1) >= c.n.Load() {
		return context.Canceled
	}
	return nil
}

// Done is never closed: Extract must look at Err.
func (c *stopAfter) Done() <-chan struct{} { return nil }

// cancelDoc is a document with many events, so that every stage of
// extraction has work to do.
var cancelDoc = &hadath.Document{ID: "long", Published: "2024-03-02",
	Text: strings.Repeat("أعلنت جماعة مسلحة مسؤوليتها عن هجوم بطائرة مسيرة على قاعدة عسكرية قرب الموصل.\n"+
		"وقال شهود إن الهجوم أسفر عن مقتل جنديين، فيما خرج مئات المحتجين في شوارع البصرة.\n", 20)}

// TestExtractStops checks that Extract looks at its context after the
// start, between its stages: a cancellation at any later look stops it
// with an error that wraps context.Canceled and no result.
func TestExtractStops(t *testing.T) {
	x := extractor(t)
	full, err := x.Extract(context.Background(), cancelDoc)
	if err != nil || len(full.Events) == 0 {
		t.Fatalf("Extract(long document) = %d events, %v; want events", len(full.Events), err)
	}
	looks := 0
	for n := int64(2); ; n++ {
		ctx := &stopAfter{Context: context.Background()}
		ctx.n.Store(n)
		res, err := x.Extract(ctx, cancelDoc)
		if err == nil {
			if res == nil || len(res.Events) != len(full.Events) {
				t.Fatalf("Extract with a context that stops at look %d = %v; want the full result", n, res != nil)
			}
			break
		}
		looks++
		if !errors.Is(err, context.Canceled) || res != nil || !strings.Contains(err.Error(), `"long"`) {
			t.Errorf("Extract with a context that stops at look %d = result %t, %v; want no result and an error naming the document that wraps context.Canceled", n, res != nil, err)
		}
	}
	if looks < 5 {
		t.Errorf("Extract looks at its context %d times after the start; want one between every stage, at least 5", looks)
	}
}

// TestExtractDeadline checks that a deadline is a time budget: a document
// that is still being coded when it passes gets an error wrapping
// context.DeadlineExceeded.
func TestExtractDeadline(t *testing.T) {
	x := extractor(t)
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if res, err := x.Extract(ctx, cancelDoc); !errors.Is(err, context.DeadlineExceeded) || res != nil {
		t.Errorf("Extract past its deadline = result %t, %v; want no result and context.DeadlineExceeded", res != nil, err)
	}
}

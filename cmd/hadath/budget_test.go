package main

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// stuckExtractor codes a document whose id starts with "stuck" as a
// pathological document is coded: it goes on until its context is done,
// or for a minute. Other documents get an empty result at once. It counts
// the documents it is given.
type stuckExtractor struct {
	mu    sync.Mutex
	calls map[string]int
}

// Extract implements hadath.Extractor.
func (x *stuckExtractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	x.mu.Lock()
	x.calls[doc.ID]++
	x.mu.Unlock()
	if strings.HasPrefix(doc.ID, "stuck") {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Minute):
		}
	}
	return hadath.NewResult(doc), nil
}

// count returns how many times the document id was coded.
func (x *stuckExtractor) count(id string) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.calls[id]
}

// withStuck returns a Main whose extractor is x.
func withStuck(x *stuckExtractor) *Main {
	return &Main{NewExtractor: func(extract.Options) (hadath.Extractor, error) { return x, nil }}
}

// budgetDocs writes three documents, the middle one stuck, and returns
// the file's path.
func budgetDocs(t *testing.T) string {
	var b strings.Builder
	for _, id := range []string{"first", "stuck-1", "last"} {
		b.WriteString(jsonLine(t, hadath.Document{ID: id, Text: "فرقت الشرطة تجمعا أمام مبنى البلدية.", Published: "2024-06-01"}))
	}
	return writeFile(t, t.TempDir(), "docs.jsonl", b.String())
}

// TestExtractDocTimeout checks that a document over its time budget is
// reported on standard error and the others are coded and written.
func TestExtractDocTimeout(t *testing.T) {
	x := &stuckExtractor{calls: map[string]int{}}
	start := time.Now()
	stdout, stderr, code := run(t, withStuck(x), nil, "extract", "--doc-timeout", "200ms", "--workers", "1", budgetDocs(t))
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("extract with a stuck document took %s; want it stopped at its budget of 200ms", took)
	}
	if code != 1 {
		t.Errorf("exit code %d; want 1", code)
	}
	if !strings.Contains(stderr, "docs.jsonl:2: ") || !strings.Contains(stderr, "time budget of a document (--doc-timeout)") {
		t.Errorf("stderr %q; want the stuck document's error, naming --doc-timeout", stderr)
	}
	if n := strings.Count(stdout, `"doc_id"`); n != 2 || !strings.Contains(stdout, `"first"`) || !strings.Contains(stdout, `"last"`) {
		t.Errorf("stdout %q; want the results of first and last", stdout)
	}
}

// TestIngestDocTimeout checks that a document over its time budget is
// stored without events, with its error reported, that it does not stop
// the others, and that a second run does not code it again.
func TestIngestDocTimeout(t *testing.T) {
	x := &stuckExtractor{calls: map[string]int{}}
	db := filepath.Join(t.TempDir(), "hadath.db")
	docs := budgetDocs(t)
	_, stderr, code := run(t, withStuck(x), nil, "ingest", "--db", db, "--doc-timeout", "200ms", "--progress", "never", docs)
	if code != 1 || !strings.Contains(stderr, "docs.jsonl:2: ") || !strings.Contains(stderr, "stored without events") {
		t.Errorf("first ingest: exit code %d, stderr %q; want 1 and the stuck document stored without events", code, stderr)
	}
	if n := countDocs(db); n != 3 {
		t.Errorf("store holds %d documents; want 3", n)
	}
	_, stderr, code = run(t, withStuck(x), nil, "ingest", "--db", db, "--doc-timeout", "200ms", "--progress", "never", docs)
	if code != 0 || !strings.Contains(stderr, "3 unchanged") {
		t.Errorf("second ingest: exit code %d, stderr %q; want 0 and 3 unchanged", code, stderr)
	}
	if n := x.count("stuck-1"); n != 1 {
		t.Errorf("the stuck document was coded %d times in two runs; want once", n)
	}
}

// TestServeDocTimeout checks that POST /api/v1/extract's coder stops a
// document at its budget with a "too large" error, and that the coder of
// POST /api/v1/documents keeps it, without events.
func TestServeDocTimeout(t *testing.T) {
	x := &stuckExtractor{calls: map[string]int{}}
	doc := &hadath.Document{ID: "stuck-2", Text: "فرقت الشرطة تجمعا.", Lang: "ar"}
	start := time.Now()
	res, err := (&serveExtractor{x: x, budget: 100 * time.Millisecond}).Extract(context.Background(), doc)
	if res != nil || hadath.ErrorCode(err) != hadath.ETOOLARGE || time.Since(start) > 20*time.Second {
		t.Errorf("serveExtractor.Extract(stuck document) = %v, %v after %s; want a too_large error at once", res, err, time.Since(start))
	}
	res, errs, _, ok := newCoder(x, "", 100*time.Millisecond)(context.Background(), doc)
	if !ok || res != nil || len(errs) != 1 || !strings.Contains(errs[0].Error(), "stored without events") {
		t.Errorf("coder(stuck document) = %v, %v, ok %t; want no events, one error, ok to store", res, errs, ok)
	}
}

func TestDocTimeoutUsage(t *testing.T) {
	for _, cmd := range []string{"extract", "ingest", "serve"} {
		_, stderr, code := run(t, nil, nil, cmd, "--doc-timeout", "-1s", "a.jsonl")
		if cmd == "serve" {
			_, stderr, code = run(t, nil, nil, cmd, "--doc-timeout", "-1s")
		}
		if code != 2 || !strings.Contains(stderr, "--doc-timeout -1s") {
			t.Errorf("hadath %s --doc-timeout -1s: exit code %d, stderr %q; want 2 and the flag named", cmd, code, stderr)
		}
	}
}

// TestDocTimeoutRealExtractor checks the budget with the real extractor
// on a document dense with event words, which takes far longer than the
// budget to code (about 20 ms on the project's machine, against a budget
// of 1 ms): it is stopped with a "too large" error.
func TestDocTimeoutRealExtractor(t *testing.T) {
	x, err := NewMain().NewExtractor(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &hadath.Document{ID: "dense", Lang: "ar", Text: strings.Repeat("قتل ", 60000/7)}
	res, err := (&serveExtractor{x: x, budget: time.Millisecond}).Extract(context.Background(), doc)
	if res != nil || hadath.ErrorCode(err) != hadath.ETOOLARGE {
		t.Errorf("Extract(60 KB of one event word) within 1ms = result %t, %v; want a too_large error", res != nil, err)
	}
}

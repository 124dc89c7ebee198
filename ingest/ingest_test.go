package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/sqlite"
)

var (
	xOnce sync.Once
	x     *extract.Extractor
	xErr  error
)

// extractor returns the real Arabic extractor, loaded once.
func extractor(t testing.TB) *extract.Extractor {
	xOnce.Do(func() { x, xErr = extract.New(extract.Options{}) })
	if xErr != nil {
		t.Fatal(xErr)
	}
	return x
}

// openStore returns a new SQLite store in a temporary directory.
func openStore(t *testing.T) hadath.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// readDocs reads a JSON lines file of documents from testdata.
func readDocs(t *testing.T, name string) []*hadath.Document {
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*hadath.Document
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		d := &hadath.Document{}
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// inputs turns documents (copied, since coding may change them) and
// failed inputs into a sequence.
func inputs(docs []*hadath.Document, bad ...*ingest.Input) iter.Seq[*ingest.Input] {
	return func(yield func(*ingest.Input) bool) {
		for i, d := range docs {
			c := *d
			if !yield(&ingest.Input{Where: d.ID, Doc: &c}) {
				return
			}
			if i < len(bad) && !yield(bad[i]) {
				return
			}
		}
	}
}

// coder codes with the real extractor and counts its calls.
func coder(t testing.TB, calls *atomic.Int64) ingest.Coder {
	x := extractor(t)
	return func(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
		calls.Add(1)
		if strings.TrimSpace(doc.Text) == "" {
			return nil, []error{errors.New("empty text")}, nil, false
		}
		res, err := x.Extract(ctx, doc)
		if err != nil {
			return nil, []error{err}, nil, false
		}
		return res, nil, nil, true
	}
}

// TestIdempotent ingests the same documents twice: the second run codes
// nothing and stores nothing; a changed document replaces its events.
func TestIdempotent(t *testing.T) {
	store := openStore(t)
	docs := readDocs(t, "reports.jsonl")
	var calls atomic.Int64
	g := &ingest.Ingester{Store: store, Code: coder(t, &calls), Workers: 2, BatchSize: 3}
	first, err := g.Run(context.Background(), inputs(docs))
	if err != nil {
		t.Fatal(err)
	}
	calls.Store(0)
	again, err := g.Run(context.Background(), inputs(docs))
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 5 || again.Added != 0 || again.Events != 0 || calls.Load() != 0 {
		t.Errorf("second Run = %+v, %d documents coded; want 5 unchanged and none coded", again, calls.Load())
	}
	docs[3].Text = "تظاهر مئات الطلاب أمام مبنى المحافظة في الرمادي يوم الأحد احتجاجا على انقطاع الكهرباء."
	changed, err := g.Run(context.Background(), inputs(docs))
	if err != nil {
		t.Fatal(err)
	}
	if changed.Replaced != 1 || changed.Unchanged != 4 || calls.Load() != 1 {
		t.Errorf("Run after a change = %+v, %d coded; want 1 replaced, 4 unchanged, 1 coded", changed, calls.Load())
	}
	evs, _, _ := store.Events(context.Background(), hadath.Filter{DocID: docs[3].ID})
	for _, e := range evs {
		if e.Event.Type == hadath.Assault {
			t.Errorf("document %s still has its old ASSAULT after the change", docs[3].ID)
		}
	}
	_ = first

	// Recode codes every document again and stores the new coder's events
	// in place of the old: here a coder that finds nothing.
	calls.Store(0)
	none := func(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
		calls.Add(1)
		return hadath.NewResult(doc), nil, nil, true
	}
	re := &ingest.Ingester{Store: store, Code: none, Workers: 2, BatchSize: 3, Recode: true}
	recoded, err := re.Run(context.Background(), inputs(docs))
	if err != nil {
		t.Fatal(err)
	}
	if recoded.Replaced != 5 || recoded.Unchanged != 0 || calls.Load() != 5 {
		t.Errorf("Run with Recode = %+v, %d coded; want 5 replaced and 5 coded", recoded, calls.Load())
	}
	if evs, total, _ := store.Events(context.Background(), hadath.Filter{}); total != 0 {
		t.Errorf("after recoding with a coder that finds nothing, %d events remain (%d listed); want none", total, len(evs))
	}
}

// TestBadInputs mixes failed inputs and an empty document into a batch:
// each is reported and counted, and the rest is stored.
func TestBadInputs(t *testing.T) {
	store := openStore(t)
	docs := readDocs(t, "reports.jsonl")
	docs = append(docs, &hadath.Document{ID: "empty", Text: "   "})
	bad := []*ingest.Input{
		{Where: "broken.html", Errs: []error{errors.New("cannot parse")}},
		{Where: "feed.xml#2", Errs: []error{errors.New("timeout")}},
	}
	var reported []string
	var calls atomic.Int64
	g := &ingest.Ingester{Store: store, Code: coder(t, &calls), Workers: 2, BatchSize: 2,
		Report: func(where string, errs []error, notes []string) { reported = append(reported, where) }}
	sum, err := g.Run(context.Background(), inputs(docs, bad...))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 5 || sum.Errors != 3 || sum.Inputs != 8 {
		t.Errorf("Run = %+v; want 8 inputs, 5 documents stored, 3 errors", sum)
	}
	if got := strings.Join(reported, ","); got != "broken.html,feed.xml#2,empty" {
		t.Errorf("reported %q; want broken.html,feed.xml#2,empty in input order", got)
	}
}

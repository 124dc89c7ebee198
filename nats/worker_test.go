package nats_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	natsgo "github.com/nats-io/nats.go"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/internal/natstest"
	hnats "github.com/hadath/hadath/nats"
	"github.com/hadath/hadath/sqlite"
)

// testCoder stores documents without events, fails those whose text
// says "fail" and panics on those that say "boom".
func testCoder(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
	switch {
	case strings.Contains(doc.Text, "nan"):
		r := hadath.NewResult(doc)
		r.Events = append(r.Events, hadath.Event{ID: doc.ID + "-1", Confidence: math.NaN()})
		return r, nil, nil, true
	case strings.Contains(doc.Text, "fail"):
		return nil, []error{errors.New("the lexicon has no word for this")}, nil, false
	case strings.Contains(doc.Text, "boom"):
		var r *hadath.Result
		_ = r.Events // nil pointer dereference
		return r, nil, nil, r.Events != nil
	}
	return hadath.NewResult(doc), nil, nil, true
}

// setup starts a nats-server, connects to it and opens a new SQLite store.
func setup(t *testing.T) (*hnats.Queue, hadath.Store, *natstest.Server) {
	srv := natstest.Start(t)
	ctx := context.Background()
	q, err := hnats.Connect(ctx, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return q, s, srv
}

// numbered returns n documents with ids prefix00, prefix01, ...
func numbered(prefix string, n int) []*hadath.Document {
	var docs []*hadath.Document
	for i := range n {
		docs = append(docs, &hadath.Document{ID: fmt.Sprintf("%s%02d", prefix, i), Text: fmt.Sprintf("report %d", i)})
	}
	return docs
}

// runUntil runs w until the queue holds nothing, and returns its stats.
func runUntil(t *testing.T, w *hnats.Worker) hnats.WorkerStats {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan hnats.WorkerStats)
	go func() {
		st, _ := w.Run(ctx)
		done <- st
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		st, err := w.Queue.Status(context.Background())
		if err == nil && st.Waiting == 0 {
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("queue not empty within 60s: %+v, %v", st, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	return <-done
}

// TestPoison puts good documents, ones that fail to code or panic, one
// that the store refuses (its batch is stored one by one), and a message
// that is not JSON on the queue: the good ones are stored, the others
// are in the dead letters with their errors, after MaxDeliver tries (at
// once for the one that cannot be read).
func TestPoison(t *testing.T) {
	q, store, srv := setup(t)
	ctx := context.Background()
	docs := numbered("d", 30)
	docs[7].Text, docs[19].Text, docs[25].Text = "this will fail", "boom", "nan"
	st, err := q.PublishAll(ctx, slices.Values(docs))
	if err != nil || st.Published != 30 {
		t.Fatalf("PublishAll = %+v, %v; want 30 published", st, err)
	}
	nc, err := natsgo.Connect(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	if err := nc.Publish(hnats.Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	nc.Flush()

	w := &hnats.Worker{Queue: q, Store: store, Code: testCoder, Batch: 8, MaxDeliver: 3, AckWait: 3 * time.Second}
	ws := runUntil(t, w)
	if ws.Documents != 27 || ws.Dead != 4 || ws.Retried != 6 {
		t.Errorf("worker stats = %d stored, %d dead, %d retried; want 27, 4, 6", ws.Documents, ws.Dead, ws.Retried)
	}
	_, n, err := store.Documents(ctx, hadath.DocFilter{Limit: 1})
	if err != nil || n != 27 {
		t.Errorf("store holds %d documents (%v); want 27", n, err)
	}
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		`"id":"d07"`: "the lexicon has no word for this/3",
		`"id":"d19"`: "internal error: runtime error: invalid memory address or nil pointer dereference/3",
		`"id":"d25"`: `store: store document "d25": event d25-1: json: error calling MarshalJSON for type *hadath.Event: json: unsupported value: NaN/3`,
		"{not json":  "decode: invalid character 'n' looking for beginning of object key string/1",
	}
	if len(dead) != len(want) {
		t.Fatalf("%d dead letters; want %d: %+v", len(dead), len(want), dead)
	}
	for _, d := range dead {
		for key, w := range want {
			if strings.Contains(string(d.Data), key) {
				if got := d.Err + "/" + d.Deliveries; got != w {
					t.Errorf("dead letter %s: %q; want %q", key, got, w)
				}
			}
		}
	}
}

// TestPoisonOrdered: an ordered worker that gives back a document that
// failed to code stores the batches after it without waiting for it: the
// document comes back later, out of the queue's order whatever happens,
// so waiting would hold up every batch behind it for nothing.
func TestPoisonOrdered(t *testing.T) {
	q, store, _ := setup(t)
	ctx := context.Background()
	docs := numbered("o", 30)
	docs[2].Text = "this will fail"
	if st, err := q.PublishAll(ctx, slices.Values(docs)); err != nil || st.Published != 30 {
		t.Fatalf("PublishAll = %+v, %v; want 30 published", st, err)
	}
	w := &hnats.Worker{Queue: q, Store: store, Code: testCoder, Batch: 5, MaxDeliver: 3,
		AckWait: 3 * time.Second, Ordered: true, OrderWait: 2 * time.Second}
	ws := runUntil(t, w)
	if ws.Documents != 29 || ws.Dead != 1 {
		t.Errorf("worker stats = %d stored, %d dead; want 29, 1", ws.Documents, ws.Dead)
	}
	if ws.Unordered == 0 || ws.Waited != 0 {
		t.Errorf("worker stats = %d batches stored out of order, %d after waiting; want some, none waited", ws.Unordered, ws.Waited)
	}
}

// TestRedelivery publishes documents again after they were stored, as a
// lost ack makes the server deliver them again: they are found unchanged
// and not stored twice, while a changed one replaces its old version.
func TestRedelivery(t *testing.T) {
	q, store, srv := setup(t)
	ctx := context.Background()
	docs := []*hadath.Document{{ID: "a", Text: "one"}, {ID: "b", Text: "two"}}
	if _, err := q.PublishAll(ctx, slices.Values(docs)); err != nil {
		t.Fatal(err)
	}
	w := &hnats.Worker{Queue: q, Store: store, Code: testCoder}
	if st := runUntil(t, w); st.Added != 2 {
		t.Fatalf("first run added %d; want 2", st.Added)
	}
	if dup, err := q.Publish(ctx, docs[0]); err != nil || !dup {
		t.Errorf("Publish(same document) = %v, %v; want a duplicate", dup, err)
	}
	// Past the duplicate window, as after a lost ack: the same content
	// under a new message, and a changed document.
	changed := &hadath.Document{ID: "b", Text: "two, corrected"}
	nc, err := natsgo.Connect(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	for _, d := range []*hadath.Document{docs[0], changed} {
		m := natsgo.NewMsg(hnats.Subject)
		m.Data = []byte(fmt.Sprintf(`{"id":%q,"text":%q}`, d.ID, d.Text))
		if err := nc.PublishMsg(m); err != nil {
			t.Fatal(err)
		}
	}
	nc.Flush()
	st := runUntil(t, w)
	if st.Added != 0 || st.Unchanged != 1 || st.Replaced != 1 {
		t.Errorf("second run: %d added, %d unchanged, %d replaced; want 0, 1, 1", st.Added, st.Unchanged, st.Replaced)
	}
	if _, n, err := store.Documents(ctx, hadath.DocFilter{Limit: 1}); err != nil || n != 2 {
		t.Errorf("store holds %d documents (%v); want 2", n, err)
	}
}

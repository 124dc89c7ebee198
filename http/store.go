package http

import (
	"context"

	"github.com/hadath/hadath"
)

// boundedStore is a store whose reads wait for one of a fixed number of
// slots. A burst of requests then queues in the server, instead of each
// request opening a database connection of its own (and, with SQLite, a
// cold page cache). Writes go through unbounded: the server runs one
// ingest at a time.
type boundedStore struct {
	hadath.Store
	slots chan struct{}
}

// store returns the server's store, its reads bounded.
func (s *Server) store() boundedStore { return boundedStore{s.Store, s.slots} }

// run runs fn once a slot is free, or returns the context's error.
func (b boundedStore) run(ctx context.Context, fn func() error) error {
	select {
	case b.slots <- struct{}{}:
		defer func() { <-b.slots }()
		return fn()
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Events returns the events that pass f.
func (b boundedStore) Events(ctx context.Context, f hadath.Filter) (evs []*hadath.StoredEvent, total int, err error) {
	err = b.run(ctx, func() error { evs, total, err = b.Store.Events(ctx, f); return err })
	return evs, total, err
}

// Event returns one event.
func (b boundedStore) Event(ctx context.Context, id string) (ev *hadath.StoredEvent, err error) {
	err = b.run(ctx, func() error { ev, err = b.Store.Event(ctx, id); return err })
	return ev, err
}

// Incidents returns the incidents with a report that passes f.
func (b boundedStore) Incidents(ctx context.Context, f hadath.Filter) (incs []*hadath.Incident, total int, err error) {
	err = b.run(ctx, func() error { incs, total, err = b.Store.Incidents(ctx, f); return err })
	return incs, total, err
}

// Incident returns one incident with its reports.
func (b boundedStore) Incident(ctx context.Context, id string) (inc *hadath.Incident, err error) {
	err = b.run(ctx, func() error { inc, err = b.Store.Incident(ctx, id); return err })
	return inc, err
}

// Stats counts events and incidents.
func (b boundedStore) Stats(ctx context.Context, f hadath.Filter, spec hadath.StatsSpec) (rows []hadath.StatRow, err error) {
	err = b.run(ctx, func() error { rows, err = b.Store.Stats(ctx, f, spec); return err })
	return rows, err
}

// Documents returns stored documents without their text.
func (b boundedStore) Documents(ctx context.Context, f hadath.DocFilter) (docs []*hadath.DocumentInfo, total int, err error) {
	err = b.run(ctx, func() error { docs, total, err = b.Store.Documents(ctx, f); return err })
	return docs, total, err
}

// Document returns one document with its text.
func (b boundedStore) Document(ctx context.Context, id string) (doc *hadath.Document, err error) {
	err = b.run(ctx, func() error { doc, err = b.Store.Document(ctx, id); return err })
	return doc, err
}

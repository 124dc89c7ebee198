package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// DocumentHashes returns the stored hash of each of ids that is stored.
func (s *DB) DocumentHashes(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	const chunk = 500
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		q, args := inList("id", ids[:n], 0)
		rows, err := s.db.QueryContext(ctx, `SELECT id, hash FROM documents WHERE `+q, args...)
		if err != nil {
			return nil, fmt.Errorf("document hashes: %w", err)
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = h
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		ids = ids[n:]
	}
	return out, nil
}

// Ingest stores a batch of coded documents in one transaction.
func (s *DB) Ingest(ctx context.Context, batch []*hadath.Coded) (hadath.IngestStats, error) {
	var st hadath.IngestStats
	pre := startPrepare(batch)
	defer pre.stop()
	var written map[string]*incidentState
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		w, err := s.newWriter(ctx, tx)
		if err != nil {
			return err
		}

		written = w.cache
		defer w.close()
		st = hadath.IngestStats{}
		if err := w.loadHashes(batch); err != nil {
			return err
		}
		for i, c := range batch {
			w.pre = pre.wait(i)
			if err := w.put(c, &st); err != nil {
				return fmt.Errorf("store document %q: %w", c.Doc.ID, err)
			}
		}
		if err := w.flush(); err != nil {
			return err
		}
		if err := w.flushIncidents(&st); err != nil {
			return err
		}
		if err := w.flushIncidentRows(); err != nil {
			return err
		}
		if err := w.flushSearch(); err != nil {
			return err
		}
		return w.flushChanges()
	})
	if err != nil {
		return hadath.IngestStats{}, err
	}
	s.views.publish(written)
	return st, nil
}

// writer stores documents within one transaction.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	d       *Dialect
	now     int64
	stmts   map[string]*sql.Stmt
	touched map[string]bool           // incidents that lost members
	cache   map[string]*incidentState // incidents read or written in this transaction
	search  []searchRow               // search texts to index before commit
	views   *viewCache                // the store's committed views
	pre     []prepared                // the columns and search texts of the document's events
	fresh   bool                      // the document being put was not stored before

	hashes    map[string]string           // stored hash of each document of the batch, as the batch goes
	docs      []pendingDoc                // documents held back
	events    []pendingEvent              // events held back
	dirty     []*incidentState            // incidents changed and not yet written
	dirtyByID map[string]*incidentState   // the dirty incidents by id
	byKey     map[string][]*incidentState // type and modality -> dirty incidents
	docIncs   map[string]bool             // incidents the document being put has joined
	changes   *changeSet                  // the change log rows of the transaction
}

// searchRow is the search text of one stored event.
type searchRow struct {
	n    int64
	text string
}

// flushSearch indexes the search texts of the transaction, many rows a
// statement, since each statement costs the full-text index a flush.
func (w *writer) flushSearch() error {
	const rows = 100
	for len(w.search) > 0 {
		k := min(rows, len(w.search))
		var b strings.Builder
		b.WriteString(w.d.InsertSearch)
		args := make([]any, 0, 2*k)
		for i, r := range w.search[:k] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, w.d.SearchRow, 2*i+1, 2*i+2)
			args = append(args, r.n, r.text)
		}
		if _, err := w.exec(b.String(), args...); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		w.search = w.search[k:]
	}
	return nil
}

func (s *DB) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	return &writer{ctx: ctx, tx: tx, d: &s.dialect, views: &s.views,
		now: time.Now().UnixMilli(), stmts: map[string]*sql.Stmt{},
		touched: map[string]bool{}, cache: map[string]*incidentState{},
		hashes: map[string]string{}, dirtyByID: map[string]*incidentState{}, byKey: map[string][]*incidentState{},
		docIncs: map[string]bool{}}, nil
}

// stmt returns the prepared form of q, preparing it once per transaction.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st := w.stmts[q]; st != nil {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare %.40q: %w", q, err)
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// put stores one document and its events.
func (w *writer) put(c *hadath.Coded, st *hadath.IngestStats) error {
	doc := c.Doc
	old, stored := w.hashes[doc.ID]
	w.fresh = false
	clear(w.docIncs)
	switch {
	case !stored:
		st.Added++
		w.fresh = true
	case old == c.Hash && !(c.Recode && c.Result != nil):
		st.Unchanged++
		return nil
	default:
		st.Replaced++
		// The old events may be among those held back: write them, so
		// that the database holds everything that is to be removed.
		if err := w.flush(); err != nil {
			return err
		}
		if err := w.removeEvents(doc.ID, st); err != nil {
			return err
		}
	}
	w.hashes[doc.ID] = c.Hash
	var events []hadath.Event
	lang := doc.Lang
	if c.Result != nil {
		events = c.Result.Events
		if c.Result.Lang != "" {
			lang = c.Result.Lang
		}
	}
	w.docs = append(w.docs, pendingDoc{args: []any{doc.ID, c.Hash, doc.Title, doc.Source, doc.URL, doc.Published, lang, doc.Text, len(events), w.now}})
	for i := range events {
		se := &hadath.StoredEvent{Event: events[i], DocID: doc.ID, Title: doc.Title, Source: doc.Source,
			URL: doc.URL, Published: doc.Published, Lang: lang, Ingested: time.UnixMilli(w.now)}
		if err := w.putEvent(se, i, st); err != nil {
			return fmt.Errorf("event %s: %w", se.Event.ID, err)
		}
	}
	return nil
}

// putEvent stores one event and files it under an incident.
func (w *writer) putEvent(se *hadath.StoredEvent, k int, st *hadath.IngestStats) error {
	pre := w.pre[k]
	r, err := pre.row, pre.err
	if err != nil {
		return err
	}
	// An event id is made from its document's id, so only the events of
	// a document stored before can be there already.
	if !w.fresh {
		if err := w.removeEvent(r.id); err != nil {
			return err
		}
	}
	inc, err := w.file(se, st)
	if err != nil {
		return err
	}
	w.docIncs[inc.id] = true
	w.events = append(w.events, pendingEvent{id: r.id, text: pre.text, args: []any{
		inc.id, inc.why, inc.score, r.id, r.docID, r.typ, nullable(r.method), r.modality,
		nullable(r.date), nullable(r.dateHi), nullable(r.week), nullable(r.month), nullable(r.year),
		nullable(r.country), nullable(r.admin1), nullable(r.place), nullable(r.precision), r.lat, r.lon,
		nullable(r.actor), nullable(r.actorAr), nullable(r.actorCountry), nullable(r.actorSector), nullable(r.actorLabel),
		nullable(r.target), nullable(r.targetAr), nullable(r.targetCountry), nullable(r.targetSector), nullable(r.targetLabel),
		nullable(r.claimed), nullable(r.claimedAr), nullable(r.claimedLabel), r.killed, r.injured, se.Event.Confidence, r.record, w.now}})
	st.Events++
	return nil
}

// loadHashes reads the stored hash of every document of the batch, in
// one statement for every 500.
func (w *writer) loadHashes(batch []*hadath.Coded) error {
	ids := make([]string, 0, len(batch))
	for _, c := range batch {
		ids = append(ids, c.Doc.ID)
	}
	for len(ids) > 0 {
		n := min(500, len(ids))
		q, args := inList("id", ids[:n], 0)
		rows, err := w.tx.QueryContext(w.ctx, `SELECT id, hash FROM documents WHERE `+q, args...)
		if err != nil {
			return fmt.Errorf("document hashes: %w", err)
		}
		for rows.Next() {
			var id, h string
			if err := rows.Scan(&id, &h); err != nil {
				rows.Close()
				return err
			}
			w.hashes[id] = h
		}
		if err := rows.Close(); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// flush writes the documents, events and incidents held back.
func (w *writer) flush() error {
	if err := w.flushEvents(); err != nil {
		return err
	}
	return w.flushIncidentRows()
}

package sqlstore

import (
	"context"
	"database/sql"
	"errors"
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
		for i, c := range batch {
			w.pre = pre.wait(i)
			if err := w.put(c, &st); err != nil {
				return fmt.Errorf("store document %q: %w", c.Doc.ID, err)
			}
		}
		if err := w.flushIncidents(&st); err != nil {
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
	changes *changeSet                // the change log rows of the transaction
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
		touched: map[string]bool{}, cache: map[string]*incidentState{}}, nil
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
	st0, err := w.stmt(`SELECT hash FROM documents WHERE id = $1`)
	if err != nil {
		return err
	}
	var old string
	w.fresh = false
	switch err := st0.QueryRowContext(w.ctx, doc.ID).Scan(&old); {
	case errors.Is(err, sql.ErrNoRows):
		st.Added++
		w.fresh = true
	case err != nil:
		return err
	case old == c.Hash:
		st.Unchanged++
		return nil
	default:
		st.Replaced++
		if err := w.removeEvents(doc.ID, st); err != nil {
			return err
		}
	}
	var events []hadath.Event
	lang := doc.Lang
	if c.Result != nil {
		events = c.Result.Events
		if c.Result.Lang != "" {
			lang = c.Result.Lang
		}
	}
	if _, err := w.exec(`INSERT INTO documents (id, hash, title, source, url, published, lang, body, events, ingested)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, title = excluded.title, source = excluded.source,
		url = excluded.url, published = excluded.published, lang = excluded.lang, body = excluded.body,
		events = excluded.events, ingested = excluded.ingested`,
		doc.ID, c.Hash, doc.Title, doc.Source, doc.URL, doc.Published, lang, doc.Text, len(events), w.now); err != nil {
		return err
	}
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
	st1, err := w.stmt(`INSERT INTO events (incident_id, join_why, join_score, id, doc_id, type, method, modality, date, date_hi, week, month, year,
		country, admin1, place, precision, lat, lon,
		actor, actor_ar, actor_country, actor_sector, actor_label,
		target, target_ar, target_country, target_sector, target_label,
		claimed, claimed_ar, claimed_label, killed, injured, record, ingested)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
		$21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36) RETURNING n`)
	if err != nil {
		return err
	}
	inc, err := w.file(se, st)
	if err != nil {
		return err
	}
	var n int64
	if err := st1.QueryRowContext(w.ctx, inc.id, inc.why, inc.score, r.id, r.docID, r.typ, nullable(r.method), r.modality,
		nullable(r.date), nullable(r.dateHi), nullable(r.week), nullable(r.month), nullable(r.year),
		nullable(r.country), nullable(r.admin1), nullable(r.place), nullable(r.precision), r.lat, r.lon,
		nullable(r.actor), nullable(r.actorAr), nullable(r.actorCountry), nullable(r.actorSector), nullable(r.actorLabel),
		nullable(r.target), nullable(r.targetAr), nullable(r.targetCountry), nullable(r.targetSector), nullable(r.targetLabel),
		nullable(r.claimed), nullable(r.claimedAr), nullable(r.claimedLabel), r.killed, r.injured, r.record, w.now).Scan(&n); err != nil {
		return err
	}
	w.search = append(w.search, searchRow{n, pre.text})
	st.Events++
	return nil
}

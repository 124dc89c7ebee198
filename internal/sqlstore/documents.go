package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hadath/hadath"
)

// Documents returns stored documents without their text, newest first.
func (s *DB) Documents(ctx context.Context, f hadath.DocFilter) ([]*hadath.DocumentInfo, int, error) {
	w := &where{}
	if f.Source != "" {
		w.conds = append(w.conds, "d.source = "+w.arg(f.Source))
	}
	if f.Text != "" {
		// Documents with an event that matches the words.
		ew := s.build(&hadath.Filter{Text: f.Text})
		cond := ew.conds[0]
		w.conds = append(w.conds, "d.id IN (SELECT e.doc_id FROM events e WHERE "+
			renumber(cond, len(w.args))+")")
		w.args = append(w.args, ew.args...)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents d`+w.sql(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count documents: %w", err)
	}
	page := w.page(&hadath.Filter{Limit: f.Limit, Offset: f.Offset})
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.title, d.source, d.url, d.published, d.lang, d.hash, d.events, d.ingested
		FROM documents d`+w.sql()+` ORDER BY d.ingested DESC, d.id`+page, w.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("query documents: %w", err)
	}
	defer rows.Close()
	var out []*hadath.DocumentInfo
	for rows.Next() {
		var title, source, url, published, lang sql.NullString
		var ingested int64
		di := &hadath.DocumentInfo{}
		if err := rows.Scan(&di.ID, &title, &source, &url, &published, &lang, &di.Hash, &di.Events, &ingested); err != nil {
			return nil, 0, err
		}
		di.Title, di.Source, di.URL, di.Published, di.Lang = title.String, source.String, url.String, published.String, lang.String
		di.Ingested = time.UnixMilli(ingested).UTC()
		out = append(out, di)
	}
	return out, total, rows.Err()
}

// renumber shifts the $n placeholders of a condition by k.
func renumber(cond string, k int) string {
	if k == 0 {
		return cond
	}
	out := make([]byte, 0, len(cond)+4)
	for i := 0; i < len(cond); i++ {
		if cond[i] != '$' {
			out = append(out, cond[i])
			continue
		}
		j := i + 1
		n := 0
		for j < len(cond) && cond[j] >= '0' && cond[j] <= '9' {
			n = n*10 + int(cond[j]-'0')
			j++
		}
		out = append(out, '$')
		out = append(out, itoa(n+k)...)
		i = j - 1
	}
	return string(out)
}

// Document returns one document with its text.
func (s *DB) Document(ctx context.Context, id string) (*hadath.Document, error) {
	var title, source, url, published, lang sql.NullString
	d := &hadath.Document{ID: id}
	err := s.db.QueryRowContext(ctx, `SELECT title, source, url, published, lang, body FROM documents WHERE id = $1`, id).
		Scan(&title, &source, &url, &published, &lang, &d.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, hadath.Errorf(hadath.ENOTFOUND, "no document %q", id)
	} else if err != nil {
		return nil, err
	}
	d.Title, d.Source, d.URL, d.Published, d.Lang = title.String, source.String, url.String, published.String, lang.String
	return d, nil
}

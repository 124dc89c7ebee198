package watch

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/source"
)

// entry is a new entry of a poll, on its way to the sink.
type entry struct {
	key  string
	item *source.Item
	hash string
}

// Poll polls one source now: it fetches it (conditionally), passes over
// what was seen, fetches the new items' pages, hands their documents to
// the sink and marks them seen. The source's state records the outcome.
// The validators of a poll are kept only when every entry got through,
// so that an entry that failed is offered again by the next poll. It
// returns ErrFailed when the source or some entry failed, and the sink's
// or the store's error as it is.
func (w *Watcher) Poll(ctx context.Context, s Source) error {
	w.init()
	st, err := w.Store.SourceState(ctx, s.URL)
	if err != nil {
		return err
	}
	if !w.acquire(ctx) {
		return ctx.Err()
	}
	w.Counters.Polls.Add(1)
	p, err := w.Reader.Poll(ctx, s.URL, st.ETag, st.LastModified)
	w.release()
	st.Polled = time.Now()
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		st.Errors++
		st.LastError = w.errorf(s, "%w", err).Error()
		if err := w.Store.SaveSourceState(ctx, st); err != nil {
			return err
		}
		return fmt.Errorf("%w: %s", ErrFailed, st.LastError)
	}
	if p.NotModified {
		w.Counters.NotModified.Add(1)
		w.Log.Debug("not modified", "source", s.label())
		st.Errors, st.LastError = 0, ""
		return w.Store.SaveSourceState(ctx, st)
	}
	news, seen, failed, err := w.entries(ctx, s, p)
	if err != nil {
		return err
	}
	if err := w.deliver(ctx, s, news, seen); err != nil {
		st.Errors++
		st.LastError = w.errorf(s, "store: %w", err).Error()
		if serr := w.Store.SaveSourceState(ctx, st); serr != nil {
			return serr
		}
		return err
	}
	st.Errors, st.LastError = 0, ""
	if failed == 0 {
		st.ETag, st.LastModified = p.ETag, p.LastModified
	} else {
		st.ETag, st.LastModified = "", ""
	}
	w.Log.Info("polled", "source", s.label(), "entries", len(p.Entries), "new", len(news), "failed", failed)
	if err := w.Store.SaveSourceState(ctx, st); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d entries of %s", ErrFailed, failed, s.label())
	}
	return nil
}

// entries sorts the entries of a poll into new ones, with their
// documents, and ones seen before under another key (the same content);
// failed counts those that could not be had.
func (w *Watcher) entries(ctx context.Context, s Source, p *source.Polled) (news []entry, same []hadath.Seen, failed int, err error) {
	var keys []string
	for _, e := range p.Entries {
		if validKey(e.Key) {
			keys = append(keys, e.Key)
		}
	}
	known, err := w.Store.SeenKeys(ctx, keys)
	if err != nil {
		return nil, nil, 0, err
	}
	got := make([]*entry, len(p.Entries))
	var wg sync.WaitGroup
	for i, e := range p.Entries {
		if !validKey(e.Key) {
			w.report(fmt.Sprintf("%s#%d", s.URL, i+1), []error{fmt.Errorf("entry with a key that cannot be kept (%d bytes)", len(e.Key))}, nil)
			failed++
			continue
		}
		if _, ok := known[e.Key]; ok && p.Feed {
			// A feed item is coded once; its page is not fetched again.
			w.Counters.Seen.Add(1)
			continue
		}
		if p.Feed && !w.acquire(ctx) {
			return nil, nil, 0, ctx.Err()
		}
		wg.Go(func() {
			if p.Feed {
				defer w.release()
			}
			it := w.Reader.Item(ctx, p, i)
			got[i] = &entry{key: e.Key, item: it}
			if it.Doc != nil {
				got[i].hash = ingest.Hash(it.Doc)
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return nil, nil, 0, ctx.Err()
	}
	var hashes []string
	for _, g := range got {
		if g != nil && g.item.Doc != nil {
			hashes = append(hashes, g.hash)
		}
	}
	dup, err := w.Store.SeenHashes(ctx, hashes)
	if err != nil {
		return nil, nil, 0, err
	}
	batch := map[string]bool{}
	for _, g := range got {
		if g == nil {
			continue
		}
		if len(g.item.Errs) > 0 || len(g.item.Notes) > 0 {
			w.report(g.item.Where, g.item.Errs, g.item.Notes)
		}
		switch {
		case g.item.Doc == nil:
			w.Counters.Errors.Add(1)
			failed++
		case known[g.key] == g.hash:
			w.Counters.Seen.Add(1) // a page that has not changed
		case dup[g.hash] || batch[g.hash]:
			w.Counters.Seen.Add(1) // the same text under another link
			same = append(same, hadath.Seen{Key: g.key, Hash: g.hash, Source: s.URL, DocID: g.item.Doc.ID})
		default:
			batch[g.hash] = true
			news = append(news, *g)
		}
	}
	return news, same, failed, nil
}

// deliver hands new entries to the sink a batch at a time and marks each
// batch seen once the sink has it, then marks seen the entries that
// repeat content seen before.
func (w *Watcher) deliver(ctx context.Context, s Source, news []entry, same []hadath.Seen) error {
	for len(news) > 0 {
		n := min(sinkBatch, len(news))
		docs := make([]*hadath.Document, n)
		seen := make([]hadath.Seen, n)
		for i, e := range news[:n] {
			docs[i] = e.item.Doc
			seen[i] = hadath.Seen{Key: e.key, Hash: e.hash, Source: s.URL, DocID: e.item.Doc.ID}
		}
		w.sinkMu.Lock()
		err := w.Sink(ctx, docs)
		w.sinkMu.Unlock()
		if err != nil {
			return err
		}
		if err := w.Store.MarkSeen(ctx, seen); err != nil {
			return err
		}
		w.Counters.New.Add(int64(n))
		news = news[n:]
	}
	return w.Store.MarkSeen(ctx, same)
}

// report passes an entry's problems on.
func (w *Watcher) report(where string, errs []error, notes []string) {
	if w.Item != nil {
		w.Item(where, errs, notes)
	}
	for _, err := range errs {
		w.Log.Warn("entry", "where", where, "error", err.Error())
	}
}

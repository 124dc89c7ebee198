package sqlstore

import (
	"runtime"
	"strings"
	"sync"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// prepared is what can be made of an event before its transaction: its
// columns and its search text.
type prepared struct {
	row  *eventRow
	text string
	err  error
}

// preparer makes the columns and search texts of a batch's events on
// all cores while the (single-threaded) transaction stores them, each
// document's ready before the transaction reaches it.
type preparer struct {
	docs  [][]prepared
	ready []chan struct{}
	quit  chan struct{}
	wg    sync.WaitGroup
}

// startPrepare starts preparing batch.
func startPrepare(batch []*hadath.Coded) *preparer {
	p := &preparer{docs: make([][]prepared, len(batch)), ready: make([]chan struct{}, len(batch)), quit: make(chan struct{})}
	for i := range p.ready {
		p.ready[i] = make(chan struct{})
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(batch)))
	for k := range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			ix := newIndexer()
			for i := k; i < len(batch); i += workers {
				select {
				case <-p.quit:
					return
				default:
				}
				p.docs[i] = ix.prepare(batch[i])
				close(p.ready[i])
			}
		}()
	}
	return p
}

// wait returns the prepared events of document i once they are ready.
func (p *preparer) wait(i int) []prepared {
	<-p.ready[i]
	return p.docs[i]
}

// stop ends the work early, when the transaction fails.
func (p *preparer) stop() {
	close(p.quit)
	p.wg.Wait()
}

// prepare makes the columns and search texts of one document's events.
func (ix *indexer) prepare(c *hadath.Coded) []prepared {
	if c.Result == nil {
		return nil
	}
	clear(ix.cache)
	out := make([]prepared, len(c.Result.Events))
	for j := range c.Result.Events {
		ev := &c.Result.Events[j]
		out[j].text = ix.text(ev, c.Doc.Title)
		out[j].row, out[j].err = newEventRow(&hadath.StoredEvent{Event: *ev, DocID: c.Doc.ID, Published: c.Doc.Published})
	}
	return out
}

// indexer makes search texts, remembering the words of the sentences of
// one document, which its events share.
type indexer struct {
	analyzer *ar.Analyzer
	cache    map[string][]string
	seen     map[string]bool
	b        strings.Builder
}

func newIndexer() *indexer {
	return &indexer{analyzer: ar.NewAnalyzer(), cache: map[string][]string{}, seen: map[string]bool{}}
}

// words returns the index words of a text: every form and lookup key of
// its words.
func (ix *indexer) words(s string) []string {
	if w, ok := ix.cache[s]; ok {
		return w
	}
	x := ix.analyzer.Analyze(s)
	var out []string
	for i := range x.Tokens {
		t := &x.Tokens[i]
		if t.Kind == ar.Punct {
			continue
		}
		out = append(out, t.Norm)
		for ki := range t.NumKeys() {
			if k := t.KeyAt(ki); k != t.Norm {
				out = append(out, k)
			}
		}
	}
	ix.cache[s] = out
	return out
}

// text returns what the full-text index holds for an event: the words
// of its trigger, evidence and title (so that "غزة" finds "بغزة"), and
// the names of its place and parties in both languages, each once.
func (ix *indexer) text(ev *hadath.Event, title string) string {
	clear(ix.seen)
	ix.b.Reset()
	add := func(s string) {
		for _, w := range ix.words(s) {
			if w == "" || ix.seen[w] {
				continue
			}
			ix.seen[w] = true
			if ix.b.Len() > 0 {
				ix.b.WriteByte(' ')
			}
			ix.b.WriteString(w)
		}
	}
	add(ev.Trigger.Text)
	for _, sp := range ev.Evidence {
		add(sp.Text)
	}
	add(title)
	if p := ev.Location; p != nil {
		add(p.Name + " " + p.NameAr + " " + p.Admin1)
	}
	for _, a := range []*hadath.Actor{ev.Actor, ev.Target, ev.ClaimedBy} {
		if a != nil {
			add(a.Name + " " + a.NameAr)
		}
	}
	return ix.b.String()
}

// searchWords folds a user's query into the words to look for, each
// with its readings: as written, and without its article and clitics
// ("بالأنبار" is also looked for as "انبار").
func searchWords(analyzer *ar.Analyzer, q string) [][]string {
	x := analyzer.Analyze(q)
	var out [][]string
	for i := range x.Tokens {
		t := &x.Tokens[i]
		if t.Kind == ar.Punct {
			continue
		}
		out = append(out, append([]string{t.Norm}, t.Keys()...))
	}
	return out
}

// FTS5Query quotes words for an SQLite FTS5 MATCH: every word must occur,
// in any of its readings.
func FTS5Query(words [][]string) string {
	q := make([]string, len(words))
	for i, alts := range words {
		a := make([]string, len(alts))
		for j, w := range alts {
			a[j] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		}
		q[i] = "(" + strings.Join(a, " OR ") + ")"
	}
	return strings.Join(q, " AND ")
}

// TSQuery joins words for PostgreSQL's to_tsquery('simple', ...): every
// word must occur, in any of its readings. Words are quoted so that
// operators in them are text.
func TSQuery(words [][]string) string {
	q := make([]string, len(words))
	for i, alts := range words {
		a := make([]string, len(alts))
		for j, w := range alts {
			a[j] = "'" + strings.ReplaceAll(strings.ReplaceAll(w, `\`, `\\`), "'", "''") + "'"
		}
		q[i] = "(" + strings.Join(a, " | ") + ")"
	}
	return strings.Join(q, " & ")
}

package sqlstore

import (
	"runtime"
	"strings"
	"sync"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// searchTexts makes the search texts of a batch's events on all cores,
// keyed by event id, before the (single-threaded) transaction starts.
func searchTexts(batch []*hadath.Coded) map[string]string {
	type job struct {
		ev    *hadath.Event
		title string
	}
	var jobs []job
	for _, c := range batch {
		if c.Result == nil {
			continue
		}
		for i := range c.Result.Events {
			jobs = append(jobs, job{&c.Result.Events[i], c.Doc.Title})
		}
	}
	texts := make([]string, len(jobs))
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := ar.NewAnalyzer()
			for i := k; i < len(jobs); i += workers {
				texts[i] = searchText(a, jobs[i].ev, jobs[i].title)
			}
		}()
	}
	wg.Wait()
	out := make(map[string]string, len(jobs))
	for i, j := range jobs {
		out[j.ev.ID] = texts[i]
	}
	return out
}

// searchText returns what the full-text index holds for an event: every
// lookup key of every word of its evidence and trigger (so that "غزة"
// finds "بغزة"), and the names of its places and parties in both
// languages, folded.
func searchText(analyzer *ar.Analyzer, ev *hadath.Event, title string) string {
	var b strings.Builder
	seen := map[string]bool{}
	add := func(w string) {
		if w == "" || seen[w] {
			return
		}
		seen[w] = true
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	addText := func(s string) {
		x := analyzer.Analyze(s)
		for i := range x.Tokens {
			t := &x.Tokens[i]
			if t.Kind == ar.Punct {
				continue
			}
			add(t.Norm)
			for _, k := range t.Keys() {
				add(k)
			}
		}
	}
	addText(ev.Trigger.Text)
	for _, sp := range ev.Evidence {
		addText(sp.Text)
	}
	addText(title)
	if p := ev.Location; p != nil {
		addText(p.Name + " " + p.NameAr + " " + p.Admin1)
	}
	for _, a := range []*hadath.Actor{ev.Actor, ev.Target, ev.ClaimedBy} {
		if a != nil {
			addText(a.Name + " " + a.NameAr)
		}
	}
	return b.String()
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

package lexicon

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// The corpus measurements read shared data outside the repository and run
// only when asked: go test ./lexicon -run Corpus -corpus ../shared/corpus/ant-news.jsonl.gz
// and go test ./lexicon -run Dev -dev ../shared/eval/dev.
var (
	corpusPath = flag.String("corpus", "", "news corpus (JSON lines, gzipped) to measure trigger frequencies on")
	devDir     = flag.String("dev", "", "dev set directory (docs.jsonl, gold.jsonl) to measure trigger recall on")
	sampleN    = flag.Int("sample", 40, "random trigger matches to print with -corpus")
	countsOut  = flag.String("counts", "", "with -corpus, write the match count of every trigger form to this file")
	showHits   = flag.Bool("hits", false, "with -dev, log the trigger forms that found each gold event")
	strongOnly = flag.Bool("strong", false, "with -corpus, sample only matches with a trigger not marked weak")
	seed       = flag.Uint64("seed", 1, "with -corpus, the seed of the random sample")
	showForm   = flag.String("form", "", "with -corpus, sample only matches of this trigger form")
)

// doc is a document line of the corpus or the dev set.
type doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func readDocs(t *testing.T, name string) []doc {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sc *bufio.Scanner
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc = bufio.NewScanner(z)
	} else {
		sc = bufio.NewScanner(f)
	}
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	var docs []doc
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// context returns the text around code points [s, e) of src, the match
// in brackets.
func context(src string, s, e, width int) string {
	r := []rune(src)
	a, b := max(0, s-width), min(len(r), e+width)
	return strings.ReplaceAll(string(r[a:s])+"["+string(r[s:e])+"]"+string(r[e:b]), "\n", " ")
}

func TestCorpusTriggers(t *testing.T) {
	if *corpusPath == "" {
		t.Skip("no -corpus given")
	}
	l, err := LoadArabic()
	if err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t, *corpusPath)
	a := ar.NewAnalyzer()
	type hit struct {
		doc        int
		start, end int
		label      string
	}
	count := map[string]int{}
	perType := map[string]int{}
	var hits []hit
	var spent [3]time.Duration
	tokens := 0
	for di, d := range docs {
		x := a.Analyze(d.Text)
		tokens += len(x.Tokens)
		t0 := time.Now()
		ms := l.Triggers(x)
		t1 := time.Now()
		l.Methods(x)
		t2 := time.Now()
		l.Cues(x)
		spent[0], spent[1], spent[2] = spent[0]+t1.Sub(t0), spent[1]+t2.Sub(t1), spent[2]+time.Since(t2)
		for _, m := range ms {
			k := ar.Key(m.Triggers[0].Form)
			count[k]++
			var types []string
			strong := false
			for _, tr := range m.Triggers {
				perType[tr.Type]++
				types = append(types, tr.Type+"/"+tr.Flags())
				strong = strong || !tr.Weak
			}
			if *showForm != "" && k != ar.Key(*showForm) {
				continue
			}
			if strong || !*strongOnly {
				hits = append(hits, hit{di, m.Start, m.End, strings.Join(types, ",")})
			}
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	var b strings.Builder
	fmt.Fprintf(&b, "%d docs, %d trigger matches (%.1f a doc)\n", len(docs), len(hits), float64(len(hits))/float64(len(docs)))
	for i, what := range []string{"Triggers", "Methods", "Cues"} {
		fmt.Fprintf(&b, "%s: %.2f µs per 100 tokens\n", what, float64(spent[i].Microseconds())/float64(tokens)*100)
	}
	for typ, n := range perType {
		fmt.Fprintf(&b, "  %s %d\n", typ, n)
	}
	b.WriteString("most frequent forms:\n")
	for i, k := range keys[:min(60, len(keys))] {
		var types []string
		for _, tr := range l.TriggerDict().Lookup(k) {
			types = append(types, tr.Type)
		}
		fmt.Fprintf(&b, "%2d %6d %s %v\n", i+1, count[k], k, types)
	}
	if *countsOut != "" {
		var c strings.Builder
		for _, ln := range dataLines(t, triggerFile) {
			for _, form := range ln.forms {
				fmt.Fprintf(&c, "%d\t%s\t%s\t%s\n", count[ar.Key(form)], ln.fields[0], ln.fields[2], form)
			}
		}
		if err := os.WriteFile(*countsOut, []byte(c.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(*seed, 2))
	b.WriteString("random matches:\n")
	for i := 0; i < *sampleN && len(hits) > 0; i++ {
		h := hits[rng.IntN(len(hits))]
		fmt.Fprintf(&b, "%2d %s: %s\n", i+1, h.label, context(docs[h.doc].Text, h.start, h.end, 60))
	}
	t.Log(b.String())
}

// gold is a dev-set gold line.
type gold struct {
	DocID  string `json:"doc_id"`
	Events []struct {
		Type     string            `json:"type"`
		Optional bool              `json:"optional"`
		Mentions []json.RawMessage `json:"mentions"`
	} `json:"events"`
}

// mentionSpan returns the code-point span of a gold mention in text: a
// string (first occurrence) or {"text": ..., "nth": n}.
func mentionSpan(text string, raw json.RawMessage) (int, int, bool) {
	var m struct {
		Text string `json:"text"`
		Nth  int    `json:"nth"`
	}
	if err := json.Unmarshal(raw, &m.Text); err != nil {
		if err := json.Unmarshal(raw, &m); err != nil {
			return 0, 0, false
		}
	}
	from := 0
	for n := 0; ; n++ {
		i := strings.Index(text[from:], m.Text)
		if i < 0 {
			return 0, 0, false
		}
		if n == m.Nth {
			s := utf8.RuneCountInString(text[:from+i])
			return s, s + utf8.RuneCountInString(m.Text), true
		}
		from += i + len(m.Text)
	}
}

func TestDevRecall(t *testing.T) {
	if *devDir == "" {
		t.Skip("no -dev given")
	}
	l, err := LoadArabic()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, d := range readDocs(t, filepath.Join(*devDir, "docs.jsonl")) {
		texts[d.ID] = d.Text
	}
	f, err := os.ReadFile(filepath.Join(*devDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	a := ar.NewAnalyzer()
	var req, found, strong int
	missByType := map[string]int{}
	var misses []string
	for _, s := range strings.Split(strings.TrimSpace(string(f)), "\n") {
		var g gold
		if err := json.Unmarshal([]byte(s), &g); err != nil {
			t.Fatal(err)
		}
		text := texts[g.DocID]
		ms := l.Triggers(a.Analyze(text))
		for _, e := range g.Events {
			if e.Optional {
				continue
			}
			req++
			hit, hitStrong := false, false
			var shown []string
			for _, raw := range e.Mentions {
				s, en, ok := mentionSpan(text, raw)
				if !ok {
					t.Errorf("%s: mention %s not in text", g.DocID, raw)
					continue
				}
				shown = append(shown, string([]rune(text)[s:en]))
				for _, m := range ms {
					if m.Start < s || m.End > en {
						continue
					}
					for _, tr := range m.Triggers {
						if tr.Type == e.Type {
							hit = true
							hitStrong = hitStrong || !tr.Weak
							if *showHits {
								t.Logf("hit %s %s", tr.Type, tr.Form)
							}
						}
					}
				}
			}
			if hit {
				found++
			} else {
				missByType[e.Type]++
				misses = append(misses, e.Type+": "+strings.Join(shown, " || "))
			}
			if hitStrong {
				strong++
			}
		}
	}
	recall := float64(found) / float64(req)
	t.Logf("required gold events %d; with a trigger of their type in a mention: %d (%.1f%%), with a strong one: %d (%.1f%%)",
		req, found, 100*recall, strong, 100*float64(strong)/float64(req))
	t.Logf("misses by type: %v", missByType)
	for _, m := range misses {
		t.Log("miss ", m)
	}
	if recall < 0.90 {
		t.Errorf("trigger recall %.3f; want at least 0.90", recall)
	}
}

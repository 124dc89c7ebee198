package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
)

// hit counts how often one name key matched in the corpus.
type hit struct {
	key      string
	n, docs  int
	cued     int // times after a place-announcing word
	entry    *gazetteer.Entry
	examples []string
}

// runMeasure runs Find over every article of a gzipped JSON-lines corpus
// and writes the most frequent matched names with the reading chosen,
// the share of matches after a place word and a context example: the
// names that are really ordinary words or personal names stand out, and
// go to data/stop.tsv.
func runMeasure(path string, top int, w io.Writer) error {
	g, err := gazetteer.Load()
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("measure: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("measure %s: %w", path, err)
	}
	an := ar.NewAnalyzer()
	hits := map[string]*hit{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	docs := 0
	for sc.Scan() {
		var d struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("measure %s: %w", path, err)
		}
		docs++
		x := an.Analyze(d.Title + "\n" + d.Text)
		seen := map[string]bool{}
		var bytesAt []int // code-point offset → byte offset
		for _, m := range g.Find(x) {
			if bytesAt == nil {
				for b := range x.Src {
					bytesAt = append(bytesAt, b)
				}
				bytesAt = append(bytesAt, len(x.Src))
			}
			key := ar.Key(x.Src[bytesAt[m.Start]:bytesAt[m.End]])
			h := hits[key]
			if h == nil {
				h = &hit{key: key, entry: m.Entry}
				hits[key] = h
			}
			h.n++
			if !seen[key] {
				seen[key] = true
				h.docs++
			}
			if m.First > 0 && isCue(x.Tokens[m.First-1].Key()) {
				h.cued++
			}
			if len(h.examples) < 2 && h.n%7 == 1 {
				h.examples = append(h.examples, context(x, m.First, m.Last))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("measure %s: %w", path, err)
	}
	list := make([]*hit, 0, len(hits))
	for _, h := range hits {
		list = append(list, h)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n })
	fmt.Fprintf(w, "# %d documents, %d distinct names\n# n\tdocs\tcued\tkey\tentry\tkind\tcountry\tpopulation\texample\n", docs, len(list))
	for _, h := range list[:min(top, len(list))] {
		e := h.entry
		fmt.Fprintf(w, "%d\t%d\t%d\t%s\t%s\t%s\t%s\t%d\t%s\n", h.n, h.docs, h.cued, h.key, e.Name, e.Kind, e.Country,
			e.Population, strings.Join(h.examples, " ¦ "))
	}
	return nil
}

// isCue reports whether key is a word that announces a place.
func isCue(key string) bool {
	switch key {
	case "مدينه", "بلده", "قريه", "محافظه", "منطقه", "حي", "مخيم", "ناحيه", "قضاء":
		return true
	}
	return false
}

// context returns the tokens around first..last for a report line.
func context(x *ar.Text, first, last int) string {
	a, b := max(0, first-3), min(len(x.Tokens), last+3)
	s := x.Src[x.Tokens[a].Byte:x.Tokens[b-1].ByteEnd]
	return strings.Join(strings.Fields(s), " ")
}

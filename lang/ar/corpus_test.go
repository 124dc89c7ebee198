package ar

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"
)

var (
	corpusFile = flag.String("corpus", "", "JSON lines corpus (gzip) to measure Numbers and Dates on")
	corpusSeed = flag.Int64("seed", 1, "seed of the random sample printed by TestCorpus")
)

// TestCorpus measures date and number mentions per document on a corpus
// and prints a random sample to check by eye. It runs only with -corpus.
func TestCorpus(t *testing.T) {
	if *corpusFile == "" {
		t.Skip("no -corpus")
	}
	f, err := os.Open(*corpusFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	a := NewAnalyzer()
	rng := rand.New(rand.NewSource(*corpusSeed))
	var docs, nums, dates, chars int
	var elapsed time.Duration
	kinds := map[string]int{}
	var sample []string
	for sc.Scan() {
		var d struct{ Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		pub, _ := time.Parse(time.DateOnly, d.Published)
		x := a.Analyze(d.Text)
		start := time.Now()
		ns, ds := x.NumbersAndDates(DefaultDuals(), pub, true)
		elapsed += time.Since(start)
		docs++
		chars += len([]rune(d.Text))
		nums += len(ns)
		dates += len(ds)
		src := []rune(d.Text)
		ctx := func(s, e int) string {
			return string(src[max(0, s-25):s]) + "[" + string(src[s:e]) + "]" + string(src[e:min(len(src), e+25)])
		}
		for _, n := range ns {
			if rng.Intn(1000) < 2 {
				sample = append(sample, "N "+ctx(n.Start, n.End)+" → "+strings.Join([]string{itoa(n.Value), n.Qualifier, boolS(n.Dual, "dual"), boolS(n.Vague, "vague")}, " "))
			}
		}
		for _, dt := range ds {
			kinds[dt.Kind]++
			if rng.Intn(1000) < 2 {
				sample = append(sample, "D "+d.Published+" "+ctx(dt.Start, dt.End)+" → "+dt.Date+" "+dt.DateEnd+" "+dt.Precision+" "+dt.Kind+boolS(dt.Since, " since"))
			}
		}
	}
	t.Logf("%d docs, %.1f numbers and %.1f dates a document; %v a document for both (%.0f chars)",
		docs, float64(nums)/float64(docs), float64(dates)/float64(docs), elapsed/time.Duration(docs), float64(chars)/float64(docs))
	t.Logf("date kinds: %v", kinds)
	for _, s := range sample {
		t.Log(s)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func boolS(b bool, s string) string {
	if b {
		return s
	}
	return ""
}

var devDir = flag.String("dev", "", "directory of the dev set (docs.jsonl, gold.jsonl) to check gold event dates against Dates")

// TestDevDates reports how many gold event dates (or one of their
// alternatives) are among the dates Dates resolves in the document, or
// the publication date: an upper bound for date extraction. It runs only
// with -dev.
func TestDevDates(t *testing.T) {
	if *devDir == "" {
		t.Skip("no -dev")
	}
	docs := map[string][2]string{}
	readJSONL(t, *devDir+"/docs.jsonl", func(b []byte) {
		var d struct{ ID, Text, Published string }
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		docs[d.ID] = [2]string{d.Text, d.Published}
	})
	var total, found int
	readJSONL(t, *devDir+"/gold.jsonl", func(b []byte) {
		var g struct {
			DocID  string `json:"doc_id"`
			Events []struct {
				Date     string
				AltDates []string `json:"alt_dates"`
			}
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		d := docs[g.DocID]
		pub, _ := time.Parse(time.DateOnly, d[1])
		have := map[string]bool{d[1]: true}
		for _, dt := range NewAnalyzer().Analyze(d[0]).Dates(pub, true) {
			have[dt.Date] = true
		}
		for _, e := range g.Events {
			if e.Date == "" {
				continue
			}
			total++
			ok := have[e.Date]
			for _, a := range e.AltDates {
				ok = ok || have[a]
			}
			if ok {
				found++
			} else {
				t.Logf("%s (published %s): gold date %s not found", g.DocID, d[1], e.Date)
			}
		}
	})
	t.Logf("%d of %d gold event dates found", found, total)
}

func readJSONL(t *testing.T, path string, f func([]byte)) {
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

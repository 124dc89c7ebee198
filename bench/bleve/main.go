// Command bleve measures bleve's Arabic analyzer (tokenizer, normalizer,
// stop words, light stemmer) over the documents of a JSON lines file, the
// yardstick hadath's speed is compared against. Like "hadath bench", it
// reads and decodes every document first and times only the analysis,
// with one goroutine.
//
//	cd bench/bleve && go run . ../../../shared/corpus/ant-news.jsonl.gz
//
// It is a module of its own so that hadath does not depend on bleve.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"
)

func main() {
	runs := flag.Int("runs", 3, "timed passes over the documents; the best is reported")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: bleve [-runs N] FILE.jsonl[.gz]")
		os.Exit(2)
	}
	texts, bytes, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "bleve:", err)
		os.Exit(1)
	}
	cache := registry.NewCache()
	an, err := cache.AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bleve:", err)
		os.Exit(1)
	}
	best := time.Duration(1<<63 - 1)
	tokens := 0
	for r := 0; r < *runs; r++ {
		tokens = 0
		start := time.Now()
		for _, t := range texts {
			tokens += len(an.Analyze([]byte(t)))
		}
		best = min(best, time.Since(start))
	}
	s := best.Seconds()
	fmt.Printf("bleve %s analyzer: %d docs, %d tokens, %.3f s, %.0f docs/s, %.2f MB/s (best of %d)\n",
		ar.AnalyzerName, len(texts), tokens, s, float64(len(texts))/s, float64(bytes)/s/1e6, *runs)
}

// read returns the "text" field of every line of a JSON lines file,
// gzipped or not, and their total size in bytes.
func read(path string) ([]string, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, 0, err
		}
		r = z
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var texts []string
	n := 0
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			continue
		}
		texts = append(texts, d.Text)
		n += len(d.Text)
	}
	return texts, n, sc.Err()
}

package ingest_test

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
	"github.com/hadath/hadath/postgres"
	"github.com/hadath/hadath/sqlite"
	"github.com/hadath/hadath/storetest"
)

// corpus is the shared corpus of real Arabic news, next to the repository.
var corpus = filepath.Join("..", "..", "shared", "corpus", "ant-news.jsonl.gz")

// loadCorpus reads up to n corpus documents (all for n <= 0), or skips.
func loadCorpus(b *testing.B, n int) []*hadath.Document {
	f, err := os.Open(corpus)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var docs []*hadath.Document
	for sc.Scan() && (n <= 0 || len(docs) < n) {
		d := &hadath.Document{}
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkIngestCorpus ingests the whole corpus into a new SQLite file,
// extraction included, then ingests it again (which must add nothing),
// and reports both rates. Run it with -benchtime 1x:
//
//	go test -run X -bench IngestCorpus -benchtime 1x ./ingest
//
// HADATH_BENCH_DOCS, HADATH_BENCH_WORKERS and HADATH_BENCH_BATCH change
// the number of documents, coding workers and batch size.
func BenchmarkIngestCorpus(b *testing.B) {
	benchIngest(b, func(b *testing.B) (hadath.Store, error) {
		return sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "hadath.db"))
	})
}

// BenchmarkIngestCorpusPostgres is BenchmarkIngestCorpus into a new
// schema of the PostgreSQL server at HADATH_TEST_POSTGRES:
//
//	HADATH_BENCH_DOCS=3000 go test -run X -bench IngestCorpusPostgres -benchtime 1x ./ingest
func BenchmarkIngestCorpusPostgres(b *testing.B) {
	base := os.Getenv("HADATH_TEST_POSTGRES")
	if base == "" {
		b.Skip("HADATH_TEST_POSTGRES is not set; start a server with: eval \"$(.ci/postgres start DIR)\"")
	}
	benchIngest(b, func(b *testing.B) (hadath.Store, error) {
		return postgres.Open(context.Background(), storetest.PostgresSchema(b, base))
	})
}

// benchIngest stores the corpus twice into a store from open: the second
// run finds every document unchanged.
func benchIngest(b *testing.B, open func(b *testing.B) (hadath.Store, error)) {
	docs := loadCorpus(b, benchDocs)
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(ingest.GCPercent)) // as the command does
	}
	var calls atomic.Int64
	for range b.N {
		store, err := open(b)
		if err != nil {
			b.Fatal(err)
		}
		tm := &timed{Store: store}
		g := &ingest.Ingester{Store: tm, Code: coder(b, &calls), Workers: benchWorkers, BatchSize: benchBatch}
		start := time.Now()
		first, err := g.Run(context.Background(), inputs(docs))
		if err != nil {
			b.Fatal(err)
		}
		firstRate := float64(first.Inputs) / time.Since(start).Seconds()
		b.Logf("%v of it storing", tm.ingest)
		start = time.Now()
		again, err := g.Run(context.Background(), inputs(docs))
		if err != nil {
			b.Fatal(err)
		}
		againRate := float64(again.Inputs) / time.Since(start).Seconds()
		if again.Added+again.Replaced+again.Events != 0 {
			b.Fatalf("second run stored something: %+v", again)
		}
		store.Close()
		b.ReportMetric(firstRate, "docs/s")
		b.ReportMetric(againRate, "again-docs/s")
		b.ReportMetric(againRate/firstRate, "speedup")
		b.Logf("first: %s", first)
		b.Logf("again: %s", again)
	}
}

// benchDocs limits the corpus benchmark (0: every document); set with
// HADATH_BENCH_DOCS for a quick look.
var benchDocs = func() int {
	n := 0
	if s := os.Getenv("HADATH_BENCH_DOCS"); s != "" {
		json.Unmarshal([]byte(s), &n)
	}
	return n
}()

var benchWorkers = func() int {
	n := 0
	if s := os.Getenv("HADATH_BENCH_WORKERS"); s != "" {
		json.Unmarshal([]byte(s), &n)
	}
	return n
}()

var benchBatch = func() int {
	n := 0
	if s := os.Getenv("HADATH_BENCH_BATCH"); s != "" {
		json.Unmarshal([]byte(s), &n)
	}
	return n
}()

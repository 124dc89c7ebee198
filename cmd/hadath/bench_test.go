package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath/extract"
)

// TestBench runs the bench command over generated documents.
func TestBench(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, d := range genDocs(50) {
		zw.Write([]byte(jsonLine(t, d)))
	}
	zw.Write([]byte("{broken\n"))
	zw.Close()
	path := writeFile(t, t.TempDir(), "docs.jsonl.gz", buf.String())
	stdout, stderr, code := run(t, nil, nil, "bench", "--all", path)
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q; want 0", code, stderr)
	}
	for _, want := range []string{"50 documents (1 skipped)", "timed: extraction only", "docs/s", "speed-up with", "Go heap"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("bench output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "docs.jsonl.gz:51: malformed JSON") {
		t.Errorf("stderr %q; want the malformed line reported", stderr)
	}
	stdout, _, code = run(t, nil, nil, "bench", "--limit", "10", "--workers", "2", path)
	if code != 0 || !strings.Contains(stdout, ": 10 documents") {
		t.Errorf("bench --limit 10: exit %d, output %q; want 10 documents", code, stdout)
	}
}

// corpus is the shared corpus, next to the repository.
var corpus = filepath.Join("..", "..", "..", "shared", "corpus", "ant-news.jsonl.gz")

// BenchmarkExtractCorpus codes the first 2,000 documents of the shared
// corpus, one document an iteration; it is skipped when the corpus is
// not there. Run: go test -run X -bench Corpus ./cmd/hadath
func BenchmarkExtractCorpus(b *testing.B) {
	if _, err := os.Stat(corpus); err != nil {
		b.Skipf("no corpus: %v", err)
	}
	docs, _, err := loadDocs(corpus, 10<<20, 2000, &bytes.Buffer{})
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := x.Extract(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(size)/float64(len(docs))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}

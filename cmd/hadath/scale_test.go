package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath/internal/natstest"
	"github.com/hadath/hadath/storetest"
)

// corpusFile writes the first n documents of the shared corpus (or of
// HADATH_SCALE_CORPUS) to a JSON lines file.
func corpusFile(t *testing.T, n int) string {
	src := os.Getenv("HADATH_SCALE_CORPUS")
	if src == "" {
		src = filepath.Join("..", "..", "..", "shared", "corpus", "ant-news.jsonl.gz")
	}
	f, err := os.Open(src)
	if err != nil {
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(nil, 1<<24)
	var b strings.Builder
	for k := 0; k < n && sc.Scan(); k++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	return writeFile(t, t.TempDir(), "corpus.jsonl", b.String())
}

// TestWorkerScale runs 2 worker processes over 1,000 corpus documents
// from the queue into PostgreSQL, and checks that the store holds the
// documents, events and incidents of one "hadath ingest" into SQLite: the
// workers store their batches in the queue's order, so they group alike.
// With HADATH_SCALE=1 it also measures the publish rate and the
// documents a second of 1 and 2 workers (HADATH_SCALE_DOCS documents,
// 5,000 by default; HADATH_SCALE_CODERS and HADATH_SCALE_BATCH tune them).
func TestWorkerScale(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	measure := os.Getenv("HADATH_SCALE") == "1"
	n, runs := 1000, []int{2}
	if measure {
		n, runs = 5000, []int{1, 2}
	}
	if v, err := strconv.Atoi(os.Getenv("HADATH_SCALE_DOCS")); err == nil && v > 0 {
		n = v
	}
	input := corpusFile(t, n)
	base := postgresBase(t)
	one := filepath.Join(t.TempDir(), "one.db")
	start := time.Now()
	if out, err := command("ingest", "--db", one, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	t.Logf("1 ingest into SQLite: %.1fs", time.Since(start).Seconds())
	want := snapshot(t, one)
	if measure {
		// Grouping depends on the order in which reports arrive: the
		// same documents stored in reverse order, by one process.
		rev := filepath.Join(t.TempDir(), "rev.db")
		if out, err := command("ingest", "--db", rev, reversed(t, input)).CombinedOutput(); err != nil {
			t.Fatalf("ingest: %v\n%s", err, out)
		}
		t.Logf("1 ingest into SQLite in reverse order: %d events grouped otherwise", regrouped(snapshot(t, rev), want))
	}
	for _, workers := range runs {
		srv := natstest.Start(t)
		start := time.Now()
		out, err := command("ingest", "--queue", srv.URL(), input).CombinedOutput()
		if err != nil {
			t.Fatalf("ingest --queue: %v\n%s", err, out)
		}
		t.Logf("publish: %d documents in %.2fs, %.0f docs/s: %s", n, time.Since(start).Seconds(),
			float64(n)/time.Since(start).Seconds(), strings.TrimSpace(string(out)))
		db := storetest.PostgresSchema(t, base)
		start = time.Now()
		coders := cmp.Or(os.Getenv("HADATH_SCALE_CODERS"), "1")
		batch := cmp.Or(os.Getenv("HADATH_SCALE_BATCH"), "100")
		r := startWorkers(t, srv.URL(), db, workers, "--batch", batch, "--workers", coders, "--ack-wait", "30s", "--max-deliver", "5")
		r.drain(30 * time.Minute)
		el := time.Since(start).Seconds()
		t.Logf("batches of %s: %d worker(s) of %s coders into PostgreSQL: %d documents in %.1fs, %.0f docs/s", batch, workers, coders, n, el, float64(n)/el)
		for k, out := range r.outs {
			t.Logf("worker %d: %s", k+1, lastLines(out.String(), 1))
		}
		got := snapshot(t, db)
		if head(got) != head(want) {
			t.Errorf("%d workers: store holds %s; want, as one ingest into SQLite: %s", workers, head(got), head(want))
		}
		// Ordered workers store batches in the queue's order, so they group
		// as one process does.
		if n := regrouped(got, want); n != 0 {
			t.Errorf("%d workers: %d of the events are grouped otherwise than by one ingest into SQLite; want none", workers, n)
		}
		srv.Kill()
	}
}

// head returns the counts of documents and events of a snapshot (not
// of incidents, which depend on the order of arrival).
func head(snap string) string {
	first, _, _ := strings.Cut(snap, "\n")
	i := strings.LastIndex(first, ",")
	return first[:max(0, i)]
}

// regrouped returns how many events of snapshot got are in an incident
// whose members differ from those of their incident in want.
func regrouped(got, want string) int {
	in := map[string]bool{}
	for _, l := range strings.Split(want, "\n")[1:] {
		in[l] = true
	}
	n := 0
	for _, l := range strings.Split(got, "\n")[1:] {
		if !in[l] {
			n += len(strings.Fields(l))
		}
	}
	return n
}

// reversed writes the lines of the file at path in reverse order to a
// new file, and returns its path.
func reversed(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	slices.Reverse(lines)
	return writeFile(t, t.TempDir(), "reversed.jsonl", strings.Join(lines, "\n")+"\n")
}

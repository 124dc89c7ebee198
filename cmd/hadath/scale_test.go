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
		src = "/work/shared/corpus/ant-news.jsonl.gz"
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

// TestWorkerScale measures, with HADATH_SCALE=1, the publish rate and
// the documents a second that 1 and 2 worker processes store from the
// queue into PostgreSQL (HADATH_SCALE_DOCS documents of the corpus,
// 5,000 by default), and checks that the 2-worker store holds the events
// and incidents of one "hadath ingest" into SQLite.
func TestWorkerScale(t *testing.T) {
	if os.Getenv("HADATH_SCALE") != "1" {
		t.Skip("set HADATH_SCALE=1 to measure")
	}
	base := postgresBase(t)
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("HADATH_SCALE_DOCS")); err == nil && v > 0 {
		n = v
	}
	input := corpusFile(t, n)
	one := filepath.Join(t.TempDir(), "one.db")
	start := time.Now()
	if out, err := command("ingest", "--db", one, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	t.Logf("1 ingest into SQLite: %.1fs", time.Since(start).Seconds())
	want := snapshot(t, one)
	// Grouping depends on the order in which reports arrive: the same
	// documents stored in reverse order, by one process, for comparison.
	rev := filepath.Join(t.TempDir(), "rev.db")
	if out, err := command("ingest", "--db", rev, reversed(t, input)).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	t.Logf("1 ingest into SQLite in reverse order: %d events grouped otherwise", regrouped(snapshot(t, rev), want))
	for _, workers := range []int{1, 2} {
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
		r := startWorkers(t, srv.URL(), db, workers, "--batch", "100", "--workers", coders, "--ack-wait", "30s", "--max-deliver", "5")
		r.drain(30 * time.Minute)
		el := time.Since(start).Seconds()
		t.Logf("%d worker(s) of %s coders into PostgreSQL: %d documents in %.1fs, %.0f docs/s", workers, coders, n, el, float64(n)/el)
		for k, out := range r.outs {
			t.Logf("worker %d: %s", k+1, lastLines(out.String(), 1))
		}
		got := snapshot(t, db)
		if head(got) != head(want) {
			t.Errorf("%d workers: store holds %s; want, as one ingest into SQLite: %s", workers, head(got), head(want))
		}
		t.Logf("%d workers: %d of the events are grouped otherwise than by one ingest into SQLite", workers, regrouped(got, want))
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

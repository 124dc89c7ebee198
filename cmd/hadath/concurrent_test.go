package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath/storetest"
)

// TestIngestTwoProcesses runs two ingest processes at once on one new
// store, over inputs that overlap by a third, while query processes read
// it, on SQLite and (with HADATH_TEST_POSTGRES) on PostgreSQL. Both must
// succeed, and the store must hold each document and event once, in the
// same incidents, as one process storing both inputs leaves it.
func TestIngestTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	docs := genDocs(1500)
	dir := t.TempDir()
	var a, b strings.Builder
	for i, d := range docs {
		if i < 1000 {
			a.WriteString(jsonLine(t, d))
		}
		if i >= 500 {
			b.WriteString(jsonLine(t, d))
		}
	}
	inA := writeFile(t, dir, "a.jsonl", a.String())
	inB := writeFile(t, dir, "b.jsonl", b.String())

	stores := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return filepath.Join(t.TempDir(), "hadath.db") },
	}
	if base := os.Getenv("HADATH_TEST_POSTGRES"); base != "" {
		stores["postgres"] = func(t *testing.T) string { return storetest.PostgresSchema(t, base) }
	}
	for name, newDB := range stores {
		t.Run(name, func(t *testing.T) {
			one := newDB(t)
			if out, err := command("ingest", "--db", one, "--batch", "100", inA, inB).CombinedOutput(); err != nil {
				t.Fatalf("one ingest: %v\n%s", err, out)
			}
			two := newDB(t)
			var wg sync.WaitGroup
			outs := make([][]byte, 2)
			errs := make([]error, 2)
			for k, in := range []string{inA, inB} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					outs[k], errs[k] = command("ingest", "--db", two, "--batch", "100", "--workers", "1", in).CombinedOutput()
				}()
			}
			done := make(chan struct{})
			reads := make(chan string, 1)
			go func() {
				n, failed := readWhile(two, done)
				t.Logf("%d queries ran during the ingests", n)
				reads <- failed
			}()
			wg.Wait()
			close(done)
			for k, err := range errs {
				if err != nil {
					t.Errorf("ingest %d of 2: %v\n%s", k+1, err, outs[k])
				}
			}
			if r := <-reads; r != "" {
				t.Errorf("a query during the ingests failed: %s", r)
			}
			got, want := snapshot(t, two), snapshot(t, one)
			if got != want {
				t.Errorf("store after two ingests:\n%.300s\nwant, as one ingest leaves it:\n%.300s", got, want)
			}
		})
	}
}

// readWhile runs "hadath query" on db until done is closed, from when
// the store holds a document, and returns the output of the first that
// failed, or "", with the number of queries that ran.
func readWhile(db string, done chan struct{}) (int, string) {
	ready := false
	for n := 0; ; n++ {
		select {
		case <-done:
			return n, ""
		case <-time.After(50 * time.Millisecond):
		}
		if !ready {
			ready = countDocs(db) > 0
			n--
			continue
		}
		if out, err := command("query", "--db", db, "--limit", "5").CombinedOutput(); err != nil {
			return n, fmt.Sprintf("%v: %s", err, out)
		}
	}
}

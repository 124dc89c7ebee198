package ingest_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hadath/hadath/ingest"
)

// TestSkippedInput passes an input skipped with a note only, as a named
// pipe in a directory is: it is reported, and not counted as an error.
func TestSkippedInput(t *testing.T) {
	docs := readDocs(t, "reports.jsonl")[:2]
	skipped := &ingest.Input{Where: "dir/pipe.txt", Notes: []string{"not a regular file (a named pipe); skipped"}}
	var reported []string
	var calls atomic.Int64
	g := &ingest.Ingester{Store: openStore(t), Code: coder(t, &calls), Workers: 1,
		Report: func(where string, errs []error, notes []string) {
			reported = append(reported, where+": "+strings.Join(notes, "; "))
		}}
	sum, err := g.Run(context.Background(), inputs(docs, skipped))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors != 0 || sum.Documents != 2 || sum.Inputs != 3 {
		t.Errorf("Run = %+v; want 3 inputs, 2 documents, 0 errors", sum)
	}
	if want := "dir/pipe.txt: not a regular file (a named pipe); skipped"; strings.Join(reported, "|") != want {
		t.Errorf("reported %q; want %q", reported, want)
	}
}

// Package skipnote tells the person running `go test ./...` which of the
// test suites that need a service (a PostgreSQL server, a browser) were
// skipped, and how to run them.
//
// go test shows nothing of a passing package's output unless it is run
// with -v, so a skipped suite would pass silently. The note is written to
// the terminal (/dev/tty) when there is one, where go test cannot swallow
// it, and to standard error otherwise (seen with -v).
package skipnote

import (
	"fmt"
	"io"
	"os"
	"sync"
)

var (
	mu   sync.Mutex
	said = map[string]bool{}
)

// Skipped notes once per test binary that the suite named suite was
// skipped because of why, and how to run it.
func Skipped(suite, why, how string) {
	mu.Lock()
	defer mu.Unlock()
	if said[suite] {
		return
	}
	said[suite] = true
	w := io.Writer(os.Stderr)
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		w = tty
	}
	Write(w, suite, why, how)
}

// Write writes the one-line note of Skipped to w.
func Write(w io.Writer, suite, why, how string) {
	fmt.Fprintf(w, "note: %s skipped (%s); to run it: %s, or run .ci/run\n", suite, why, how)
}

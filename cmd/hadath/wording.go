package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/hadath/hadath/ingest"
)

// count returns n with the noun in the singular or the plural: "1 error",
// "3 errors", "0 errors".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// ingestSummary returns the line that ends "hadath ingest": what was
// stored, the errors, and the time taken, with a speed only when it
// means something (some documents, over a tenth of a second).
func ingestSummary(s ingest.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d new, %d changed, %d unchanged), %s, %s",
		count(s.Documents, "document", "documents"), s.Added, s.Replaced, s.Unchanged,
		count(s.Events, "event", "events"), count(s.IngestStats.Incidents, "new incident", "new incidents"))
	if s.Joined > 0 {
		fmt.Fprintf(&b, " (%s joined others)", count(s.Joined, "report", "reports"))
	}
	fmt.Fprintf(&b, ", %s, in %.1fs", count(s.Errors, "error", "errors"), s.Elapsed.Seconds())
	if s.Inputs > 0 && s.Elapsed >= 100*time.Millisecond {
		fmt.Fprintf(&b, " (%.0f docs/s)", s.Rate())
	}
	return b.String()
}

// undated collects the documents coded without a publication date, to
// warn once at the end: their relative dates resolve against today.
type undated struct {
	n     int
	names []string // the first few, for the message
}

// add counts one undated document, named where.
func (u *undated) add(where string) {
	u.n++
	if len(u.names) < 3 {
		u.names = append(u.names, where)
	}
}

// warning returns the note for the undated documents, or "" for none.
func (u *undated) warning() string {
	if u.n == 0 {
		return ""
	}
	names := strings.Join(u.names, ", ")
	if u.n > len(u.names) {
		names += ", …"
	}
	return fmt.Sprintf("hadath: note: %s no publication date (%s): relative dates such as \"أمس\" in them were left undated; give --published, or a \"published\" field in JSON lines",
		count(u.n, "document has", "documents have"), names)
}

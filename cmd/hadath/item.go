package main

import (
	"fmt"
	"io"

	"github.com/hadath/hadath"
)

// item is one unit of the extract pipeline: a document to code, or an
// input that failed. Problems are reported in input order with the output.
type item struct {
	seq   int              // position in the input, from 0
	where string           // "docs.jsonl:17" or "article.txt", for messages
	named bool             // messages name the document by its id (JSON lines)
	doc   *hadath.Document // nil when there is nothing to code
	errs  []error          // problems, each reported as an error
	notes []string         // remarks that are not errors
	out   []byte           // the encoded result; nil when none is written
	res   *hadath.Result   // a result still to be encoded into out, or nil
}

// label returns what a message about the item starts with: "document
// \"id\": " for a document of JSON lines, else "". It is made only for
// the few items that have something to report.
func (it *item) label() string {
	if !it.named {
		return ""
	}
	return fmt.Sprintf("document %q: ", it.doc.ID)
}

// fail adds a problem; it is reported with the item's label.
func (it *item) fail(format string, args ...any) {
	it.errs = append(it.errs, fmt.Errorf("%s"+format, append([]any{it.label()}, args...)...))
}

// note adds a remark that is not an error.
func (it *item) note(format string, args ...any) {
	it.notes = append(it.notes, fmt.Sprintf("%s"+format, append([]any{it.label()}, args...)...))
}

// report writes the item's problems and remarks to w, one a line:
// "hadath: docs.jsonl:17: malformed JSON: ...".
func (it *item) report(w io.Writer) {
	prefix := "hadath: "
	if it.where != "" {
		prefix += it.where + ": "
	}
	for _, err := range it.errs {
		fmt.Fprintf(w, "%s%v\n", prefix, err)
	}
	for _, n := range it.notes {
		fmt.Fprintf(w, "%snote: %s\n", prefix, n)
	}
}

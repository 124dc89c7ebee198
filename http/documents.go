package http

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	nethttp "net/http"
	"strings"
	"sync"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// handleDocuments lists stored documents, without their text.
func (s *Server) handleDocuments(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := r.URL.Query()
	if err := checkParams(q, []string{"source", "text", "limit", "offset"}); err != nil {
		Error(w, r, err)
		return
	}
	limit, offset, err := page(q)
	if err != nil {
		Error(w, r, err)
		return
	}
	f := hadath.DocFilter{Source: strings.TrimSpace(q.Get("source")), Text: strings.TrimSpace(q.Get("text")), Limit: limit, Offset: offset}
	docs, total, err := s.store().Documents(r.Context(), f)
	if err != nil {
		Error(w, r, err)
		return
	}
	if docs == nil {
		docs = []*hadath.DocumentInfo{}
	}
	writeJSON(w, nethttp.StatusOK, listBody[*hadath.DocumentInfo]{total, limit, offset, docs})
}

// handleDocument shows one document with its text.
func (s *Server) handleDocument(w nethttp.ResponseWriter, r *nethttp.Request) {
	doc, err := s.store().Document(r.Context(), r.PathValue("id"))
	if err != nil {
		Error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, doc)
}

// ingestBody is the JSON body of POST /api/v1/documents.
type ingestBody struct {
	Summary summaryJSON `json:"summary"`
	Errors  []problem   `json:"errors"`
	Notes   []problem   `json:"notes"`
}

// summaryJSON is an ingest.Summary as JSON.
type summaryJSON struct {
	Inputs    int `json:"inputs"`
	Documents int `json:"documents"`
	hadath.IngestStats
	Errors    int     `json:"errors"`
	ElapsedMS float64 `json:"elapsed_ms"`
}

// problem is an error or a note about one input document.
type problem struct {
	Where   string `json:"where"`
	Message string `json:"message"`
}

// handlePostDocuments codes and stores the documents of the body: one
// JSON document, a JSON array of them, or JSON lines. Each document is
// coded in one of the server's coding slots, while other requests code
// theirs; only the writes to the store take turns.
func (s *Server) handlePostDocuments(w nethttp.ResponseWriter, r *nethttp.Request) {
	if s.Code == nil {
		Error(w, r, fmt.Errorf("no coder configured"))
		return
	}
	leave, ok := s.enterCoding(w, r, "application/json", "application/x-ndjson", "application/jsonl")
	if !ok {
		return
	}
	defer leave()
	body, err := io.ReadAll(nethttp.MaxBytesReader(w, r.Body, MaxDocumentsBytes))
	if err != nil {
		Error(w, r, bodyError(err))
		return
	}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	inputs, err := parseDocuments(body, mediaType == "application/x-ndjson" || mediaType == "application/jsonl")
	if err != nil {
		Error(w, r, err)
		return
	}
	out := ingestBody{Errors: []problem{}, Notes: []problem{}}
	g := &ingest.Ingester{Store: lockedStore{s.Store, &s.ingestMu}, Code: s.codeInSlot,
		Report: func(where string, errs []error, notes []string) {
			for _, err := range errs {
				out.Errors = append(out.Errors, problem{where, err.Error()})
			}
			for _, n := range notes {
				out.Notes = append(out.Notes, problem{where, n})
			}
		}}
	ctx, cancel := s.answerable(r)
	defer cancel()
	sum, err := g.Run(ctx, func(yield func(*ingest.Input) bool) {
		for _, in := range inputs {
			if !yield(in) {
				return
			}
		}
	})
	s.metrics.ingested(sum)
	if ctx.Err() != nil {
		return // the client has gone, or the time to answer it; what was stored is kept
	} else if err != nil {
		Error(w, r, fmt.Errorf("ingest: %w", err))
		return
	}
	out.Summary = summaryJSON{sum.Inputs, sum.Documents, sum.IngestStats, sum.Errors, float64(sum.Elapsed.Microseconds()) / 1000}
	writeJSON(w, nethttp.StatusOK, out)
}

// codeInSlot codes one document with s.Code once a coding slot is free.
func (s *Server) codeInSlot(ctx context.Context, doc *hadath.Document) (res *hadath.Result, problems []error, notes []string, ok bool) {
	err := s.coding().code(ctx, func() error {
		res, problems, notes, ok = s.Code(ctx, doc)
		return nil
	})
	if err != nil {
		return nil, []error{fmt.Errorf("wait to code: %w", err)}, nil, false
	}
	return res, problems, notes, ok
}

// lockedStore is a store whose writes take turns under mu, so that
// requests code their documents at the same time and store them one
// batch at a time.
type lockedStore struct {
	hadath.Store
	mu *sync.Mutex
}

// Ingest stores a batch once no other request is storing one.
func (l lockedStore) Ingest(ctx context.Context, batch []*hadath.Coded) (hadath.IngestStats, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.Store.Ingest(ctx, batch)
}

// parseDocuments reads the documents of a body: JSON lines when lines is
// true, else one JSON document or an array of them. A document that does
// not parse or validate becomes an input with its error.
func parseDocuments(body []byte, lines bool) ([]*ingest.Input, error) {
	var raw []json.RawMessage
	var where []string
	trimmed := bytes.TrimSpace(body)
	switch {
	case len(trimmed) == 0:
		return nil, hadath.Errorf(hadath.EINVALID, "no documents in the body")
	case lines:
		for i, line := range bytes.Split(body, []byte("\n")) {
			if line = bytes.TrimSpace(line); len(line) > 0 {
				raw = append(raw, line)
				where = append(where, fmt.Sprintf("line %d", i+1))
			}
		}
	case trimmed[0] == '[':
		if err := json.Unmarshal(trimmed, &raw); err != nil {
			return nil, hadath.Errorf(hadath.EINVALID, "malformed JSON array of documents: %v", err)
		}
		for i := range raw {
			where = append(where, fmt.Sprintf("document %d", i+1))
		}
	default:
		raw, where = []json.RawMessage{trimmed}, []string{"document 1"}
	}
	if len(raw) == 0 {
		return nil, hadath.Errorf(hadath.EINVALID, "no documents in the body")
	}
	inputs := make([]*ingest.Input, len(raw))
	for i, b := range raw {
		in := &ingest.Input{Where: where[i]}
		var doc hadath.Document
		if err := json.Unmarshal(b, &doc); err != nil {
			in.Errs = []error{fmt.Errorf("malformed JSON document: %v", err)}
		} else if doc.ID != "" {
			in.Where = fmt.Sprintf("%s (%s)", where[i], doc.ID)
		}
		if len(in.Errs) == 0 {
			if err := doc.Validate(); err != nil {
				in.Errs = []error{fmt.Errorf("%s", hadath.ErrorMessage(err))}
			} else {
				in.Doc = &doc
			}
		}
		inputs[i] = in
	}
	return inputs, nil
}

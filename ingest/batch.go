package ingest

import (
	"context"
	"fmt"
	"sync"

	"github.com/hadath/hadath"
)

// code hashes the documents of a batch, finds those stored unchanged, and
// codes the others on workers goroutines.
func (g *Ingester) code(ctx context.Context, b []*entry, workers int) error {
	var ids []string
	for _, e := range b {
		e.errs, e.notes = e.in.Errs, e.in.Notes
		if e.in.Doc == nil {
			// Nothing to code: a failed input, unless it was skipped
			// with a note only (a named pipe in a directory).
			e.failed = len(e.in.Errs) > 0 || len(e.in.Notes) == 0
			continue
		}
		e.hash = Hash(e.in.Doc)
		ids = append(ids, e.in.Doc.ID)
	}
	stored, err := g.Store.DocumentHashes(ctx, ids)
	if err != nil {
		return fmt.Errorf("look up stored documents: %w", err)
	}
	jobs := make(chan *entry)
	var wg sync.WaitGroup
	for range min(workers, len(b)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range jobs {
				g.codeOne(ctx, e)
			}
		}()
	}
	for _, e := range b {
		if e.in.Doc == nil {
			continue
		}
		if h, ok := stored[e.in.Doc.ID]; ok && h == e.hash && !g.Recode {
			e.skip = true
			e.coded = &hadath.Coded{Doc: e.in.Doc, Hash: e.hash}
			continue
		}
		jobs <- e
	}
	close(jobs)
	wg.Wait()
	return nil
}

// codeOne codes one document; a panic becomes a problem of that document.
func (g *Ingester) codeOne(ctx context.Context, e *entry) {
	defer func() {
		if r := recover(); r != nil {
			e.errs = append(e.errs, fmt.Errorf("internal error: %v", r))
			e.failed, e.coded = true, nil
		}
	}()
	doc := e.in.Doc
	res, problems, notes, ok := g.Code(ctx, doc)
	e.errs = append(e.errs, problems...)
	e.notes = append(e.notes, notes...)
	if !ok {
		e.failed = true
		return
	}
	if res == nil {
		res = hadath.NewResult(doc)
	}
	e.coded = &hadath.Coded{Doc: doc, Hash: e.hash, Result: res, Recode: g.Recode}
}

// store writes a coded batch in one transaction and reports its inputs.
func (g *Ingester) store(ctx context.Context, b []*entry, sum *Summary) error {
	var batch []*hadath.Coded
	for _, e := range b {
		if e.coded != nil {
			batch = append(batch, e.coded)
		}
	}
	if len(batch) > 0 {
		st, err := g.Store.Ingest(ctx, batch)
		if err != nil {
			return err
		}
		sum.IngestStats.Add(st)
	}
	sum.Inputs += len(b)
	sum.Documents += len(batch)
	for _, e := range b {
		if len(e.errs) > 0 || e.failed {
			sum.Errors++
		}
		if g.Report != nil && (len(e.errs) > 0 || len(e.notes) > 0) {
			g.Report(e.in.Where, e.errs, e.notes)
		}
	}
	return nil
}

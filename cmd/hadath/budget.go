package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/hadath/hadath"
)

// defaultDocTimeout is the time budget of one document: news articles
// take milliseconds to code, so only a pathological document (megabytes
// of text dense with event words) comes near it.
const defaultDocTimeout = 30 * time.Second

// bindDocTimeout binds the --doc-timeout flag, shared by extract, ingest
// and serve, to d.
func bindDocTimeout(fs *flag.FlagSet, d *time.Duration) {
	fs.DurationVar(d, "doc-timeout", defaultDocTimeout, "time budget of one document: coding that takes longer is stopped and the document gets an error (0: no budget)")
}

// checkDocTimeout checks the value of --doc-timeout.
func checkDocTimeout(d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("%w: --doc-timeout %s: want a positive duration, or 0 for no budget", ErrUsage, d)
	}
	return nil
}

// budgetError is the error of a document whose coding was stopped at its
// time budget. It is a "too large" error of the document, and it wraps
// context.DeadlineExceeded.
type budgetError struct {
	budget time.Duration
}

// Error says what happened and what to do about it.
func (e *budgetError) Error() string {
	return fmt.Sprintf("coding stopped after %s, the time budget of a document (--doc-timeout)", e.budget)
}

// Unwrap returns the application error and context.DeadlineExceeded.
func (e *budgetError) Unwrap() []error {
	return []error{hadath.Errorf(hadath.ETOOLARGE, "%s", e.Error()), context.DeadlineExceeded}
}

// extractWithin codes doc with x within budget (none when 0), a panic
// turned into an error. A document still being coded when the budget runs
// out gets a *budgetError; when ctx itself is done, its error is
// returned.
func extractWithin(ctx context.Context, x hadath.Extractor, doc *hadath.Document, budget time.Duration) (*hadath.Result, error) {
	dctx := ctx
	if budget > 0 {
		var cancel context.CancelFunc
		dctx, cancel = context.WithTimeout(ctx, budget)
		defer cancel()
	}
	res, err := safeExtract(dctx, x, doc)
	if err != nil && ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
		return nil, &budgetError{budget}
	}
	return res, err
}

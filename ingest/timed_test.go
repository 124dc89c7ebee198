package ingest_test

import (
	"context"
	"time"

	"github.com/hadath/hadath"
)

type timed struct {
	hadath.Store
	ingest time.Duration
}

func (t *timed) Ingest(ctx context.Context, b []*hadath.Coded) (hadath.IngestStats, error) {
	s := time.Now()
	defer func() { t.ingest += time.Since(s) }()
	return t.Store.Ingest(ctx, b)
}

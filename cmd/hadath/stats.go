package main

import (
	"context"
	"fmt"
	"io"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/export"
)

// runStats runs "hadath stats".
func (m *Main) runStats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newQueryFlags("stats")
	fs.SetOutput(stderr)
	store, f, format, err := c.prepare(ctx, fs, args, stdout, false)
	if err != nil {
		return err
	}
	defer store.Close()
	spec := hadath.StatsSpec{By: c.By}
	if len(spec.By) == 0 {
		spec.By = []string{"type"}
	}
	f.Limit, f.Offset = 0, 0
	rows, err := store.Stats(ctx, f, spec)
	if err != nil {
		if hadath.ErrorCode(err) == hadath.EINVALID {
			return fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
		}
		return err
	}
	return export.WriteStats(stdout, format, spec, rows)
}

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
	limit, offset := f.Limit, f.Offset
	f.Limit, f.Offset = 0, 0
	rows, err := store.Stats(ctx, f, spec)
	if err != nil {
		if hadath.ErrorCode(err) == hadath.EINVALID {
			return fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
		}
		return err
	}
	total := len(rows)
	rows = pageRows(rows, limit, offset)
	if err := export.WriteStats(stdout, format, spec, rows); err != nil {
		return err
	}
	what := "groups"
	if total == 0 {
		what = "events"
	}
	summarize(stderr, c.tty, format, what, len(rows), total, 0)
	return nil
}

// pageRows returns the rows a limit (0: all) and offset select.
func pageRows[T any](rows []T, limit, offset int) []T {
	if offset >= len(rows) {
		return rows[:0]
	}
	rows = rows[offset:]
	if limit > 0 && limit < len(rows) {
		rows = rows[:limit]
	}
	return rows
}

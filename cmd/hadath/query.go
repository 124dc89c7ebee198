package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/export"
)

// queryConfig is the configuration of query, incidents and stats.
type queryConfig struct {
	DB     string
	Format string
	Dicts  stringsFlag
	By     listFlag // stats only
	filterFlags
	Args []string
}

// newQueryFlags returns the flag set of the query, incidents or stats
// command.
func newQueryFlags(name string) (*flag.FlagSet, *queryConfig) {
	c := &queryConfig{}
	var synopsis, desc string
	switch name {
	case "query":
		synopsis, desc = "[flags]", `Lists stored events that pass the filters, newest first.
`
	case "incidents":
		synopsis, desc = "[flags] | show ID", `Lists incidents (reports of one happening, grouped across documents and
sources) with a report that passes the filters, newest first.
"hadath incidents show ID" shows one incident: its merged view, every report
and source, and why each report was joined.
`
	case "stats":
		synopsis, desc = "[flags] [--by DIMENSIONS]", `Counts the events that pass the filters, and the distinct incidents they
belong to, grouped by --by: `+strings.Join(hadath.StatsDimensions, ", ")+`.
The question "how many attacks on US forces in Iraq and Syria since 7
October 2023, week by week" is:
  hadath stats --type ASSAULT --target-country US --country IQ,SY --since 2023-10-07 --by week
`
	}
	fs := newFlagSet(name, synopsis, desc+`Formats (--format): table (default on a terminal), jsonl (default otherwise),
csv (ACLED's columns), geojson, plover.
`)
	fs.StringVar(&c.DB, "db", "", dbHelp)
	fs.StringVar(&c.Format, "format", "", "output format: table, jsonl, csv, geojson or plover")
	fs.Var(&c.Dicts, "dict", "directory of user actor files, for --actor names (repeatable)")
	limit := -1
	if name == "stats" {
		fs.Var(&c.By, "by", "group by these dimensions, comma-separated (default type)")
		limit = 0
	}
	c.filterFlags.bind(fs, limit)
	return fs, c
}

// prepare parses the command line, opens the store and builds the
// filter and output format. Positional arguments are an error unless
// positional is true.
func (c *queryConfig) prepare(ctx context.Context, fs *flag.FlagSet, args []string, stdout io.Writer, positional bool) (hadath.Store, hadath.Filter, export.Format, error) {
	var f hadath.Filter
	rest, err := parseFlags(fs, args)
	if err != nil {
		return nil, f, "", err
	}
	if len(rest) > 0 && !positional {
		return nil, f, "", fmt.Errorf("%w: unexpected argument %q", ErrUsage, rest[0])
	}
	c.Args = rest
	format := export.JSONL
	if file, ok := stdout.(*os.File); ok && isTerminal(file) {
		format = export.Table
	}
	if c.Format != "" {
		if format, err = export.ParseFormat(c.Format); err != nil {
			return nil, f, "", fmt.Errorf("%w: --format: %s", ErrUsage, hadath.ErrorMessage(err))
		}
	}
	if c.limit < 0 {
		c.limit = 0 // every record
		if format == export.Table {
			c.limit = 50
		}
	}
	var dict *actors.Dict
	if len(c.actors)+len(c.targets)+len(c.claimedBy) > 0 {
		if dict, err = actors.Load(c.Dicts...); err != nil {
			return nil, f, "", err
		}
	}
	if f, err = c.filter(dict); err != nil {
		return nil, f, "", err
	}
	store, err := openStore(ctx, c.DB)
	if err != nil {
		return nil, f, "", err
	}
	return store, f, format, nil
}

// pageSize is how many records the commands read from the store at once.
const pageSize = 1000

// runQuery runs "hadath query".
func (m *Main) runQuery(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, c := newQueryFlags("query")
	fs.SetOutput(stderr)
	store, f, format, err := c.prepare(ctx, fs, args, stdout, false)
	if err != nil {
		return err
	}
	defer store.Close()
	w, err := export.NewEventWriter(stdout, format)
	if err != nil {
		return err
	}
	return writeAll(ctx, stderr, f, format, "events", store.Events, w)
}

// recordWriter is an export writer of events or incidents.
type recordWriter[T any] interface {
	Write(T) error
	Close() error
	Skipped() int
}

// writeAll writes every record that read returns for f (paging through
// the store) with w, closes w, and tells on stderr what was left out.
func writeAll[T any](ctx context.Context, stderr io.Writer, f hadath.Filter, format export.Format, what string,
	read func(context.Context, hadath.Filter) ([]T, int, error), w recordWriter[T]) error {
	total, n, err := pages(f, func(f hadath.Filter) (int, int, error) {
		recs, total, err := read(ctx, f)
		for _, r := range recs {
			if err := w.Write(r); err != nil {
				return 0, 0, err
			}
		}
		return len(recs), total, err
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	summarize(stderr, format, what, n, total, w.Skipped())
	return nil
}

// pages reads the records f selects, pageSize at a time, until f.Limit
// (0: all) is reached. read returns how many it got and the total.
func pages(f hadath.Filter, read func(hadath.Filter) (got, total int, err error)) (total, n int, err error) {
	want := f.Limit
	for {
		f.Limit = pageSize
		if want > 0 {
			f.Limit = min(pageSize, want-n)
		}
		got, t, err := read(f)
		if err != nil {
			return 0, 0, err
		}
		total, n = t, n+got
		f.Offset += got
		if got == 0 || got < f.Limit || (want > 0 && n >= want) {
			return total, n, nil
		}
	}
}

// summarize tells on stderr, under a table, how many records there are,
// and for GeoJSON how many had no coordinates.
func summarize(stderr io.Writer, format export.Format, what string, n, total, skipped int) {
	if format == export.Table && total > n {
		fmt.Fprintf(stderr, "%d of %d %s shown; use --limit and --offset for more\n", n, total, what)
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "hadath: %d %s without coordinates left out of the GeoJSON\n", skipped, what)
	}
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
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
	Args    []string
	formats []export.Format // the formats the command writes
	tty     bool            // standard output is a terminal
}

// newQueryFlags returns the flag set of the query, incidents or stats
// command.
func newQueryFlags(name string) (*flag.FlagSet, *queryConfig) {
	c := &queryConfig{formats: export.Formats}
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
--limit and --offset page through the groups.
The question "how many attacks on US forces in Iraq and Syria since 7
October 2023, week by week" is:
  hadath stats --type ASSAULT --target-country US --country IQ,SY --since 2023-10-07 --by week
`
		c.formats = export.StatsFormats
	}
	fs := newFlagSet(name, synopsis, desc+"Formats (--format): "+formatHelp(c.formats)+`.
The store must exist: "hadath ingest" creates it.
`)
	bindDB(fs, &c.DB)
	fs.StringVar(&c.Format, "format", "", "output format: "+formatNames(c.formats, ", ", " or "))
	fs.Var(&c.Dicts, "dict", "directory of user actor files, for --actor names (repeatable)")
	what, limitHelp := "records", "at most this many records, 0 for all (default 50 on a terminal, otherwise all)"
	if name == "stats" {
		fs.Var(&c.By, "by", "group by these dimensions, comma-separated (default type)")
		what, limitHelp = "groups", "at most this many groups, 0 for all"
	}
	c.filterFlags.bind(fs, what, limitHelp)
	return fs, c
}

// formatNotes say what each format is, for help texts.
var formatNotes = map[export.Format]string{
	export.Table: "table (default on a terminal)", export.JSONL: "jsonl (default otherwise)",
	export.CSV: "csv (ACLED's columns)", export.GeoJSON: "geojson", export.PLOVER: "plover",
}

// formatHelp describes formats for a help text.
func formatHelp(formats []export.Format) string {
	notes := make([]string, len(formats))
	for i, f := range formats {
		notes[i] = formatNotes[f]
	}
	return strings.Join(notes, ", ")
}

// formatNames lists formats by name: "a, b or c".
func formatNames(formats []export.Format, sep, last string) string {
	s := ""
	for i, f := range formats {
		switch {
		case i == 0:
		case i == len(formats)-1:
			s += last
		default:
			s += sep
		}
		s += string(f)
	}
	return s
}

// prepare parses the command line, opens the store and builds the
// filter and output format. Positional arguments are an error unless
// positional is true. Everything a command line can get wrong is checked
// before the store is opened, and is a usage error.
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
		format, c.tty = export.Table, true
	}
	if c.Format != "" {
		format = export.Format(strings.ToLower(strings.TrimSpace(c.Format)))
		if !slices.Contains(c.formats, format) {
			return nil, f, "", fmt.Errorf("%w: --format %q: want %s", ErrUsage, c.Format, formatNames(c.formats, ", ", " or "))
		}
	}
	if !isSet(fs, "limit") && format == export.Table && fs.Lookup("by") == nil {
		c.limit = 50 // a screenful; stats show every group
	}
	var dict *actors.Dict
	if len(c.actors)+len(c.targets)+len(c.claimedBy) > 0 {
		if dict, err = actors.Load(c.Dicts...); err != nil {
			return nil, f, "", err
		}
	}
	f, unknown, err := c.filter(dict)
	if err != nil {
		return nil, f, "", err
	}
	store, err := openExistingStore(ctx, c.DB)
	if err != nil {
		return nil, f, "", err
	}
	for _, u := range unknown {
		if err := hadath.CheckActorName(ctx, store, u.dim, u.flag, u.name, u.refs); err != nil {
			store.Close()
			if hadath.ErrorCode(err) == hadath.EINVALID {
				return nil, f, "", fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
			}
			return nil, f, "", err
		}
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
	return writeAll(ctx, stderr, c.tty, f, format, "events", store.Events, w)
}

// recordWriter is an export writer of events or incidents.
type recordWriter[T any] interface {
	Write(T) error
	Close() error
	Skipped() int
}

// writeAll writes every record that read returns for f (paging through
// the store) with w, closes w, and tells on stderr what was left out and,
// to a terminal (tty), that nothing matched.
func writeAll[T any](ctx context.Context, stderr io.Writer, tty bool, f hadath.Filter, format export.Format, what string,
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
	summarize(stderr, tty, format, what, n, total, w.Skipped())
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

// summarize tells on stderr, to a person at a terminal (tty), that no
// record matched; under a table, how many of the total records were
// shown when some were left out; and for GeoJSON how many had no
// coordinates.
func summarize(stderr io.Writer, tty bool, format export.Format, what string, n, total, skipped int) {
	switch {
	case total == 0 && tty:
		fmt.Fprintf(stderr, "hadath: no %s match the filters\n", what)
	case format == export.Table && total > n:
		fmt.Fprintf(stderr, "%d of %d %s shown; use --limit and --offset for more\n", n, total, what)
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "hadath: %d %s without coordinates left out of the GeoJSON\n", skipped, what)
	}
}

package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// parseFlags parses args with fs, letting flags come after the positional
// arguments too ("hadath extract a.txt --published 2024-01-20"), and
// returns the positional arguments. "--" ends the flags; "-" is a
// positional argument (standard input).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err == flag.ErrHelp {
			return nil, err
		} else if err != nil {
			return nil, ErrUsage // the flag set has printed it, with usage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// newFlagSet returns a flag set that reports its own errors and prints
// usage (a synopsis and a description) followed by the flags.
func newFlagSet(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet("hadath "+name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: hadath %s %s\n\n%s\nFlags:\n", name, synopsis, description)
		fs.PrintDefaults()
	}
	return fs
}

// stringsFlag is a flag that may be given several times.
type stringsFlag []string

// String returns the values joined by commas.
func (s *stringsFlag) String() string { return strings.Join(*s, ",") }

// Set adds a value.
func (s *stringsFlag) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// isSet reports whether the flag named name was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// floorFlag is the --min-confidence of a command that codes documents:
// the least confidence of an event it reports, from 0 (every event) to 1.
type floorFlag float64

// newFloorFlag binds --min-confidence to a floor that starts at the
// extractor's default.
func newFloorFlag(fs *flag.FlagSet) *floorFlag {
	f := floorFlag(extract.DefaultMinConfidence)
	fs.Var(&f, "min-confidence", "leave out the events coded with a lower confidence (attacks: 0.1 more, agreements: 0.15 more), from 0 (keep every event) to 1")
	return &f
}

// String returns the floor as the flag shows it.
func (f *floorFlag) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

// Set reads a floor from 0 to 1.
func (f *floorFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !hadath.ValidConfidence(v) {
		return fmt.Errorf("%q: want a number from 0 to 1", s)
	}
	*f = floorFlag(v)
	return nil
}

// option returns the floor as extract.Options takes it: a negative value
// for none.
func (f *floorFlag) option() float64 {
	if *f == 0 {
		return -1
	}
	return float64(*f)
}

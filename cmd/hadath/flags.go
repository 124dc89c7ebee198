package main

import (
	"flag"
	"fmt"
	"strings"
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

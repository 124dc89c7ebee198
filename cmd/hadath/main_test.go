package main

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// fakeExtractor codes documents with fn; tests use it to see what the
// extractor is given and to make it fail.
type fakeExtractor struct {
	fn func(doc *hadath.Document) (*hadath.Result, error)
}

// Extract implements hadath.Extractor.
func (f *fakeExtractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	return f.fn(doc)
}

// withFake returns a Main whose extractor is fn.
func withFake(fn func(doc *hadath.Document) (*hadath.Result, error)) *Main {
	return &Main{NewExtractor: func(extract.Options) (hadath.Extractor, error) {
		return &fakeExtractor{fn: fn}, nil
	}}
}

// run runs m with args and stdin and returns its output and exit code.
func run(t *testing.T, m *Main, stdin io.Reader, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	if m == nil {
		m = NewMain()
	}
	var out, errOut bytes.Buffer
	err := m.Run(context.Background(), args, stdin, &out, &errOut)
	return out.String(), errOut.String(), ExitCode(err)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // a substring of stdout, when not ""
		stderr string // a substring of stderr, when not ""
	}{
		{nil, 2, "", "Commands:"},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"help"}, 0, "extract", ""},
		{[]string{"--help"}, 0, "bench", ""},
		{[]string{"help", "extract"}, 0, "-max-bytes", ""},
		{[]string{"help", "bench"}, 0, "-all", ""},
		{[]string{"help", "nope"}, 2, "", `unknown command "nope"`},
		{[]string{"version"}, 0, "hadath ", ""},
		{[]string{"extract"}, 2, "", "no input"},
		{[]string{"extract", "-h"}, 0, "", "-workers"},
		{[]string{"extract", "--bogus", "a.txt"}, 2, "", "flag provided but not defined: -bogus"},
		{[]string{"extract", "a.txt", "--published", "last week"}, 2, "", "--published"},
		{[]string{"extract", "a.txt", "--lang", "fr"}, 2, "", `--lang "fr"`},
		{[]string{"extract", "--workers", "-3", "a.txt"}, 2, "", "--workers -3"},
		{[]string{"extract", "--max-bytes", "0", "a.txt"}, 2, "", "--max-bytes 0"},
		{[]string{"bench"}, 2, "", "want one FILE"},
		{[]string{"bench", "a.jsonl", "--workers", "0"}, 2, "", "must be positive"},
	}
	for _, tt := range tests {
		stdout, stderr, code := run(t, nil, nil, tt.args...)
		if code != tt.code {
			t.Errorf("hadath %q: exit code %d; want %d (stderr %q)", tt.args, code, tt.code, stderr)
		}
		if !strings.Contains(stdout, tt.stdout) {
			t.Errorf("hadath %q: stdout %q; want it to contain %q", tt.args, stdout, tt.stdout)
		}
		if !strings.Contains(stderr, tt.stderr) {
			t.Errorf("hadath %q: stderr %q; want it to contain %q", tt.args, stderr, tt.stderr)
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args      []string
		wantPos   []string
		wantPub   string
		wantDicts []string
	}{
		{[]string{"a.txt"}, []string{"a.txt"}, "", nil},
		{[]string{"a.txt", "--published", "2024-01-20", "b.txt"}, []string{"a.txt", "b.txt"}, "2024-01-20", nil},
		{[]string{"-published=2024-01-20", "-"}, []string{"-"}, "2024-01-20", nil},
		{[]string{"--dict", "d1", "x.jsonl", "--dict", "d2"}, []string{"x.jsonl"}, "", []string{"d1", "d2"}},
		{[]string{"a.txt", "--", "--published", "b"}, []string{"a.txt", "--published", "b"}, "", nil},
	}
	for _, tt := range tests {
		fs, c := newExtractFlags()
		pos, err := parseFlags(fs, tt.args)
		if err != nil {
			t.Errorf("parseFlags(%q): %v", tt.args, err)
			continue
		}
		if !slices.Equal(pos, tt.wantPos) || c.Defaults.Published != tt.wantPub || !slices.Equal(c.Dicts, tt.wantDicts) {
			t.Errorf("parseFlags(%q) = %q, published %q, dicts %q; want %q, %q, %q",
				tt.args, pos, c.Defaults.Published, c.Dicts, tt.wantPos, tt.wantPub, tt.wantDicts)
		}
	}
}

// Package watch follows news sources: it polls RSS and Atom feeds and
// web pages, each on its own interval with jitter, politely (conditional
// requests, a cap on requests in flight, backing off from failing
// servers), and hands the entries it has not coded before to a sink: the
// store, or a work queue. What it has seen is kept in a
// hadath.WatchStore, so a restart codes nothing twice.
package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Source is one feed or page to follow.
type Source struct {
	URL   string        // http(s) URL of an RSS or Atom feed or of a page
	Name  string        // for messages; the URL when empty
	Every time.Duration // how often to poll it
}

// MinEvery is the shortest interval a source may be polled at.
const MinEvery = time.Second

// maxSourcesLine is the longest line a sources file may have.
const maxSourcesLine = 8 << 10

// ParseSources reads a sources file: one source a line, as
//
//	URL [every=DURATION] [name=NAME]
//
// with blank lines and lines starting with # left out. A source without
// every= is polled every def. Errors name the file and the line.
func ParseSources(r io.Reader, file string, def time.Duration) ([]Source, error) {
	var out []Source
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxSourcesLine)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := parseSource(line, def)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		if k, dup := seen[s.URL]; dup {
			return nil, fmt.Errorf("%s:%d: %s is already given on line %d", file, n, s.URL, k)
		}
		seen[s.URL] = n
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s: a line is over %d bytes", file, maxSourcesLine)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}

// parseSource reads one line of a sources file.
func parseSource(line string, def time.Duration) (Source, error) {
	if !utf8.ValidString(line) || strings.ContainsRune(line, 0) {
		return Source{}, fmt.Errorf("not valid UTF-8 text")
	}
	fields := strings.Fields(line)
	s := Source{URL: fields[0], Every: def}
	if err := CheckURL(s.URL); err != nil {
		return Source{}, err
	}
	for _, f := range fields[1:] {
		k, v, ok := strings.Cut(f, "=")
		switch {
		case !ok:
			return Source{}, fmt.Errorf("%q: want every=DURATION or name=NAME", f)
		case k == "every":
			d, err := time.ParseDuration(v)
			if err != nil {
				return Source{}, fmt.Errorf("every=%s: not a duration such as 90s, 15m or 1h", v)
			}
			if d < MinEvery {
				return Source{}, fmt.Errorf("every=%s: shorter than %v", v, MinEvery)
			}
			s.Every = d
		case k == "name":
			s.Name = v
		default:
			return Source{}, fmt.Errorf("%q: unknown setting %q; want every= or name=", f, k)
		}
	}
	return s, nil
}

// CheckURL reports whether u is an absolute http(s) URL.
func CheckURL(u string) error {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return fmt.Errorf("%q is not an http(s) URL", u)
	}
	return nil
}

// label returns the name of s for messages.
func (s Source) label() string {
	if s.Name != "" {
		return s.Name
	}
	return s.URL
}

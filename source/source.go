// Package source turns the inputs of hadath's commands into a stream of
// documents: text, HTML and JSON Lines files, directories of them,
// standard input, RSS and Atom feeds, and web pages fetched over HTTP.
//
// A Reader reads its inputs in order and hands every document, or every
// problem with an input, to a callback as an Item. A problem with one
// input, one line or one feed item never stops the others.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// Defaults of a Reader's zero fields.
const (
	// DefaultTimeout is the limit on one HTTP request with its body.
	DefaultTimeout = 30 * time.Second
	// DefaultConcurrency is the number of feed items fetched at once.
	DefaultConcurrency = 4
	// DefaultUserAgent is the User-Agent header of requests.
	DefaultUserAgent = "hadath/0.1 (+https://github.com/hadath/hadath)"
)

// sniffLen is how much of an input is looked at to tell its kind.
const sniffLen = 8 << 10

// Item is one unit read from the inputs: a document, or an input that
// failed, or both when a problem was repaired (invalid UTF-8) or worked
// around (a feed item whose page could not be fetched).
type Item struct {
	Where string           // "dir/a.html", "feed.xml#3", "docs.jsonl:17" or a URL, for messages
	Doc   *hadath.Document // nil when there is nothing to code
	Errs  []error          // problems, each to be reported as an error
	Notes []string         // remarks that are not errors
}

// Reader reads documents from inputs. The zero value is ready to use; its
// zero fields take the defaults documented on each.
type Reader struct {
	MaxBytes    int64           // limit on one document, file, page or feed; jsonl.DefaultMaxBytes when <= 0
	Defaults    hadath.Document // lang, published, source and title given to documents that lack them
	Stdin       io.Reader       // read for the input "-"; os.Stdin when nil
	Client      *http.Client    // for fetching; a client of its own when nil
	Timeout     time.Duration   // limit on one HTTP request with its body; DefaultTimeout when <= 0
	Concurrency int             // feed items fetched at once; DefaultConcurrency when <= 0
	UserAgent   string          // User-Agent of requests; DefaultUserAgent when empty
}

// Each reads the inputs in order and passes every item to emit, in input
// order. An input is "-" for standard input (see readStdin), an http(s) URL
// of a page or a feed, a directory (walked recursively in lexical order),
// or a file. Each stops when emit returns false or when ctx ends; it
// returns ctx's error in the latter case and nil otherwise. Problems with
// inputs are reported as items, not as Each's error.
func (r *Reader) Each(ctx context.Context, inputs []string, emit func(*Item) bool) error {
	for _, name := range inputs {
		if ctx.Err() != nil {
			break
		}
		if !r.read(ctx, name, emit) {
			break
		}
	}
	return ctx.Err()
}

// read reads one input. It returns false when emit did or ctx ended.
func (r *Reader) read(ctx context.Context, name string, emit func(*Item) bool) bool {
	switch {
	case name == "-":
		var in io.Reader = os.Stdin
		if r.Stdin != nil {
			in = r.Stdin
		}
		return r.readStdin(ctx, in, emit)
	case isURL(name):
		return r.readURL(ctx, name, emit)
	}
	return r.readPath(ctx, name, emit)
}

// isURL reports whether name is an http or https URL.
func isURL(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// maxBytes returns the limit on one document.
func (r *Reader) maxBytes() int64 {
	if r.MaxBytes <= 0 {
		return jsonl.DefaultMaxBytes
	}
	return r.MaxBytes
}

// timeout returns the limit on one request.
func (r *Reader) timeout() time.Duration {
	if r.Timeout <= 0 {
		return DefaultTimeout
	}
	return r.Timeout
}

// concurrency returns the number of feed items fetched at once.
func (r *Reader) concurrency() int {
	if r.Concurrency <= 0 {
		return DefaultConcurrency
	}
	return r.Concurrency
}

// fill sets the fields that doc lacks from the defaults.
func (r *Reader) fill(doc *hadath.Document) {
	if doc.Lang == "" {
		doc.Lang = r.Defaults.Lang
	}
	if doc.Published == "" {
		doc.Published = r.Defaults.Published
	}
	if doc.Source == "" {
		doc.Source = r.Defaults.Source
	}
	if doc.Title == "" {
		doc.Title = r.Defaults.Title
	}
}

// fail returns the item of an input that failed with a message.
func fail(where string, format string, args ...any) *Item {
	return &Item{Where: where, Errs: []error{fmt.Errorf(format, args...)}}
}

// tooLarge returns the item of an input over the limit; size is -1 when
// it is not known.
func (r *Reader) tooLarge(where string, size int64) *Item {
	msg := fmt.Sprintf("over the limit of %d bytes (--max-bytes); skipped", r.maxBytes())
	if size >= 0 {
		msg = fmt.Sprintf("%d bytes, %s", size, msg)
	}
	return fail(where, "%s", msg)
}

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// readJSONL reads documents from JSON lines, maybe gzipped. A malformed
// line is reported with its number and reading goes on with the next; a
// line over the limit is skipped without being held in memory.
func (r *Reader) readJSONL(ctx context.Context, name string, rd io.Reader, emit func(*Item) bool) bool {
	br, err := jsonl.Unzip(rd)
	if err != nil {
		return emit(&Item{Where: name, Errs: []error{err}})
	}
	dec := jsonl.NewDecoder(br, name, int(min(r.maxBytes(), int64(maxInt))))
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := dec.Next()
		if err == io.EOF {
			return true
		} else if err != nil {
			var le *jsonl.LineError
			if errors.As(err, &le) {
				return emit(&Item{Where: fmt.Sprintf("%s:%d", le.Name, le.Line), Errs: []error{le.Err}})
			}
			return emit(&Item{Errs: []error{err}})
		}
		it := &Item{Where: fmt.Sprintf("%s:%d", name, rec.Line), Doc: rec.Doc}
		if rec.Err != nil {
			it.Errs = append(it.Errs, rec.Err.Err)
		}
		if rec.Doc != nil {
			r.fill(rec.Doc)
		}
		if !emit(it) {
			return false
		}
	}
}

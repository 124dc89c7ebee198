package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// kind is the kind of a file, told by its name.
type kind int

// The kinds of files.
const (
	kindUnknown kind = iota
	kindText         // .txt: one document
	kindHTML         // .html, .htm, .xhtml: one page
	kindJSONL        // .jsonl, .ndjson, maybe gzipped: documents
	kindFeed         // .rss, .atom: a feed
	kindXML          // .xml: a feed, or of unknown kind
)

// kindOf returns the kind of the file name.
func kindOf(name string) kind {
	lower := strings.ToLower(name)
	switch filepath.Ext(strings.TrimSuffix(lower, ".gz")) {
	case ".jsonl", ".ndjson":
		return kindJSONL
	}
	switch filepath.Ext(lower) {
	case ".txt":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".rss", ".atom":
		return kindFeed
	case ".xml":
		return kindXML
	}
	return kindUnknown
}

// errUnknown reports a file named on the command line that is of no
// known kind.
var errUnknown = errors.New("unknown kind of input: want FILE.txt, FILE.html, FILE.jsonl, FILE.jsonl.gz, an RSS or Atom feed, a directory, an http(s) URL, or - for standard input (JSON lines, or one plain text document)")

// errBinary reports a file of binary data.
var errBinary = errors.New("binary file, not text; skipped")

// readPath reads a file or a directory named on the command line.
func (r *Reader) readPath(ctx context.Context, name string, emit func(*Item) bool) bool {
	f, err := os.Open(name)
	if err != nil {
		return emit(&Item{Errs: []error{err}})
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return r.walk(ctx, name, emit)
	}
	return r.readOpen(ctx, name, f, true, emit)
}

// errStop ends a walk early.
var errStop = errors.New("stop")

// walk reads the files of a directory tree in lexical order. Hidden files
// and directories are skipped, and so are files of unknown kind.
func (r *Reader) walk(ctx context.Context, root string, emit func(*Item) bool) bool {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return errStop
		} else if err != nil {
			if !emit(&Item{Where: path, Errs: []error{err}}) {
				return errStop
			}
			return nil
		} else if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		} else if d.IsDir() || kindOf(path) == kindUnknown {
			return nil
		}
		// Opening a named pipe would wait for a writer, maybe forever:
		// only regular files, or links to them, are read.
		if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
			it := &Item{Where: path}
			if err != nil {
				it.Errs = []error{err}
			} else {
				it.Notes = []string{"not a regular file (" + modeName(fi.Mode()) + "); skipped"}
			}
			if !emit(it) {
				return errStop
			}
			return nil
		}
		if !r.readFile(ctx, path, emit) {
			return errStop
		}
		return nil
	})
	return err == nil
}

// modeName names the kind of a file that is not a regular one.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return "of mode " + m.String()
}

// readFile reads one file found in a directory.
func (r *Reader) readFile(ctx context.Context, name string, emit func(*Item) bool) bool {
	f, err := os.Open(name)
	if err != nil {
		return emit(&Item{Errs: []error{err}})
	}
	defer f.Close()
	return r.readOpen(ctx, name, f, false, emit)
}

// readOpen reads the open file f. named tells that it was named on the
// command line rather than found in a directory: then a file of unknown
// kind is an error rather than skipped.
func (r *Reader) readOpen(ctx context.Context, name string, f *os.File, named bool, emit func(*Item) bool) bool {
	k := kindOf(name)
	if fi, err := f.Stat(); err != nil {
		return emit(&Item{Where: name, Errs: []error{err}})
	} else if fi.IsDir() {
		return emit(fail(name, "is a directory, not an input file"))
	} else if fi.Mode().IsRegular() && fi.Size() > r.maxBytes() &&
		(k == kindText || k == kindHTML || k == kindFeed || k == kindXML && named) {
		return emit(r.tooLarge(name, fi.Size()))
	}
	switch k {
	case kindText:
		return emit(r.readText(name, f))
	case kindHTML:
		return emit(r.readHTML(name, f))
	case kindJSONL:
		return r.readJSONL(ctx, name, f, emit)
	case kindFeed, kindXML:
		br := bufio.NewReaderSize(f, sniffLen)
		if head, _ := br.Peek(sniffLen); k == kindXML && !isFeed(head) {
			if !named {
				return true
			}
			return emit(&Item{Where: name, Errs: []error{errors.New("not an RSS or Atom feed; skipped")}})
		}
		return r.readFeedFile(ctx, name, br, emit)
	}
	return r.sniff(ctx, name, f, emit)
}

// sniff reads a file whose name does not tell its kind by looking at its
// start: JSON lines (maybe gzipped), a feed or an HTML page are read;
// anything else is an error.
func (r *Reader) sniff(ctx context.Context, name string, f io.Reader, emit func(*Item) bool) bool {
	return r.sniffAs(ctx, name, f, false, emit)
}

// readStdin reads standard input, named "stdin" in messages: JSON lines
// (maybe gzipped) when it starts with an object, a feed or an HTML page
// when it starts like one, nothing when it is blank, and else plain text,
// coded as one document with the id "stdin".
func (r *Reader) readStdin(ctx context.Context, in io.Reader, emit func(*Item) bool) bool {
	return r.sniffAs(ctx, "stdin", in, true, emit)
}

// sniffAs reads an input by looking at its start, as sniff does. When
// text is true, text that is none of the kinds sniff knows is read as one
// document, and a blank input gives nothing.
func (r *Reader) sniffAs(ctx context.Context, name string, f io.Reader, text bool, emit func(*Item) bool) bool {
	br, err := jsonl.Unzip(f)
	if err != nil {
		return emit(&Item{Where: name, Errs: []error{err}})
	}
	head, _ := br.Peek(sniffLen)
	switch {
	case text && len(head) < sniffLen && len(bytes.TrimSpace(head)) == 0:
		return true
	case jsonl.LooksJSONL(head):
		return r.readJSONL(ctx, name, br, emit)
	case jsonl.LooksBinary(head):
		return emit(&Item{Where: name, Errs: []error{errBinary}})
	case isFeed(head):
		return r.readFeedFile(ctx, name, br, emit)
	case looksHTML(head):
		return emit(r.readHTML(name, br))
	case text:
		return emit(r.readText(name, br))
	}
	return emit(&Item{Where: name, Errs: []error{errUnknown}})
}

// readAll reads all of rd, but no more than the limit. over is true when
// rd holds more; then b is nil.
func (r *Reader) readAll(rd io.Reader) (b []byte, over bool, err error) {
	b, err = io.ReadAll(io.LimitReader(rd, r.maxBytes()+1))
	if err != nil {
		return nil, false, err
	} else if int64(len(b)) > r.maxBytes() {
		return nil, true, nil
	}
	return b, false, nil
}

// readText reads a .txt file as one document, never more than the limit.
func (r *Reader) readText(name string, f io.Reader) *Item {
	br := bufio.NewReaderSize(f, sniffLen)
	if head, _ := br.Peek(sniffLen); jsonl.LooksBinary(head) {
		return &Item{Where: name, Errs: []error{errBinary}}
	}
	b, over, err := r.readAll(br)
	if err != nil {
		return &Item{Where: name, Errs: []error{err}}
	} else if over {
		return r.tooLarge(name, -1)
	}
	text := strings.TrimPrefix(string(b), "\uFEFF")
	it := &Item{Where: name, Doc: &hadath.Document{ID: filepath.Base(name), Text: text}}
	if !utf8.ValidString(text) {
		it.Doc.Text = strings.ToValidUTF8(text, "\uFFFD")
		it.Errs = append(it.Errs, jsonl.ErrInvalidUTF8)
	}
	r.fill(it.Doc)
	return it
}

// readHTML reads an HTML file as one document, never more than the limit.
func (r *Reader) readHTML(name string, f io.Reader) *Item {
	b, over, err := r.readAll(f)
	if err != nil {
		return &Item{Where: name, Errs: []error{err}}
	} else if over {
		return r.tooLarge(name, -1)
	} else if jsonl.LooksBinary(b) {
		return &Item{Where: name, Errs: []error{errBinary}}
	}
	p, err := parsePage(b, "", nil)
	if err != nil {
		return &Item{Where: name, Errs: []error{err}}
	}
	return r.pageItem(name, filepath.Base(name), p)
}

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// sniffLen is how much of an input is looked at to tell its kind.
const sniffLen = 8 << 10

// inputReader turns the command's inputs into pipeline items.
type inputReader struct {
	maxBytes int64
	defaults hadath.Document // published, source and title from the flags
	stdin    io.Reader
}

// each reads the inputs in order and passes every item to emit. It stops
// when emit returns false.
func (r *inputReader) each(inputs []string, emit func(*item) bool) {
	for _, name := range inputs {
		if !r.read(name, emit) {
			return
		}
	}
}

// read reads one input. It returns false when emit did.
func (r *inputReader) read(name string, emit func(*item) bool) bool {
	if name == "-" {
		return r.readJSONL("stdin", r.stdin, emit)
	}
	lower := strings.ToLower(name)
	f, err := os.Open(name)
	if err != nil {
		return emit(&item{errs: []error{err}})
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return emit(&item{where: name, errs: []error{err}})
	} else if fi.IsDir() {
		return emit(&item{where: name, errs: []error{errors.New("is a directory, not an input file")}})
	} else if strings.HasSuffix(lower, ".txt") && fi.Mode().IsRegular() && fi.Size() > r.maxBytes {
		return emit(r.tooLarge(name, fi.Size()))
	}
	switch {
	case strings.HasSuffix(lower, ".txt"):
		return emit(r.readText(name, f))
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".jsonl.gz"),
		strings.HasSuffix(lower, ".ndjson"), strings.HasSuffix(lower, ".ndjson.gz"):
		return r.readJSONL(name, f, emit)
	}
	return r.sniff(name, f, emit)
}

// sniff reads an input whose name does not tell its kind: JSON lines,
// maybe gzipped, are read; anything else is an error.
func (r *inputReader) sniff(name string, f io.Reader, emit func(*item) bool) bool {
	br, err := jsonl.Unzip(f)
	if err != nil {
		return emit(&item{where: name, errs: []error{err}})
	}
	head, _ := br.Peek(sniffLen)
	switch {
	case jsonl.LooksJSONL(head):
		return r.readJSONL(name, br, emit)
	case jsonl.LooksBinary(head):
		return emit(&item{where: name, errs: []error{errors.New("binary file, not text; skipped")}})
	}
	return emit(&item{where: name, errs: []error{errors.New("unknown kind of input: want FILE.txt, FILE.jsonl, FILE.jsonl.gz or - for JSON lines on standard input")}})
}

// readJSONL reads documents from JSON lines, maybe gzipped.
func (r *inputReader) readJSONL(name string, rd io.Reader, emit func(*item) bool) bool {
	br, err := jsonl.Unzip(rd)
	if err != nil {
		return emit(&item{where: name, errs: []error{err}})
	}
	dec := jsonl.NewDecoder(br, name, int(min(r.maxBytes, int64(maxInt))))
	for {
		rec, err := dec.Next()
		if err == io.EOF {
			return true
		} else if err != nil {
			var le *jsonl.LineError
			if errors.As(err, &le) {
				return emit(&item{where: fmt.Sprintf("%s:%d", le.Name, le.Line), errs: []error{le.Err}})
			}
			return emit(&item{errs: []error{err}})
		}
		it := &item{where: fmt.Sprintf("%s:%d", name, rec.Line), doc: rec.Doc}
		if rec.Err != nil {
			it.errs = append(it.errs, rec.Err.Err)
		}
		if rec.Doc != nil {
			it.label = fmt.Sprintf("document %q: ", rec.Doc.ID)
			r.fill(rec.Doc)
		}
		if !emit(it) {
			return false
		}
	}
}

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// fill sets the fields that doc lacks from the flags.
func (r *inputReader) fill(doc *hadath.Document) {
	if doc.Published == "" {
		doc.Published = r.defaults.Published
	}
	if doc.Source == "" {
		doc.Source = r.defaults.Source
	}
	if doc.Title == "" {
		doc.Title = r.defaults.Title
	}
}

// readText reads a .txt file as one document, never more than the limit.
func (r *inputReader) readText(name string, f io.Reader) *item {
	br := bufio.NewReaderSize(f, sniffLen)
	if head, _ := br.Peek(sniffLen); jsonl.LooksBinary(head) {
		return &item{where: name, errs: []error{errors.New("binary file, not text; skipped")}}
	}
	b, err := io.ReadAll(io.LimitReader(br, r.maxBytes+1))
	if err != nil {
		return &item{where: name, errs: []error{err}}
	} else if int64(len(b)) > r.maxBytes {
		return r.tooLarge(name, -1)
	}
	text := strings.TrimPrefix(string(b), "\uFEFF")
	it := &item{where: name, doc: &hadath.Document{ID: filepath.Base(name), Text: text}}
	if !utf8.ValidString(text) {
		it.doc.Text = strings.ToValidUTF8(text, "\uFFFD")
		it.fail("%v", jsonl.ErrInvalidUTF8)
	}
	r.fill(it.doc)
	return it
}

// tooLarge returns the item of a document over the limit; size is -1 when
// it is not known.
func (r *inputReader) tooLarge(name string, size int64) *item {
	msg := fmt.Sprintf("over the limit of %d bytes (--max-bytes); skipped", r.maxBytes)
	if size >= 0 {
		msg = fmt.Sprintf("%d bytes, %s", size, msg)
	}
	return &item{where: name, errs: []error{errors.New(msg)}}
}

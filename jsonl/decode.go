package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// Problems with one line. A *LineError wraps one of them, so callers can
// test with errors.Is.
var (
	ErrSyntax      = errors.New("malformed JSON")
	ErrMissingID   = errors.New(`missing "id"`)
	ErrMissingText = errors.New(`missing "text"`)
	ErrInvalidUTF8 = errors.New("invalid UTF-8, repaired with U+FFFD")
	ErrBinary      = errors.New("binary data, not JSON lines")
)

// LineError is a problem with one line of an input.
type LineError struct {
	Name string // the input's name, as given to NewDecoder
	Line int    // line number, from 1
	Err  error  // one of the Err values of this package, maybe wrapped
}

// Error returns "name:line: problem".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the problem.
func (e *LineError) Unwrap() error { return e.Err }

// Record is one non-blank line of the input: a document, a problem, or a
// document whose problem was repaired.
type Record struct {
	Line int              // line number, from 1
	Doc  *hadath.Document // nil when the line could not be used
	Err  *LineError       // what was wrong with the line; with Doc, repaired
}

// Decoder reads documents in the input format of docs/format.md from a JSON
// Lines stream: one object a line with at least "id" and "text". Blank
// lines are skipped; unknown fields are ignored.
type Decoder struct {
	name    string
	lr      *LineReader
	started bool
	docs    int    // lines that gave a document
	binary  int    // lines of binary data
	scratch []byte // reused by fastWire to unescape strings
}

// maxBinaryLines is how many lines of binary data, before any document,
// make the decoder give up on an input as binary.
const maxBinaryLines = 3

// NewDecoder returns a decoder of r, which must already be decompressed
// (see Unzip). name is the input's name for messages; max is the limit on
// one line in bytes (DefaultMaxBytes when max <= 0).
func NewDecoder(r io.Reader, name string, max int) *Decoder {
	return &Decoder{name: name, lr: NewLineReader(r, max)}
}

// Next returns the next record. Problems with a line are reported in the
// record and decoding goes on with the next line; a line of binary data
// (a NUL byte, or many control characters) is one such problem. The
// error is io.EOF at the end of the input, or a failure that ends it: a
// read error, or an input of binary data (ErrBinary, in a *LineError):
// one whose start looks binary with no line that starts an object, or
// whose first maxBinaryLines lines are binary before any document.
func (d *Decoder) Next() (Record, error) {
	if !d.started {
		d.started = true
		if binaryInput(d.lr.peek(sniffLen)) {
			return Record{}, &LineError{Name: d.name, Line: 1, Err: ErrBinary}
		}
	}
	for {
		line, err := d.lr.Next()
		if err == ErrTooLong {
			return d.fail(fmt.Errorf("%w: %d bytes, over the limit of %d bytes; skipped", ErrTooLong, d.lr.Size(), d.lr.max)), nil
		} else if err == io.EOF {
			return Record{}, io.EOF
		} else if err != nil {
			return Record{}, fmt.Errorf("%s:%d: read: %w", d.name, d.lr.Line()+1, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if LooksBinary(line) {
			d.binary++
			if d.docs == 0 && d.binary >= maxBinaryLines {
				return Record{}, &LineError{Name: d.name, Line: d.lr.Line(),
					Err: fmt.Errorf("%w: %d lines of it and no document; the rest skipped", ErrBinary, d.binary)}
			}
			return d.fail(fmt.Errorf("%w (a NUL byte or control characters); line skipped", ErrBinary)), nil
		}
		rec := d.decode(line)
		if rec.Doc != nil {
			d.docs++
		}
		return rec, nil
	}
}

// fail returns a record for the current line with the problem err.
func (d *Decoder) fail(err error) Record {
	return Record{Line: d.lr.Line(), Err: &LineError{Name: d.name, Line: d.lr.Line(), Err: err}}
}

// wire is the JSON form of an input line. The id may be a string or a
// number; required fields are pointers to tell missing from empty.
type wire struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Lang      string          `json:"lang"`
	Published string          `json:"published"`
	Source    string          `json:"source"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
}

// decode parses one non-blank line.
func (d *Decoder) decode(line []byte) Record {
	var repaired bool
	if !utf8.Valid(line) {
		line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
		repaired = true
	}
	line = bytes.TrimSpace(line)
	if line[0] != '{' {
		return d.fail(fmt.Errorf("%w: want an object, got %s", ErrSyntax, quote(line)))
	}
	var w wire
	var ok bool
	if d.scratch, ok = fastWire(line, &w, d.scratch); !ok {
		w = wire{}
		if err := json.Unmarshal(line, &w); err != nil {
			return d.fail(fmt.Errorf("%w: %s", ErrSyntax, jsonMessage(err)))
		}
	}
	id, err := decodeID(w.ID)
	if err != nil {
		return d.fail(err)
	} else if w.Text == nil {
		return d.fail(fmt.Errorf("document %q: %w", id, ErrMissingText))
	}
	rec := Record{Line: d.lr.Line(), Doc: &hadath.Document{
		ID:        id,
		Text:      *w.Text,
		Lang:      w.Lang,
		Published: w.Published,
		Source:    w.Source,
		URL:       w.URL,
		Title:     w.Title,
	}}
	if repaired {
		rec.Err = &LineError{Name: d.name, Line: rec.Line, Err: fmt.Errorf("document %q: %w", id, ErrInvalidUTF8)}
	}
	return rec
}

// decodeID returns the document id from its JSON value: a non-empty
// string, or a number kept as written.
func decodeID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", ErrMissingID
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: id: %s", ErrSyntax, jsonMessage(err))
		} else if s == "" {
			return "", fmt.Errorf("%w: empty id", ErrMissingID)
		}
		return s, nil
	case raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9'):
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: id: want a string or a number, got %s", ErrSyntax, quote(raw))
}

// jsonMessage returns err's message, naming the field of a type error.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("%s: want a %s, got %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// quote returns the start of b, quoted, for a message.
func quote(b []byte) string {
	const n = 40
	if len(b) > n {
		cut := n
		for cut > 0 && !utf8.RuneStart(b[cut]) {
			cut--
		}
		return strconv.Quote(string(b[:cut])) + "..."
	}
	return strconv.Quote(string(b))
}

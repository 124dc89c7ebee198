// Package jsonl reads hadath's inputs: JSON Lines streams of documents,
// optionally gzip-compressed, with a bound on the size of one line so that
// a huge or broken input never has to be held in memory at once.
package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// DefaultMaxBytes is the default limit on one line (one document): 10 MB.
const DefaultMaxBytes = 10 << 20

// ErrTooLong reports a line over the reader's limit. The line was skipped
// without being held in memory.
var ErrTooLong = errors.New("line too long")

// bom is the UTF-8 byte order mark, dropped from the start of a line.
var bom = []byte{0xEF, 0xBB, 0xBF}

// LineReader reads lines of at most a given length from a stream. Lines
// end with LF or CRLF; the line terminator and a leading byte order mark
// are removed. A line over the limit is read to its end and discarded
// while it is counted, so memory stays bounded by the limit.
type LineReader struct {
	br   *bufio.Reader
	max  int
	n    int    // number of the last line returned, from 1
	buf  []byte // the assembled line when it spans several buffer fills
	size int    // length of the last overlong line, in bytes
}

// NewLineReader returns a reader of the lines of r of at most max bytes
// each (DefaultMaxBytes when max <= 0).
func NewLineReader(r io.Reader, max int) *LineReader {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &LineReader{br: br, max: max}
}

// Line returns the number of the line last returned by Next, from 1.
func (lr *LineReader) Line() int { return lr.n }

// Size returns the length in bytes of the last line that Next rejected
// with ErrTooLong.
func (lr *LineReader) Size() int { return lr.size }

// peek returns up to n bytes of what follows without consuming them, for
// sniffing the kind of input.
func (lr *LineReader) peek(n int) []byte {
	b, _ := lr.br.Peek(n)
	return b
}

// Next returns the next line, without its terminator. The slice is valid
// only until the following call. A line over the limit gives ErrTooLong
// (the reader stays usable); at the end of the input Next returns io.EOF;
// any other error comes from the underlying reader.
func (lr *LineReader) Next() ([]byte, error) {
	lr.buf = lr.buf[:0]
	size := 0
	over := false
	cr := false // the previous chunk ended with CR
	for {
		chunk, err := lr.br.ReadSlice('\n')
		size += len(chunk)
		end := trailer(chunk, err, cr)
		cr = len(chunk) > 0 && chunk[len(chunk)-1] == '\r'
		if !over {
			if size-end > lr.max {
				over = true
				lr.buf = lr.buf[:0]
			} else if err == bufio.ErrBufferFull || len(lr.buf) > 0 {
				// ReadSlice's buffer is overwritten by the next read.
				lr.buf = lr.grow(len(chunk))
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && size == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		// A complete line: ended by '\n', or the last one without it.
		lr.n++
		if over {
			lr.size = size - end
			return nil, ErrTooLong
		}
		line := chunk
		if len(lr.buf) > 0 {
			line = lr.buf
		}
		return bytes.TrimPrefix(line[:len(line)-end], bom), nil
	}
}

// grow returns lr.buf with room for n more bytes, doubling its capacity
// but never past what a line at the limit needs.
func (lr *LineReader) grow(n int) []byte {
	need := len(lr.buf) + n
	if need <= cap(lr.buf) {
		return lr.buf
	}
	c := max(2*cap(lr.buf), need)
	c = max(min(c, lr.max+lr.br.Size()+2), need)
	buf := make([]byte, len(lr.buf), c)
	copy(buf, lr.buf)
	return buf
}

// trailer returns the length of the line terminator at the end of a chunk
// that ReadSlice returned with error err: 1 for LF, 2 for CRLF, else 0.
// cr tells that the previous chunk of the line ended with CR, which then
// belongs to a CRLF split between the chunks. A CR at the end of the input,
// or of a full buffer (where an LF may follow), counts as 1.
func trailer(chunk []byte, err error, cr bool) int {
	n := len(chunk)
	switch {
	case err == nil && (n >= 2 && chunk[n-2] == '\r' || n == 1 && cr):
		return 2
	case err == nil:
		return 1
	case n >= 1 && chunk[n-1] == '\r', n == 0 && cr:
		return 1
	}
	return 0
}

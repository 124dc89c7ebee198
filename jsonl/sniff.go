package jsonl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// sniffLen is how much of an input is looked at to tell its kind.
const sniffLen = 8 << 10

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// Unzip returns a buffered reader of the content of r: of a gzip reader
// over r when r starts with the gzip magic bytes, else of r itself.
// Concatenated gzip members are read as one stream. The buffer holds at
// least 8 KB, so callers can Peek at the start to sniff it.
func Unzip(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(len(gzipMagic))
	if !bytes.Equal(head, gzipMagic) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return bufio.NewReaderSize(zr, 64<<10), nil
}

// LooksBinary reports whether b, the start of an input, looks like binary
// data rather than text: it holds a NUL byte, or more than one byte in ten
// is an ASCII control other than tab, LF, CR, FF or ESC. Bytes of invalid
// UTF-8 do not count: such text is repaired, not rejected.
func LooksBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b, c == 0x7f:
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// LooksJSONL reports whether b, the start of an input, looks like JSON
// lines: after blank space and a byte order mark, it starts an object.
// Binary bytes further on do not count against it: they are judged line
// by line (see Decoder).
func LooksJSONL(b []byte) bool {
	return startsObject(b)
}

// startsObject reports whether line, after blank space and a byte order
// mark, starts a JSON object.
func startsObject(line []byte) bool {
	line = bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(line, " \t\r\n"), bom), " \t\r\n")
	return len(line) > 0 && line[0] == '{'
}

// binaryInput reports whether b, the start of an input, is binary data
// rather than JSON lines: it looks binary (LooksBinary) and none of its
// lines starts an object. A few broken lines among JSON lines are not
// enough: each line is judged on its own.
func binaryInput(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if !LooksBinary(b) {
		return false
	}
	for line := range bytes.SplitSeq(b, []byte("\n")) {
		if startsObject(line) {
			return false
		}
	}
	return true
}

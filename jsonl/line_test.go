package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// readLines returns every line of src read with limit max, "!toolong" for
// a line over it.
func readLines(t *testing.T, src string, max int) []string {
	t.Helper()
	lr := NewLineReader(strings.NewReader(src), max)
	var got []string
	for {
		line, err := lr.Next()
		if err == io.EOF {
			return got
		} else if errors.Is(err, ErrTooLong) {
			got = append(got, "!toolong")
			continue
		} else if err != nil {
			t.Fatalf("Next: %v", err)
		}
		got = append(got, string(line))
	}
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name string
		src  string
		max  int
		want []string
	}{
		{"empty", "", 10, nil},
		{"one line no newline", "abc", 10, []string{"abc"}},
		{"LF", "a\nb\n", 10, []string{"a", "b"}},
		{"CRLF", "a\r\nb\r\n", 10, []string{"a", "b"}},
		{"final CR", "a\r", 10, []string{"a"}},
		{"inner CR kept", "a\rb\n", 10, []string{"a\rb"}},
		{"blank lines kept", "a\n\n\nb", 10, []string{"a", "", "", "b"}},
		{"BOM dropped", "\xEF\xBB\xBFa\nb", 10, []string{"a", "b"}},
		{"at the limit", "abcde\nfg", 5, []string{"abcde", "fg"}},
		{"at the limit CRLF", "abcde\r\nfg", 5, []string{"abcde", "fg"}},
		{"over the limit", "abcdef\nfg\n", 5, []string{"!toolong", "fg"}},
		{"over the limit last", "ab\n" + long, 50, []string{"ab", "!toolong"}},
		{"invalid UTF-8 passed through", "a\xffb\n", 10, []string{"a\xffb"}},
	}
	for _, tt := range tests {
		got := readLines(t, tt.src, tt.max)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("%s: lines of %q = %q; want %q", tt.name, tt.src, got, tt.want)
		}
	}
}

// TestLineReaderLongLines crosses the 64 KB buffer with lines under and
// over the limit.
func TestLineReaderLongLines(t *testing.T) {
	a := strings.Repeat("a", 200<<10)
	b := strings.Repeat("b", 300<<10)
	src := a + "\r\n" + b + "\nc"
	got := readLines(t, src, 250<<10)
	if len(got) != 3 || got[0] != a || got[1] != "!toolong" || got[2] != "c" {
		t.Fatalf("got %d lines; want a (200 KB), !toolong, c", len(got))
	}
}

// TestLineReaderSplitCRLF has a line at the limit whose CRLF is split
// across two fills of the 64 KB buffer.
func TestLineReaderSplitCRLF(t *testing.T) {
	a := strings.Repeat("a", 64<<10-1)
	got := readLines(t, a+"\r\nb", len(a))
	if len(got) != 2 || got[0] != a || got[1] != "b" {
		t.Errorf("got %d lines (first %d bytes); want a line of %d bytes and b", len(got), len(got[0]), len(a))
	}
}

func TestLineReaderNumbersAndSize(t *testing.T) {
	lr := NewLineReader(strings.NewReader("a\n0123456789\nb"), 4)
	var lines []int
	for {
		_, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err == ErrTooLong && lr.Size() != 10 {
			t.Errorf("Size() = %d; want 10", lr.Size())
		}
		lines = append(lines, lr.Line())
	}
	if len(lines) != 3 || lines[0] != 1 || lines[1] != 2 || lines[2] != 3 {
		t.Errorf("line numbers = %v; want [1 2 3]", lines)
	}
}

// repeatReader yields n copies of c, then tail, without allocating.
type repeatReader struct {
	c    byte
	n    int
	tail []byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		if len(r.tail) == 0 {
			return 0, io.EOF
		}
		n := copy(p, r.tail)
		r.tail = r.tail[n:]
		return n, nil
	}
	n := min(len(p), r.n)
	for i := range p[:n] {
		p[i] = r.c
	}
	r.n -= n
	return n, nil
}

// TestLineReaderBoundedMemory reads a 20 MB line with a 1 MB limit: it
// must be skipped without being held in memory.
func TestLineReaderBoundedMemory(t *testing.T) {
	const size, limit = 20 << 20, 1 << 20
	src := &repeatReader{c: 'x', n: size, tail: []byte("\n{\"id\":\"b\",\"text\":\"ok\"}\n")}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := NewDecoder(src, "big.jsonl", limit)
	rec, err := d.Next()
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	if rec.Err == nil || !errors.Is(rec.Err, ErrTooLong) || rec.Line != 1 {
		t.Fatalf("first record = line %d, %v; want line 1, too long", rec.Line, rec.Err)
	}
	if !strings.Contains(rec.Err.Error(), "20971520 bytes") {
		t.Errorf("error %q does not give the line's size", rec.Err)
	}
	rec, err = d.Next()
	if err != nil || rec.Doc == nil || rec.Doc.ID != "b" || rec.Line != 2 {
		t.Fatalf("second record = %+v, %v; want document b on line 2", rec, err)
	}
	runtime.ReadMemStats(&after)
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 3*limit {
		t.Errorf("reading a %d-byte line allocated %d bytes; want under %d", size, grown, 3*limit)
	}
}

func TestLooksBinary(t *testing.T) {
	tests := []struct {
		in   []byte
		want bool
	}{
		{[]byte("plain text\n"), false},
		{[]byte("قصف على المدينة\n"), false},
		{[]byte("bad \xff\xfe utf-8"), false},
		{[]byte("nul\x00inside"), true},
		{bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), true},
		{[]byte{}, false},
	}
	for _, tt := range tests {
		if got := LooksBinary(tt.in); got != tt.want {
			t.Errorf("LooksBinary(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzLineReader compares the reader, with a buffer of 16 bytes so that
// lines cross many fills, with a plain split of the input on LF.
func FuzzLineReader(f *testing.F) {
	f.Add("a\nb\r\n\r\n", uint16(4))
	f.Add("0123456789abcde\r\nxyz", uint16(15))
	f.Add("\xEF\xBB\xBFabc\r", uint16(3))
	f.Add(strings.Repeat("ab\r", 20)+"\n", uint16(40))
	f.Fuzz(func(t *testing.T, src string, limit uint16) {
		if len(src) > 4096 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		max := int(limit)%(len(src)+8) + 1 // a line limit near the lines' lengths
		var want []string
		if src != "" {
			parts := strings.Split(src, "\n")
			if parts[len(parts)-1] == "" {
				parts = parts[:len(parts)-1]
			}
			for _, p := range parts {
				p = strings.TrimSuffix(p, "\r")
				if len(p) > max {
					want = append(want, "!toolong")
				} else {
					want = append(want, strings.TrimPrefix(p, "\uFEFF"))
				}
			}
		}
		lr := &LineReader{br: bufio.NewReaderSize(strings.NewReader(src), 16), max: max}
		var got []string
		for {
			line, err := lr.Next()
			if err == io.EOF {
				break
			} else if err == ErrTooLong {
				got = append(got, "!toolong")
				continue
			} else if err != nil {
				t.Fatal(err)
			}
			got = append(got, string(line))
		}
		if !slices.Equal(got, want) {
			t.Fatalf("lines of %q (max %d) = %q; want %q", src, max, got, want)
		}
		if lr.Line() != len(want) {
			t.Fatalf("Line() = %d; want %d", lr.Line(), len(want))
		}
	})
}

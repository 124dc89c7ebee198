// Package wordclass groups words into classes by the words they stand
// beside in a large unannotated text: words used alike ("قصف", "غارة",
// "استهدف") fall in one class. The trained models read a word's class
// next to the word itself, so that what they learn of one word carries to
// the others of its class, words the annotated stories never show
// included.
//
// The classes are built once from a corpus (`hadath classes`) and kept as
// a data file of word-class lines, which people can read and edit.
package wordclass

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Classes maps words to their class numbers.
type Classes struct {
	of map[string]uint16
	n  int // the number of classes
}

// Of returns the class of word w, and false for a word with none.
func (c *Classes) Of(w string) (int, bool) {
	if c == nil {
		return 0, false
	}
	k, ok := c.of[w]
	return int(k), ok
}

// Len returns the number of words that have a class.
func (c *Classes) Len() int {
	if c == nil {
		return 0
	}
	return len(c.of)
}

// Count returns the number of classes.
func (c *Classes) Count() int {
	if c == nil {
		return 0
	}
	return c.n
}

// MaxClasses bounds the number of classes: a file's class numbers are
// below it.
const MaxClasses = 1 << 12

// Read reads classes from lines of a word, a tab and its class number.
// Blank lines and lines starting with # are skipped; a later line for a
// word overrides an earlier one, so a user file read after the embedded
// one can move words.
func Read(r io.Reader) (*Classes, error) {
	c := &Classes{of: make(map[string]uint16)}
	if err := c.merge(r); err != nil {
		return nil, err
	}
	return c, nil
}

// Merge adds the lines of r to c, as Read reads them.
func (c *Classes) Merge(r io.Reader) error { return c.merge(r) }

func (c *Classes) merge(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		w, k, ok := strings.Cut(s, "\t")
		if !ok || w == "" {
			return fmt.Errorf("word classes line %d: want word<TAB>class, got %q", line, s)
		}
		n, err := strconv.Atoi(strings.TrimSpace(k))
		if err != nil || n < 0 || n >= MaxClasses {
			return fmt.Errorf("word classes line %d: bad class %q", line, k)
		}
		c.of[w] = uint16(n)
		c.n = max(c.n, n+1)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read word classes: %w", err)
	}
	return nil
}

// WriteTo writes c as Read reads it, after the header lines given (each
// written as a comment), class by class and within a class by word, so
// that the file is the same for the same classes.
func (c *Classes) WriteTo(w io.Writer, header ...string) (int64, error) {
	words := make([]string, 0, len(c.of))
	for word := range c.of {
		words = append(words, word)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := c.of[words[i]], c.of[words[j]]
		return a < b || a == b && words[i] < words[j]
	})
	bw := bufio.NewWriter(w)
	var n int64
	for _, h := range header {
		k, _ := fmt.Fprintf(bw, "# %s\n", h)
		n += int64(k)
	}
	for _, word := range words {
		k, _ := fmt.Fprintf(bw, "%s\t%d\n", word, c.of[word])
		n += int64(k)
	}
	return n, bw.Flush()
}

package export

import (
	"bufio"
	"io"
	"strings"
	"unicode"

	"github.com/mattn/go-runewidth"
)

// Directional isolates: text between FSI and PDI takes the direction of
// its first strong letter and cannot reorder the text around it.
const (
	fsi = '\u2068' // FIRST STRONG ISOLATE
	pdi = '\u2069' // POP DIRECTIONAL ISOLATE
)

// ellipsis ends a truncated cell.
const ellipsis = "…"

// widths measures display widths as a terminal outside East Asian locales
// does: ambiguous characters such as "…" take one cell.
var widths = &runewidth.Condition{StrictEmojiNeutral: true}

// tableColumn is one column of a table: its header, its widest cell in
// terminal cells, its alignment and, for records, what it shows.
type tableColumn struct {
	name  string
	max   int
	right bool // numbers are right-aligned
	cell  func(r *record) string
}

// table collects cleaned cells and writes them aligned when flushed.
type table struct {
	w    io.Writer
	cols []tableColumn
	rows [][]string
}

// add appends one row; cells are cleaned and cut to their column's width.
func (t *table) add(cells []string) {
	row := make([]string, len(t.cols))
	for i := range row {
		if i < len(cells) {
			row[i] = fitCell(cells[i], t.cols[i].max)
		}
	}
	t.rows = append(t.rows, row)
}

// flush writes the header and every row, each column as wide as its
// widest cell, cells holding right-to-left text wrapped in isolates.
func (t *table) flush() error {
	width := make([]int, len(t.cols))
	for i, c := range t.cols {
		width[i] = widths.StringWidth(c.name)
	}
	for _, row := range t.rows {
		for i, c := range row {
			width[i] = max(width[i], widths.StringWidth(c))
		}
	}
	var b strings.Builder
	line := func(cells []string) string {
		b.Reset()
		for i, c := range cells {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := width[i] - widths.StringWidth(c)
			if t.cols[i].right {
				b.WriteString(strings.Repeat(" ", pad))
			}
			if hasRTL(c) {
				b.WriteRune(fsi)
				b.WriteString(c)
				b.WriteRune(pdi)
			} else {
				b.WriteString(c)
			}
			if !t.cols[i].right {
				b.WriteString(strings.Repeat(" ", pad))
			}
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	head := make([]string, len(t.cols))
	for i, c := range t.cols {
		head[i] = c.name
	}
	out := bufio.NewWriter(t.w)
	out.WriteString(line(head))
	for _, row := range t.rows {
		out.WriteString(line(row))
	}
	t.rows = nil
	return out.Flush()
}

// fitCell cleans s for a terminal and cuts it to limit cells with "…",
// without a space before the "…"; limit 0 means no limit.
func fitCell(s string, limit int) string {
	s = cleanCell(s)
	if limit > 0 {
		if cut := widths.Truncate(s, limit, ellipsis); cut != s {
			s = strings.TrimRight(strings.TrimSuffix(cut, ellipsis), " ") + ellipsis
		}
	}
	return s
}

// cleanCell makes s safe to print on one line of a terminal: control
// characters (escape sequences included) and line breaks become spaces,
// directional formatting characters are dropped so that they cannot
// reorder the line, runs of spaces become one, and the ends are trimmed.
func cleanCell(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isBidiControl(r):
			continue
		case unicode.IsControl(r) || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isBidiControl reports whether r is an explicit directional formatting
// character: a mark, embedding, override or isolate.
func isBidiControl(r rune) bool {
	return r == '\u061C' || r == '\u200E' || r == '\u200F' ||
		(r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// hasRTL reports whether s holds a right-to-left letter (Arabic, Hebrew,
// Syriac, Thaana, N'Ko).
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= '\u0590' && unicode.IsLetter(r) &&
			unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return true
		}
	}
	return false
}

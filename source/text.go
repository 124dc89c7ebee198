package source

import (
	"strings"
	"unicode"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// cleanText tidies text rendered from HTML: invalid UTF-8 is replaced
// with U+FFFD, it is put in Unicode normalization form C, runs of blank space within a line become one
// space, lines are trimmed, and runs of blank lines become one blank line
// between paragraphs.
func cleanText(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s))
	gap := false // a blank line came since the last line written
	for line := range strings.SplitSeq(s, "\n") {
		line = collapse(line)
		if line == "" {
			gap = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if gap {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		gap = false
		b.WriteString(line)
	}
	return b.String()
}

// cleanLine tidies a title or a name: it is put in Unicode normalization
// form C and its runs of blank space, line breaks included, become one
// space.
func cleanLine(s string) string {
	return collapse(norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")))
}

// collapse trims s and replaces its runs of blank space with one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// fragmentText returns the text of an HTML fragment, such as the
// description of a feed item, or of plain text with HTML entities.
func fragmentText(s string) string {
	if !strings.Contains(s, "<") {
		return cleanText(html.UnescapeString(s))
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	return cleanText(render.InnerText(bodyOf(doc)))
}

// letters returns the number of letters in s.
func letters(s string) int {
	n := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n
}

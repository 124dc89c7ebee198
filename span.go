package hadath

// Span is a stretch of a document's text. Start and End count Unicode code
// points (not bytes) in the input text, End exclusive, so that the span can
// be cut back out of the original text exactly.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"` // empty in lean output: cut it with Cut
}

// Len returns the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Cut returns the code points start..end of text: what a span of text
// cuts out, for a span written without its text. Offsets out of range are
// clamped.
func Cut(text string, start, end int) string {
	if start < 0 {
		start = 0
	}
	i, b, e := 0, len(text), len(text)
	for off := range text {
		if i == start {
			b = off
		}
		if i == end {
			e = off
			break
		}
		i++
	}
	if b > e {
		return ""
	}
	return text[b:e]
}

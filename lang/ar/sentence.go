package ar

// Sentence is a run of tokens ended by a full stop, question or
// exclamation mark, or a line break. Start and End are code-point offsets;
// Byte and ByteEnd byte offsets; tokens First..Last-1 belong to it.
type Sentence struct {
	Start, End    int
	Byte, ByteEnd int
	First, Last   int
}

// endsSentence reports whether the punctuation token t closes a sentence.
func endsSentence(src string, t *Token, next *Token) bool {
	switch t.Norm {
	case "!", "?", string(ArabicQuestion), string(ArabicFullStop):
		return true
	case ".":
		// Not a sentence end before a lower-case Latin word or a digit
		// with no space between (abbreviations, 3.5 split oddly).
		if next != nil && next.Byte == t.ByteEnd && next.Kind != Word && !isCloser(next.Norm) {
			return false
		}
		return true
	}
	return false
}

// split assigns each token its sentence and returns the sentences. A line
// break between two tokens also ends a sentence.
func split(src string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	var sents []Sentence
	first := 0
	closeAt := func(last int) {
		if last <= first {
			return
		}
		s := Sentence{First: first, Last: last,
			Start: toks[first].Start, Byte: toks[first].Byte,
			End: toks[last-1].End, ByteEnd: toks[last-1].ByteEnd}
		for k := first; k < last; k++ {
			toks[k].Sent = len(sents)
		}
		sents = append(sents, s)
		first = last
	}
	for i := range toks {
		t := &toks[i]
		if i > first && hasNewline(src[toks[i-1].ByteEnd:t.Byte]) {
			closeAt(i)
		}
		if t.Kind == Punct && i >= first {
			// A mark already closed into a sentence, in a run of closers
			// after its end, would find the same end again: skipping it
			// keeps a long run of marks from costing its length squared.
			var next *Token
			if i+1 < len(toks) {
				next = &toks[i+1]
			}
			if endsSentence(src, t, next) {
				// Closing quotes and brackets stay with the sentence.
				j := i + 1
				for j < len(toks) && toks[j].Kind == Punct && isCloser(toks[j].Norm) && !hasNewline(src[toks[j-1].ByteEnd:toks[j].Byte]) {
					j++
				}
				closeAt(j)
			}
		}
	}
	closeAt(len(toks))
	return sents
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "»", ")", "]", "'", "’", ".":
		return true
	}
	return false
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

package ar

// OpenQuote reports whether token j of toks is a quotation mark that
// opens a quoted word: written against the word after it and apart from
// the one before it (مديرية "باقم"، بلدة «الخالصة»). A place noun or a
// preposition before such a mark governs the quoted name as if the mark
// were not there.
func OpenQuote(toks []Token, j int) bool {
	if j < 0 || j+1 >= len(toks) {
		return false
	}
	q := &toks[j]
	if q.Kind != Punct || q.ByteEnd != toks[j+1].Byte || toks[j+1].Kind == Punct {
		return false
	}
	if j > 0 && toks[j-1].ByteEnd == q.Byte {
		return false
	}
	switch q.Norm {
	case `"`, "«", "“", "'":
		return true
	}
	return false
}

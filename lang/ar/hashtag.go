package ar

// HashtagJoin reports whether token j of toks is the underscore that
// joins the words of a hashtag (#ريف_دمشق): written between two tokens
// of a word with no space on either side. Names and phrases read across
// it as across a space.
func HashtagJoin(toks []Token, j int) bool {
	if j <= 0 || j+1 >= len(toks) {
		return false
	}
	u := &toks[j]
	return u.Kind == Punct && u.Norm == "_" && toks[j-1].ByteEnd == u.Byte && toks[j+1].Byte == u.ByteEnd &&
		toks[j-1].Kind != Punct && toks[j+1].Kind != Punct
}

// HashMark reports whether token j of toks is the mark of a hashtag,
// written against the word after it (#صعدة).
func HashMark(toks []Token, j int) bool {
	if j < 0 || j+1 >= len(toks) {
		return false
	}
	h := &toks[j]
	return h.Kind == Punct && h.Norm == "#" && h.ByteEnd == toks[j+1].Byte && toks[j+1].Kind != Punct
}

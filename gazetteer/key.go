package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// appendKey appends ar.Key(name) to dst without allocating beyond dst's
// growth: the names of a whole data file are keyed into one buffer at load
// time. It must agree with ar.Key (see TestAppendKey and FuzzAppendKey).
func appendKey(dst []byte, name string) []byte {
	start := len(dst)
	word := -1 // offset in dst where the current word starts, -1 outside a word
	endWord := func() {
		if word < 0 {
			return
		}
		dst = stripArticle(dst, word)
		word = -1
	}
	for _, r := range name {
		f := ar.FoldRune(r)
		if f < 0 {
			continue
		}
		if isKeySep(f) {
			endWord()
			continue
		}
		if word < 0 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			word = len(dst)
		}
		dst = utf8.AppendRune(dst, f)
	}
	endWord()
	return dst
}

// isKeySep reports whether the folded rune r separates words of a key, as
// in ar.Key.
func isKeySep(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ', r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			return true
		case r == '\'':
			return false
		}
	}
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '\'') || unicode.IsSymbol(r)
}

// articleBytes is the folded definite article.
var articleBytes = []byte{0xd8, 0xa7, 0xd9, 0x84} // ا ل

// stripArticle removes the article from the word dst[word:] when at least
// two letters remain, as ar.StripArticle does.
func stripArticle(dst []byte, word int) []byte {
	w := dst[word:]
	if len(w) < len(articleBytes) || w[0] != articleBytes[0] || w[1] != articleBytes[1] ||
		w[2] != articleBytes[2] || w[3] != articleBytes[3] {
		return dst
	}
	if utf8.RuneCount(w) < 4 {
		return dst
	}
	n := copy(dst[word:], w[len(articleBytes):])
	return dst[:word+n]
}

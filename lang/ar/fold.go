package ar

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldRune maps one rune to its matching form. It returns -1 for runes
// that folding drops (harakat, tatweel, zero-width marks). The rules:
//   - harakat, Quranic marks and tatweel are dropped;
//   - alef with madda, hamza above or below and alef wasla become bare alef;
//   - waw and yeh carrying hamza become a bare hamza (مسؤول and مسئول agree);
//   - alef maksura becomes yeh, ta marbuta becomes heh;
//   - Persian kaf and yeh become their Arabic forms;
//   - Arabic-Indic and Persian digits become ASCII digits;
//   - Latin letters are lower-cased.
func FoldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r == Tatweel || isHaraka(r) || r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f' || r == '\ufeff':
		return -1
	case r == AlefMadda || r == AlefHamzaAbove || r == AlefHamzaBelow || r == AlefWasla:
		return Alef
	case r == WawHamza || r == YehHamza:
		return Hamza
	case r == AlefMaksura || r == FarsiYeh:
		return Yeh
	case r == TehMarbuta:
		return Heh
	case r == Keheh:
		return Kaf
	case r >= ArabicZero && r <= ArabicZero+9:
		return '0' + (r - ArabicZero)
	case r >= PersianZero && r <= PersianZero+9:
		return '0' + (r - PersianZero)
	case r == ArabicDecimalSep:
		return '.'
	case r >= 0x0600 && r <= 0x06FF:
		return r // the rest of the Arabic block has no case
	}
	return unicode.ToLower(r)
}

// Fold returns s in matching form (see FoldRune). It does not strip
// clitics or the article; Key does.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := FoldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// article is the folded definite article ال.
const article = string(Alef) + string(Lam)

// StripArticle removes a leading definite article from a folded word when
// at least two letters remain: "الاسد" becomes "اسد".
func StripArticle(w string) string {
	if strings.HasPrefix(w, article) && hasRunes(w, 4) {
		return w[len(article):]
	}
	return w
}

// Key returns the dictionary key of a phrase: folded, split into words at
// spaces and punctuation, each word without its article, joined by single
// spaces. Gazetteer, actor and lexicon entries are looked up by Key, and
// the tokenizer gives each token the same form (Token.Keys).
func Key(phrase string) string {
	words := strings.FieldsFunc(Fold(phrase), func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '\'') || unicode.IsSymbol(r)
	})
	for i, w := range words {
		words[i] = StripArticle(w)
	}
	return strings.Join(words, " ")
}

package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// isArabicName reports whether s is written in the letters of Arabic
// proper: letters of the Arabic alphabet, harakat, spaces and hyphens.
// Names with Persian, Urdu, Kurdish or Uyghur letters (پ چ گ ی ە ...) or
// with Latin letters are rejected, since GeoNames does not tag the
// language of its alternate names.
func isArabicName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= ar.Hamza && r <= ar.Yeh && r != ar.Tatweel:
			letters++
		case r >= ar.Fathatan && r <= ar.Sukun, r == ar.SuperscriptAlef, r == ar.AlefWasla, r == ar.Tatweel:
		case r == ' ', r == '-', r == '\u200c':
		default:
			return false
		}
	}
	return letters >= 2 && !innerTehMarbuta(s)
}

// innerTehMarbuta reports whether a ta marbuta stands inside a word, a
// sign of Kurdish written with Arabic letters (كةربالا).
func innerTehMarbuta(s string) bool {
	prev := false
	for _, r := range s {
		if prev && r != ' ' && r != '-' {
			return true
		}
		prev = r == ar.TehMarbuta
	}
	return false
}

// arabicNames returns the Arabic names among names, cleaned and without
// repeats of the same spelling.
func arabicNames(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = clean(n)
		if !isArabicName(n) || seen[n] || hasAdminWord(n) {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

// hasAdminWord reports whether n starts with a word for a province
// (محافظة, ولاية, ...): GeoNames lists the province's name among its
// seat's names, and the province has its own entry.
func hasAdminWord(n string) bool {
	for _, w := range adminWords {
		if strings.HasPrefix(n, w+" ") {
			return true
		}
	}
	return false
}

// clean trims s, turns zero-width non-joiners into spaces and collapses
// runs of spaces.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\u200c", " ")
	return strings.Join(strings.Fields(s), " ")
}

// arabicScore rates how likely a spelling is the standard Arabic one: it
// likes a hamza seat or ta marbuta (careful spelling) and dislikes
// harakat, several words, a leading yeh with hamza or doubled alef (other
// languages' spellings) and a final alef maksura or heh.
func arabicScore(s string) int {
	score, careful := 0, false
	for _, r := range s {
		switch {
		case r == ar.AlefHamzaAbove || r == ar.AlefHamzaBelow || r == ar.AlefMadda || r == ar.TehMarbuta:
			careful = true
		case r >= ar.Fathatan && r <= ar.Sukun:
			score -= 3
		case r == ' ':
			score -= 2
		}
	}
	if careful {
		score++
	}
	if first, _ := utf8.DecodeRuneInString(s); first == ar.YehHamza || strings.HasPrefix(s, "اا") {
		score -= 5
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ar.AlefMaksura || last == ar.Heh {
		score--
	}
	return score
}

// pickArabic moves the most standard-looking spelling to the front of
// names (stable for ties).
func pickArabic(names []string) []string {
	best := 0
	for i, n := range names {
		if arabicScore(n) > arabicScore(names[best]) {
			best = i
		}
	}
	if best > 0 {
		names[0], names[best] = names[best], names[0]
	}
	return names
}

// isLatinName reports whether s is a plain name in Latin letters, usable
// as an English alias.
func isLatinName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			letters++
		case unicode.Is(unicode.Latin, r):
			letters++
		case r == ' ', r == '-', r == '\'', r == '.', r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}

// tsvField makes s safe for one TSV field: no tabs, line breaks or the
// alias separator.
func tsvField(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|':
			return ' '
		}
		return r
	}, s)
}

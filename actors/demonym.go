package actors

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// Country is a row of demonyms.tsv: a state's ISO code, its English name
// and adjective, and the Arabic nisba stems its demonyms inflect from.
type Country struct {
	ISO2      string
	Name      string   // English short name: "Iraq"
	Adjective string   // English adjective for generic actors: "Iraqi", "US"
	Stems     []string // Arabic masculine singular nisba: "عراقي"
}

// parseCountry reads one row of demonyms.tsv:
//
//	iso2  name  adjective  nisba stems
func parseCountry(f []string) (*Country, error) {
	f, err := columns(f, 3, 4, "iso2, name, adjective, nisba")
	if err != nil {
		return nil, err
	}
	c := &Country{ISO2: f[0], Name: f[1], Adjective: f[2], Stems: splitList(f[3])}
	if !isISO2(c.ISO2) {
		return nil, fmt.Errorf("bad ISO code %q", c.ISO2)
	}
	if c.Name == "" || c.Adjective == "" {
		return nil, fmt.Errorf("%s: empty name or adjective", c.ISO2)
	}
	return c, nil
}

// isISO2 reports whether s has the shape of an ISO 3166-1 alpha-2 code.
func isISO2(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// nisbaEndings are the inflections generated from a nisba stem, after its
// final yeh is dropped: masculine and feminine singular (folded, so ة is
// ه), masculine plural nominative and oblique, dual nominative and oblique
// of both genders, the adverbial -يا and the feminine plural.
var nisbaEndings = [...]struct {
	suffix []rune
	people bool // a plural or dual of persons, usable alone as a noun
}{
	{[]rune{ar.Yeh}, false},
	{[]rune{ar.Yeh, ar.Heh}, false},
	{[]rune{ar.Yeh, ar.Waw, ar.Noon}, true},
	{[]rune{ar.Yeh, ar.Yeh, ar.Noon}, true},
	{[]rune{ar.Yeh, ar.Alef, ar.Noon}, true},
	{[]rune{ar.Yeh, ar.Teh, ar.Alef, ar.Noon}, false},
	{[]rune{ar.Yeh, ar.Teh, ar.Yeh, ar.Noon}, false},
	{[]rune{ar.Yeh, ar.Alef}, false},
	{[]rune{ar.Yeh, ar.Alef, ar.Teh}, false},
}

// Demonym is one inflected nisba form of a country.
type Demonym struct {
	ISO2 string
	// People is true for forms that name persons when they stand alone:
	// the masculine plural and dual (الإيرانيون, أمريكيين).
	People bool
}

// inflect returns the keys of every inflection of a nisba stem. A stem is
// one or more words; every word ending in yeh takes the same ending, the
// others stay ("جنوب سوداني" gives "جنوب سودانيين"). A stem with no word
// ending in yeh is a fixed form ("روس", "اتراك") and is returned alone.
func inflect(stem string) []struct {
	key    string
	people bool
} {
	type form = struct {
		key    string
		people bool
	}
	words := strings.Fields(ar.Key(stem))
	yeh := string(ar.Yeh)
	nisba := false
	for _, w := range words {
		if isNisba(w) {
			nisba = true
		}
	}
	if !nisba {
		if len(words) == 0 {
			return nil
		}
		return []form{{key: strings.Join(words, " ")}}
	}
	out := make([]form, 0, len(nisbaEndings))
	for _, e := range nisbaEndings {
		var b strings.Builder
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			if !isNisba(w) {
				b.WriteString(w)
				continue
			}
			b.WriteString(strings.TrimSuffix(w, yeh))
			b.WriteString(string(e.suffix))
		}
		out = append(out, form{key: b.String(), people: e.people})
	}
	return out
}

// inflectAll returns the keys of every inflection of a nisba stem, as
// inflect does, and also those of the stem whose first letters, Alef and
// Lam, are its own and not the article (ألماني، ألباني): the text's
// "الألمانية" loses only its article and keeps them, where the key of the
// bare stem has lost them both.
func inflectAll(stem string) []struct {
	key    string
	people bool
} {
	out := inflect(stem)
	folded := ar.Fold(stem)
	if k := ar.Key(stem); strings.HasPrefix(folded, alefLam) && !strings.HasPrefix(k, alefLam) {
		out = append(out, inflect(alefLam+folded)...)
	}
	return out
}

// alefLam is the article's spelling, Alef and Lam.
const alefLam = string(ar.Alef) + string(ar.Lam)

// isNisba reports whether a folded word ends in yeh after at least two
// other letters.
func isNisba(w string) bool {
	return strings.HasSuffix(w, string(ar.Yeh)) && utf8.RuneCountInString(w) >= 3
}

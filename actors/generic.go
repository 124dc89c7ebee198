package actors

import (
	"fmt"
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// Special values of the sector column of generic.tsv and titles.tsv.
const (
	// SectorInherit marks a noun or title that takes its sector from the
	// actor it governs: عناصر داعش, المتحدث باسم الجيش.
	SectorInherit = "-"
	// SectorNone marks a blocking phrase of generic.tsv: not an actor, and
	// no actor is read inside it (قاعدة عين الأسد, المجتمع المدني).
	SectorNone = "none"
	// SectorSkip marks a word of titles.tsv that a title chain passes over:
	// honorifics and modifiers (الشيخ, السابق).
	SectorSkip = "skip"
)

// Country column values of generic.tsv beyond ISO codes.
const (
	countryNone     = ""  // no default country
	countryRequired = "?" // an actor only when a country is found
	// countryOwned: an actor only when a demonym or what the noun governs
	// gives the country; "في" and a state only places it (مواقع في
	// السعودية are sites somewhere, not anyone's).
	countryOwned = "!"
)

// Generic is a row of generic.tsv: a common noun that names an unnamed or
// collective actor ("القوات", "مسلحون", "الحكومة").
type Generic struct {
	Phrase string
	Sector string // a sector, SectorInherit or SectorNone
	Label  string // English label: "military", "militants", "government"
	Number string // "sg", "du", "pl" or ""
	// Country is the default country ("IL" for قوات الاحتلال), "" for none
	// and "?" when the noun is an actor only with a country ("!": one
	// that is its own, not "في" and a state).
	Country string
	// Definite is true when the phrase is written with the article: a
	// text word with the article reads the definite row, one without it
	// the indefinite row, each falling back on the other (الحكومة alone is
	// an actor, حكومة only with a country).
	Definite bool
}

// parseGeneric reads one row of generic.tsv:
//
//	phrase  sector  label  number  country
func parseGeneric(f []string) (*Generic, error) {
	f, err := columns(f, 2, 5, "phrase, sector, label, number, country")
	if err != nil {
		return nil, err
	}
	g := &Generic{Phrase: f[0], Sector: f[1], Label: f[2], Number: f[3], Country: f[4], Definite: hasArticle(f[0])}
	if g.Phrase == "" {
		return nil, fmt.Errorf("empty phrase")
	}
	switch f[1] {
	case "", SectorInherit:
		g.Sector = SectorInherit
	case SectorNone:
	default:
		if !validSector(g.Sector) {
			return nil, fmt.Errorf("%s: unknown sector %q", g.Phrase, g.Sector)
		}
	}
	switch g.Number {
	case "", "sg", "du", "pl":
	default:
		return nil, fmt.Errorf("%s: number %q: want sg, du, pl or -", g.Phrase, g.Number)
	}
	if g.Country != countryNone && g.Country != countryRequired && g.Country != countryOwned && !isISO2(g.Country) {
		return nil, fmt.Errorf("%s: bad country %q", g.Phrase, g.Country)
	}
	if g.Sector != SectorNone && g.Label == "" {
		return nil, fmt.Errorf("%s: empty label", g.Phrase)
	}
	return g, nil
}

// Title is a row of titles.tsv: an office or rank that precedes a
// person's name ("وزير الخارجية", "الرئيس").
type Title struct {
	Phrase string
	Sector string // a sector, SectorInherit or SectorSkip
	Label  string // English title: "Foreign Minister"
	// Country is the default country ("IR" for المرشد الأعلى) or "".
	Country string
	// Org is the canonical name of the entry the office belongs to
	// ("United Nations" for الأمين العام للأمم المتحدة) or "".
	Org string
	// Definite is true when the phrase is written with the article
	// (الرئيس, the president, against رئيس, head of); see Generic.
	Definite bool
}

// parseTitle reads one row of titles.tsv:
//
//	phrase  sector  label  country  org
func parseTitle(f []string) (*Title, error) {
	f, err := columns(f, 2, 5, "phrase, sector, label, country, org")
	if err != nil {
		return nil, err
	}
	t := &Title{Phrase: f[0], Sector: f[1], Label: f[2], Country: f[3], Org: f[4], Definite: hasArticle(f[0])}
	if t.Phrase == "" {
		return nil, fmt.Errorf("empty phrase")
	}
	switch t.Sector {
	case "", SectorInherit:
		t.Sector = SectorInherit
	case SectorSkip:
	default:
		if !validSector(t.Sector) {
			return nil, fmt.Errorf("%s: unknown sector %q", t.Phrase, t.Sector)
		}
	}
	if t.Country != "" && !isISO2(t.Country) {
		return nil, fmt.Errorf("%s: bad country %q", t.Phrase, t.Country)
	}
	if t.Sector != SectorSkip && t.Label == "" {
		return nil, fmt.Errorf("%s: empty label", t.Phrase)
	}
	return t, nil
}

// hasArticle reports whether the first word of a phrase carries the
// article.
func hasArticle(phrase string) bool {
	w, _, _ := strings.Cut(ar.Fold(strings.TrimSpace(phrase)), " ")
	return ar.StripArticle(w) != w
}

// lastHasArticle reports whether the last word of phrase, of two words
// or more, begins with the article.
func lastHasArticle(phrase string) bool {
	f := strings.Fields(ar.Fold(phrase))
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-1]
	return ar.StripArticle(w) != w
}

// capitalize upper-cases the first letter of an ASCII label.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

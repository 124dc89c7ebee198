package actors

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// genericAt composes the generic noun matched by gm with what follows it:
//
//   - a demonym agreeing with it in definiteness (القوات الأمريكية,
//     مسؤولان أمريكيان, قوات سوريا), directly or after one definite word
//     (قوات الأمن العراقية);
//   - in construct (the noun without article), a person (قوات الأسد: the
//     person's country), a state (حكومة العراق) or an organisation, maybe
//     quoted (عناصر داعش, تنظيم "داعش": the organisation itself);
//   - a generic phrase it governs (عناصر الشرطة العراقية);
//   - "في" and a state (مسلحون في العراق), which sets the country but
//     stays out of the span.
//
// Without any of these, the noun's default country applies; a noun that
// requires a country, or takes its sector from what it governs, is then
// no actor. depth bounds the nesting of generic phrases.
func (d *Dict) genericAt(x *ar.Text, gm match, depth int) result {
	g := d.genericOf(x, gm)
	an := d.anchor(x, gm, g, depth)
	switch {
	case an.org != nil:
		men := d.mention(x, gm.first, an.last, gm.ki, an.org.Actor())
		men.Entry = an.org
		return result{m: men, ok: true, last: an.last}
	case an.inner.ok:
		return d.extend(x, an.inner, gm)
	}
	country, sector := an.country, g.Sector
	if sector == SectorInherit {
		sector = an.sector
	}
	if country == "" {
		switch {
		case g.Country == countryRequired || g.Country == countryOwned:
			return result{}
		case isISO2(g.Country):
			country = g.Country
		}
	}
	if sector == SectorInherit || sector == "" {
		return result{}
	}
	var name string
	switch {
	case an.in:
		name = capitalize(g.Label) + " in " + d.countryName(country)
	case country != "":
		name = d.adjective(country) + " " + g.Label
	default:
		name = capitalize(g.Label)
	}
	if e := d.byName[name]; e != nil && e.Kind == KindOrg {
		men := d.mention(x, gm.first, an.last, gm.ki, e.Actor())
		men.Entry = e
		return result{m: men, ok: true, last: an.last}
	}
	a := hadath.Actor{Name: name, Country: country, Sector: sector, Generic: true, Kind: KindOrg}
	if g.Number == "sg" {
		a.Kind = KindPerson
	}
	men := d.mention(x, gm.first, an.last, gm.ki, a)
	men.Number = g.Number
	return result{m: men, ok: true, last: an.last}
}

// anchor is what follows a generic noun and decides its actor.
type anchor struct {
	country string // from a demonym, a state or a person
	sector  string // a person's sector, for nouns that inherit it
	in      bool   // the country came from "في" and a state
	last    int    // the token after the composed phrase
	org     *Entry // the noun names this organisation (عناصر داعش)
	inner   result // the noun governs this generic phrase
}

// anchor reads what follows the generic noun g matched by gm; see
// genericAt.
func (d *Dict) anchor(x *ar.Text, gm match, g *Generic, depth int) anchor {
	an := anchor{last: gm.last}
	noun := &x.Tokens[gm.last-1]
	j := gm.last
	if q := skipJoiner(x.Tokens, j); q > j && sameSent(x, gm.first, q) && !definite(noun) {
		if nm, ok := d.name(x, q, bitName|bitWeak); ok && nm.ki == 0 {
			if e := d.entryOf(x, nm, bitName|bitWeak); e.Kind == KindOrg {
				an.org, an.last = e, nm.last
				return an
			}
		}
	}
	if !sameSent(x, gm.first, j) {
		return an
	}
	next := &x.Tokens[j]
	if dm, ok := d.trie.longest(x, j, bitDemonym); ok && dm.ki == 0 && definite(noun) == definiteIn(x, next) {
		an.country, an.last = d.trie.nodes[dm.node].demonym.ISO2, dm.last
		return an
	}
	if nm, ok := d.name(x, j, bitName|bitWeak); ok && nm.ki == 0 && !definite(noun) {
		e := d.entryOf(x, nm, bitName|bitWeak)
		if e.Kind == KindOrg {
			an.org, an.last = e, nm.last
		} else {
			an.country, an.sector, an.last = e.Country, e.Sector, nm.last
		}
		return an
	}
	// Only a noun without the article governs the noun after it (عناصر
	// الشرطة): "الدفاعات الجوية طائرة" is two phrases.
	if r := d.governed(x, j, g, depth); r.ok && !definite(noun) {
		an.inner = r
		return an
	}
	if bareDefinite(next) && !definite(noun) && sameSent(x, gm.first, j+1) && definite(&x.Tokens[j+1]) {
		if dm, ok := d.trie.longest(x, j+1, bitDemonym); ok && dm.ki == 0 {
			an.country, an.last = d.trie.nodes[dm.node].demonym.ISO2, dm.last
			return an
		}
	}
	if next.Norm == ofPrep && sameSent(x, gm.first, j+1) && members(g) {
		// "مسلحون من حركة الشباب"، "عناصر من قوات النظام": some of a
		// force or group are that force or group.
		if nm, ok := d.name(x, j+1, bitName); ok && nm.ki == 0 {
			if e := d.entryOf(x, nm, bitName); e.Kind == KindOrg && (e.Sector == g.Sector || g.Sector == SectorInherit) {
				an.org, an.last = e, nm.last
				return an
			}
		}
		if r := d.governed(x, j+1, g, depth); r.ok {
			an.inner = r
			return an
		}
	}
	if next.Norm == fi && sameSent(x, gm.first, j+1) && g.Country != countryOwned {
		if nm, ok := d.name(x, j+1, bitName); ok && nm.ki == 0 {
			if e := d.entryOf(x, nm, bitName); e.Kind == KindState {
				an.country, an.in = e.Country, true
			}
		}
	}
	return an
}

// bareDefinite reports whether t is a word with the article and no
// preposition before it: the noun a generic noun governs (قوات الأمن
// العراقية، وزيرا الدفاع والمالية الأردنيان), not a word after a
// preposition (وزير الخارجية بالرئيس المصري: the adjective is the
// president's).
func bareDefinite(t *ar.Token) bool {
	w, _ := cutRune(t.Norm, ar.Waw, ar.Feh)
	return t.Kind == ar.Word && (strings.HasPrefix(t.Norm, article) || strings.HasPrefix(w, article))
}

// governed reads the generic phrase at token j that generic noun g
// governs, when g takes its sector or has the phrase's: "عناصر الشرطة
// العراقية", "عناصر من الشرطة العراقية". depth bounds the nesting.
func (d *Dict) governed(x *ar.Text, j int, g *Generic, depth int) result {
	im, ok := d.trie.longest(x, j, bitGeneric)
	if !ok || im.ki != 0 || depth <= 0 || d.genericOf(x, im).Sector == SectorNone {
		return result{}
	}
	if r := d.genericAt(x, im, depth-1); r.ok && (g.Sector == SectorInherit || r.m.Actor.Sector == g.Sector) {
		return r
	}
	return result{}
}

// members reports whether generic noun g names members of a force or
// group, who may be named as some "of" it (من): fighters, gunmen,
// soldiers, policemen, or members of whatever they belong to.
func members(g *Generic) bool {
	switch g.Sector {
	case SectorInherit, hadath.SectorArmedGroup, hadath.SectorMilitary, hadath.SectorPolice:
		return true
	}
	return false
}

// ofPrep is the folded preposition من.
const ofPrep = string(ar.Meem) + string(ar.Noon)

// fi is the folded preposition في.
const fi = string(ar.Feh) + string(ar.Yeh)

// extend widens the mention of r to start at the phrase of gm.
func (d *Dict) extend(x *ar.Text, r result, gm match) result {
	m := d.mention(x, gm.first, r.m.Last, gm.ki, r.m.Actor)
	m.Entry, m.Number = r.m.Entry, r.m.Number
	return result{m: m, ok: true, last: r.last}
}

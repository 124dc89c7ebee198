package actors

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// genericAt composes the generic noun matched by gm with what follows it:
//
//   - a demonym agreeing with it in definiteness (القوات الأمريكية,
//     مسؤولان أمريكيان, قوات سوريا), directly or after one definite word
//     (قوات الأمن العراقية);
//   - in construct (the noun without article), a person (قوات الأسد: the
//     person's country), a state (حكومة العراق) or an organisation
//     (عناصر داعش: the organisation itself);
//   - a generic phrase it governs (عناصر الشرطة العراقية);
//   - "في" and a state (مسلحون في العراق), which sets the country but
//     stays out of the span.
//
// Without any of these, the noun's default country applies; a noun that
// requires a country or takes its sector from what it governs is then no
// actor.
func (d *Dict) genericAt(x *ar.Text, gm match, depth int) result {
	g := d.genericOf(x, gm)
	noun := &x.Tokens[gm.last-1]
	j, last := gm.last, gm.last
	country, sector, in := "", g.Sector, false
	anchored := false
	if sameSent(x, gm.first, j) {
		if dm, ok := d.trie.longest(x, j, bitDemonym); ok && dm.ki == 0 && definite(noun) == definite(&x.Tokens[j]) {
			country, last, anchored = d.trie.nodes[dm.node].demonym.ISO2, dm.last, true
		} else if nm, ok := d.name(x, j, bitName|bitWeak); ok && nm.ki == 0 && !definite(noun) {
			e := d.entryOf(nm)
			if e.Kind == KindOrg {
				men := d.mention(x, gm.first, nm.last, gm.ki, e.Actor())
				men.Entry = e
				return result{m: men, ok: true, last: nm.last}
			}
			country, last, anchored = e.Country, nm.last, true
			if sector == SectorInherit {
				sector = e.Sector
			}
		} else if im, ok := d.trie.longest(x, j, bitGeneric); ok && im.ki == 0 && depth > 0 && d.genericOf(x, im).Sector != SectorNone {
			inner := d.genericAt(x, im, depth-1)
			if inner.ok && (g.Sector == SectorInherit || inner.m.Actor.Sector == g.Sector) {
				return d.extend(x, inner, gm)
			}
		}
		if !anchored && definite(&x.Tokens[j]) && sameSent(x, gm.first, j+1) && definite(&x.Tokens[j+1]) {
			if dm, ok := d.trie.longest(x, j+1, bitDemonym); ok && dm.ki == 0 {
				country, last, anchored = d.trie.nodes[dm.node].demonym.ISO2, dm.last, true
			}
		}
		if !anchored && x.Tokens[j].Norm == fi && sameSent(x, gm.first, j+1) {
			if nm, ok := d.name(x, j+1, bitName); ok && nm.ki == 0 && d.entryOf(nm).Kind == KindState {
				country, in = d.entryOf(nm).Country, true
			}
		}
	}
	if country == "" {
		switch {
		case g.Country == countryRequired:
			return result{}
		case isISO2(g.Country):
			country = g.Country
		}
	}
	if sector == SectorInherit {
		return result{}
	}
	var name string
	switch {
	case in:
		name = capitalize(g.Label) + " in " + d.countryName(country)
	case country != "":
		name = d.adjective(country) + " " + g.Label
	default:
		name = capitalize(g.Label)
	}
	if e := d.byName[name]; e != nil && e.Kind == KindOrg {
		men := d.mention(x, gm.first, last, gm.ki, e.Actor())
		men.Entry = e
		return result{m: men, ok: true, last: last}
	}
	a := hadath.Actor{Name: name, Country: country, Sector: sector, Generic: true, Kind: KindOrg}
	if g.Number == "sg" {
		a.Kind = KindPerson
	}
	men := d.mention(x, gm.first, last, gm.ki, a)
	men.Number = g.Number
	return result{m: men, ok: true, last: last}
}

// fi is the folded preposition في.
const fi = string(ar.Feh) + string(ar.Yeh)

// extend widens the mention of r to start at the phrase of gm.
func (d *Dict) extend(x *ar.Text, r result, gm match) result {
	m := d.mention(x, gm.first, r.m.Last, gm.ki, r.m.Actor)
	m.Entry, m.Number = r.m.Entry, r.m.Number
	return result{m: m, ok: true, last: r.last}
}

// titleAt reads a title chain starting with the title matched by tm: the
// title, then in any order demonyms, an organisation or state it belongs
// to (in construct or after ل), modifiers and honorifics (السابق, الأمير),
// one comma, and a person's name. With a name the mention is the person,
// spanning from the title; without one it is the office as a generic
// person ("Iranian Foreign Minister"), when a country or organisation is
// known.
func (d *Dict) titleAt(x *ar.Text, tm match) result {
	t := d.trie.nodes[tm.node].titleFor(definite(&x.Tokens[tm.first]))
	i, j, last := tm.first, tm.last, tm.last
	prev := &x.Tokens[tm.last-1] // the word the next adjective agrees with
	country, org := t.Country, d.byName[t.Org]
	var anchor *hadath.Actor
	commas := 0
	for step := 0; step < 8 && j < len(x.Tokens) && x.Tokens[j].Sent == x.Tokens[i].Sent; step++ {
		tok := &x.Tokens[j]
		if tok.Kind == ar.Punct {
			if (tok.Norm == "،" || tok.Norm == ",") && commas == 0 {
				commas++
				j++
				continue
			}
			break
		}
		if tok.Kind == ar.Number {
			break
		}
		if nm, ok := d.name(x, j, bitName|bitWeak); ok && (nm.ki == 0 || lamProclitic(tok, nm.ki)) {
			e := d.entryOf(nm)
			if e.Kind == KindPerson && nm.ki == 0 {
				men := d.mention(x, i, nm.last, tm.ki, e.Actor())
				men.Entry = e
				return result{m: men, ok: true, last: nm.last}
			}
			if e.Kind != KindPerson && org == nil && anchor == nil && (nm.ki > 0 || !definite(prev)) {
				if e.Kind == KindState {
					country = e.Country
				} else {
					org = e
				}
				j, last, prev = nm.last, nm.last, &x.Tokens[nm.last-1]
				continue
			}
			break
		}
		if dm, ok := d.trie.longest(x, j, bitDemonym); ok && dm.ki == 0 && definite(prev) == definite(tok) {
			if country == "" {
				country = d.trie.nodes[dm.node].demonym.ISO2
			}
			j, last, prev = dm.last, dm.last, &x.Tokens[dm.last-1]
			continue
		}
		if tt, ok := d.trie.longest(x, j, bitTitle); ok && tt.ki == 0 {
			j, prev = tt.last, &x.Tokens[tt.last-1]
			continue
		}
		if gm, ok := d.trie.longest(x, j, bitGeneric); ok && (gm.ki == 0 || lamProclitic(tok, gm.ki)) && org == nil && anchor == nil {
			if d.genericOf(x, gm).Sector == SectorNone {
				break
			}
			if r := d.genericAt(x, gm, 1); r.ok {
				if r.m.Entry != nil {
					org = r.m.Entry
				} else {
					a := r.m.Actor
					anchor = &a
				}
				j, last, prev = r.last, r.last, &x.Tokens[r.last-1]
				continue
			}
		}
		break
	}
	if t.Sector == SectorSkip {
		return result{}
	}
	a := hadath.Actor{Sector: t.Sector, Generic: true, Kind: KindPerson}
	switch {
	case org != nil:
		a.Name, a.Country = org.Name+" "+t.Label, org.Country
		if a.Sector == SectorInherit {
			a.Sector = org.Sector
		}
	case anchor != nil:
		a.Name, a.Country = anchor.Name+" "+t.Label, anchor.Country
		if a.Sector == SectorInherit {
			a.Sector = anchor.Sector
		}
	case country != "":
		a.Name, a.Country = d.adjective(country)+" "+t.Label, country
		if a.Sector == SectorInherit {
			a.Sector = hadath.SectorGovernment
		}
	default:
		return result{}
	}
	men := d.mention(x, i, last, tm.ki, a)
	return result{m: men, ok: true, last: last}
}

// lamProclitic reports whether key ki of a token strips exactly the
// preposition ل (with or without the article after it): لحزب الله,
// للأمم المتحدة.
func lamProclitic(t *ar.Token, ki int) bool {
	p := t.Proclitics(ki)
	return p == string(ar.Lam) || p == lamLam
}

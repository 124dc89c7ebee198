package actors

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"strings"
	"unicode/utf8"
)

// titleAt reads a title chain starting with the title matched by tm: the
// title, then in any order demonyms, an organisation or state it belongs
// to (in construct or after ل), modifiers and honorifics (السابق, الأمير),
// one comma, and a person's name. With a name the mention is the person,
// spanning from the title; without one it is the office as a generic
// person ("Iranian Foreign Minister"), when a country or organisation is
// known.
func (d *Dict) titleAt(x *ar.Text, tm match) result {
	t := d.trie.nodes[tm.node].titleFor(keyDefinite(&x.Tokens[tm.first], tm.ki))
	i, j, last := tm.first, tm.last, tm.last
	prev := &x.Tokens[tm.last-1] // the word the next adjective agrees with
	country, org := t.Country, d.byName[t.Org]
	var anchor *hadath.Actor
	commas := 0
	owned := false // a demonym, state or organisation has been read
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
			e := d.entryOf(x, nm, bitName|bitWeak)
			if e.Kind == KindPerson && nm.ki == 0 && nm.last == j+1 && d.familyNameAt(x, nm.last) {
				break // "الشيخ عباس الجوهري": a name of one word that goes on is another's
			}
			if e.Kind == KindPerson && nm.ki == 0 {
				men := d.mention(x, i, nm.last, tm.ki, e.Actor())
				men.Entry = e
				return result{m: men, ok: true, last: nm.last}
			}
			// An office that has its country already is not also the
			// office of a state after ل: "زيارة الرئيس الكوري للمغرب"
			// is a visit to Morocco.
			if e.Kind != KindPerson && org == nil && anchor == nil && (nm.ki > 0 || !definite(prev)) && !(owned && nm.ki > 0) {
				if e.Kind == KindState {
					country = e.Country
				} else {
					org = e
				}
				j, last, prev, owned = nm.last, nm.last, &x.Tokens[nm.last-1], true
				continue
			}
			break
		}
		if dm, ok := d.trie.longest(x, j, bitDemonym); ok && dm.ki == 0 && definite(prev) == definiteIn(x, tok) {
			if country == "" {
				country = d.trie.nodes[dm.node].demonym.ISO2
			}
			j, last, prev, owned = dm.last, dm.last, &x.Tokens[dm.last-1], true
			continue
		}
		if tt, ok := d.trie.longest(x, j, bitTitle); ok && tt.ki == 0 {
			if owned && tt.last < len(x.Tokens) {
				// An office already given its country, then another
				// with a country of its own, is a second person: "ولي
				// العهد السعودي الرئيس الفرنسي ماكرون". A rank or
				// honorific in between stays: "العاهل الأردني الملك".
				if dm, ok := d.trie.longest(x, tt.last, bitDemonym); ok && dm.ki == 0 {
					break
				}
			}
			j, prev = tt.last, &x.Tokens[tt.last-1]
			continue
		}
		// A definite word governs no noun after it: "الوزير المصري
		// الحكومة" ends at the adjective, and the government is another
		// party (the object of the verb before).
		if gm, ok := d.trie.longest(x, j, bitGeneric); ok && (gm.ki == 0 && !definite(prev) || gm.ki > 0 && lamProclitic(tok, gm.ki)) && org == nil && anchor == nil {
			if g := d.genericOf(x, gm); g.Sector == SectorNone || gm.ki > 0 && people(g) {
				// After ل, people are whom the office speaks to, not
				// what it belongs to: "صرح الوزير للصحفيين".
				break
			}
			if r := d.genericAt(x, gm, 1); r.ok {
				if r.m.Entry != nil {
					org = r.m.Entry
				} else {
					a := r.m.Actor
					anchor = &a
				}
				j, last, prev, owned = r.last, r.last, &x.Tokens[r.last-1], true
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

// people reports whether g names people counted one by one (sg, du or
// pl) who hold no office: civilians, protesters, journalists.
func people(g *Generic) bool {
	switch g.Sector {
	case hadath.SectorCivilians, hadath.SectorProtesters, hadath.SectorMedia:
		return g.Number == "sg" || g.Number == "du" || g.Number == "pl"
	}
	return false
}

// lamProclitic reports whether key ki of a token strips exactly the
// preposition ل (with or without the article after it): لحزب الله,
// للأمم المتحدة.
func lamProclitic(t *ar.Token, ki int) bool {
	p := t.Proclitics(ki)
	return p == string(ar.Lam) || p == lamLam
}

// familyNameAt reports whether token k, in the sentence of the token
// before it, is a family name of the shape of a definite nisba that the
// dictionary does not read as a demonym (الجوهري، الحسيني): the name
// before it goes on, and names someone else than a one-word alias would.
func (d *Dict) familyNameAt(x *ar.Text, k int) bool {
	if k <= 0 || k >= len(x.Tokens) || x.Tokens[k].Sent != x.Tokens[k-1].Sent || x.Tokens[k].Kind != ar.Word {
		return false
	}
	t := &x.Tokens[k]
	if !definiteIn(x, t) || !strings.HasSuffix(t.Norm, string(ar.Yeh)) || utf8.RuneCountInString(t.Key()) < 4 {
		return false
	}
	if _, ok := d.trie.longest(x, k, bitDemonym); ok {
		return false
	}
	_, ok := d.trie.longest(x, k, bitName|bitTitle|bitGeneric)
	return !ok
}

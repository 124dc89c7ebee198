package actors

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// Resolve turns what a user typed to name an actor, in either language
// ("Kataib Hezbollah", "كتائب حزب الله", "US forces", "القوات الأمريكية"),
// into the references a store filters on: every named actor the words
// name (by its canonical name, any alias or spelling), or the country and
// sector of a generic actor. Text it does not know is kept as a name, so
// that actors outside the dictionary can still be found.
func (d *Dict) Resolve(analyzer *ar.Analyzer, s string) []hadath.ActorRef {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	refs := []hadath.ActorRef{{Name: s, NameAr: s}}
	seen := map[string]bool{}
	add := func(r hadath.ActorRef) {
		k := r.Name + "\x00" + r.Country + "\x00" + r.Sector
		if !seen[k] {
			seen[k] = true
			refs = append(refs, r)
		}
	}
	for _, e := range d.Lookup(ar.Key(s)) {
		add(hadath.ActorRef{Name: e.Name, NameAr: e.NameAr})
	}
	x := analyzer.Analyze(s)
	for _, m := range d.Find(x) {
		if m.First != 0 || m.Last != len(x.Tokens) {
			continue // only a phrase that is the whole query
		}
		a := m.Actor
		if a.Generic {
			add(hadath.ActorRef{Country: a.Country, Sector: a.Sector})
		} else {
			add(hadath.ActorRef{Name: a.Name, NameAr: a.NameAr})
		}
	}
	if generic := englishGeneric(d, s); generic != nil {
		add(*generic)
	}
	return refs
}

// englishGeneric reads English generic phrases of the form "DEMONYM or
// COUNTRY NOUN" ("US forces", "Iraqi army", "Israeli police") as a country
// and sector.
func englishGeneric(d *Dict, s string) *hadath.ActorRef {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 {
		return nil
	}
	sector, ok := englishSectors[words[len(words)-1]]
	if !ok {
		return nil
	}
	place := strings.Join(words[:len(words)-1], " ")
	for _, c := range d.countries {
		for _, n := range []string{c.Name, c.Adjective, c.ISO2} {
			if strings.ToLower(n) == place {
				return &hadath.ActorRef{Country: c.ISO2, Sector: sector}
			}
		}
	}
	return nil
}

// englishSectors maps the head nouns of English generic actors to sectors.
var englishSectors = map[string]string{
	"forces": hadath.SectorMilitary, "military": hadath.SectorMilitary, "army": hadath.SectorMilitary,
	"troops": hadath.SectorMilitary, "soldiers": hadath.SectorMilitary, "police": hadath.SectorPolice,
	"government": hadath.SectorGovernment, "authorities": hadath.SectorGovernment,
	"civilians": hadath.SectorCivilians, "protesters": hadath.SectorProtesters,
}

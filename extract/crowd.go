package extract

import (
	"strings"

	"github.com/hadath/hadath"
)

// Crowds struck or held. A story of protests tells of the people its
// forces shoot, beat or arrest as "فلسطينيين"، "أشخاص": civilians by the
// word, protesters by the story ("قتل 25 فلسطينيا برصاص الجيش قرب السياج"
// in a story of the marches there). crowdTargets reads them as the
// protesters of their country.

// crowdTargets makes the target of each attack by fire, clash or beating,
// and each arrest, that falls on people of a country whose protesters
// the story's own protests name, those protesters. Attacks from the air
// or by bombs, and attacks by armed groups or by no one named, keep their
// civilians: a story of protests also tells of strikes on towns, and of
// the crime that set them off.
func (e *Extractor) crowdTargets(cs []*cand) {
	var countries []string
	for _, c := range cs {
		if !c.dead && c.typ == hadath.Protest && c.actor != nil && c.actor.Sector == hadath.SectorProtesters && c.actor.Country != "" {
			countries = append(countries, c.actor.Country)
		}
	}
	if len(countries) == 0 {
		return
	}
	for _, c := range cs {
		t := c.target
		if c.dead || t == nil || !t.Generic || t.Sector != hadath.SectorCivilians || !anyone(t) || !crowdHandled(c) {
			continue
		}
		for _, country := range countries {
			if t.Country == country {
				a := *e.genericActor(country, hadath.SectorProtesters)
				a.Span, a.Kind = t.Span, t.Kind
				c.target = &a
				break
			}
		}
	}
}

// crowdHandled reports whether c is what forces do to a crowd: an attack
// by fire, in a clash or by beating, or with no method named, by forces
// of a state (a killing no one is said to have done may be what set off
// the protests: "مقتل رجل ألماني" before the marches it stirred); or an
// arrest.
func crowdHandled(c *cand) bool {
	switch c.typ {
	case hadath.Assault:
		switch c.method {
		case "", methodGunfire, "clash", "beating":
		default:
			return false
		}
		return c.actor != nil && stateSector(c.actor.Sector)
	case hadath.Coerce:
		return c.method == "" || c.method == methodArrest
	}
	return false
}

// anyone reports whether generic civilians a are people named as no more
// than people of their country (فلسطينيين، أشخاص، مواطنين، سكان), not a
// group a protest does not make protesters (مصلين، عمال، أطفال), nor one
// man (رجل، شاب): one man struck is seldom a crowd.
func anyone(a *hadath.Actor) bool {
	n := strings.ToLower(a.Name) // "Civilians" before the record names them "Jordanian civilians"
	for _, w := range anyoneNames {
		if n == w || strings.HasSuffix(n, " "+w) {
			return true
		}
	}
	return false
}

// anyoneNames are the endings of the names actors/generic.tsv gives people
// named as no more than people.
var anyoneNames = []string{"civilians", "civilian", "person", "people", "residents", "men", "youths"}

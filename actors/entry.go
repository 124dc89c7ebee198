package actors

import (
	"fmt"
	"strings"

	"github.com/hadath/hadath"
)

// Actor kinds.
const (
	KindPerson = "PER" // a person
	KindOrg    = "ORG" // an organisation, institution or group
	KindState  = "GPE" // a state as a whole
)

// Entry is a named actor of the dictionary: a state, an institution, an
// armed group, a medium or a person.
type Entry struct {
	Name, NameAr string
	// Aliases are other names in both languages, matched anywhere.
	Aliases []string
	// Weak are names matched only right after a title or a generic noun
	// ("الرئيس هادي", "قوات هادي"), because alone they are common words or
	// shared by several people.
	Weak            []string
	Country, Sector string
	Kind            string // KindPerson, KindOrg or KindState
	BackedBy        []string
	Org             string // for persons: canonical Name of the organisation or government they belong to
	Title           string // for persons: English title
	src             string // file:line the entry came from
}

// Actor returns the entry as a named actor record, without a span. Its
// BackedBy shares memory with the entry and must not be modified.
func (e *Entry) Actor() hadath.Actor {
	return hadath.Actor{
		Name:     e.Name,
		NameAr:   e.NameAr,
		Country:  e.Country,
		Sector:   e.Sector,
		BackedBy: e.BackedBy,
		Kind:     e.Kind,
	}
}

// String returns the canonical name with its country and sector, for
// messages and debugging.
func (e *Entry) String() string {
	return fmt.Sprintf("%s (%s, %s, %s)", e.Name, e.Country, e.Sector, e.Kind)
}

// Names returns every name of the entry: canonical names, aliases and
// weak aliases.
func (e *Entry) Names() []string {
	out := make([]string, 0, 2+len(e.Aliases)+len(e.Weak))
	if e.Name != "" {
		out = append(out, e.Name)
	}
	if e.NameAr != "" {
		out = append(out, e.NameAr)
	}
	out = append(out, e.Aliases...)
	return append(out, e.Weak...)
}

// parseEntry reads one row of actors.tsv:
//
//	name  name_ar  country  sector  kind  backed_by  org  title  aliases
func parseEntry(f []string) (*Entry, error) {
	f, err := columns(f, 5, 9, "name, name_ar, country, sector, kind, backed_by, org, title, aliases")
	if err != nil {
		return nil, err
	}
	e := &Entry{
		Name:    f[0],
		NameAr:  f[1],
		Country: f[2],
		Sector:  f[3],
		Kind:    f[4],
		Org:     f[6],
		Title:   f[7],
	}
	if e.Name == "" {
		return nil, fmt.Errorf("empty name")
	}
	if !validSector(e.Sector) {
		return nil, fmt.Errorf("%s: unknown sector %q", e.Name, e.Sector)
	}
	switch e.Kind {
	case KindPerson, KindOrg, KindState:
	default:
		return nil, fmt.Errorf("%s: unknown kind %q (want PER, ORG or GPE)", e.Name, e.Kind)
	}
	if f[5] != "" {
		e.BackedBy = splitList(f[5])
	}
	for _, a := range splitList(f[8]) {
		if w, ok := strings.CutPrefix(a, "~"); ok {
			if w = strings.TrimSpace(w); w != "" {
				e.Weak = append(e.Weak, w)
			}
			continue
		}
		e.Aliases = append(e.Aliases, a)
	}
	return e, nil
}

// validSector reports whether s is one of the sectors of docs/format.md.
func validSector(s string) bool {
	switch s {
	case hadath.SectorGovernment, hadath.SectorMilitary, hadath.SectorPolice,
		hadath.SectorArmedGroup, hadath.SectorParty, hadath.SectorCivilians,
		hadath.SectorProtesters, hadath.SectorIGO, hadath.SectorNGO,
		hadath.SectorMedia, hadath.SectorBusiness, hadath.SectorOther:
		return true
	}
	return false
}

// splitList splits a | separated column, trimming blanks and dropping
// empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && p != "-" {
			out = append(out, p)
		}
	}
	return out
}

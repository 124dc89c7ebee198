// Package actors is hadath's actor dictionary and the finder of actor
// mentions in Arabic text: named states, institutions, armed groups,
// media and persons, and the generic actors composed from common nouns,
// demonyms and titles ("القوات الأمريكية", "وزير الخارجية الإيراني").
//
// The data are human-readable TSV files embedded in the binary (see
// README.md); Load reads more files of the same names from directories.
package actors

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// Dict is the loaded actor dictionary. It is built once by Load and then
// only read, so it is safe for concurrent use.
type Dict struct {
	entries     []*Entry
	byName      map[string]*Entry // canonical English name → entry
	countries   map[string]*Country
	countryList []*Country
	generics    []*Generic
	titles      []*Title
	coalitions  map[string]string // country → coalition name (coalitions.tsv)
	canonical   map[string]string // a generic actor's lower-case name → organisation (canonical.tsv)
	names       nameWords         // words of names not listed (names.tsv)
	trie        *trie
	offices     map[string][]*Entry // "country|office class" → persons (counterparts)
	states      map[string]*Entry   // country → its state's entry
	orgs        map[string]*Entry   // lower-cased English name or alias → organisation
	proper      map[string]bool     // generic labels that are proper names (Yazidis): kept capitalized
}

// Entries returns the named entries in data order.
func (d *Dict) Entries() []*Entry { return d.entries }

// Entry returns the entry with canonical English name name, or nil.
func (d *Dict) Entry(name string) *Entry { return d.byName[name] }

// Country returns the country with ISO code iso2, or nil.
func (d *Dict) Country(iso2 string) *Country { return d.countries[iso2] }

// Generics returns the generic nouns in data order.
func (d *Dict) Generics() []*Generic { return d.generics }

// Titles returns the titles in data order.
func (d *Dict) Titles() []*Title { return d.titles }

// Lookup returns the named entries filed under key (see ar.Key) by any of
// their names, aliases or weak aliases; names and aliases first.
func (d *Dict) Lookup(key string) []*Entry {
	id := d.trie.find(key)
	if id < 0 {
		return nil
	}
	n := &d.trie.nodes[id]
	if len(n.weak) == 0 {
		return n.names
	}
	out := make([]*Entry, 0, len(n.names)+len(n.weak))
	out = append(out, n.names...)
	for _, e := range n.weak {
		if !containsEntry(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// Prefix reports whether some name key starts with key followed by a
// space, so that a longer name may still match.
func (d *Dict) Prefix(key string) bool {
	id := d.trie.find(key)
	return id >= 0 && d.trie.nodes[id].below&(bitName|bitWeak) != 0
}

// Coalition returns the coalition a bare "التحالف" means in a story set
// in the country with code iso2 (coalitions.tsv), or nil.
func (d *Dict) Coalition(iso2 string) *Entry {
	if name, ok := d.coalitions[iso2]; ok {
		return d.byName[name]
	}
	return nil
}

// Demonym returns the country of an inflected nisba key ("امريكيين",
// "كوريه شماليه"); ok is false when key is none.
func (d *Dict) Demonym(key string) (iso2 string, ok bool) {
	id := d.trie.find(key)
	if id < 0 || d.trie.nodes[id].kinds&bitDemonym == 0 {
		return "", false
	}
	return d.trie.nodes[id].demonym.ISO2, true
}

// build indexes the loaded rows into the trie.
func (d *Dict) build() {
	t := newTrie()
	for _, c := range d.countryList {
		for _, stem := range c.Stems {
			for _, f := range inflectAll(stem) {
				id := t.insert(f.key, bitDemonym)
				t.nodes[id].demonym = Demonym{ISO2: c.ISO2, People: f.people}
			}
		}
	}
	d.proper = map[string]bool{}
	for _, g := range d.generics {
		if g.Label != "" && g.Label[0] >= 'A' && g.Label[0] <= 'Z' {
			d.proper[g.Label] = true
		}
		if id := t.insert(ar.Key(g.Phrase), bitGeneric); id >= 0 {
			t.nodes[id].generic[b2i(g.Definite)] = g
		}
	}
	for _, ti := range d.titles {
		if id := t.insert(ar.Key(ti.Phrase), bitTitle); id >= 0 {
			t.nodes[id].title[b2i(ti.Definite)] = ti
		}
	}
	// file inserts name for entry e as a strong name or a weak alias.
	file := func(e *Entry, name string, kind uint8) {
		id := t.insert(ar.Key(name), kind)
		if id < 0 {
			return
		}
		n := &t.nodes[id]
		bit := uint8(1) << b2i(hasArticle(name))
		n.article |= bit
		n.lastArt |= uint8(1) << b2i(lastHasArticle(name))
		if kind == bitWeak {
			n.weak, n.weakArt = addEntry(n.weak, n.weakArt, e, bit)
		} else {
			n.names, n.nameArt = addEntry(n.names, n.nameArt, e, bit)
		}
	}
	for _, e := range d.entries {
		file(e, e.Name, bitName)
		file(e, e.NameAr, bitName)
		for _, name := range e.Aliases {
			file(e, name, bitName)
		}
		for _, name := range e.Weak {
			file(e, name, bitWeak)
		}
	}
	t.seal()
	d.trie = t
	d.names.seal()
	d.indexOffices()
	d.orgs = map[string]*Entry{}
	for _, e := range d.entries {
		if e.Kind != KindOrg {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := strings.ToLower(n); isASCII(k) && d.orgs[k] == nil {
				d.orgs[k] = e
			}
		}
	}
	for g, name := range d.canonical {
		d.orgs[g] = d.byName[name]
	}
}

// Organisation returns the named organisation of a country and sector
// whose English name or alias is name, whatever its case ("Egyptian armed
// forces" is the Egyptian Armed Forces), or that canonical.tsv gives for
// the generic actor so named ("Yemeni military" is the Yemeni National
// Army), or nil: a generic actor named like one the dictionary knows is
// that one.
func (d *Dict) Organisation(name, country, sector string) *Entry {
	e := d.orgs[strings.ToLower(name)]
	if e == nil || e.Country != country || e.Sector != sector {
		return nil
	}
	return e
}

// isASCII reports whether s holds only ASCII bytes: an English name.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// addEntry files e with article bit in a node's parallel lists.
func addEntry(list []*Entry, arts []uint8, e *Entry, bit uint8) ([]*Entry, []uint8) {
	for i, have := range list {
		if have == e {
			arts[i] |= bit
			return list, arts
		}
	}
	return append(list, e), append(arts, bit)
}

func containsEntry(list []*Entry, e *Entry) bool {
	for _, have := range list {
		if have == e {
			return true
		}
	}
	return false
}

// Package gazetteer finds places in analyzed Arabic text: countries,
// first-level divisions, cities and towns from GeoNames, and hand-made
// entries for bases, airports, border crossings, ports, seas and regions
// that conflict news name. It resolves each name to one reading using the
// rest of the document (the countries it talks about, the provinces of
// the other places it names) and the prominence of the candidates.
//
// The data are TSV files embedded in the binary (see data/ and README.md);
// more files in the same formats can be loaded from directories.
package gazetteer

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/internal/bloom"
)

// Entry kinds used by the embedded data. Files may use others; an unknown
// kind ranks like a site.
const (
	KindCountry  = "country"
	KindAdmin1   = "admin1"
	KindCapital  = "capital"
	KindCity     = "city"
	KindBase     = "base"
	KindAirport  = "airport"
	KindCrossing = "crossing"
	KindPort     = "port"
	KindSea      = "sea"
	KindRegion   = "region"
	KindSite     = "site"
)

// Entry is one place of the gazetteer.
type Entry struct {
	ID         int      // GeoNames id; curated rows get negative ids
	Name       string   // canonical English name
	NameAr     string   // canonical Arabic name ("" if none)
	Aliases    []string // other names, both languages
	Country    string   // ISO 3166-1 alpha-2, "" for international seas/regions
	Admin1     string   // English admin1 name, "" if none/unknown
	Lat, Lon   float64
	Precision  string // hadath.PrecisionSite, City, District, Admin1, Country, Region, Sea
	Population int
	Kind       string // KindCountry, KindAdmin1, KindCity, KindBase, ...
	// Noted is set for a GeoNames place that a row of hand-made
	// corrections (aliases.tsv, or a user's file) names again: one the
	// news names, read without a place word before it however small.
	Noted bool
}

// Place returns the entry in record form, coordinates included (a
// country's are its centroid).
func (e *Entry) Place() hadath.Place {
	p := hadath.Place{Name: e.Name, NameAr: e.NameAr, Country: e.Country,
		Admin1: e.Admin1, Precision: e.Precision}
	if e.ID > 0 {
		p.GeoNameID = e.ID
	}
	p.SetCoord(e.Lat, e.Lon)
	return p
}

// Curated reports whether the entry was written by hand rather than taken
// from GeoNames.
func (e *Entry) Curated() bool { return e.ID < 0 }

// Names returns the entry's names: English, Arabic, then the aliases.
func (e *Entry) Names() []string {
	out := make([]string, 0, 2+len(e.Aliases))
	if e.Name != "" {
		out = append(out, e.Name)
	}
	if e.NameAr != "" {
		out = append(out, e.NameAr)
	}
	return append(out, e.Aliases...)
}

// Gazetteer is a loaded set of places indexed by the keys of their names
// (see ar.Key). It is immutable after Load and safe for concurrent use.
type Gazetteer struct {
	entries   []Entry
	keys      map[string]keyInfo // name keys and their proper word prefixes
	bloom     bloom.Filter       // a quick "no" for words that are no key
	hits      [][]*Entry         // by slot: entries with a name of that key
	countries map[string]*Entry
	cues      map[string]uint8
	towns     map[string]bool // words of a settlement (newTownWords)
	maxWords  int
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entry returns the i-th entry, 0 <= i < Len().
func (g *Gazetteer) Entry(i int) *Entry { return &g.entries[i] }

// keyInfo says what a key is: the key of some names (slot >= 0, the
// index of their entries in Gazetteer.hits), the start of a longer name
// key (prefix), or both.
type keyInfo struct {
	slot   int32
	prefix bool
	// rule is the stop rule of the names of the key (stop.tsv), kept
	// here so that a match costs no second lookup.
	rule stopRule
}

// noKey is the keyInfo of a key that is neither.
var noKey = keyInfo{slot: -1}

// info returns what key is, without allocating.
func (g *Gazetteer) info(key []byte) keyInfo {
	if !bloom.MayHaveBytes(g.bloom, key) {
		return noKey // most words are no place: spare the big map
	}
	return g.lookup(string(key))
}

// wordInfo is info for a key held in a string: a token's key, read
// without copying it.
func (g *Gazetteer) wordInfo(key string) keyInfo {
	if !bloom.MayHave(g.bloom, key) {
		return noKey
	}
	return g.lookup(key)
}

// lookup returns what key is, once past the filter.
func (g *Gazetteer) lookup(key string) keyInfo {
	if ki, ok := g.keys[key]; ok {
		return ki
	}
	return noKey
}

// Lookup returns the entries any of whose names has ar.Key(name) == key,
// or nil. The slice is shared: callers must not modify it.
func (g *Gazetteer) Lookup(key string) []*Entry {
	if ki, ok := g.keys[key]; ok && ki.slot >= 0 {
		return g.hits[ki.slot]
	}
	return nil
}

// Prefix reports whether some name key starts with key followed by a
// space, that is whether a phrase beginning with key may still grow into
// a name.
func (g *Gazetteer) Prefix(key string) bool {
	return g.keys[key].prefix
}

// Country returns the country entry with the ISO 3166-1 alpha-2 code
// iso2, or nil.
func (g *Gazetteer) Country(iso2 string) *Entry { return g.countries[iso2] }

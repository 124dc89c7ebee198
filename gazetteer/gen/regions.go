package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// country is one country of world-countries, with names from
// iso3166-2-db.
type country struct {
	id       int
	iso2     string
	name     string
	nameAr   string
	aliases  []string
	lat, lon float64
}

// region is one first-level administrative division (admin1).
type region struct {
	id       int
	country  string
	code     string // GeoNames admin1 code
	name     string
	nameAr   string
	aliases  []string
	lat, lon float64
	pop      int
}

// wcCountry is the part of a world-countries record read here.
type wcCountry struct {
	Name struct {
		Common, Official string
		Native           map[string]struct{ Common, Official string }
	}
	CCA2         string
	AltSpellings []string
	Translations map[string]struct{ Common, Official string }
	Latlng       []float64
}

// isoCountry is the part of an iso3166-2-db country read here.
type isoCountry struct {
	Name      string
	Reference struct{ Geonames int }
	Regions   []struct {
		Name, Iso, Admin string
		Reference        struct{ Geonames int }
	}
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	return nil
}

// readISO reads iso3166-2-db's countries and regions in one language as
// seen by the United Nations.
func readISO(modules, lang string) (map[string]*isoCountry, error) {
	m := map[string]*isoCountry{}
	err := readJSON(filepath.Join(modules, "iso3166-2-db", "i18n", "dispute", "UN", lang+".json"), &m)
	return m, err
}

// readCountries reads the countries with their English and Arabic names.
func readCountries(modules string) ([]*country, error) {
	var wc []wcCountry
	if err := readJSON(filepath.Join(modules, "world-countries", "countries.json"), &wc); err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	isoAr, err := readISO(modules, "ar")
	if err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	var out []*country
	for _, w := range wc {
		if len(w.CCA2) != 2 || len(w.Latlng) != 2 {
			continue
		}
		c := &country{iso2: w.CCA2, name: clean(w.Name.Common), lat: w.Latlng[0], lon: w.Latlng[1]}
		var arabic []string
		if t, ok := w.Translations["ara"]; ok {
			arabic = append(arabic, t.Common, t.Official)
		}
		if t, ok := w.Name.Native["ara"]; ok {
			arabic = append(arabic, t.Common, t.Official)
		}
		if ic := isoAr[w.CCA2]; ic != nil {
			c.id = ic.Reference.Geonames
			arabic = append(arabic, ic.Name)
		}
		arabic = arabicNames(arabic)
		if len(arabic) > 0 {
			c.nameAr = arabic[0]
			c.aliases = append(c.aliases, arabic[1:]...)
		}
		english := append([]string{w.Name.Official}, w.AltSpellings...)
		for _, e := range english {
			e = clean(e)
			if isLatinName(e) && len(e) > 3 && strings.ToUpper(e) != e {
				c.aliases = appendNew(c.aliases, c.name, e)
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iso2 < out[j].iso2 })
	return out, nil
}

// appendNew appends the names not already in list and not equal to
// canonical.
func appendNew(list []string, canonical string, names ...string) []string {
	for _, n := range names {
		if n == "" || n == canonical {
			continue
		}
		dup := false
		for _, have := range list {
			if have == n {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}

// writeCountries writes the countries file.
func writeCountries(path string, countries []*country) error {
	w, err := create(path, "Countries: English names, ISO codes and centroids from the world-countries npm package (ODbL),\n"+
		"# Arabic names from its Arabic translations and from iso3166-2-db (UN view of disputes);\n"+
		"# ids are GeoNames ids (via iso3166-2-db), coordinates are the country's centroid.",
		"id", "name", "name_ar", "aliases", "country", "lat", "lon", "kind")
	if err != nil {
		return err
	}
	for _, c := range countries {
		id := ""
		if c.id > 0 {
			id = strconv.Itoa(c.id)
		}
		w.row(id, c.name, c.nameAr, joinAliases(c.aliases), c.iso2, coord(c.lat), coord(c.lon), "country")
	}
	return w.close()
}

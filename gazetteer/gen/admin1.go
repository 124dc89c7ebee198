package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// adminWords are the Arabic words for a first-level division that news
// put before its name: محافظة البصرة, منطقة الرياض, ولاية الخرطوم.
var adminWords = []string{"محافظة", "منطقة", "ولاية", "شعبية", "إقليم", "مقاطعة"}

// adminWord gives, by country, the word Arabic news use for its admin1
// divisions, used to add the prefixed form of names given without it.
var adminWord = map[string]string{
	"IQ": "محافظة", "SY": "محافظة", "YE": "محافظة", "JO": "محافظة", "EG": "محافظة",
	"LB": "محافظة", "KW": "محافظة", "BH": "محافظة", "OM": "محافظة", "IR": "محافظة",
	"SA": "منطقة", "SD": "ولاية", "SS": "ولاية", "DZ": "ولاية", "TN": "ولاية", "TR": "ولاية",
	"AF": "ولاية", "US": "ولاية", "LY": "شعبية", "MA": "جهة", "PK": "إقليم",
}

// englishSuffixes are words after an English admin1 name that can be
// dropped for an alias.
var englishSuffixes = []string{" Governorate", " Province", " Region", " District", " Municipality", " State"}

// readAdmin1 reads the first-level divisions of every country.
func readAdmin1(modules string) ([]*region, error) {
	en, err := readISO(modules, "en")
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	arm, err := readISO(modules, "ar")
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	gn, err := readISO(modules, "geonames")
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	var out []*region
	seen := map[string]bool{}
	for iso2, c := range en {
		for _, r := range c.Regions {
			if r.Admin == "" || seen[iso2+"."+r.Admin] {
				continue
			}
			seen[iso2+"."+r.Admin] = true
			g := &region{id: r.Reference.Geonames, country: iso2, code: r.Admin, name: clean(r.Name)}
			for _, e := range englishSuffixes {
				if s, ok := strings.CutSuffix(g.name, e); ok {
					g.aliases = appendNew(g.aliases, g.name, s)
				}
			}
			if gc := gn[iso2]; gc != nil {
				for _, x := range gc.Regions {
					if x.Iso == r.Iso && isLatinName(x.Name) {
						g.aliases = appendNew(g.aliases, g.name, clean(x.Name))
					}
				}
			}
			if ac := arm[iso2]; ac != nil {
				for _, x := range ac.Regions {
					if x.Iso == r.Iso && isArabicName(clean(x.Name)) {
						g.nameAr, g.aliases = arabicAdmin(iso2, clean(x.Name), g.aliases)
					}
				}
			}
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].country != out[j].country {
			return out[i].country < out[j].country
		}
		return out[i].code < out[j].code
	})
	return out, nil
}

// arabicAdmin returns the canonical Arabic name of a division named name
// and its aliases with the name's bare and prefixed forms added.
func arabicAdmin(iso2, name string, aliases []string) (string, []string) {
	bare := name
	for _, w := range adminWords {
		if s, ok := strings.CutPrefix(name, w+" "); ok {
			bare = s
			break
		}
	}
	aliases = appendNew(aliases, name, bare)
	if w := adminWord[iso2]; w != "" {
		aliases = appendNew(aliases, name, w+" "+bare)
	}
	return name, aliases
}

// placeAdmin1 gives each division the coordinates of its seat (the GeoNames
// PPLA place with its code) or, failing that, of its largest place, and
// the summed population of its places.
func placeAdmin1(regions []*region, cities []*city) {
	byCode := map[string]*region{}
	for _, r := range regions {
		byCode[r.country+"."+r.code] = r
	}
	best := map[*region]*city{}
	for _, c := range cities {
		r := byCode[c.country+"."+c.admin1]
		if r == nil {
			continue
		}
		r.pop += c.population
		b := best[r]
		if b == nil || seatRank(c) > seatRank(b) || (seatRank(c) == seatRank(b) && c.population > b.population) {
			best[r] = c
		}
	}
	for r, c := range best {
		r.lat, r.lon = c.lat, c.lon
	}
}

// seatRank ranks a place as the likely seat of its division.
func seatRank(c *city) int {
	switch c.code {
	case "PPLA", "PPLC":
		return 1
	}
	return 0
}

// writeAdmin1 writes the admin1 file; divisions without any place of
// known coordinates are left out.
func writeAdmin1(path string, regions []*region) error {
	w, err := create(path, "First-level administrative divisions (ISO 3166-2): English, Arabic and GeoNames names from the\n"+
		"# iso3166-2-db npm package (UN view of disputes); coordinates are those of the division's seat\n"+
		"# (or largest place) in GeoNames cities500, population the sum of its places there.",
		"id", "name", "name_ar", "aliases", "country", "lat", "lon", "population", "kind")
	if err != nil {
		return err
	}
	for _, r := range regions {
		if r.lat == 0 && r.lon == 0 {
			continue
		}
		id := ""
		if r.id > 0 {
			id = strconv.Itoa(r.id)
		}
		w.row(id, r.name, r.nameAr, joinAliases(r.aliases), r.country, coord(r.lat), coord(r.lon), strconv.Itoa(r.pop), "admin1")
	}
	return w.close()
}

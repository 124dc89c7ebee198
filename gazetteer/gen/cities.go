package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// city is one GeoNames populated place.
type city struct {
	id         int
	name       string
	ascii      string
	arabic     []string // Arabic names, the standard-looking one first
	lat, lon   float64
	code       string // GeoNames feature code: PPL, PPLA, PPLC, ...
	country    string
	admin1     string // GeoNames admin1 code
	population int
}

// GeoNames main-table columns used here.
const (
	colID = iota
	colName
	colASCII
	colAlternate
	colLat
	colLon
	colClass
	colCode
	colCountry
	colCC2
	colAdmin1
	colAdmin2
	colAdmin3
	colAdmin4
	colPopulation
	colCount = 19
)

// readCities reads a GeoNames cities file and keeps the places with an
// Arabic name and the places of at least minPopulation people.
func readCities(path string) ([]*city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	defer f.Close()
	var out []*city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < colCount {
			return nil, fmt.Errorf("read cities %s:%d: %d columns", path, line, len(cols))
		}
		c, err := parseCity(cols)
		if err != nil {
			return nil, fmt.Errorf("read cities %s:%d: %w", path, line, err)
		}
		if len(c.arabic) > 0 || c.population >= minPopulation || c.code == "PPLC" {
			out = append(out, c)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	return out, nil
}

// parseCity parses the columns of one GeoNames row.
func parseCity(cols []string) (*city, error) {
	c := &city{name: clean(cols[colName]), ascii: clean(cols[colASCII]), code: cols[colCode],
		country: cols[colCountry], admin1: cols[colAdmin1]}
	var err error
	if c.id, err = strconv.Atoi(cols[colID]); err != nil {
		return nil, err
	}
	if c.lat, err = strconv.ParseFloat(cols[colLat], 64); err != nil {
		return nil, err
	}
	if c.lon, err = strconv.ParseFloat(cols[colLon], 64); err != nil {
		return nil, err
	}
	if cols[colPopulation] != "" {
		if c.population, err = strconv.Atoi(cols[colPopulation]); err != nil {
			return nil, err
		}
	}
	if cols[colAlternate] != "" {
		c.arabic = pickArabic(arabicNames(strings.Split(cols[colAlternate], ",")))
	}
	return c, nil
}

// writeCities writes the cities file, sorted by country and then by
// falling population.
func writeCities(path string, cities []*city, regions []*region) error {
	names := map[string]string{}
	for _, r := range regions {
		names[r.country+"."+r.code] = r.name
	}
	sort.SliceStable(cities, func(i, j int) bool {
		a, b := cities[i], cities[j]
		if a.country != b.country {
			return a.country < b.country
		}
		if a.population != b.population {
			return a.population > b.population
		}
		return a.id < b.id
	})
	w, err := create(path, "GeoNames cities with 500 or more people (cities500), keeping every place with an Arabic name\n"+
		"# and every place of "+strconv.Itoa(minPopulation)+" or more people. Arabic names are GeoNames alternate names in Arabic letters;\n"+
		"# the first is the canonical one. kind is capital for national capitals (GeoNames PPLC).",
		"id", "name", "name_ar", "aliases", "country", "admin1", "lat", "lon", "population", "kind")
	if err != nil {
		return err
	}
	for _, c := range cities {
		var aliases []string
		if c.ascii != "" && c.ascii != c.name {
			aliases = append(aliases, c.ascii)
		}
		nameAr := ""
		if len(c.arabic) > 0 {
			nameAr = c.arabic[0]
			aliases = append(aliases, c.arabic[1:]...)
		}
		kind := "city"
		if c.code == "PPLC" {
			kind = "capital"
		}
		w.row(strconv.Itoa(c.id), c.name, nameAr, joinAliases(aliases), c.country, names[c.country+"."+c.admin1],
			coord(c.lat), coord(c.lon), strconv.Itoa(c.population), kind)
	}
	return w.close()
}

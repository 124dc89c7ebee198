package export

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// data holds the mapping tables. Each is a tab-separated text file with
// "#" comments; "-" stands for an empty value.
//
//go:embed data/*.tsv
var data embed.FS

// country is one line of data/countries.tsv.
type country struct {
	alpha3  string
	numeric string
	name    string
	region  string // ACLED region
}

// sector is one line of data/sectors.tsv.
type sector struct {
	inter       int    // ACLED inter code
	ploverSect  string // PLOVER primary sector code
	ploverActor string // PLOVER actor code when the actor has no country
}

// acledKind is the ACLED classification of an event.
type acledKind struct {
	disorder, eventType, subType string
}

// defaultActors are the ACLED actors used for one event type when hadath
// knows none.
type defaultActors struct {
	actor1 string
	inter1 int
	actor2 string
	inter2 int
}

// ploverMode is one line of data/plover_modes.tsv.
type ploverMode struct {
	mode, context string
}

// eventType is one line of data/types.tsv.
type eventType struct {
	quad  int
	label string
}

// mappings holds every table, keyed for lookup.
type mappings struct {
	countries map[string]country       // by ISO alpha-2
	sectors   map[string]sector        // by hadath sector
	acled     map[[3]string]acledKind  // by type, method, condition
	defaults  map[string]defaultActors // by ACLED event type
	modes     map[[3]string]ploverMode // by type, method, actor sector
	types     map[string]eventType     // by PLOVER type
	methods   map[string]string        // English label by method
}

// loadedMappings loads the embedded tables once.
var loadedMappings = sync.OnceValues(func() (*mappings, error) { return loadMappings(data) })

// loadMappings reads the tables under data/ in fsys.
func loadMappings(fsys fs.FS) (*mappings, error) {
	m := &mappings{countries: map[string]country{}, sectors: map[string]sector{},
		acled: map[[3]string]acledKind{}, defaults: map[string]defaultActors{},
		modes: map[[3]string]ploverMode{}, types: map[string]eventType{}, methods: map[string]string{}}
	tables := []struct {
		name   string
		fields int
		add    func(f []string) error
	}{
		{"countries.tsv", 5, func(f []string) error {
			m.countries[f[0]] = country{alpha3: f[1], numeric: f[2], name: f[3], region: f[4]}
			return nil
		}},
		{"sectors.tsv", 4, func(f []string) error {
			n, err := strconv.Atoi(f[1])
			m.sectors[f[0]] = sector{inter: n, ploverSect: f[2], ploverActor: f[3]}
			return err
		}},
		{"acled_types.tsv", 6, func(f []string) error {
			m.acled[[3]string{f[0], f[1], f[2]}] = acledKind{f[3], f[4], f[5]}
			return nil
		}},
		{"acled_actors.tsv", 5, func(f []string) error {
			i1, err1 := strconv.Atoi(f[2])
			i2, err2 := strconv.Atoi(f[4])
			m.defaults[f[0]] = defaultActors{f[1], i1, f[3], i2}
			if err1 != nil {
				return err1
			}
			return err2
		}},
		{"plover_modes.tsv", 5, func(f []string) error {
			m.modes[[3]string{f[0], f[1], f[2]}] = ploverMode{f[3], f[4]}
			return nil
		}},
		{"types.tsv", 3, func(f []string) error {
			n, err := strconv.Atoi(f[1])
			m.types[f[0]] = eventType{n, f[2]}
			return err
		}},
		{"methods.tsv", 2, func(f []string) error {
			m.methods[f[0]] = f[1]
			return nil
		}},
	}
	for _, t := range tables {
		if err := readTable(fsys, "data/"+t.name, t.fields, t.add); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// readTable calls add with the fields of every data line of the named
// file, which must each have n fields.
func readTable(fsys fs.FS, name string, n int, add func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open mapping table: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), " \r")
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != n {
			return fmt.Errorf("%s:%d: %d fields; want %d", name, line, len(fields), n)
		}
		for i, v := range fields {
			if v == "-" {
				fields[i] = ""
			}
		}
		if err := add(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// countryName returns the English name of an ISO alpha-2 code, or the
// code itself when the table lacks it.
func (m *mappings) countryName(iso string) string {
	if c, ok := m.countries[strings.ToUpper(iso)]; ok {
		return c.name
	}
	return iso
}

// typeLabel returns the English noun for an event: the method's label
// when there is one, else the type's.
func (m *mappings) typeLabel(typ, method string) string {
	if l := m.methods[method]; l != "" {
		return l
	}
	if t, ok := m.types[typ]; ok {
		return t.label
	}
	return typ
}

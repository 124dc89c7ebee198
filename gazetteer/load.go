package gazetteer

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var embedded embed.FS

// embeddedFiles are the embedded data files in load order: later files
// may refine entries of earlier ones by id.
var embeddedFiles = []string{"countries.tsv", "admin1.tsv", "cities.tsv", "sites.tsv", "aliases.tsv", "stop.tsv"}

// source is one data file's name and text.
type source struct {
	name, text string
}

// Load returns a gazetteer of the embedded data and, on top of it, every
// *.tsv file of each directory in dirs (in name order) whose header says
// "#format: gazetteer" (places) or "#format: gazetteer-stop" (stop rules).
// A places row whose id is that of a loaded entry (a GeoNames id, or an
// ISO country code) adds its names to that entry and overrides its
// non-empty fields; other rows are new entries.
func Load(dirs ...string) (*Gazetteer, error) {
	var srcs []source
	for _, name := range embeddedFiles {
		b, err := embedded.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %q: %w", name, err)
		}
		srcs = append(srcs, source{name, string(b)})
	}
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %q: %w", dir, err)
		}
		sort.Strings(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("load gazetteer: %w", err)
			}
			srcs = append(srcs, source{p, string(b)})
		}
	}
	return build(srcs)
}

// build parses the sources and indexes the result.
func build(srcs []source) (*Gazetteer, error) {
	lines := 0
	for _, s := range srcs {
		lines += strings.Count(s.text, "\n") + 1
	}
	l := &loader{
		entries:   make([]Entry, 0, lines),
		byID:      make(map[int]int32, lines),
		countries: map[string]int32{},
		stop:      map[string]stopRule{},
	}
	for _, s := range srcs {
		if err := l.parse(s); err != nil {
			return nil, err
		}
	}
	return l.index(), nil
}

// loader accumulates entries from data files.
type loader struct {
	entries   []Entry
	byID      map[int]int32    // GeoNames id → entry
	countries map[string]int32 // ISO code → country entry
	stop      map[string]stopRule
	curated   int      // curated entries so far, for their negative ids
	names     []string // backing store for alias slices
}

// parse reads one data file.
func (l *loader) parse(s source) error {
	format, cols, rest, n := header(s.text)
	switch format {
	case formatPlaces:
	case formatStop:
		return l.parseStop(s.name, cols, rest, n)
	default:
		return nil
	}
	m, err := columnMap(cols)
	if err != nil {
		return fmt.Errorf("load gazetteer %s: %w", s.name, err)
	}
	var row [numColumns]string
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		n++
		if len(line) == 0 || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		splitRow(strings.TrimRight(line, "\r"), m, &row)
		if err := l.add(&row); err != nil {
			return fmt.Errorf("load gazetteer %s:%d: %w", s.name, n, err)
		}
	}
	return nil
}

// add adds or merges one places row.
func (l *loader) add(row *[numColumns]string) error {
	id := row[colID]
	if id != "" {
		if i, ok := l.countries[id]; ok {
			return l.merge(&l.entries[i], row)
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return fmt.Errorf("bad id %q", id)
		}
		if i, ok := l.byID[n]; ok {
			l.entries[i].Noted = true // a row of corrections: a place the news names
			return l.merge(&l.entries[i], row)
		}
	}
	e := Entry{Kind: KindSite}
	if err := l.merge(&e, row); err != nil {
		return err
	}
	if e.Name == "" {
		return fmt.Errorf("no name")
	}
	if row[colLat] == "" || row[colLon] == "" {
		return fmt.Errorf("%q: no coordinates", e.Name)
	}
	if id == "" {
		l.curated++
		e.ID = -l.curated
	} else {
		e.ID, _ = strconv.Atoi(id)
		if e.ID <= 0 {
			return fmt.Errorf("id %q not positive", id)
		}
	}
	if e.Precision == "" {
		e.Precision = precisionOf(e.Kind)
	}
	l.entries = append(l.entries, e)
	i := int32(len(l.entries) - 1)
	if e.ID > 0 {
		l.byID[e.ID] = i
	}
	if e.Kind == KindCountry && e.Country != "" {
		l.countries[e.Country] = i
	}
	return nil
}

// merge sets the non-empty fields of row on e. A new English or Arabic
// name demotes the old one to an alias.
func (l *loader) merge(e *Entry, row *[numColumns]string) error {
	if v := row[colName]; v != "" && v != e.Name {
		if e.Name != "" {
			e.Aliases = append(e.Aliases, e.Name)
		}
		e.Name = v
	}
	if v := row[colNameAr]; v != "" && v != e.NameAr {
		if e.NameAr != "" {
			e.Aliases = append(e.Aliases, e.NameAr)
		}
		e.NameAr = v
	}
	if v := row[colAliases]; v != "" {
		e.Aliases = l.appendAliases(e.Aliases, v)
	}
	if v := row[colCountry]; v != "" {
		if !validCountry(v) {
			return fmt.Errorf("bad country %q", v)
		}
		e.Country = v
	}
	if v := row[colAdmin1]; v != "" {
		e.Admin1 = v
	}
	var err error
	if v := row[colLat]; v != "" {
		if e.Lat, err = parseCoord(v, 90); err != nil {
			return err
		}
	}
	if v := row[colLon]; v != "" {
		if e.Lon, err = parseCoord(v, 180); err != nil {
			return err
		}
	}
	if v := row[colKind]; v != "" {
		e.Kind = v
	}
	if v := row[colPrecision]; v != "" {
		if !validPrecision(v) {
			return fmt.Errorf("bad precision %q", v)
		}
		e.Precision = v
	}
	if v := row[colPopulation]; v != "" {
		if e.Population, err = strconv.Atoi(v); err != nil {
			return fmt.Errorf("bad population %q", v)
		}
	}
	return nil
}

// appendAliases appends the |-separated names of field to list. New
// lists are carved from one shared backing array to save allocations.
func (l *loader) appendAliases(list []string, field string) []string {
	n := strings.Count(field, aliasSep) + 1
	if list == nil {
		if cap(l.names)-len(l.names) < n {
			l.names = make([]string, 0, max(n, 4096))
		}
		list = l.names[len(l.names) : len(l.names) : len(l.names)+n]
		l.names = l.names[:len(l.names)+n]
	}
	for field != "" {
		var a string
		a, field, _ = strings.Cut(field, aliasSep)
		if a = strings.TrimSpace(a); a != "" {
			list = append(list, a)
		}
	}
	return list
}

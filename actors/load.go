package actors

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

//go:embed data/*.tsv
var embedded embed.FS

// The data files, by name. A dictionary directory may hold any of them.
const (
	fileActors     = "actors.tsv"
	fileDemonyms   = "demonyms.tsv"
	fileGeneric    = "generic.tsv"
	fileTitles     = "titles.tsv"
	fileCoalitions = "coalitions.tsv"
	fileNames      = "names.tsv"
	fileCanonical  = "canonical.tsv"
)

// Load reads the embedded data files, then the files of the same names
// and formats found in each of dirs, in order. A row of a later file
// replaces the row of an earlier one with the same canonical name (actors),
// ISO code (demonyms) or phrase key (generic nouns, titles).
func Load(dirs ...string) (*Dict, error) {
	var l loader
	l.init()
	for _, name := range [...]string{fileDemonyms, fileActors, fileGeneric, fileTitles, fileCoalitions, fileNames, fileCanonical} {
		data, err := embedded.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("load actors %q: %w", name, err)
		}
		if err := l.read("data/"+name, name, string(data)); err != nil {
			return nil, err
		}
	}
	for _, dir := range dirs {
		for _, name := range [...]string{fileDemonyms, fileActors, fileGeneric, fileTitles, fileCoalitions, fileNames, fileCanonical} {
			path := filepath.Join(dir, name)
			data, err := os.ReadFile(path)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			} else if err != nil {
				return nil, fmt.Errorf("load actors: %w", err)
			}
			if err := l.read(path, name, string(data)); err != nil {
				return nil, err
			}
		}
	}
	return l.dict()
}

// loader collects rows, later rows replacing earlier ones.
type loader struct {
	d        Dict
	generics map[string]int // phrase key → index in d.generics
	titles   map[string]int
}

func (l *loader) init() {
	l.d.byName = make(map[string]*Entry)
	l.d.countries = make(map[string]*Country)
	l.generics = make(map[string]int)
	l.titles = make(map[string]int)
	l.d.coalitions = make(map[string]string)
	l.d.canonical = make(map[string]string)
}

// read parses one file of the given kind.
func (l *loader) read(path, name, data string) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := l.row(name, fields(line)); err != nil {
			return fmt.Errorf("load actors %s:%d: %w", path, n, err)
		}
		if name == fileActors {
			l.d.entries[len(l.d.entries)-1].src = fmt.Sprintf("%s:%d", path, n)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load actors %s: %w", path, err)
	}
	return nil
}

// row files one parsed row, replacing an earlier row with the same key.
// A replaced actor moves to the end of the entries.
func (l *loader) row(name string, f []string) error {
	switch name {
	case fileActors:
		e, err := parseEntry(f)
		if err != nil {
			return err
		}
		if old := l.d.byName[e.Name]; old != nil {
			l.d.entries = removeEntry(l.d.entries, old)
		}
		l.d.byName[e.Name] = e
		l.d.entries = append(l.d.entries, e)
	case fileDemonyms:
		c, err := parseCountry(f)
		if err != nil {
			return err
		}
		if old := l.d.countries[c.ISO2]; old != nil {
			*old = *c
			return nil
		}
		l.d.countries[c.ISO2] = c
		l.d.countryList = append(l.d.countryList, c)
	case fileGeneric:
		g, err := parseGeneric(f)
		if err != nil {
			return err
		}
		k := variantKey(g.Phrase, g.Definite)
		if i, ok := l.generics[k]; ok {
			l.d.generics[i] = g
			return nil
		}
		l.generics[k] = len(l.d.generics)
		l.d.generics = append(l.d.generics, g)
	case fileCoalitions:
		if len(f) != 2 || !isISO2(f[0]) || f[1] == "" {
			return fmt.Errorf("want country code and coalition name, have %q", f)
		}
		l.d.coalitions[f[0]] = f[1]
	case fileCanonical:
		if len(f) != 2 || !isASCII(f[0]) || f[1] == "" {
			return fmt.Errorf("want a generic actor's English name and an organisation, have %q", f)
		}
		l.d.canonical[strings.ToLower(f[0])] = f[1]
	case fileNames:
		return l.d.names.row(f)
	case fileTitles:
		t, err := parseTitle(f)
		if err != nil {
			return err
		}
		k := variantKey(t.Phrase, t.Definite)
		if i, ok := l.titles[k]; ok {
			l.d.titles[i] = t
			return nil
		}
		l.titles[k] = len(l.d.titles)
		l.d.titles = append(l.d.titles, t)
	}
	return nil
}

// dict checks the country codes the rows use and builds the index.
func (l *loader) dict() (*Dict, error) {
	d := &l.d
	for c, name := range d.coalitions {
		if d.byName[name] == nil {
			return nil, fmt.Errorf("load actors %s: %s: no actor %q", fileCoalitions, c, name)
		}
	}
	for g, name := range d.canonical {
		if e := d.byName[name]; e == nil || e.Kind != KindOrg {
			return nil, fmt.Errorf("load actors %s: %s: no organisation %q", fileCanonical, g, name)
		}
	}
	for _, e := range d.entries {
		if e.Country != "" && d.countries[e.Country] == nil {
			return nil, fmt.Errorf("load actors %s: %s: unknown country %q", e.src, e.Name, e.Country)
		}
		for _, c := range e.BackedBy {
			if d.countries[c] == nil {
				return nil, fmt.Errorf("load actors %s: %s: unknown backer %q", e.src, e.Name, c)
			}
		}
	}
	for _, g := range d.generics {
		if isISO2(g.Country) && d.countries[g.Country] == nil {
			return nil, fmt.Errorf("load actors %s: generic %s: unknown country %q", fileGeneric, g.Phrase, g.Country)
		}
	}
	for _, t := range d.titles {
		if t.Country != "" && d.countries[t.Country] == nil {
			return nil, fmt.Errorf("load actors %s: title %s: unknown country %q", fileTitles, t.Phrase, t.Country)
		}
	}
	d.build()
	return d, nil
}

// variantKey is the identity of a generic noun or title row: its phrase
// key and whether it is written with the article.
func variantKey(phrase string, definite bool) string {
	if definite {
		return "+" + ar.Key(phrase)
	}
	return ar.Key(phrase)
}

// fields splits a TSV line into trimmed columns; "-" stands for empty.
func fields(line string) []string {
	f := strings.Split(line, "\t")
	for i, s := range f {
		s = strings.TrimSpace(s)
		if s == "-" {
			s = ""
		}
		f[i] = s
	}
	return f
}

// columns checks that a row has between min and max columns and pads it
// with empty ones to max.
func columns(f []string, min, max int, names string) ([]string, error) {
	if len(f) < min || len(f) > max {
		return nil, fmt.Errorf("have %d columns, want %d to %d (%s)", len(f), min, max, names)
	}
	return append(f, make([]string, max-len(f))...), nil
}

func removeEntry(list []*Entry, e *Entry) []*Entry {
	for i, have := range list {
		if have == e {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}

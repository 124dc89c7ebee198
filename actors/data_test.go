package actors

import (
	"bufio"
	"strings"
	"testing"
	"unicode"

	"github.com/hadath/hadath/lang/ar"
)

// rows returns the data rows of an embedded file with their line numbers.
func rows(t *testing.T, name string) (lines []int, fs [][]string) {
	t.Helper()
	data, err := embedded.ReadFile("data/" + name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	if !strings.HasPrefix(string(data), "#") {
		t.Errorf("%s: does not start with a header comment", name)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, n)
		fs = append(fs, fields(line))
	}
	return lines, fs
}

func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

func TestDataCountries(t *testing.T) {
	lines, fs := rows(t, fileDemonyms)
	seen := map[string]bool{}
	for i, f := range fs {
		c, err := parseCountry(f)
		if err != nil {
			t.Errorf("demonyms.tsv:%d: %v", lines[i], err)
			continue
		}
		if seen[c.ISO2] {
			t.Errorf("demonyms.tsv:%d: duplicate country %s", lines[i], c.ISO2)
		}
		seen[c.ISO2] = true
		for _, s := range c.Stems {
			if !hasArabic(s) {
				t.Errorf("demonyms.tsv:%d: nisba %q is not Arabic", lines[i], s)
			}
		}
	}
	if len(seen) < 80 {
		t.Errorf("demonyms.tsv has %d countries; want at least 80", len(seen))
	}
}

func TestDataActors(t *testing.T) {
	d := dict(t)
	lines, fs := rows(t, fileActors)
	names := map[string]int{}
	states := map[string]bool{}
	for i, f := range fs {
		e, err := parseEntry(f)
		if err != nil {
			t.Errorf("actors.tsv:%d: %v", lines[i], err)
			continue
		}
		if prev, dup := names[e.Name]; dup {
			t.Errorf("actors.tsv:%d: %q already on line %d", lines[i], e.Name, prev)
		}
		names[e.Name] = lines[i]
		if !hasArabic(e.NameAr) {
			t.Errorf("actors.tsv:%d: %s: Arabic name %q is not Arabic", lines[i], e.Name, e.NameAr)
		}
		for _, c := range append([]string{e.Country}, e.BackedBy...) {
			if c != "" && d.Country(c) == nil {
				t.Errorf("actors.tsv:%d: %s: country %q not in demonyms.tsv", lines[i], e.Name, c)
			}
		}
		for _, n := range e.Names() {
			if ar.Key(n) == "" {
				t.Errorf("actors.tsv:%d: %s: name %q has an empty key", lines[i], e.Name, n)
			}
		}
		switch e.Kind {
		case KindState:
			if e.Country == "" || e.Sector != "government" {
				t.Errorf("actors.tsv:%d: state %s needs a country and sector government", lines[i], e.Name)
			}
			states[e.Country] = true
		case KindPerson:
			if e.Title == "" {
				t.Errorf("actors.tsv:%d: person %s has no title", lines[i], e.Name)
			}
			if e.Org != "" && d.Entry(e.Org) == nil {
				t.Errorf("actors.tsv:%d: person %s: organisation %q is no entry", lines[i], e.Name, e.Org)
			}
		}
	}
	if len(names) < 600 {
		t.Errorf("actors.tsv has %d actors; want at least 600", len(names))
	}
	for _, c := range d.countryList {
		if !states[c.ISO2] {
			t.Errorf("country %s has no state entry in actors.tsv", c.ISO2)
		}
	}
}

func TestDataGenericsAndTitles(t *testing.T) {
	d := dict(t)
	for _, name := range []string{fileGeneric, fileTitles} {
		lines, fs := rows(t, name)
		seen := map[string]int{}
		for i, f := range fs {
			var phrase, country, org string
			var definite bool
			if name == fileGeneric {
				g, err := parseGeneric(f)
				if err != nil {
					t.Errorf("%s:%d: %v", name, lines[i], err)
					continue
				}
				phrase, country, definite = g.Phrase, g.Country, g.Definite
			} else {
				ti, err := parseTitle(f)
				if err != nil {
					t.Errorf("%s:%d: %v", name, lines[i], err)
					continue
				}
				phrase, country, org, definite = ti.Phrase, ti.Country, ti.Org, ti.Definite
			}
			k := variantKey(phrase, definite)
			if prev, dup := seen[k]; dup {
				t.Errorf("%s:%d: %q repeats line %d", name, lines[i], phrase, prev)
			}
			seen[k] = lines[i]
			if isISO2(country) && d.Country(country) == nil {
				t.Errorf("%s:%d: country %q not in demonyms.tsv", name, lines[i], country)
			}
			if org != "" && d.Entry(org) == nil {
				t.Errorf("%s:%d: organisation %q is no entry", name, lines[i], org)
			}
		}
	}
}

package ar

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"
)

// dataFS holds the embedded data files.
//
//go:embed data/*.tsv
var dataFS embed.FS

// dualsFile is the name of the dual noun list, embedded and in dictionary
// directories.
const dualsFile = "duals.tsv"

// Duals is a list of nouns whose dual form counts two: جنديان, غارتين.
// It maps every accepted dual spelling (folded, without article) to its
// singular. A Duals is read-only once loaded and safe for concurrent use.
type Duals struct {
	forms map[string]string
}

// LoadDuals reads the embedded dual noun list, then the files named
// duals.tsv in each of dirs, in order (a missing file is skipped). The
// format is described in the header of data/duals.tsv.
func LoadDuals(dirs ...string) (*Duals, error) {
	d := &Duals{forms: make(map[string]string, 512)}
	data, err := dataFS.ReadFile("data/" + dualsFile)
	if err != nil {
		return nil, fmt.Errorf("load duals: %w", err)
	}
	if err := d.parse("data/"+dualsFile, string(data)); err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		path := filepath.Join(dir, dualsFile)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("load duals: %w", err)
		}
		if err := d.parse(path, string(data)); err != nil {
			return nil, err
		}
	}
	return d, nil
}

var (
	defaultDualsOnce sync.Once
	defaultDuals     *Duals
)

// DefaultDuals returns the embedded dual noun list, loaded on first use.
// It panics if the embedded file is malformed, which the package tests
// rule out.
func DefaultDuals() *Duals {
	defaultDualsOnce.Do(func() {
		d, err := LoadDuals()
		if err != nil {
			panic(err)
		}
		defaultDuals = d
	})
	return defaultDuals
}

// parse reads the rows of one duals file.
func (d *Duals) parse(path, data string) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("load duals %s:%d: have %d columns, want 2 or 3 (singular, plural, forms)", path, n, len(f))
		}
		sing := Fold(strings.TrimSpace(f[0]))
		if utf8.RuneCountInString(sing) < 2 || strings.ContainsAny(sing, " ") {
			return fmt.Errorf("load duals %s:%d: bad singular %q", path, n, f[0])
		}
		for _, form := range dualForms(sing, Fold(strings.TrimSpace(f[1]))) {
			d.forms[form] = sing
		}
		if len(f) == 3 {
			for _, form := range strings.Fields(f[2]) {
				d.forms[Fold(form)] = sing
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load duals %s: %w", path, err)
	}
	return nil
}

// Dual suffixes, folded.
const (
	dualNom = string(Alef) + string(Noon) // -ان
	dualGen = string(Yeh) + string(Noon)  // -ين
	soundPl = string(Waw) + string(Noon)  // -ون
)

// dualForms returns the dual spellings of a folded singular: the -ان
// dual always, the -ين dual unless the plural is sound masculine (or
// unknown) and so spelt the same. A final ة (folded ه) becomes ت.
func dualForms(sing, plural string) []string {
	if strings.HasSuffix(sing, string(Heh)) {
		stem := strings.TrimSuffix(sing, string(Heh)) + string(Teh)
		return []string{stem + dualNom, stem + dualGen}
	}
	forms := []string{sing + dualNom}
	if plural != "" && plural != "-" && !strings.HasSuffix(plural, soundPl) && !strings.HasSuffix(plural, dualGen) {
		forms = append(forms, sing+dualGen)
	}
	return forms
}

// Singular returns the singular of a folded dual form without article
// ("جنديين" gives "جندي"), and whether the form is a known dual.
func (d *Duals) Singular(form string) (string, bool) {
	s, ok := d.forms[form]
	return s, ok
}

// Len returns the number of dual spellings known.
func (d *Duals) Len() int { return len(d.forms) }

// read returns whether token t is a dual of the list: its folded form or
// one of its keys.
func (d *Duals) read(t *Token) bool {
	if t.Kind != Word || !strings.HasSuffix(t.Norm, string(Noon)) {
		return false
	}
	if _, ok := d.forms[t.Norm]; ok {
		return true
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if _, ok := d.forms[k]; ok {
			return true
		}
	}
	return false
}

// nisbaSuffix is the folded ending of a nisba noun's dual: مدنيان.
const nisbaSuffix = string(Yeh) + dualNom

// dualContext lists the folded verbs after which a nisba noun in -يان
// is read as a dual: قتل فلسطينيان.
var dualContext = map[string]bool{
	"قتل": true, "اصيب": true, "جرح": true, "استشهد": true, "اعتقل": true,
	"اختطف": true, "خطف": true, "اسر": true, "لقي": true, "توفي": true,
	"قضي": true, "سقط": true, "اصيبا": true, "قتلا": true, "اعتقلا": true,
}

// nisbaDual is the general dual rule beyond the list: a nisba noun in
// -يان with at least three letters before the ي, right after a verb of
// killing, wounding or arrest ("قتل فلسطينيان", "أصيب عسكريان"). Without
// that context too many names end the same way (لودريان, باشينيان).
func (s *numScan) nisbaDual(j int) bool {
	toks := s.x.Tokens
	t := &toks[j]
	if j == 0 || t.Kind != Word || !strings.HasSuffix(t.Norm, nisbaSuffix) || s.rd[j].e != nil {
		return false
	}
	if utf8.RuneCountInString(strings.TrimSuffix(t.Key(), nisbaSuffix)) < 3 {
		return false
	}
	p := &toks[j-1]
	if p.Kind != Word || p.Sent != t.Sent {
		return false
	}
	for ki := range p.NumKeys() {
		k := p.KeyAt(ki)
		if dualContext[k] {
			return true
		}
	}
	return dualContext[p.Norm]
}

// repeatedDual reports whether token j is a word in an ending of the dual
// (-ان, -ين) followed by the number two, which the dual repeats ("مدنيين
// اثنين"، "عسكريان اثنان"): without the number, -ين is also a plural's.
// It returns the token after the number.
func (s *numScan) repeatedDual(j int) (int, bool) {
	toks := s.x.Tokens
	t := &toks[j]
	if t.Kind != Word || s.rd[j].e != nil || !(strings.HasSuffix(t.Norm, dualNom) || strings.HasSuffix(t.Norm, dualGen)) {
		return 0, false
	}
	if utf8.RuneCountInString(t.Key()) < 5 {
		return 0, false
	}
	e, next, ok := s.elem(j + 1)
	if !ok || e.waw || e.art || e.class != numUnit || e.val != 2 || toks[j+1].Sent != t.Sent {
		return 0, false
	}
	return next, true
}

package actors

import (
	"slices"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// A counterpart (نظيره، نظيرتها: "his, her counterpart") with a demonym
// after it names the holder of the same office in that country: "التقى
// وزير الخارجية الأردني نظيره المصري" is a meeting of two foreign
// ministers, "وتتهم الحكومة الهولندية نظيرتها التركية" a charge of one
// government against another. Whose office it is, is told by the party
// named last before it in its sentence.

// counterpartForms are the folded forms of the counterpart noun with the
// pronoun of its owner: his, her, their; the dual and the plural read as
// one party too.
var counterpartForms = set(
	"نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيرتيه",
	"نظرائه", "نظراءه", "نظيرهم", "نظرائهم", "نظراءهم",
)

// counterpartStem is the first two letters of every counterpart form.
const counterpartStem = string(ar.Noon) + string(ar.Zah)

// set returns the folded forms of words as a set.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[ar.Fold(w)] = true
	}
	return m
}

// officeClasses gives the offices that countries title differently one
// name: a foreign minister is a secretary of state in Washington.
var officeClasses = map[string]string{
	"secretary of state":             "foreign minister",
	"foreign secretary":              "foreign minister",
	"minister of foreign affairs":    "foreign minister",
	"secretary of defense":           "defence minister",
	"defense secretary":              "defence minister",
	"defence secretary":              "defence minister",
	"defense minister":               "defence minister",
	"minister of defence":            "defence minister",
	"secretary of homeland security": "interior minister",
	"home secretary":                 "interior minister",
	"chancellor":                     "prime minister",
}

// lastTitle returns a person's last title of those the dictionary gives
// ("CIA Director; Secretary of State": Secretary of State).
func lastTitle(title string) string {
	return strings.TrimSpace(title[strings.LastIndexByte(title, ';')+1:])
}

// officeClass returns the one name of an English title (see
// officeClasses), lowercase; a person's last title when they held
// several.
func officeClass(title string) string {
	t := strings.ToLower(lastTitle(title))
	if c, ok := officeClasses[t]; ok {
		return c
	}
	return t
}

// indexOffices files the persons of the dictionary by country and office
// class, and the states by country, for counterparts.
func (d *Dict) indexOffices() {
	d.offices = make(map[string][]*Entry)
	d.states = make(map[string]*Entry)
	for _, e := range d.entries {
		if e.Kind == KindPerson && e.Title != "" && e.Title != "-" && e.Country != "" {
			k := e.Country + "|" + officeClass(e.Title)
			d.offices[k] = append(d.offices[k], e)
		}
	}
	for _, e := range d.entries {
		if e.Kind == KindState && e.Country != "" && d.states[e.Country] == nil {
			d.states[e.Country] = e
		}
	}
}

// counterparts adds to found, in text order, a mention for each
// counterpart noun and demonym that no mention covers, read against the
// party named last before it in its sentence; see counterpartForms.
func (d *Dict) counterparts(x *ar.Text, found []Mention) []Mention {
	var added []Mention
	var dropped []int // mentions of found a counterpart's demonym shadows
	k := 0            // the first mention of found that ends after token i
	for i := 0; i+1 < len(x.Tokens); i++ {
		for k < len(found) && found[k].Last <= i {
			k++
		}
		if k < len(found) && found[k].First <= i {
			continue // inside a mention
		}
		ki, ok := counterpartKey(&x.Tokens[i])
		if !ok || x.Tokens[i+1].Sent != x.Tokens[i].Sent {
			continue
		}
		dm, ok := d.trie.longest(x, i+1, bitDemonym)
		if !ok || dm.ki != 0 {
			continue
		}
		// A surname that is also a demonym reads as the demonym after
		// the counterpart: "نظيره السوداني" is Sudanese, not al-Sudani.
		shadowed := k < len(found) && found[k].First == i+1 && found[k].Last == dm.last && dm.last == i+2 &&
			found[k].Actor.Kind == KindPerson
		if k < len(found) && found[k].First < dm.last && !shadowed {
			continue
		}
		if next := k + b2i(shadowed); next < len(found) && found[next].First <= skipComma(x, dm.last) {
			continue // named right after: "نظيره الروسي، سيرغي لافروف"
		}
		country := d.trie.nodes[dm.node].demonym.ISO2
		var ref *Mention
		for j := k - 1; j >= 0 && x.Tokens[found[j].First].Sent == x.Tokens[i].Sent; j-- {
			if a := &found[j].Actor; a.Country != "" && a.Country != country && (a.Kind == KindPerson || a.Kind == KindState || a.Sector == hadath.SectorGovernment) {
				ref = &found[j]
				break
			}
		}
		if ref == nil {
			continue
		}
		a, e, ok := d.counterpart(ref, country)
		if !ok {
			continue
		}
		m := d.mention(x, i, dm.last, ki, a)
		m.Entry, m.Counterpart = e, true
		added = append(added, m)
		if shadowed {
			dropped = append(dropped, k)
		}
		i = dm.last - 1
	}
	if added == nil {
		return found
	}
	out := make([]Mention, 0, len(found)+len(added))
	j := 0
	for n, m := range found {
		for j < len(added) && added[j].First < m.First {
			out = append(out, added[j])
			j++
		}
		if !slices.Contains(dropped, n) {
			out = append(out, m)
		}
	}
	return append(out, added[j:]...)
}

// skipComma returns i, or the token after it if i is a comma.
func skipComma(x *ar.Text, i int) int {
	if i < len(x.Tokens) && (x.Tokens[i].Norm == "," || x.Tokens[i].Norm == "،") {
		return i + 1
	}
	return i
}

// counterpartKey reports whether token t is a counterpart noun, and the
// index of the key that reads it.
func counterpartKey(t *ar.Token) (int, bool) {
	if t.Kind != ar.Word {
		return 0, false
	}
	for ki := 0; ki < t.NumKeys(); ki++ {
		// Every form begins with نظ: most words are turned away without
		// a map lookup.
		if k := t.KeyAt(ki); strings.HasPrefix(k, counterpartStem) && counterpartForms[k] {
			return ki, true
		}
	}
	return 0, false
}

// counterpart returns the party that holds, in country, the office of
// ref: the one person the dictionary files under that office, a state
// for a state, or the office named generically ("Egyptian Foreign
// Minister", "Russian government").
func (d *Dict) counterpart(ref *Mention, country string) (hadath.Actor, *Entry, bool) {
	r := &ref.Actor
	switch {
	case r.Kind == KindState:
		if e := d.states[country]; e != nil {
			return e.Actor(), e, true
		}
		return hadath.Actor{}, nil, false
	case ref.Entry != nil && r.Kind == KindPerson:
		office := officeClass(ref.Entry.Title)
		if office == "" || office == "-" {
			return hadath.Actor{}, nil, false
		}
		if es := d.offices[country+"|"+office]; len(es) == 1 {
			return es[0].Actor(), es[0], true
		}
		label := lastTitle(ref.Entry.Title)
		if c, ok := officeClasses[strings.ToLower(label)]; ok {
			label = titleCase(c) // "Saudi Foreign Minister", not "Saudi Secretary of State"
		}
		return hadath.Actor{Name: d.adjective(country) + " " + label, Country: country,
			Sector: r.Sector, Generic: true, Kind: KindPerson}, nil, true
	case r.Generic:
		label, ok := strings.CutPrefix(r.Name, d.adjective(r.Country)+" ")
		if !ok {
			return hadath.Actor{}, nil, false
		}
		if r.Kind == KindPerson {
			if es := d.offices[country+"|"+officeClass(label)]; len(es) == 1 {
				return es[0].Actor(), es[0], true
			}
		}
		a := *r
		a.Name, a.Country, a.Span = d.adjective(country)+" "+label, country, nil
		return a, nil, true
	}
	return hadath.Actor{}, nil, false
}

// titleCase capitalizes each word of s.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = capitalize(w)
	}
	return strings.Join(ws, " ")
}

// State returns the actor of the state of country iso as the dictionary
// names it ("Iraq"), and whether it has one.
func (d *Dict) State(iso string) (hadath.Actor, bool) {
	if e := d.states[iso]; e != nil {
		return e.Actor(), true
	}
	return hadath.Actor{}, false
}

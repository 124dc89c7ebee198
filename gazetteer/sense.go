package gazetteer

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// One name, one place: a story that names "محافظة القنيطرة" in its body
// means the same Quneitra by "القنيطرة" alone in its title, not Kenitra in
// Morocco. A name read after a strong place word (محافظة، مدينة، بلدة)
// fixes the country of its bare mentions elsewhere in the document.

// placeWordFirst reports whether match m begins with a strong place word
// of its own (محافظة القنيطرة, a name of the gazetteer).
func (g *Gazetteer) placeWordFirst(x *ar.Text, m *match) bool {
	return m.last-m.first > 1 && g.cues[x.Tokens[m.first].KeyAt(m.key)] == cueStrong
}

// withPlaceWord reports whether match m is read with a strong place word:
// right before it, or the first word of its own.
func (g *Gazetteer) withPlaceWord(x *ar.Text, m *match) bool {
	return m.cue == cueStrong || g.placeWordFirst(x, m)
}

// nameOf returns the folded words of match m, its first word without the
// proclitics it matched without, and without a strong place word it
// begins with (see placeWordFirst): the same name however it is written.
func (g *Gazetteer) nameOf(x *ar.Text, m *match) string {
	var b strings.Builder
	from := m.first + 1
	if g.placeWordFirst(x, m) {
		b.WriteString(x.Tokens[from].Key())
		from++
	} else {
		b.WriteString(x.Tokens[m.first].KeyAt(m.key))
	}
	for k := from; k < m.last; k++ {
		b.WriteByte(' ')
		b.WriteString(x.Tokens[k].Norm)
	}
	return b.String()
}

// sureName is what a name read with a strong place word says of its bare
// mentions: their country, and their very entry when it had only one
// reading.
type sureName struct {
	country string
	entry   *Entry
}

// has reports whether reading e agrees with the sure name.
func (s sureName) has(e *Entry) bool {
	return e.Country == s.country && (s.entry == nil || e == s.entry)
}

// sureNames returns the reading of each name that some match reads with a
// strong place word, when all its readings lie in one country (محافظة
// القنيطرة is Syria's), or nil.
func (g *Gazetteer) sureNames(x *ar.Text, matches []match) map[string]sureName {
	var sure map[string]sureName
	for i := range matches {
		m := &matches[i]
		if !g.withPlaceWord(x, m) {
			continue
		}
		c := m.hits[0].Country
		for _, e := range m.hits[1:] {
			if e.Country != c {
				c = ""
			}
		}
		if c == "" {
			continue
		}
		if sure == nil {
			sure = make(map[string]sureName)
		}
		name, sn := g.nameOf(x, m), sureName{country: c}
		if len(m.hits) == 1 {
			sn.entry = m.hits[0]
		}
		if old, dup := sure[name]; dup && old != sn {
			sn.entry = nil // two readings in one country
			if old.country != c {
				sn.country = "" // two countries: nothing is sure
			}
		}
		sure[name] = sn
	}
	return sure
}

// oneSense keeps, of the readings of each ambiguous match with no place
// word before it whose first choice (in first) lies in another country
// than sure gives its name (see sureNames), those that agree with it, and
// picks the best of them. A match with no such reading is left alone.
func (g *Gazetteer) oneSense(x *ar.Text, matches []match, first []*Entry, ctx *docContext, sure map[string]sureName) {
	for i := range matches {
		m := &matches[i]
		if m.cue != cueNone || len(m.hits) < 2 {
			continue
		}
		sn, ok := sure[g.nameOf(x, m)]
		if !ok || sn.country == "" || first[i].Country == sn.country {
			continue
		}
		var hits []*Entry
		for _, e := range m.hits {
			if sn.has(e) {
				hits = append(hits, e)
			}
		}
		if len(hits) == 0 {
			continue
		}
		m.hits = hits
		first[i] = hits[best(m, ctx, nil)]
	}
}

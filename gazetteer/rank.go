package gazetteer

import (
	"math"
	"sort"

	"github.com/hadath/hadath/lang/ar"
)

// Ranking weights. A reading's score is its prominence plus what the
// document's context adds.
const (
	scoreCountry  = 1000 // a country name is the country
	scoreCurated  = 900  // hand-made entries win for their exact names
	scoreCapital  = 700
	scoreAdmin1   = 600
	scoreCity     = 100 // plus cityPerDecade per tenfold population
	cityPerDecade = 60

	bonusCountry = 400 // times the share of the document's country mentions
	bonusAdmin1  = 150 // another place of the document lies in the same admin1
	bonusSeat    = 300 // a city read against a same-named admin1 it lies in
	townPenalty  = 700 // a country read after a word of a settlement (العاصمة عمان)
	maxAlts      = 4

	// minorPopulation is the population under which a GeoNames city is
	// minor: it is read only with support from the document.
	minorPopulation = 100000
)

// prominence scores a reading without context.
func prominence(e *Entry) float64 {
	switch {
	case e.Kind == KindCountry:
		return scoreCountry
	case e.ID < 0:
		return scoreCurated
	case e.Kind == KindCapital:
		return scoreCapital
	case e.Kind == KindAdmin1:
		return scoreAdmin1
	}
	return scoreCity + cityPerDecade*math.Log10(float64(e.Population)+1)
}

// minor reports whether e is a GeoNames place too small or too obscure to
// be read without support from the document: a city of fewer than
// minorPopulation people, unless the corrections name it (Noted), or a
// first-level division. Many such names are also ordinary words (كان،
// أحد، مصدر).
func minor(e *Entry) bool {
	if e.ID < 0 || e.Noted && e.Kind == KindCity {
		return false
	}
	switch e.Kind {
	case KindCity:
		return e.Population < minorPopulation
	case KindAdmin1:
		return true
	}
	return false
}

// home reports whether country iso is in the region hadath's news cover
// most (the Arab League, Iran, Turkey, Israel, Afghanistan and the Horn of
// Africa). Minor places elsewhere need a place word before them.
func home(iso string) bool {
	switch iso {
	case "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
		"QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH",
		"IR", "TR", "IL", "AF", "CY", "ET", "ER", "SS":
		return true
	}
	return false
}

// countContext counts the countries the matches name: a country name
// counts twice (unless it is also the name of another country's capital,
// as عمان is Oman and Amman), a name all of whose readings lie in one
// country, one of them not minor, once.
func countContext(matches []match) *docContext {
	ctx := &docContext{}
	for _, m := range matches {
		one, same, major := "", true, false
		named := false
		for _, e := range m.hits {
			if e.Kind == KindCountry && e.Country != "" {
				if !foreignCapital(m.hits, e.Country) {
					ctx.addCountry(e.Country, 2)
				}
				named = true
			}
			if one == "" {
				one = e.Country
			} else if e.Country != one {
				same = false
			}
			major = major || !minor(e)
		}
		if !named && same && major && one != "" && m.rule == stopNone {
			ctx.addCountry(one, 1)
		}
	}
	return ctx
}

// foreignCapital reports whether hits hold the capital of a country other
// than iso.
func foreignCapital(hits []*Entry, iso string) bool {
	for _, e := range hits {
		if e.Kind == KindCapital && e.Country != iso {
			return true
		}
	}
	return false
}

// backed reports whether reading e of a single-word match, one of hits,
// has support in the document. A minor reading needs its country named,
// and to lie in the home region (elsewhere only a place word before the
// name will do); so does a town far away that bears the name of another
// country's capital (موسكو is Moscow, not Mesquite in Texas).
func backed(e *Entry, hits []*Entry, ctx *docContext) bool {
	if e.Kind == KindCity && !home(e.Country) && foreignCapital(hits, e.Country) {
		return false
	}
	return !minor(e) || (home(e.Country) && ctx.country(e.Country) > 0)
}

// supported drops the minor readings of each match that nothing in the
// document supports (see backed; a place word before the name or a name
// of several words always do, and so does a mention of the same name with
// a place word, whose country sure gives), and the matches left with no
// reading. It reuses matches' memory.
func (g *Gazetteer) supported(x *ar.Text, matches []match, ctx *docContext, sure map[string]sureName) []match {
	out := matches[:0]
	for _, m := range matches {
		if m.cue != cueNone || m.last-m.first > 1 {
			out = append(out, m)
			continue
		}
		var sn sureName
		if sure != nil {
			sn = sure[g.nameOf(x, &m)]
		}
		if sn.country != "" {
			for _, e := range m.hits {
				if e.Country == sn.country && backed(e, m.hits, ctx) {
					sn = sureName{} // the document supports that reading already
					break
				}
			}
		}
		ok := func(e *Entry) bool { return sn.country != "" && sn.has(e) || backed(e, m.hits, ctx) }
		keep := 0
		for _, e := range m.hits {
			if ok(e) {
				keep++
			}
		}
		if keep == len(m.hits) {
			out = append(out, m)
			continue
		}
		if keep == 0 {
			continue
		}
		hits := make([]*Entry, 0, keep)
		for _, e := range m.hits {
			if ok(e) {
				hits = append(hits, e)
			}
		}
		m.hits = hits
		out = append(out, m)
	}
	return out
}

// score rates reading e of match m in context ctx; own is the admin1 that
// m itself contributed to the context, not counted as support.
func score(e *Entry, m *match, ctx *docContext, own *Entry) float64 {
	s := prominence(e)
	if m.town && e.Kind == KindCountry {
		s -= townPenalty
	}
	if e.Country != "" && ctx.most > 0 {
		s += bonusCountry * float64(ctx.country(e.Country)) / float64(ctx.most)
	}
	if e.Admin1 != "" && e.Kind != KindAdmin1 {
		n := ctx.admin1Of(e.Country, e.Admin1)
		if own != nil && own.Country == e.Country && own.Admin1 == e.Admin1 {
			n--
		}
		if n > 0 {
			s += bonusAdmin1
		}
	}
	if e.Kind == KindCity || e.Kind == KindCapital {
		for _, o := range m.hits {
			if o.Kind == KindAdmin1 && o.Country == e.Country && o.Name == e.Admin1 {
				s += bonusSeat
				break
			}
		}
	}
	return s
}

// best returns the index of the best-scoring reading of m.
func best(m *match, ctx *docContext, own *Entry) int {
	bi, bs := 0, math.Inf(-1)
	for i, e := range m.hits {
		if s := score(e, m, ctx, own); s > bs {
			bi, bs = i, s
		}
	}
	return bi
}

// resolve picks a reading for every match: once with the countries of the
// document, then again with the admin1 divisions of the first choices.
func (g *Gazetteer) resolve(x *ar.Text, matches []match) []Mention {
	ctx := countContext(matches)
	sure := g.sureNames(x, matches)
	matches = g.supported(x, matches, ctx, sure)
	if len(matches) == 0 {
		return nil
	}
	first := make([]*Entry, len(matches))
	for i := range matches {
		e := matches[i].hits[best(&matches[i], ctx, nil)]
		first[i] = e
		if e.Admin1 != "" && e.Kind != KindCountry {
			ctx.addAdmin1(e.Country, e.Admin1, 1)
		}
	}
	matches, first = g.placeWithin(x, matches, first, ctx)
	if sure != nil {
		g.oneSense(x, matches, first, ctx, sure)
	}
	out := make([]Mention, 0, len(matches))
	for i := range matches {
		m := &matches[i]
		mention := Mention{First: m.first, Last: m.last,
			Start: nameStart(x, m.first, m.key), End: x.Tokens[m.last-1].End}
		if len(m.hits) == 1 {
			mention.Entry = m.hits[0]
		} else {
			mention.Entry, mention.Alts = ranked(m, ctx, first[i])
		}
		out = append(out, mention)
	}
	return out
}

// ranked returns the best reading of m and up to maxAlts others, best
// first.
func ranked(m *match, ctx *docContext, own *Entry) (*Entry, []*Entry) {
	type scored struct {
		e *Entry
		s float64
	}
	all := make([]scored, len(m.hits))
	for i, e := range m.hits {
		all[i] = scored{e, score(e, m, ctx, own)}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].s > all[j].s })
	alts := make([]*Entry, 0, min(len(all)-1, maxAlts))
	for _, a := range all[1:] {
		if len(alts) == maxAlts {
			break
		}
		alts = append(alts, a.e)
	}
	return all[0].e, alts
}

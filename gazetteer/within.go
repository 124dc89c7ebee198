package gazetteer

import "github.com/hadath/hadath/lang/ar"

// A place said to lie within another ("بلدة صيدا في ريف درعا"، "قرية X
// شمال حلب") lies in that place's country. A name whose readings all lie
// elsewhere is another place of that name, one the gazetteer does not
// know (Saida in Daraa is not Sidon in Lebanon): it is dropped, and the
// place it lies in stands for it.

// within reports whether the tokens from a to b (exclusive), between two
// place names, say that the first lies within the second: a word of a
// division with ب (بريف، بمحافظة), a direction alone (شمال، جنوبي), في
// ريف, or في with or without another such word when a place word
// announced the first name (announced: "منطقة X في Y"، "بلدة X في مدينة
// Y"; with none, the first may be what is spoken of in the second: "قمة
// بشأن الخليل في مدينة أنقرة"). Words of nearness (قرب، محيط) do not: a
// town near a border may lie across it.
func (g *Gazetteer) within(x *ar.Text, a, b int, announced bool) bool {
	toks := x.Tokens
	if b == a {
		// The second name may begin with the word itself (ريف دمشق):
		// "صيدا بريف درعا".
		return g.cueWith(&toks[b], string(ar.Beh))
	}
	if b-a > 2 {
		return false
	}
	i := a
	if toks[i].Norm == fi {
		if i++; i == b {
			return announced // "بلدة صيدا في درعا", not "قمة بشأن الخليل في أنقرة"
		}
	}
	t := &toks[i]
	if i+1 != b || t.Kind != ar.Word || t.Sent != toks[b].Sent {
		return false
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if g.cues[k] == cueNone || near[k] {
			continue
		}
		pre := t.Proclitics(ki)
		switch {
		case pre == "" && i > a:
			// "بلدة X في ريف Y"; "قمة بشأن الخليل في مدينة أنقرة" is
			// about the one, held in the other.
			return announced || k == countryside
		case pre == "" && directions[k]:
			return true // شمال
		case pre == string(ar.Beh) && i == a:
			return true // بريف
		}
	}
	return false
}

// cueWith reports whether token t is a place word of a division or a
// direction written with proclitic pre (بريف، بمحافظة).
func (g *Gazetteer) cueWith(t *ar.Token, pre string) bool {
	for ki := range t.NumKeys() {
		if k := t.KeyAt(ki); g.cues[k] != cueNone && !near[k] && t.Proclitics(ki) == pre {
			return true
		}
	}
	return false
}

// countryside is the key of ريف: what lies "في ريف Y" lies in Y.
var countryside = ar.Key("ريف")

// fi is the preposition في, folded.
const fi = string(ar.Feh) + string(ar.Yeh)

// near are the place words of nearness, which place nothing within.
var near = keySet("قرب", "قرابة", "محيط", "أطراف", "ضواحي")

// directions are the words of a direction, which place a town within a
// place with no preposition ("X شمال حلب").
var directions = keySet("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")

// keySet returns the keys (ar.Key) of words, as a set.
func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[ar.Key(w)] = true
	}
	return m
}

// placeWithin keeps, of the readings of each match named within the next
// one (within), those in the country of the next one's first choice; it
// drops a match none of whose readings lies there. A country, and a sea
// or a region of no country, named within a place are left alone. It
// reuses the memory of matches and of first: what it writes at index k
// was read before, and only first[i+1] is read ahead.
func (g *Gazetteer) placeWithin(x *ar.Text, matches []match, first []*Entry, ctx *docContext) ([]match, []*Entry) {
	out, outFirst := matches[:0], first[:0]
	for i := range matches {
		m := matches[i]
		if i+1 < len(matches) && first[i].Kind != KindCountry && first[i].Country != "" && first[i+1].Country != "" &&
			first[i].Country != first[i+1].Country && g.within(x, m.last, matches[i+1].first, m.cue == cueStrong) {
			c := first[i+1].Country
			var hits []*Entry
			for _, e := range m.hits {
				if e.Country == c {
					hits = append(hits, e)
				}
			}
			if len(hits) == 0 {
				continue
			}
			m.hits = hits
			first[i] = hits[best(&m, ctx, nil)]
		}
		out, outFirst = append(out, m), append(outFirst, first[i])
	}
	return out, outFirst
}

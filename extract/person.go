package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/lang/ar"
)

// Persons the actor dictionary does not know are read from the shape of
// their names: a given name (names.tsv), then one to three more words of
// the name, none of which the other finders took for anything else ("اعتقلت
// الشرطة الناشط زياد حداد", "قتل الشاب سامر عودة"). Such a person is
// named by the Arabic of the text, in name and name_ar: no canonical
// English name is known for them. After an office ("وزير الداخلية
// الأردني") the name makes the office's holder a person.
//
// The names are read once the events are decided, and fill only the roles
// the events have left empty: a name read from its shape alone is weaker
// evidence than the dictionary's, and must not make an event stand, nor
// keep two mentions of one happening apart.

// maxNameWords is the most words a name read this way has.
const maxNameWords = 4

// findPersons adds the persons named in the text whom the dictionary does
// not know to dc.actors, and marks them in dc.actorAt. It reports whether
// it found any.
func (dc *doc) findPersons(d *actors.Dict) bool {
	toks := dc.x.Tokens
	var found []actors.Mention
	held := false
	for i := 0; i < len(toks); i++ {
		ki, ok := dc.givenAt(d, i)
		if !ok && !dc.kunyaAfterOffice(d, i) {
			continue
		}
		j := i + 1
		for words := 1; j < len(toks) && words < maxNameWords; words++ {
			k := j
			if ar.HashtagJoin(toks, j) {
				k++ // #زياد_حداد: the words of a hashtag
			}
			if !dc.namePart(d, i, k) {
				break
			}
			j = k + 1
		}
		for j > i+1 && d.NameLink(toks[j-1].Norm) {
			j-- // a name does not end in بن or أبو
		}
		if j-i < 2 {
			continue
		}
		if k := dc.officeBefore(i); k >= 0 {
			dc.holder(k, i, j) // "وزير الداخلية الأردني سامر عودة": the minister is the person
			held = true
		} else {
			found = append(found, dc.person(i, j, ki))
		}
		i = j - 1
	}
	if len(found) == 0 && !held {
		return false
	}
	found = append(found, dc.surnames(d, found)...)
	if len(found) == 0 {
		return held
	}
	dc.actors = append(dc.actors, found...)
	slices.SortStableFunc(dc.actors, func(a, b actors.Mention) int { return a.First - b.First })
	for i := range dc.actorAt {
		dc.actorAt[i] = -1
	}
	mark(dc.actorAt, len(dc.actors), func(k int) (int, int) { return dc.actors[k].First, dc.actors[k].Last })
	return true
}

// surnames returns the mentions of the persons read from their names
// (found, and the office holders already among dc.actors) by the last
// word of the name alone, which a story uses once it has named them in
// full ("أوقفت الشرطة الكاتبة سلمى ناصر ... ثم أفرجت عن ناصر"): every free
// word of the text that is that last word, with or without a proclitic,
// names the same person. A last word two of these persons share names
// neither, and a word the article makes definite is no surname of a name
// without it (حداد, not الحداد).
func (dc *doc) surnames(d *actors.Dict, found []actors.Mention) []actors.Mention {
	toks := dc.x.Tokens
	type named struct {
		last string
		m    *actors.Mention
	}
	var people []named
	add := func(m *actors.Mention) {
		if m.Last-m.First < 2 || !unknownPerson(&m.Actor) {
			return
		}
		lt := &toks[m.Last-1]
		last := lt.Norm
		if utf8.RuneCountInString(last) < 3 || d.GivenName(last) || !surnameShape(dc.x.Src[lt.Byte:lt.ByteEnd]) {
			return
		}
		for k := range people {
			if people[k].last == last {
				if people[k].m != nil && people[k].m.Actor.Name != m.Actor.Name {
					people[k].m = nil // two persons: the word names neither
				}
				return
			}
		}
		people = append(people, named{last, m})
	}
	for k := range dc.actors {
		add(&dc.actors[k])
	}
	for k := range found {
		add(&found[k])
	}
	if len(people) == 0 {
		return nil
	}
	var out []actors.Mention
	next := 0 // the first of found that may cover token j
	for j := range toks {
		for next < len(found) && found[next].Last <= j {
			next++
		}
		if !dc.free(j) || next < len(found) && found[next].First <= j {
			continue
		}
		t := &toks[j]
		if !surnameShape(dc.x.Src[t.Byte:t.ByteEnd]) {
			continue
		}
	keys:
		for k := range t.NumKeys() + 1 {
			key := t.Norm
			if k > 0 {
				key = t.KeyAt(k - 1)
			}
			for _, p := range people {
				if p.m == nil || key != p.last || strings.HasSuffix(t.Norm[:len(t.Norm)-len(key)], article) {
					continue
				}
				start, b := t.Start, t.Byte
				if k > 0 {
					start, b = dc.x.KeyStart(j, k-1)
				}
				a := p.m.Actor
				a.Span = &hadath.Span{Start: start, End: t.End, Text: dc.x.Src[b:t.ByteEnd]}
				out = append(out, actors.Mention{First: j, Last: j + 1, Start: start, End: t.End, Actor: a})
				break keys
			}
		}
	}
	return out
}

// surnameShape reports whether a word, as written, can be a family name
// said alone: not a feminine noun or adjective in ة (شعبية، السامية), and
// not an indefinite accusative with tanween (مخيماً), the shapes of the
// common words a name read from its shape most often runs on into.
func surnameShape(w string) bool {
	return !strings.HasSuffix(w, string(ar.TehMarbuta)) && !strings.ContainsRune(w, ar.Fathatan)
}

// personRoles gives c the persons its syntax names for the roles it has
// left empty, if they are persons read from their names; an office whose
// holder's name follows it becomes that person.
func (e *Extractor) personRoles(dc *doc, c *cand) {
	for _, p := range []**hadath.Actor{&c.actor, &c.target} {
		if a := *p; a != nil && a.Generic && a.Kind == hadath.PER && a.Span != nil {
			k, found := slices.BinarySearchFunc(dc.actors, a.Span.Start, func(m actors.Mention, start int) int { return m.Start - start })
			if m := &dc.actors[min(k, len(dc.actors)-1)]; found && !m.Actor.Generic && m.Actor.Kind == hadath.PER {
				held := m.Actor
				*p = &held
			}
		}
	}
	if c.actor != nil && c.target != nil {
		return
	}
	cp := e.readParties(dc, &c.proposal)
	if a := cp.actor; c.actor == nil && a != nil && unknownPerson(a) && (c.target == nil || c.target.Name != a.Name) {
		c.actor = a
	}
	if t := cp.target; c.target == nil && t != nil && unknownPerson(t) && (c.actor == nil || c.actor.Name != t.Name) {
		c.target = t
	}
}

// givenAt reports whether token i, free of every other finding, is a given
// name, maybe after a proclitic (وزياد) but never with the article, and
// which of its keys reads it.
func (dc *doc) givenAt(d *actors.Dict, i int) (int, bool) {
	t := &dc.x.Tokens[i]
	if !dc.free(i) {
		return 0, false
	}
	for k := range t.NumKeys() {
		key := t.KeyAt(k)
		// The article first: it costs no lookup, and turns away the
		// first key of every definite word.
		if !strings.HasSuffix(t.Norm[:len(t.Norm)-len(key)], article) && d.GivenName(key) {
			return k, true
		}
	}
	return 0, false
}

// namePart reports whether token j goes on the name that opens at token i:
// a word of the same sentence that no finder took, not a word that ends
// names (names.tsv), and not a conjunction's next word (وسوزان).
func (dc *doc) namePart(d *actors.Dict, i, j int) bool {
	t := &dc.x.Tokens[j]
	if t.Sent != dc.x.Tokens[i].Sent || !dc.free(j) || d.NameStop(t.Norm) {
		return false
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if d.NameStop(k) {
			return false // الرد، لخوض
		}
	}
	for _, suf := range pronounEnds {
		if strings.HasSuffix(t.Norm, suf) {
			return false // a pronoun's ending: سببها
		}
	}
	return !strings.HasPrefix(t.Norm, string(ar.Waw)) || d.NameLink(t.Norm)
}

// article is the folded definite article ال.
const article = string(ar.Alef) + string(ar.Lam)

// pronounEnds are the endings of attached pronouns no name ends in: ها،
// هم، هما.
var pronounEnds = []string{string(ar.Heh) + string(ar.Alef), string(ar.Heh) + string(ar.Meem),
	string(ar.Heh) + string(ar.Meem) + string(ar.Alef)}

// free reports whether token i is an Arabic word that no finder took: no
// actor, place, date, number, method, trigger or cue.
func (dc *doc) free(i int) bool {
	return dc.x.Tokens[i].Kind == ar.Word && dc.actorAt[i] < 0 && dc.placeAt[i] < 0 && dc.dateAt[i] < 0 &&
		dc.numAt[i] < 0 && dc.methodAt[i] < 0 && dc.trigAt[i] < 0 && dc.cueAt[i] == 0
}

// kunyaAfterOffice reports whether token i opens a name by a kunya, a
// link word of names such as أبو, after an office ("قائد اللواء أبو
// زرعة المحرمي"): no given name need follow it there.
func (dc *doc) kunyaAfterOffice(d *actors.Dict, i int) bool {
	t := &dc.x.Tokens[i]
	return i+1 < len(dc.x.Tokens) && dc.free(i) && d.NameLink(t.Norm) && dc.free(i+1) &&
		dc.x.Tokens[i+1].Sent == t.Sent && dc.officeBefore(i) >= 0
}

// officeBefore returns the actor mention of the office or person noun
// right before token i, or with one comma between ("وزير الداخلية
// الأردني، فلان الفلاني"), or a word of renown ("رجل الدين البارز"), whose
// holder a name at i names; -1 if none.
func (dc *doc) officeBefore(i int) int32 {
	j := i
	if j > 0 && isComma(&dc.x.Tokens[j-1]) {
		j--
	}
	for n := 0; n < 2 && j > 0 && rankAdjectives[dc.x.Tokens[j-1].Key()]; n++ {
		j--
	}
	if j == 0 {
		return -1
	}
	if k := dc.actorAt[j-1]; k >= 0 && dc.office(k, j) {
		return k
	}
	return -1
}

// office reports whether actor mention k is an office standing for its
// holder (a generic person: "Lebanese activist") that ends at token i.
func (dc *doc) office(k int32, i int) bool {
	m := &dc.actors[k]
	return m.Last == i && m.Actor.Generic && m.Actor.Kind == hadath.PER
}

// holder makes office mention k the person whose name runs over tokens
// first..last-1.
func (dc *doc) holder(k int32, first, last int) {
	m := &dc.actors[k]
	toks := dc.x.Tokens
	b := toks[m.Last-1].ByteEnd - len(m.Actor.Span.Text) // where the office's span starts
	t := &toks[last-1]
	name := dc.x.Src[toks[first].Byte:t.ByteEnd]
	for i := m.Last; i < last; i++ {
		dc.actorAt[i] = k
	}
	m.Actor.Name, m.Actor.NameAr, m.Actor.Generic = name, name, false
	m.Last, m.End = last, t.End
	m.Actor.Span = &hadath.Span{Start: m.Start, End: t.End, Text: dc.x.Src[b:t.ByteEnd]}
}

// person returns the mention of an unknown person named by tokens
// first..last-1, the first read through its key ki (without a proclitic).
func (dc *doc) person(first, last, ki int) actors.Mention {
	start, b := dc.x.KeyStart(first, ki)
	t := &dc.x.Tokens[last-1]
	text := dc.x.Src[b:t.ByteEnd]
	name := strings.ReplaceAll(text, "_", " ") // the words of a hashtag
	a := hadath.Actor{Name: name, NameAr: name, Sector: hadath.SectorOther, Kind: hadath.PER,
		Span: &hadath.Span{Start: start, End: t.End, Text: text}}
	return actors.Mention{First: first, Last: last, Start: start, End: t.End, Actor: a}
}

// unknownPerson reports whether an actor is a person read from the shape
// of the name alone: such a name says less that an event happened than a
// known actor does.
func unknownPerson(a *hadath.Actor) bool {
	return a.Kind == hadath.PER && !a.Generic && a.Name == a.NameAr
}

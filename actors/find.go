package actors

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// Mention is an actor found in a text.
type Mention struct {
	First, Last int // token indexes, Last exclusive
	// Start and End are code-point offsets in the text's Src cutting out
	// exactly the actor phrase, without a leading proclitic such as و or ب.
	Start, End int
	// Actor is the filled record: canonical English Name, Generic true for
	// generic actors, Span set to Start, End and the text.
	Actor hadath.Actor
	// Entry is the named entry, nil for generic actors.
	Entry *Entry
	// Number is the grammatical number of a generic noun: "sg", "du",
	// "pl", or "" for collectives and named actors.
	Number string
	// Counterpart is true for a counterpart of the party named before it
	// ("نظيره المصري"): the other side of that party's event, never its
	// doer.
	Counterpart bool
}

// Find returns every actor mention of an analyzed Arabic text, left to
// right, without overlaps. At each token it tries, in order:
//
//   - a title chain: title, demonym or organisation, modifiers, and a
//     person's name ("رئيس الوزراء العراقي محمد شياع السوداني"), or the
//     office alone as a generic person ("وزير الخارجية الإيراني");
//   - the longest named actor, unless a generic composition is longer;
//   - a generic noun with a demonym, a country, a person or an
//     organisation after it ("القوات الأمريكية", "قوات الأسد",
//     "عناصر داعش"), or "في" and a country;
//   - a plural demonym standing alone as people ("الفلسطينيين").
func (d *Dict) Find(x *ar.Text) []Mention {
	// The mentions are gathered in a buffer reused from text to text and
	// copied out at their number: far fewer than the tokens, they would
	// otherwise cost a slice sized for the worst case, or its growing.
	buf := findPool.Get().(*[]Mention)
	found := (*buf)[:0]
	for i := 0; i < len(x.Tokens); {
		r := d.at(x, i)
		if r.ok {
			found = append(found, r.m)
		}
		if r.last > i {
			i = r.last
			continue
		}
		i++
	}
	out := make([]Mention, len(found))
	copy(out, found)
	*buf = found
	findPool.Put(buf)
	return d.counterparts(x, d.surnameRefs(x, d.weakRefs(x, descriptions(x, appositions(x, out)))))
}

// findPool holds the buffers of Find.
var findPool = sync.Pool{New: func() any { return new([]Mention) }}

// weakRefs adds the weak aliases that stand alone for a person the text
// has named in full before them ("تيريزا ماي ... وقالت ماي"), to the
// mentions found, keeping them in text order.
func (d *Dict) weakRefs(x *ar.Text, found []Mention) []Mention {
	var seen map[*Entry]bool
	var out []Mention
	k := 0 // next mention of found
	for i := 0; i < len(x.Tokens); i++ {
		for k < len(found) && found[k].Last <= i {
			if e := found[k].Entry; e != nil && len(e.Weak) > 0 && found[k].Actor.Kind == hadath.PER {
				if seen == nil {
					seen = make(map[*Entry]bool)
				}
				seen[e] = true
			}
			if out != nil {
				out = append(out, found[k])
			}
			k++
		}
		if k < len(found) && found[k].First <= i || seen == nil || !d.trie.mayStartWeak(&x.Tokens[i]) {
			continue
		}
		m, ok := d.name(x, i, bitWeak)
		if !ok || k < len(found) && m.last > found[k].First {
			continue
		}
		e := d.seenWeak(&d.trie.nodes[m.node], seen)
		if e == nil {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(found)+4), found[:k]...)
		}
		out = append(out, d.named(x, m, e).m)
		i = m.last - 1
	}
	if out == nil {
		return found
	}
	return append(out, found[k:]...)
}

// seenWeak returns the entry of node n's weak aliases that is in seen,
// when exactly one is.
func (d *Dict) seenWeak(n *node, seen map[*Entry]bool) *Entry {
	var e *Entry
	for _, w := range n.weak {
		if seen[w] && w != e {
			if e != nil {
				return nil
			}
			e = w
		}
	}
	return e
}

// result is what was read at a token: a mention when ok, and in any case
// the index of the first token not consumed (a blocking phrase consumes
// tokens without a mention).
type result struct {
	m    Mention
	ok   bool
	last int
}

// at reads the actor starting at token i, if any.
func (d *Dict) at(x *ar.Text, i int) result {
	t := &x.Tokens[i]
	if t.Kind == ar.Punct || t.Kind == ar.Number {
		return result{}
	}
	fs, some := d.trie.firsts(t)
	if !some {
		return result{}
	}
	ls := d.trie.longestEach(x, i, &fs, bitTitle|bitName|bitGeneric|bitDemonym)
	if tm, ok := ls.get(bitTitle); ok {
		if r := d.titleAt(x, tm); r.ok {
			return r
		}
	}
	if r := d.actorAt(x, i, &ls, 1); r.ok || r.last > i {
		return r
	}
	if dm, ok := ls.get(bitDemonym); ok {
		if dem := d.trie.nodes[dm.node].demonym; dem.People {
			return d.people(x, dm, dem.ISO2)
		}
	}
	return result{}
}

// actorAt reads a named actor or a generic composition at token i. depth
// bounds the nesting of generic nouns (عناصر قوات الأمن); ls holds the
// longest names and generic nouns at the token.
func (d *Dict) actorAt(x *ar.Text, i int, ls *longests, depth int) result {
	nm, nok := ls.get(bitName)
	nm, nok = d.checkName(x, i, nm, nok)
	gm, gok := ls.get(bitGeneric)
	if gok {
		g := d.genericOf(x, gm)
		if g.Sector == SectorNone {
			if !nok || gm.last >= nm.last {
				return result{last: gm.last}
			}
		} else if r := d.genericAt(x, gm, depth); r.ok && (!nok || r.m.Last > nm.last) {
			return r
		}
	}
	if nok {
		return d.named(x, nm, d.entryOf(x, nm, bitName))
	}
	return result{}
}

// name returns the longest name (of the kinds in want: bitName, bitWeak)
// at token i, after the checks that keep common words out: the first word
// agrees with the name in carrying the article or not (القطر is not قطر),
// a one-token definite name that is also a demonym is an adjective after
// a definite word (الشعب السوداني، نظيره السوداني), and a short Latin
// name is written in capitals.
func (d *Dict) name(x *ar.Text, i int, want uint8) (match, bool) {
	if x.Tokens[i].Kind == ar.Punct {
		return match{}, false
	}
	fs, _ := d.trie.firsts(&x.Tokens[i])
	return d.nameFrom(x, i, &fs, want)
}

// nameFrom is name with the nodes of token i's keys given.
func (d *Dict) nameFrom(x *ar.Text, i int, fs *firsts, want uint8) (match, bool) {
	m, ok := d.trie.longestFrom(x, i, fs, want)
	return d.checkName(x, i, m, ok)
}

// checkName returns m, the longest name at token i when ok, and whether
// it passes the checks of name.
func (d *Dict) checkName(x *ar.Text, i int, m match, ok bool) (match, bool) {
	if !ok {
		return m, ok
	}
	n := &d.trie.nodes[m.node]
	if t := &x.Tokens[i]; t.Kind == ar.Word && n.article&(1<<b2i(keyDefinite(t, m.ki))) == 0 {
		return m, false
	}
	if m.last-m.first > 1 {
		return m, true
	}
	if n.kinds&bitDemonym != 0 && i > 0 && x.Tokens[i-1].Sent == x.Tokens[i].Sent &&
		definiteNoun(x, &x.Tokens[i-1]) && keyDefinite(&x.Tokens[i], m.ki) && !prepositional(&x.Tokens[i], m.ki) {
		return m, false
	}
	if t := &x.Tokens[i]; t.Kind == ar.Latin && len(t.Norm) <= 3 && hasLower(x.Src[t.Byte:t.ByteEnd]) {
		return m, false
	}
	if d.dualNoun(x, i, m.ki) {
		return m, false
	}
	return m, true
}

// dualNoun reports whether the one-word name at token i, read through
// its key ki, is a noun in the dual that a dual adjective of nationality
// agrees with: "طالبان مصريان" are two students, not the Taliban. The
// nominative dual -يان is asked for: after a name, the oblique -يين is
// more often a plural object ("هاجمت طالبان الأمريكيين").
func (d *Dict) dualNoun(x *ar.Text, i, ki int) bool {
	if !strings.HasSuffix(x.Tokens[i].KeyAt(ki), dualEnding) || i+1 >= len(x.Tokens) || !sameSent(x, i, i+1) {
		return false
	}
	next := &x.Tokens[i+1]
	if next.Kind != ar.Word || !strings.HasSuffix(next.Norm, nisbaDual) || definite(next) != keyDefinite(&x.Tokens[i], ki) {
		return false
	}
	dm, ok := d.trie.longest(x, i+1, bitDemonym)
	return ok && dm.ki == 0 && dm.last == i+2
}

// dualEnding and nisbaDual are the endings, folded, of a noun in the
// nominative dual and of a nisba adjective in it.
const (
	dualEnding = string(ar.Alef) + string(ar.Noon)
	nisbaDual  = string(ar.Yeh) + string(ar.Alef) + string(ar.Noon)
)

// genericOf returns the generic noun of a match, the row for a first
// word with or without the article.
func (d *Dict) genericOf(x *ar.Text, m match) *Generic {
	return d.trie.nodes[m.node].genericFor(keyDefinite(&x.Tokens[m.first], m.ki))
}

// entryOf returns the entry of a name match: the first, in data order,
// filed under a name agreeing with the text word in the article; names
// before weak aliases.
func (d *Dict) entryOf(x *ar.Text, m match, want uint8) *Entry {
	n := &d.trie.nodes[m.node]
	bit := uint8(0xff)
	if t := &x.Tokens[m.first]; t.Kind == ar.Word {
		bit = 1 << b2i(keyDefinite(t, m.ki))
	}
	for i, e := range n.names {
		if n.nameArt[i]&bit != 0 {
			return e
		}
	}
	if want&bitWeak != 0 {
		for i, e := range n.weak {
			if n.weakArt[i]&bit != 0 {
				return e
			}
		}
	}
	if len(n.names) > 0 {
		return n.names[0]
	}
	return n.weak[0]
}

// named returns the mention of entry e over tokens m.first..m.last-1.
func (d *Dict) named(x *ar.Text, m match, e *Entry) result {
	men := d.mention(x, m.first, m.last, m.ki, e.Actor())
	men.Entry = e
	return result{m: men, ok: true, last: m.last}
}

// mention fills a mention over tokens first..last-1, the first read
// through its key ki, with its span.
func (d *Dict) mention(x *ar.Text, first, last, ki int, a hadath.Actor) Mention {
	start, b := x.KeyStart(first, ki)
	t := &x.Tokens[last-1]
	a.Span = &hadath.Span{Start: start, End: t.End, Text: x.Src[b:t.ByteEnd]}
	return Mention{First: first, Last: last, Start: start, End: t.End, Actor: a}
}

// people returns a plural demonym standing alone as the country's
// civilians: "قتل ثلاثة فلسطينيين".
func (d *Dict) people(x *ar.Text, m match, iso2 string) result {
	a := hadath.Actor{Name: d.adjective(iso2) + " civilians", Country: iso2,
		Sector: hadath.SectorCivilians, Generic: true, Kind: KindOrg}
	men := d.mention(x, m.first, m.last, m.ki, a)
	men.Number = "pl"
	return result{m: men, ok: true, last: m.last}
}

// adjective returns the English adjective of a country, or its code.
func (d *Dict) adjective(iso2 string) string {
	if c := d.countries[iso2]; c != nil {
		return c.Adjective
	}
	return iso2
}

// countryName returns the English name of a country, or its code.
func (d *Dict) countryName(iso2 string) string {
	if c := d.countries[iso2]; c != nil {
		return c.Name
	}
	return iso2
}

// definiteIn is definite read against the text's own letters: folding
// makes أ and إ the bare ا, so that ألماني (German) and وألمان look like
// the article on ماني; a word whose first letter after its conjunction
// or preposition is a hamza on alef has none.
func definiteIn(x *ar.Text, t *ar.Token) bool {
	if !definite(t) {
		return false
	}
	src := x.Src[t.Byte:t.ByteEnd]
	for n := 0; n < 3 && src != ""; n++ {
		r, size := utf8.DecodeRuneInString(src)
		switch r {
		case ar.AlefHamzaAbove, ar.AlefHamzaBelow, ar.AlefMadda:
			return false
		case ar.Waw, ar.Feh, ar.Beh, ar.Kaf:
			src = src[size:]
		default:
			return true
		}
	}
	return true
}

// definiteNoun reports whether a word is a definite noun: it carries the
// article, read against the text's letters (وألمانيا has none), or it is
// a counterpart, made definite by its pronoun (نظيره).
func definiteNoun(x *ar.Text, t *ar.Token) bool {
	if definiteIn(x, t) {
		return true
	}
	_, ok := counterpartKey(t)
	return ok
}

// definite reports whether a word carries the article, perhaps after a
// conjunction and a preposition: الجيش, والجيش, بالجيش, وبالجيش, للجيش.
func definite(t *ar.Token) bool {
	if t.Kind != ar.Word {
		return false
	}
	w := t.Norm
	if rest, ok := cutRune(w, ar.Waw, ar.Feh); ok && (hasArticlePrefix(rest) || strings.HasPrefix(rest, lamLam)) {
		return true
	} else if ok {
		w = rest
	}
	if strings.HasPrefix(w, article) || strings.HasPrefix(w, lamLam) {
		return true
	}
	rest, ok := cutRune(w, ar.Beh, ar.Kaf)
	return ok && hasArticlePrefix(rest)
}

// cutRune removes a leading a or b from w.
func cutRune(w string, a, b rune) (string, bool) {
	for _, r := range [2]rune{a, b} {
		if rest, ok := strings.CutPrefix(w, string(r)); ok {
			return rest, true
		}
	}
	return w, false
}

// prepositional reports whether key ki of t strips a preposition (ب ل ك):
// a word after a preposition is a noun, not an adjective (بالسوداني).
func prepositional(t *ar.Token, ki int) bool {
	return strings.ContainsAny(t.Proclitics(ki), string([]rune{ar.Beh, ar.Lam, ar.Kaf}))
}

// hasArticlePrefix reports whether w starts with the article and more.
func hasArticlePrefix(w string) bool {
	return strings.HasPrefix(w, article) && len(w) > len(article)+2
}

// keyDefinite reports whether reading token t through its key ki strips
// an article: الجيش, والجيش and للجيش read as جيش do, كالن read as كالن
// does not.
func keyDefinite(t *ar.Token, ki int) bool {
	if ki >= t.NumKeys() {
		return false
	}
	prefix := t.Norm[:len(t.Norm)-len(t.KeyAt(ki))]
	return strings.HasSuffix(prefix, article) || strings.HasSuffix(prefix, lamLam)
}

// The folded article and ل + article.
const (
	article = string(ar.Alef) + string(ar.Lam)
	lamLam  = string(ar.Lam) + string(ar.Lam)
)

// hasLower reports whether s holds a lower-case ASCII letter.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// sameSent reports whether token j exists, is in the sentence of token i
// and is a word (not punctuation or a number).
func sameSent(x *ar.Text, i, j int) bool {
	return j < len(x.Tokens) && x.Tokens[j].Sent == x.Tokens[i].Sent &&
		x.Tokens[j].Kind != ar.Punct && x.Tokens[j].Kind != ar.Number
}

// GenericName returns the one name of a generic actor of a country: the
// country's adjective before the label ("Israeli military", "Palestinian
// civilians"), whatever words the label was found with ("Israel military",
// "Military", "Civilians in Palestine"). Without a country, the label is
// returned capitalized.
func (d *Dict) GenericName(country, label string) string {
	label = strings.TrimSpace(label)
	c := d.countries[country]
	if c == nil {
		return capitalize(label)
	}
	if before, after, ok := strings.Cut(label, " in "); ok && strings.EqualFold(strings.TrimSpace(after), c.Name) {
		label = before
	}
	for _, p := range []string{c.Name, c.Adjective, country} {
		if len(label) > len(p) && strings.EqualFold(label[:len(p)], p) && label[len(p)] == ' ' {
			label = strings.TrimSpace(label[len(p):])
			break
		}
	}
	if label == "" {
		return c.Adjective
	}
	if _, rest, ok := strings.Cut(label, " "); (!ok || rest[0] < 'A' || rest[0] > 'Z') && !d.proper[label] {
		// "Military" or "Security forces", capitalized alone: a common
		// noun, written as it is after the adjective, so that an actor
		// found without its country and one found with it share a
		// name. A title ("Prime Minister") keeps its capitals.
		label = lowerFirst(label)
	}
	return c.Adjective + " " + label
}

// lowerFirst lowers the first letter of a label that is a common noun
// ("Military" -> "military"), leaving acronyms ("UN envoy") alone.
func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z') {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

package actors

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// A common noun for one person followed by a known person's name, with
// at most a comma between, names that person: "رجل الدين العراقي، فلان
// الفلاني" is one party, the person, not a cleric and a second party.
// Titles read their names themselves (titleAt); this joins the generic
// nouns of generic.tsv (رجل دين، ناشط، صحفي) to the name after them.

// appositions merges each generic mention of one person that a known
// person's name follows into that person's mention, which then spans
// both, as a title chain does. A name after a conjunction (وفلان) is a
// second party, and so is one of another country than the noun's
// demonym gives.
func appositions(x *ar.Text, found []Mention) []Mention {
	out := found[:0]
	for k := 0; k < len(found); k++ {
		m := found[k]
		if k+1 < len(found) && appositive(x, &m, &found[k+1]) {
			p := found[k+1]
			b := x.Tokens[m.Last-1].ByteEnd - len(m.Actor.Span.Text) // where the noun's span starts
			p.First, p.Start = m.First, m.Start
			span := *p.Actor.Span
			span.Start, span.Text = m.Start, x.Src[b:x.Tokens[p.Last-1].ByteEnd]
			p.Actor.Span = &span
			out = append(out, p)
			k++
			continue
		}
		out = append(out, m)
	}
	return out
}

// appositive reports whether person mention p stands in apposition to
// the generic mention m before it.
func appositive(x *ar.Text, m, p *Mention) bool {
	if !m.Actor.Generic || m.Actor.Kind != hadath.PER || m.Number != "sg" || m.Actor.Span == nil {
		return false
	}
	// A name of one word may be a word of the phrase read as a surname
	// ("الجندي الملقى"): two words at least.
	if p.Actor.Generic || p.Entry == nil || p.Entry.Kind != KindPerson || p.Actor.Span == nil || p.Last-p.First < 2 {
		return false
	}
	if m.Actor.Country != "" && p.Actor.Country != "" && m.Actor.Country != p.Actor.Country {
		return false
	}
	if p.First != m.Last && p.First != skipComma(x, m.Last) {
		return false
	}
	first := &x.Tokens[p.First]
	if first.Sent != x.Tokens[m.Last-1].Sent {
		return false
	}
	// A proclitic stripped before the name: وفلان is a second party.
	return p.Start == first.Start || !strings.HasPrefix(first.Norm, string(ar.Waw))
}

// A definite description that repeats the words a person was first named
// with ("وزير الخارجية الإيراني فلان ... وقال وزير الخارجية الإيراني")
// names that person again, as a surname alone does (weakRefs).

// descriptions gives each generic mention of one person the person of
// the latest earlier mention that opened with the same words and went on
// to a name, if that person held no other office (السابق) there. Only the
// last describedPersons persons named are looked back at, so that a text
// of many mentions costs time in proportion to them.
func descriptions(x *ar.Text, found []Mention) []Mention {
	var persons []int // indexes in found of the persons named so far
	for k := range found {
		g := &found[k]
		if !g.Actor.Generic {
			if g.Actor.Kind == hadath.PER {
				persons = append(persons, k)
			}
			continue
		}
		if g.Actor.Kind != hadath.PER || g.Number == "du" || g.Number == "pl" || g.Actor.Span == nil {
			continue
		}
		for i := len(persons) - 1; i >= 0 && i >= len(persons)-describedPersons; i-- {
			if p := &found[persons[i]]; describes(x, g, p) {
				span := g.Actor.Span
				g.Actor = p.Actor
				g.Actor.Span = span
				g.Entry = p.Entry
				g.Number = ""
				break
			}
		}
	}
	return found
}

// describedPersons is how many of the persons named last a description
// may take back.
const describedPersons = 256

// describes reports whether generic mention g repeats the words that
// person mention p opens with, p going on to the person's name.
func describes(x *ar.Text, g, p *Mention) bool {
	n := g.Last - g.First
	if p.Actor.Generic || p.Actor.Kind != hadath.PER || p.Last-p.First <= n+1 {
		return false
	}
	for i := range n {
		tg, tp := &x.Tokens[g.First+i], &x.Tokens[p.First+i]
		if tg.Key() != tp.Key() || definite(tg) != definite(tp) { // "رئيس أمريكي" is not "الرئيس الأمريكي"
			return false
		}
	}
	for i := p.First + n; i < p.Last; i++ {
		if formerWords[x.Tokens[i].Key()] {
			return false
		}
	}
	return true
}

// formerWords are the folded keys that make an office one held before:
// its holder then is not its holder now.
var formerWords = set("سابق", "اسبق", "سابقه", "اسبقه")

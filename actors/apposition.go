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
	gap := p.First - m.Last
	if gap == 1 {
		t := &x.Tokens[m.Last]
		if t.Kind != ar.Punct || t.Norm != "،" && t.Norm != "," {
			return false
		}
	} else if gap != 0 {
		return false
	}
	first := &x.Tokens[p.First]
	if first.Sent != x.Tokens[m.Last-1].Sent {
		return false
	}
	// A proclitic stripped before the name: وفلان is a second party.
	return p.Start == first.Start || !strings.HasPrefix(first.Norm, string(ar.Waw))
}

package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// A story that has named a known person in full goes on with the last word
// of the name alone: "أطلق سراح أنور إبراهيم ... وقال إبراهيم". The word
// names that person wherever it stands free after the full name, unless
// two persons named in full share it.

// surnameRefs adds to found (in text order) a mention of each word that is
// the last word of the Arabic name of a person named before it in full,
// one word or more, as written in the text, and of no other person named
// so. The word may carry a proclitic (وإبراهيم، لإبراهيم), but not the
// article when the name's word lacks it.
func (d *Dict) surnameRefs(x *ar.Text, found []Mention) []Mention {
	type person struct {
		last string
		e    *Entry
	}
	var people []person
	var out []Mention
	k := 0 // next mention of found
	for i := 0; i < len(x.Tokens); i++ {
		for k < len(found) && found[k].Last <= i {
			m := &found[k]
			if out != nil {
				out = append(out, *m)
			}
			k++
			if e := m.Entry; e != nil && m.Actor.Kind == hadath.PER && m.Last-m.First >= 2 {
				last := x.Tokens[m.Last-1].Norm
				if utf8.RuneCountInString(last) < 3 || strings.HasPrefix(last, article) || d.NameLink(x.Tokens[m.Last-2].Norm) {
					continue // "محمد بن سلمان": سلمان alone is his father
				}
				dup := false
				for p := range people {
					if people[p].last == last {
						dup = true
						if people[p].e != e {
							people[p].e = nil // two persons: the word names neither
						}
					}
				}
				if !dup {
					people = append(people, person{last, e})
				}
			}
		}
		if len(people) == 0 || k < len(found) && found[k].First <= i {
			continue
		}
		t := &x.Tokens[i]
		if t.Kind != ar.Word {
			continue
		}
	keys:
		for ki := range t.NumKeys() {
			key := t.KeyAt(ki)
			if strings.HasSuffix(t.Norm[:len(t.Norm)-len(key)], article) {
				continue // الإبراهيم is no one's إبراهيم
			}
			for _, p := range people {
				if p.e == nil || p.last != key {
					continue
				}
				if out == nil {
					out = append(make([]Mention, 0, len(found)+4), found[:k]...)
				}
				men := d.mention(x, i, i+1, ki, p.e.Actor())
				men.Entry = p.e
				out = append(out, men)
				break keys
			}
		}
	}
	if out == nil {
		return found
	}
	return append(out, found[k:]...)
}

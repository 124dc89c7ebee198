package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// Dual endings of a noun: ان in the nominative, ين in the accusative and
// genitive. A noun ending in ta marbuta writes it ت before them (ضربة →
// ضربتان، ضربتين).
const (
	dualNom = string(ar.Alef) + string(ar.Noon)
	dualObl = string(ar.Yeh) + string(ar.Noon)
)

// addDuals files the two dual forms of every one-word event noun of the
// trigger lexicon under the noun's own trigger, so that "انفجارين" and
// "عمليتان" are read as "انفجار" and "عملية" are, without each dual
// written out by hand. The dual keeps the singular's Form: it is the same
// word, and what the models learned of the word holds for it.
//
// A key the files give (the dual written out, a NONE phrase, a form of
// another word that happens to end the same way) is left as it is. Verb
// forms have no such dual (يبحثان is a verb's own inflection, listed with
// it), and neither do nouns ending in a long vowel (دعوى), whose dual
// changes the stem.
func (b *builder) addDuals() {
	e := b.trig
	for _, k := range e.keys { // ranges over the keys before the duals put appends
		if strings.Contains(k, " ") {
			continue
		}
		var nouns []*Trigger
		for _, t := range e.vals[k] {
			if t.Type != NoEvent && t.Noun && !t.Verb {
				nouns = append(nouns, t)
			}
		}
		if len(nouns) == 0 {
			continue
		}
		for _, d := range duals(k, e.ends[k]&endTaMarbuta != 0) {
			if _, have := e.vals[d]; have {
				continue
			}
			for _, t := range nouns {
				e.put(d, t.Form, t, func(*Trigger) bool { return false })
			}
		}
	}
}

// duals returns the two dual keys of the noun key k, or none when k is too
// short or ends in a vowel letter. feminine says that k's last letter, a
// folded ه, was written ة.
func duals(k string, feminine bool) []string {
	if utf8.RuneCountInString(k) < 3 {
		return nil
	}
	last, size := utf8.DecodeLastRuneInString(k)
	switch last {
	case ar.Alef, ar.Waw, ar.Yeh, ar.AlefMaksura:
		return nil
	}
	stem := k
	if feminine && last == ar.Heh {
		stem = k[:len(k)-size] + string(ar.Teh)
	}
	return []string{stem + dualNom, stem + dualObl}
}

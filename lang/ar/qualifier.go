package ar

import (
	"sort"
	"strings"

	"github.com/hadath/hadath"
)

// phrase is a run of words in key form (see Key) with a qualifier.
type phrase struct {
	words     []string
	qualifier string
}

// qualifiers lists the phrases that qualify a count, before it (before)
// or after it (after), longest first so that ما لا يقل عن wins over
// لا يقل عن.
type qualifiers struct {
	before, after []phrase
	// byFirst indexes before by first word.
	byFirst map[string][]phrase
}

// newQualifiers builds the qualifier phrase lists.
func newQualifiers() *qualifiers {
	q := &qualifiers{}
	add := func(list *[]phrase, qual string, phrases ...string) {
		for _, p := range phrases {
			*list = append(*list, phrase{words: strings.Fields(Key(p)), qualifier: qual})
		}
	}
	add(&q.before, hadath.MoreThan, "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن",
		"يزيد على", "أزيد من", "ما يربو على", "يربو على", "ما يفوق", "يفوق", "ما فوق")
	add(&q.before, hadath.AtLeast, "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا تقل عن",
		"على الأقل", "ما لا يقل عدده عن")
	add(&q.before, hadath.About, "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب",
		"يقارب", "ما يقرب من", "يقرب من", "ما يناهز", "يناهز", "تقريبا")
	add(&q.before, hadath.UpTo, "حتى", "ما يصل إلى", "يصل إلى", "تصل إلى", "ما يصل الى",
		"أقل من", "ما دون", "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يزيد على")
	add(&q.after, hadath.AtLeast, "على الأقل", "على أقل تقدير", "في الأقل")
	add(&q.after, hadath.About, "تقريبا")
	for _, l := range [][]phrase{q.before, q.after} {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	}
	q.byFirst = make(map[string][]phrase)
	for _, p := range q.before {
		q.byFirst[p.words[0]] = append(q.byFirst[p.words[0]], p)
	}
	return q
}

// matches reports whether token t may be the word w: its folded form or
// one of its keys.
func matches(t *Token, w string) bool {
	if t.Norm == w {
		return true
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if k == w {
			return true
		}
	}
	return false
}

// startingAt returns the longest phrase of list that starts at token i.
func startingAt(x *Text, list []phrase, i int) (phrase, bool) {
	for _, p := range list {
		if i+len(p.words) <= len(x.Tokens) && phraseAt(x, p, i) {
			return p, true
		}
	}
	return phrase{}, false
}

// phraseAt reports whether p is written at tokens i, i+1, ...
func phraseAt(x *Text, p phrase, i int) bool {
	for k, w := range p.words {
		t := &x.Tokens[i+k]
		if k == 0 {
			if !matches(t, w) {
				return false
			}
		} else if t.Key() != w && t.Norm != w {
			return false
		}
	}
	return true
}

// hasConj reports whether token t is the folded word w with the
// conjunction و or ف before it.
func hasConj(t *Token, w string) bool {
	n := t.Norm
	return len(n) == len(conjWaw)+len(w) && (n[:len(conjWaw)] == conjWaw || n[:len(conjFeh)] == conjFeh) && n[len(conjWaw):] == w
}

// conjStart returns the code-point offset in src of token t after its
// first letter, a conjunction, and the harakat on it.
func conjStart(src string, t *Token) int {
	cp := t.Start
	for k, r := range src[t.Byte:t.ByteEnd] {
		if k > 0 && !isHaraka(r) && r != Tatweel {
			break
		}
		cp++
	}
	return cp
}

package lexicon

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// Endings of a form's last letter that matter before an attached pronoun.
const (
	endTaMarbuta   = 1 << iota // ة: مسؤولية + ها is written مسؤوليتها
	endAlefMaksura             // ى: نفى + ه is written نفاه
)

// entries holds the values of one lexicon by key, in the order the keys
// were first added.
type entries[V any] struct {
	keys []string
	vals map[string][]V
	ends map[string]uint8
}

func newEntries[V any]() *entries[V] {
	return &entries[V]{vals: make(map[string][]V), ends: make(map[string]uint8)}
}

// put files v under key. A value for which same is true already filed
// there is replaced, so a later file overrides an earlier one.
func (e *entries[V]) put(key, form string, v V, same func(V) bool) {
	vs, have := e.vals[key]
	if !have {
		e.keys = append(e.keys, key)
	}
	first, _, _ := strings.Cut(strings.TrimSpace(form), " ")
	switch {
	case strings.HasSuffix(first, string(ar.TehMarbuta)):
		e.ends[key] |= endTaMarbuta
	case strings.HasSuffix(first, string(ar.AlefMaksura)):
		e.ends[key] |= endAlefMaksura
	}
	for i, old := range vs {
		if same(old) {
			vs[i] = v
			return
		}
	}
	e.vals[key] = append(vs, v)
}

// remove drops the values under key for which same is true.
func (e *entries[V]) remove(key string, same func(V) bool) {
	vs, ok := e.vals[key]
	if !ok {
		return
	}
	kept := vs[:0]
	for _, v := range vs {
		if !same(v) {
			kept = append(kept, v)
		}
	}
	e.vals[key] = kept
}

// dict returns the entries as a phrase dictionary, keeping only the
// values for which keep is true (all when keep is nil).
func (e *entries[V]) dict(keep func(V) bool) *ar.Dict[V] {
	d := ar.NewDict[V]()
	for _, k := range e.keys {
		for _, v := range e.vals[k] {
			if keep == nil || keep(v) {
				d.AddKey(k, v)
			}
		}
	}
	return d
}

// index returns the entries in one-lookup form, with the stems that the
// first word of each form takes before an attached pronoun.
func (e *entries[V]) index() *index[V] {
	ents := make(map[string]*entry[V], 2*len(e.keys))
	at := func(k string) *entry[V] {
		en := ents[k]
		if en == nil {
			en = new(entry[V])
			ents[k] = en
		}
		return en
	}
	for _, k := range e.keys {
		vs := e.vals[k]
		if len(vs) == 0 {
			continue
		}
		at(k).vals = vs
		markPrefixes(k, at)
		first, rest, multi := strings.Cut(k, " ")
		for _, st := range stems(first, e.ends[k]) {
			if multi {
				st += " " + rest
			}
			en := at(st)
			en.stem = append(en.stem, vs...)
			markPrefixes(st, at)
		}
	}
	ix := &index[V]{m: make(map[string]*entry[V], len(ents))}
	for k, en := range ents {
		ix.m[k] = en
		ix.filter.add(k)
	}
	return ix
}

// markPrefixes marks every word-boundary prefix of key k as a prefix.
func markPrefixes[V any](k string, at func(string) *entry[V]) {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			at(k[:i]).prefix = true
		}
	}
}

// stems returns the forms a word takes before an attached pronoun when
// they differ from the word: ta marbuta written ت
// (مسؤوليه → مسءوليت), the plural verb's silent alef dropped (اعتقلوا →
// اعتقلو), alef maksura written alef (نفي → نفا).
func stems(word string, ends uint8) []string {
	var out []string
	if ends&endTaMarbuta != 0 && strings.HasSuffix(word, string(ar.Heh)) {
		out = append(out, strings.TrimSuffix(word, string(ar.Heh))+string(ar.Teh))
	}
	if strings.HasSuffix(word, string(ar.Waw)+string(ar.Alef)) {
		out = append(out, strings.TrimSuffix(word, string(ar.Alef)))
	}
	if ends&endAlefMaksura != 0 && strings.HasSuffix(word, string(ar.Yeh)) {
		out = append(out, strings.TrimSuffix(word, string(ar.Yeh))+string(ar.Alef))
	}
	return out
}

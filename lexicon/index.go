package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// entry is what an index files under one key.
type entry[V any] struct {
	vals   []V  // the forms whose key this is
	stem   []V  // the one-word forms this key is the pronoun-bearing stem of
	prefix bool // some key continues this one with a space
}

// index is a phrase dictionary answering with one map lookup per key
// tried, without allocating. It reads text the way ar.Dict does and also
// reads words with an attached pronoun (اعتقلته, مسؤوليتها).
type index[V any] struct {
	m map[string]*entry[V]
}

// found is a phrase the index found in a text.
type found[V any] struct {
	first, last int // token indexes, last exclusive
	start, end  int // code-point offsets
	vals        []V
}

// suffixes are the folded attached pronouns, each tried on a word that
// does not match as it is. No suffix ends another, so at most one applies.
var suffixes = [...]string{
	string(ar.Heh) + string(ar.Meem) + string(ar.Alef), // هما
	string(ar.Kaf) + string(ar.Meem) + string(ar.Alef), // كما
	string(ar.Heh) + string(ar.Meem),                   // هم
	string(ar.Heh) + string(ar.Noon),                   // هن
	string(ar.Heh) + string(ar.Alef),                   // ها
	string(ar.Kaf) + string(ar.Meem),                   // كم
	string(ar.Noon) + string(ar.Alef),                  // نا
	string(ar.Noon) + string(ar.Yeh),                   // ني
	string(ar.Heh),                                     // ه
	string(ar.Kaf),                                     // ك
}

// minStem is the fewest letters a word keeps once its pronoun is removed.
const minStem = 3

// stripPronoun returns k without its attached pronoun, or "" when it has
// none or too little would remain. A final ه that is a ta marbuta in the
// original text (tm) is a letter of the word, not a pronoun.
func stripPronoun(k string, tm bool) string {
	for _, s := range suffixes {
		if !strings.HasSuffix(k, s) {
			continue
		}
		if tm && s == string(ar.Heh) {
			return ""
		}
		r := k[:len(k)-len(s)]
		if utf8.RuneCountInString(r) < minStem {
			return ""
		}
		return r
	}
	return ""
}

// endsInTaMarbuta reports whether token t is written with a final ة
// (marks after it aside).
func endsInTaMarbuta(x *ar.Text, t *ar.Token) bool {
	s := x.Src[t.Byte:t.ByteEnd]
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if ar.FoldRune(r) >= 0 {
			return r == ar.TehMarbuta
		}
		s = s[:len(s)-size]
	}
	return false
}

// matchAt returns the longest phrase starting at token i and ending at
// or before token limit (exclusive). The first token is tried under each
// of its keys, and only when none matches, under each key without its
// attached pronoun; later tokens under their article-less key, the last
// one also without its pronoun. Matches never cross a sentence or a
// punctuation mark.
func (ix *index[V]) matchAt(x *ar.Text, i, limit int) (m found[V], ok bool) {
	t := &x.Tokens[i]
	if t.Kind == ar.Punct {
		return m, false
	}
	var buf [128]byte
	keys := t.Keys()
	for ki, k := range keys {
		ix.extend(x, i, ki, k, false, limit, buf[:0], &m, &ok)
	}
	if !ok && t.Kind == ar.Word {
		tm := endsInTaMarbuta(x, t)
		for ki, k := range keys {
			if s := stripPronoun(k, tm); s != "" {
				ix.extend(x, i, ki, s, true, limit, buf[:0], &m, &ok)
			}
		}
	}
	if ok {
		m.end = x.Tokens[m.last-1].End
	}
	return m, ok
}

// extend looks k up as the key of token i (its key ki) and follows the
// phrases that continue it, keeping in m the longest match so far.
// Stripped keys (a pronoun removed) also match the stems of forms.
func (ix *index[V]) extend(x *ar.Text, i, ki int, k string, stripped bool, limit int, b []byte, m *found[V], ok *bool) {
	e := ix.m[k]
	if e == nil {
		return
	}
	set := func(last int, e *entry[V]) {
		vals := e.vals
		if stripped && vals == nil {
			vals = e.stem
		}
		if vals != nil && (!*ok || m.last < last) {
			*m, *ok = found[V]{first: i, last: last, vals: vals}, true
			m.start, _ = x.KeyStart(i, ki)
		}
	}
	set(i+1, e)
	if !e.prefix {
		return
	}
	t := &x.Tokens[i]
	b = append(b, k...)
	for j := i + 1; j < limit; j++ {
		u := &x.Tokens[j]
		if u.Sent != t.Sent || u.Kind == ar.Punct {
			return
		}
		uk := u.Key()
		n := len(b) + 1
		b = append(b, ' ')
		b = append(b, uk...)
		if e = ix.m[string(b)]; e == nil {
			// The phrase may end in a word with a pronoun: أطلق سراحه.
			if u.Kind == ar.Word {
				if s := stripPronoun(uk, endsInTaMarbuta(x, u)); s != "" {
					b = append(b[:n], s...)
					if e = ix.m[string(b)]; e != nil && e.vals != nil {
						set(j+1, e)
					}
				}
			}
			return
		}
		set(j+1, e)
		if !e.prefix {
			return
		}
	}
}

// scan finds the phrases of x left to right, calling fn for each. Where
// two phrases overlap, the one of more tokens wins; a phrase cut short by
// a longer one starting inside it gives way to its longest shorter match.
func (ix *index[V]) scan(x *ar.Text, fn func(found[V])) {
	n := len(x.Tokens)
	for i := 0; i < n; {
		m, ok := ix.matchAt(x, i, n)
		if !ok {
			i++
			continue
		}
		for j := i + 1; j < m.last; j++ {
			if m2, ok2 := ix.matchAt(x, j, n); ok2 && m2.last > m.last && m2.last-m2.first > m.last-m.first {
				// A longer phrase starts at j: keep what fits before it.
				m, ok = ix.matchAt(x, i, j)
				break
			}
		}
		if !ok {
			i++
			continue
		}
		fn(m)
		i = m.last
	}
}

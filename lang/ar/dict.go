package ar

import (
	"strings"
	"unicode/utf8"
)

// Dict is a phrase dictionary: values filed under the Key of a phrase,
// found in analyzed text by longest match. It is built once and then only
// read, so it is safe for concurrent lookups.
type Dict[V any] struct {
	m      map[string][]V
	prefix map[string]struct{}
}

// NewDict returns an empty phrase dictionary.
func NewDict[V any]() *Dict[V] {
	return &Dict[V]{m: make(map[string][]V), prefix: make(map[string]struct{})}
}

// Add files v under Key(phrase). Empty keys are ignored.
func (d *Dict[V]) Add(phrase string, v V) { d.AddKey(Key(phrase), v) }

// AddKey files v under an already computed key.
func (d *Dict[V]) AddKey(key string, v V) {
	if key == "" {
		return
	}
	d.m[key] = append(d.m[key], v)
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			d.prefix[key[:i]] = struct{}{}
		}
	}
}

// Len returns the number of distinct keys.
func (d *Dict[V]) Len() int { return len(d.m) }

// Lookup returns the values filed under key.
func (d *Dict[V]) Lookup(key string) []V { return d.m[key] }

// Prefix reports whether some key starts with key followed by a space.
func (d *Dict[V]) Prefix(key string) bool {
	_, ok := d.prefix[key]
	return ok
}

// Match is a phrase found in a text.
type Match[V any] struct {
	First, Last int // token indexes, Last exclusive
	Start, End  int // code-point offsets of the phrase, proclitics excluded
	Byte        int // byte offset of Start
	Values      []V
}

// Text returns the original text of the match.
func (m *Match[V]) Text(x *Text) string { return x.Src[m.Byte:x.Tokens[m.Last-1].ByteEnd] }

// MatchAt returns the longest phrase that starts at token i, trying each
// key of the first token and the article-less key of later tokens, never
// crossing a sentence or a punctuation mark. ok is false when none does.
func (d *Dict[V]) MatchAt(x *Text, i int) (m Match[V], ok bool) {
	t := &x.Tokens[i]
	if t.Kind == Punct {
		return m, false
	}
	var sb strings.Builder
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if vals := d.m[k]; vals != nil && (!ok || m.Last < i+1) {
			m, ok = Match[V]{First: i, Last: i + 1, Values: vals}, true
			m.Start, m.Byte = x.KeyStart(i, ki)
		}
		if !d.Prefix(k) {
			continue
		}
		sb.Reset()
		sb.WriteString(k)
		for j := i + 1; j < len(x.Tokens); j++ {
			u := &x.Tokens[j]
			if u.Sent != t.Sent || u.Kind == Punct {
				break
			}
			sb.WriteByte(' ')
			sb.WriteString(u.Key())
			cur := sb.String()
			if vals := d.m[cur]; vals != nil && (!ok || m.Last < j+1) {
				m, ok = Match[V]{First: i, Last: j + 1, Values: vals}, true
				m.Start, m.Byte = x.KeyStart(i, ki)
			}
			if !d.Prefix(cur) {
				break
			}
		}
	}
	if ok {
		m.End = x.Tokens[m.Last-1].End
	}
	return m, ok
}

// FindAll returns the longest matches scanning left to right; matches do
// not overlap.
func (d *Dict[V]) FindAll(x *Text) []Match[V] {
	var out []Match[V]
	for i := 0; i < len(x.Tokens); {
		if m, ok := d.MatchAt(x, i); ok {
			out = append(out, m)
			i = m.Last
			continue
		}
		i++
	}
	return out
}

// KeyStart returns the code-point and byte offsets in the original text
// where key k of token i begins: after the proclitics that key strips,
// but including the article, which is part of the name.
func (x *Text) KeyStart(i, k int) (cp, b int) {
	t := &x.Tokens[i]
	pre := t.Proclitics(k)
	if pre == "" {
		return t.Start, t.Byte
	}
	skip := utf8.RuneCountInString(pre) // folded letters to pass
	cp, b = t.Start, t.Byte
	for b < t.ByteEnd && skip > 0 {
		r, size := utf8.DecodeRuneInString(x.Src[b:])
		if FoldRune(r) >= 0 {
			skip--
		}
		b += size
		cp++
	}
	// Marks on the last proclitic belong to it.
	for b < t.ByteEnd {
		r, size := utf8.DecodeRuneInString(x.Src[b:])
		if FoldRune(r) >= 0 {
			break
		}
		b += size
		cp++
	}
	return cp, b
}

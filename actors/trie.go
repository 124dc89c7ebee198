package actors

import (
	"math/bits"
	"strings"

	"github.com/hadath/hadath/internal/bloom"
	"github.com/hadath/hadath/lang/ar"
)

// What a trie node files, as bits of node.kinds and node.below.
const (
	bitName    uint8 = 1 << iota // a name or alias of named entries
	bitWeak                      // a weak alias
	bitGeneric                   // a generic noun
	bitTitle                     // a title
	bitDemonym                   // an inflected nisba
)

// node is a phrase of one or more word keys. Every kind of phrase shares
// one trie so that each token costs one map lookup per key.
type node struct {
	names []*Entry
	weak  []*Entry
	// nameArt and weakArt hold, for each entry of names and weak, the
	// article bits (see article) of its names filed here, so that a word
	// with the article picks الكاميرون (Cameroon) and one without it
	// كاميرون (Cameron).
	nameArt []uint8
	weakArt []uint8
	generic [2]*Generic // indexed by definiteness: الحكومة and حكومة
	title   [2]*Title
	demonym Demonym
	// article has bit 1 when some name filed here is written without the
	// article and bit 2 when with it: a text word must agree (القطر is not
	// قطر, السورية is not سورية, الحماس is not حماس).
	article uint8
	// lastArt is article for the last word of the names of two words or
	// more filed here (see lastAgrees): "إسرائيل اليوم" (a newspaper) is
	// not "إسرائيل يوم الجمعة", nor "روسيا اليوم" "روسيا يوم".
	lastArt uint8
	kinds   uint8 // what ends here
	below   uint8 // what ends strictly below, in longer phrases
	// kids has the wordBit of each word leading to a child: most words
	// after a phrase are turned away here, without a lookup in next.
	kids uint64
}

// wordBit returns the bit of word w in node.kids, hashed from its length
// and three of its bytes.
func wordBit(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 1
	}
	h := uint64(n) | uint64(w[n-1])<<8 | uint64(w[n/2])<<16 | uint64(w[min(1, n-1)])<<24
	return 1 << (h * 0x9E3779B97F4A7C15 >> 58)
}

// genericFor returns the generic noun of the node read with or without
// the article: the row written that way, else the other one.
func (n *node) genericFor(definite bool) *Generic {
	if g := n.generic[b2i(definite)]; g != nil {
		return g
	}
	return n.generic[1-b2i(definite)]
}

// titleFor returns the title of the node read with or without the
// article, like genericFor.
func (n *node) titleFor(definite bool) *Title {
	if t := n.title[b2i(definite)]; t != nil {
		return t
	}
	return n.title[1-b2i(definite)]
}

// lastAgrees returns the kinds of phrase node n may end with at word
// tok: not a name whose last word is written with the article when tok
// lacks it (a name written without it may take it, as a nisba does).
func (n *node) lastAgrees(tok *ar.Token) uint8 {
	if n.lastArt == 1<<1 && tok.Kind == ar.Word && !definite(tok) {
		return ^(bitName | bitWeak)
	}
	return 0xff
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// edge leads from a node to its child by the next word's key.
type edge struct {
	from int32
	word string
}

// trie files phrases by word keys: first maps a phrase's first word to its
// node, next a node and the following word to the child node.
type trie struct {
	nodes []node
	first map[string]int32
	next  map[edge]int32
	// filter holds the keys of first (see seal): a small filter that
	// stays in the cache turns most words away before the map.
	filter bloom.Filter
	// weakFilter holds the first words of weak aliases (see seal):
	// weakRefs looks for them after every mention of a person, and
	// almost no word is one.
	weakFilter bloom.Filter
}

func newTrie() *trie {
	return &trie{first: make(map[string]int32), next: make(map[edge]int32)}
}

// insert returns the node of key (words separated by single spaces),
// creating it and its ancestors, and marks bit as ending below each
// ancestor. It returns -1 for an empty key.
func (t *trie) insert(key string, bit uint8) int32 {
	if key == "" {
		return -1
	}
	cur := int32(-1)
	for key != "" {
		w, rest, _ := strings.Cut(key, " ")
		key = rest
		if cur >= 0 {
			t.nodes[cur].below |= bit
		}
		id, ok := t.child(cur, w)
		if !ok {
			id = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{})
			if cur < 0 {
				t.first[w] = id
			} else {
				t.next[edge{cur, w}] = id
				t.nodes[cur].kids |= wordBit(w)
			}
		}
		cur = id
	}
	t.nodes[cur].kinds |= bit
	return cur
}

// child returns the node reached from node cur (-1 for the root) by word w.
func (t *trie) child(cur int32, w string) (int32, bool) {
	if cur < 0 {
		id, ok := t.first[w]
		return id, ok
	}
	id, ok := t.next[edge{cur, w}]
	return id, ok
}

// find returns the node of key, or -1.
func (t *trie) find(key string) int32 {
	cur := int32(-1)
	for key != "" {
		w, rest, _ := strings.Cut(key, " ")
		key = rest
		var ok bool
		if cur, ok = t.child(cur, w); !ok {
			return -1
		}
	}
	return cur
}

// firsts holds the nodes the keys of one token lead to from the root,
// -1 for none, so that the several readings tried at a token look its
// keys up once.
type firsts [ar.MaxKeys]int32

// firsts returns the nodes of the token's keys, and whether some phrase
// of the trie starts with one of them: the quick test that lets most
// tokens pass.
func (t *trie) firsts(tok *ar.Token) (fs firsts, some bool) {
	for ki := range tok.NumKeys() {
		k := tok.KeyAt(ki)
		fs[ki] = -1
		if !bloom.MayHave(t.filter, k) {
			continue
		}
		if id, ok := t.first[k]; ok {
			fs[ki], some = id, true
		}
	}
	return fs, some
}

// match is a phrase of the trie found in a text: tokens first..last-1,
// the first read through its key number ki.
type match struct {
	node        int32
	first, last int
	ki          int
}

// seal builds the filters of first words, once the trie is filled.
func (t *trie) seal() {
	t.filter = bloom.New(len(t.first), 16)
	var weak []string
	for k, id := range t.first {
		bloom.Add(t.filter, k)
		if (t.nodes[id].kinds|t.nodes[id].below)&bitWeak != 0 {
			weak = append(weak, k)
		}
	}
	t.weakFilter = bloom.New(len(weak), 16)
	for _, k := range weak {
		bloom.Add(t.weakFilter, k)
	}
}

// mayStartWeak reports whether a weak alias may start at token tok:
// false when none of its keys is the first word of one.
func (t *trie) mayStartWeak(tok *ar.Token) bool {
	for ki := range tok.NumKeys() {
		if bloom.MayHave(t.weakFilter, tok.KeyAt(ki)) {
			return true
		}
	}
	return false
}

// longest returns the longest phrase of a kind in want that starts at
// token i. The first token may be read through any of its keys (article
// and proclitics stripped), later tokens through their article-less key.
// A phrase never crosses a sentence or a punctuation mark, except the
// underscore joining the words of a hashtag (#حزب_الله) and an opening
// quote mark inside it (معهد "مبنى").
func (t *trie) longest(x *ar.Text, i int, want uint8) (m match, ok bool) {
	if x.Tokens[i].Kind == ar.Punct {
		return m, false
	}
	fs, _ := t.firsts(&x.Tokens[i])
	return t.longestFrom(x, i, &fs, want)
}

// longestFrom is longest with the nodes of token i's keys given: of the
// longest phrases of each kind in want, the longest, the one read through
// the earlier key on a tie.
func (t *trie) longestFrom(x *ar.Text, i int, fs *firsts, want uint8) (m match, ok bool) {
	ls := t.longestEach(x, i, fs, want)
	for k := ls.found; k != 0; k &= k - 1 {
		c := ls.m[bits.TrailingZeros8(k)]
		if !ok || c.last > m.last || c.last == m.last && c.ki < m.ki {
			m, ok = c, true
		}
	}
	return m, ok
}

// longests holds the longest phrase of each kind found at a token, by the
// number of the kind's bit.
type longests struct {
	m     [numKinds]match
	found uint8 // the bits of the kinds found
}

// numKinds is the number of kinds of phrase the trie files.
const numKinds = 5

// get returns the longest phrase of the kind of bit.
func (ls *longests) get(bit uint8) (match, bool) {
	return ls.m[bits.TrailingZeros8(bit)], ls.found&bit != 0
}

// note records the phrase of node n over tokens first..last-1, read
// through key ki, for each kind of kinds it is longer than the longest of.
func (ls *longests) note(kinds uint8, n int32, first, last, ki int) {
	for k := kinds; k != 0; k &= k - 1 {
		b := bits.TrailingZeros8(k)
		if ls.found&(1<<b) == 0 || ls.m[b].last < last {
			ls.m[b] = match{node: n, first: first, last: last, ki: ki}
			ls.found |= 1 << b
		}
	}
}

// longestEach returns the longest phrase of each kind in want that starts
// at token i, read as longest reads them: one walk down the trie serves
// every kind.
func (t *trie) longestEach(x *ar.Text, i int, fs *firsts, want uint8) (ls longests) {
	toks := x.Tokens
	tok := &toks[i]
	if tok.Kind == ar.Punct {
		return ls
	}
	for ki := range tok.NumKeys() {
		cur := fs[ki]
		if cur < 0 {
			continue
		}
		found := true
		j := i + 1
		ls.note(t.nodes[cur].kinds&want, cur, i, j, ki)
		for t.nodes[cur].below&want != 0 {
			j = skipJoiner(toks, j)
			if j >= len(toks) || toks[j].Sent != tok.Sent || toks[j].Kind == ar.Punct {
				break
			}
			k := toks[j].Key()
			if t.nodes[cur].kids&wordBit(k) == 0 {
				break
			}
			cur, found = t.next[edge{cur, k}]
			if !found {
				break
			}
			j++
			ls.note(t.nodes[cur].kinds&want&t.nodes[cur].lastAgrees(&toks[j-1]), cur, i, j, ki)
		}
	}
	return ls
}

// skipJoiner returns the index after an underscore or a hyphen that joins
// token j-1 to token j+1 with no space, or after an opening quote mark
// attached to token j+1; otherwise j.
func skipJoiner(toks []ar.Token, j int) int {
	if j <= 0 || j+1 >= len(toks) {
		return j
	}
	u := &toks[j]
	if u.Kind != ar.Punct || toks[j+1].Byte != u.ByteEnd || toks[j+1].Kind == ar.Punct {
		return j
	}
	switch u.Norm {
	case "_":
		if ar.HashtagJoin(toks, j) {
			return j + 1
		}
	case "-":
		if u.Byte == toks[j-1].ByteEnd && toks[j-1].Kind != ar.Punct {
			return j + 1 // a hyphen glued to both words: كيم جونغ-أون
		}
	case "\"", "«", "“", "'":
		if u.Byte > toks[j-1].ByteEnd {
			return j + 1
		}
	}
	return j
}

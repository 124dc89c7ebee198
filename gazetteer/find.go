package gazetteer

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// Mention is a place named in a text.
type Mention struct {
	First, Last int    // token indexes, Last exclusive
	Start, End  int    // code-point offsets of the name in the text, proclitics excluded
	Entry       *Entry // the chosen reading
	Alts        []*Entry
}

// match is a name found by the scan, before disambiguation.
type match struct {
	first, last int
	key         int // index of the first token's key that matched
	hits        []*Entry
	rule        stopRule
	cue         uint8 // strength of the place word right before (cueNone, ...)
	town        bool  // the word right before names a settlement (see newTownWords)
}

// Find returns the place mentions of an analyzed text in text order,
// each resolved to one entry. Names are matched longest first, within a
// sentence and never across punctuation (a hyphen glued to both words is
// read as a space). The readings of an ambiguous name are ranked by the
// countries the document names, the provinces of its other places and
// the prominence of each reading.
func (g *Gazetteer) Find(x *ar.Text) []Mention {
	// The matches are gathered in a buffer reused from text to text:
	// resolve copies out what it keeps of them.
	buf := matchPool.Get().(*[]match)
	matches := g.scan(x, (*buf)[:0])
	var out []Mention
	if len(matches) > 0 {
		out = g.resolve(x, matches)
	}
	if cap(matches) <= maxPooledMatches {
		*buf = matches[:0]
		matchPool.Put(buf)
	}
	return out
}

// matchPool holds the buffers of Find. The matches left in them point
// into the gazetteer only.
var matchPool = sync.Pool{New: func() any { return new([]match) }}

// maxPooledMatches keeps the buffers of texts naming a great many places
// out of the pool.
const maxPooledMatches = 1 << 12

// scan appends to out the names of x, longest first, and drops those that
// stop rules reject.
func (g *Gazetteer) scan(x *ar.Text, out []match) []match {
	var buf [256]byte
	toks := x.Tokens
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.Kind != ar.Word && (t.Kind != ar.Latin || !startsUpper(x.Src[t.Byte:t.ByteEnd])) {
			i++
			continue
		}
		best := match{last: -1}
		for ki := range t.NumKeys() {
			k := t.KeyAt(ki)
			m := match{first: i, last: -1, key: ki}
			info := g.wordInfo(k)
			var b []byte // the key of the phrase so far, once it may grow
			if info.prefix {
				b = append(buf[:0], k...)
			}
			if info.slot >= 0 {
				m.last, m.hits, m.rule = i+1, g.hits[info.slot], info.rule
			}
			for j := i + 1; j < len(toks) && j-i < g.maxWords && info.prefix; j++ {
				if joiner(x, j) {
					continue
				}
				nt := &toks[j]
				if nt.Sent != t.Sent || nt.Kind == ar.Punct || len(b)+1+len(nt.Key()) > len(buf) {
					break
				}
				b = append(append(b, ' '), nt.Key()...)
				info = g.info(b)
				if info.slot >= 0 {
					m.last, m.hits, m.rule = j+1, g.hits[info.slot], info.rule
				}
			}
			if m.last > best.last {
				best = m
			}
		}
		if best.last < 0 {
			i++
			continue
		}
		if best.rule != stopDrop {
			// A dropped name (الى, كان, رئيس) needs no cue: common
			// words, and so most of the names dropped.
			best.cue, best.town = g.cue(x, i)
		}
		switch best.rule {
		case stopDrop:
		case stopWeak:
			if best.cue == cueStrong {
				out = append(out, best)
			}
		case stopArticle:
			if best.cue == cueStrong || hasArticle(t, best.key) {
				out = append(out, best)
			}
		case stopBare:
			if !hasArticle(t, best.key) {
				out = append(out, best)
			}
		default:
			out = append(out, best)
		}
		i = best.last
	}
	return out
}

// startsUpper reports whether s begins with an upper-case letter: an
// English name starts with one, so "hit" is not Hit.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// joiner reports whether token j is a mark a name may span: a hyphen
// glued to the words on both sides of it (Deir ez-Zor), the underscore
// that joins the words of a hashtag (#ريف_دمشق), or the mark of a
// hashtag glued to the word after a place noun (محافظة #صعدة).
func joiner(x *ar.Text, j int) bool {
	toks := x.Tokens
	if ar.HashtagJoin(toks, j) || j > 0 && ar.HashMark(toks, j) {
		return true
	}
	t := &toks[j]
	if t.Kind != ar.Punct || t.Norm != "-" || j == 0 || j+1 >= len(toks) {
		return false
	}
	return toks[j-1].ByteEnd == t.Byte && toks[j+1].Byte == t.ByteEnd &&
		toks[j-1].Kind != ar.Punct && toks[j+1].Kind != ar.Punct
}

// hasArticle reports whether token t carries the article before its key
// ki: الحلة or بالحلة read as حله, not حلة. The elided article of لل
// counts too.
func hasArticle(t *ar.Token, ki int) bool {
	k := t.KeyAt(ki)
	prefix := t.Norm[:len(t.Norm)-len(k)]
	return strings.HasSuffix(prefix, articlePrefix) || strings.HasSuffix(prefix, lamLamPrefix)
}

const (
	articlePrefix = string(ar.Alef) + string(ar.Lam)
	lamLamPrefix  = string(ar.Lam) + string(ar.Lam)
)

// cue returns the strength of the place cue (مدينة, قرية, شمال, ...) that
// is the token before i in the same sentence, or cueNone, and whether
// that token is a word of a settlement (مدينة، العاصمة; see
// newTownWords).
func (g *Gazetteer) cue(x *ar.Text, i int) (strength uint8, town bool) {
	if i > 1 && (ar.HashMark(x.Tokens, i-1) || ar.OpenQuote(x.Tokens, i-1)) {
		i-- // محافظة #صعدة, محافظة "صعدة": the place noun before the mark
	}
	if i == 0 {
		return cueNone, false
	}
	p := &x.Tokens[i-1]
	if p.Sent != x.Tokens[i].Sent || p.Kind != ar.Word {
		return cueNone, false
	}
	for ki := range p.NumKeys() {
		k := p.KeyAt(ki)
		strength = max(strength, g.cues[k])
		town = town || g.towns[k]
	}
	return strength, town
}

// nameStart returns the code-point offset where the name read through the
// first token's key ki begins: after the token's proclitics, and so at
// its article if it has one.
func nameStart(x *ar.Text, i, ki int) int {
	t := &x.Tokens[i]
	skip := utf8.RuneCountInString(t.Proclitics(ki))
	if skip == 0 {
		return t.Start
	}
	cp := t.Start
	for _, r := range x.Src[t.Byte:t.ByteEnd] {
		if skip == 0 && ar.FoldRune(r) >= 0 {
			break
		}
		if ar.FoldRune(r) >= 0 {
			skip--
		}
		cp++
	}
	return cp
}

package lexicon

import (
	"strings"
	"sync"

	"github.com/hadath/hadath/lang/ar"
)

// heads is what the three indexes file under one word: the entry of
// each, nil where an index files nothing. A phrase starts at a token
// with the heads of one of its keys, so that a token's keys are looked up
// once for the three indexes.
type heads struct {
	trig      *entry[*Trigger]
	meth, cue *entry[string]
}

// mask returns the mask bits (see Lexicon.starts) of the indexes that
// file something under the word.
func (h *heads) mask() uint8 {
	var m uint8
	if h.trig != nil {
		m |= inTriggers
	}
	if h.meth != nil {
		m |= inMethods
	}
	if h.cue != nil {
		m |= inCues
	}
	return m
}

// headIndex maps the one-word keys of the three indexes to their heads.
type headIndex struct {
	m map[string]*heads
	// filter is the union of the indexes' filters (see slots): most
	// words are turned away before the map.
	filter keyFilter
}

// newHeadIndex gathers the one-word keys of the three indexes.
func newHeadIndex(t *index[*Trigger], meth, cue *index[string]) *headIndex {
	hx := &headIndex{m: make(map[string]*heads, len(t.m))}
	at := func(k string) *heads {
		h := hx.m[k]
		if h == nil {
			h = new(heads)
			hx.m[k] = h
		}
		return h
	}
	for k, e := range t.m {
		if !strings.Contains(k, " ") {
			at(k).trig = e
		}
	}
	for k, e := range meth.m {
		if !strings.Contains(k, " ") {
			at(k).meth = e
		}
	}
	for k, e := range cue.m {
		if !strings.Contains(k, " ") {
			at(k).cue = e
		}
	}
	for i := range hx.filter {
		hx.filter[i] = t.filter[i] | meth.filter[i] | cue.filter[i]
	}
	return hx
}

// get returns the heads of word k, or nil.
func (hx *headIndex) get(k string) *heads {
	if !hx.filter.has(slots(k)) {
		return nil
	}
	return hx.m[k]
}

// head is one reading under which a phrase may start at a token: the
// heads of its key ki, or of that key without its attached pronoun.
type head struct {
	h  *heads
	ki uint8
	// stripped marks the key without its pronoun; bareHeh that the
	// pronoun is a lone ه (see stripPronoun).
	stripped, bareHeh bool
}

// starts holds the heads of every token of a text, read once by Scan for
// the three indexes.
type starts struct {
	// at[i]:at[i+1] are token i's heads in all: first those of its keys
	// in key order, then those of its keys without a pronoun.
	at  []int32
	all []head
	// mask holds for each token the bits of the indexes some phrase of
	// which may start there.
	mask []uint8
	// trigs, methods and cues gather what Scan finds. They point into
	// the lexicon only, and so are not cleared for the pool.
	trigs         []TriggerMatch
	methods, cues []Tagged
}

// of returns the heads of token i.
func (s *starts) of(i int) []head { return s.all[s.at[i]:s.at[i+1]] }

// startsPool holds the starts given back by Scan.
var startsPool = sync.Pool{New: func() any { return new(starts) }}

// readStarts looks every key of every token of x up, and for a word every
// key without an attached pronoun: the heads a phrase may start with.
// The caller gives s back to startsPool once done.
func (l *Lexicon) readStarts(x *ar.Text) *starts {
	s := startsPool.Get().(*starts)
	n := len(x.Tokens)
	s.at, s.all = grow(s.at[:0], n+1), s.all[:0]
	s.mask = grow(s.mask[:0], n)
	for i := range x.Tokens {
		s.at[i] = int32(len(s.all))
		t := &x.Tokens[i]
		var m uint8
		if t.Kind != ar.Punct {
			for ki := range t.NumKeys() {
				k := t.KeyAt(ki)
				if h := l.heads.get(k); h != nil {
					s.all = append(s.all, head{h: h, ki: uint8(ki)})
					m |= h.mask()
				}
			}
		}
		if t.Kind == ar.Word {
			for ki := range t.NumKeys() {
				k := t.KeyAt(ki)
				if st, bare := stripPronoun(k); st != "" {
					if h := l.heads.get(st); h != nil {
						s.all = append(s.all, head{h: h, ki: uint8(ki), stripped: true, bareHeh: bare})
						m |= h.mask()
					}
				}
			}
		}
		s.mask[i] = m
	}
	s.at[n] = int32(len(s.all))
	return s
}

// release gives s back to the pool, dropping its references.
func (s *starts) release() {
	clear(s.all)
	startsPool.Put(s)
}

// grow returns s resliced to length n, reallocated when too small; its
// elements are to be overwritten.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

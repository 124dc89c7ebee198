package gazetteer

import (
	"strings"

	"github.com/hadath/hadath/internal/bloom"
)

// maxNameWords bounds the words of a name that Find tries to match.
const maxNameWords = 8

// index keys every name of every entry and returns the gazetteer. All
// keys are written into one buffer, turned into one string, and sliced.
func (l *loader) index() *Gazetteer {
	g := &Gazetteer{entries: l.entries, countries: make(map[string]*Entry, len(l.countries)),
		cues: newPlaceCues(), towns: newTownWords()}
	for iso, i := range l.countries {
		g.countries[iso] = &g.entries[i]
	}
	// Pass 1: key every name into one buffer, remembering where each
	// key ends.
	type ref struct {
		end   int32
		entry int32
	}
	buf := make([]byte, 0, len(l.entries)*48)
	refs := make([]ref, 0, len(l.entries)*3)
	for i := range g.entries {
		e := &g.entries[i]
		mark := len(refs)
		add := func(name string) {
			start := len(buf)
			buf = appendKey(buf, name)
			if len(buf) == start {
				return
			}
			// Skip a key the entry already has (same name spelled
			// with other harakat or hamza seats).
			k := buf[start:]
			prev := 0
			if mark > 0 {
				prev = int(refs[mark-1].end)
			}
			for _, r := range refs[mark:] {
				if string(buf[prev:r.end]) == string(k) {
					buf = buf[:start]
					return
				}
				prev = int(r.end)
			}
			refs = append(refs, ref{int32(len(buf)), int32(i)})
		}
		add(e.Name)
		add(e.NameAr)
		for _, a := range e.Aliases {
			add(a)
		}
	}
	all := string(buf)
	// Pass 2: slot each distinct key, count its entries, then fill.
	g.keys = make(map[string]keyInfo, len(refs)+len(refs)/4)
	slots := make([]int32, len(refs))
	var counts []int32
	start := 0
	for n, r := range refs {
		k := all[start:r.end]
		start = int(r.end)
		ki, ok := g.keys[k]
		if !ok || ki.slot < 0 {
			if !ok {
				ki = noKey
			}
			ki.slot = int32(len(counts))
			g.keys[k] = ki
			counts = append(counts, 0)
			g.addPrefixes(k)
		}
		slots[n] = ki.slot
		counts[ki.slot]++
	}
	// A stop rule matters only for the key of some names, except a
	// dropped phrase of several words that is no name: it blocks the
	// names inside it ("مسقط رأسه", one's birthplace, is not Muscat).
	for k, rule := range l.stop {
		ki, ok := g.keys[k]
		switch {
		case ok && ki.slot >= 0:
		case rule == stopDrop && strings.Contains(k, " "):
			if !ok {
				ki = noKey
			}
			ki.slot = int32(len(counts))
			counts = append(counts, 0)
			g.addPrefixes(k)
		default:
			continue
		}
		ki.rule = rule
		g.keys[k] = ki
	}
	g.bloom = bloom.New(len(g.keys), 14)
	for k := range g.keys {
		bloom.Add(g.bloom, k)
	}
	backing := make([]*Entry, len(refs))
	g.hits = make([][]*Entry, len(counts))
	off := 0
	for s, c := range counts {
		g.hits[s] = backing[off : off : off+int(c)]
		off += int(c)
	}
	for n, r := range refs {
		s := slots[n]
		g.hits[s] = append(g.hits[s], &g.entries[r.entry])
	}
	return g
}

// addPrefixes records the proper word prefixes of key and notes its
// number of words.
func (g *Gazetteer) addPrefixes(key string) {
	words := 1
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			ki, ok := g.keys[key[:i]]
			if !ok {
				ki = noKey
			}
			ki.prefix = true
			g.keys[key[:i]] = ki
			words++
		}
	}
	if words > g.maxWords {
		g.maxWords = min(words, maxNameWords)
	}
}

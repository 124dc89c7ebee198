package wordclass

import (
	"math"
	"sort"
	"strings"
)

// Options sets how classes are built.
type Options struct {
	Words    int // how many of the most frequent words get a class
	Contexts int // how many of the most frequent words serve as contexts
	Classes  int // the number of classes
	Rounds   int // rounds of k-means
	MinCount int // the fewest times a word must occur to get a class
	Window   int // 0: neighbours by position (±1, ±2); n: a bag of ±n
}

// DefaultOptions are the options `hadath classes` uses.
var DefaultOptions = Options{Words: 20000, Contexts: 3000, Classes: 512, Rounds: 15, MinCount: 10, Window: 4}

// Builder gathers the sentences of a text to build classes from. The
// zero value is ready to use.
type Builder struct {
	ids   map[string]int32
	words []string
	count []int
	seq   []int32 // word ids, sentence by sentence, -1 between sentences
}

// Add adds one sentence, as its words in order.
func (b *Builder) Add(sentence []string) {
	if b.ids == nil {
		b.ids = make(map[string]int32)
	}
	for _, w := range sentence {
		id, ok := b.ids[w]
		if !ok {
			id = int32(len(b.words))
			w = strings.Clone(w) // not the caller's text, which it may reuse
			b.ids[w] = id
			b.words = append(b.words, w)
			b.count = append(b.count, 0)
		}
		b.count[id]++
		b.seq = append(b.seq, id)
	}
	b.seq = append(b.seq, -1)
}

// offset is where a context word stands from a word, and the slot of the
// vector it counts in.
type offset struct{ d, slot int }

// positional returns the offsets of the context words and the number of
// slots: with window 0 the word before, the one after and the second
// before and after, each in a slot of its own; otherwise every word
// within window on either side, in one slot.
func positional(window int) ([]offset, int) {
	if window <= 0 {
		return []offset{{-1, 0}, {1, 1}, {-2, 2}, {2, 3}}, 4
	}
	var out []offset
	for d := 1; d <= window; d++ {
		out = append(out, offset{-d, 0}, offset{d, 0})
	}
	return out, 1
}

// Build groups the most frequent words into classes: each word is a
// vector of the positive pointwise mutual information of its neighbours
// (by position), and spherical k-means, started from words spread evenly
// over the ranks by frequency, groups the vectors. The result depends
// only on the sentences added and the options.
func (b *Builder) Build(o Options) *Classes {
	rank := b.ranked()
	vocab := make(map[int32]int32) // word id -> row
	for _, id := range rank {
		if len(vocab) == o.Words || b.count[id] < o.MinCount {
			break
		}
		vocab[id] = int32(len(vocab))
	}
	ctx := make(map[int32]int32) // word id -> context column, before the slot
	for _, id := range rank[:min(o.Contexts, len(rank))] {
		ctx[id] = int32(len(ctx))
	}
	offs, nslot := positional(o.Window)
	rows := b.cooccurrences(vocab, ctx, len(ctx), offs)
	ppmi(rows, len(ctx)*nslot)
	k := min(o.Classes, len(rows))
	assign := kmeans(rows, len(ctx)*nslot, k, o.Rounds)
	c := &Classes{of: make(map[string]uint16, len(rows)), n: k}
	for id, r := range vocab {
		c.of[b.words[id]] = uint16(assign[r])
	}
	return c
}

// ranked returns the word ids by falling frequency, ties by the word.
func (b *Builder) ranked() []int32 {
	rank := make([]int32, len(b.words))
	for i := range rank {
		rank[i] = int32(i)
	}
	sort.Slice(rank, func(i, j int) bool {
		a, c := rank[i], rank[j]
		return b.count[a] > b.count[c] || b.count[a] == b.count[c] && b.words[a] < b.words[c]
	})
	return rank
}

// sparse is a vector of few non-zero entries, by increasing column.
type sparse struct {
	col []int32
	val []float32
}

// cooccurrences counts, for each word of vocab, the context words at each
// slot around it, within its sentence.
func (b *Builder) cooccurrences(vocab, ctx map[int32]int32, nctx int, offs []offset) []sparse {
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = make(map[int32]float32)
	}
	for i, id := range b.seq {
		r, ok := vocab[id]
		if id < 0 || !ok {
			continue
		}
		for _, o := range offs {
			s, j := o.slot, i+o.d
			if j < 0 || j >= len(b.seq) || !between(b.seq, i, j) {
				continue
			}
			if c, ok := ctx[b.seq[j]]; ok {
				counts[r][int32(s*nctx)+c]++
			}
		}
	}
	rows := make([]sparse, len(counts))
	for r, m := range counts {
		cols := make([]int32, 0, len(m))
		for c := range m {
			cols = append(cols, c)
		}
		sort.Slice(cols, func(i, j int) bool { return cols[i] < cols[j] })
		v := sparse{col: cols, val: make([]float32, len(cols))}
		for i, c := range cols {
			v.val[i] = m[c]
		}
		rows[r] = v
	}
	return rows
}

// between reports whether no sentence break lies from position i to j.
func between(seq []int32, i, j int) bool {
	lo, hi := min(i, j), max(i, j)
	for k := lo; k <= hi; k++ {
		if seq[k] < 0 {
			return false
		}
	}
	return true
}

// ppmi turns counts into positive pointwise mutual information, each row
// then scaled to length one.
func ppmi(rows []sparse, ncol int) {
	colSum := make([]float64, ncol)
	total := 0.0
	rowSum := make([]float64, len(rows))
	for r, v := range rows {
		for i, c := range v.col {
			colSum[c] += float64(v.val[i])
			rowSum[r] += float64(v.val[i])
			total += float64(v.val[i])
		}
	}
	for r := range rows {
		v := &rows[r]
		norm := 0.0
		for i, c := range v.col {
			pmi := math.Log(float64(v.val[i]) * total / (rowSum[r] * colSum[c]))
			v.val[i] = float32(max(pmi, 0))
			norm += float64(v.val[i]) * float64(v.val[i])
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for i := range v.val {
				v.val[i] *= inv
			}
		}
	}
}

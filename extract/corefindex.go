package extract

// corefReach is how many earlier live events of its type a mention is
// compared with, the latest first. Looking further back made a document
// dense with events of one type cost the square of their number; no
// article of the development set has an antecedent beyond the first few.
const corefReach = 64

// corefIndex keeps, while corefer walks the candidates in order, the live
// ones it has passed, by type, and the first mention in the story's body
// of each type: what the coreference rules look back at, without walking
// every earlier candidate again for every later one.
type corefIndex struct {
	live      map[string][]int // candidates passed and alive, by type, in order
	firstBody map[string]int   // the first candidate of each type after the headline
}

// newCorefIndex indexes the candidates cs for corefer.
func newCorefIndex(cs []*cand) *corefIndex {
	ix := &corefIndex{live: map[string][]int{}, firstBody: map[string]int{}}
	for j, c := range cs {
		if _, ok := ix.firstBody[c.typ]; !ok && c.sents[0] > 0 {
			ix.firstBody[c.typ] = j
		}
	}
	return ix
}

// passed records candidate j once corefer has decided about it: a live
// one is an antecedent later mentions may join.
func (ix *corefIndex) passed(cs []*cand, j int) {
	if c := cs[j]; !c.dead {
		ix.live[c.typ] = append(ix.live[c.typ], j)
	}
}

// earlier returns the live candidates of type typ passed so far, the
// latest first, at most corefReach of them.
func (ix *corefIndex) earlier(cs []*cand, typ string) []*cand {
	idx := ix.live[typ]
	out := make([]*cand, 0, min(len(idx), corefReach))
	for k := len(idx) - 1; k >= 0 && len(out) < corefReach; k-- {
		if a := cs[idx[k]]; !a.dead {
			out = append(out, a)
		}
	}
	return out
}

package lexicon

import (
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// TestReadStarts checks the mask of each token against the indexes
// themselves: a bit is set when the index files one of the token's keys,
// or for a word one of its keys without an attached pronoun.
func TestReadStarts(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	for _, src := range []string{"قصف", "وبالإفراج عن الأسرى", "اعتقلتهم، ثم أفرجت عنهم.", "حملتها", "في بغداد 12 مرة", "\xff"} {
		x := a.Analyze(src)
		s := l.readStarts(x)
		for i := range x.Tokens {
			tok := &x.Tokens[i]
			var want uint8
			for _, k := range tok.Keys() {
				want |= l.filed(k)
				if st, _ := stripPronoun(k); st != "" && tok.Kind == ar.Word {
					want |= l.filed(st)
				}
			}
			if tok.Kind == ar.Punct {
				want = 0
			}
			if s.mask[i] != want {
				t.Errorf("readStarts(%q).mask[%d] = %03b; want %03b", src, i, s.mask[i], want)
			}
		}
		s.release()
	}
}

// filed returns the mask bits of the indexes that file key k.
func (l *Lexicon) filed(k string) uint8 {
	var m uint8
	if l.tidx.m[k] != nil {
		m |= inTriggers
	}
	if l.midx.m[k] != nil {
		m |= inMethods
	}
	if l.cidx.m[k] != nil {
		m |= inCues
	}
	return m
}

package extract

import (
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// A toll may name some of its dead after the count of all of them, with
// or without commas: "14 رجلا من بينهم ثلاثة مسعفين قتلوا"، "30 مسلحا،
// بينهم قادة ميدانيون، لقوا مصرعهم". countNear reads the count of all.

// subsetWords are the folded words that say the people named after them
// are some of those counted before: بينهم، من بينهم، منهم.
var subsetWords = set("بينهم", "منهم", "بينهما")

// subsetBefore returns the token at which to go on looking back for the
// count of all the dead, when the words right before token f, in a
// sentence starting at sf, say the people counted from f are some of
// them ("14 رجلا من بينهم ثلاثة"), or -1.
func (dc *doc) subsetBefore(f, sf int) int {
	b := f - 1
	if b < sf || !subsetWords[strings.TrimLeft(dc.x.Tokens[b].Norm, "و")] {
		return -1
	}
	if b-1 >= sf && dc.x.Tokens[b-1].Norm == "من" {
		b--
	}
	return b // the loop steps back from the marker
}

// asideReach bounds the words of an aside of some of the dead between
// commas.
const asideReach = 8

// subsetAside returns the token of the comma that opens an aside ending
// at the comma at token j, in a sentence starting at sf, when the aside
// names some of those counted before it ("30 مسلحا، بينهم قادة، لقوا
// مصرعهم"), or -1.
func (dc *doc) subsetAside(j, sf int) int {
	for k := j - 1; k >= max(sf, j-asideReach); k-- {
		t := &dc.x.Tokens[k]
		if t.Kind != ar.Punct {
			continue
		}
		if !isComma(t) || k+1 >= j {
			return -1
		}
		w := strings.TrimLeft(dc.x.Tokens[k+1].Norm, "و")
		if subsetWords[w] || w == "من" && k+2 < j && subsetWords[dc.x.Tokens[k+2].Norm] {
			return k
		}
		return -1
	}
	return -1
}

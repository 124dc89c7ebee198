package extract

import (
	"strings"

	"github.com/hadath/hadath"
)

// What a speaker "described as" (ما وصفه بالعدوان، من وصفتهم بالإرهابيين)
// names a thing or people by the speaker's words inside another clause:
// "اعتقلت الشرطة من وصفتهم بمثيري الشغب" is an arrest, and the verb of
// describing, with ما or من before it and the pronoun that takes them
// back on it, is no charge or praise of its own.

// described reports whether c's trigger is a verb of describing in such a
// relative clause: right after the relative ما or من (alone or with a
// preposition: بما، مما، عمن، فيما), and ending in the pronoun that takes
// the relative back (وصفه، وصفتها، يصفهم).
func (dc *doc) described(c *cand) bool {
	if c.first == 0 || !c.trig.Verb || (c.typ != hadath.Accuse && c.trig != praising) {
		return false
	}
	t, prev := &dc.x.Tokens[c.first], &dc.x.Tokens[c.first-1]
	if prev.Sent != t.Sent || !relativeWhat[prev.Norm] {
		return false
	}
	w := t.Norm
	if !resumptive(w) {
		return false
	}
	for _, stem := range describeStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// relativeWhat are the relatives ما ("what") and من ("whom"), folded,
// alone or after a preposition.
var relativeWhat = set("ما", "من", "بما", "لما", "مما", "عما", "فيما", "ممن", "عمن", "لمن", "بمن", "فيمن")

// describeStems are the folded beginnings of the verb وصف ("describe") in
// the past and the present.
var describeStems = []string{"وصف", "يصف", "تصف", "نصف"}

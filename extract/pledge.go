package extract

import (
	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// pledgedHarm reports whether the promise trigger tm is a word of
// pledging (PLEDGE_VERB) whose ب names a hostile deed: an attack, a
// coercion, a sanction or a threat the lexicon knows, a reprisal
// (REPRISAL), or pressing on (PRESS_ON) with either ("تعهد الرئيس أمس
// بالرد"، "تتعهد الحكومة بمواصلة الضغط على المسلحين"، "وتعهد قائد الجيش
// بشن هجمات"). The first word with ب within pledgeReach of the pledge,
// in its clause, is what is pledged; the parties, places and days named
// between do not count. A pledge so made threatens; a pledge of help,
// reform or money promises.
func (dc *doc) pledgedHarm(tm *lexicon.TriggerMatch) bool {
	if !dc.cueAt[tm.First].has(cuePledge) {
		return false
	}
	toks := dc.x.Tokens
	sent := toks[tm.First].Sent
	for i := tm.Last; i < min(tm.Last+pledgeReach, len(toks)) && toks[i].Sent == sent; i++ {
		t := &toks[i]
		if isBreak(t) && t.Norm != "،" && t.Norm != "," {
			return false // commas set off the speaker and the day; quotes open what is pledged
		}
		w, beh := behWord(t)
		does := beh && doing[w]
		if t.Kind != ar.Word || dc.actorAt[i] >= 0 || dc.placeAt[i] >= 0 || dc.dateAt[i] >= 0 || !beh && !withBeh(t) {
			continue
		}
		if dc.harmAt(i) {
			return true
		}
		// Pressing on with a deed, or doing one: "بمواصلة الضغط"، "بشن
		// هجمات".
		pressing := does || dc.cueAt[i].has(cuePressOn)
		return pressing && i+1 < len(toks) && toks[i+1].Sent == sent && dc.harmAt(i+1)
	}
	return false
}

// pledgeReach is how many tokens after a pledge its ب may come: the
// speaker with a title and a name, and the day, between commas.
const pledgeReach = 10

// harmAt reports whether token i names a hostile deed: a trigger of an
// attack, a coercion, a sanction or a threat starts there, or a reprisal
// (REPRISAL).
func (dc *doc) harmAt(i int) bool {
	if dc.cueAt[i].has(cueReprisal) {
		return true
	}
	if k := dc.trigAt[i]; k >= 0 && dc.trigs[k].First == i {
		for _, tr := range dc.trigs[k].Triggers {
			switch tr.Type {
			case hadath.Assault, hadath.Coerce, hadath.Sanction, hadath.Threaten:
				return true
			}
		}
	}
	return false
}

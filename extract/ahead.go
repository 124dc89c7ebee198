package extract

import (
	"strings"

	"github.com/hadath/hadath"
)

// A meeting the story tells as to come ("يبدأ رئيس الوزراء الهندي الأحد
// المقبل زيارة إلى مسقط") is the one its later nouns name with no tense of
// their own ("وتستمر الزيارة ثلاثة أيام"): they take its modality and
// join it. So does a headline that names it by a noun alone ("قمة
// الكوريتين تثير الآمال") when the story's first mention of a meeting is
// to come.
// A hard fact of discourse, read before the coreference model, which
// never joins mentions of two modalities.

// toldAhead returns the meeting to come that cs[j] names again, and sets
// the modality of the mention it turns to Future, or returns nil. For a
// body mention: cs[j] is an asserted noun that points back (see
// pointsBack), and the latest earlier meeting is to come with no party
// that sets them apart. For the story's first body meeting, to come: the
// headline's asserted meeting noun, which it then joins.
func (dc *doc) toldAhead(cs []*cand, j int, ix *corefIndex) *cand {
	b := cs[j]
	if b.typ != hadath.Consult {
		return nil
	}
	if b.modality == hadath.Asserted && b.sents[0] > 0 && dc.pointsBack(b) {
		if ahead := ix.earlier(cs, b.typ); len(ahead) > 0 {
			if a := ahead[0]; a.modality == hadath.Future && sidesAgree(a, b) {
				b.modality = hadath.Future
				return a
			}
		}
		return nil
	}
	if b.modality != hadath.Future || b.sents[0] == 0 || dc.headline != 1 || ix.firstBody[b.typ] != j {
		return nil
	}
	for _, a := range cs[:j] {
		if a.typ == b.typ && !a.dead && a.sents[0] == 0 && a.modality == hadath.Asserted && dc.nounShaped(a) && sidesAgree(a, b) {
			a.modality = hadath.Future
			return a
		}
	}
	return nil
}

// pointsBack reports whether c is a noun with no tense of its own that
// names a meeting told already: definite or in construct (الزيارة، زيارة
// الرئيس), not dated by its sentence, and after a preposition (خلال
// الزيارة), a verb in the present (وتستمر الزيارة) or nothing of its
// clause. A noun after a verb in the past ("عقدت القمة") is told as done.
func (dc *doc) pointsBack(c *cand) bool {
	if c.dateFromSent || c.last-c.first > 1 || !c.definite && !dc.construct(c.first) {
		return false
	}
	if dc.prep(c.first, dc.x.Tokens[c.first].Start) != "" {
		return true
	}
	sf, _ := dc.sentence(c.sent)
	if c.first == sf {
		return true
	}
	prev := &dc.x.Tokens[c.first-1]
	w := strings.TrimLeft(prev.Norm, "وف")
	return dc.presentVerb(c.first-1) && presentPrefixed(w, 4) || timePreps[w] || prev.Norm == "خلال"
}

// construct reports whether the word at token i governs the definite
// noun right after it in its sentence, with no preposition between:
// "زيارة الرئيس", not "قمة للدول".
func (dc *doc) construct(i int) bool {
	if i+1 >= len(dc.x.Tokens) || dc.x.Tokens[i+1].Sent != dc.x.Tokens[i].Sent {
		return false
	}
	return strings.HasPrefix(dc.x.Tokens[i+1].Norm, article)
}

// sidesAgree reports whether no actor, target or place of a contradicts
// b's.
func sidesAgree(a, b *cand) bool {
	return partiesAgree(a, b) && (a.place == nil || b.place == nil || samePlace(a.place, b.place))
}

// nounShaped reports whether c's trigger is a noun: its lexicon line has
// no verbs, or its word ends as the meeting nouns do and the verbs do
// not: قمة، زيارة، محادثات، لقاء، اجتماع (not التقى، اجتمع).
func (dc *doc) nounShaped(c *cand) bool {
	if !c.trig.Verb {
		return true
	}
	t := &dc.x.Tokens[c.first]
	w := dc.x.Src[t.Byte:t.ByteEnd]
	for _, end := range nounEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// nounEnds are the endings, as written, of the nouns of meeting: ة, ات,
// اء and the اع of افتعال.
var nounEnds = []string{"ة", "ات", "اء", "اع"}

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// continueSubject gives a verb of speech or meeting that names no
// subject the actor of the event told just before it, when the verb goes
// on from it: joined by و or ف in the same sentence (أصدرت الوزارة بيانا
// وطلبت من تركيا), or opening the next sentence (وطالب بلجنة تحقيق).
func (dc *doc) continueSubject(c *cand, tm *lexicon.TriggerMatch, prev *cand) {
	if prev.actor == nil || (c.target != nil && sameActor(prev.actor, c.target)) {
		return
	}
	t := &dc.x.Tokens[tm.First]
	if tm.Start == t.Start {
		return
	}
	if pre := dc.x.Src[t.Byte:dc.byteAt(tm.First, tm.Start)]; !strings.ContainsRune(pre, ar.Waw) && !strings.ContainsRune(pre, ar.Feh) {
		return
	}
	sf, _ := dc.sentence(c.sent)
	switch {
	case prev.sent == c.sent:
	case prev.sent == c.sent-1 && tm.First == sf:
	default:
		return
	}
	a := *prev.actor
	c.actor = &a
}

// stateParticiple reports whether token i is an active participle in
// the accusative that tells the state of a clause's subject: مطالبا،
// متهما، محذرا، داعيا (folded, without harakat). Such a participle has no
// subject of its own.
func (dc *doc) stateParticiple(i int) bool {
	var w [6]rune // the first letters are enough; n counts them all
	n := 0
	for _, r := range strings.TrimPrefix(dc.x.Tokens[i].Norm, string(ar.Waw)) {
		if n < len(w) {
			w[n] = r
		}
		n++
	}
	last, _ := utf8.DecodeLastRuneInString(dc.x.Tokens[i].Norm)
	switch {
	case n < 5 || last != ar.Alef:
		return false
	case w[0] == ar.Meem:
		return true // مفعلا، مفاعلا، متفعلا: مطالبا، محذرا، متهما
	case n == 5 && w[1] == ar.Alef && w[3] == ar.Yeh:
		return true // فاعيا: داعيا
	}
	return false
}

// shareSubject gives c, told by a participle of state, the actor of the
// event prev told just before it in the same sentence ("انتقد الوزير
// القرار، مطالبا بإلغائه").
func (dc *doc) shareSubject(c, prev *cand) {
	if prev.sent != c.sent || prev.actor == nil || (c.target != nil && sameActor(prev.actor, c.target)) {
		return
	}
	a := *prev.actor
	c.actor = &a
}

// mutual reports whether events of a type are told as between two
// parties: meetings, agreements, cooperation and fighting.
func mutual(typ string) bool {
	switch typ {
	case hadath.Consult, hadath.Agree, hadath.Cooperate, hadath.Assault:
		return true
	}
	return false
}

// between reads "بين A و B" within limit tokens from token i, in the
// sentence of token i-1: it returns the actor mentions A and B, or -1, -1.
func (dc *doc) between(i, limit int) (a, b int) {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return -1, -1
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	for j := i; j < min(sl, i+limit); j++ {
		t := &dc.x.Tokens[j]
		if isBreak(t) || dc.trigAt[j] >= 0 && j > i {
			return -1, -1
		}
		if strings.TrimPrefix(t.Norm, "و") != "بين" || j+1 >= sl {
			continue
		}
		a := int(dc.actorAt[j+1])
		if a < 0 || dc.actors[a].First != j+1 {
			return -1, -1
		}
		k := dc.actors[a].Last
		if k >= sl || dc.actorAt[k] < 0 {
			return -1, -1
		}
		b := int(dc.actorAt[k])
		m := &dc.actors[b]
		if m.First != k || m.Start == dc.x.Tokens[k].Start ||
			ar.Fold(dc.x.Src[dc.x.Tokens[k].Byte:dc.byteAt(k, m.Start)]) != "و" {
			return -1, -1
		}
		if dc.actors[a].Actor.Name == m.Actor.Name {
			return -1, -1
		}
		return a, b
	}
	return -1, -1
}

// judgedGap is how many tokens may stand between a verb of condemnation
// and the deed it names (أدانت بشدة القصف).
const judgedGap = 3

// linkJudged links each accusation that names no target to the deed
// told right after its trigger in the same sentence ("ندد بالهجوم
// الإسرائيلي", "أدانت قصف الغوطة"): whoever did the deed is accused.
func (dc *doc) linkJudged(cs []*cand) {
	for _, c := range cs {
		if c.dead || c.typ != hadath.Accuse || c.target != nil || charges(&dc.x.Tokens[c.first]) {
			continue
		}
		from := c.last // after a subject that follows the verb
		if from < len(dc.x.Tokens) {
			if a := dc.actorAt[from]; a >= 0 && dc.actors[a].First == from && dc.actorPrep(int(a)) == "" {
				from = dc.actors[a].Last
			}
		}
		for _, d := range cs {
			if d == c || !force(d.typ) {
				continue
			}
			live := d
			for live.dead && live.host != nil {
				live = live.host
			}
			for _, m := range d.mentions[:1] {
				if m >= from && m < from+judgedGap && dc.x.Tokens[m].Sent == c.sent && dc.actorWithin(from, m+1) < 0 {
					c.judged = live
				}
			}
		}
	}
}

// charges reports whether t is a word of the root of تهمة (اتهم،
// يتهمون، اتهامات): after it, ب names the deed the accused is charged
// with, not one that is condemned.
func charges(t *ar.Token) bool {
	return strings.Contains(t.Norm, "تهم")
}

// settleJudged gives an accusation the doer of the deed it condemns as
// its target.
func settleJudged(c *cand) {
	d := c.judged
	if c.dead || d == nil || c.target != nil || d.actor == nil || (c.actor != nil && sameActor(c.actor, d.actor)) {
		return
	}
	a := *d.actor
	c.target = &a
}

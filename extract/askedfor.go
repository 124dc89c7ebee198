package extract

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// askedReach is how many words after a verb of calling for (دعا، طالب)
// the noun of what it calls for may stand: the one called on, of a word
// or more, and إلى between ("دعت الوزارة الدول الأعضاء في مجلس الأمن كافة
// إلى إدانة"); only the first word governed so counts (nothingAsked).
const askedReach = 10

// askedFor drops the events that a call in their sentence asks for, told
// by a verbal noun right after إلى, على or ب: "دعا الوزير إلى إدانة
// الهجوم"، "طالبت الحكومة بمعاقبة المسؤولين". The call is the event; what
// it asks for has not taken place, and the annotation codes none of it.
// An event joined by other mentions is left to them, so this runs before
// the mentions are joined.
func (dc *doc) askedFor(cs []*cand) []*cand {
	dropped := false
	for _, r := range cs {
		if r.dead || r.typ != hadath.Request || !r.trig.Verb || r.definite {
			continue
		}
		for _, c := range cs {
			if c.dead || c == r || c.typ == hadath.Request || c.sent != r.sent || c.first < r.last || c.first-r.last >= askedReach {
				continue
			}
			if c.modality == hadath.Asserted && dc.governedAsked(c.first) && !dc.punctIn(r.last, c.first) && dc.nothingAsked(r.last, c.first) {
				c.dead = true
				dropped = true
				// What the asked-for deed is done to goes with it:
				// "بإدانة انتهاكات الحوثي" asks to condemn violations.
				for _, o := range cs {
					if !o.dead && o.first == c.last && o.typ != hadath.Request {
						o.dead = true
					}
				}
			}
		}
	}
	if !dropped {
		return cs
	}
	return alive(cs)
}

// nothingAsked reports whether no word from token from to token to
// (excluded) is governed as what is asked for, nor is من, which makes the
// call's word a noun (طلب من تركيا): only the first thing asked for is the
// call's object; "طالب الادعاء بسجنه عشر سنوات بتهم" asks for a sentence,
// and the charges were brought.
func (dc *doc) nothingAsked(from, to int) bool {
	for i := from; i < to; i++ {
		if w := strings.TrimPrefix(dc.x.Tokens[i].Norm, string(ar.Waw)); w == "من" || dc.governedAsked(i) {
			return false
		}
	}
	return true
}

// governedAsked reports whether token i follows إلى or على, or carries ب:
// what a call asks for, a verbal noun whatever its line lists it as (إدانة
// is listed with the verbs of its type).
func (dc *doc) governedAsked(i int) bool {
	if i == 0 {
		return false
	}
	switch strings.TrimPrefix(dc.x.Tokens[i-1].Norm, string(ar.Waw)) {
	case "الي", "علي":
		return true
	}
	t := &dc.x.Tokens[i]
	for k := range t.NumKeys() {
		if strings.HasSuffix(t.Proclitics(k), string(ar.Beh)) {
			return true
		}
	}
	return false
}

// protestAimReach is how many words after a protest's trigger the word of its
// aim may stand and still be the protest's: its crowd, day, place and
// guard between, commas included ("تجمع مئات الطلاب، الأحد، أمام مبنى
// البرلمان رغم المطر، تنديدا بالقرار").
const protestAimReach = 16

// protestAims drops the condemnations a protest is held for: a word of a
// protest's aim (PROTEST_AIM: تنديدا، للتنديد، استنكارا) that opens an
// accusation after a protest's trigger in its sentence. The protest is
// the event, its aim what it is against; the annotation codes no
// condemnation for "خرجت مظاهرات للتنديد بالقرار". A condemnation by
// other means ("أصدر الحزب بيانا للتنديد") stays.
func (dc *doc) protestAims(cs []*cand) []*cand {
	dropped := false
	for _, c := range cs {
		if c.dead || c.typ != hadath.Accuse || !dc.cueAt[c.first].has(cueProtestAim) {
			continue
		}
		for _, p := range cs {
			if !p.dead && p.typ == hadath.Protest && p.sent == c.sent && p.last <= c.first && c.first-p.last < protestAimReach {
				c.dead, dropped = true, true
				break
			}
		}
	}
	if !dropped {
		return cs
	}
	return alive(cs)
}

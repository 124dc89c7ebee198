package extract

import (
	"math"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// corefer merges every mention of the same happening in the document into
// one event. A later mention joins the most recent earlier event of its
// type that nothing in the text sets apart from it: a definite noun that
// points back ("الهجوم", "الاتفاق") when it names no other parties, any
// other mention when none of its arguments contradicts the event's.
// The headline then joins the story's first body event of its type.
func (e *Extractor) corefer(dc *doc, cs []*cand) []*cand {
	if dc.learn != nil || e.models != nil && e.models.Coref != nil {
		ix := newCorefIndex(cs)
		for j, b := range cs {
			if a := e.antecedent(dc, cs, j, ix); a != nil && !b.dead {
				a.absorb(b)
			}
			ix.passed(cs, j)
		}
		return alive(cs)
	}
	ix := newCorefIndex(cs)
	for j, b := range cs {
		if !b.dead {
			for _, a := range ix.earlier(cs, b.typ) {
				if toldApart(dc, a, b) {
					continue
				}
				if sameClause(dc, a, b) || (b.anaphoric && sameParties(a, b)) || (!b.anaphoric && compatible(a, b)) {
					a.absorb(b)
					break
				}
			}
		}
		ix.passed(cs, j)
	}
	if dc.headline != 1 {
		return alive(cs)
	}
	// The headline's events join the first body mentions of their type
	// and modality: each body mention is looked for once.
	body := map[string][]*cand{}
	for _, b := range cs {
		if !b.dead && b.sents[0] > 0 {
			body[b.typ+"|"+b.modality] = append(body[b.typ+"|"+b.modality], b)
		}
	}
	for _, a := range cs {
		if a.dead || a.sents[0] != 0 {
			continue
		}
		k := a.typ + "|" + a.modality
		for len(body[k]) > 0 && body[k][0].dead {
			body[k] = body[k][1:]
		}
		if len(body[k]) > 0 {
			a.absorb(body[k][0])
		}
	}
	return alive(cs)
}

// ruleAntecedent returns the earlier event the hand rules of corefer
// would join b to, or nil: the latest of its type that nothing sets apart,
// or for a body mention the headline's event.
func ruleAntecedent(dc *doc, cs []*cand, j int, ix *corefIndex) *cand {
	b := cs[j]
	for _, a := range ix.earlier(cs, b.typ) {
		if toldApart(dc, a, b) {
			continue
		}
		if sameClause(dc, a, b) || (b.anaphoric && sameParties(a, b)) || (!b.anaphoric && compatible(a, b)) {
			return a
		}
	}
	if b.sents[0] == 0 || dc.headline != 1 || ix.firstBody[b.typ] != j {
		return nil // not the first body mention of its type
	}
	// The headline's event and the story's first body mention of its type.
	var head *cand
	for _, a := range cs[:j] {
		if a.typ == b.typ && !a.dead && a.modality == b.modality {
			head = a
		}
	}
	return head
}

// relativeHead returns the event whose noun the verb of cs[j] describes
// in a relative clause, or nil: the verb follows a relative pronoun that
// follows, past the noun's adjectives, the last mention of an earlier
// event of its type ("بالاتفاق الذي توصلت إليه الحكومة"، "الغارات التي
// شنتها الطائرات").
func (dc *doc) relativeHead(cs []*cand, j int, ix *corefIndex) *cand {
	b := cs[j]
	if b.dead || !b.trig.Verb || b.first == 0 || !relativePronouns[dc.x.Tokens[b.first-1].Norm] {
		return nil
	}
	for _, a := range ix.earlier(cs, b.typ) {
		last := a.mentions[len(a.mentions)-1]
		if last < b.first-1 && b.first-1-last <= relativeReach+1 && dc.x.Tokens[last].Sent == b.sent && a.modality == b.modality {
			return a
		}
	}
	return nil
}

// toldApart reports whether b, in the sentence of a's last mention, is
// set before or after a by a word of time order between them: "وتأتي
// الغارات بعد أسبوع من مقتل ثلاثة جنود" tells of two happenings.
func toldApart(dc *doc, a, b *cand) bool {
	last := a.mentions[len(a.mentions)-1]
	return a.sents[len(a.sents)-1] == b.sent && last < b.first && dc.timeOrderIn(last, b.first)
}

// alive returns the candidates not merged into another, in order.
func alive(cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		if !c.dead {
			out = append(out, c)
		}
	}
	return out
}

// sameClause reports whether b, in the sentence of a's last mention, says
// again what a says: the deaths an attack caused ("قصفت البلدة ما أدى إلى
// مقتل ثلاثة"), or a second verb of the same statement ("حذرت من أنها لن
// تتساهل"). The sentence's own arguments of the two are often read
// apart, so only modality keeps them apart.
func sameClause(dc *doc, a, b *cand) bool {
	if a.modality != b.modality || a.sents[len(a.sents)-1] != b.sent {
		return false
	}
	if verbal(b.typ) {
		return b.first-a.mentions[len(a.mentions)-1] <= sameActGap
	}
	if b.typ != hadath.Assault {
		return false
	}
	if dc.resumes(a, b) {
		return true // whatever day each was read with
	}
	if a.dateFromSent && b.dateFromSent && !datesAgree(a.date.Date, b.date.Date) {
		return false
	}
	if dc.cueAt[b.first].has(cueKill | cueInjure) {
		return true
	}
	// "مقتل أربعة رعاة بقذيفة هاون قرب القرية": the deaths told first, then
	// the blow that caused them, a few words on.
	last := a.mentions[len(a.mentions)-1]
	return dc.cueAt[last].has(cueKill|cueInjure) && b.first-last <= tollGap && !dc.timeOrderIn(last, b.first)
}

// purposeOf reports whether b, a weak meeting noun with ل, is what
// meeting a, named a few words before it in its sentence, is for, in
// whatever mood a is told: "يلتقي الوزيران في فيينا لبحث الأزمة" is one
// meeting, to discuss the crisis.
func (dc *doc) purposeOf(a, b *cand) bool {
	last := a.mentions[len(a.mentions)-1]
	return a.typ == hadath.Consult && dc.purposeNoun(b) &&
		a.sents[len(a.sents)-1] == b.sent && last < b.first && b.first-last <= sameActGap
}

// purposeNoun reports whether b may tell what a meeting is for: a weak
// meeting noun with ل (لبحث، لمناقشة). Only such a mention is looked for
// a meeting before it.
func (dc *doc) purposeNoun(b *cand) bool {
	return b.typ == hadath.Consult && b.trig.Weak && withLam(&dc.x.Tokens[b.first])
}

// resumes reports whether b, a verb of death or wounds, tells the toll
// of a through a pronoun on في or خلال that takes a back: "معارك طاحنة
// قرب المعبر قتل فيها جنديان", "تفجير استهدف حافلة قضى فيه ثلاثة
// ركاب". a's last mention stands in b's clause, at most resumeGap
// tokens before it.
func (dc *doc) resumes(a, b *cand) bool {
	if !dc.cueAt[b.first].has(cueKill|cueInjure) || b.last >= len(dc.x.Tokens) || !resumingPreps[dc.x.Tokens[b.last].Norm] {
		return false
	}
	last := a.mentions[len(a.mentions)-1]
	if last >= b.first || b.first-last > resumeGap || dc.x.Tokens[last].Sent != b.sent {
		return false
	}
	for i := last + 1; i < b.first; i++ {
		if dc.x.Tokens[i].Kind == ar.Punct {
			return false
		}
	}
	return true
}

// resumeGap is how many tokens after an event noun a verb of death may
// take it back with a pronoun (past the noun's adjectives and place).
const resumeGap = 10

// resumingPreps are في and خلال with a pronoun of the third person,
// folded: what they take back is where the deaths befell.
var resumingPreps = set("فيه", "فيها", "فيهما", "خلاله", "خلالها")

// tollGap is how many tokens after a toll ("مقتل ثلاثة") the attack
// that caused it may be named in its sentence.
const tollGap = 6

// sameActGap is how many tokens apart two verbs of one statement may
// stand in a sentence.
const sameActGap = 8

// dropLone removes the bare mentions that joined no other and that no
// claim of responsibility points to, and the happenings only supposed
// ("يمكن أن تشن عملية", "احتمال وقوع هجوم") that no statement makes.
func (e *Extractor) dropLone(dc *doc, cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		if c.modality == hadath.Hypothetical && !c.suspected && !verbal(c.typ) {
			continue
		}
		// With models, the mention model has weighed a bare mention
		// already; a reference to a happening told elsewhere that joined
		// nothing ("تحدث عن الاعتقال") still names none of its own.
		alone := c.lone && len(c.mentions) == 1 && c.claimed == nil
		if !alone || e.models != nil && !c.reference {
			out = append(out, c)
		}
	}
	return out
}

// verbal reports whether events of a type are statements: accusations,
// refusals, calls, praise, threats, promises and concessions.
func verbal(typ string) bool {
	switch typ {
	case hadath.Accuse, hadath.Reject, hadath.Request, hadath.Support, hadath.Threaten, hadath.Agree, hadath.Concede:
		return true
	}
	return false
}

// compatible reports whether no argument of a contradicts one of b.
func compatible(a, b *cand) bool {
	if a.modality != b.modality {
		return false
	}
	if !methodsAgree(a.method, b.method) {
		return false
	}
	// Only dates the sentences give can set two mentions apart; a date
	// taken from the story's lead says nothing about either.
	if a.dateFromSent && b.dateFromSent && !datesAgree(a.date.Date, b.date.Date) {
		return false
	}
	// A place named after an accusation or a call is what was said, not
	// where (see settlePlace): it cannot set two statements apart.
	if a.place != nil && b.place != nil && !samePlace(a.place, b.place) &&
		!(verbal(a.typ) && (a.placeAfter || b.placeAfter)) {
		return false
	}
	return partiesAgree(a, b)
}

// partiesAgree reports whether no actor or target of a contradicts b's.
func partiesAgree(a, b *cand) bool {
	if a.actor != nil && b.actor != nil && !sameSide(a.actor, b.actor) {
		return false
	}
	return a.target == nil || b.target == nil || sameSide(a.target, b.target)
}

// sameParties reports whether a and b do not name different actors,
// targets or methods. A meeting named again by a definite noun is the
// last one told, whoever the sentence names beside it.
func sameParties(a, b *cand) bool {
	if a.typ == hadath.Consult && b.definite && a.modality == b.modality {
		// A summit or talks have many parties: "القمة" is the one just
		// told, whoever its sentence names, unless it is placed elsewhere.
		return a.place == nil || b.place == nil || samePlace(a.place, b.place)
	}
	if !methodsAgree(a.method, b.method) {
		return false
	}
	if a.actor != nil && b.actor != nil && !sameSide(a.actor, b.actor) {
		return false
	}
	if onGround(a.typ) && a.place != nil && b.place != nil && local(a.place) && local(b.place) && !samePlace(a.place, b.place) {
		return false // the clashes in another town are other clashes
	}
	return a.target == nil || b.target == nil || sameSide(a.target, b.target)
}

// onGround reports whether events of a type happen at one scene, so that
// two towns far apart named for them are two happenings: protests in two
// cities, fighting on two fronts.
func onGround(typ string) bool {
	return typ == hadath.Protest || typ == hadath.Assault
}

// local reports whether a place is a town, a district or a site.
func local(p *hadath.Place) bool {
	switch p.Precision {
	case hadath.PrecisionCity, hadath.PrecisionSite, hadath.PrecisionDistrict:
		return true
	}
	return false
}

// samePlace reports whether two places can be the same scene: the same
// name, or one inside the other's country.
func samePlace(p, q *hadath.Place) bool {
	if p.Name == q.Name {
		return true
	}
	if p.Country != q.Country {
		return false
	}
	if p.Precision == hadath.PrecisionCountry || q.Precision == hadath.PrecisionCountry {
		return true // a country holds every scene in it
	}
	if p.Lat != nil && q.Lat != nil && p.Lon != nil && q.Lon != nil {
		return km(*p.Lat, *p.Lon, *q.Lat, *q.Lon) <= sameSceneKm
	}
	return true
}

// sameSceneKm is how far apart two places named for one happening may be
// (a town and the province around it).
const sameSceneKm = 150

// km returns the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// sameActor reports whether two actor records name the same actor.
func sameActor(a, b *hadath.Actor) bool {
	if a.Name == b.Name {
		return true
	}
	return (a.Generic || b.Generic) && a.Country == b.Country && a.Sector == b.Sector
}

// sameSide reports whether two parties named for mentions of one
// happening may be the same side: the same actor, or a state and its own
// government, forces or police ("إسرائيل" and "الجيش الإسرائيلي" for one
// strike), or two unnamed organs of one state: its government and its
// forces, targeted in one attack.
func sameSide(a, b *hadath.Actor) bool {
	if sameActor(a, b) {
		return true
	}
	if a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.Kind == "GPE" && stateSector(b.Sector) || b.Kind == "GPE" && stateSector(a.Sector) ||
		a.Generic && b.Generic && stateSector(a.Sector) && stateSector(b.Sector)
}

// stateSector reports whether a sector acts for a state.
func stateSector(s string) bool {
	return s == hadath.SectorGovernment || s == hadath.SectorMilitary || s == hadath.SectorPolice
}

// absorb merges b into a: a keeps its own arguments and takes b's where it
// has none; b's mentions and sentences join a's.
func (a *cand) absorb(b *cand) {
	b.dead, b.host = true, a
	a.prob = max(a.prob, b.prob)
	a.mentions = append(a.mentions, b.mentions...)
	for _, s := range b.sents {
		if !containsInt(a.sents, s) {
			a.sents = append(a.sents, s)
		}
	}
	if a.method == "" {
		a.method = b.method
	} else if b.method != "" {
		if rb, ok := methodRank(a.typ, b.method); ok {
			if ra, _ := methodRank(a.typ, a.method); rb < ra {
				a.method = b.method
			}
		}
	}
	if a.place == nil || (b.place != nil && precisionRank(b.place.Precision) < precisionRank(a.place.Precision)) {
		if b.place != nil {
			a.place, a.placeKind, a.placeAfter = b.place, b.placeKind, b.placeAfter
		}
	}
	if a.date == nil || (!a.dateFromSent && b.dateFromSent) {
		if b.date != nil {
			a.date, a.dateFromSent = b.date, b.dateFromSent
		}
	}
	a.actor = betterActor(a.actor, b.actor)
	a.target = betterActor(a.target, b.target)
	a.claimed = firstActor(a.claimed, b.claimed)
	a.blamed = firstActor(a.blamed, b.blamed)
	a.killed = betterCount(a.killed, b.killed)
	a.injured = betterCount(a.injured, b.injured)
	if a.intercepted == "" {
		a.intercepted = b.intercepted
	}
	for _, r := range b.reported {
		if !containsString(a.reported, r) {
			a.reported = append(a.reported, r)
		}
	}
	a.support += b.support
	a.lone = a.lone && b.lone
}

// betterCount returns the more precise of two counts of one toll: a
// number over a vague word ("قتل 25" over "عشرات القتلى" in the headline),
// else the first.
func betterCount(a, b *hadath.Count) *hadath.Count {
	if a == nil || a.Count == nil && b != nil && b.Count != nil {
		return b
	}
	return a
}

// betterActor returns the more informative of two readings of one party:
// a named actor over a generic one of its country ("Houthis" over
// "militias"), else the first given.
func betterActor(a, b *hadath.Actor) *hadath.Actor {
	if a != nil && b != nil && a.Generic && !b.Generic && (a.Country == "" || a.Country == b.Country) {
		return b
	}
	// A bare demonym reads as civilians only for want of a better word:
	// "عقوبات على روس" then "على أربعة مسؤولين روس".
	if a != nil && b != nil && a.Generic && b.Generic && a.Country != "" && a.Country == b.Country &&
		a.Sector == hadath.SectorCivilians && b.Sector != hadath.SectorCivilians {
		return b
	}
	return firstActor(a, b)
}

func firstActor(a, b *hadath.Actor) *hadath.Actor {
	if a != nil {
		return a
	}
	return b
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// methodKin groups the methods that one happening may be told with in
// different words: a ballistic missile is a missile, a drone strike an air
// strike, a car bomb an explosive device, an arrest a detention, and a
// visit holds meetings and talks. An assassination is told by its victim,
// whatever the weapon. Methods of one group agree.
var methodKin = map[string]string{
	"missile": "missile", "ballistic_missile": "missile", "cruise_missile": "missile",
	"airstrike": "air", "drone": "air",
	"ied": "bomb", "car_bomb": "bomb",
	"arrest": "arrest", "detention": "arrest",
	"meeting": "meeting", "visit": "meeting", "negotiation": "meeting",
}

// methodsAgree reports whether two methods may name one happening: either
// is unknown, they are the same, they are kin (methodKin), or one is an
// assassination.
func methodsAgree(a, b string) bool {
	if a == "" || b == "" || a == b || a == "assassination" || b == "assassination" {
		return true
	}
	ka, kb := methodKin[a], methodKin[b]
	return ka != "" && ka == kb
}

// datesAgree reports whether two dates (YYYY, YYYY-MM or YYYY-MM-DD) may
// be the same day: one holds the other ("2018-03" and "2018-03-13").
func datesAgree(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

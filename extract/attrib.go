package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
)

// inSentence returns the live events with a mention in sentence s, of
// type typ when typ is not "".
func inSentence(cs []*cand, s int, typ string) []*cand {
	var out []*cand
	for _, c := range cs {
		if !c.dead && (typ == "" || c.typ == typ) && containsInt(c.sents, s) {
			out = append(out, c)
		}
	}
	return out
}

// lastBefore returns the event of type typ mentioned most recently in or
// before sentence s, or nil.
func lastBefore(cs []*cand, s int, typ string) *cand {
	var best *cand
	bestSent := -1
	for _, c := range cs {
		if c.dead || c.typ != typ {
			continue
		}
		for _, t := range c.sents {
			if t <= s && t > bestSent {
				best, bestSent = c, t
			}
		}
	}
	return best
}

// attackOf returns the attack a sentence speaks of: the first one it
// mentions, or else the last one mentioned before it; nil if none.
func attackOf(cs []*cand, s int) *cand {
	if ev := inSentence(cs, s, hadath.Assault); len(ev) > 0 {
		return ev[0]
	}
	return lastBefore(cs, s, hadath.Assault)
}

// attribute fills what whole sentences say about the events in them: who
// the report rests on, who claimed or was blamed, what was intercepted.
func (e *Extractor) attribute(dc *doc, cs []*cand) {
	for s := range dc.x.Sentences {
		sf, sl := dc.sentence(s)
		var claimCue, blameCue, interceptCue = -1, -1, -1
		var sources []string
		for i := sf; i < sl; i++ {
			cu := dc.cueAt[i]
			if cu.has(cueSay) && (i == sf || !dc.cueAt[i-1].has(cueSay)) {
				if a := dc.speaker(i); a >= 0 && dc.placedSource(a) {
					sources = appendUnique(sources, dc.actors[a].Actor.Name)
				}
			}
			if cu.has(cueSource) && (i == sf || !dc.cueAt[i-1].has(cueSource)) {
				// A company named after a word of source is where words
				// were posted, not who reports them: "عبر موقع تويتر".
				if a := dc.actorAfter(i+1, 4, func(p string) bool { return p == "" || p == "ل" || p == "عن" }); a >= 0 && dc.placedSource(a) &&
					dc.actors[a].Actor.Sector != hadath.SectorBusiness {
					sources = appendUnique(sources, dc.actors[a].Actor.Name)
				}
			}
			if cu.has(cueBlameVerb) && blameCue < 0 {
				// "حمّل ... المسؤولية عن الهجوم": held responsible, not
				// claiming it, whatever words of claiming follow.
				blameCue, claimCue = i, -2
			}
			if cu.has(cueClaim) && claimCue == -1 && (i == sf || !dc.cueAt[i-1].has(cueClaim)) && dc.claims(i, sf, sl) {
				claimCue = i
			}
			if cu.has(cueBlame) && !cu.has(cueBacked) && blameCue < 0 {
				blameCue = i
			}
			if cu.has(cueIntercept) && interceptCue < 0 {
				interceptCue = i
			}
		}
		if len(sources) > 0 {
			for _, c := range inSentence(cs, s, "") {
				for _, src := range sources {
					c.reported = appendUnique(c.reported, src)
				}
			}
		}
		if claimCue >= 0 {
			e.claim(dc, cs, s, claimCue)
		}
		if blameCue >= 0 {
			e.blame(dc, cs, s, blameCue)
		}
		if interceptCue >= 0 {
			e.intercept(dc, cs, s, interceptCue)
		}
	}
}

// defended makes the state an interceptor defends the target of the
// attack it stopped: "اعترضت الدفاعات الجوية السعودية صاروخا أطلقه
// الحوثيون" is an attack on Saudi Arabia, which its air defences
// thwarted, not one on the air defences. An interceptor is a party named
// in the words of interception (الدفاع الجوي، القبة الحديدية), of
// another state than the attacker's, an armed group: where a state's
// forces strike, the air defences that meet them are the forces struck
// ("تصدت الدفاعات الجوية السورية للعدوان"). An attack left with no target
// takes the state of the interceptor its sentences name ("أطلقت الجماعة
// صاروخا، واعترضته الدفاعات الجوية السعودية").
func (e *Extractor) defended(dc *doc, cs []*cand) {
	for _, c := range cs {
		if c.typ != hadath.Assault || c.actor == nil || c.actor.Sector != hadath.SectorArmedGroup {
			continue
		}
		country := ""
		switch {
		case c.target == nil:
			if k := dc.interceptor(c, nil); k >= 0 {
				country = dc.actors[k].Actor.Country
			}
		case c.target.Country != "" && dc.intercepts(c):
			country = c.target.Country
		}
		if country == "" || country == c.actor.Country {
			continue
		}
		co := e.actors.Country(country)
		if co == nil {
			continue
		}
		if st := e.actors.Entry(co.Name); st != nil && st.Kind == hadath.GPE {
			a := st.Actor()
			c.target = &a
		}
	}
}

// intercepts reports whether c's target is named, in one of c's
// sentences, by words of interception: the air defences that stopped
// the attack.
func (dc *doc) intercepts(c *cand) bool {
	return dc.interceptor(c, c.target) >= 0
}

// interceptor returns the first mention, in one of c's sentences, of a
// party of a known country named by words of interception (الدفاعات
// الجوية السعودية), and of party a when a is not nil; -1 if none.
func (dc *doc) interceptor(c *cand, a *hadath.Actor) int {
	for k := range dc.actors {
		m := &dc.actors[k]
		if m.Actor.Country == "" || !containsInt(c.sents, dc.x.Tokens[m.First].Sent) || a != nil && !sameActor(&m.Actor, a) {
			continue
		}
		for i := m.First; i < m.Last; i++ {
			if dc.cueAt[i].has(cueIntercept) {
				return k
			}
		}
	}
	return -1
}

// placedSource reports whether actor mention a can stand as a source: a
// named actor, or a generic one whose country is known ("US officials",
// not a bare "officials").
func (dc *doc) placedSource(a int) bool {
	m := &dc.actors[a]
	return !m.Actor.Generic || m.Actor.Country != ""
}

// speaker returns the actor who says something with the reporting verb
// at token i: after the verb (قال المسؤول) or before it (المسؤول قال).
// A verb that reports only with عن (SAY_FROM) has no speaker without it:
// "نقل السفارة" moves an embassy.
func (dc *doc) speaker(i int) int {
	if dc.cueAt[i].has(cueSayFrom) && !dc.fromAfter(i) {
		return -1
	}
	if a := dc.actorAfter(i+1, 4, noPrep); a >= 0 {
		return a
	}
	return dc.actorBefore(i, 5)
}

// fromAfter reports whether عن (or عنه، عنها) stands within fromReach
// words after token i, in its sentence: "نقلت وكالة الأنباء عن مصدر".
func (dc *doc) fromAfter(i int) bool {
	toks := dc.x.Tokens
	for j := i + 1; j < len(toks) && j <= i+fromReach && toks[j].Sent == toks[i].Sent; j++ {
		if fromWords[toks[j].Norm] {
			return true
		}
	}
	return false
}

// fromReach is how many words after a verb of reporting its عن may stand
// (the speaker and a title between: "نقلت صحيفة وول ستريت جورنال عن").
const fromReach = 6

// fromWords are the folded forms of عن, with the pronouns it takes.
var fromWords = set("عن", "عنه", "عنها", "عنهم", "عنهما")

// intercept reads "air defences intercepted most of them".
func (e *Extractor) intercept(dc *doc, cs []*cand, s, cueAt int) {
	_, sl := dc.sentence(s)
	level := ""
	for i := cueAt; i < min(sl, cueAt+8) && level == ""; i++ {
		cu := dc.cueAt[i]
		switch {
		case cu.has(cueInterceptAll):
			level = hadath.InterceptedAll
		case cu.has(cueInterceptMost):
			level = hadath.InterceptedMost
		case cu.has(cueInterceptSome):
			level = hadath.InterceptedSome
		case cu.has(cueInterceptNone):
			level = hadath.InterceptedNone
		}
	}
	if level == "" {
		level = dc.interceptedCount(cueAt, sl)
	}
	if level == "" {
		level = dc.interceptedWhole(cueAt, sl)
	}
	if level == "" {
		return
	}
	c := attackOf(cs, s)
	if c == nil {
		return
	}
	if c.intercepted == "" {
		c.intercepted = level
	}
}

// settle draws the conclusions that need the whole event: its modality
// from its date, whom the report rests on, the actor and place the
// sentence gives only loosely, and the roles some types imply.
func (e *Extractor) settle(dc *doc, c *cand) {
	// What is dated after the day, month or year it was reported has
	// not happened yet.
	if c.modality == hadath.Asserted && c.date != nil && dc.hasPub && afterPublication(c.date, dc) {
		c.modality = hadath.Future
	}
	// A day named without a year a few weeks after the report is the
	// coming one, and what is set for it is to come: "تعقد القمة في 12
	// يونيو", said on 1 June, is not last June's summit.
	// A past verb right before it keeps last year's day ("والتقى
	// الرئيسان في 12 يونيو"); a day named further from the event ("ألغى
	// القمة المقررة في 12 يونيو" for the cancelling) is the day of
	// something else.
	if c.modality == hadath.Future && c.date != nil && c.date.Ahead {
		c.date = nextYear(c.date) // "اتفقتا على عقد قمة من 18 إلى 20 سبتمبر"
	} else if c.modality == hadath.Asserted && c.date != nil && c.dateFromSent && c.date.Ahead {
		switch dc.dayFor(c, c.date) {
		case dayComing:
			c.modality, c.date = hadath.Future, nextYear(c.date)
		case dayOther:
			c.date, c.dateFromSent = nil, false
		}
	}
	// A weekday named for a happening to come is the coming one: "سيلتقي
	// الرئيسان يوم الثلاثاء", said on a Friday, is next Tuesday.
	if c.modality == hadath.Future && c.date != nil && c.dateFromSent && dc.hasPub && c.date.Kind == ar.DateWeekday &&
		c.date.Date != "" && c.date.Date < dc.pubDay {
		c.date = shiftDays(c.date, 7)
	}
	// So is a month named without a year: "ستفرض عقوبات في نوفمبر", said
	// in August, is this November, not last year's.
	// A day a few weeks before the report is no day of next year's:
	// "الثلاثاء 8 مايو", said on the 10th, is another happening's day,
	// not the day of one to come.
	if c.modality == hadath.Future && c.date != nil && c.dateFromSent && dc.hasPub && c.date.Kind == ar.DateExplicit &&
		beforePublication(c.date, dc) && !dc.namesYear(c.date) {
		if dc.weeksBefore(c.date) {
			c.date, c.dateFromSent = nil, false
		} else {
			c.date = nextYear(c.date)
		}
	}
	// The report rests on others than the perpetrator.
	kept := c.reported[:0]
	for _, r := range c.reported {
		if (c.actor == nil || r != c.actor.Name) && (c.claimed == nil || r != c.claimed.Name) {
			kept = append(kept, r)
		}
	}
	c.reported = kept
	if c.actor == nil && c.dropped {
		dc.dropSubject(c)
	}
	if c.actor == nil && !c.dropped {
		dc.nearestActor(c)
	}
	if c.actor != nil && c.actor.Sector == hadath.SectorMedia && !verbal(c.typ) {
		c.actor = nil // a paper tells of a strike or a summit; it does not carry one out
	}
	if (c.typ == hadath.Assault || c.typ == hadath.Mobilize) && c.actor != nil && c.actor.Kind == hadath.GPE && c.actor.Country != "" {
		// A state that strikes or masses troops does so by its armed
		// forces: "قصفت الدولة المجاورة القرية" is its military's doing
		// (docs/annotation.md, States).
		c.actor = e.genericActor(c.actor.Country, hadath.SectorMilitary)
	}
	if force(c.typ) {
		dc.accusedOf(c)
	}
	e.settlePlace(dc, c)
	if c.actor == nil && c.method == methodArrest && c.place != nil && c.place.Country != "" && !dc.armedIn(c) {
		// An arrest that names no one making it was made by the police
		// of the country where it took place, unless armed men are
		// named with it: they may have made it.
		c.actor = e.genericActor(c.place.Country, hadath.SectorPolice)
	}
	e.settleRoles(dc, c)
}

// afterPublication reports whether a date lies wholly after the
// publication day, compared at the date's own precision: "2018-07" is
// after 2018-06-20, "2018-06" is not.
func afterPublication(d *ar.Date, dc *doc) bool {
	return d.Date != "" && d.Date > pubAt(d, dc)
}

// beforePublication reports whether a date lies wholly before the
// publication day, at its own precision: "2018-05" is before 2018-06-20,
// "2018-06" is not.
func beforePublication(d *ar.Date, dc *doc) bool {
	return d.Date != "" && d.Date < pubAt(d, dc)
}

// weeksBefore reports whether d is a day within shiftFloor days before
// the report.
func (dc *doc) weeksBefore(d *ar.Date) bool {
	return len(d.Date) == 10 && d.Date >= dc.pub.AddDate(0, 0, -shiftFloor).Format("2006-01-02")
}

// shiftFloor is how many days before the report a day of a month named
// without a year must fall for a happening to come to be read a year
// later.
const shiftFloor = 45

// pubAt returns the publication day cut to the precision of d's date:
// "2018-06" for a month, "2018" for a year.
func pubAt(d *ar.Date, dc *doc) string {
	pub := dc.pubDay // as dc.pub.Format with the layout of d's length
	if n := len(d.Date); (n == 4 || n == 7) && len(pub) == 10 {
		pub = pub[:n]
	} else if n == 4 || n == 7 {
		pub = dc.pub.Format("2006-01-02"[:n])
	}
	return pub
}

// background reports whether an event whose latest day is hi was more
// than a year old when it was reported.
func background(hi string, dc *doc) bool {
	if hi == "" {
		return false
	}
	dc.pastDays()
	return hi < dc.yearAgo
}

// nearestActor gives c the bare noun phrase nearest before its trigger in
// its sentence, or else the first after it, as actor.
func (dc *doc) nearestActor(c *cand) {
	sf, _ := dc.sentence(c.sent)
	a := dc.actorBefore(c.first, 20)
	if a >= 0 && !verbal(c.typ) && dc.judgedBetween(max(dc.actors[a].First-2, sf), c.first) {
		// "أدانت الحكومة الغارات": who condemns, welcomes, refuses or
		// calls, right after the verb or before it, names the deed; they
		// did not do it.
		return
	}
	if a >= 0 && force(c.typ) && dc.cueWithin(dc.actors[a].Last, c.first, cueBlame) {
		// "سلمت السلطات إلى بلجيكا مشتبها به في هجمات بروكسل": the one
		// suspected or accused did it, not the party before the words.
		return
	}
	if a < 0 {
		a = dc.actorAfter(c.last, 20, noPrep)
	}
	if a < 0 {
		return
	}
	if g := &dc.actors[a].Actor; g.Generic && g.Sector == hadath.SectorCivilians && force(c.typ) {
		return // people named near a strike or an arrest suffered it
	}
	if c.typ == hadath.Assault && a == dc.victim(c.sent) {
		return // the dead and the wounded it counts suffered it
	}
	last := a
	if dc.actors[a].Last <= c.first {
		a = dc.firstConjunct(a) // "وقع الأردن وإسرائيل اتفاقية": the first of the parties named together
	}
	if c.target == nil || dc.actors[a].Actor.Name != c.target.Name {
		act := dc.actors[a].Actor
		c.actor = &act
	}
	if last != a && c.target == nil && mutual(c.typ) && c.typ != hadath.Assault && !oneParty(&dc.actors[last].Actor, &dc.actors[a].Actor) {
		// The other is its counterpart.
		t := dc.actors[last].Actor
		c.target = &t
	}
}

// responsibilityFor reports whether the word before token i is
// مسؤولية, or مسؤولية and عن: what a party is held responsible for
// (مسؤولية الهجوم، المسؤولية عن مقتل الصحفي).
func (dc *doc) responsibilityFor(i int) bool {
	if i > 1 && dc.x.Tokens[i-1].Norm == "عن" {
		i--
	}
	return i > 0 && dc.x.Tokens[i-1].Key() == keyResponsibility
}

// keyResponsibility is the dictionary key of مسؤولية.
var keyResponsibility = ar.Key("مسؤولية")

// firstConjunct returns the first of the actor mentions joined by و that
// end with mention a ("الأردن وإسرائيل": Jordan), or a itself.
func (dc *doc) firstConjunct(a int) int {
	for b := dc.conjunctBefore(a); b >= 0; b = dc.conjunctBefore(b) {
		a = b
	}
	return a
}

// conjunctBefore returns the actor mention that actor mention a is joined
// to by و, right before it ("الأردن وإسرائيل"), or -1.
func (dc *doc) conjunctBefore(a int) int {
	m := &dc.actors[a]
	if j := m.First - 1; m.Start == dc.x.Tokens[m.First].Start && j > 0 && dc.allyLink(j) {
		// "الحكومة وحليفتها طهران": the ally is joined to the party before.
		if b := dc.actorAt[j-1]; b >= 0 && dc.actors[b].Last == j {
			return int(b)
		}
	}
	t := &dc.x.Tokens[m.First]
	if m.First == 0 || m.Start == t.Start || ar.Fold(dc.x.Src[t.Byte:dc.byteAt(m.First, m.Start)]) != string(ar.Waw) {
		return -1
	}
	if b := dc.actorAt[m.First-1]; b >= 0 && dc.actors[b].Last == m.First {
		return int(b)
	}
	return -1
}

// accusedOf reads a deed named after an accusation of a party, "اتهمت
// الحكومة الحوثيين بقصف الحي", "حمّل الوزير روسيا مسؤولية الهجوم": the
// party is accused of it, not known to have done it, and is blamed_on
// rather than the actor (GUIDELINES.md).
func (dc *doc) accusedOf(c *cand) {
	if !withBeh(&dc.x.Tokens[c.first]) && !dc.responsibilityFor(c.first) { // بقصف، وبتسميم
		return
	}
	sf, _ := dc.sentence(c.sent)
	accused := -1
	for j := c.first - 1; j >= max(sf, c.first-accusedReach); j-- {
		if a := dc.actorAt[j]; a >= 0 {
			if accused < 0 {
				accused = int(a)
			}
			j = dc.actors[a].First
			continue
		}
		if accused >= 0 && dc.triggerOf(j, hadath.Accuse) {
			x := dc.actors[accused].Actor
			if c.actor != nil && c.actor.Name != x.Name && !(x.Kind == hadath.GPE && c.actor.Country == x.Country) {
				return // the doer is named apart from the accused (a state accused is its forces)
			}
			c.actor = nil
			if c.blamed == nil {
				c.blamed = &x
			}
			return
		}
		if isBreak(&dc.x.Tokens[j]) {
			return
		}
	}
}

// accusedReach is how many words an accusation may stand before the
// deed it names (اتهمت وزارة الخارجية الروسية الحكومة البريطانية بـ).
const accusedReach = 10

// judgedBetween reports whether the trigger of a judgment (a
// condemnation, a welcome, a refusal, a call) stands between tokens from
// and to. A verb that announces (أعلن الجيش مقتل) does not count: who
// announces a strike often made it.
func (dc *doc) judgedBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if dc.triggerOf(i, hadath.Accuse, hadath.Support, hadath.Reject, hadath.Request) {
			return true
		}
	}
	return false
}

// triggerOf reports whether token i is part of a trigger that may read
// as one of types.
func (dc *doc) triggerOf(i int, types ...string) bool {
	if k := dc.trigAt[i]; k >= 0 {
		for _, tr := range dc.trigs[k].Triggers {
			if slices.Contains(types, tr.Type) {
				return true
			}
		}
	}
	return false
}

// dropSubject gives a verb that names no subject the actor it goes on
// from (droppedSubject).
func (dc *doc) dropSubject(c *cand) {
	a := dc.droppedSubject(c.first)
	if a < 0 || c.target != nil && dc.actors[a].Actor.Name == c.target.Name {
		return
	}
	act := dc.actors[a].Actor
	c.actor = &act
}

// peopleNear returns the country of the people named nearest c's
// trigger in its sentence, generic civilians or protesters of a known
// country ("الفلسطينيين", "محتجين عراقيين"), or "": who protest where
// the text names no one protesting.
func (dc *doc) peopleNear(c *cand) string {
	return dc.nearestCountry(c, func(a *hadath.Actor) bool {
		return a.Generic && (a.Sector == hadath.SectorCivilians || a.Sector == hadath.SectorProtesters)
	})
}

// crowdCountry returns the country of the people (civilians or
// protesters, unnamed) that the story names most in sentences of protest
// met by force (protestsMet: "قتل 20 فلسطينيا في المظاهرات"), or "" when
// it names them fewer than twice there, or two countries as often.
// Protests told without their people ("تتواصل الاحتجاجات على الحدود مع
// القطاع") are theirs, not the country of the place or of the story's
// most named state. It is worked out once a document.
func (dc *doc) crowdCountry() string {
	if dc.crowdOfDone {
		return dc.crowdOf
	}
	dc.crowdOfDone = true
	met := dc.protestsMet()
	var counts map[string]int
	for k := range dc.actors {
		m := &dc.actors[k]
		a := &m.Actor
		if !a.Generic || a.Country == "" || a.Sector != hadath.SectorCivilians && a.Sector != hadath.SectorProtesters ||
			!met[dc.x.Tokens[m.First].Sent] {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[a.Country]++
	}
	best, tie := 0, false
	for country, n := range counts {
		switch {
		case n > best:
			dc.crowdOf, best, tie = country, n, false
		case n == best:
			tie = true
		}
	}
	if tie || best < 2 {
		dc.crowdOf = "" // one mention may be anyone's: "تهدد المدنيين الإسرائيليين"
	}
	return dc.crowdOf
}

// crowdAfter reports whether t, the target the rules gave protest c, is
// people named right after its trigger, a few words on at most: the
// crowd that protests ("تظاهر مئات الأردنيين").
func (dc *doc) crowdAfter(c *cand, t *hadath.Actor) bool {
	if !t.Generic || t.Sector != hadath.SectorCivilians || t.Span == nil {
		return false
	}
	end := dc.x.Tokens[c.last-1].End
	return t.Span.Start > end && t.Span.Start-end <= crowdReach
}

// crowdReach is how many code points after a protest's trigger the crowd
// it names may begin: room for a count ("آلاف", "عشرات الآلاف من").
const crowdReach = 16

// protestedAt returns the country of the state whose embassy, consulate
// or other office a protest is held in front of (أمام السفارة الأمريكية،
// أمام القنصلية الإيرانية) in the trigger's sentence, or "": the
// protesters protest at that state.
func (dc *doc) protestedAt(c *cand) string {
	sf, sl := dc.sentence(c.sent)
	for k := range dc.actors {
		m := &dc.actors[k]
		if m.First < sf || m.First >= sl {
			continue
		}
		if a := &m.Actor; a.Country != "" && a.Sector == hadath.SectorGovernment && dc.actorPrep(k) == "امام" {
			return a.Country
		}
	}
	return ""
}

// otherState returns the country of the state whose forces (military
// or police) are named nearest c's trigger in its sentence, if it is not
// country (the protesters'), or "": protesters met by another state's
// forces, or protesting their deed, protest at that state. A state's
// government named beside a protest is as often the subject of a
// comment; it is not taken.
func (dc *doc) otherState(c *cand, country string) string {
	return dc.nearestCountry(c, func(a *hadath.Actor) bool {
		return a.Country != country && (a.Sector == hadath.SectorMilitary || a.Sector == hadath.SectorPolice)
	})
}

// facedState returns the country of the state whose forces (military or
// police) the story names in the most sentences that tell of a protest met
// by force (protestsMet), or "". The protesters' own state (country) and
// the state of the scene, whose police keep order where the crowd
// gathers, are not counted. Protests a story tells of as met by another
// state's forces are against that state, in the sentences that name its
// forces and in those that do not ("أصيب محتجون بنيران جنود إسرائيليين
// عند السياج"، then "وتتواصل الاحتجاجات منذ مارس").
func (dc *doc) facedState(country, scene string) string {
	type tally struct {
		iso  string
		n    int
		sent int // the last sentence counted
	}
	var buf [4]tally
	counts := buf[:0]
	met := dc.protestsMet()
	for k := range dc.actors {
		m := &dc.actors[k]
		a := &m.Actor
		s := dc.x.Tokens[m.First].Sent
		if !met[s] || a.Country == "" || a.Country == country || a.Country == scene ||
			a.Sector != hadath.SectorMilitary && a.Sector != hadath.SectorPolice {
			continue
		}
		i := slices.IndexFunc(counts, func(t tally) bool { return t.iso == a.Country })
		switch {
		case i < 0:
			counts = append(counts, tally{iso: a.Country, n: 1, sent: s})
		case counts[i].sent != s:
			counts[i].n++
			counts[i].sent = s
		}
	}
	best, most := "", 0
	for _, t := range counts {
		if t.n > most {
			best, most = t.iso, t.n
		}
	}
	return best
}

// protestsMet returns, for each sentence, whether it tells of protest (a
// protest trigger or protesters named) and of force (an attack's
// trigger): a crowd shot at, or a crowd against an offensive. It is
// worked out once a document.
func (dc *doc) protestsMet() []bool {
	if dc.met != nil {
		return dc.met
	}
	n := len(dc.x.Sentences)
	protest, force := make([]bool, n), make([]bool, n)
	for k := range dc.trigs {
		tm := &dc.trigs[k]
		s := dc.x.Tokens[tm.First].Sent
		for _, t := range tm.Triggers {
			protest[s] = protest[s] || t.Type == hadath.Protest
			force[s] = force[s] || t.Type == hadath.Assault
		}
	}
	for k := range dc.actors {
		if m := &dc.actors[k]; m.Actor.Sector == hadath.SectorProtesters {
			protest[dc.x.Tokens[m.First].Sent] = true
		}
	}
	for s := range protest {
		protest[s] = protest[s] && force[s]
	}
	dc.met = protest
	return dc.met
}

// nearestCountry returns the country of the party of a known country
// that keep accepts and that is named nearest c's trigger in its
// sentence, or "".
func (dc *doc) nearestCountry(c *cand, keep func(*hadath.Actor) bool) string {
	sf, sl := dc.sentence(c.sent)
	best, country := -1, ""
	for k := range dc.actors {
		m := &dc.actors[k]
		if m.First < sf || m.First >= sl || m.Actor.Country == "" || !keep(&m.Actor) {
			continue
		}
		if d := abs(m.First - c.first); best < 0 || d < best {
			best, country = d, m.Actor.Country
		}
	}
	return country
}

// talksCountry returns the country that the generic parties to talks,
// an agreement or cooperation c belong to: that of the other party, if
// it has one, else scene, the country of c's place or, failing one, the
// story's. Talks are held and agreements signed at a venue, often
// abroad: in "محادثات بين الحكومة اليمنية والمتمردين في جنيف" the rebels
// are Yemen's, not Switzerland's.
func (dc *doc) talksCountry(c *cand, scene string) string {
	for _, a := range []*hadath.Actor{c.actor, c.target} {
		if a != nil && a.Country != "" && a.Sector != hadath.SectorIGO {
			return a.Country
		}
	}
	return scene
}

// settleRoles gives generic actors, other than international bodies,
// the country of the scene and draws
// the roles some types imply: protesters protest, at the authorities;
// people of a country hurt at a military base are its forces.
func (e *Extractor) settleRoles(dc *doc, c *cand) {
	country := dc.topCountry
	if c.place != nil && c.place.Country != "" {
		country = c.place.Country
	}
	if c.typ == hadath.Consult || c.typ == hadath.Agree || c.typ == hadath.Cooperate {
		country = dc.talksCountry(c, country)
	}
	at := country // the scene's state: a protest's target, by default
	scene := country
	if c.typ == hadath.Protest && (c.actor == nil || stateSector(c.actor.Sector) || c.actor.Generic && c.actor.Country == "") {
		if p := dc.peopleNear(c); p != "" {
			country = p // "مقتل فلسطينيين في مظاهرات على الحدود"
		} else if p := dc.crowdCountry(); p != "" {
			country = p // the people the story's protests are of, named elsewhere
		}
	}
	for _, p := range []**hadath.Actor{&c.actor, &c.target} {
		// International bodies (the international community, donors, a
		// coalition) belong to no country, wherever they act. People
		// named with their place are of its country ("لسكان جزيرة
		// سقطرى": Yemen's, wherever the story's other places are).
		if a := *p; a != nil && a.Generic && a.Country == "" && a.Sector != hadath.SectorIGO {
			cp := *a
			cp.Country = country
			if home := dc.homeOf(a); home != "" {
				cp.Country = home
			}
			if cp.Country != "" {
				*p = &cp
			}
		}
	}
	switch c.typ {
	case hadath.Protest:
		if t := c.target; t != nil && (t.Sector == hadath.SectorProtesters || dc.crowdAfter(c, t)) {
			// "احتشد عشرات المحتجين"، "تظاهر مئات الأردنيين": the crowd
			// named after the verb protests; it is not protested at.
			if c.actor == nil || c.actor.Sector != hadath.SectorProtesters {
				c.actor = t
			}
			c.target = nil
		}
		if a := c.actor; a != nil && a.Generic && a.Country != "" && !stateSector(a.Sector) {
			country = a.Country // العراقيين، مزارعون فرنسيون
		}
		if country == "" {
			return
		}
		if c.actor == nil || c.actor.Sector != hadath.SectorProtesters {
			c.actor = e.genericActor(country, hadath.SectorProtesters)
		}
		if c.target == nil {
			if o := dc.protestedAt(c); o != "" {
				at = o // "تظاهروا أمام السفارة الأمريكية"
			} else if o := dc.otherState(c, country); o != "" {
				at = o // "أطلقت القوات الإسرائيلية النار على المتظاهرين"
			} else if o := dc.facedState(country, scene); o != "" {
				at = o // the same protests, met by that state's forces elsewhere in the story
			} else if at == "" {
				at = country
			}
			c.target = e.genericActor(at, hadath.SectorGovernment)
		}
	case hadath.Aid:
		// Aid brought into a country the giver is not from goes to its
		// people (قافلة مساعدات تدخل الغوطة).
		if c.target == nil && c.place != nil && c.place.Country != "" && (c.actor == nil || c.actor.Country != c.place.Country) {
			c.target = e.genericActor(c.place.Country, hadath.SectorCivilians)
		}
	case hadath.Assault:
		if c.placeKind == gazetteer.KindBase && c.target != nil && c.target.Generic &&
			c.target.Country != "" && c.target.Sector != hadath.SectorMilitary {
			c.target = e.genericActor(c.target.Country, hadath.SectorMilitary)
		}
	}
}

func appendUnique(xs []string, x string) []string {
	if x == "" || containsString(xs, x) {
		return xs
	}
	return append(xs, x)
}

// force reports whether events of a type are done by armed men or the
// state: attacks, arrests, sanctions and deployments.
func force(typ string) bool {
	switch typ {
	case hadath.Assault, hadath.Coerce, hadath.Sanction, hadath.Mobilize:
		return true
	}
	return false
}

// visited gives a visit abroad that has no target after the role model
// the state visited: "زار الوزير العاصمة العراقية بغداد" is paid to Iraq.
func (e *Extractor) visited(c *cand) {
	if c.dead || c.typ != hadath.Consult || c.target != nil || c.trig.Method != methodVisit || c.place == nil ||
		c.place.Country == "" || c.actor != nil && c.actor.Country == c.place.Country {
		return
	}
	if st, ok := e.actors.State(c.place.Country); ok {
		c.target = &st
	}
}

// methodArrest is the COERCE method of arrests (docs/format.md).
const methodArrest = "arrest"

// methodGunfire is the ASSAULT method of shooting.
const methodGunfire = "gunfire"

// methodVisit is the method of CONSULT that a visit names.
const methodVisit = "visit"

// armedIn reports whether the sentence of c names an armed group or a
// military, who may have made the arrest it tells.
func (dc *doc) armedIn(c *cand) bool {
	sf, sl := dc.sentence(c.sent)
	for i := sf; i < sl; i++ {
		if a := dc.actorAt[i]; a >= 0 {
			switch dc.actors[a].Actor.Sector {
			case hadath.SectorArmedGroup, hadath.SectorMilitary:
				return true
			}
		}
	}
	return false
}

// interceptedCount reads "أسقطت الدفاعات طائرتين مسيرتين", "اعترضت
// صاروخين": an interception of a stated number of missiles, rockets or
// drones, with no word of how many of how many, stops all of them. A number followed by
// من ("صاروخين من أصل خمسة", "ثلاثة منها") is a part, read no further.
func (dc *doc) interceptedCount(cueAt, sl int) string {
	for i := cueAt + 1; i < min(sl, cueAt+7); i++ {
		if dc.x.Tokens[i].Kind == ar.Punct {
			return ""
		}
		k := dc.numAt[i]
		if k < 0 {
			continue
		}
		n := &dc.nums[k]
		if n.Vague || n.Last < sl && strings.HasPrefix(dc.x.Tokens[n.Last].Norm, "من") ||
			n.Last+1 < sl && strings.HasPrefix(dc.x.Tokens[n.Last+1].Norm, "من") {
			return ""
		}
		if !dc.projectile(n.Noun) {
			return ""
		}
		return hadath.InterceptedAll
	}
	return ""
}

// interceptedWhole reads the interception of one missile or drone named
// without a number ("نجحت الدفاعات في اعتراض صاروخ قصير المدى") or of the
// ones a pronoun refers back to ("واعترضته الدفاعات الجوية"، "تمكنت من
// اعتراضها"): all of it was stopped. Only the words of interception from
// the sentence's first (cueAt) on are read, each with the projectile
// right after it or after the party that intercepts.
func (dc *doc) interceptedWhole(cueAt, sl int) string {
	toks := dc.x.Tokens
	for j := cueAt; j < sl; j++ {
		if !dc.cueAt[j].has(cueIntercept) || j > cueAt && dc.cueAt[j-1].has(cueIntercept) {
			continue // the second word of "الدفاعات الجوية"
		}
		if dc.possessive(j) != "" && toks[j].Kind == ar.Word {
			return hadath.InterceptedAll
		}
		i := j + 1
		for i < sl && dc.actorAt[i] >= 0 {
			i++ // the interceptor: "أسقطت الدفاعات السورية صاروخا"
		}
		if i < sl && dc.numAt[i] < 0 && dc.projectile(i) {
			return hadath.InterceptedAll
		}
	}
	return ""
}

// projectile reports whether token i begins a phrase naming a missile,
// rocket or drone: what can be shot down, unlike "6 مركبات".
func (dc *doc) projectile(i int) bool {
	if i < 0 || i >= len(dc.methodAt) || dc.methodAt[i] < 0 {
		return false
	}
	for _, m := range dc.methods[dc.methodAt[i]].Tags {
		switch m {
		case "missile", "ballistic_missile", "cruise_missile", "rocket", "drone":
			return true
		}
	}
	return false
}

// aheadReach is how many tokens after a mention a day may be named and be
// the day it is set for.
const aheadReach = 10

// How a day named without a year soon after the report stands to an
// event (see dayFor).
const (
	dayOther  = iota // the day of something else
	dayPast          // the day of a verb of the past: last year's
	dayComing        // the day the event is set for
)

// dayFor tells how the day d stands to c: it is the day c is set for when
// it is named a few words after one of its mentions, in its sentence, and
// that mention is not shaped as a verb of the past ("قمة إقليمية في
// الدوحة في 9 أغسطس", "يلتقي الرئيسان في 9 أغسطس"); last year's after
// such a verb; another's when it ends a span ("حتى 28 مارس"), a year
// follows it, or no mention comes right before it.
func (dc *doc) dayFor(c *cand, d *ar.Date) int {
	toks := dc.x.Tokens
	if d.First >= len(toks) || untilWords[toks[d.First].Key()] || d.First > 0 && untilWords[toks[d.First-1].Key()] {
		return dayOther
	}
	for k := d.Last; k < len(toks) && k < d.Last+aheadReach && toks[k].Sent == toks[d.First].Sent; k++ {
		if toks[k].Kind == ar.Number && len(toks[k].Norm) == 4 {
			return dayOther // "هجمات 11 سبتمبر في نيويورك عام 2001"
		}
	}
	for _, m := range c.mentions {
		if m >= d.First || d.First-m > aheadReach || toks[m].Sent != toks[d.First].Sent || dc.otherTriggerIn(c, m+1, d.First) {
			continue
		}
		if c.future || !c.trig.Verb || !dc.pastShape(m) {
			return dayComing
		}
		return dayPast
	}
	return dayOther
}

// otherTriggerIn reports whether a trigger that is none of c's mentions
// stands in tokens from..to-1: a day after it is that one's ("اتفقت مصر
// والأردن على عقد اجتماع في 18 يونيو" dates the meeting, not the deal).
func (dc *doc) otherTriggerIn(c *cand, from, to int) bool {
	for k := from; k < to; k++ {
		if dc.trigAt[k] >= 0 && !slices.Contains(c.mentions, k) {
			return true
		}
	}
	return false
}

// untilWords are the folded words before a day that ends a span.
var untilWords = map[string]bool{"حتي": true, "لغايه": true, "الي": true}

// pastShape reports whether the trigger token at m may be a verb of the
// past: it bears no article, and neither opens with a letter of the
// present (ي ت ن), the future (س) or a participle (م) nor ends with the ة of a noun:
// "ألغى", "التقى" may be; "قمة", "الاجتماع", "يلتقي", "مؤتمر" are not.
func (dc *doc) pastShape(m int) bool {
	t := &dc.x.Tokens[m]
	if hasArticle(t) && !dc.alVerb(m) {
		return false
	}
	w := t.Norm
	if r, n := utf8.DecodeRuneInString(w); (r == ar.Waw || r == ar.Feh) && utf8.RuneCountInString(w) > 3 {
		w = w[n:] // وألغى
	}
	switch r, _ := utf8.DecodeRuneInString(w); r {
	case ar.Yeh, ar.Teh, ar.Noon, ar.Meem, ar.Seen:
		return false
	}
	return !strings.HasSuffix(w, string(ar.Heh))
}

// homeOf returns the country of the place named right after the generic
// people a ("سكان جزيرة سقطرى"، "أهالي مدينة حلب"), or "".
func (dc *doc) homeOf(a *hadath.Actor) string {
	if a.Span == nil || a.Sector != hadath.SectorCivilians {
		return ""
	}
	for k := range dc.actors {
		m := &dc.actors[k]
		if m.Start != a.Span.Start {
			continue
		}
		if m.Last < len(dc.placeAt) {
			if p := dc.placeAt[m.Last]; p >= 0 && dc.places[p].First == m.Last {
				return dc.places[p].Entry.Country
			}
		}
		return ""
	}
	return ""
}

package extract

import (
	"slices"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// claims reports whether the words of claiming at token i, in a
// sentence of tokens sf..sl-1, claim an attack: not denied ("نفت
// مسؤوليتها", "لم تتبن أي جهة"), not laid on someone ("تتهم الحكومة الجماعة
// بالمسؤولية عن": with ب the responsibility is charged, not taken), and
// naming the attack within claimReach words after them (an attack word,
// or a noun pointing back at one: "تبنى التنظيم الهجوم"), or pointing
// back at one named just before, with only the claimant or nothing after
// them ("سلسلة هجمات تبناها التنظيم", "الهجوم. وأعلن التنظيم تبنيه").
// تبنى with anything else adopts: "تبنى المجلس القرار".
func (dc *doc) claims(i, sf, sl int) bool {
	for j := max(sf, i-negationReach); j < i; j++ {
		if dc.cueAt[j].has(cueNeg) {
			return false
		}
	}
	if withBeh(&dc.x.Tokens[i]) {
		return false
	}
	end := i
	for end < sl && dc.cueAt[end].has(cueClaim) {
		end++
	}
	attack := func(j int) bool { return dc.triggerOf(j, hadath.Assault) || dc.cueAt[j].has(cueAnaphor) }
	for j := i; j < min(sl, end+claimReach); j++ {
		if attack(j) {
			return true
		}
		if j >= end && (dc.triggerOf(j, hadath.Accuse) || dc.cueAt[j].has(cueClaimNoun)) {
			return false // "تبنى البرلمان اتهام الحكومة للجماعة": an accusation adopted
		}
	}
	if end < sl && dc.x.Tokens[end].Kind != ar.Punct && (dc.actorAt[end] < 0 || dc.actors[dc.actorAt[end]].First != end) {
		return false
	}
	for j := max(sf, i-claimReach); j < i; j++ {
		if attack(j) {
			return true
		}
	}
	return false
}

// claimReach is how many words from words of claiming the attack they
// claim may be named.
const claimReach = 8

// claim attaches a claim of responsibility to the attack it names.
// The claimant is the party right after the words of claiming, their
// subject ("تبنى تنظيم داعش الهجوم", "هجمات تبناها التنظيم"), or else the
// nearest party before them that can claim ("أعلنت الجماعة، وهي ...،
// مسؤوليتها"), or the first of the sentence.
func (e *Extractor) claim(dc *doc, cs []*cand, s, cueAt int) {
	sf, sl := dc.sentence(s)
	who := -1
	end := cueAt
	for end < sl && dc.cueAt[end].has(cueClaim) {
		end++
	}
	// After "مسؤوليتها عن" comes what was claimed, not who claims it.
	if a := dc.actorAt[min(end, len(dc.actorAt)-1)]; end < sl && a >= 0 && dc.actors[a].First == end && canClaim(&dc.actors[a].Actor) &&
		dc.actorPrep(int(a)) == "" && !fromWords[dc.x.Tokens[end-1].Norm] {
		who = int(a)
	}
	// The nearest party before them, leaving out what an apposition
	// says of it ("أعلنت الجماعة، وهي فصيل مسلح موال لطهران، مسؤوليتها"),
	// and one a bare إن or أن sets apart as the speaker who tells of the
	// claim ("أكد قائد الشرطة أن عائلة نفذت هجمات تبناها التنظيم").
	for i := cueAt - 1; who < 0 && i >= max(sf, cueAt-claimantReach); i-- {
		if a := dc.actorAt[i]; a >= 0 && dc.actors[a].First == i && dc.actorPrep(int(a)) == "" && canClaim(&dc.actors[a].Actor) && !dc.inApposition(i) &&
			!dc.thatBetween(dc.actors[a].Last, cueAt) {
			who = int(a)
		}
	}
	for i := sf; who < 0 && i < cueAt+4 && i < len(dc.x.Tokens) && dc.x.Tokens[i].Sent == s; i++ {
		if a := dc.actorAt[i]; a >= 0 && dc.actors[a].First == i && dc.actorPrep(int(a)) == "" && canClaim(&dc.actors[a].Actor) {
			if i < cueAt && dc.thatBetween(dc.actors[a].Last, cueAt) {
				break
			}
			who = int(a)
			break
		}
	}
	if who < 0 || stateSector(dc.actors[who].Actor.Sector) && dc.calledTerror(s) {
		return // "رأى الناطق العسكري في بيان بثه موقعه أن العمل الإرهابي مدان": no state owns to terror
	}
	c := attackOf(cs, s)
	if c == nil {
		return
	}
	a := dc.actors[who].Actor
	c.claimed = &a
	c.actor = &a // the claimant is the perpetrator the text gives
	c.blamed = nil
}

// blame attaches "X is accused of being behind it" to the attack the
// sentence tells, or else the last one told before it, when no one is
// known to have done it and the words of blame name an attack: the
// accused is the object of a verb of accusing
// ("اتهمت لندن موسكو بـ", "اتهام موسكو بـ"), the party right before words
// of being behind it ("موسكو تقف وراء"، "اتهمتها بالوقوف وراء"), or the
// one they name ("تورط الحرس الثوري", "نسبتها إلى إيران"). The one
// accused is never the attack's target, and a party accused of an attack
// done by another is not blamed for it.
func (e *Extractor) blame(dc *doc, cs []*cand, s, cueAt int) {
	sf, sl := dc.sentence(s)
	end := cueAt
	for end < sl && dc.cueAt[end].has(cueBlame) {
		end++
	}
	// The accusation names the attack: "اتهمه بالوقوف وراء الهجوم", not
	// "اتهمها بالعمل وفق تعليمات واشنطن".
	named := false
	for j := cueAt; j < min(sl, end+claimReach) && !named; j++ {
		named = dc.triggerOf(j, hadath.Assault) || dc.cueAt[j].has(cueAnaphor)
	}
	if !named {
		return
	}
	var after []int
	for i := end; i < min(sl, end+blameReach); i++ {
		if a := dc.actorAt[i]; a >= 0 && dc.actors[a].First == i {
			if p := dc.actorPrep(int(a)); p == "" || p == "الي" || p == "علي" { // ألقى باللوم على
				after = append(after, int(a))
			}
			i = dc.actors[a].Last - 1
		}
	}
	before := -1
	for i := cueAt - 1; i >= max(sf, cueAt-2); i-- {
		if a := dc.actorAt[i]; a >= 0 && dc.actors[a].Last >= cueAt-1 && dc.actorPrep(int(a)) == "" {
			before = int(a)
			break
		}
	}
	who := -1
	k := dc.trigAt[cueAt]
	laidTo := slices.IndexFunc(after, func(a int) bool { return dc.actorPrep(a) == "الي" })
	switch accusing := k >= 0 && dc.triggerOf(cueAt, hadath.Accuse); {
	case laidTo >= 0:
		// "نسبت الحكومة الهجوم إلى التنظيم": the one it is laid to.
		who = after[laidTo]
	case accusing && before >= 0, accusing && !dc.trigs[k].Triggers[0].Verb:
		// "لندن اتهمت موسكو", "اتهام موسكو": the object follows.
		if len(after) > 0 {
			who = after[0]
		}
	case accusing:
		// "اتهمت لندن موسكو": the subject, then the one accused.
		if len(after) > 1 {
			who = after[1]
		}
	case before >= 0:
		who = before
	case len(after) > 0:
		who = after[0]
	}
	if who < 0 {
		return
	}
	var c *cand
	if in := inSentence(cs, s, hadath.Assault); len(in) > 0 {
		c = in[0]
	} else {
		c = lastBefore(cs, s, hadath.Assault)
	}
	if c == nil {
		return
	}
	a := dc.actors[who].Actor
	if a.Generic && a.Country == "" || c.target != nil && oneParty(c.target, &a) || c.actor != nil && !oneParty(c.actor, &a) {
		return // "the police", "people": no one a reader could hold to it
	}
	c.blamed = &a
	c.actor = nil // known only from an accusation (GUIDELINES.md)
}

// blameReach is how many words after words of blame the one they accuse
// may stand.
const blameReach = 6

// claimantReach is how many words before words of claiming their
// claimant may stand ("أعلنت كتائب الفجر في البلدة، وهي فصيل مسلح موال
// لطهران، مسؤوليتها").
const claimantReach = 14

// appositionWords open a description of the party before them: "وهي",
// "وهو", "وهم"; before a verb in the present, what that party was doing
// (see upcoming).
var appositionWords = set("وهي", "وهو", "وهم")

// inApposition reports whether token i stands in a description opened by
// وهي/وهو/وهم a few words before it, in its clause.
func (dc *doc) inApposition(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && dc.x.Tokens[j].Sent == dc.x.Tokens[i].Sent; j-- {
		if appositionWords[dc.x.Tokens[j].Norm] {
			return true
		}
		if t := &dc.x.Tokens[j]; t.Kind == ar.Punct {
			return false
		}
	}
	return false
}

// canClaim reports whether an actor can claim an attack: a named armed
// group, a state's force or police, or a state; not the press that
// reports the claim, a ministry or an official announcing deaths, a body
// of states, civilians, protesters or firms, nor a party of no country
// ("soldiers", "gunmen").
func canClaim(a *hadath.Actor) bool {
	if a.Generic && a.Country == "" {
		return false // "soldiers", "gunmen": whose, the text does not say
	}
	switch a.Sector {
	case hadath.SectorMilitary, hadath.SectorPolice, hadath.SectorArmedGroup:
		return true
	case hadath.SectorGovernment:
		return a.Kind == hadath.GPE // "أعلنت إسرائيل مسؤوليتها", not a ministry announcing deaths
	}
	return false
}

// thatBetween reports whether a bare إن or أن stands in tokens from..to-1.
func (dc *doc) thatBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if dc.bareThat(j) {
			return true
		}
	}
	return false
}

// calledTerror reports whether sentence s calls what it tells terrorist
// (إرهابي، الإرهابية).
func (dc *doc) calledTerror(s int) bool {
	sf, sl := dc.sentence(s)
	for j := sf; j < sl; j++ {
		switch dc.x.Tokens[j].Key() {
		case "ارهابي", "ارهابيه":
			return true
		}
	}
	return false
}

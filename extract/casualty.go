package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// readCasualties reads the dead and wounded stated in sentence s, for an
// event told there: "أسفر عن مقتل 3 وإصابة 5", "خمسة جنود قتلوا",
// "إصابات طفيفة". Each count is the event's own copy; nil where the
// sentence gives none. A sentence that sums up a span of time ("أكثر من
// 240 قتيلا منذ 2015") or many attacks ("قتل 40 في 12 هجوما") gives a
// toll of no one event.
func (dc *doc) readCasualties(s int) (killed, injured *hadath.Count) {
	f := dc.facts(s)
	if f.tollAggregate {
		return nil, nil
	}
	if f.tolls == nil {
		f.tolls = dc.tolls(s)
	}
	// Every event of the sentence takes the same counts: the first of
	// each kind, chosen once; but a number beats a phrase of casualties
	// that holds none ("خسائر بشرية بينهم 15 قتيلا").
	ch := &f.tolls.chosen
	if !ch.done {
		ch.killed, ch.injured, ch.done = -1, -1, true
		all := f.tolls.all
		better := func(k, than int) bool {
			return than < 0 || all[than].n.Count == nil && all[than].cue.has(cueCasualtyUnknown) && all[k].n.Count != nil
		}
		for k, t := range all {
			both := t.cue.has(cueKill) && t.cue.has(cueInjure)
			if both && t.n.Count != nil {
				continue // "50 بين قتيل وجريح": the dead and wounded lumped together are neither
			}
			if t.cue.has(cueKill) && better(k, ch.killed) {
				ch.killed = k
			}
			if t.cue.has(cueInjure) && better(k, ch.injured) {
				ch.injured = k // "سقوط قتلى وجرحى" tells both, of no number
			}
		}
	}
	if ch.killed >= 0 {
		killed = f.tolls.all[ch.killed].count()
	}
	if ch.injured >= 0 {
		injured = f.tolls.all[ch.injured].count()
	}
	return killed, injured
}

// victim returns the actor mention of the people counted by the toll
// the events of sentence s take (the dead, else the wounded): named as
// the counted noun ("قتل شرطيان"، "مقتل 3 جنود إسرائيليين"), or after
// من ("12 عنصرا من قوات الأمن العراقية"). It returns -1 if none.
// readCasualties must have read the sentence's tolls.
func (dc *doc) victim(s int) int {
	t := dc.chosenToll(s)
	if t == nil {
		return -1
	}
	n := t.noun
	if n < 0 || n >= len(dc.x.Tokens) {
		return -1
	}
	if a := dc.actorAt[n]; a >= 0 {
		return int(a)
	}
	if n+2 < len(dc.x.Tokens) && dc.x.Tokens[n+1].Norm == "من" {
		if a := dc.actorAt[n+2]; a >= 0 && dc.actors[a].First == n+2 {
			return int(a)
		}
	}
	if dc.ownMembers(n) {
		// "أكد الجيش الباكستاني مقتل أربعة من جنوده": the party whose
		// men they were, named before them.
		sf, _ := dc.sentence(s)
		for a := len(dc.actors) - 1; a >= 0; a-- {
			if m := &dc.actors[a]; m.Last <= n && m.First >= sf && dc.actorPrep(a) == "" {
				return a
			}
		}
	}
	return -1
}

// chosenToll returns the toll the events of sentence s take (the dead,
// else the wounded), or nil. readCasualties must have read the
// sentence's tolls.
func (dc *doc) chosenToll(s int) *toll {
	f := dc.facts(s)
	if f.tolls == nil {
		return nil
	}
	k := f.tolls.chosen.killed
	if k < 0 {
		k = f.tolls.chosen.injured
	}
	if k < 0 {
		return nil
	}
	return &f.tolls.all[k]
}

// ownMembers reports whether token i is a word for a party's men with a
// pronoun for the party (جنوده، عناصرها، مقاتليهم).
func (dc *doc) ownMembers(i int) bool {
	w := dc.x.Tokens[i].Key()
	for _, p := range possessives {
		if stem, ok := strings.CutSuffix(w, p); ok && memberNouns[stem] {
			return true
		}
	}
	return false
}

// memberNouns are the folded plural nouns of a party's men, as they stand
// before an attached pronoun.
var memberNouns = set("جنود", "عناصر", "مقاتلي", "افراد", "ضباط", "رجال", "انصار", "مسلحي", "منتسبي")

// victimTarget makes the people an attack's toll counts its target, if
// the rules read none; those counted are no attackers ("قتل شرطيان وأصيب
// ثلاثة آخرون": the policemen were killed, not killers).
func (dc *doc) victimTarget(c *cand) {
	v := dc.victim(c.sent)
	if v < 0 {
		return
	}
	a := dc.actors[v].Actor
	if c.actor != nil && oneParty(c.actor, &a) {
		c.actor = nil
	}
	if c.target == nil {
		c.target = &a
	}
}

// apartInTime reports whether a word of time order (بعد، قبل، منذ، غداة، ردا)
// stands between c's trigger and the casualty cue at token at: the dead
// of "الغارات بعد أسبوع من مقتل ثلاثة جنود" are another happening's.
func (dc *doc) apartInTime(c *cand, at int) bool {
	if at < c.first {
		return dc.timeOrderIn(at+1, c.first)
	}
	return dc.timeOrderIn(c.last, at)
}

// timeOrderIn reports whether a word of time order stands in tokens
// from..to-1.
func (dc *doc) timeOrderIn(from, to int) bool {
	for i := from; i < to; i++ {
		if timeOrder[dc.x.Tokens[i].Key()] {
			return true
		}
	}
	return false
}

// timeOrder are the folded words that set one happening before or after
// another, or make it the answer to another (ردا على).
var timeOrder = set("بعد", "قبل", "منذ", "غداه", "عقب", "ردا")

// sentTolls are the counts the casualty cues of a sentence give, and
// which of them its events take.
type sentTolls struct {
	all    []toll
	chosen struct {
		done            bool
		killed, injured int // indexes into all, or -1
	}
}

// toll is a count a casualty cue of a sentence gives, with the cue, the
// cue's first token and the token of the people it counts (-1 when
// unknown).
type toll struct {
	cue  cue
	n    hadath.Count
	at   int
	noun int
}

// count returns a copy of the toll's count, for one event to own.
func (t *toll) count() *hadath.Count {
	n := t.n
	return &n
}

// tolls returns the counts the casualty cues of sentence s give, in
// order, one per cue phrase.
func (dc *doc) tolls(s int) *sentTolls {
	sf, _ := dc.sentence(s)
	sl := dc.facts(s).tollEnd // a running total is no one happening's toll
	out := []toll{}
	for i := sf; i < sl; i++ {
		cu := dc.cueAt[i]
		if !cu.has(cueKill|cueInjure) || (i > sf && dc.cueAt[i-1] == cu) {
			continue // one count per cue phrase
		}
		if dc.sentenced(i, sf) {
			continue // "حكما بإعدام 20 متهما": sentenced to death, not dead
		}
		if i > sf && dc.cueAt[i-1].has(cueAttempt) {
			continue // "محاولة اغتيال القاضي": an attempt kills no one the words tell
		}
		if n, noun := dc.countNear(i, sf, sl); n != nil {
			if n.Count == nil && dc.negatedToll(i, sf) {
				n.Count = hadath.N(0) // "دون وقوع إصابات": none
				n.Qualifier = hadath.Exact
			}
			out = append(out, toll{cu, *n, i, noun})
		}
	}
	return &sentTolls{all: out}
}

// negatedToll reports whether the casualty cue at token i, in a sentence
// starting at sf, is denied: a negation among the six words before it
// or opening its phrase, with no punctuation or relative pronoun between
// ("دون وقوع إصابات"، "لم يسفر عن سقوط قتلى").
func (dc *doc) negatedToll(i, sf int) bool {
	for j := i; j >= max(sf, i-negationReach); j-- {
		t := &dc.x.Tokens[j]
		if t.Kind == ar.Punct || relativePronouns[t.Norm] {
			return false // "لم تعرف هوية المهاجمين الذين أوقعوا قتلى"
		}
		if negationWords[strings.TrimLeft(t.Norm, "وف")] && (j+1 >= len(dc.x.Tokens) || !unnegating[dc.x.Tokens[j+1].Norm]) {
			return true
		}
	}
	return false
}

// unnegating are the folded verbs that, after a negation, deny no
// casualty: "لا تزال المعارك متواصلة وسط خسائر بشرية" (still), "لم تتضح
// حصيلة الخسائر البشرية" (not yet clear).
var unnegating = set("تزال", "يزال", "زالت", "زال", "يزالون", "يتضح", "تتضح", "يعرف", "تعرف", "يتبين", "تتبين", "يعلم")

// negationReach is how many words before a casualty word a negation
// may deny it: "دون أن يسفر عن سقوط قتلى وجرحى".
const negationReach = 6

// negationWords are the folded negations that deny a casualty (not the
// whole NEG cue class: ما is also "which", as in "ما أدى إلى").
var negationWords = set("دون", "بدون", "لا", "لم", "لن", "عدم")

// sentenced reports whether the casualty cue at token i, in a sentence
// starting at sf, is what a court sentences to (حكم بإعدام، قضت المحكمة
// بإعدامهم، حكم عليه بالإعدام): a ب before it, and a word of sentencing
// one or two words before that.
func (dc *doc) sentenced(i, sf int) bool {
	if !withBeh(&dc.x.Tokens[i]) {
		return false
	}
	for j := i - 1; j >= max(sf, i-3); j-- {
		if anyKey(&dc.x.Tokens[j], sentenceWords) {
			return true
		}
	}
	return false
}

// sentenceWords are the folded words of a court's sentence (حكم، قضت).
var sentenceWords = set("حكم", "حكما", "احكام", "احكاما", "حكمت", "يحكم", "قضت", "قضي", "يقضي", "تقضي")

// aggregateSpan reports whether tokens sf..sl-1 sum up many events:
// they hold a span "since" a date or since the start of something ("منذ
// بدء الاحتجاجات", with or without its date), unless a superlative ranks
// one happening in that span ("في أعنف هجوم منذ بدء الحرب"), or a count
// of events other than one (a number followed by an aggregate word: "12
// هجوما", "ثلاث مرات", "عدة غارات"; "إحدى الغارات" is one).
func (dc *doc) aggregateSpan(sf, sl int) bool {
	for i := sf; i < sl; i++ {
		if k := dc.dateAt[i]; k >= 0 && dc.dates[k].Since && !dc.rankedBefore(i, sf) {
			return true
		}
		if i+1 < sl && sinceWord(dc.x.Tokens[i].Key()) && onsetWords[dc.x.Tokens[i+1].Key()] && !dc.rankedBefore(i, sf) {
			return true
		}
		if k := dc.numAt[i]; k >= 0 && (dc.nums[k].Value != 1 || dc.nums[k].Vague) && dc.nums[k].Last < sl && dc.nums[k].Last < len(dc.cueAt) &&
			dc.cueAt[dc.nums[k].Last].has(cueAggregate) {
			return true
		}
	}
	return false
}

// rankedBefore reports whether a superlative stands within six words
// before the "since" at token i, in its sentence (from sf): the span
// ranks one happening ("الأعنف منذ 2015"), it sums up none.
func (dc *doc) rankedBefore(i, sf int) bool {
	for j := max(sf, i-6); j < i; j++ {
		if k := dc.x.Tokens[j].Key(); superlatives[k] || k == "اكثر" && dc.x.Tokens[j+1].Norm != "من" {
			return true // أكثر الأيام دموية, but not أكثر من 200 (more than)
		}
	}
	return false
}

// superlatives are folded superlatives and ordinals that rank one
// happening against a span (أعنف، أكبر، أسوأ، أول).
var superlatives = set("اعنف", "اكبر", "اسوا", "ادمي", "اشد", "اخطر", "اعلي", "اول", "اولي", "افدح", "اضخم")

// onsetWords are the folded nouns of a beginning that open a span after
// منذ (منذ بدء، منذ اندلاع، منذ انطلاق، منذ مطلع، منذ توليه الحكم).
var onsetWords = set("بدء", "بدايه", "بدايات", "انطلاق", "انطلاقه", "اندلاع", "مطلع", "اوايل", "مستهل", "تولي", "توليه", "توليها", "توليهم", "وصول", "وصوله", "وصولها", "وصولهم")

// countNear finds the count that goes with the casualty cue at token i:
// a number just after it (مقتل 3), just before it (3 قتلى), a number whose
// noun it follows (خمسة جنود قتلوا), a dual (جنديان), or a vague phrase
// (عدد من، إصابات طفيفة). It also returns the token of the people
// counted, or -1.
func (dc *doc) countNear(i, sf, sl int) (*hadath.Count, int) {
	cueEnd := i
	for cueEnd < sl && dc.cueAt[cueEnd] == dc.cueAt[i] {
		cueEnd++
	}
	// قتيلان، جريحين: the casualty noun in the dual counts two; قتيل،
	// جريح in the singular one, unless a number stands right before it
	// (مئة قتيل).
	if cueEnd == i+1 {
		tok := &dc.x.Tokens[i]
		switch {
		case anyKey(tok, dualCasualties):
			return &hadath.Count{Count: hadath.N(2), Qualifier: hadath.Exact, Text: dc.tokSpan(i, cueEnd).Text}, -1
		case anyKey(tok, singleCasualties) && (i == sf || dc.numAt[i-1] < 0 || dc.cueAt[i-1].has(cueKill|cueInjure)):
			return &hadath.Count{Count: hadath.N(1), Qualifier: hadath.Exact, Text: dc.tokSpan(i, cueEnd).Text}, -1
		}
	}
	// مقتل 3 / مقتل ثلاثة / مقتل أكثر من 20
	for j, lim := cueEnd, min(sl, cueEnd+4); j < lim; j++ {
		if k := dc.numAt[j]; k >= 0 {
			if j > cueEnd && dc.countsCasualties(int(k)) {
				break // "مقتل جندي و3 جرحى": the three are the wounded
			}
			if !dc.countsPeople(int(k)) {
				if j == cueEnd && dc.weaponCount(int(k)) {
					// The strikes that kill are the verb's subject:
					// "قتلت إحدى القذائف سبعة مدنيين".
					e := dc.numEnd(int(k))
					j, lim = e-1, min(sl, e+3)
					continue
				}
				break // أصاب سوقا ومنزلين، سقطوا من 75 غارة
			}
			n, first := dc.count(int(k)), j
			if j == cueEnd+1 && dc.onePerson(cueEnd) && waw(&dc.x.Tokens[j]) {
				first = cueEnd // مقتل ضابط وجنديين
				n = addCount(n, 1, dc.tokSpan(first, dc.numEnd(int(k))))
			}
			if dc.anyone(dc.nums[k].Noun) {
				return n, dc.nums[k].Noun // "20 شخصا و4 أطفال": the children may be of the twenty
			}
			return dc.conjoinedVictims(n, first, dc.numEnd(int(k)), sl), dc.nums[k].Noun
		}
		if dc.x.Tokens[j].Kind == ar.Punct || j > cueEnd && dc.cueAt[j].has(cueKill|cueInjure) || j == cueEnd && otherToll(dc.cueAt[i], dc.cueAt[j]) {
			break // قتل شرطي وأصيب اثنان، قتلوا وأصيب 41: the two, the 41 are the wounded
		}
	}
	// 3 قتلى / خمسة جنود قتلوا
	for j, lim := i-1, max(sf, i-4); j >= lim; j-- {
		if k := dc.numAt[j]; k >= 0 {
			// A number just after another casualty cue is that cue's:
			// in "قتل ثلاثة مسلحين وأصيب جندي" the three are the dead;
			// so is one that is a casualty word (قتيلان وجريح). After
			// a casualty noun that counts itself it is the next one's:
			// "قتيل وثلاثة جرحى".
			f := dc.nums[k].First
			if !dc.countsPeople(int(k)) || f > sf && dc.cueAt[f-1].has(cueKill|cueInjure) && !dc.selfCounted(f-1) || dc.cueAt[f].has(cueKill|cueInjure) {
				break
			}
			// "14 رجلا من بينهم ثلاثة مسعفين قتلوا": the three are some of
			// the dead; the count before them is all of them.
			if b := dc.subsetBefore(f, sf); b >= 0 {
				j, lim = b, max(sf, b-4)
				continue
			}
			return dc.count(int(k)), dc.nums[k].Noun
		}
		t := &dc.x.Tokens[j]
		if isComma(t) {
			// "30 مسلحا، بينهم قادة، لقوا مصرعهم": past an aside of
			// some of them, to the count it qualifies.
			if b := dc.subsetAside(j, sf); b >= 0 {
				j, lim = b, max(sf, b-4)
				continue
			}
		}
		if t.Kind == ar.Punct || clauseBreak[t.Norm] {
			break
		}
	}
	// عدد من الجرحى / إصابات طفيفة / إصابة عدد من
	for j := max(sf, i-3); j < min(sl, cueEnd+3); j++ {
		if dc.cueAt[j].has(cueCasualtyUnknown) {
			if j > cueEnd && dc.cueWithin(cueEnd, min(sl, j+4), cueKill|cueInjure) {
				break // "مقتل جندي وعدد من الجرحى"، "قتل جندي وأصيب عدد": the number is the wounded's
			}
			return &hadath.Count{Qualifier: hadath.Unknown, Text: dc.tokSpan(min(i, j), max(cueEnd, j+1)).Text}, -1
		}
	}
	// "قتل جندي وأصيب آخرون": others, of no number.
	if cueEnd < sl && anyKey(&dc.x.Tokens[cueEnd], othersWords) {
		return &hadath.Count{Qualifier: hadath.Unknown, Text: dc.tokSpan(i, cueEnd+1).Text}, -1
	}
	if n, last := dc.oneVictim(i, cueEnd, sl); n != nil {
		return dc.conjoinedVictims(n, cueEnd, last, sl), cueEnd
	}
	return nil, -1
}

// otherToll reports whether cue set b, right after a casualty cue
// phrase of set a, opens a phrase of another kind of casualty: the dead
// after the wounded, or the wounded after the dead ("قتلوا وأصيب").
func otherToll(a, b cue) bool {
	kb := b & (cueKill | cueInjure)
	return kb != 0 && kb != a&(cueKill|cueInjure)
}

// dualCasualties are the folded keys of the dead and wounded in the dual.
var dualCasualties = set("قتيلان", "قتيلين", "جريحان", "جريحين")

// selfCounted reports whether token i is a casualty noun that counts
// its own people: one (قتيل) or two (جريحين).
func (dc *doc) selfCounted(i int) bool {
	t := &dc.x.Tokens[i]
	return anyKey(t, singleCasualties) || anyKey(t, dualCasualties)
}

// anyKey reports whether one of the keys of tok is in words.
func anyKey(tok *ar.Token, words map[string]bool) bool {
	for k := range tok.NumKeys() {
		if words[tok.KeyAt(k)] {
			return true
		}
	}
	return false
}

// singleCasualties are the folded keys of one dead or wounded person.
var singleCasualties = set("قتيل", "جريح")

// othersWords are the folded keys of "others" after a casualty verb.
var othersWords = set("اخرون", "اخرين", "اخريات")

// conjoinedVictims adds to toll n, whose words begin at token first, the
// people counted in the conjuncts that follow it from token from, in a
// sentence ending at sl: a number of people, a dual or one person after
// و ("مقتل امرأة وطفلين"، "قتل 3 جنود و2 مدنيين"), past one word that
// qualifies the group before ("جنود إسرائيليين"). A conjunct that is a
// casualty cue of its own (وإصابة 5) ends them.
func (dc *doc) conjoinedVictims(n *hadath.Count, first, from, sl int) *hadath.Count {
	if n.Count == nil {
		return n
	}
	skipped, last := false, *n.Count // last: the count of the conjunct before
	for j := from; j < sl; {
		t := &dc.x.Tokens[j]
		if t.Kind == ar.Punct || dc.cueAt[j].has(cueKill|cueInjure) {
			break
		}
		if !waw(t) {
			if skipped || t.Kind != ar.Word {
				break
			}
			skipped = true // the adjective of the group before
			j++
			continue
		}
		at := j
		if t.Norm == "و" && j+1 < sl {
			at = j + 1 // "و 2"، "و2": the conjunction apart
		}
		if k := dc.numAt[at]; k >= 0 && dc.nums[k].First == at {
			if !dc.countsPeople(int(k)) || dc.countsCasualties(int(k)) {
				break // "مقتل شخص والعديد من الجرحى": the many are the wounded
			}
			if dc.nums[k].Vague { // "أصيب المواطن وعدد من أفراد أسرته": how many is not said
				sp := dc.tokSpan(first, dc.numEnd(int(k)))
				return &hadath.Count{Qualifier: hadath.Unknown, Text: sp.Text, Span: &sp}
			}
			j, skipped, last = dc.numEnd(int(k)), false, dc.nums[k].Value
			n = addCount(n, last, dc.tokSpan(first, j))
			continue
		}
		if at != j || !dc.onePerson(j) || last >= 11 {
			break // "ثمانية آلاف صبي ورجل": the nouns of one count
		}
		j, skipped, last = j+1, false, 1
		n = addCount(n, 1, dc.tokSpan(first, j))
	}
	return n
}

// anyone reports whether token i is a noun of people of any kind
// (أشخاص، مدنيين، ضحايا): those named after it may be counted in it.
func (dc *doc) anyone(i int) bool {
	return i >= 0 && i < len(dc.x.Tokens) && anyoneNouns[dc.x.Tokens[i].Key()]
}

// anyoneNouns are the folded nouns of people of any kind.
var anyoneNouns = set("شخص", "شخصا", "اشخاص", "شخصين", "شخصان", "مدنيا", "مدنيين", "مدنيون", "مواطنا", "مواطنين",
	"مواطنون", "قتيلا", "قتلي", "ضحيه", "ضحايا", "جريحا", "جرحي", "مصابا", "مصابين", "نسمه")

// numEnd returns the token after number mention k and its counted noun.
func (dc *doc) numEnd(k int) int {
	return max(dc.nums[k].Last, dc.nums[k].Noun+1)
}

// onePerson reports whether token i names one person: a noun of one
// person (ONE_PERSON) or a singular nisba, with or without و.
func (dc *doc) onePerson(i int) bool {
	t := &dc.x.Tokens[i]
	if t.Kind != ar.Word {
		return false
	}
	return dc.cueAt[i].has(cueOnePerson) || singularNisba(strings.TrimPrefix(t.Key(), "و"))
}

// waw reports whether token t begins with the conjunction و (not واحد,
// one, whose و is its own).
func waw(t *ar.Token) bool {
	return strings.HasPrefix(t.Norm, "و") && !strings.HasPrefix(t.Norm, "واحد")
}

// addCount returns a copy of n with more people added, and sp for the
// words that now count them all.
func addCount(n *hadath.Count, more int, sp hadath.Span) *hadath.Count {
	c := *n
	c.Count = hadath.N(*n.Count + more)
	c.Text, c.Span = sp.Text, &sp
	return &c
}

// oneVictim reads one dead or wounded where no number is given: the
// verbal noun that ends a casualty cue followed by one person ("مقتل
// جندي", "أسفر عن مقتل طفل", "إصابة الصحفي فلان", "اغتيال قائد"), or his
// or her death met ("لقي مصرعه", "لقيت حتفها"). The cue runs over tokens
// i..cueEnd-1 of a sentence ending at sl. It also returns the token after
// the words that count the one.
func (dc *doc) oneVictim(i, cueEnd, sl int) (*hadath.Count, int) {
	verb := &dc.x.Tokens[cueEnd-1]
	if anyKey(verb, deathMet) {
		return &hadath.Count{Count: hadath.N(1), Qualifier: hadath.Exact, Text: dc.tokSpan(i, cueEnd).Text}, cueEnd
	}
	if !anyKey(verb, victimNouns) || cueEnd >= sl { // مقتل، أسفر عن مقتل، وأصيب
		return nil, -1
	}
	last := cueEnd + 1
	if k := dc.actorAt[cueEnd]; k >= 0 && dc.actors[k].First == cueEnd {
		m := &dc.actors[k]
		one := m.Last == cueEnd+1 && (dc.cueAt[cueEnd].has(cueOnePerson) || singularNisba(dc.x.Tokens[cueEnd].Key()))
		if m.Number != "sg" && (m.Entry == nil || m.Actor.Kind != hadath.PER) && !one {
			return nil, -1
		}
		last = m.Last
	} else if !dc.cueAt[cueEnd].has(cueOnePerson) && !singularNisba(dc.x.Tokens[cueEnd].Key()) {
		return nil, -1
	}
	// قتل is also the active verb: "قتل مسلح شرطيين" is a gunman who
	// killed, when a party or a number follows the one named.
	if anyKey(verb, killedVerb) && last < sl && (dc.actorAt[last] >= 0 || dc.numAt[last] >= 0) {
		return nil, -1
	}
	return &hadath.Count{Count: hadath.N(1), Qualifier: hadath.Exact, Text: dc.tokSpan(i, last).Text}, last
}

// killedVerb holds the folded key of قتل.
var killedVerb = set("قتل")

// singularNisba reports whether a folded word may be a singular
// adjective of relation standing as a person ("فلسطيني", "مدني",
// "عسكري"): an Arabic word (not a number or a Latin one) that ends in ي
// after three letters or more. Wider than the demonyms of the actor
// dictionary, it takes in the civilian, the soldier and the policeman.
func singularNisba(k string) bool {
	return utf8.RuneCountInString(k) >= 4 && strings.HasSuffix(k, "ي") && k[0] >= 0x80
}

// victimNouns are the folded verbal nouns of casualty cues whose next
// word names the victim: the killing, death or wounding of someone.
var victimNouns = set("مقتل", "مصرع", "استشهاد", "اغتيال", "وفاه", "اصابه",
	"اصيب", "جرح", "استشهد", "قتل") // verbs of suffering it: "أصيب شرطي", "قُتل جندي"

// deathMet are the folded last words of "met his (her) death" in the
// singular: لقي مصرعه، لقيت حتفها.
var deathMet = set("مصرعه", "مصرعها", "حتفه", "حتفها")

// countsPeople reports whether number mention k may count people: its
// counted noun is no thing (منزلين، ساعات) and no weapon or strike (75
// غارة، 200 صاروخ).
func (dc *doc) countsPeople(k int) bool {
	n := dc.nums[k].Noun
	if n < 0 || n >= len(dc.x.Tokens) {
		return true
	}
	return !dc.cueAt[n].has(cueThing) && !dc.weaponCount(k)
}

// countsCasualties reports whether number mention k counts dead or
// wounded by a casualty word of their own after it (عدد من الجرحى، 5
// قتلى); in "مقتل وجرح العشرات" the word before is the verbal noun the
// number follows.
func (dc *doc) countsCasualties(k int) bool {
	n := dc.nums[k].Noun
	return n >= dc.nums[k].First && n < len(dc.cueAt) && dc.cueAt[n].has(cueKill|cueInjure)
}

// weaponCount reports whether number mention k counts weapons or
// strikes (ثلاث غارات، إحدى القذائف).
func (dc *doc) weaponCount(k int) bool {
	n := dc.nums[k].Noun
	if n < 0 || n >= len(dc.x.Tokens) {
		return false
	}
	if m := dc.methodAt[n]; m >= 0 {
		for _, t := range dc.methods[m].Tags {
			if weapons[t] {
				return true
			}
		}
	}
	return false
}

// weapons are the methods whose phrases name a weapon or strike, never
// the people who wield it.
var weapons = set("ballistic_missile", "cruise_missile", "missile", "rocket", "mortar", "artillery",
	"airstrike", "drone", "ied", "car_bomb", "landmine", "grenade")

// count turns number mention k into a Count.
func (dc *doc) count(k int) *hadath.Count {
	n := &dc.nums[k]
	sp := dc.mentionSpan(n.First, n.Last, n.Start, n.End)
	if n.Vague {
		return &hadath.Count{Qualifier: hadath.Unknown, Text: sp.Text, Span: &sp}
	}
	q := n.Qualifier
	if q == "" {
		q = hadath.Exact
	}
	return &hadath.Count{Count: hadath.N(n.Value), Qualifier: q, Text: sp.Text, Span: &sp}
}

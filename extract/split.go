package extract

import (
	"slices"
	"sort"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// Verb phrases of the lexicon are contiguous ("نشر قوات"), but Arabic puts
// the subject between a verb and its object: "نشر الجيش الليبي على الساحل
// وحدات جديدة". splitPhrases proposes what such split phrases name.

// deployment is the trigger reading of a verb of sending or massing with
// forces a few words after it.
var deployment = &lexicon.Trigger{Type: hadath.Mobilize, Verb: true, Form: "DEPLOY_VERB…FORCE_NOUN"}

// blaming is the trigger reading of حمّل with the responsibility it lays
// a few words after it: "حمّل الوزير الجماعة مسؤولية الهجوم".
var blaming = &lexicon.Trigger{Type: hadath.Accuse, Verb: true, Speech: true, Form: "BLAME_VERB…BLAME_NOUN"}

// cutting is the trigger reading of a verb of cutting off with the ties
// it cuts a few words after it: "قطعت الحكومة علاقاتها مع جارتها".
var cutting = &lexicon.Trigger{Type: hadath.Sanction, Verb: true, Noun: true, Form: "CUT_VERB…TIES_NOUN"}

// recalling is the trigger reading of a verb of recalling with the
// state's own envoy after it: "استدعت الوزارة صباح الأحد سفيرها".
var recalling = &lexicon.Trigger{Type: hadath.Sanction, Verb: true, Noun: true, Form: "RECALL_VERB…OWN_ENVOY"}

// summoning is the trigger reading of a verb of summoning with another
// state's envoy after it, called in to hear a protest: "استدعت الخارجية
// أمس السفير".
var summoning = &lexicon.Trigger{Type: hadath.Accuse, Verb: true, Noun: true, Speech: true, Form: "RECALL_VERB…ENVOY"}

// appealing is the reading of طعن with what is challenged in law a few
// words after it: "طعنت المعارضة أمس في نتائج الانتخابات" is an appeal,
// no event; the stabbing the verb reads alone is dropped.
var appealing = &lexicon.Trigger{Type: lexicon.NoEvent, Verb: true, Form: "APPEAL_VERB…LEGAL_OBJECT"}

// obliging is the reading of a that-clause opening on who must do a
// thing, with its أن a few words on: "وقال الوزير إن على الحكومة أن
// تستقيل" calls on the government to resign.
var obliging = &lexicon.Trigger{Type: hadath.Request, Speech: true, Form: "MUST_ON…THAT"}

// priced is the reading of a price a few words after a verb of paying:
// "على الحكومة أن تدفع الآن ثمن أخطائها" pays a price; the praise (ثمّن) the
// noun reads alone is dropped.
var priced = &lexicon.Trigger{Type: lexicon.NoEvent, Noun: true, Form: "PAY_VERB…PRICE_NOUN"}

// charging is the reading of a charge a speaker lays, a few words after
// a verb of saying: "قال الوزير إن سياسة الحكومة الجديدة غير قانونية"
// accuses. The reading goes to the charge's words; a verb that is a
// trigger of its own (اتهم، ندد) already tells the accusation.
var charging = &lexicon.Trigger{Type: hadath.Accuse, Speech: true, Form: "SAY…CHARGE"}

// denying is the reading of a charge or a claim a few words after a verb
// of denying: "ونفت الحكومة أمس تلك الاتهامات" rejects them (a REJECT,
// as the guidelines code a denial); the accusation the noun reads alone
// is dropped, since the one accused speaks.
var denying = &lexicon.Trigger{Type: hadath.Reject, Noun: true, Speech: true, Form: "DENY_VERB…CLAIM_NOUN"}

// praising is the reading of a verb of describing with words of praise a
// few words after it: "ووصف الوزير المحادثات بأنها مثمرة" supports; the
// accusation the verb reads alone is dropped.
var praising = &lexicon.Trigger{Type: hadath.Support, Verb: true, Speech: true, Form: "DESCRIBE_VERB…PRAISE"}

// seizing is the reading of ألقى with القبض a few words after it: "ألقت
// الشرطة الهولندية فجرا القبض على رجل" arrests.
var seizing = &lexicon.Trigger{Type: hadath.Coerce, Method: methodArrest, Verb: true, Form: "SEIZE_VERB…SEIZE_NOUN"}

// firing is the reading of launching at someone with fire or bullets a
// few words on: "أطلق عليه مسلح النار" shoots; the verb alone names
// ("أطلق عليه اسم"), a phrase of no event.
var firing = &lexicon.Trigger{Type: hadath.Assault, Method: methodGunfire, Verb: true, Form: "FIRE_AT_VERB…FIRE_NOUN"}

// streets is the reading of going out or down to the streets a few words
// on: "ونزل مئات الشبان إلى شوارع المدينة" protest.
var streets = &lexicon.Trigger{Type: hadath.Protest, Method: "demonstration", Verb: true, Form: "STREET_VERB…STREET_NOUN"}

// inflicting and suffering are the readings of inflicting or suffering
// losses a few words on: "وكبدت القوات المسلحين خسائر فادحة" attacks
// them; "وتكبدت الميليشيات خسائر كبيرة" tells them attacked, the subject
// the target, as a passive verb's.
var (
	inflicting = &lexicon.Trigger{Type: hadath.Assault, Verb: true, Form: "INFLICT_VERB…LOSS_NOUN"}
	suffering  = &lexicon.Trigger{Type: hadath.Assault, Verb: true, Passive: true, Form: "SUFFER_VERB…LOSS_NOUN"}
)

// falling is the reading of rockets, missiles or shells falling, counted
// between the verb and the noun: "وسقط 12 صاروخا على البلدة" is a rocket
// attack; the lexicon's phrases (سقوط صواريخ) read them side by side.
var falling = &lexicon.Trigger{Type: hadath.Assault, Method: "rocket", Verb: true, Noun: true, Form: "FALL_VERB…SHELL_NOUN"}

// declining is the reading of refusing with saying or telling a few words
// on: "ورفضت الوزارة أمس التعليق" declines to comment, which refuses
// nothing that was asked of it.
var declining = &lexicon.Trigger{Type: lexicon.NoEvent, Verb: true, Form: "DECLINE_VERB…COMMENT_NOUN"}

// lifting is the reading of a verb of lifting or easing with sanctions, a
// ban or a siege a few words after it: "رفعت الوزارة الأحد الحظر"
// lifts it, a RETREAT.
var lifting = &lexicon.Trigger{Type: hadath.Retreat, Verb: true, Form: "LIFT_VERB…LIFT_OBJECT"}

// expelling is the reading of a verb of driving out with armed men a
// few words after it: "وطردت القوات المتمردين من البلدة" fights them out,
// an attack; the sanction the verb reads alone (with envoys) is dropped.
var expelling = &lexicon.Trigger{Type: hadath.Assault, Method: "clash", Verb: true, Noun: true, Form: "EXPEL_VERB…ARMED_OBJECT"}

// expelParties reads who drives out whom in expelling p: of two parties
// after the verb, the first drives out the second ("وطردت القوات
// المتمردين"); one party alone after it is the one driven out, and the
// subject before the verb or its noun drives it out ("تمكنت القوات من
// طرد المتمردين").
func (dc *doc) expelParties(p *proposal) (subj, obj int) {
	a := dc.actorAfter(p.last, expelGap+1, noPrep)
	if a < 0 {
		return -1, -1
	}
	if b := dc.actorAfter(dc.actors[a].Last, 2, noPrep); b >= 0 {
		return a, b
	}
	return dc.actorBefore(p.first, 6), a
}

// splitKinds are the split phrases: a verb cue, the cue of its object, and
// what the two name. A verb takes the first kind whose object follows it.
// A kind that overrides reads a verb that a trigger of its own covers
// (تعهّد, a promise): the split phrase replaces that trigger's readings.
// A kind that reads its object (onObject) gives the reading to the
// object's words instead of the verb's.
var splitKinds = []struct {
	verb, object string
	trig         *lexicon.Trigger
	overrides    bool
	onObject     bool
	gap          int    // words that may stand between; 0 for splitGap
	apart        bool   // the object may not follow the verb directly
	via          string // a preposition of topic the object may take right before it
}{
	{lexicon.CueDeployVerb, lexicon.CueForceNoun, deployment, false, false, 0, false, ""},
	{lexicon.CueBlameVerb, lexicon.CueBlameNoun, blaming, false, false, 0, true, ""},
	{lexicon.CueCutVerb, lexicon.CueTiesNoun, cutting, false, false, 0, false, ""},
	{lexicon.CueRecallVerb, lexicon.CueOwnEnvoy, recalling, false, false, 0, false, ""},
	{lexicon.CueRecallVerb, lexicon.CueEnvoy, summoning, false, false, 0, false, ""},
	{lexicon.CueAppealVerb, lexicon.CueLegalObject, appealing, true, false, 0, false, ""},
	{lexicon.CuePayVerb, lexicon.CuePriceNoun, priced, true, true, 0, false, ""},
	{lexicon.CueSay, lexicon.CueCharge, charging, false, true, chargeGap, false, ""},
	{lexicon.CueDenyVerb, lexicon.CueClaimNoun, denying, true, true, 0, false, ""},
	{lexicon.CueDescribeVerb, lexicon.CuePraise, praising, true, false, chargeGap, false, ""},
	{lexicon.CueSeizeVerb, lexicon.CueSeizeNoun, seizing, false, false, 0, false, ""},
	{lexicon.CueFireAtVerb, lexicon.CueFireNoun, firing, false, false, 0, false, ""},
	{lexicon.CueStreetVerb, lexicon.CueStreetNoun, streets, false, false, 0, false, ""},
	{lexicon.CueSufferVerb, lexicon.CueLossNoun, suffering, false, false, 0, false, ""},
	{lexicon.CueInflictVerb, lexicon.CueLossNoun, inflicting, false, false, 0, false, ""},
	{lexicon.CueFallVerb, lexicon.CueShellNoun, falling, false, false, fallGap, false, ""},
	{lexicon.CueDeclineVerb, lexicon.CueCommentNoun, declining, true, false, 0, false, "عن"}, // امتنع عن التعليق
	{lexicon.CueMustOn, lexicon.CueThat, obliging, false, false, mustGap, true, ""},
	{lexicon.CueLiftVerb, lexicon.CueLiftObject, lifting, false, false, liftGap, true, "من"}, // خففت الحكومة من القيود
	{lexicon.CueExpelVerb, lexicon.CueArmedObject, expelling, true, false, expelGap, false, ""},
}

// splitClasses gives each cue class that splitKinds read, as a verb or
// as an object, a bit of its own; splitBits holds the bits of each kind's
// verb and object, by the kind's index. splitPhrases reads a cue's
// classes as a set of these bits, found once, instead of comparing its
// tags with each kind's names.
var splitClasses, splitBits = splitClassBits()

// splitClassBits numbers the classes of splitKinds (see splitClasses);
// TestSplitClassBits checks that they fit.
func splitClassBits() (map[string]uint64, []struct{ verb, object uint64 }) {
	classes := make(map[string]uint64)
	bit := func(c string) uint64 {
		if _, ok := classes[c]; !ok {
			classes[c] = 1 << len(classes)
		}
		return classes[c]
	}
	bits := make([]struct{ verb, object uint64 }, len(splitKinds))
	for i, sk := range splitKinds {
		bits[i].verb, bits[i].object = bit(sk.verb), bit(sk.object)
	}
	return classes, bits
}

// fallGap is how many words may stand between a verb of falling and the
// rockets that fell: a count and a word of quantity (عدد من، العديد من).
const fallGap = 3

// chargeGap is how many words may stand between a verb of saying and the
// charge: the speaker, إن and the one charged; and between a verb of
// describing and its praise: the speaker, what is described, بأنه.
const chargeGap = 10

// coverReach bounds the words of a trigger phrase of the lexicon, for
// finding the phrases that cover a word.
const coverReach = 32

// mustGap is how many words may name the one who must, between على and
// أن: "إن على وزراء الحكومة الثلاثة أن".
const mustGap = 4

// liftGap is how many words may stand between a verb of lifting and the
// sanctions or ban it lifts: the subject and a day ("رفعت السلطات
// الكينية الأحد الحظر"), not a clause of its own ("رفع يده احتجاجا على
// الحظر").
const liftGap = 3

// expelGap is how many words may stand between a verb of driving out and
// the armed men it drives out: the subject ("طردت القوات الحكومية
// المتمردين").
const expelGap = 3

// splitGap is how many words may stand between the verb and its object.
const splitGap = 6

// splitPhrases returns trigger matches for what the lexicon's phrases
// miss: a verb cue of splitKinds that no trigger covers, followed in its
// clause, within the kind's gap (splitGap unless it sets its own), by the
// cue of its object (a DEPLOY_VERB and a FORCE_NOUN, a BLAME_VERB and a
// BLAME_NOUN). For a kind that overrides, the verb (or, for one that
// reads its object, the object) may be covered by a trigger of exactly
// its words, and the match returned has the same bounds; a kind that
// reads and overrides its object asks nothing of the verb.
func splitPhrases(x *ar.Text, cues []lexicon.Tagged, trigs []lexicon.TriggerMatch) []lexicon.TriggerMatch {
	// The matches are in text order and no phrase spans coverReach words:
	// only those that start a little before v may cover it.
	covered := func(v *lexicon.Tagged, overrides bool) bool {
		end := sort.Search(len(trigs), func(i int) bool { return trigs[i].First > v.First })
		for k := end - 1; k >= 0 && trigs[k].First > v.First-coverReach; k-- {
			t := &trigs[k]
			if v.First < t.Last && !(overrides && t.First == v.First && t.Last == v.Last) {
				return true
			}
		}
		return false
	}
	// masks[k] holds the split classes of cue k.
	var buf [256]uint64
	masks, verbs := buf[:0], uint64(0)
	if len(cues) > len(buf) {
		masks = make([]uint64, 0, len(cues))
	}
	for k := range cues {
		var m uint64
		for _, tag := range cues[k].Tags {
			m |= splitClasses[tag]
		}
		masks = append(masks, m)
	}
	for _, b := range splitBits {
		verbs |= b.verb
	}
	var out []lexicon.TriggerMatch
	for k := range cues {
		if masks[k]&verbs == 0 {
			continue
		}
		v := &cues[k]
		// The kinds this verb may read as; the first object that
		// follows it, of any of them, decides ("رفض الوزير التعليق على
		// المزاعم" declines to comment; it denies no claim).
		var liveBuf [16]bool
		live := liveBuf[:0]
		if len(splitKinds) > len(liveBuf) {
			live = make([]bool, 0, len(splitKinds))
		}
		pending := false
		for i, sk := range splitKinds {
			freeVerb := !sk.onObject || !sk.overrides
			ok := masks[k]&splitBits[i].verb != 0 && !(freeVerb && covered(v, sk.overrides))
			live = append(live, ok)
			pending = pending || ok
		}
		s := x.Tokens[v.First].Sent
	objects:
		for j := k + 1; pending && j < len(cues); j++ {
			n := &cues[j]
			pending = false
			for i, sk := range splitKinds {
				if !live[i] {
					continue
				}
				gap := splitGap
				if sk.gap > 0 {
					gap = sk.gap
				}
				end := n.First
				if sk.via != "" && end > v.Last && x.Tokens[end-1].Norm == sk.via {
					end-- // "امتنعت الدول عن التصويت": the verb's own preposition
				}
				if n.First-v.Last > gap || x.Tokens[n.First].Sent != s || brokenBetween(x, v.Last, end) {
					live[i] = false
					continue
				}
				if masks[j]&splitBits[i].object == 0 {
					pending = true
					continue
				}
				if sk.apart && !wordBetween(x, v.Last, n.First) {
					live[i] = false // "تحمل المسؤولية" bears it; "تحمل موسكو المسؤولية" lays it
					continue
				}
				at := v
				if sk.onObject {
					at = n
				}
				if !sk.onObject || !covered(n, sk.overrides) {
					out = append(out, lexicon.TriggerMatch{First: at.First, Last: at.Last, Start: at.Start, End: at.End,
						Triggers: []*lexicon.Trigger{sk.trig}})
				}
				break objects
			}
		}
	}
	return out
}

// wordBetween reports whether a word stands in tokens i..j-1: quotes
// alone do not part "تحمل \"المسؤولية\"".
func wordBetween(x *ar.Text, i, j int) bool {
	for k := i; k < j; k++ {
		if x.Tokens[k].Kind == ar.Word {
			return true
		}
	}
	return false
}

// brokenBetween reports whether the object of a verb at token i cannot
// be at token j: punctuation ends the clause between them, or a
// preposition of topic makes what follows the subject of a report ("نشرت
// الصحيفة تقريرا عن القوات").
func brokenBetween(x *ar.Text, i, j int) bool {
	for k := i; k < j; k++ {
		if isBreak(&x.Tokens[k]) || topicPreps[x.Tokens[k].Norm] {
			return true
		}
	}
	return false
}

// topicPreps are the folded prepositions of topic: about, on, concerning.
var topicPreps = set("عن", "حول", "بشان", "بخصوص")

// absorbing maps the readings of split phrases whose object has a
// trigger of its own, naming the same happening, to the cue class of that
// object: "ألقت الشرطة الهولندية فجرا القبض على رجل" is one arrest, read on the
// verb, and "القبض على" alone would be a second.
var absorbing = map[*lexicon.Trigger]string{seizing: lexicon.CueSeizeNoun}

// absorb drops from trigs the matches that begin at the object of a split
// phrase of more whose reading absorbs it (see absorbing): the first cue
// of its class after the verb, in its sentence, within splitGap words.
func absorb(x *ar.Text, cues []lexicon.Tagged, trigs, more []lexicon.TriggerMatch) []lexicon.TriggerMatch {
	for _, m := range more {
		class, ok := absorbing[m.Triggers[0]]
		if !ok {
			continue
		}
		for j := range cues {
			n := &cues[j]
			if n.First < m.Last || !slices.Contains(n.Tags, class) {
				continue
			}
			if n.First-m.Last <= splitGap && x.Tokens[n.First].Sent == x.Tokens[m.First].Sent {
				trigs = slices.DeleteFunc(trigs, func(t lexicon.TriggerMatch) bool { return t.First == n.First })
			}
			break
		}
	}
	return trigs
}

// withSplitPhrases adds the split phrases to the trigger matches, in text
// order. A split phrase with the bounds of a trigger match (a verb a kind
// that overrides reads) replaces that match's readings, or removes the
// match when it names no event.
func withSplitPhrases(x *ar.Text, cues []lexicon.Tagged, trigs []lexicon.TriggerMatch) []lexicon.TriggerMatch {
	more := splitPhrases(x, cues, trigs)
	if len(more) == 0 {
		return trigs
	}
	trigs = absorb(x, cues, trigs, more)
	n := len(trigs)
	for _, m := range more {
		if k := slices.IndexFunc(trigs[:n], func(t lexicon.TriggerMatch) bool { return t.First == m.First && t.Last == m.Last }); k >= 0 {
			trigs[k].Triggers = m.Triggers
			continue
		}
		trigs = append(trigs, m)
	}
	trigs = slices.DeleteFunc(trigs, func(t lexicon.TriggerMatch) bool { return t.Triggers[0].Type == lexicon.NoEvent })
	slices.SortStableFunc(trigs, func(a, b lexicon.TriggerMatch) int { return a.First - b.First })
	return trigs
}

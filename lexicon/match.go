package lexicon

import (
	"slices"

	"github.com/hadath/hadath/lang/ar"
)

// TriggerMatch is a trigger form found in a text.
type TriggerMatch struct {
	First, Last int // token indexes, Last exclusive
	// Start and End are the code-point offsets of the form in the text,
	// End exclusive: from after the proclitics (the article included) to
	// the end of the last token, attached pronouns included.
	Start, End int
	// Triggers are the lexicon entries of the form: more than one when a
	// form names events of several types.
	Triggers []*Trigger
}

// Tagged is a method phrase or a cue found in a text, with its tags
// (method names or cue classes).
type Tagged struct {
	First, Last int // token indexes, Last exclusive
	Start, End  int // code-point offsets, as in TriggerMatch
	Tags        []string
}

// Triggers returns the trigger forms of x in text order. They do not
// overlap: where two would, the longer wins, and phrases of type NoEvent
// hide the triggers inside them without being reported. The Triggers
// slices are shared with the lexicon and must not be modified.
func (l *Lexicon) Triggers(x *ar.Text) []TriggerMatch {
	s := l.readStarts(x)
	defer s.release()
	return l.triggersFrom(x, s, nil)
}

// triggersFrom is Triggers with the heads of x's tokens read (see
// index.scanMasked), appending to out.
func (l *Lexicon) triggersFrom(x *ar.Text, s *starts, out []TriggerMatch) []TriggerMatch {
	l.tidx.scanMasked(x, s, inTriggers, func(m found[*Trigger]) {
		if m.vals[0].Type == NoEvent {
			return
		}
		out = append(out, TriggerMatch{First: m.first, Last: m.last, Start: m.start, End: m.end, Triggers: m.vals})
	})
	return out
}

// Methods returns the method phrases of x in text order, without
// overlaps, each tagged with the methods it implies.
func (l *Lexicon) Methods(x *ar.Text) []Tagged { return l.tagged(l.midx, inMethods, x) }

// Cues returns the cues of x in text order, without overlaps, each tagged
// with its cue classes.
func (l *Lexicon) Cues(x *ar.Text) []Tagged { return l.tagged(l.cidx, inCues, x) }

// tagged returns the phrases of index ix (whose mask bit is bit) in x.
func (l *Lexicon) tagged(ix *index[string], bit uint8, x *ar.Text) []Tagged {
	s := l.readStarts(x)
	defer s.release()
	return taggedFrom(ix, x, s, bit, nil)
}

// taggedFrom is tagged with the heads of x's tokens read (see
// index.scanMasked), appending to out.
func taggedFrom(ix *index[string], x *ar.Text, s *starts, bit uint8, out []Tagged) []Tagged {
	ix.scanMasked(x, s, bit, func(m found[string]) {
		out = append(out, Tagged{First: m.first, Last: m.last, Start: m.start, End: m.end, Tags: m.vals})
	})
	return out
}

// Cue classes of cues.tsv.
const (
	CueNeg             = "NEG"              // negation near a trigger: لم، لن، عدم
	CueFut             = "FUT"              // future or plans: يعتزم، من المقرر
	CueHyp             = "HYP"              // hypothetical: إذا، لو، في حال
	CueSay             = "SAY"              // reporting verbs: قال، أكد، أعلن
	CueSource          = "SOURCE"           // attribution before a source: وفقا، بحسب
	CueClaim           = "CLAIM"            // claims of responsibility: تبنى، أعلن مسؤوليته
	CueBlame           = "BLAME"            // blame: الوقوف وراء، حمل المسؤولية
	CueKill            = "KILL"             // deaths: مقتل، قتلى، لقي حتفه
	CueInjure          = "INJURE"           // injuries: جرحى، أصيب
	CueCasualtyUnknown = "CASUALTY_UNKNOWN" // casualties without a number: عدد من
	CueIntercept       = "INTERCEPT"        // interception: اعترضت، أسقطت
	CueInterceptAll    = "INTERCEPT_ALL"    // all were intercepted: جميع، كل
	CueInterceptMost   = "INTERCEPT_MOST"   // most were: معظم، أغلب
	CueInterceptSome   = "INTERCEPT_SOME"   // some were: بعض
	CueInterceptNone   = "INTERCEPT_NONE"   // none was: لم يتم اعتراض
	CueAnaphor         = "ANAPHOR"          // nouns referring back to an event: الهجوم
	CueAggregate       = "AGGREGATE"        // frequency words after a count: مرة، هجوما
	CueLocPrep         = "LOC_PREP"         // before a place: في، قرب، شمال
	CueTargetPrep      = "TARGET_PREP"      // before a target: على، ضد
	CueAgentPrep       = "AGENT_PREP"       // before an agent: من قبل، على يد
	CueAccident        = "ACCIDENT"         // deaths by accident or disaster: حادث سير، زلزال
	CueThing           = "THING"            // counted nouns that are no people: منزلين، ساعات
	CueTimes           = "TIMES"            // nouns of frequency: مرة، مرات
	CuePeriod          = "PERIOD"           // a stretch of time over which things are counted: خلال، يوميا
	CueSupportVerb     = "SUPPORT_VERB"     // verbs whose object says what their subject does: جدد، أعرب
	CueAlVerb          = "AL_VERB"          // past verbs that begin like the article: التقى، ألغى
	CuePlaceNoun       = "PLACE_NOUN"       // nouns before a place name: مدينة، ريف
	CueDeployVerb      = "DEPLOY_VERB"      // verbs of sending or massing: نشر، أرسل
	CueForceNoun       = "FORCE_NOUN"       // the forces and arms they move: قوات، تعزيزات
	CueFutAfter        = "FUT_AFTER"        // adjectives after an event noun that put it to come: المقبل، المرتقب
	CueHypAfter        = "HYP_AFTER"        // adjectives after an event noun that make it a possibility: محتمل
	CueBlameVerb       = "BLAME_VERB"       // verbs that lay a charge on someone: حمّل
	CueBlameNoun       = "BLAME_NOUN"       // the charge they lay: مسؤولية
	CueHabit           = "HABIT"            // what happens as a rule or again and again: دائما، عادة ما
	CueCutVerb         = "CUT_VERB"         // verbs of cutting off: قطع
	CueTiesNoun        = "TIES_NOUN"        // the ties cut: علاقاتها
	CueRecallVerb      = "RECALL_VERB"      // verbs of summoning or recalling: استدعى
	CueOwnEnvoy        = "OWN_ENVOY"        // a state's own envoy, recalled: سفيرها
	CueEnvoy           = "ENVOY"            // another's envoy, summoned: السفير، القائم بالأعمال
	CueOnePerson       = "ONE_PERSON"       // nouns of one person, a victim once counted: رجل، طفل
	CueFigAfter        = "FIG_AFTER"        // adjectives after an attack noun that make it one of words: لاذع، كلامي
	CueAggregateVague  = "AGGREGATE_VAGUE"  // aggregate words that do not say what they count: حالة، عملية
	CueAppealVerb      = "APPEAL_VERB"      // verbs of stabbing that also challenge in law: طعن
	CueLegalObject     = "LEGAL_OBJECT"     // what is challenged in law: الحكم، نتائج
	CuePayVerb         = "PAY_VERB"         // verbs of paying: دفع
	CuePriceNoun       = "PRICE_NOUN"       // a price paid: ثمن
	CueCharge          = "CHARGE"           // what a speaker charges another with: غير قانونية، انتهاك
	CueUndergoVerb     = "UNDERGO_VERB"     // verbs of undergoing or receiving: تعرض ل، واجه، تلقى
	CueDenyVerb        = "DENY_VERB"        // verbs of denying: نفى، أنكر
	CueClaimNoun       = "CLAIM_NOUN"       // what is denied, a charge or a claim: الاتهامات، المزاعم
	CueCancel          = "CANCEL"           // verbs and nouns of calling off: ألغى، إلغاء
	CueDescribeVerb    = "DESCRIBE_VERB"    // verbs of describing: وصف
	CuePraise          = "PRAISE"           // words of praise a description gives: بنّاء، مثمر
	CueSeizeVerb       = "SEIZE_VERB"       // the verb of "laying hold": ألقى
	CueSeizeNoun       = "SEIZE_NOUN"       // the hold laid: القبض
	CueProtestAim      = "PROTEST_AIM"      // what a crowd gathers for: احتجاجا، تضامنا
	CueVenueNoun       = "VENUE_NOUN"       // gatherings a town's name after them places: قمة، محادثات
	CueFireAtVerb      = "FIRE_AT_VERB"     // launching at someone, which alone names: أطلق عليه
	CueFireNoun        = "FIRE_NOUN"        // the fire or bullets launched: النار، الرصاص
	CueStreetVerb      = "STREET_VERB"      // going out or down: خرج، نزل
	CueInflictVerb     = "INFLICT_VERB"     // inflicting: كبد، أوقع، ألحق
	CueSufferVerb      = "SUFFER_VERB"      // suffering: تكبد
	CueLossNoun        = "LOSS_NOUN"        // losses inflicted or suffered: خسائر
	CueStreetNoun      = "STREET_NOUN"      // to the streets or squares: إلى الشوارع
	CueFallVerb        = "FALL_VERB"        // falling: سقط، سقوط
	CueShellNoun       = "SHELL_NOUN"       // rockets, missiles or shells that fall: صواريخ، قذائف
	CueDeclineVerb     = "DECLINE_VERB"     // refusing or abstaining: رفض، امتنع
	CueCommentNoun     = "COMMENT_NOUN"     // saying or telling declined: التعليق، الإفصاح
	CueTopic           = "TOPIC"            // what a meeting or words are about: بشأن، لبحث، الوضع
	CuePrior           = "PRIOR"            // what came before and is answered: ردا على، على خلفية
	CueDraft           = "DRAFT"            // a text proposed, not yet in force: مشروع قانون، مسودة قرار
	CueSite            = "SITE"             // sites a strike hits: مواقع، قواعد
	CueRunning         = "RUNNING"          // bringing a count to a new sum: ليرتفع، لتصل
	CueSayFrom         = "SAY_FROM"         // reporting verbs that report only with عن: نقل، عبر
	CueBacked          = "BACKED"           // backed by a sponsor, no blame of a deed: المدعومة، الموالية
	CueDrill           = "DRILL"            // a military drill: مناورات، تدريبات
	CueJoint           = "JOINT"            // held together or between two sides: مشتركة، بين البلدين
	CueWarn            = "WARN"             // a verb of warning: حذر، يحذر
	CueWarnNoun        = "WARN_NOUN"        // a noun of warning: تحذير، تحذيرات
	CuePledge          = "PLEDGE_VERB"      // a word of pledging: تعهد، يتعهد
	CueReprisal        = "REPRISAL"         // a reprisal or pressure a pledge may name: الرد، الانتقام، الضغط
	CuePressOn         = "PRESS_ON"         // pressing on with a deed: مواصلة، توسيع، تصعيد
	CueIntend          = "INTEND"           // a verb or noun of intent: يعتزم، ينوي، اعتزام
	CueCondemn         = "CONDEMN"          // a verb or noun of condemning: أدان، ندد، استنكر
	CueAttempt         = "ATTEMPT"          // an attempt or an escape: محاولة، نجا، فاشلة
	CueAttribDate      = "ATTRIB_DATE"      // opens what is told of the noun before: الموقع، الذي
	CuePublishVerb     = "PUBLISH_VERB"     // issued or published it: نشرته، أصدرته، بثتها
	CueMustOn          = "MUST_ON"          // a that-clause opening on who must: إن على، أن على
	CueThat            = "THAT"             // the complementizer أن after the one who must
	CueFoil            = "FOIL"             // foiling what was to be done: أحبط، إحباط
	CueSport           = "SPORT"            // words of a game: مباراة، مرمى، المنتخب
	CueLiftVerb        = "LIFT_VERB"        // verbs of lifting or easing: رفع، خفف
	CueLiftObject      = "LIFT_OBJECT"      // what is lifted: العقوبات، الحظر، الحصار
	CueExpelVerb       = "EXPEL_VERB"       // verbs of driving out: طرد، طردت
	CueArmedObject     = "ARMED_OBJECT"     // armed men driven out: المسلحين، الحوثيين، مقاتلي
)

// CueClasses lists the cue classes in the order of the constants.
var CueClasses = []string{CueNeg, CueFut, CueHyp, CueSay, CueSource, CueClaim, CueBlame,
	CueKill, CueInjure, CueCasualtyUnknown, CueIntercept, CueInterceptAll, CueInterceptMost,
	CueInterceptSome, CueInterceptNone, CueAnaphor, CueAggregate, CueLocPrep, CueTargetPrep,
	CueAgentPrep, CueAccident, CueThing, CueTimes, CuePeriod, CueSupportVerb, CueAlVerb, CuePlaceNoun, CueDeployVerb, CueForceNoun,
	CueFutAfter, CueHypAfter, CueBlameVerb, CueBlameNoun, CueHabit, CueCutVerb, CueTiesNoun,
	CueRecallVerb, CueOwnEnvoy, CueEnvoy, CueOnePerson, CueFigAfter, CueAggregateVague,
	CueAppealVerb, CueLegalObject, CuePayVerb, CuePriceNoun, CueCharge, CueUndergoVerb, CueDenyVerb, CueClaimNoun, CueCancel, CueDescribeVerb, CuePraise, CueSeizeVerb, CueSeizeNoun, CueProtestAim, CueVenueNoun, CueFireAtVerb, CueFireNoun, CueStreetVerb, CueStreetNoun, CueFallVerb, CueShellNoun, CueInflictVerb, CueSufferVerb, CueLossNoun, CueDeclineVerb, CueCommentNoun, CueTopic, CuePrior, CueDraft, CueSite, CueRunning, CueSayFrom, CueBacked, CueDrill, CueJoint, CueWarn, CueWarnNoun, CuePledge, CueReprisal, CuePressOn, CueIntend, CueCondemn, CueAttempt, CueAttribDate, CuePublishVerb, CueMustOn, CueThat, CueFoil, CueSport, CueLiftVerb, CueLiftObject, CueExpelVerb, CueArmedObject}

// ValidCue reports whether class is one of CueClasses.
func ValidCue(class string) bool { return slices.Contains(CueClasses, class) }

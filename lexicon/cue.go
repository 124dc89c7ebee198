package lexicon

import "slices"

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
)

// CueClasses lists the cue classes in the order of the constants.
var CueClasses = []string{CueNeg, CueFut, CueHyp, CueSay, CueSource, CueClaim, CueBlame,
	CueKill, CueInjure, CueCasualtyUnknown, CueIntercept, CueInterceptAll, CueInterceptMost,
	CueInterceptSome, CueInterceptNone, CueAnaphor, CueAggregate, CueLocPrep, CueTargetPrep,
	CueAgentPrep}

// ValidCue reports whether class is one of CueClasses.
func ValidCue(class string) bool { return slices.Contains(CueClasses, class) }

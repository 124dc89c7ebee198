package extract

// cue is a bit set of the cue classes of lexicon/data/ar/cues.tsv that
// cover a token.
type cue uint64

// Cue classes.
const (
	cueNeg cue = 1 << iota
	cueFut
	cueHyp
	cueSay
	cueSource
	cueClaim
	cueBlame
	cueKill
	cueInjure
	cueCasualtyUnknown
	cueIntercept
	cueInterceptAll
	cueInterceptMost
	cueInterceptSome
	cueInterceptNone
	cueAnaphor
	cueAggregate
	cueLocPrep
	cueTargetPrep
	cueAgentPrep
	cueAccident
	cueThing
	cueTimes
	cuePeriod
	cueSupportVerb
	cueAlVerb
	cuePlaceNoun
	cueFutAfter
	cueHypAfter
	cueHabit
	cueOnePerson
	cueFigAfter
	cueAggregateVague
	cueUndergoVerb
	cueCancel
	cueCharge
	cueBlameVerb
	cueBlameNoun
	cueProtestAim
	cueEnvoy
	cueVenueNoun
	cueTopic
	cuePrior
	cueDraft
	cueSite
	cueRunning
	cueSayFrom
	cueClaimNoun
	cueBacked
	cueDrill
	cueJoint
	cueWarn
	cueWarnNoun
	cuePledge
	cueReprisal
	cuePressOn
	cueIntend
	cueCondemn
	cueAttempt
	cueAttribDate
	cuePublishVerb
	cueFoil
	cueSport
)

// cueNames maps the class names of the cue file to their bits.
var cueNames = map[string]cue{
	"NEG": cueNeg, "FUT": cueFut, "HYP": cueHyp, "SAY": cueSay, "SOURCE": cueSource,
	"CLAIM": cueClaim, "BLAME": cueBlame, "KILL": cueKill, "INJURE": cueInjure,
	"CASUALTY_UNKNOWN": cueCasualtyUnknown, "INTERCEPT": cueIntercept,
	"INTERCEPT_ALL": cueInterceptAll, "INTERCEPT_MOST": cueInterceptMost,
	"INTERCEPT_SOME": cueInterceptSome, "INTERCEPT_NONE": cueInterceptNone,
	"ANAPHOR": cueAnaphor, "AGGREGATE": cueAggregate, "LOC_PREP": cueLocPrep,
	"TARGET_PREP": cueTargetPrep, "AGENT_PREP": cueAgentPrep, "ACCIDENT": cueAccident,
	"THING": cueThing, "TIMES": cueTimes, "PERIOD": cuePeriod,
	"SUPPORT_VERB": cueSupportVerb, "AL_VERB": cueAlVerb, "PLACE_NOUN": cuePlaceNoun,
	"FUT_AFTER": cueFutAfter, "HYP_AFTER": cueHypAfter, "HABIT": cueHabit, "ONE_PERSON": cueOnePerson, "FIG_AFTER": cueFigAfter,
	"AGGREGATE_VAGUE": cueAggregateVague, "UNDERGO_VERB": cueUndergoVerb,
	"CANCEL": cueCancel, "CHARGE": cueCharge, "BLAME_VERB": cueBlameVerb, "BLAME_NOUN": cueBlameNoun, "PROTEST_AIM": cueProtestAim,
	"ENVOY": cueEnvoy, "OWN_ENVOY": cueEnvoy, "VENUE_NOUN": cueVenueNoun,
	"TOPIC": cueTopic, "PRIOR": cuePrior, "DRAFT": cueDraft, "SITE": cueSite, "RUNNING": cueRunning, "SAY_FROM": cueSayFrom, "CLAIM_NOUN": cueClaimNoun, "BACKED": cueBacked,
	"DRILL": cueDrill, "JOINT": cueJoint, "WARN": cueWarn, "WARN_NOUN": cueWarnNoun,
	"PLEDGE_VERB": cuePledge, "REPRISAL": cueReprisal, "PRESS_ON": cuePressOn, "INTEND": cueIntend, "CONDEMN": cueCondemn, "ATTEMPT": cueAttempt,
	"ATTRIB_DATE": cueAttribDate, "PUBLISH_VERB": cuePublishVerb, "FOIL": cueFoil, "SPORT": cueSport,
}

// has reports whether c holds any of the bits of o.
func (c cue) has(o cue) bool { return c&o != 0 }

// cueWithin reports whether a token from..to-1 holds a cue of the
// classes c.
func (dc *doc) cueWithin(from, to int, c cue) bool {
	for i := from; i < to; i++ {
		if dc.cueAt[i].has(c) {
			return true
		}
	}
	return false
}

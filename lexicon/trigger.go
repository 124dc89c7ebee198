package lexicon

import (
	"fmt"
	"slices"

	"github.com/hadath/hadath"
)

// Trigger is one form of the trigger lexicon: a word or phrase that names
// an event of Type, with the Method it implies (empty when it implies
// none) and how it is used.
type Trigger struct {
	Type, Method string
	// Verb marks verb forms ("هاجمت", "يعتقل").
	Verb bool
	// Noun marks event nouns and verbal nouns, which later text can refer
	// back to ("الهجوم", "اعتقال").
	Noun bool
	// Weak marks forms that name an event only with support nearby: an
	// actor, target, place, method or casualty ("استهداف", "عملية").
	Weak bool
	// Speech marks verbal events said by someone: accusations, threats,
	// calls, refusals, praise, promises.
	Speech bool
	// Passive marks forms whose grammatical subject is the target
	// ("تعرضت", "أصيب").
	Passive bool
	// Form is the form as written in the lexicon file.
	Form string
}

// NoEvent is the type of trigger-file phrases that name no event but hold
// a trigger ("مؤتمر صحفي" holds "مؤتمر"). Triggers matches them so that the
// trigger inside is not, and reports nothing for them.
const NoEvent = "NONE"

// Flag letters of the trigger file, in the order String writes them.
const flagLetters = "vnwsp"

// Flags returns the trigger's flag letters as the lexicon file writes
// them ("vs", "nw"), or "-" when it has none.
func (t *Trigger) Flags() string {
	var b []byte
	for i, on := range [...]bool{t.Verb, t.Noun, t.Weak, t.Speech, t.Passive} {
		if on {
			b = append(b, flagLetters[i])
		}
	}
	if len(b) == 0 {
		return "-"
	}
	return string(b)
}

// String returns the trigger as one line of the lexicon file, with only
// its own form.
func (t *Trigger) String() string {
	m := t.Method
	if m == "" {
		m = "-"
	}
	return t.Type + "\t" + m + "\t" + t.Flags() + "\t" + t.Form
}

// setFlags sets the flags from their letters; "-" or "" sets none.
func (t *Trigger) setFlags(s string) error {
	if s == "-" {
		return nil
	}
	for _, r := range s {
		switch r {
		case 'v':
			t.Verb = true
		case 'n':
			t.Noun = true
		case 'w':
			t.Weak = true
		case 's':
			t.Speech = true
		case 'p':
			t.Passive = true
		default:
			return fmt.Errorf("unknown flag %q in %q (want letters of %q)", r, s, flagLetters)
		}
	}
	return nil
}

// typeMethods lists the methods docs/format.md allows for each event type.
var typeMethods = map[string][]string{
	hadath.Assault: {"ballistic_missile", "cruise_missile", "missile", "rocket", "mortar",
		"artillery", "airstrike", "drone", "naval", "gunfire", "clash", "ied", "car_bomb",
		"suicide_bombing", "grenade", "landmine", "stabbing", "beating", "arson", "raid",
		"assassination", "abduction", "sexual_violence", "cyber"},
	hadath.Coerce: {"arrest", "detention", "seizure", "demolition", "deportation",
		"blockade", "curfew", "censorship"},
	hadath.Protest: {"demonstration", "riot", "strike", "hunger_strike", "sit_in", "boycott"},
	hadath.Consult: {"meeting", "visit", "call", "negotiation"},
}

// ValidType reports whether typ is one of the 16 PLOVER event types.
func ValidType(typ string) bool { return slices.Contains(hadath.EventTypes, typ) }

// ValidMethod reports whether docs/format.md allows method for events of type
// typ. The empty method is valid for every type.
func ValidMethod(typ, method string) bool {
	return method == "" || slices.Contains(typeMethods[typ], method)
}

// MethodType returns the event type whose methods include method, or ""
// when no type has it.
func MethodType(method string) string {
	for _, typ := range hadath.EventTypes {
		if slices.Contains(typeMethods[typ], method) {
			return typ
		}
	}
	return ""
}

package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestClaims reads a claim of responsibility only where a party that can
// fight takes an attack: not one denied, adopted as a text, charged to
// someone (with ب), a ministry announcing deaths, or gunmen of no
// country.
func TestClaims(t *testing.T) {
	tests := []struct {
		text, claimed string // "": no claim
	}{
		{"انفجرت سيارة مفخخة قرب كنيسة في المدينة، وتبنى تنظيم داعش الهجوم في بيان.", "Islamic State"},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وأعلنت حركة الشباب مسؤوليتها عن التفجير.", "Al-Shabaab"},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، ونفت حركة الشباب مسؤوليتها عن التفجير.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وتتهم الحكومة حركة الشباب بالمسؤولية عن التفجير.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة. وتبنى مجلس الأمن قرارا يدين الهجوم.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة. وأعلنت وزارة الصحة مقتل جندي سادس متأثرا بجراحه.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وأعلن مسلحون مسؤوليتهم عن التفجير.", ""},
		// The speaker who tells of a claim, before a bare أن, does not
		// make it; nor does a state that calls the attack terrorist.
		{"وأكد قائد الشرطة الصومالية أن مسلحين نفذوا هجمات تبناها التنظيم على ثلاث كنائس.", ""},
		{"وقالت حركة الشباب إنها تبنت الهجوم على ثكنة الجيش الذي قتل فيه خمسة جنود.", "Al-Shabaab"},
		{"وقتل خمسة جنود في هجوم على طريق ساحلي، ورأى الجيش الصومالي في بيان بثه موقعه أن الهجوم الإرهابي لن يمر.", ""},
	}
	for _, tt := range tests {
		got := attackParty(run(t, tt.text, "2018-05-10"), func(ev *hadath.Event) *hadath.Actor { return ev.ClaimedBy })
		if got != tt.claimed {
			t.Errorf("claimed_by(%q) = %q; want %q", tt.text, got, tt.claimed)
		}
	}
}

// TestBlame reads who is accused of an attack no one is known to have
// done: the one accused of it, not a sponsor named as backing a group,
// and not for an accusation that names no attack.
func TestBlame(t *testing.T) {
	tests := []struct {
		text, blamed string // "": none
	}{
		{"قتل خمسة جنود في انفجار عبوة ناسفة قرب الحدود، واتهمت الحكومة حركة الشباب بتنفيذ الهجوم.", "Al-Shabaab"},
		{"أصيب ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش، وألقت الحكومة باللوم على حركة الشباب في الهجوم.", "Al-Shabaab"},
		{"أطلق الحوثيون المدعومون من إيران صاروخا على جازان يوم الاثنين.", ""},
		{"قصفت طائرات مجهولة مخزنا للأسلحة قرب المطار. واتهم زعيم المعارضة الحكومة بالخضوع لواشنطن.", ""},
	}
	for _, tt := range tests {
		got := attackParty(run(t, tt.text, "2018-05-10"), func(ev *hadath.Event) *hadath.Actor { return ev.BlamedOn })
		if got != tt.blamed {
			t.Errorf("blamed_on(%q) = %q; want %q", tt.text, got, tt.blamed)
		}
	}
}

// attackParty returns the name of the party pick gives an attack of res,
// or "" if none has one.
func attackParty(res *hadath.Result, pick func(*hadath.Event) *hadath.Actor) string {
	for i := range res.Events {
		if ev := &res.Events[i]; ev.Type == hadath.Assault && pick(ev) != nil {
			return pick(ev).Name
		}
	}
	return ""
}

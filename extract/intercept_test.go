package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// An interception of a stated number of missiles or drones, with no word
// of how many of how many, stops all of them, and so does one of a single
// missile named without a number or of those a pronoun refers back to; a
// part of a larger salvo, or things that cannot be shot down, say nothing
// of the kind.
func TestExtractInterceptedCount(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"أطلق الحوثيون صواريخ على جازان، واعترضت الدفاعات الجوية صاروخين باليستيين فوق المدينة.", hadath.InterceptedAll},
		{"هاجمت الجماعة مطار أبها، وأسقطت قوات الدفاع الجوي طائرتين مسيرتين قبل وصولهما.", hadath.InterceptedAll},
		{"أطلق الحوثيون صواريخ على جازان، واعترضت الدفاعات الجوية صاروخين من أصل خمسة.", ""},
		{"نجحت الدفاعات في اعتراض صاروخ قصير المدى فوق مدينة جازان مساء الأحد.", hadath.InterceptedAll},
		{"أطلقت الجماعة صاروخا على مدينة جازان، واعترضته الدفاعات الجوية فوق المدينة.", hadath.InterceptedAll},
		// Air defences named, and a missile later in the sentence, stop
		// nothing of themselves.
		{"قالت قوات الدفاع الجوي إن صاروخا سقط قرب مدينة جازان.", ""},
		{"شنت المقاتلات غارات على مواقع المسلحين ودمرت 6 مركبات عسكرية.", ""},
		// What a strike destroyed was not intercepted, however many.
		{"قصفت المقاتلات مواقع المسلحين قرب القرية ودمرت عددا من آلياتهم.", ""},
	}
	for _, tt := range tests {
		got := ""
		if ev := lastOf(run(t, tt.text, "2018-04-12"), hadath.Assault); ev != nil {
			got = ev.Intercepted
		}
		if got != tt.want {
			t.Errorf("intercepted(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// An armed group's attack that air defences stopped is an attack on the
// state they defend, whether or not the sentence reads another target;
// where a state's forces strike, the state the air defences belong to is
// not made the target.
func TestExtractDefended(t *testing.T) {
	tests := []struct {
		text, target string
	}{
		{"وتصدت قوات الدفاع الجوي السعودي لطائرة مسيرة أرسلتها جماعة الحوثي صوب مطار أبها.", "Saudi Arabia"},
		{"واعترض الدفاع الجوي السعودي مساء الأحد صاروخا أطلقته جماعة الحوثي على مدينة جازان.", "Saudi Arabia"},
		{"اعترضت الدفاعات الجوية السورية صواريخ أطلقها الجيش الإسرائيلي على مطار عسكري قرب حمص.", ""},
		{"أطلق الحوثيون صاروخا بعيد المدى مساء الأحد، واعترضته الدفاعات الجوية السعودية.", "Saudi Arabia"},
	}
	for _, tt := range tests {
		got := ""
		if ev := lastOf(run(t, tt.text, "2018-04-12"), hadath.Assault); ev != nil {
			got = name(ev.Target)
		}
		if got != tt.target {
			t.Errorf("target(%q) = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// lastTarget codes text, published on pub, and returns the name of the
// target of its last event of type typ, or "" if it has none.
func lastTarget(t *testing.T, text, pub, typ string) string {
	t.Helper()
	_, target := lastParties(t, text, pub, typ)
	return target
}

// lastParties codes text published on pub and returns the names of the
// actor and target of its last event of type typ, "" for none.
func lastParties(t *testing.T, text, pub, typ string) (actor, target string) {
	t.Helper()
	if ev := lastOf(run(t, text, pub), typ); ev != nil {
		return name(ev.Actor), name(ev.Target)
	}
	return "", ""
}

// lastOf returns the last event of type typ in res, or nil.
func lastOf(res *hadath.Result, typ string) *hadath.Event {
	for i := len(res.Events) - 1; i >= 0; i-- {
		if res.Events[i].Type == typ {
			return &res.Events[i]
		}
	}
	return nil
}

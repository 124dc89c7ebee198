package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// An interception of a stated number of missiles or drones, with no word
// of how many of how many, stops all of them; a part of a larger salvo, or
// things that cannot be shot down, say nothing of the kind.
func TestExtractInterceptedCount(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"أطلق الحوثيون صواريخ على جازان، واعترضت الدفاعات الجوية صاروخين باليستيين فوق المدينة.", hadath.InterceptedAll},
		{"هاجمت الجماعة مطار أبها، وأسقطت قوات الدفاع الجوي طائرتين مسيرتين قبل وصولهما.", hadath.InterceptedAll},
		{"أطلق الحوثيون صواريخ على جازان، واعترضت الدفاعات الجوية صاروخين من أصل خمسة.", ""},
		{"شنت المقاتلات غارات على مواقع المسلحين ودمرت 6 مركبات عسكرية.", ""},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-04-12")
		got := ""
		for _, ev := range res.Events {
			if ev.Type == hadath.Assault && ev.Intercepted != "" {
				got = ev.Intercepted
			}
		}
		if got != tt.want {
			t.Errorf("intercepted(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// An armed group's attack that air defences stopped is an attack on the
// state they defend; where a state's forces strike, the state the air
// defences belong to is not made the target.
func TestExtractDefended(t *testing.T) {
	tests := []struct {
		text, target string
	}{
		{"اعترضت قوات الدفاع الجوي السعودي صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه مدينة نجران.", "Saudi Arabia"},
		{"اعترضت قوات الدفاع الجوي السعودي فجر اليوم طائرة مسيرة أطلقها الحوثيون نحو مطار أبها.", "Saudi Arabia"},
		{"اعترضت الدفاعات الجوية السورية صواريخ أطلقها الجيش الإسرائيلي على مطار عسكري قرب حمص.", ""},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-04-12")
		got := ""
		for _, ev := range res.Events {
			if ev.Type == hadath.Assault && ev.Target != nil {
				got = ev.Target.Name
			}
		}
		if got != tt.target {
			t.Errorf("target(%q) = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// Protesters the text does not name are the people named nearest the
// protest in its sentence, else those of the scene; they protest at the
// authorities of the scene, or of the state whose forces meet them.
func TestExtractProtesters(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"قتل ثلاثة أردنيين برصاص الشرطة خلال مظاهرات قرب السفارة في دمشق.", "Jordanian protesters", "Syrian government"},
		{"أعلنت وزارة الصحة مقتل اثنين لبنانيين إثر إطلاق قوات سورية النار عليهما في مظاهرات انطلقت على طول الحدود بين لبنان وسوريا.", "Lebanese protesters", "Syria"},
		{"خرجت مظاهرات في بغداد للمطالبة بتحسين الخدمات.", "Iraqi protesters", "Iraqi government"},
		// Met by another state's forces, they protest at that state.
		{"وأطلقت قوات الأمن الهندية النار على مئات الباكستانيين خلال مظاهرات في مدينة لاهور.", "Pakistani protesters", "Indian government"},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-04-12")
		actor, target := "", ""
		for _, ev := range res.Events {
			if ev.Type == hadath.Protest {
				if ev.Actor != nil {
					actor = ev.Actor.Name
				}
				if ev.Target != nil {
					target = ev.Target.Name
				}
			}
		}
		if actor != tt.actor || target != tt.target {
			t.Errorf("protest(%q) = %q > %q; want %q > %q", tt.text, actor, target, tt.actor, tt.target)
		}
	}
}

package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A weak verb of attack states one when forces are its subject, unless it
// is in the present tense, which tells of aims and habits.
func TestExtractArmedWeakVerb(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"وسيطرت قوات الجيش اليمني على مواقع في مديرية حرض.", 1},
		{"ويقاتل عناصر الحزب إلى جانب قوات الجيش في سوريا منذ سنوات.", 0},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-07-17")
		if n := count(res, hadath.Assault); n != tt.want {
			t.Errorf("Extract(%q): %d ASSAULT events; want %d", tt.text, n, tt.want)
		}
	}
}

// Fighting told again by a definite noun in a town far from the first is
// other fighting: the coreference rules keep the two apart. (Whether the
// second, definite mention stands at all is the mention model's call; the
// models trained on 560 documents drop it, so the rules are tested alone.)
func TestExtractFightingInTwoTowns(t *testing.T) {
	const text = "اندلعت اشتباكات عنيفة بين الجيش والحوثيين في مدينة حرض صباح الأحد.\n" +
		"وفي مدينة تعز، تواصلت المواجهات بين الجانبين حتى المساء."
	if n := count(runRules(t, text, "2018-07-17"), hadath.Assault); n != 2 {
		t.Errorf("Extract(%q) with the rules alone: %d ASSAULT events; want 2", text, n)
	}
}

// "يهدد" without what is threatened puts at risk: no threat.
func TestExtractEndangers(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"أوضح التقرير أن نقص المياه في القرى يهدد حياة آلاف المزارعين هناك.", 0},
		{"وقال المحلل إن الانقسام يهدد وحدة الحزب قبل الانتخابات.", 0},
		{"وتهدد أنقرة واشنطن بالرد على أي عقوبات جديدة.", 1},
	}
	for _, tt := range tests {
		res := run(t, "عنوان الخبر\n\n"+tt.text, "2018-07-17")
		if n := count(res, hadath.Threaten); n != tt.want {
			t.Errorf("Extract(%q): %d THREATEN events; want %d", tt.text, n, tt.want)
		}
	}
}

// Aid named as what money or a plan is for was not given; a convoy of aid
// was. The events are read whatever their confidence: what is tested is
// which words the rules and the mention model take for aid given.
func TestExtractAidFor(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"وقالت المفوضية إنها تحتاج إلى خمسة مليارات دولار للمساعدات الغذائية في اليمن والصومال.", 0},
		{"ودخلت قافلة للمساعدات الغذائية إلى بلدة مضايا المحاصرة مساء أمس.", 1},
	}
	for _, tt := range tests {
		res := runAll(t, tt.text, "2018-03-05")
		if n := count(res, hadath.Aid); n != tt.want {
			t.Errorf("Extract(%q): %d AID events; want %d", tt.text, n, tt.want)
		}
	}
}

// A verb phrase of the lexicon that holds its subject gives it as the
// actor.
func TestExtractSubjectInsideTrigger(t *testing.T) {
	tests := []struct {
		text, typ, actor string
	}{
		{"وفرضت واشنطن عقوبات على تركيا يوم الجمعة.", hadath.Sanction, "United States"},
		{"وطردت روسيا 23 دبلوماسيا بريطانيا من موسكو.", hadath.Sanction, "Russia"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-08-14"), tt.typ)
		if got := name(ev.Actor); got != tt.actor {
			t.Errorf("Extract(%q): actor = %q; want %q", tt.text, got, tt.actor)
		}
	}
}

// Every class of splitKinds has a bit of its own in the masks of
// splitPhrases, and each kind's bits are those of its names.
func TestSplitClassBits(t *testing.T) {
	if len(splitClasses) > 64 {
		t.Fatalf("%d split classes: more than the 64 bits of a mask", len(splitClasses))
	}
	seen := uint64(0)
	for c, b := range splitClasses {
		if b == 0 || b&(b-1) != 0 || seen&b != 0 {
			t.Errorf("class %s: bit %#x is not a bit of its own", c, b)
		}
		seen |= b
	}
	for i, sk := range splitKinds {
		if splitBits[i].verb != splitClasses[sk.verb] || splitBits[i].object != splitClasses[sk.object] {
			t.Errorf("kind %d (%s): bits %+v, want those of %s and %s", i, sk.trig.Form, splitBits[i], sk.verb, sk.object)
		}
	}
}

package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestVerdicts checks the candidate stage on its own: for a trigger of
// an invented sentence, the reason the rules give for not reporting it
// ("" when they would), before any model weighs it.
func TestVerdicts(t *testing.T) {
	tests := []struct {
		text, trigger, want string
	}{
		{"قصفت الطائرات مواقع المسلحين في ريف حماة.", "قصفت", ""},
		{"قتل ثلاثة أشخاص في حادث سير على الطريق الدولي.", "قتل", ruleAccident},
		// A collapse or a fault is an accident too, told by its verb.
		{"وانهار سقف المدرسة القديمة صباح الاثنين ما أدى إلى مقتل أربعة تلاميذ.", "مقتل", ruleAccident},
		{"وعادت الطائرة إلى المطار بعد تعرضها لعطل فني فوق البحر.", "تعرضها", ruleAccident},
		// A disaster that strikes is the subject of the verb, after it or
		// before it; a raid is no disaster.
		{"واجتاحت حرائق الغابات عدة قرى جبلية.", "واجتاحت", ruleAccident},
		{"والعاصفة تضرب السواحل الشرقية منذ يوم الأحد.", "تضرب", ruleAccident},
		{"والطائرات الحربية قصفت القرى الجبلية في ريف حماة.", "قصفت", ""},
		// Two words and a relative pronoun between them; the word after
		// the one after the verb; a disaster meets nobody.
		{"وانهارت عشرات البيوت في الإعصار المدمر الذي ضرب الساحل.", "ضرب", ruleAccident},
		{"وتضررت مئات المنازل في القرى التي قصفتها الطائرات.", "قصفتها", ""},
		{"والتقت موجة الثلوج مع العاصفة فوق الجبال.", "والتقت", ruleAccident},
		{"ويقاتل عناصر الحزب إلى جانب قوات الجيش منذ سنوات.", "ويقاتل", ruleHabit},
		{"وحذر التقرير من أن نقص المياه يهدد حياة المدنيين.", "يهدد", ruleEndangers},
		{"وتحدث المسؤول عن انتشار واسع.", "انتشار", ruleWeak},
		{"وقالت المنظمة إنها تحتاج إلى مليار دولار للمساعدات الإنسانية.", "للمساعدات الإنسانية", ruleAidFor},
		{"وشن رئيس الحزب هجوما لاذعا على وزير المالية.", "وشن", ruleFigurative},
		{"وشن النائب هجوما حادا على وزيرة التربية في الجلسة.", "وشن", ruleFigurative},
		{"ووقع الهجوم المسلح على الحاجز بحسب تقارير إعلامية محلية.", "الهجوم المسلح", ""},
		// A weak word of speech with a charge in its clause accuses.
		{"ووصفت وزارة الخارجية المغربية تصريحات السفير بأنها غير مقبولة.", "ووصفت", ""},
		{"ووصفت وزارة الخارجية المغربية تصريحات السفير.", "ووصفت", ruleWeak},
		// A move of a game is no attack, nor a player's complaint a
		// protest; a bomb among the fans is an attack.
		{"وشن لاعبو المنتخب أول هجمة خطرة على المرمى في الشوط الثاني.", "هجمة", ruleSport},
		{"واعترض المدافع بشدة على ركلة الجزاء في المباراة.", "واعترض", ruleSport},
		{"وأصيب عشرة مشجعين في هجوم بقنبلة يدوية على حافلتهم قبل المباراة.", "هجوم", ""},
		// What someone "described as", inside another clause, is no
		// charge of its own.
		{"وأوقفت الشرطة مساء الجمعة من وصفتهم بالمخربين قرب الجسر.", "وصفتهم", ruleDescribed},
		{"واحتجت النقابة على ما وصفته بأنه تعد صارخ على حقوق العمال.", "وصفته", ruleDescribed},
		// A gathering for a cause is a protest.
		{"تجمع العشرات في ساحة البلدية تضامنا مع الصيادين.", "تجمع", ""},
		{"تجمع العشرات في ساحة البلدية.", "تجمع", ruleWeak},
		// A weak word of talks with a party after مع is a meeting of two.
		{"بحث رئيس الوزراء الليبي مع السفير الإيطالي ملف الهجرة.", "بحث", ""},
		{"بحث رئيس الوزراء الليبي ملف الهجرة.", "بحث", ruleWeak},
		// A weak verb of sending away with envoys after it in its clause
		// sanctions; without them it says too little.
		{"وطردت الحكومة اثنين من الدبلوماسيين صباح الأحد.", "وطردت", ""},
		{"وطردت الحكومة اثنين صباح الأحد.", "وطردت", ruleWeak},
		// What sanctions target is no attack; a deed after و is one.
		{"أعلنت الحكومة عقوبات جديدة تستهدف شركات النفط.", "تستهدف", ruleSanctionAim},
		{"وشملت العقوبات التي استهدفت قطاع النفط عشرات الشركات.", "استهدفت", ruleSanctionAim},
		{"فرضت الحكومة عقوبات على جارتها وقصفت طائراتها مواقع حدودية.", "وقصفت", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		dc := x.analyze(d)
		found := false
		for k := range dc.trigs {
			tm := &dc.trigs[k]
			if dc.tokSpan(tm.First, tm.Last).Text != tt.trigger {
				continue
			}
			tr := x.pickTrigger(dc, tm)
			if tr == nil {
				t.Fatalf("%q: trigger %q picked no reading", tt.text, tt.trigger)
			}
			p := mentionProposal{tm: tm}
			x.propose(dc, tr, tm, &p)
			found = true
			if p.why != tt.want {
				t.Errorf("propose(%q in %q).why = %q; want %q", tt.trigger, tt.text, p.why, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no trigger %q", tt.text, tt.trigger)
		}
	}
}

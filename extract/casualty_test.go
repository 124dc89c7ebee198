package extract

import (
	"fmt"
	"testing"

	"github.com/hadath/hadath"
)

// countText renders a count as its number, "?" for an unknown one, or ""
// for none.
func countText(c *hadath.Count) string {
	switch {
	case c == nil:
		return ""
	case c.Count == nil:
		return "?"
	}
	return fmt.Sprint(*c.Count)
}

// The dead and wounded of an attack are counted in people: a number of
// houses, strikes or hours near a casualty word counts none.
func TestExtractCasualtyCounts(t *testing.T) {
	tests := []struct {
		text, killed, injured string
	}{
		{"قصفت طائرات حربية قرية في ريف إدلب فقتل خمسة مدنيين وأصيب سبعة آخرون.", "5", "7"},
		{"قتل أربعة مدنيين في قصف مدفعي أصاب مدرسة ومنزلين في البلدة.", "4", ""},
		{"هاجمت المروحيات القرية صباح اليوم، وقال أطباء إن القتلى سقطوا في 30 غارة.", "", ""},
		{"لقي 12 مسلحا مصرعهم خلال 24 ساعة في اشتباكات مع الجيش قرب المدينة.", "12", ""},
		// One victim, named by a noun of one person, a singular adjective
		// of relation, or "met his death".
		{"أعلنت مصادر طبية مقتل مزارع في قصف مدفعي على أطراف القرية.", "1", ""},
		{"أكدت الشرطة مقتل عراقي في انفجار عبوة ناسفة وسط السوق.", "1", ""},
		{"لقي شرطي مصرعه في هجوم مسلح على نقطة تفتيش قرب المدينة.", "1", ""},
		// The wounded told right after the verb of the dead are theirs.
		{"وأحصى أطباء المستشفى 23 رجلا قتلوا وأصيب 41 غيرهم جراء التفجير.", "23", "41"},
		// Some of the dead named after the count, with or without
		// commas: the count before them is all of them.
		{"وذكر الأطباء أن 14 رجلا من بينهم ثلاثة مسعفين قتلوا جراء القذائف.", "14", ""},
		{"وأكد الجيش أن 30 مسلحا، بينهم قادة ميدانيون، لقوا مصرعهم في الاشتباكات.", "30", ""},
		// An attempt kills no one the words tell; the deed done does.
		{"نجا القيادي البارز من محاولة اغتيال قائد عسكري في المدينة أمس.", "", ""},
		{"أعلنت مصادر أمنية اغتيال قائد عسكري في المدينة أمس.", "1", ""},
		// Soldiers in the plural are no count.
		{"أسفر الهجوم المسلح على نقطة التفتيش عن مقتل جنود قرب المدينة.", "", ""},
		// Dead or wounded of no number: a number of them, others, both
		// together; lumped together with a number, neither.
		{"انفجرت سيارة مفخخة في سوق المدينة ما أدى إلى سقوط عدد من الجرحى.", "", "?"},
		{"انفجرت سيارة مفخخة في سوق المدينة ما أدى إلى سقوط قتلى وجرحى.", "?", "?"},
		{"انفجرت سيارة مفخخة في سوق المدينة ما أدى إلى سقوط 50 بين قتيل وجريح.", "", ""},
		{"قتل ثلاثة جنود وجرح آخرون في هجوم على حاجز للجيش قرب المدينة.", "3", "?"},
		// قُتل with one victim; the active verb with the one it killed
		// after its doer counts no victim of one.
		{"قتل جندي في هجوم مسلح على حاجز للجيش قرب المدينة.", "1", ""},
		{"قتل مسلح رجال الأمن في هجوم على حاجز للجيش قرب المدينة.", "", ""},
		// Casualties denied are none; ما that is "which" denies nothing.
		{"انفجرت عبوة ناسفة قرب دورية للجيش في المدينة دون وقوع إصابات.", "", "0"},
		{"انفجرت عبوة ناسفة قرب دورية للجيش في المدينة ولم يسفر الانفجار عن وقوع إصابات.", "", "0"},
		{"انفجرت سيارة مفخخة في سوق المدينة ما أدى إلى سقوط قتلى وجرحى.", "?", "?"},
		// The casualty noun counts itself: one, two; a number after it
		// counts the next.
		{"سقط قتيلان وجريح في قصف مدفعي على أطراف المدينة.", "2", "1"},
		{"أسفر القصف المدفعي على أطراف المدينة عن سقوط قتيل وثلاثة جرحى.", "1", "3"},
		{"أسفر القصف المدفعي على أطراف المدينة عن سقوط مئة قتيل.", "100", ""},
		// After و, a verb of suffering still names its one victim.
		{"قتل ثلاثة مسلحين وأصيب جندي في اشتباك مع دورية قرب المدينة.", "3", "1"},
		// Strikes counted as the verb's subject: one strike is one
		// event and its toll counts; several sum up many.
		{"وقتلت إحدى القذائف 14 مدنيا في البلدة صباح اليوم.", "14", ""},
		{"وقتلت عدة غارات 14 مدنيا في البلدة صباح اليوم.", "", ""},
		// Victims or lives lost of no number are dead, how many not
		// said; denied, none.
		{"قصفت المدفعية مواقع المسلحين قرب المدينة وكبدتهم خسائر كبيرة في الأرواح.", "?", ""},
		{"سقطت قذيفة هاون على حي سكني في المدينة دون سقوط ضحايا.", "0", ""},
		{"اشتبك الجيش مع المسلحين قرب المدينة ولم تتضح حصيلة الخسائر البشرية.", "?", ""},
		// A count after و and a casualty word of its own is that
		// word's, not the victim's before.
		{"انفجرت عبوة ناسفة في السوق ما أدى إلى مقتل مزارع وعدد من الجرحى.", "1", "?"},
		{"انفجرت عبوة ناسفة في السوق ما أدى إلى مقتل مزارع و4 جرحى.", "1", "4"},
		{"قتل شرطي وأصيب عدد آخر من المارة حين انفجرت عبوة ناسفة قرب السوق.", "1", "?"},
		// A toll with a number says more than one without.
		{"قصفت المدفعية مواقع المسلحين وألحقت بهم خسائر بشرية فادحة، بينها 15 قتيلا.", "15", ""},
		{"اشتبك الجيش مع المسلحين قرب المدينة ولا تزال المعارك مستمرة وسط خسائر بشرية.", "?", ""},
		// A running total after the toll sums up many happenings: the
		// toll before it is this one's, the total no one's.
		{"قتل سبعة مدنيين في قصف مدفعي على البلدة، ليرتفع عدد القتلى منذ بداية الشهر إلى أكثر من 300.", "7", ""},
		{"أسفر قصف مدفعي على البلدة عن مقتل سبعة مدنيين، مما يرفع حصيلة القتلى منذ مطلع العام إلى 90.", "7", ""},
		{"قتل سبعة مدنيين في قصف مدفعي على البلدة، ليرتفع عدد القتلى إلى 90.", "7", ""},
		// A toll since the start of something sums up a span, with or
		// without its date; a superlative before the span ranks this
		// happening in it, whose toll stands.
		{"شنت الطائرات غارات على البلدة أمس، وبلغ عدد القتلى منذ بدء الحملة 200 شخص.", "", ""},
		{"قتل 30 مدنيا في أعنف غارة على البلدة منذ بدء الهدنة.", "30", ""},
		{"قتل 30 مدنيا في أعنف غارة على البلدة منذ عام 2015.", "30", ""},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-02"), hadath.Assault)
		if got := countText(ev.Killed); got != tt.killed {
			t.Errorf("killed(%q) = %q; want %q", tt.text, got, tt.killed)
		}
		if got := countText(ev.Injured); got != tt.injured {
			t.Errorf("injured(%q) = %q; want %q", tt.text, got, tt.injured)
		}
	}
}

// The number before a second casualty verb belongs to the first one: in
// "four gunmen were killed and a policeman wounded" no event counts four
// wounded.
func TestCasualtyVerbsApart(t *testing.T) {
	text := "قتل أربعة مسلحين وأصيب شرطي في اشتباكات مع دورية للشرطة قرب البلدة مساء الجمعة."
	res := run(t, text, "2018-05-02")
	killed := false
	for _, ev := range res.Events {
		if got := countText(ev.Injured); got == "4" {
			t.Errorf("%s %q: injured = %q; want not the dead's four", ev.Type, ev.Trigger.Text, got)
		}
		killed = killed || countText(ev.Killed) == "4"
	}
	if !killed {
		t.Errorf("no event of %q counts four dead", text)
	}
}

// The people an attack's toll counts are its target, and no attackers:
// the counted noun, the party after its من, or the party whose men they
// are.
func TestVictimTarget(t *testing.T) {
	for _, tt := range []struct {
		text, actor, target string
	}{
		{"قتل 12 عنصرا من قوات الأمن العراقية في هجوم شنه مسلحو داعش على قرية قرب كركوك.", "Islamic State", "Iraqi security forces"},
		{"قتل شرطيان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة استهدف دوريتهما في العريش.", "", "Egyptian police officers"},
		// Its men, with a pronoun for the party named before them.
		{"أكد الجيش الباكستاني مقتل أربعة من جنوده في إقليم وزيرستان.", "", "Pakistani military"},
	} {
		ev := only(t, run(t, tt.text, "2018-05-10"), hadath.Assault)
		if got, want := name(ev.Actor)+" > "+name(ev.Target), tt.actor+" > "+tt.target; got != want {
			t.Errorf("Extract(%q): ASSAULT %q; want %q", tt.text, got, want)
		}
	}
}

// A death sentence is no death: the court's words before "بإعدام" make
// it what the accused are sentenced to.
func TestSentencedIsNoToll(t *testing.T) {
	const text = "أصدرت محكمة مصرية حكما بإعدام 20 متهما في قضية تتعلق بالإرهاب."
	for _, ev := range run(t, text, "2018-05-10").Events {
		if ev.Killed != nil {
			t.Errorf("Extract(%q): %s killed %+v; want none", text, ev.Type, ev.Killed)
		}
	}
}

// A word of time order between two attacks of a sentence sets them
// apart: each keeps its own dead.
func TestToldApart(t *testing.T) {
	for _, text := range []string{
		"وجاءت الغارات الجوية على مواقع المسلحين بعد يومين من مقتل خمسة جنود في كمين قرب الحدود.",
		"وشنت الطائرات غارات على مواقع المسلحين ردا على مقتل خمسة جنود في كمين قرب الحدود.",
	} {
		toldApartOnce(t, text)
	}
}

func toldApartOnce(t *testing.T, text string) {
	t.Helper()
	var strikes, ambush int
	for _, ev := range run(t, text, "2018-05-10").Events {
		if ev.Type != hadath.Assault {
			continue
		}
		switch {
		case ev.Killed == nil:
			strikes++
		case ev.Killed.Count != nil && *ev.Killed.Count == 5:
			ambush++
		}
	}
	if strikes != 1 || ambush != 1 {
		t.Errorf("Extract(%q): %d attacks without dead and %d with five; want one of each", text, strikes, ambush)
	}
}

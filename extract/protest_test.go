package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// Protesters the text does not name are the people named nearest the
// protest in its sentence, else those of the scene; they protest at the
// authorities of the scene, or of the state whose forces meet them, in
// their sentence or elsewhere in the story.
func TestExtractProtesters(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"قتل ثلاثة أردنيين برصاص الشرطة خلال مظاهرات قرب السفارة في دمشق.", "Jordanian protesters", "Syrian government"},
		{"وقالت سوريا إن شابين لبنانيين قتلا خلال مظاهرات في مدينة حمص.", "Lebanese protesters", "Syrian government"},
		{"خرجت مظاهرات في بغداد للمطالبة بتحسين الخدمات.", "Iraqi protesters", "Iraqi government"},
		// Met by another state's forces, they protest at that state.
		{"وأطلقت قوات الأمن الهندية النار على مئات الباكستانيين خلال مظاهرات في مدينة لاهور.", "Pakistani protesters", "Indian government"},
		// In front of a state's embassy or consulate, they protest at
		// that state; the crowd named after the verb protests.
		{"تظاهر المئات أمام السفارة الأمريكية في العاصمة عمان يوم الجمعة.", "Jordanian protesters", "US government"},
		{"احتشد عشرات المحتجين أمام القنصلية الإيرانية في البصرة يوم الجمعة.", "Iraqi protesters", "Iranian government"},
		{"تظاهر مئات الأردنيين قرب مبنى البلدية في مدينة الزرقاء مساء الخميس.", "Jordanian protesters", "Jordanian government"},
		// Protests the story tells of as met by another state's force
		// are against that state in its other sentences too; forces only
		// named beside a protest do not make it so.
		{"أصيب فتى فلسطيني بنيران جنود الجيش الإسرائيلي أثناء احتجاج قرب السياج شرقي دير البلح يوم الجمعة.\nوكان مئات الطلاب قد ساروا في مسيرات في رفح يوم 30 مارس للمطالبة بفتح المعبر.", "Palestinian protesters", "Israeli government"},
		{"تظاهر مئات الفلسطينيين في رام الله يوم الجمعة بحضور ضباط من الشرطة الأردنية.\nوكان الآلاف قد شاركوا في مسيرات حاشدة في نابلس يوم 30 مارس الماضي للمطالبة بالإفراج عن الأسرى.", "Palestinian protesters", "Palestinian government"},
	}
	for _, tt := range tests {
		actor, target := lastParties(t, tt.text, "2018-04-12", hadath.Protest)
		if actor != tt.actor || target != tt.target {
			t.Errorf("protest(%q) = %q > %q; want %q > %q", tt.text, actor, target, tt.actor, tt.target)
		}
	}
}

// What protesters storm or burn is a riot, a protest, not an attack.
func TestExtractRiot(t *testing.T) {
	tests := []struct {
		text, typ, method string
	}{
		{"وأحرق متظاهرون غاضبون مقر الحزب في مدينة البصرة.", hadath.Protest, "riot"},
		{"واقتحم المحتجون مبنى البرلمان في بغداد.", hadath.Protest, "riot"},
		{"واقتحمت قوات الأمن مقر الحزب في مدينة البصرة.", "", ""},
	}
	for _, tt := range tests {
		typ, method := "", ""
		for _, ev := range runWith(t, allX.get(t), tt.text, "2018-04-12").Events {
			if ev.Type == hadath.Protest || ev.Type == hadath.Assault && tt.typ == hadath.Protest {
				typ, method = ev.Type, ev.Method
			}
		}
		if typ != tt.typ || method != tt.method {
			t.Errorf("riot(%q) = %s %s; want %s %s", tt.text, typ, method, tt.typ, tt.method)
		}
	}
}

// A noun of protesters names their protest as well as the crowd: a
// headline of a crowd in the streets is a protest, and the crowd
// protests, even beside the attack it denounces.
func TestExtractCrowdNoun(t *testing.T) {
	tests := []string{
		"آلاف المحتجين في شوارع العاصمة للمطالبة برحيل الحكومة",
		"مئات المتظاهرين في هامبورغ تنديدا بالقصف على البلدة الحدودية",
	}
	for _, text := range tests {
		ev := lastOf(run(t, text, "2018-03-10"), hadath.Protest)
		if ev == nil {
			t.Errorf("Extract(%q): no protest; want one", text)
			continue
		}
		if ev.Actor == nil || ev.Actor.Sector != hadath.SectorProtesters {
			t.Errorf("Extract(%q) protest actor = %+v; want the protesters", text, ev.Actor)
		}
	}
}

// People the forces shoot or arrest in a story of their protests are
// protesters, whatever word names them; civilians struck from the air,
// and a group a protest does not make protesters, stay what they are.
func TestCrowdTargets(t *testing.T) {
	tests := []struct {
		text, typ, target string
	}{
		{"تظاهر آلاف الأردنيين قرب مبنى البلدية في مدينة الزرقاء يوم الجمعة. وأطلقت الشرطة الأردنية النار على المتظاهرين وقتلت ثلاثة مواطنين.",
			hadath.Assault, "Jordanian protesters"},
		{"تظاهر آلاف الأردنيين قرب مبنى البلدية في مدينة الزرقاء يوم الجمعة. واعتقلت الشرطة الأردنية عشرين مواطنا في المدينة.",
			hadath.Coerce, "Jordanian protesters"},
		{"تظاهر آلاف اليمنيين في مدينة تعز يوم الجمعة. وقتلت غارة جوية عشرة مدنيين يمنيين في مدينة إب يوم السبت.",
			hadath.Assault, "Yemeni civilians"},
	}
	for _, tt := range tests {
		if got := lastTarget(t, tt.text, "2018-04-12", tt.typ); got != tt.target {
			t.Errorf("target(%q) = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// TestCrowdCountry checks whose protests a story tells: the country of
// the people its protests met by force are of, named twice at least and
// more often than any other's.
func TestCrowdCountry(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"جرح عشرات الشبان الفلسطينيين بنيران الجنود الإسرائيليين أثناء مظاهرات قرب الشريط الحدودي.\nوسقط شابان فلسطينيان برصاص القناصة في مظاهرات جنوب القطاع.\nوتستمر الاحتجاجات عند السياج بين إسرائيل وغزة.", "PS"},
		// Named once, the people may be anyone's.
		{"وسقط شابان فلسطينيان برصاص القناصة في مظاهرات جنوب القطاع.\nوتستمر الاحتجاجات قرب الحدود.", ""},
		// No protest met by force: no crowd.
		{"وتظاهر مئات الفلسطينيين في رام الله.\nوشارك فلسطينيون آخرون في مسيرة في نابلس.", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"})
		if got := dc.crowdCountry(); got != tt.want {
			t.Errorf("crowdCountry(%q) = %q; want %q", tt.text, got, tt.want)
		}
		dc.release()
	}
}

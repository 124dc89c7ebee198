package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// count returns how many events of type typ res holds.
func count(res *hadath.Result, typ string) int {
	n := 0
	for _, ev := range res.Events {
		if ev.Type == typ {
			n++
		}
	}
	return n
}

// Mentions of one happening in one sentence make one event: the deaths an
// attack caused, two words of one statement. The day the claim was made
// gives way to the day of the attack it tells; a warning the lead tells
// without a day keeps none.
func TestExtractSameClause(t *testing.T) {
	tests := []struct {
		text, typ, date string
	}{
		{"أعلنت جماعة مسلحة، الأحد، مسؤوليتها عن إطلاق قذائف على معسكر للجيش في بلدة تلعفر، السبت، ما أسفر عن مقتل سبعة جنود.",
			hadath.Assault, "2018-09-08"},
		{"وحذر رئيس الوزراء من أن فرنسا لن تتساهل مع تهديد الحكومة الإيرانية لأمن أوروبا.",
			hadath.Threaten, ""},
		// The toll first, then the fighting that took it.
		{"قتل شاب برصاص الشرطة ليل السبت، وأصيب ثلاثة آخرون خلال مواجهات قرب نابلس.",
			hadath.Assault, "2018-09-08"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-09-09"), tt.typ)
		if ev.Date != tt.date {
			t.Errorf("Extract(%q): date = %q; want %q", tt.text, ev.Date, tt.date)
		}
	}
}

// An event its sentence does not date happened on the day the lead names.
func TestExtractLeadDate(t *testing.T) {
	const text = "لقاء في عمان\n\nالتقى وزير الخارجية المصري نظيره الأردني في عمان يوم الخميس.\n" +
		"وأدان الوزيران الهجمات على المدنيين في سوريا."
	ev := only(t, run(t, text, "2018-03-10"), hadath.Accuse)
	if ev.Date != "2018-03-08" {
		t.Errorf("date = %q; want %q (the lead's Thursday)", ev.Date, "2018-03-08")
	}
}

// A happening told further on in the story, with no day of its own, is
// not dated by the lead: the text does not say when.
func TestExtractLeadDateNear(t *testing.T) {
	const text = "لقاء في عمان\n\nالتقى وزير الخارجية المصري نظيره الأردني في عمان يوم الخميس.\n" +
		"وبحث الوزيران العلاقات الثنائية بين البلدين.\n" +
		"ويشهد البلدان تعاونا اقتصاديا متزايدا منذ سنوات.\n" +
		"وكانت المعارضة قد نظمت مظاهرات في العاصمة للمطالبة بإصلاحات.\n" +
		"واتهمت منظمة حقوقية السلطات الأردنية بتقييد حرية التعبير."
	res := run(t, text, "2018-03-10")
	if ev := only(t, res, hadath.Accuse); ev.Date != "" {
		t.Errorf("accusation four sentences after the lead: date = %q; want none", ev.Date)
	}
}

// What is only supposed, what a threat threatens, what is denied by a
// bare "نفت", and words that only look like triggers are no events.
func TestExtractNotHappened(t *testing.T) {
	tests := []struct {
		text, typ string
	}{
		{"وقال الرئيس إن الجيش يمكن أن يشن عملية عسكرية ضد المسلحين في أي وقت.", hadath.Assault},
		{"توعد الرئيس الإيراني حسن روحاني اليوم الثلاثاء في خطاب متلفز الجماعات الانفصالية في الإقليم بشن \"ضربات قاسية\" ضد معاقلها.", hadath.Assault},
		{"نفت شركة الكهرباء أن تكون محطتها في البصرة تعرضت لهجوم.", hadath.Reject},
		{"لن تثني الضغوط الحكومة عن خطتها الاقتصادية.", hadath.Support},
		{"وقال إن حق بلاده في المياه الإقليمية لا يقبل الجدل.", hadath.Reject},
		{"وتهدف المسيرات إلى تأكيد تمسك اللاجئين بحقهم في العودة.", hadath.Request},
		{"وقتل الجنود على خطوط التماس مع المتمردين.", hadath.Request},
		{"وتدرس الحكومة الأمريكية فرض عقوبات جديدة على الشركات الإيرانية.", hadath.Sanction},
		{"ويدرس الرئيس سحب القوات الأمريكية من سوريا.", hadath.Retreat},
		// Forces going out to the streets are deployed, not protesting.
		{"ونزلت قوات الجيش إلى شوارع المدينة لفرض حظر التجول.", hadath.Protest},
		// Losses with no force on either side are a market's.
		{"وتكبدت شركات الطيران خسائر كبيرة بسبب الإضراب.", hadath.Assault},
		// An interview given to the press is no meeting.
		{"وأكد المشير السيسي خلال لقاء تلفزيوني مساء الأحد أن حكومته ماضية في خطتها.", hadath.Consult},
		{"وأكد الرئيس في حوار أجرته معه صحيفة محلية أن الانتخابات ستجري في موعدها.", hadath.Consult},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-06-08")
		if n := count(res, tt.typ); n != 0 {
			t.Errorf("Extract(%q): %d events of type %s; want 0", tt.text, n, tt.typ)
		}
	}
}

// A denial names the accusation it denies: the accusation was made.
func TestExtractDeniedAccusation(t *testing.T) {
	res := run(t, "اتهمت بريطانيا روسيا بتسميم الجاسوس، ونفت روسيا بشدة الاتهامات البريطانية.", "2018-03-20")
	for _, ev := range res.Events {
		if ev.Type == hadath.Accuse && ev.Modality != hadath.Asserted {
			t.Errorf("ACCUSE %q: modality = %q; want %q", ev.Trigger.Text, ev.Modality, hadath.Asserted)
		}
	}
}

// What a sentence in the past perfect tells came before the story, on a
// day it does not give: the publication day is no default for it.
func TestExtractPluperfectUndated(t *testing.T) {
	const text = "وكانت الشرطة الأردنية قد اعتقلت ثلاثة ناشطين في مدينة الزرقاء."
	ev := only(t, run(t, text, "2019-02-14"), hadath.Coerce)
	if ev.Date != "" {
		t.Errorf("Extract(%q): date = %q; want none", text, ev.Date)
	}
	const dated = "وكانت الشرطة الأردنية قد اعتقلت ثلاثة ناشطين في مدينة الزرقاء يوم الاثنين."
	if ev := only(t, run(t, dated, "2019-02-14"), hadath.Coerce); ev.Date != "2019-02-11" {
		t.Errorf("Extract(%q): date = %q; want %q", dated, ev.Date, "2019-02-11")
	}
}

// Words said are placed where the text says they were, or in the
// speaker's country; not where the lead's happening took place.
func TestExtractStatementPlace(t *testing.T) {
	const text = "قصفت طائرات حربية مواقع للمسلحين في ريف إدلب يوم الأحد.\n" +
		"ودعا الأمين العام للأمم المتحدة جميع الأطراف إلى وقف القتال."
	ev := only(t, run(t, text, "2018-05-01"), hadath.Request)
	if ev.Location != nil {
		t.Errorf("Extract(%q): request placed in %q; want no place", text, ev.Location.Name)
	}
}

// A happening told right after a dated one, with no day of its own, is
// left undated, as are words said about it further on: the text does not
// say when either took place (the day before was more often another
// happening's).
func TestExtractUndatedAfterDated(t *testing.T) {
	const text = "بغداد\n\nقال مسؤولون إن الوضع في المدينة هادئ.\n" +
		"وشن مسلحون هجوما على حاجز للجيش العراقي في الموصل يوم الخميس.\n" +
		"واعتقلت قوات الأمن العراقية ثلاثة مشتبه بهم في المنطقة.\n" +
		"وأدان رئيس الوزراء العراقي الهجوم."
	res := run(t, text, "2018-03-10")
	for typ, want := range map[string]string{hadath.Assault: "2018-03-08", hadath.Coerce: "", hadath.Accuse: ""} {
		if ev := only(t, res, typ); ev.Date != want {
			t.Errorf("Extract(%q): %s date = %q; want %q", text, typ, ev.Date, want)
		}
	}
}

// The lead's happening with no day of its own is news of the day and
// takes the publication day; one told further down with no day is left
// undated, whatever its type.
func TestExtractNewsOfTheDay(t *testing.T) {
	const text = "اعتقلت الشرطة الكينية خمسة محتجين في نيروبي.\n" +
		"وقال المتحدث باسم الشرطة إن الوضع هادئ.\n" +
		"وطالبت منظمة حقوقية محلية بالإفراج عن المعتقلين."
	res := run(t, text, "2019-07-02")
	for typ, want := range map[string]string{hadath.Coerce: "2019-07-02", hadath.Request: ""} {
		if ev := only(t, res, typ); ev.Date != want {
			t.Errorf("Extract(%q): %s date = %q; want %q", text, typ, ev.Date, want)
		}
	}
}

// A protest noun after a preposition refers to a protest told elsewhere,
// unless a counted crowd takes part in it: then it is this happening.
func TestExtractCrowd(t *testing.T) {
	for _, text := range []string{
		"وشارك المئات في تظاهرة أمام البرلمان.",
		"وشارك آلاف المعلمين في تظاهرة وسط العاصمة.",
	} {
		ev := only(t, run(t, text, "2020-01-20"), hadath.Protest)
		if ev.Modality != hadath.Asserted {
			t.Errorf("Extract(%q).modality = %q; want asserted", text, ev.Modality)
		}
	}
}

// A source that asks not to be named or will not give its name, and one
// that declines to comment, disclose or say more, makes no request and
// refuses nothing that was asked of its side: formulas of news writing.
func TestExtractSourceFormulas(t *testing.T) {
	for _, text := range []string{
		"وأوضح ضابط في الجيش طالبا عدم الكشف عن اسمه أن القافلة بلغت المعبر.",
		"وأكد موظف في الوزارة طلب عدم ذكر اسمه أن الرواتب ستصرف الأسبوع المقبل.",
		"وذكرت ناشطة رفضت الكشف عن اسمها أن الطريق ما زال مغلقا.",
		"وأكد مصدر أمني رفض الإفصاح عن هويته أن المعبر مغلق منذ الصباح.",
		"وقال المتحدث إنه يرفض الإدلاء بتفاصيل قبل انتهاء التحقيق.",
		"وقال الناطق باسم الشرطة الذي رفض ذكر عدد الموقوفين إن التحقيق مستمر.",
	} {
		for _, ev := range run(t, text, "2024-03-10").Events {
			if ev.Type == hadath.Request || ev.Type == hadath.Reject {
				t.Errorf("Extract(%q) = %s %q; want no request or refusal", text, ev.Type, ev.Trigger.Text)
			}
		}
	}
}

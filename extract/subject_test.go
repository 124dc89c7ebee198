package extract

import (
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// TestSubjects checks who is read as the actor of verbs and verbal nouns
// whose subject stands elsewhere or is left unsaid.
func TestSubjects(t *testing.T) {
	cases := []struct {
		text, typ, actor string
	}{
		// The noun after the verb is its object when another word comes
		// first; the subject goes on from the sentence before.
		{"التقى الرئيس الفرنسي إيمانويل ماكرون بالصحفيين في باريس.\nوانتقد بشدة سياسة الحكومة الإيرانية في المنطقة.",
			"ACCUSE", "Emmanuel Macron"},
		// A verbal noun carried by a verb is done by the verb's subject.
		{"وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة.\nوجدد استنكاره للعقوبات الأمريكية على موسكو.",
			"ACCUSE", "Sergey Lavrov"},
		// After أنها with no subject before it, what follows the verb is
		// its object, not its subject.
		{"اتهمت بريطانيا الكرملين بالوقوف وراء الهجوم.\nكما أعلنت أنها طالبت مجلس الأمن بعقد جلسة طارئة.",
			"REQUEST", "United Kingdom"},
		// A verb phrase may hold its subject.
		{"وفرضت واشنطن عقوبات على وزيرين تركيين يوم الأربعاء.", "SANCTION", "United States"},
		// The relative verb of carrying out introduces the doer.
		{"وتستمر الحملة العسكرية التي يقودها الجيش العراقي في صحراء الأنبار.", "ASSAULT", "Iraqi military"},
		// With the article a trigger is a noun, whatever its line allows.
		{"وأكد السفير أن القمة التي سيعقدها حلف الناتو ستتناول النزاع.", "CONSULT", "NATO"},
		// A state named right after a place is part of the place.
		{"وقال الصليب الأحمر إن القصف على جرابلس شمالي سوريا خلف عشرات الضحايا.", "ASSAULT", ""},
		// A verb of executing reads the state before what it executes.
		{"وأعدمت السلطات السعودية مواطنا في الرياض يوم الثلاثاء.", "COERCE", "Saudi authorities"},
		// An arrest nobody is named making: the police of where it was.
		{"وتم اعتقال أربعة أشخاص في مدينة مرسيليا الفرنسية يوم السبت.", "COERCE", "French police"},
	}
	for _, c := range cases {
		res := run(t, c.text, "2018-05-01")
		ev := only(t, res, c.typ)
		got := ""
		if ev.Actor != nil {
			got = ev.Actor.Name
		}
		if got != c.actor {
			t.Errorf("actor of %s in %q = %q; want %q", c.typ, c.text, got, c.actor)
		}
	}
}

// TestSitesStruck reads sites named with a demonym as the forces struck,
// even right after the verb, where a subject would stand.
func TestSitesStruck(t *testing.T) {
	cases := []struct {
		text, actor, target string
	}{
		{"قصفت الطائرات الإسرائيلية مواقع عسكرية إيرانية قرب دمشق يوم الأربعاء.", "Israeli air force", "Iranian military"},
		{"هاجمت طائرات مسيرة القواعد الروسية في الساحل ليل الأحد.", "", "Russian military"},
	}
	for _, c := range cases {
		wantParties(t, c.text, "2018-05-10", hadath.Assault, c.actor, c.target)
	}
}

// wantParties checks the actor and target names of the one event of type
// typ that text, published on pub, gives.
func wantParties(t *testing.T, text, pub, typ, actor, target string) {
	t.Helper()
	ev := only(t, run(t, text, pub), typ)
	if got := name(ev.Actor); got != actor {
		t.Errorf("actor in %q = %q; want %q", text, got, actor)
	}
	if got := name(ev.Target); got != target {
		t.Errorf("target in %q = %q; want %q", text, got, target)
	}
}

// TestNisbaOfObject checks that a nisba ending the name of the one a
// verbal noun touches is that party's, not the doer's: "باعتقال صحفي
// ألماني" is an arrest of a German journalist, not one by Germany.
func TestNisbaOfObject(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"وقامت السلطات التركية باعتقال صحفي ألماني في إسطنبول.", "Turkish authorities", "German journalist"},
		{"وقامت الشرطة البريطانية باحتجاز دبلوماسي روسي في لندن.", "British police", "Russian diplomat"},
	}
	for _, tt := range tests {
		wantParties(t, tt.text, "2018-05-20", hadath.Coerce, tt.actor, tt.target)
	}
}

// Envoys are sent away or called home and sanction no one: the state
// before them sends them away, and their own state, named by the
// demonym after them, is the sanction's target.
func TestSanctionEnvoys(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"قررت تركيا مساء الثلاثاء طرد السفير الإسرائيلي فورا.", "TR", "IL"},
		{"وردت روسيا يوم السبت بطرد دبلوماسيين بريطانيين من موسكو.", "RU", "GB"},
		{"طردت كندا أربعة دبلوماسيين روس يوم الاثنين.", "CA", "RU"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-20"), hadath.Sanction)
		var actor, target string
		if ev.Actor != nil {
			actor = ev.Actor.Country
		}
		if ev.Target != nil {
			target = ev.Target.Country
		}
		if actor != tt.actor || target != tt.target {
			t.Errorf("Extract(%q): actor %q, target %q; want %q, %q", tt.text, actor, target, tt.actor, tt.target)
		}
	}
}

// Defendants are who a court sentences; the participle of accusing
// (متهمين إياها) names no defendants.
func TestDefendants(t *testing.T) {
	const sentenced = "قضت محكمة مصرية الأحد بسجن المتهمين في قضية اقتحام مركز الشرطة."
	if got := lastTarget(t, sentenced, "2018-04-24", hadath.Coerce); got != "Egyptian defendants" {
		t.Errorf("target(%q) = %q; want %q", sentenced, got, "Egyptian defendants")
	}
	const accusing = "هاجم النواب الأردنيون الحكومة الأحد متهمين إياها بالتقصير."
	for _, ev := range run(t, accusing, "2018-04-24").Events {
		for _, a := range []*hadath.Actor{ev.Actor, ev.Target} {
			if a != nil && strings.Contains(a.Name, "efendant") {
				t.Errorf("Extract(%q): %s party %q; want no defendants", accusing, ev.Type, a.Name)
			}
		}
	}
}

// Peoples and groups the generic nouns name are parties of their own
// country, by default that of the people (الإيغور: China).
func TestPeoples(t *testing.T) {
	tests := []struct{ text, typ, target string }{
		{"اعتقلت الشرطة الصينية عشرات الإيغور في مدينة كاشغر يوم الأحد.", hadath.Coerce, "Chinese Uighurs"},
		{"اعتقلت قوات الأمن الأردنية المشتبه بهم في مدينة الزرقاء يوم الأحد.", hadath.Coerce, "Jordanian suspects"},
		{"ودعت المنظمة جميع أطراف النزاع في ليبيا إلى وقف القتال فورا.", hadath.Request, "Libyan warring parties"},
	}
	for _, tt := range tests {
		if got := lastTarget(t, tt.text, "2018-04-24", tt.typ); got != tt.target {
			t.Errorf("target(%q) = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// TestDeedDemonym reads the state named by the adjective of a noun of
// violations as the one accused, at the rules' stage; such a noun with
// no demonym names no one accused.
func TestDeedDemonym(t *testing.T) {
	tests := []struct {
		text, trigger, target string
	}{
		{"وقال الوزير إن الخروقات الإسرائيلية للهدنة مستمرة منذ أسبوع.", "الخروقات", "IL"},
		{"وتحدث التقرير عن انتهاكات إيرانية متكررة للاتفاق.", "انتهاكات", "IR"},
		{"ورصدت اللجنة انتهاكات جديدة في الإقليم.", "انتهاكات", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		_, _, c := proposedAt(t, x, tt.text, tt.trigger, hadath.Accuse)
		if c == nil {
			continue
		}
		got := ""
		if c.target != nil {
			got = c.target.Country
		}
		if got != tt.target {
			t.Errorf("target of %q in %q = %q; want %q", tt.trigger, tt.text, got, tt.target)
		}
	}
}

// TestPartiesRead checks readings of who acts and who is acted on, each
// written for the language, not for one story:
//   - those named with the doer after an event noun strike with it
//     (غارات الجيش والتحالف), as after a verb, and are not struck;
//   - the party after إلى, right after words of accusing, is the one
//     accused, not where the words went;
//   - fighting "between" two sides reads the second past the words that
//     name who backs the first;
//   - a generic party to talks held abroad takes the other party's
//     country, not the venue's;
//   - the state whose mission is closed or whose envoy is sent away,
//     named by the demonym after the trigger, is the one sanctioned;
//   - an aside between commas after the subject and its adjective does
//     not hide the object;
//   - one named before a bare إن that opens the clause of an attack
//     tells of it and does not strike, unless a pronoun takes it back;
//   - the role model does not make the doer of the party the rules read
//     as the one struck (the dead named before the attack);
//   - soldiers counted after a verb of sending are deployed, and are not
//     the deployment's target;
//   - fire opened with the doer between verb and fire is shooting;
//   - the one who judges a deed is not whom it befell;
//   - an ally named with the subject (وحليفتها روسيا) strikes with it.
func TestPartiesRead(t *testing.T) {
	cases := []struct {
		text, typ, actor, target string
	}{
		{"وقال الضابط إن المسلحين كانوا يختبئون من غارات القوات العراقية والتحالف الدولي في المدينة.", hadath.Assault, "Iraqi military", ""},
		{"وتواصلت اشتباكات الجيش والمسلحين في أطراف المدينة.", hadath.Assault, "Military", "Gunmen"},
		{"ووجهت كندا أصابع الاتهام إلى الصين في اختراق حواسيب وزارتها.", hadath.Accuse, "Canada", "China"},
		{"ووجه الوزير انتقادات حادة إلى إيران بسبب سياساتها في المنطقة.", hadath.Accuse, "", "Iran"},
		{"واندلعت منذ الفجر معارك بين المسلحين الحوثيين الموالين لإيران ووحدات الجيش اليمني.", hadath.Assault, "Houthis", "Yemeni National Army"},
		{"وقال المبعوث إن المحادثات بين الحكومة اليمنية والمتمردين بدأت في جنيف.", hadath.Consult, "Yemeni government", "Yemeni rebels"},
		{"وقررت بيلاروسيا إغلاق القنصلية البولندية في غرودنو.", hadath.Sanction, "Belarus", "Polish government"},
		{"وأعلنت الخارجية إغلاق القنصلية البولندية في المدينة.", hadath.Sanction, "", "Polish government"},
		{"واتهمت منظمة حقوقية محلية، في بيان أصدرته أمس، ميليشيا الحوثي بتجنيد الأطفال.", hadath.Accuse, "Human rights group", "Houthis"},
		{"وذكرت وزارة الدفاع الروسية أن إطلاق القذائف على الأحياء الشرقية للعاصمة استمر طوال الليل.", hadath.Assault, "", ""},
		{"وأكد الجيش التركي أن قواته قتلت 40 مسلحا من حزب العمال الكردستاني.", hadath.Assault, "Turkish military", "Kurdistan Workers' Party"},
		{"وقتل جنديان تركيان في هجوم لمسلحين أكراد قرب الحدود.", hadath.Assault, "Kurdish fighters", "Turkish soldiers"},
		{"ونشرت بريطانيا 400 جندي في إستونيا.", hadath.Mobilize, "British military", ""},
		{"وفتح مسلحون مجهولون النار على سيارة القاضي قرب منزله.", hadath.Assault, "Unknown assailants", ""},
		{"ولقي شابان حتفهما بعد إطلاق جنود من الجيش الإسرائيلي النار باتجاه سيارتهما.", hadath.Assault, "Israeli military", ""},
		{"واعتقلت الشرطة الفرنسية رجلا يشتبه في تورطه في الهجوم على الكنيسة.", hadath.Assault, "", ""},
		{"وطردت الحكومة الإكوادورية السفير الأمريكي متهمة إياه بالتدخل في شؤونها الداخلية.", hadath.Accuse, "Ecuadorian government", "US ambassador"},
		{"وطردت الحكومة الإكوادورية السفير الأمريكي، متهمة إياه بالتدخل في شؤونها الداخلية.", hadath.Accuse, "Ecuadorian government", "US ambassador"},
		{"وقدمت الإمارات مساعدات طبية وغذائية لسكان جزيرة سقطرى.", hadath.Aid, "United Arab Emirates", "Yemeni residents"},
		{"ووصفت هيومن رايتس ووتش حملة القمع التي تنفذها الشرطة الأردنية ضد النقابيين بالممنهجة.", hadath.Coerce, "", ""},
		{"وقصفت القوات الحكومية وحليفتها روسيا مواقع المعارضة في إدلب.", hadath.Assault, "Syrian government forces", "Syrian opposition"},
	}
	for _, c := range cases {
		wantParties(t, c.text, "2018-05-10", c.typ, c.actor, c.target)
	}
}

// TestQuotedPlace places a happening at a name in quotation marks after
// a preposition or a place noun (في مديرية "باقم").
func TestQuotedPlace(t *testing.T) {
	cases := []struct {
		text, place string
	}{
		{"ضربت المدفعية تحصينات المتمردين في محافظة \"صعدة\" مساء الخميس.", "Sa'dah"},
		{"قصفت الطائرات مواقع المسلحين في «حلب» أمس.", "Aleppo"},
	}
	for _, c := range cases {
		ev := only(t, run(t, c.text, "2018-05-10"), hadath.Assault)
		if got := placeName(ev.Location); got != c.place {
			t.Errorf("place in %q = %q; want %q", c.text, got, c.place)
		}
	}
}

// TestAllyLink checks the words that join an ally to the party before
// it: و with a noun of alliance and its pronoun, the hamza of a plural on
// any seat; not the noun without و, nor another noun.
func TestAllyLink(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"وحليفتها", true},
		{"وشريكه", true},
		{"وحلفاؤها", true},
		{"وحلفائه", true},
		{"وشركاءها", true},
		{"حليفتها", false},
		{"وجيرانها", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.word})
		if got := dc.allyLink(0); got != tt.want {
			t.Errorf("allyLink(%q) = %v; want %v", tt.word, got, tt.want)
		}
		dc.release()
	}
}

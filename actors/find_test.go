package actors

import (
	"sync"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

var (
	testDictOnce sync.Once
	testDict     *Dict
	testDictErr  error
)

// dict returns the embedded dictionary, loaded once for all tests.
func dict(t testing.TB) *Dict {
	t.Helper()
	testDictOnce.Do(func() { testDict, testDictErr = Load() })
	if testDictErr != nil {
		t.Fatalf("Load() = %v", testDictErr)
	}
	return testDict
}

// want is an expected mention: its text and the fields of its actor.
type want struct {
	text, name, country, sector, kind string
	generic                           bool
}

func (w want) matches(m Mention) bool {
	a := m.Actor
	return a.Span != nil && a.Span.Text == w.text && a.Name == w.name && a.Country == w.country &&
		a.Sector == w.sector && a.Kind == w.kind && a.Generic == w.generic
}

// findCase runs Find on src and checks that each wanted mention is
// found, and that no mention covers a text listed in absent.
type findCase struct {
	src    string
	want   []want
	absent []string
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	d := dict(t)
	a := ar.NewAnalyzer()
	for _, c := range cases {
		ms := d.Find(a.Analyze(c.src))
		for _, w := range c.want {
			found := false
			for _, m := range ms {
				if w.matches(m) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("Find(%q) has no %+v; got %s", c.src, w, describe(ms))
			}
		}
		for _, text := range c.absent {
			for _, m := range ms {
				if m.Actor.Span.Text == text {
					t.Errorf("Find(%q) = %s; want no mention %q", c.src, describe(ms), text)
				}
			}
		}
	}
}

func describe(ms []Mention) string {
	s := "["
	for i, m := range ms {
		if i > 0 {
			s += "; "
		}
		a := m.Actor
		s += a.Span.Text + " → " + a.Name + " " + a.Country + " " + a.Sector + " " + a.Kind
		if a.Generic {
			s += " generic"
		}
	}
	return s + "]"
}

func TestFindNamed(t *testing.T) {
	runFindCases(t, []findCase{
		{src: "ودعت واشنطن حلفاءها الأوروبيين إلى الحزم.",
			want: []want{{"حلفاءها الأوروبيين", "European governments", "", "government", "ORG", false}}},
		{src: "وانتقدت الدول الغربية القرار الروسي.",
			want: []want{{"الدول الغربية", "Western governments", "", "government", "ORG", false}}},
		{src: "وطالب البرلمان العربي بوقف الحرب.",
			want: []want{{"البرلمان العربي", "Arab Parliament", "", "igo", "ORG", false}}},
		{src: "وحذر مفوض الأمم المتحدة السامي لحقوق الإنسان من العنف.",
			want: []want{{"مفوض الأمم المتحدة السامي لحقوق الإنسان", "Office of the UN High Commissioner for Human Rights", "", "igo", "ORG", false}}},
		{src: "تبنت حركة طالبان الباكستانية الهجوم.",
			want: []want{{"حركة طالبان الباكستانية", "Pakistani Taliban", "PK", "armed_group", "ORG", false}}},
		// A person named in full goes on by the last word of the name.
		{src: "زار الرئيس التركي المعارض أنور إبراهيم في منزله.\nوقال إبراهيم إن اللقاء كان وديا.",
			want: []want{{"إبراهيم", "Anwar Ibrahim", "MY", "party", "PER", false}}},
		// Not by a name after بن: that is a father's.
		{src: "وصل الأمير محمد بن سلمان إلى الميناء صباحا.\nوأبلغ سلمان مرافقيه بنجاح الجولة.",
			absent: []string{"سلمان"}},
		{src: "أعلنت حركة حماس مسؤوليتها عن العملية.",
			want: []want{{"حركة حماس", "Hamas", "PS", "armed_group", "ORG", false}}},
		{src: "وقال الحوثيون إنهم أطلقوا صاروخا.",
			want: []want{{"الحوثيون", "Houthis", "YE", "armed_group", "ORG", false}}},
		{src: "وتبنى تنظيم الدولة الإسلامية الهجوم بحسب رويترز.",
			want: []want{{"تنظيم الدولة الإسلامية", "Islamic State", "", "armed_group", "ORG", false},
				{"رويترز", "Reuters", "GB", "media", "ORG", false}}},
		{src: "تقدمت قوات سوريا الديمقراطية نحو القرية.",
			want:   []want{{"قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SY", "armed_group", "ORG", false}},
			absent: []string{"قوات سوريا"}},
		{src: "هاجم مقاتلو الجيش السوري الحر البلدة.",
			want: []want{{"مقاتلو الجيش السوري الحر", "Free Syrian Army", "SY", "armed_group", "ORG", false}}},
		{src: "ردت واشنطن على تصريحات طهران.",
			want: []want{{"واشنطن", "United States", "US", "government", "GPE", false},
				{"طهران", "Iran", "IR", "government", "GPE", false}}},
		// A hyphen glued to two words of a name joins them.
		{src: "اجتمع كيم جونغ-أون والرئيس مون جاي-إن في المنطقة الحدودية.",
			want: []want{{"كيم جونغ-أون", "Kim Jong Un", "KP", "government", "PER", false},
				{"الرئيس مون جاي-إن", "Moon Jae-in", "KR", "government", "PER", false}}},
		{src: "نشر وسم #حزب_الله على الشبكات",
			want: []want{{"حزب_الله", "Hezbollah", "LB", "armed_group", "ORG", false}}},
		{src: "فرضت العقوبات على معهد \"مبنى\" في طهران.",
			want: []want{{"معهد \"مبنى", "Mabna Institute", "IR", "business", "ORG", false}}},
		{src: "قال السوداني إن الحكومة ماضية في الإصلاح.",
			want: []want{{"السوداني", "Mohammed Shia al-Sudani", "IQ", "government", "PER", false}}},
		{src: "التقى أردوغان وترامب في القمة.",
			want: []want{{"أردوغان", "Recep Tayyip Erdogan", "TR", "government", "PER", false},
				{"ترامب", "Donald Trump", "US", "government", "PER", false}}},
		// Persons of the news of 2018 (tenth round).
		{src: "واعتقلت قوات ليبية هشام عشماوي قرب درنة.",
			want: []want{{"هشام عشماوي", "Hisham Ashmawi", "EG", "armed_group", "PER", false}}},
		{src: "وطالبت خديجة جنكيز بتحقيق دولي.",
			want: []want{{"خديجة جنكيز", "Hatice Cengiz", "TR", "civilians", "PER", false}}},
		{src: "قال كاميرون إن الكاميرون شريك مهم.",
			want: []want{{"كاميرون", "David Cameron", "GB", "government", "PER", false},
				{"الكاميرون", "Cameroon", "CM", "government", "GPE", false}}},
	})
}

func TestFindNamedRejects(t *testing.T) {
	runFindCases(t, []findCase{
		// A name that is also a demonym is an adjective after a definite noun.
		{src: "خرج الشعب السوداني إلى الشوارع.",
			want:   []want{{"الشعب السوداني", "Sudanese people", "SD", "civilians", "ORG", true}},
			absent: []string{"السوداني"}},
		// A state after one whose name begins with a hamza on alef (ألمانيا)
		// follows no article: it is a party of its own.
		{src: "وطالبت بريطانيا وفرنسا وألمانيا السعودية بتقديم تفسير.",
			want: []want{{"السعودية", "Saudi Arabia", "SA", "government", "GPE", false}}},
		// So is it after a counterpart, made definite by its pronoun.
		{src: "واجتمع الرئيس التشادي بنظيره السوداني عمر البشير في نجامينا.", absent: []string{"السوداني"}},
		// The article must agree: القطر (the diameter) is not قطر.
		{src: "يبلغ نصف القطر مترين.", absent: []string{"القطر"}},
		// So must a name's last word that has it: "روسيا يوم الأحد" is
		// Russia on Sunday, not the channel روسيا اليوم.
		{src: "وردت روسيا يوم الأحد على الاتهامات.",
			want:   []want{{"روسيا", "Russia", "RU", "government", "GPE", false}},
			absent: []string{"روسيا يوم"}},
		{src: "وذكرت قناة روسيا اليوم أن المحادثات انتهت.",
			want: []want{{"قناة روسيا اليوم", "RT", "RU", "media", "ORG", false}}},
		// Weak aliases need a title or a generic noun before them.
		{src: "كان الجو هادي اليوم.", absent: []string{"هادي"}},
		// A blocking phrase hides the names inside it.
		{src: "سقطت الصواريخ على قاعدة عين الأسد الجوية.", absent: []string{"الأسد"}},
		// Short Latin names must be written in capitals.
		{src: "this is us", absent: []string{"is", "us"}},
		// A name that reads as a noun in the dual is that noun when a
		// dual adjective agrees with it: two students, not the Taliban.
		{src: "نجح طالبان مصريان في المسابقة.", absent: []string{"طالبان"}},
		{src: "هاجمت طالبان الأمريكيين.",
			want: []want{{"طالبان", "Taliban", "AF", "armed_group", "ORG", false}}},
	})
}

func TestFindGeneric(t *testing.T) {
	runFindCases(t, []findCase{
		// One person of a country: a man, a journalist; a man of religion
		// or of business is a cleric or a businessman, and a man of no
		// country named is no party.
		// A nisba written with a hamza on its alef (ألماني) has no
		// article, and agrees with an indefinite noun.
		{src: "وقال مسؤول ألماني إن الحكومة سترد.",
			want: []want{{"مسؤول ألماني", "German official", "DE", "government", "PER", true}}},
		{src: "وأصيب جنديان ألمانيان في الانفجار.",
			want: []want{{"جنديان ألمانيان", "German soldiers", "DE", "military", "ORG", true}}},
		// Kurdish forces belong to no state by their name.
		{src: "وتقدمت القوات الكردية نحو القرية.",
			want: []want{{"القوات الكردية", "Kurdish forces", "", "armed_group", "ORG", true}}},
		// The occupation's fire is Israel's forces.
		{src: "استشهد شاب برصاص الاحتلال قرب السياج.",
			want: []want{{"رصاص الاحتلال", "Israeli military", "IL", "military", "ORG", true}}},
		{src: "اعتقلت الشرطة رجلا ليبيا في المطار.",
			want: []want{{"رجلا ليبيا", "Libyan man", "LY", "civilians", "PER", true}}},
		{src: "أفرجت السلطات عن الصحفي الأسترالي بعد عامين.",
			want: []want{{"الصحفي الأسترالي", "Australian journalist", "AU", "media", "PER", true}}},
		{src: "وهدد رجل الدين الإيراني بتدمير المدينة.",
			want: []want{{"رجل الدين الإيراني", "Iranian cleric", "IR", "civilians", "PER", true}}},
		{src: "وقال رجل في السوق إن الأسعار ارتفعت.", absent: []string{"رجل"}},
		// Some "of" a force or group (من) are that force or group.
		{src: "هاجم مسلحون من حركة الشباب قاعدة عسكرية.",
			want: []want{{"مسلحون من حركة الشباب", "Al-Shabaab", "SO", "armed_group", "ORG", false}}},
		{src: "اشتبك عناصر من الشرطة العراقية مع المهربين.",
			want: []want{{"عناصر من الشرطة العراقية", "Iraqi police", "IQ", "police", "ORG", true}}},
		{src: "وصل مسلحون من الكونغو إلى الحدود.", absent: []string{"مسلحون من الكونغو"}},
		// مسؤول before عن is "responsible for", no official; alone, an
		// official of the country after it.
		{src: "وكان المدعي العام مسؤولا عن القضية الأمريكية.", absent: []string{"مسؤولا"}},
		{src: "وقال مسؤول أمريكي إن المحادثات مستمرة.",
			want: []want{{"مسؤول أمريكي", "US official", "US", "government", "PER", true}}},
		// Activists, one or many, of a country named after them.
		{src: "اعتقلت الشرطة ناشطا مصريا في المطار.",
			want: []want{{"ناشطا مصريا", "Egyptian activist", "EG", "civilians", "PER", true}}},
		{src: "أفرجت السلطات عن ناشطات سعوديات.",
			want: []want{{"ناشطات سعوديات", "Saudi activists", "SA", "civilians", "ORG", true}}},
		{src: "انسحبت القوات الأمريكية من القاعدة.",
			want: []want{{"القوات الأمريكية", "US military", "US", "military", "ORG", true}}},
		{src: "قصف الجيش السوري البلدة.",
			want: []want{{"الجيش السوري", "Syrian military", "SY", "military", "ORG", true}}},
		{src: "تقدمت قوات النظام السوري ثم قوات النظام.",
			want: []want{{"قوات النظام السوري", "Syrian military", "SY", "military", "ORG", true},
				{"قوات النظام", "Syrian military", "SY", "military", "ORG", true}}},
		// A plural nisba of the broken kind, in the accusative too.
		{src: "طردت الحكومة عشرة دبلوماسيين روسا.",
			want: []want{{"دبلوماسيين روسا", "Russian diplomats", "RU", "government", "ORG", true}}},
		// A warplane, a drone or a tank of a country named after it
		// stands for that country's forces, which it strikes with or
		// which lose it; with no country it is no party.
		{src: "أسقطت الدفاعات الجوية طائرة حربية هندية فوق الحدود.",
			want: []want{{"طائرة حربية هندية", "Indian warplane", "IN", "military", "ORG", true}}},
		{src: "قصفت طائرة مسيرة أمريكية سيارة في الصحراء.",
			want: []want{{"طائرة مسيرة أمريكية", "US drone", "US", "military", "ORG", true}}},
		{src: "وشوهدت مروحية فوق الوادي.", absent: []string{"مروحية"}},
		{src: "هاجم مسلحون في العراق قافلة.",
			want: []want{{"مسلحون", "Gunmen in Iraq", "IQ", "armed_group", "ORG", true},
				{"العراق", "Iraq", "IQ", "government", "GPE", false}}},
		// Unions and professional associations, of the country after
		// them.
		{src: "دعت النقابات المهنية الأردنية إلى إضراب عام.",
			want: []want{{"النقابات المهنية الأردنية", "Jordanian professional associations", "JO", "other", "ORG", true}}},
		{src: "نددت نقابة الصحفيين المصرية بالقرار.",
			want: []want{{"نقابة الصحفيين المصرية", "Egyptian journalists' union", "EG", "other", "ORG", true}}},
		{src: "اعتقلت الشرطة العراقية المشتبه به.",
			want: []want{{"الشرطة العراقية", "Iraqi police", "IQ", "police", "ORG", true}}},
		{src: "قال مسؤولان أمريكيان إن الهجوم فشل.",
			want: []want{{"مسؤولان أمريكيان", "US officials", "US", "government", "ORG", true}}},
		{src: "رحبت الحكومة العراقية بالقرار.",
			want: []want{{"الحكومة العراقية", "Iraqi government", "IQ", "government", "ORG", true}}},
		// A nisba spelt both ways: نمساوي and نمسوي.
		{src: "رفضت الحكومة النمسوية الطلب.",
			want: []want{{"الحكومة النمسوية", "Austrian government", "AT", "government", "ORG", true}}},
		{src: "قالت وزارة الدفاع الروسية إن طائراتها عادت.",
			want: []want{{"وزارة الدفاع الروسية", "Russian Ministry of Defence", "RU", "military", "ORG", false}}},
		{src: "انتشرت قوات الأمن العراقية في المدينة.",
			want: []want{{"قوات الأمن العراقية", "Iraqi security forces", "IQ", "police", "ORG", true}}},
		// A noun with the article governs no noun after it: the demonym
		// after the second is the second's.
		{src: "وقضت محكمة أمن الدولة الأردنية بسجن المتهمين.",
			want: []want{{"محكمة أمن الدولة الأردنية", "Jordanian State Security Court", "JO", "government", "ORG", true}}},
		{src: "وانتقد النواب الحكومة الهولندية بشدة.",
			want: []want{{"النواب", "Lawmakers", "", "party", "ORG", true},
				{"الحكومة الهولندية", "Dutch government", "NL", "government", "ORG", true}}},
		{src: "وطالب مشرعون أمريكيون بفرض عقوبات.",
			want: []want{{"مشرعون أمريكيون", "US lawmakers", "US", "party", "ORG", true}}},
		// The adjective after a word with a preposition is that word's:
		// the ministry here has no country, and the president is Egypt's.
		{src: "والتقى وزير الخارجية بالرئيس المصري عبد الفتاح السيسي.",
			want: []want{{"الرئيس المصري عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "EG", "government", "PER", false}}},
		{src: "أطلق جيش الاحتلال الإسرائيلي النار، ثم اقتحمت قوات الاحتلال البلدة.",
			want: []want{{"جيش الاحتلال الإسرائيلي", "Israeli military", "IL", "military", "ORG", true},
				{"قوات الاحتلال", "Israeli military", "IL", "military", "ORG", true}}},
		{src: "نددت الجماعة بوجود قوات الاحتلال الأمريكية.",
			want: []want{{"قوات الاحتلال الأمريكية", "US military", "US", "military", "ORG", true}}},
		{src: "استعادت قوات الأسد السيطرة على المدينة.",
			want: []want{{"قوات الأسد", "Syrian military", "SY", "military", "ORG", true}}},
		{src: "فجر عناصر داعش سيارة، وقصفت ميليشيات الحوثي الحي.",
			want: []want{{"عناصر داعش", "Islamic State", "", "armed_group", "ORG", false},
				{"ميليشيات الحوثي", "Houthis", "YE", "armed_group", "ORG", false}}},
		{src: "أعلن تنظيم \"داعش\" مسؤوليته.",
			want: []want{{"تنظيم \"داعش", "Islamic State", "", "armed_group", "ORG", false}}},
		{src: "قتل ثلاثة فلسطينيين في القصف.",
			want: []want{{"فلسطينيين", "Palestinian civilians", "PS", "civilians", "ORG", true}}},
		{src: "قالت الحكومة إن حكومة جديدة ستتشكل.",
			want:   []want{{"الحكومة", "Government", "", "government", "ORG", true}},
			absent: []string{"حكومة"}},
		{src: "واتهم الجيش روسيا بالتصعيد.",
			want: []want{{"الجيش", "Military", "", "military", "ORG", true},
				{"روسيا", "Russia", "RU", "government", "GPE", false}},
			absent: []string{"الجيش روسيا"}},
		{src: "قتل جنديان إسرائيليان في الانفجار.",
			want: []want{{"جنديان إسرائيليان", "Israeli soldiers", "IL", "military", "ORG", true}}},
		// Sites struck stand for the forces of the state a demonym
		// names, or of the group they belong to; alone, or placed with
		// في, they are no party.
		{src: "قصفت الطائرات مواقع عسكرية إيرانية قرب المطار.",
			want: []want{{"مواقع عسكرية إيرانية", "Iranian military", "IR", "military", "ORG", true}}},
		{src: "استهدفت المدفعية مواقع داعش غرب المدينة.",
			want: []want{{"مواقع داعش", "Islamic State", "", "armed_group", "ORG", false}}},
		{src: "أطلقت الجماعة صواريخ على مواقع في السعودية.",
			want:   []want{{"السعودية", "Saudi Arabia", "SA", "government", "GPE", false}},
			absent: []string{"مواقع"}},
		{src: "انتشر المقطع على مواقع التواصل.", absent: []string{"مواقع"}},
	})
}

func TestFindTitles(t *testing.T) {
	runFindCases(t, []findCase{
		// After ل, people are whom an office speaks to.
		{src: "وصرح الوزير للصحفيين بأن الحكومة سترد.", absent: []string{"الوزير للصحفيين"}},
		{src: "قال رئيس الوزراء العراقي محمد شياع السوداني إن البلاد آمنة.",
			want: []want{{"رئيس الوزراء العراقي محمد شياع السوداني", "Mohammed Shia al-Sudani", "IQ", "government", "PER", false}}},
		{src: "وصل وزير الخارجية الإيراني إلى بغداد.",
			want: []want{{"وزير الخارجية الإيراني", "Iranian Foreign Minister", "IR", "government", "PER", true}}},
		{src: "التقى وزير خارجية إيران نظيره.",
			want: []want{{"وزير خارجية إيران", "Iranian Foreign Minister", "IR", "government", "PER", true}}},
		{src: "ألقى الأمين العام لحزب الله حسن نصر الله خطابا.",
			want: []want{{"الأمين العام لحزب الله حسن نصر الله", "Hassan Nasrallah", "LB", "armed_group", "PER", false}}},
		{src: "هدد الأمين العام لحزب الله بالرد.",
			want: []want{{"الأمين العام لحزب الله", "Hezbollah Secretary-General", "LB", "armed_group", "PER", true}}},
		{src: "قال المتحدث باسم الجيش الإسرائيلي إن الصاروخ سقط.",
			want: []want{{"المتحدث باسم الجيش الإسرائيلي", "Israeli military spokesman", "IL", "military", "PER", true}}},
		{src: "أعلن الرئيس الأمريكي، دونالد ترامب، الانسحاب.",
			want: []want{{"الرئيس الأمريكي، دونالد ترامب", "Donald Trump", "US", "government", "PER", false}}},
		{src: "كتب وزير الخارجية الأمريكي السابق ريكس تيلرسون مقالا.",
			want: []want{{"وزير الخارجية الأمريكي السابق ريكس تيلرسون", "Rex Tillerson", "US", "government", "PER", false}}},
		{src: "استقبل الرئيس هادي السفير.",
			want: []want{{"الرئيس هادي", "Abdrabbuh Mansur Hadi", "YE", "government", "PER", false}}},
		// A name of one word that goes on with a family name is someone
		// else's.
		{src: "استقبل الرئيس هادي الحسيني السفير.", absent: []string{"الرئيس هادي"}},
		{src: "دعا المرشد الأعلى إلى الوحدة.",
			want: []want{{"المرشد الأعلى", "Iranian Supreme Leader", "IR", "government", "PER", true}}},
		{src: "استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد.",
			want: []want{{"ولي العهد السعودي الأمير محمد بن سلمان", "Mohammed bin Salman", "SA", "government", "PER", false}}},
		{src: "قال الرئيس إن الوضع هادئ.", absent: []string{"الرئيس"}},
		// An office given its country, then another office with a
		// country of its own: two people, not one.
		{src: "استقبل ولي العهد السعودي الرئيس الفرنسي إيمانويل ماكرون.",
			want: []want{{"ولي العهد السعودي", "Saudi Crown Prince", "SA", "government", "PER", true},
				{"الرئيس الفرنسي إيمانويل ماكرون", "Emmanuel Macron", "FR", "government", "PER", false}}},
		{src: "التقى العاهل الأردني الرئيس الفلسطيني محمود عباس.",
			want:   []want{{"الرئيس الفلسطيني محمود عباس", "Mahmoud Abbas", "PS", "government", "PER", false}},
			absent: []string{"العاهل الأردني الرئيس الفلسطيني محمود عباس"}},
		// A rank between the office and the name stays in the mention.
		{src: "أعلن قائد الجيش الليبي المشير خليفة حفتر بدء الهجوم.",
			want: []want{{"قائد الجيش الليبي المشير خليفة حفتر", "Khalifa Haftar", "LY", "military", "PER", false}}},
		// A definite title governs no noun after its adjective: the
		// government is the object of the verb, not the minister's.
		{src: "انتقد الوزير المصري الحكومة الإسرائيلية.",
			want:   []want{{"الوزير المصري", "Egyptian minister", "EG", "government", "PER", true}},
			absent: []string{"الوزير المصري الحكومة الإسرائيلية"}},
	})
}

// A common noun for one person, a comma or not, then a known person's
// name: one mention, the person, spanning both. A name after a
// conjunction, or of another country than the noun's, is a second party.
func TestFindApposition(t *testing.T) {
	runFindCases(t, []findCase{
		{src: "اعتقلت الشرطة رجل الدين التركي، فتح الله غولن، في مطار إسطنبول.",
			want:   []want{{"رجل الدين التركي، فتح الله غولن", "Fethullah Gulen", "TR", "other", "PER", false}},
			absent: []string{"رجل الدين التركي"}},
		{src: "انتقد رجل الدين العراقي مقتدى الصدر الحكومة.",
			want:   []want{{"رجل الدين العراقي مقتدى الصدر", "Muqtada al-Sadr", "IQ", "party", "PER", false}},
			absent: []string{"رجل الدين العراقي"}},
		{src: "التقى رجل دين عراقي وعمار الحكيم في النجف.",
			absent: []string{"رجل دين عراقي وعمار الحكيم"}},
		{src: "انتقد رجل الدين الإيراني مقتدى الصدر.",
			absent: []string{"رجل الدين الإيراني مقتدى الصدر"}},
	})
}

// An office named again with the same words, after its holder's name was
// given, is that holder; a former holder, or an indefinite "a president",
// is not.
func TestFindDescription(t *testing.T) {
	runFindCases(t, []findCase{
		{src: "التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره العماني. ثم غادر وزير الخارجية الإيراني مسقط.",
			want: []want{{"وزير الخارجية الإيراني", "Mohammad Javad Zarif", "IR", "government", "PER", false}}},
		{src: "زار وزير الخارجية الأمريكي السابق ريكس تيلرسون بغداد. وقال وزير الخارجية الأمريكي إن الزيارة مفيدة.",
			want: []want{{"وزير الخارجية الأمريكي", "US Foreign Minister", "US", "government", "PER", true}}},
	})
	const src = "قال الرئيس الأمريكي دونالد ترامب إنه أول رئيس أمريكي يزور المدينة."
	ms := dict(t).Find(ar.NewAnalyzer().Analyze(src))
	found := false
	for _, m := range ms {
		if m.Actor.Span.Text == "رئيس أمريكي" {
			found = true
			if !m.Actor.Generic {
				t.Errorf("Find(%q) = %s; want رئيس أمريكي generic", src, describe(ms))
			}
		}
	}
	if !found {
		t.Errorf("Find(%q) = %s; want a mention رئيس أمريكي", src, describe(ms))
	}
}

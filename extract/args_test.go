package extract

import (
	"cmp"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// placeName returns the English name of a place, or "" for none.
func placeName(p *hadath.Place) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// The syntax and discourse rules that find who did what to whom, and
// where: each case is an invented text, the event it holds, and one of
// its arguments. The events are read whatever their confidence: what is
// tested is the reading of the arguments, not the floor.
func TestExtractParties(t *testing.T) {
	tests := []struct {
		what, text, typ, arg, want string
	}{
		{
			"a day between commas does not cut the verb from its subject",
			"أعلنت السلطات الكويتية، الأحد، اعتقال 9 أشخاص بتهمة تهريب الأسلحة.",
			hadath.Coerce, "actor", "Kuwaiti authorities",
		},
		{
			"killed by the fire of a force: the force is the actor",
			"قتل فلسطينيان برصاص الجيش الإسرائيلي قرب مدينة نابلس.",
			hadath.Assault, "actor", "Israeli military",
		},
		{
			"a patrol with its country is a force, the target of a passive attack",
			"تعرضت دورية بريطانية لهجوم بقذائف الهاون جنوب البصرة.",
			hadath.Assault, "target", "British patrol",
		},
		{
			"the subject of the passive of اغتال is the one killed",
			"واغتيل جنود أتراك في كمين قرب الحدود.",
			hadath.Assault, "target", "Turkish soldiers",
		},
		{
			"بين A و B: the first party",
			"وعقدت محادثات بين ترامب والرئيس الروسي فلاديمير بوتين في هلسنكي.",
			hadath.Consult, "actor", "Donald Trump",
		},
		{
			"بين A و B: the second party",
			"وعقدت محادثات بين ترامب والرئيس الروسي فلاديمير بوتين في هلسنكي.",
			hadath.Consult, "target", "Vladimir Putin",
		},
		{
			"warplanes that raid (أغارت) strike what they raid",
			"أغارت مقاتلات روسية فجر الأحد على مواقع لجبهة النصرة في ريف إدلب.",
			hadath.Assault, "target", "Al-Nusra Front",
		},
		{
			"a counterpart after an event noun is its other side, not its doer",
			"وصلت وزيرة الخارجية السويدية إلى موسكو للقاء نظيرها الروسي.",
			hadath.Consult, "target", "Sergey Lavrov",
		},
		{
			"the doer of an event noun with a counterpart is the sentence's subject",
			"وصلت وزيرة الخارجية السويدية إلى موسكو للقاء نظيرها الروسي.",
			hadath.Consult, "actor", "Swedish Foreign Minister",
		},
		{
			"whom one sets out for a place to meet (ل of purpose) is the other side",
			"سافر رئيس الوزراء الأردني إلى دافوس فجر الاثنين للقاء دونالد ترامب.",
			hadath.Consult, "target", "Donald Trump",
		},
		{
			"who sets out for a place to meet is the one who meets",
			"سافر رئيس الوزراء الأردني إلى دافوس فجر الاثنين للقاء دونالد ترامب.",
			hadath.Consult, "actor", "Jordanian Prime Minister",
		},
		{
			"an office with its country already is not the office of a state after ل",
			"وتشمل زيارة الرئيس الفرنسي للجزائر لقاءات مع رجال الأعمال.",
			hadath.Consult, "actor", "French president",
		},
		{
			"السوداني alone is an adjective, not the surname of an Iraqi premier",
			"واجتمع الرئيس التشادي بنظيره السوداني عمر البشير في نجامينا.",
			hadath.Consult, "target", "Omar al-Bashir",
		},
		{
			"an attack noun before the verb is its subject: the party after is struck",
			"وأورد بيان عسكري أن غارة جوية قتلت ستة مسلحين من حزب العمال الكردستاني قرب قنديل.",
			hadath.Assault, "target", "Kurdistan Workers' Party",
		},
		{
			"a noun with its adjective has closed its construct: the party after is no doer",
			"وذكر مسؤولون أن قصفا مدفعيا أصاب مقاتلين من حزب العمال الكردستاني قرب الحدود.",
			hadath.Assault, "actor", "",
		},
		{
			"police and soldiers disperse a protest: they are not its actor",
			"وأعلنت الشرطة أنها فضت اعتصاما للعمال أمام مقر الشركة.",
			hadath.Protest, "actor", "",
		},
		{
			"a party named with the doer of a call calls with it, and is not called on",
			"ودعت النرويج والسويد إلى وقف فوري للقتال.",
			hadath.Request, "target", "",
		},
		{
			"the state whose places a threatened deed would strike is threatened; not one named after إذا",
			"وتوعدت الجماعة بقصف المدن الإماراتية إذا استمر الحصار على الحديدة.",
			hadath.Threaten, "target", "UAE government",
		},
		{
			"some (بعض) stands between a verb and its subject",
			"وانتقد بعض النواب الحكومة الهولندية بشدة.",
			hadath.Accuse, "actor", "Lawmakers",
		},
		{
			"a bare coalition in a story set in Yemen",
			"وشنت طائرات التحالف غارات على مواقع الحوثيين في محافظة صعدة شمال اليمن.",
			hadath.Assault, "actor", "Saudi-led coalition",
		},
		{
			"a country after على a sanction is sanctioned",
			"وفرضت الولايات المتحدة عقوبات جديدة على روسيا.",
			hadath.Sanction, "target", "Russia",
		},
		{
			"a verb joined by و goes on with the subject before it",
			"وأصدرت وزارة الدفاع الأمريكية بيانا وطلبت من تركيا وقف العمليات في شمال سوريا.",
			hadath.Request, "actor", "US Department of Defense",
		},
		{
			"the pronoun of إنه is the speaker",
			"وقال وزير الخارجية التركي مولود جاويش أوغلو إنه التقى نظيره الروسي في موسكو.",
			hadath.Consult, "actor", "Mevlut Cavusoglu",
		},
		{
			"an arrest placed nowhere is in the police's country",
			"أعلنت الشرطة التركية اعتقال 20 شخصا بتهمة الانتماء إلى تنظيم إرهابي.",
			hadath.Coerce, "location", "Türkiye",
		},
		{
			"words said in a story of a summit are said where it met",
			"اختتم المؤتمر الإقليمي الذي استضافته مدينة شرم الشيخ أعماله أمس.\nواتهم الرئيس المصري إسرائيل بعرقلة السلام.",
			hadath.Accuse, "location", "Sharm el-Sheikh",
		},
		{
			"the soldiers counted after a word of death were killed",
			"مقتل 4 جنود أتراك في هجوم شنه مسلحون قرب الحدود.",
			hadath.Assault, "target", "Turkish soldiers",
		},
		{
			"a nisba after a word of death names the dead",
			"مقتل فلسطينيين برصاص الجيش الإسرائيلي قرب خان يونس.",
			hadath.Assault, "target", "Palestinian civilians",
		},
		{
			"ل right after an attack noun names whose attack it is",
			"مقتل 5 جنود بهجوم لطالبان في ولاية هلمند.",
			hadath.Assault, "actor", "Taliban",
		},
		{
			"ل after what was struck names its owner",
			"وشنت طائرات التحالف غارات استهدفت مواقع للحوثيين في صعدة.",
			hadath.Assault, "target", "Houthis",
		},
		{
			"a participle of state takes the subject of the clause before it",
			"وانتقد وزير الخارجية الفرنسي القرار، مطالبا الحكومة الإيرانية بالإفراج عن المعتقلين.",
			hadath.Request, "actor", "French Foreign Minister",
		},
		{
			"the noun phrase after a participle of state is its object",
			"وانتقد وزير الخارجية الفرنسي القرار، مطالبا الحكومة الإيرانية بالإفراج عن المعتقلين.",
			hadath.Request, "target", "Iranian government",
		},
		{
			"a second office with a country of its own is another person",
			"وهاجم وزير الخارجية الإيراني الرئيس الأمريكي دونالد ترامب، متوعدا برد حازم.",
			hadath.Threaten, "actor", "Iranian Foreign Minister",
		},
		{
			"after a verb phrase of several words comes its object, not its subject",
			"وسيقوم وزير الخارجية الأمريكي بزيارة الرئيس اللبناني ميشال عون في بيروت.",
			hadath.Consult, "target", "Michel Aoun",
		},
		{
			"the party after a verbal noun and its object noun is the object's owner",
			"وأعلنت الحكومة الأردنية إغلاق مكتب حركة حماس في عمان.",
			hadath.Sanction, "target", "Hamas",
		},
		{
			"a subject named inside a verb phrase",
			"وفرضت واشنطن عقوبات على وزير الداخلية التركي.",
			hadath.Sanction, "actor", "United States",
		},
		{
			"a country inside the name of a place is the scene, not a party",
			"وشنت طائرات حربية غارات على مواقع في شرق سوريا.",
			hadath.Assault, "target", "",
		},
		{
			"aid sent into another country goes to its people",
			"وأرسلت السعودية مساعدات إنسانية إلى اليمن.",
			hadath.Aid, "target", "Yemeni civilians",
		},
		{
			"who did the deed a condemnation names is its target",
			"وندد الوزير الأردني بالهجوم الإسرائيلي على غزة.",
			hadath.Accuse, "target", "Israeli military",
		},
		{
			"the charges denied are the accuser's: its country is the target",
			"ورفضت الحكومة الفنزويلية بشدة الاتهامات الكولومبية الأخيرة.",
			hadath.Reject, "target", "Colombian government",
		},
		{
			"a visit abroad named only by its place is paid to that state",
			"وزار وزير الخارجية الياباني العاصمة الأردنية عمان في زيارة قصيرة.",
			hadath.Consult, "target", "Jordan",
		},
		{
			"the victims of a condemned deed are not the accused",
			"وندد رئيس الوزراء الإيطالي بالغارات الروسية على المدنيين في حلب.",
			hadath.Accuse, "target", "Russian military",
		},
		{
			"held responsible (حمّل ... المسؤولية عن): blamed, not claimed",
			"وحملت منظمة العفو الحكومة الإيرانية المسؤولية عن مقتل المعتقل.",
			hadath.Assault, "blamed_on", "Iranian government",
		},
		{
			"held responsible: the one held is no claimant",
			"وحملت منظمة العفو الحكومة الإيرانية المسؤولية عن مقتل المعتقل.",
			hadath.Assault, "claimed_by", "",
		},
		{
			"parties joined by و after the verb are all its subject",
			"وطالبت فرنسا وألمانيا إيران بوقف برنامجها الصاروخي.",
			hadath.Request, "target", "Iran",
		},
		{
			"a sanction placed nowhere is not put in the deciding government's country",
			"وفرضت كندا عقوبات على عشرة مسؤولين فنزويليين.",
			hadath.Sanction, "location", "",
		},
		{
			"an arrest at home is not placed in a country the lead names abroad",
			"ناقش الوزير الأردني في بغداد التعاون الأمني.\nوأعلنت الشرطة الأردنية اعتقال ثلاثة أشخاص بتهمة التهريب.",
			hadath.Coerce, "location", "Jordan",
		},
		{
			"the pronoun on an attack is who strikes; the noun after it is not its owner",
			"وكثفت القوات الجوية العراقية ضرباتها مستهدفة تنظيم داعش في صحراء الأنبار.",
			hadath.Assault, "actor", "Iraqi air force",
		},
		{
			"who an attack with a pronoun aims at, after a participle, is its target",
			"وكثفت القوات الجوية العراقية ضرباتها مستهدفة تنظيم داعش في صحراء الأنبار.",
			hadath.Assault, "target", "Islamic State",
		},
		{
			"killed in a strike: who is named after the verb suffered it",
			"قتل قيادي في حركة الشباب بغارة لطائرة أمريكية مسيرة جنوب الصومال.",
			hadath.Assault, "target", "Somali al-Shabaab leader",
		},
		{
			"named before a verb of death, then the attack that caused it: the victims",
			"وقال مصدر إن الحوثيين قتلوا بغارة لطيران التحالف العربي في صعدة اليمنية.",
			hadath.Assault, "target", "Houthis",
		},
		{
			"those who cannot arrest, named as the subject of an arrest, are held",
			"وكان صحفيون أتراك اعتقلوا خلال الاحتجاجات في إسطنبول.",
			hadath.Coerce, "target", "Turkish journalists",
		},
		{
			"the dead counted out of a party (العشرات من) are of that party",
			"وأعلن الجيش الصومالي مقتل العشرات من مسلحي حركة الشباب في اشتباكات جنوب مقديشو.",
			hadath.Assault, "target", "Al-Shabaab",
		},
		{
			"a Houthi attack, with the nisba of the group, is the Houthis'",
			"وقتل ثلاثة جنود في هجوم حوثي على موقع عسكري في تعز.",
			hadath.Assault, "actor", "Houthis",
		},
		{
			"states named with مع beside the subject of a strike strike with it",
			"وشنت روسيا مع إيران وحزب الله ضربات على مواقع للمعارضة السورية قرب حماة.",
			hadath.Assault, "target", "Syrian opposition",
		},
		{
			"forces that spread out in a town deploy",
			"وتمركزت الشرطة العراقية في كركوك.",
			hadath.Mobilize, "actor", "Iraqi police",
		},
		{
			"one who condemns a deed is not its doer",
			"واستنكرت الجامعة العربية قصف المدنيين في إدلب.",
			hadath.Assault, "actor", "",
		},
		{
			"armed groups named right after a verb of withdrawing withdraw",
			"وانسحبت القوات الكردية من البلدة يوم الأحد.",
			hadath.Retreat, "actor", "Kurdish forces",
		},
		{
			"the one who must, named after إن على, is called on",
			"وقالت موسكو إن على أنقرة أن تسحب قواتها من الشمال السوري.",
			hadath.Request, "target", "Turkey",
		},
		{
			"forces that tell of their own dead did not strike them",
			"وأعلن الجيش الأمريكي مقتل جنديين في انفجار عبوة ناسفة.",
			hadath.Assault, "actor", "",
		},
		{
			"soldiers of no country named by their own side's words are its forces",
			"وأعلن الجيش الأمريكي مقتل جنديين في انفجار عبوة ناسفة.",
			hadath.Assault, "target", "US military",
		},
		{
			"a ministry that tells of a killing did not do it",
			"وقالت وزارة الصحة الفلسطينية إن شابا قتل شرق رفح مساء الجمعة.",
			hadath.Assault, "actor", "",
		},
		{
			"a state named as who strikes strikes with its forces",
			"وقصفت إسرائيل فجر الاثنين مخازن سلاح تابعة لحماس جنوبي القطاع.",
			hadath.Assault, "actor", "Israeli military",
		},
		{
			"nor the target named by the words naming it",
			"وأعربت الخارجية الأردنية عن إدانتها للهجوم الذي استهدف كنيسة في طنطا.",
			hadath.Assault, "target", "",
		},
		{
			"a place after the desert of (بادية) is the scene",
			"وقتل عشرة جنود في هجوم مسلح في بادية محافظة حمص.",
			hadath.Assault, "location", "Homs Governorate",
		},
	}
	for _, tt := range tests {
		res := runAll(t, tt.text, "2018-05-01")
		ev := only(t, res, tt.typ)
		var got string
		switch tt.arg {
		case "actor":
			got = name(ev.Actor)
		case "target":
			got = name(ev.Target)
		case "location":
			got = placeName(ev.Location)
		case "blamed_on":
			got = name(ev.BlamedOn)
		case "claimed_by":
			got = name(ev.ClaimedBy)
		}
		if got != tt.want {
			t.Errorf("%s: %s %s of %q = %q; want %q", tt.what, tt.typ, tt.arg, tt.text, got, tt.want)
		}
	}
}

// A participle of state has the subject of the clause before it, not
// that clause's object: no accusation here is made by the Emirates.
func TestExtractParticipleAfterObject(t *testing.T) {
	const text = "وكان وزير الخارجية القطري قد انتقد دولة الإمارات العربية المتحدة خلال مقابلة تلفزيونية، مساء الجمعة، متهما أبوظبي بتمويل حملات التضليل."
	res := run(t, text, "2018-05-01")
	n := 0
	for _, ev := range res.Events {
		if ev.Type != hadath.Accuse {
			continue
		}
		n++
		if got := name(ev.Actor); got != "Qatari Foreign Minister" {
			t.Errorf("Extract(%q): ACCUSE actor = %q; want %q", text, got, "Qatari Foreign Minister")
		}
	}
	if n == 0 {
		t.Errorf("Extract(%q): no ACCUSE; want one", text)
	}
}

// A news medium reports attacks; it does not carry them out.
func TestExtractMediaNotActor(t *testing.T) {
	const text = "وتحدثت وكالة رويترز عن اشتباكات عنيفة قرب المطار أسفرت عن مقتل ثلاثة جنود."
	res := run(t, text, "2018-05-01")
	for _, ev := range res.Events {
		if ev.Type == hadath.Assault && ev.Actor != nil && ev.Actor.Sector == hadath.SectorMedia {
			t.Errorf("Extract(%q): ASSAULT actor = %q; want no news medium", text, ev.Actor.Name)
		}
	}
}

// A participle of state is told apart from verbs and nouns by its form;
// in the feminine, by a comma before it too. The last word is read.
func TestStateParticiple(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"مطالباً", true},
		{"متهما", true},
		{"داعياً", true},
		{"طالب", false},
		{"هاجما", false},
		{"مطالبة", false},
		{"دعا", false},
		{"ندد الحزب بالقرار، مطالبةً", true},
		{"ندد الحزب بالقرار، داعية", true},
		{"ندد الحزب بالقرار ومطالبة", false},
		{"ندد الحزب بالقرار، مطالبته", false},
	}
	for _, tt := range tests {
		dc := &doc{x: ar.NewAnalyzer().Analyze(tt.word)}
		if got := dc.stateParticiple(len(dc.x.Tokens) - 1); got != tt.want {
			t.Errorf("stateParticiple(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}

// TestDayAfter dates what غداة ("on the day after") governs one day
// before the clause that names it, and leaves the clause its own day.
func TestDayAfter(t *testing.T) {
	tests := []struct {
		text       string
		typ, first string // the event and the first word of its trigger
		date       string
	}{
		{"قصفت الطائرات مواقع المسلحين في الموصل يوم السبت غداة هجوم شنه المسلحون على حاجز للشرطة.", hadath.Assault, "قصفت", "2018-05-05"},
		{"قصفت الطائرات مواقع المسلحين في الموصل يوم السبت غداة هجوم شنه المسلحون على حاجز للشرطة.", hadath.Assault, "هجوم", "2018-05-04"},
		{"أغلقت السلطات الأسواق يوم السبت غداة انفجار عبوة ناسفة قرب السوق الكبير أوقع ثلاثة قتلى.", hadath.Assault, "انفجار", "2018-05-04"},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-09")
		found := false
		for _, ev := range res.Events {
			if ev.Type == tt.typ && strings.HasPrefix(ev.Trigger.Text, tt.first) {
				found = true
				if ev.Date != tt.date {
					t.Errorf("Extract(%q) %s %q date = %q; want %q", tt.text, ev.Type, ev.Trigger.Text, ev.Date, tt.date)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no %s at %q", tt.text, tt.typ, tt.first)
		}
	}
}

// A statement is dated by the day named after its speaker, however long
// the speaker's name and title, commas and all; a day named past a
// clause break is another happening's.
func TestStatementDate(t *testing.T) {
	tests := []struct {
		text string
		typ  string
		date string // "" for any date but 2018-05-05
	}{
		{"أعلن الجيش السيطرة على المدينة. ودعا رجل الدين العراقي، مقتدى الصدر، السبت، إلى عقد جلسة طارئة للبرلمان.", hadath.Request, "2018-05-05"},
		{"أعلن الجيش السيطرة على المدينة. واتهم وزير الخارجية الإيراني في مؤتمر صحفي السبت واشنطن بتأجيج التوتر.", hadath.Accuse, "2018-05-05"},
		{"أعلن الجيش السيطرة على المدينة. ودعا الوزير إلى وقف القتال الذي اندلع السبت في الضواحي.", hadath.Request, ""},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-09"), tt.typ)
		if tt.date != "" && ev.Date != tt.date || tt.date == "" && ev.Date == "2018-05-05" {
			t.Errorf("Extract(%q) %s date = %q; want %q", tt.text, tt.typ, ev.Date, cmp.Or(tt.date, "not 2018-05-05"))
		}
	}
}

// A verb with the future prefix marks the future; nouns that merely begin
// as such a verb does do not.
func TestFuturePrefixed(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"ستفرض", true},
		{"وسيعقد", true},
		{"سنرد", true},
		{"سياسه", false},
		{"سياده", false},
		{"سنوات", false},
		{"سيطره", false},
		{"سيناريو", false},
		{"سيدعو", true},
		{"سيدرس", true},
		{"سيده", false},
		{"سيدات", false},
		{"سيدني", false},
		{"ضرب", false},
	} {
		if got := futurePrefixed(tt.word); got != tt.want {
			t.Errorf("futurePrefixed(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}

// What is still to come takes the next occurrence of a month named
// without a year, and no day it is not given.
func TestExtractFutureDates(t *testing.T) {
	for _, tt := range []struct {
		text, pub, typ, modality, date string
	}{
		// The future verb takes the event noun as its object.
		{"ستفرض الحكومة الكندية عقوبات جديدة على موسكو في نوفمبر.", "2018-08-07", hadath.Sanction, hadath.Future, "2018-11"},
		// With its year, a month stays where the text puts it.
		{"ستفرض الحكومة الكندية عقوبات جديدة على موسكو في نوفمبر 2017.", "2018-08-07", hadath.Sanction, hadath.Future, "2017-11"},
		// A meeting to come, with no day: not the publication day.
		{"ومن المقرر أن يلتقي وزيرا خارجية البلدين في فيينا لبحث الأزمة.", "2018-06-05", hadath.Consult, hadath.Future, ""},
		// A form listed as verb and noun is the noun after a verb in
		// the future.
		{"وقال المتحدث إن الوزيرين سيعقدان اجتماعا مطولا في جنيف.", "2018-06-05", hadath.Consult, hadath.Future, ""},
		// A past sanction in the lead keeps the publication day.
		{"فرضت الحكومة الكندية عقوبات جديدة على موسكو.", "2018-08-07", hadath.Sanction, hadath.Asserted, "2018-08-07"},
	} {
		ev := only(t, run(t, tt.text, tt.pub), tt.typ)
		if ev.Modality != tt.modality || ev.Date != tt.date {
			t.Errorf("Extract(%q): %s %q on %q; want %q on %q", tt.text, tt.typ, ev.Modality, ev.Date, tt.modality, tt.date)
		}
	}
}

// addYear moves a date of any precision a year on, but not 29 February.
func TestAddYear(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"2017-11", "2018-11", true},
		{"2017-11-05", "2018-11-05", true},
		{"2017", "2018", true},
		{"2016-02-29", "2016-02-29", false},
		{"", "", false},
		{"abcd-01", "abcd-01", false},
	} {
		if got, ok := addYear(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("addYear(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// A state named as the one who strikes or masses troops acts by its
// armed forces; one that talks stays its government.
func TestStateActsByItsForces(t *testing.T) {
	for _, tt := range []struct {
		text, typ, sector string
	}{
		{"قصفت تركيا مواقع للمسلحين في شمال العراق يوم الأحد.", hadath.Assault, hadath.SectorMilitary},
		{"واتهمت تركيا الولايات المتحدة بدعم المسلحين في شمال سوريا.", hadath.Accuse, hadath.SectorGovernment},
	} {
		ev := only(t, run(t, tt.text, "2018-05-02"), tt.typ)
		if ev.Actor == nil || ev.Actor.Country != "TR" || ev.Actor.Sector != tt.sector {
			t.Errorf("Extract(%q): %s actor = %+v; want TR %s", tt.text, tt.typ, ev.Actor, tt.sector)
		}
	}
}

// An unnamed force of a state that the dictionary knows by name is that
// named force: one name for one actor.
func TestGenericIsNamedOrganisation(t *testing.T) {
	const text = "قالت الحكومة المصرية إن القوات المسلحة قتلت ستة مسلحين في شمال سيناء يوم السبت."
	ev := only(t, run(t, text, "2018-09-09"), hadath.Assault)
	if ev.Actor == nil || ev.Actor.Name != "Egyptian Armed Forces" || ev.Actor.Generic || ev.Actor.Span == nil {
		t.Errorf("Extract(%q): actor = %+v; want the Egyptian Armed Forces, named, with its span", text, ev.Actor)
	}
}

// An attack noun's nisba, maybe after another adjective of relation, is
// the attacker's; a nisba after a noun of its own is that noun's, and
// makes no one the attacker.
func TestDemonymOwner(t *testing.T) {
	for _, tt := range []struct {
		text, actor string // actor country, "" for none
	}{
		{"أدت غارة جوية إسرائيلية على مستودع قرب دمشق إلى أضرار كبيرة يوم الأحد.", "IL"},
		{"قالت مصادر محلية إن هجوما صاروخيا إيرانيا استهدف القاعدة يوم الاثنين.", "IR"},
		{"أعلنت الشرطة البريطانية أن تسميم الضابط الروسي السابق تم بغاز أعصاب في مدينة سالزبوري.", ""},
	} {
		ev := only(t, run(t, tt.text, "2018-05-10"), hadath.Assault)
		got := ""
		if ev.Actor != nil {
			got = ev.Actor.Country
		}
		if got != tt.actor {
			t.Errorf("Extract(%q): ASSAULT actor country %q; want %q", tt.text, got, tt.actor)
		}
	}
}

func TestRelationAdjective(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"جوي", true},
		{"الصاروخية", true},
		{"عسكريا", true},
		{"الجاسوس", false},
		{"القاعدة", false},
		{"في", false},
	} {
		if got := relationAdjective(ar.Key(tt.word)); got != tt.want {
			t.Errorf("relationAdjective(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}

// The pronoun attached to an arrest, a release or a death, or to the
// preposition after it, names whom it touched: the nearest party before
// it that can be taken back by it (a person for "ه", a group for "هم").
func TestPatientPronoun(t *testing.T) {
	for _, tt := range []struct {
		text, typ, target string
	}{
		{"وصل الناشط سامر حداد إلى المطار، حيث تم اعتقاله من قبل الشرطة اللبنانية يوم الجمعة.", hadath.Coerce, "سامر حداد"},
		{"أعلن الجيش أن عشرة من عناصر تنظيم داعش لقوا مصرعهم في غارة جوية قرب الموصل يوم الأحد.", hadath.Assault, "Islamic State"},
	} {
		ev := only(t, run(t, tt.text, "2018-05-10"), tt.typ)
		if got := name(ev.Target); got != tt.target {
			t.Errorf("Extract(%q): %s target %q; want %q", tt.text, tt.typ, got, tt.target)
		}
	}
}

// People touched by an arrest or a killing are read by their nisba: a
// count and its noun, or one person right after a verbal noun whose next
// word is who suffered it. An attack noun's nisba is the attacker's.
func TestCountedPeople(t *testing.T) {
	for _, tt := range []struct {
		text, typ, target string // target country, "" for none
	}{
		{"أعلنت الشرطة اعتقال 9 مطلوبين أردنيين في مدينة الزرقاء.", hadath.Coerce, "JO"},
		{"أكدت مصادر طبية مقتل عراقي في انفجار عبوة ناسفة وسط السوق.", hadath.Assault, "IQ"},
		{"أسفرت غارة إسرائيلية عن تدمير مستودع في المنطقة.", hadath.Assault, ""},
	} {
		ev := only(t, run(t, tt.text, "2018-05-02"), tt.typ)
		got := ""
		if ev.Target != nil {
			got = ev.Target.Country
		}
		if got != tt.target {
			t.Errorf("Extract(%q): %s target country %q; want %q", tt.text, tt.typ, got, tt.target)
		}
	}
}

// A capital or state after "في" is where a happening took place, not a
// party to it.
func TestPlacesAsParties(t *testing.T) {
	for _, tt := range []struct {
		text, typ string
	}{
		{"وفي فيينا، التقى الوزيران الإيراني والفرنسي لمدة ساعتين.", hadath.Consult},
		{"وفي أنقرة، اعتقلت الشرطة ثلاثة صحفيين بتهمة التجسس.", hadath.Coerce},
	} {
		ev := only(t, runAll(t, tt.text, "2018-07-16"), tt.typ)
		if ev.Actor != nil && ev.Actor.Kind == hadath.GPE {
			t.Errorf("Extract(%q): %s actor %q, a place after في", tt.text, tt.typ, ev.Actor.Name)
		}
	}
	// The town a summit is named after is where it met.
	for _, tt := range []struct{ text, place string }{
		{"انتهت قمة سنغافورة بين الزعيمين بتوقيع وثيقة مشتركة.", "Singapore"},
		{"وأكد المتحدث أن قمة هلسنكي المنتظرة ستجمع الرئيسين في الخريف.", "Helsinki"},
	} {
		ev := only(t, runAll(t, tt.text, "2018-07-16"), hadath.Consult)
		for _, a := range []*hadath.Actor{ev.Actor, ev.Target} {
			if a != nil && a.Kind == hadath.GPE {
				t.Errorf("Extract(%q): party %q, the summit's town", tt.text, a.Name)
			}
		}
		if ev.Location == nil || ev.Location.Name != tt.place {
			t.Errorf("Extract(%q): location = %v; want %s", tt.text, ev.Location, tt.place)
		}
	}
}

// Who condemns, welcomes, rejects or calls names a deed; the party
// right after such a verb is not the deed's doer.
func TestJudgeIsNoDoer(t *testing.T) {
	for _, text := range []string{
		"أدانت الحكومة المصرية الغارات التي استهدفت المدنيين في المدينة.",
		"ندد الاتحاد الأفريقي بالهجوم على القافلة قرب الحدود.",
	} {
		ev := only(t, runAll(t, text, "2021-04-12"), hadath.Assault)
		if ev.Actor != nil {
			t.Errorf("Extract(%q): ASSAULT actor %q; want none: the government judged it", text, ev.Actor.Name)
		}
	}
}

// A deed named after the accusation of a party ("اتهم X بقصف") is blamed
// on the party; its actor stays out (GUIDELINES.md).
func TestAccusedIsBlamed(t *testing.T) {
	for _, tt := range []struct{ text, blamed string }{
		{"اتهمت الحكومة اليمنية الحوثيين بقصف حي سكني في تعز.", "Houthis"},
		// Held responsible: a state accused is blamed, not its forces.
		{"حمّل وزير الخارجية البريطاني روسيا مسؤولية الهجوم الكيميائي.", "Russia"},
	} {
		ev := only(t, runAll(t, tt.text, "2021-04-12"), hadath.Assault)
		if ev.Actor != nil || ev.BlamedOn == nil || ev.BlamedOn.Name != tt.blamed {
			t.Errorf("Extract(%q): ASSAULT actor %v, blamed_on %v; want no actor, blamed on %s", tt.text, ev.Actor, ev.BlamedOn, tt.blamed)
		}
	}
}

// TestExpelParties reads who drives armed men out: of two parties after
// the verb the first drives the second out; one party alone after the
// verb or its noun is driven out by the subject before it.
func TestExpelParties(t *testing.T) {
	tests := []struct{ text, actor, target string }{
		{"وطردت القوات العراقية مسلحي داعش من قرية قرب الحدود.", "Iraqi military", "Islamic State"},
		{"ونجح الجيش اليمني في طرد الحوثيين من مواقع جبلية.", "Yemeni National Army", "Houthis"},
	}
	for _, tt := range tests {
		wantParties(t, tt.text, "2018-05-09", hadath.Assault, tt.actor, tt.target)
	}
}

// Who accuses whom. A charge laid (a violation, a breach, "on the charge
// of") accuses its grammatical subject, the agent after من قبل, or the one
// charged, and the accuser is the speaker or the authority that charged.
// The state whose policy a condemnation names by its adjective is the one
// accused, but not the speaker's own state.
func TestAccusationParties(t *testing.T) {
	tests := []struct{ text, actor, target string }{
		{"قال وزير الخارجية الألماني إن إيران انتهكت الاتفاق النووي.", "German Foreign Minister", "Iran"},
		{"وقال المتحدث باسم الحكومة اللبنانية إن الغارة تشكل انتهاكا صارخا من قبل إسرائيل للسيادة اللبنانية.", "Lebanese government spokesman", "Israel"},
		{"اعتقلت السلطات المصرية صحفيا بريطانيا بتهمة نشر أخبار كاذبة.", "Egyptian authorities", "British journalist"},
		{"ونددت وزارة الخارجية الأردنية بالانتهاكات الإسرائيلية في المدينة القديمة.", "Jordanian Foreign Ministry", "Israeli government"},
		{"وانتقدت الحكومة العراقية التدخل التركي في شمال البلاد.", "Iraqi government", "Turkish government"},
		{"وانتقدت الحكومة العراقية القرار العراقي.", "Iraqi government", ""},
		// One party after اتهم, then the charge: the accused; the
		// accuser is the subject before. A pronoun on the verb is the
		// accused, and the party after it the accuser.
		{"وتحدث وزير الخارجية التركي عن العلاقات مع الغرب، واتهم واشنطن بمحاولة إضعاف عملة بلاده.", "Turkish Foreign Minister", "United States"},
		{"وغادر البلاد رجل الأعمال الذي تتهمه موسكو بالتهرب من الضرائب.", "Russia", ""},
		{"وتحدث وزير الخارجية الأردني عن الأزمة، وحمل إسرائيل مسؤولية التصعيد في القدس.", "Jordanian Foreign Minister", "Israel"},
		// So with the verbal noun: one party, then the charge.
		{"ووصف المتحدث اتهام إيران بتهريب الأسلحة بأنه ادعاء لا أساس له.", "", "Iran"},
		// An ally named with the subject (وحليفتها) accuses with it.
		{"واتهمت الحكومة العراقية وحليفتها طهران تنظيم داعش بتفجير الجسر.", "Iraqi government", "Islamic State"},
		// A charge said of the subject of a that-clause accuses it.
		{"وأكد وزير الخارجية البحريني أن إيران مسؤولة عن تهريب الأسلحة إلى البلاد.", "Bahraini Foreign Minister", "Iran"},
		// "On the charge of" after a sentence or a detention charges the
		// one held, and the authority that holds him lays the charge.
		{"حكمت محكمة مصرية على الناشط محمد حسن بالسجن ثلاث سنوات بتهمة إهانة القضاء.", "Egyptian court", "محمد حسن"},
		{"أصدرت محكمة في القاهرة حكما بالسجن عشر سنوات بحق الرئيس المصري الأسبق محمد مرسي بتهمة التخابر.", "Egyptian court", "Mohamed Morsi"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-09"), hadath.Accuse)
		if got := name(ev.Actor); got != tt.actor {
			t.Errorf("Extract(%q).actor = %q; want %q", tt.text, got, tt.actor)
		}
		if got := name(ev.Target); got != tt.target {
			t.Errorf("Extract(%q).target = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// TestDateOfOther leaves a date told of another happening's noun to it:
// a participle or a relative clause after that noun opens what is said
// of it; the lead's statement, undated, takes no day. A clause
// of the event's own noun dates the event, and so does the clause of the
// statement or video that put out the words said.
func TestDateOfOther(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"وأعلن البيت الأبيض انسحاب واشنطن من الاتفاق التجاري المبرم عام 2011.", hadath.Reject, ""},
		{"وأدانت المحكمة الضابط الذي أعدم عام 2009 بتهمة الخيانة.", hadath.Accuse, ""},
		{"وذكر المحافظ أن الاعتداء الذي جرى في 3 مايو خلف قتيلين بين الحراس.", hadath.Assault, "2018-05-03"},
		{"وأدان الوزير الهجمات الإرهابية التي وقعت عام 2016 في العاصمة.", hadath.Assault, "2016"},
		// Words said in a statement, a video or a post are dated by the
		// day it was put out, named right after the verb that issued it.
		{"واتهمت المغنية السلطات بالتقصير في مقطع فيديو نشرته الأسبوع الماضي.", hadath.Accuse, "2018-04-29"},
		{"وطالبت المنظمة في بيان أصدرته أمس بالإفراج عن المعتقلين.", hadath.Request, "2018-05-09"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-10"), tt.typ)
		if ev.Date != tt.want {
			t.Errorf("date of %s in %q = %q; want %q", tt.typ, tt.text, ev.Date, tt.want)
		}
	}
}

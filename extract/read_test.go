package extract

import (
	"strconv"
	"testing"

	"github.com/hadath/hadath"
)

// The stages that read a proposal's arguments, each tested alone: a text
// is analyzed, its first trigger of a type proposed as the extractor
// proposes it, and the stage's part compared. The texts are invented.

// readPub is the publication day of the stage tests, a Sunday.
const readPub = "2024-03-10"

// proposeFirst analyzes text, published on readPub, and returns the
// document and the proposal of the first trigger that may read as type
// typ, in that reading (the extractor weighs a trigger's readings before
// and after reading the parties: هاجم attacks with arms or in words); it
// fails the test if there is none. The caller must release the document.
func proposeFirst(t *testing.T, text, typ string) (*doc, *proposal) {
	t.Helper()
	dc := extractor(t).analyze(&hadath.Document{ID: "t", Text: text, Published: readPub})
	for k := range dc.trigs {
		tm := &dc.trigs[k]
		for _, tr := range tm.Triggers {
			if tr.Type != typ {
				continue
			}
			p := dc.proposalOf(tr, tm)
			return dc, &p
		}
	}
	dc.release()
	t.Fatalf("%q: no %s trigger", text, typ)
	return nil, nil
}

// readCase is an invented text, the type of the trigger a stage reads
// from, and what the stage should read, written as a string.
type readCase struct{ text, typ, want string }

// checkRead runs stage on the proposal proposeFirst makes of each case and
// compares what it reads.
func checkRead(t *testing.T, name string, tests []readCase, stage func(*doc, *proposal) string) {
	t.Helper()
	for _, tt := range tests {
		dc, p := proposeFirst(t, tt.text, tt.typ)
		if got := stage(dc, p); got != tt.want {
			t.Errorf("%s(%q) = %q; want %q", name, tt.text, got, tt.want)
		}
		dc.release()
	}
}

func TestReadMethod(t *testing.T) {
	checkRead(t, "readMethod", []readCase{
		{"قصفت طائرة مسيرة مجهولة سيارة قرب الحدود.", hadath.Assault, "drone"},
		{"شنت مقاتلات حربية غارات على مواقع في الجبل.", hadath.Assault, "airstrike"},
		{"هاجم مسلحون نقطة تفتيش بقذائف الهاون فجرا.", hadath.Assault, "mortar"},
		// A ballistic missile is more specific than a missile.
		{"أطلقت الجماعة صاروخا باليستيا باتجاه المطار.", hadath.Assault, "ballistic_missile"},
		{"وقع هجوم على قرية نائية في الشمال.", hadath.Assault, ""},
	}, func(dc *doc, p *proposal) string { return dc.readMethod(p, p.trig.Method) })
}

func TestReadPlace(t *testing.T) {
	checkRead(t, "readPlace", []readCase{
		{"اعتقلت الشرطة خمسة أشخاص في مدينة الموصل مساء السبت.", hadath.Coerce, "Mosul, after"},
		{"في بغداد، تظاهر مئات الطلاب أمام الوزارة.", hadath.Protest, "Baghdad, before"},
		// The most precise place of the clause: the town, not its country.
		{"قصفت طائرات حربية بلدة خان شيخون في سوريا.", hadath.Assault, "Khan Shaykhun, after"},
		{"تظاهر مئات الطلاب أمام الوزارة.", hadath.Protest, ""},
		// Where a visit went is its place: the object of its verb, or
		// after ل or إلى, a state too; not what follows من.
		{"زار وفد عسكري أردني طرابلس لبحث الأمن.", hadath.Consult, "Tripoli, after"},
		{"قال الوزير خلال زيارته لكينيا إن التعاون يتقدم.", hadath.Consult, "Kenya, after"},
		{"عاد الوزير من زيارة طويلة من كينيا.", hadath.Consult, ""},
		// What a meeting is about is no place of its own; where it met
		// may follow the topic.
		{"التقى الوزير نظيره الأردني لبحث الوضع في العراق.", hadath.Consult, ""},
		{"بدأت المحادثات بشأن العراق في جنيف أمس.", hadath.Consult, "Genève, after"},
		// The visitor's name may stand between commas.
		{"وزار وزير الدفاع، علي الأحمد، الموصل للقاء القادة.", hadath.Consult, "Mosul, after"},
		// A hashtag's mark stands between a preposition and its place.
		{"اعتقلت الشرطة خمسة أشخاص في #الموصل مساء السبت.", hadath.Coerce, "Mosul, after"},
	}, func(dc *doc, p *proposal) string {
		m, after := dc.readPlace(p)
		pl, _ := dc.placeOf(m)
		switch {
		case pl == nil:
			return ""
		case pl.Span == nil || string([]rune(dc.x.Src)[pl.Span.Start:pl.Span.End]) != pl.Span.Text:
			return pl.Name + ", a span that does not cut its text"
		case after:
			return pl.Name + ", after"
		}
		return pl.Name + ", before"
	})
}

func TestSaidAt(t *testing.T) {
	checkRead(t, "saidAt", []readCase{
		// "في" and a place right after the speaker and the day: where the
		// words were said.
		{"دعا وزير الخارجية الإيطالي الأحد في روما إلى هدنة.", hadath.Request, "Rome, said there"},
		// After what was said, the place is part of it.
		{"اتهمت الحكومة الأردنية الجماعة بالتخطيط لهجمات في عمّان.", hadath.Accuse, "Amman, not said there"},
		{"طالبت المنظمة بالإفراج عن المعتقلين في القاهرة.", hadath.Request, "Cairo, not said there"},
	}, func(dc *doc, p *proposal) string {
		m, _ := dc.readPlace(p)
		switch {
		case m == nil:
			return ""
		case dc.saidAt(p, m):
			return m.Entry.Name + ", said there"
		}
		return m.Entry.Name + ", not said there"
	})
}

func TestReadDate(t *testing.T) {
	checkRead(t, "readDate", []readCase{
		{"قصفت طائرات حربية قرية في الجنوب يوم الخميس.", hadath.Assault, "2024-03-07"},
		{"التقى الوزير نظيره الفرنسي أمس في باريس.", hadath.Consult, "2024-03-09"},
		{"اعتقلت الشرطة ثلاثة أشخاص في 2 مارس.", hadath.Coerce, "2024-03-02"},
		// غداة: the day before the day its clause names; a day named
		// inside its phrase dates the attack itself.
		{"أعلنت السلطات يوم الجمعة حظر التجول غداة هجوم على حاجز للجيش.", hadath.Assault, "2024-03-07"},
		{"غداة هجوم على حاجز للجيش يوم الجمعة، أعلنت السلطات حظر التجول.", hadath.Assault, "2024-03-08"},
		{"وقع هجوم على قرية نائية في الشمال.", hadath.Assault, ""},
		// A participle of state goes with the main verb, not with the
		// day of what was said after إن before it.
		{"وقال المتحدث إن الناشط اعتقل يوم الخميس، متهما الشرطة بتلفيق التهم.", hadath.Accuse, ""},
		{"وقال المتحدث يوم الخميس إنه يرفض الاتفاق، متهما الشرطة بتلفيق التهم.", hadath.Accuse, "2024-03-07"},
		// What a clause answers came before its day, though in its
		// month.
		{"أغلقت الحكومة يوم الخميس الحدود ردا على هجوم على حاجز للجيش.", hadath.Assault, ""},
		{"بدأت الحملة في يناير ردا على هجمات على حواجز الجيش.", hadath.Assault, "2024-01"},
		// A day and month right after an event noun of another type names
		// that happening; it does not date one told around it, but dates
		// the happening it names.
		{"اعتقلت الشرطة رجلا متهما بالتورط في هجمات 14 فبراير.", hadath.Coerce, ""},
		{"اعتقلت الشرطة رجلا متهما بالتورط في هجمات 14 فبراير.", hadath.Assault, "2024-02-14"},
		{"اعتقلت الشرطة رجلا في 14 فبراير.", hadath.Coerce, "2024-02-14"},
	}, func(dc *doc, p *proposal) string {
		if d := dc.readDate(p); d != nil {
			return d.Date
		}
		return ""
	})
}

func TestReadModality(t *testing.T) {
	checkRead(t, "readModality", []readCase{
		{"وقع هجوم على قرية نائية في الشمال.", hadath.Assault, hadath.Asserted},
		{"لم يهاجم المسلحون القرية.", hadath.Assault, hadath.Negated},
		// لم and لن after و or ف are as alone.
		{"وقال الجيش إن طائراته حلقت فوق البلدة ولم تقصف المنازل.", hadath.Assault, hadath.Negated},
		{"وأكد الوزير أن بلاده لن تفرض عقوبات جديدة، ولن تقطع علاقاتها مع جارتها.", hadath.Sanction, hadath.Negated},
		// A verb in the future whose form the lexicon lists as a noun only
		// (ستصفيه found as تصفية).
		{"وقال مسؤول إن الأجهزة الأمنية ستصفيه قريبا.", hadath.Assault, hadath.Future},
		{"نفت الحكومة أن تكون قواتها قصفت القرية.", hadath.Assault, hadath.Negated},
		{"سيلتقي الرئيس نظيره التركي الأسبوع المقبل.", hadath.Consult, hadath.Future},
		// A foiled attack was to come, and did not happen.
		{"وأحبطت أجهزة الأمن التونسية هجوما على فندق في سوسة.", hadath.Assault, hadath.Future},
		{"وأعلن الجيش إحباط محاولة جديدة لتفجير سيارة مفخخة قرب الحدود.", hadath.Assault, hadath.Future},
		{"وستعقد القمة المقبلة في الرياض.", hadath.Consult, hadath.Future},
		// A relative clause in the future, past the noun's adjectives.
		{"وأشاد الوزير بالتحضيرات للقمة الإقليمية التي ستعقد في الدوحة.", hadath.Consult, hadath.Future},
		{"وأشاد الوزير بنتائج القمة الإقليمية التي عقدت في الدوحة.", hadath.Consult, hadath.Asserted},
		// A lawsuit not brought is negated, as a verb is.
		{"وقال المكتب إنه لم ترفع دعوى جنائية ضد الوزيرة حتى الآن.", hadath.Accuse, hadath.Negated},
		// An event noun, the object of a negated verb, is negated; unless
		// the verb is one of going on or stopping short, or the noun is
		// its definite subject.
		{"وقال المتحدث إن بلاده لم تعقد صفقة مع المعارضة.", hadath.Agree, hadath.Negated},
		{"وأكد الوزير أنه لن تعقد الحكومة مفاوضات مع المتمردين.", hadath.Consult, hadath.Negated},
		{"وقال مسؤول إن الجيش لم يتوقف قصفه للمدينة منذ الصباح.", hadath.Assault, hadath.Asserted},
		{"وقالت المنظمة إن قوات الأمن لم تكتف باعتقال الصحفيين.", hadath.Coerce, hadath.Asserted},
		{"وأكدت الشرطة أنه لم يوقع التفجير أي ضحايا.", hadath.Assault, hadath.Asserted},
		// After عدم a form that is verb and noun reads as the noun.
		{"وطالبت النيابة بعدم الإفراج عن المتهمين قبل انقضاء العقوبة.", hadath.Retreat, hadath.Negated},
		{"ومع عدم التوصل إلى اتفاق حتى الآن، يستمر إضراب النقابات.", hadath.Agree, hadath.Negated},
		// An intent a few words before an event noun, in its clause.
		{"ويعتزم الرئيس الفرنسي استقبال نظيره الروسي لمحادثات في باريس.", hadath.Consult, hadath.Future},
		{"وأكدت الوزارة اعتزام الصين إرسال قوات إلى الحدود.", hadath.Mobilize, hadath.Future},
		{"ويعتزم الرئيس السفر إلى الصين، وقد عقد محادثات مع نظيره أمس.", hadath.Consult, hadath.Asserted},
		// A phrase whose verb is a verbal noun too reads as the noun.
		{"ينوي النائب المعارض البارز رفع دعوى قضائية على رئيس البلدية.", hadath.Accuse, hadath.Future},
		// Wanting, hoping and seeking are intents too.
		{"وقال اللاعب إنه يريد أن يسمح له بزيارة بلاده.", hadath.Consult, hadath.Future},
		{"وتسعى الحكومة الأردنية الجديدة إلى إبرام اتفاق مع النقابات.", hadath.Agree, hadath.Future},
		// A plan's cue, أن and the verb: the verb, its subject, its object.
		{"ومن المنتظر أن يلتقي الوزير نظيره الإيطالي في روما.", hadath.Consult, hadath.Future},
		{"ومن المتوقع أن يعقد الوزراء اجتماعا طارئا في بروكسل.", hadath.Consult, hadath.Future},
		{"ومن المرتقب أن تستأنف المفاوضات بين الوفدين في جنيف.", hadath.Consult, hadath.Future},
		// A day set for a meeting is of one to come.
		{"أعلن القصر الرئاسي موعد لقاء الرئيسين.", hadath.Consult, hadath.Future},
		// What a bill provides for is proposed; a protest it stirred took
		// place.
		{"قدم نواب مشروع قانون جديدا لفرض عقوبات على الشركة.", hadath.Sanction, hadath.Hypothetical},
		{"أثار مشروع قانون الضرائب احتجاجات في العاصمة.", hadath.Protest, hadath.Asserted},
		// Feared or rumoured: no happening.
		{"وتجنب السكان الخروج من منازلهم خوفا من هجمات المسلحين.", hadath.Assault, hadath.Hypothetical},
		{"وسرت في المدينة شائعات عن اشتباكات بين أنصار الحزبين.", hadath.Assault, hadath.Hypothetical},
		// A verb in the future takes the event noun as its object past
		// its subject and a day, or through في right before the noun;
		// a preposition elsewhere, or a second object, stops it.
		{"وسيعقد وزير الخارجية الأردني الأحد اجتماعا مع نظيره المصري.", hadath.Consult, hadath.Future},
		{"وسيشارك وزير الخارجية الأردني في اجتماع مع نظيره المصري.", hadath.Consult, hadath.Future},
		{"وسيبدأ الخبراء السبت التحقيق في الهجوم على المستشفى.", hadath.Assault, hadath.Asserted},
		{"وقال الوزير إن الجماعة ستدفع ثمنا كبيرا للهجوم على القاعدة.", hadath.Assault, hadath.Asserted},
		// What أي quantifies is no happening: denied after a negation, a
		// possibility otherwise.
		{"وأفاد المسؤول بأن البلدية لم تستلم أي طلب مكتوب حتى مساء الخميس.", hadath.Request, hadath.Negated},
		{"ونفت الشركة أي تورط في الهجوم على المصنع.", hadath.Accuse, hadath.Negated},
		{"وأكد الجيش استعداده للرد على أي هجوم على مواقعه الحدودية.", hadath.Assault, hadath.Hypothetical},
		{"وقال الوزير إن بلاده مستعدة لأي مفاوضات مع جيرانها.", hadath.Consult, hadath.Hypothetical},
		// سيما of "لا سيما", and a word with the article, are no verbs in
		// the future.
		{"وتراجعت الأسعار في السوق، لا سيما عقب الاحتجاجات الواسعة.", hadath.Protest, hadath.Asserted},
		{"وانتقد السناتور الجمهوري القمة بين الرئيسين.", hadath.Consult, hadath.Asserted},
		// A definite event noun with a verb in the future after it.
		{"وقال مسؤول إن الاجتماع سيبحث خطط تعزيز الأمن على الحدود.", hadath.Consult, hadath.Future},
		// قد with the present says "may"; with the past, "has".
		{"وقال المسؤول إن الجيش قد يشن هجوما على المدينة.", hadath.Assault, hadath.Hypothetical},
		{"وقد يزور الرئيس العاصمة الأردنية الشهر المقبل.", hadath.Consult, hadath.Hypothetical},
		{"وقد قصفت الطائرات المدينة صباح اليوم.", hadath.Assault, hadath.Asserted},
		// A prefix letter opens past verbs too: the feminine in ت, تم,
		// and those opened by ن.
		{"وكانت الحكومة قد نددت بالهجوم على السفارة.", hadath.Accuse, hadath.Asserted},
		{"وقد تعرضت القرية لقصف عنيف ليلة أمس.", hadath.Assault, hadath.Asserted},
		{"وكان الوزير قد نجا من هجوم مسلح العام الماضي.", hadath.Assault, hadath.Asserted},
		{"وقال إن الحكومة قد تشن هجوما على المتمردين.", hadath.Assault, hadath.Hypothetical},
		// Awaited: to come.
		{"وتنتظر زيارة الرئيس إلى العاصمة ملفات صعبة.", hadath.Consult, hadath.Future},
		// What follows a preposition there tells of a happening done.
		{"ومن المتوقع أن يرتفع عدد الضحايا في الهجوم على القرية.", hadath.Assault, hadath.Asserted},
		// A suspect: who did it is in doubt, not what was done.
		{"يشتبه بأن الرجلين نفذا الهجوم على السفارة.", hadath.Assault, hadath.Hypothetical + ", suspected"},
		// Called off: the meeting or visit did not take place, whoever
		// stands between; an agreement undone did.
		{"ألغت وزارة الخارجية الهولندية اجتماعا مع السفير الإيراني.", hadath.Consult, hadath.Negated},
		{"وألغى الرئيس الكيني، أوهورو كينياتا، زيارته إلى الهند.", hadath.Consult, hadath.Negated},
		{"وقررت النقابة إلغاء الإضراب الذي دعت إليه.", hadath.Protest, hadath.Negated},
		{"ألغى الرئيس الاتفاق الذي وقعته الحكومة السابقة مع الشركة.", hadath.Agree, hadath.Asserted},
		{"وقال إن إلغاء الرحلة جاء بعد أن زار الوزير الموقع.", hadath.Consult, hadath.Asserted},
		{"ولم يحدد موعد للقاء بين وزيري خارجية البلدين.", hadath.Consult, hadath.Future},
	}, func(dc *doc, p *proposal) string {
		m, suspected := dc.readModality(p)
		if suspected {
			return m + ", suspected"
		}
		return m
	})
}

func TestReadCasualties(t *testing.T) {
	checkRead(t, "readCasualties", []readCase{
		{"أسفر القصف على السوق الشعبي عن مقتل 4 باعة وإصابة 9 آخرين.", hadath.Assault, "4 killed, 9 injured"},
		{"قتل أكثر من 17 جنديا في هجوم على ثكنة نائية.", hadath.Assault, "17 killed,  injured"},
		{"أصيب عدد من المارة في انفجار عبوة ناسفة.", hadath.Assault, " killed, ? injured"},
		// A toll over a span of time is no one attack's.
		{"قتل أكثر من 230 قرويا في هجمات المسلحين منذ عام 2015.", hadath.Assault, " killed,  injured"},
		{"وقع هجوم على قرية نائية في الشمال.", hadath.Assault, " killed,  injured"},
		// People counted together after و are one toll; a cue of its own
		// starts another.
		{"أسفر الانفجار عن مقتل ضابط وجنديين في دورية على الطريق.", hadath.Assault, "3 killed,  injured"},
		{"قتل 4 رجال شرطة و3 مدنيين في هجوم على نقطة تفتيش شمال البلدة.", hadath.Assault, "7 killed,  injured"},
		{"أدى القصف إلى مقتل امرأة وطفلين في حي سكني.", hadath.Assault, "3 killed,  injured"},
		{"أسفر القصف عن مقتل سائق وإصابة 6 ركاب في الحافلة.", hadath.Assault, "1 killed, 6 injured"},
		// People of any kind and those named after them may overlap; the
		// nouns of one large count are one group.
		{"قتل 12 شخصا و3 أطفال في قصف على السوق.", hadath.Assault, "12 killed,  injured"},
		{"قتل أكثر من ألف جندي ومدني في معارك الشتاء.", hadath.Assault, "1000 killed,  injured"},
	}, func(dc *doc, p *proposal) string {
		k, i := dc.readCasualties(p.sent)
		return countText(k) + " killed, " + countText(i) + " injured"
	})
}

func TestReadParties(t *testing.T) {
	name := func(a *hadath.Actor) string {
		if a == nil {
			return "-"
		}
		return a.Name
	}
	checkRead(t, "readParties", []readCase{
		// The subject of a verb of undergoing or receiving is the target of
		// the noun it governs; its doer follows من. "تلقي باللوم" casts
		// the blame.
		{"وتعرض وزير الخارجية الأردني لانتقادات من البرلمان الأردني.", hadath.Accuse, "Jordanian Parliament > Jordanian Foreign Minister"},
		{"وتلقى الرئيس المصري اتصالا هاتفيا من العاهل الأردني.", hadath.Consult, "Jordanian King > Egyptian President"},
		{"وتلقي الحكومة العراقية باللوم على البرلمان العراقي.", hadath.Accuse, "Iraqi government > Council of Representatives of Iraq"},
		// People counted after the verb are its target.
		{"اعتقلت الشرطة التركية 12 شخصا في إسطنبول.", hadath.Coerce, "Turkish police > Person"},
		// An event noun names its target after على; its doer, the subject of
		// the verb that governs it, is read later, by settle.
		{"فرضت كندا عقوبات جديدة على فنزويلا.", hadath.Sanction, "- > Venezuela"},
		{"فرضت الولايات المتحدة عقوبات على بيلاروسيا.", hadath.Sanction, "United States > Belarus"},
		// A state's name that is spelt like its adjective names the state
		// sanctioned, not the one that sanctions.
		{"تدرس الحكومة عقوبات على بيلاروسيا.", hadath.Sanction, "- > Belarus"},
		// A verb phrase of the lexicon may hold its subject: a definite
		// noun of the state's forces right after the verb; an indefinite
		// one is what the verb acts on.
		{"أوقفت الشرطة التركية 12 شخصا في إسطنبول.", hadath.Coerce, "Turkish police > Person"},
		{"نشرت قوات في المدينة بعد الاشتباكات.", hadath.Mobilize, "- > -"},
		// A relative clause whose verb takes the noun back names its doer;
		// one whose verb has the noun for subject names its object.
		{"انتقد السفير العقوبات التي فرضتها كندا على الحكومة الفنزويلية.", hadath.Sanction, "Canada > Venezuelan government"},
		{"تحدث الوزير عن الضربات التي أعلنت فرنسا شنها على مواقع في الصحراء.", hadath.Assault, "France > -"},
		{"تحدث الوزير عن الغارات التي استهدفت المدنيين في القرية.", hadath.Assault, "- > Civilians"},
		// The claimant of a claim denied is its target.
		{"ونفت الحكومة أمس مزاعم المعارضة الجديدة.", hadath.Reject, "- > Opposition"},
		// A minister by his title; "his counterpart" with a demonym holds
		// the same office in that country.
		{"التقى وزير الخارجية الأردني نظيره المصري في عمان.", hadath.Consult, "Jordanian Foreign Minister > Egyptian Foreign Minister"},
		// بين A و B: the first acts, the second is the counterpart.
		{"جرت محادثات بين روسيا وتركيا في موسكو.", hadath.Consult, "Russia > Turkey"},
		// A verb that names no subject goes on from the one before.
		{"وأصدرت الوزارة بيانا وطالبت بوقف القتال.", hadath.Request, "- > -, subject unsaid"},
		// A comma may close the subject, or set an aside before the
		// object.
		{"اتهم رئيس الوزراء العراقي، حيدر العبادي، الحكومة التركية بانتهاك السيادة.", hadath.Accuse, "Haider al-Abadi > Turkish government"},
		{"واتهمت منظمة العفو الدولية، في بيان أصدرته مساء الاثنين، الحكومة المصرية بتعذيب المعتقلين.", hadath.Accuse, "Amnesty International > Egyptian government"},
		{"وانتقدت المفوضية الأوروبية، في بيان، قرار الحكومة المجرية إغلاق الجامعة.", hadath.Accuse, "European Commission > Hungarian government"},
		// Parties named together before the verb: the first is its
		// subject; the last is the counterpart of an agreement, and strikes
		// side by side.
		{"وقع الأردن وإسرائيل اتفاقية لتبادل المعلومات الأمنية.", hadath.Agree, "Jordan > Israel"},
		{"وكانت كندا وأستراليا وهولندا قد نفذت ضربات على مخازن للأسلحة.", hadath.Assault, "Canada > -"},
		// People counted past the subject and an aside are the target; so
		// is who is set free after عن.
		{"اعتقلت الشرطة الإسرائيلية، فجر اليوم، 15 فلسطينيا في الضفة الغربية.", hadath.Coerce, "Israel Police > Palestinian civilians"},
		{"أفرجت السلطات الإيرانية عن صحفيين أمريكيين بعد احتجازهم عامين.", hadath.Retreat, "Iranian authorities > US journalists"},
		{"وانتقد وزير الخارجية الإيراني محمد جواد ظريف، الحكومة الأمريكية بسبب العقوبات الجديدة.", hadath.Accuse, "Mohammad Javad Zarif > US government"},
	}, func(dc *doc, p *proposal) string {
		pt := extractor(t).readParties(dc, p)
		out := name(pt.actor) + " > " + name(pt.target)
		if pt.dropped {
			out += ", subject unsaid"
		}
		return out
	})
}

// A past verb whose root begins with ل looks as if it carried the
// article (التقى، ألغى); it is no definite noun, while an event noun
// with the article is.
func TestReadDefinite(t *testing.T) {
	checkRead(t, "definite", []readCase{
		{"التقى الوزير نظيره الأردني في عمان.", hadath.Consult, "false"},
		{"جاءت القمة بعد أشهر من التوتر بين البلدين.", hadath.Consult, "true"},
		{"هاجم مسلحون نقطة تفتيش قرب الحدود.", hadath.Assault, "false"},
	}, func(dc *doc, p *proposal) string {
		return strconv.FormatBool(p.definite)
	})
}

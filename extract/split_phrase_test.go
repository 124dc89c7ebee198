package extract

import (
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lexicon"
)

// TestSplitPhrases reads a deployment whose verb and forces the subject
// stands between, and nothing where the verb moves no forces; the same
// for blame laid with حمّل, ties cut and envoys recalled or summoned.
func TestSplitPhrases(t *testing.T) {
	tests := []struct {
		text, trigger string // "" when no split phrase
		typ           string // the type read, when there is one
	}{
		{"وقطعت حكومة البلاد صباح الاثنين علاقاتها مع جارتها.", "وقطعت", hadath.Sanction},
		{"وقطع المحتجون الطريق، وقالوا إن العلاقات متوترة.", "", ""},
		{"واستدعت الوزارة مساء الأحد سفيرها في العاصمة الفرنسية.", "واستدعت", hadath.Sanction},
		{"واستدعت الخارجية الأردنية صباح اليوم السفير الإسرائيلي.", "واستدعت", hadath.Accuse},
		{"واستدعى المدرب لاعبين جددا إلى المنتخب.", "", ""},
		{"وحمّلت وزارة الخارجية واشنطن مسؤولية التصعيد.", "وحمّلت", ""},
		{"ويحمل المتحدث الجماعة المسلحة المسؤولية الكاملة عن الهجوم.", "ويحمل", ""},
		{"وتتحمل الحكومة مسؤولية الأمن في المدينة.", "", ""},
		// تحمل lays the responsibility on someone between, and bears
		// it right before it, quotes or not.
		{"وتحمل الرئاسة الحكومة السابقة مسؤولية الأزمة.", "وتحمل", hadath.Accuse},
		{"وقال الوزير إن البلاد تحمل المسؤولية عن الأزمة.", "", ""},
		{"وقبلت الشركة تحمل \"المسؤولية\" عن الأضرار.", "", ""},
		{"وحمل المتظاهرون لافتات كتب عليها شعارات.", "", ""},
		{"ونشر الجيش الليبي على طول الساحل وحدات جديدة.", "ونشر", ""},
		{"أرسلت الولايات المتحدة حاملة طائرات إلى الخليج.", "أرسلت", ""},
		{"وترسل الحكومة مزيدا من الجنود إلى الجنوب.", "وترسل", ""},
		{"ونشرت الصحيفة تقريرا مطولا عن القوات الروسية.", "", ""},
		{"ونشر الوزير بيانا، وقال إن القوات ستبقى.", "", ""},
		{"وألقت قوات الأمن التونسية صباح اليوم القبض على ثلاثة مطلوبين.", "وألقت", hadath.Coerce},
		{"وتلقي الحكومة باللوم على المعارضة.", "", ""},
		// Lifting sanctions or a ban with the subject between; not a
		// hand raised in protest at a ban.
		{"ورفعت السلطات الماليزية أمس الحظر عن الصحيفة.", "ورفعت", hadath.Retreat},
		{"ورفع النائب صوته عاليا احتجاجا على الحظر.", "", ""},
		// Launching at someone shoots only with fire or bullets after it;
		// alone it names.
		{"وأطلق عليه أحد الحراس النار عند البوابة.", "وأطلق عليه", hadath.Assault},
		{"وأطلقت عليه الصحف اسم الرجل الصامت.", "", ""},
		// Declining to comment refuses nothing asked.
		{"ورفضت الوزارة صباح اليوم التعليق على التقارير.", "ورفضت", lexicon.NoEvent},
		{"ورفضت الوزارة صباح اليوم المقترح الجديد.", "", ""},
		// The first object decides the verb's reading: a comment refused
		// before the claims it is about denies none of them.
		{"ورفض الوزير صباح اليوم التعليق على المزاعم.", "ورفض", lexicon.NoEvent},
		// Nor does abstaining from a vote, across the verb's own عن;
		// another عن of topic still parts them.
		{"وامتنعت ثلاث دول أمس عن التصويت على النص.", "وامتنعت", lexicon.NoEvent},
		{"وامتنعت الوزارة عن الحديث عن التصويت.", "", ""},
		// Going out or down to the streets, whoever goes between: a
		// protest read; going out of a town is none.
		{"ونزل مئات الطلاب الغاضبين إلى شوارع العاصمة مساء أمس.", "ونزل", hadath.Protest},
		{"وخرج الأهالي من البلدة بعد القصف.", "", ""},
		// Losses inflicted or suffered, whoever stands between.
		{"وكبدت وحدات الجيش المهاجمين خسائر فادحة قرب المطار.", "وكبدت", hadath.Assault},
		{"وتكبد المسلحون خسائر كبيرة في المواجهات.", "وتكبد", hadath.Assault},
		// Rockets falling, counted between: an attack; side by side the
		// lexicon reads them, and a plane falling is no rocket.
		{"وسقط 12 صاروخا على أطراف البلدة فجر اليوم.", "وسقط", hadath.Assault},
		{"وسقطت طائرة مدنية قرب المطار.", "", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Text: tt.text}
		dc := x.analyze(d)
		got, typ := "", ""
		for _, m := range splitPhrases(dc.x, dc.cues, nil) {
			got, typ = dc.tokSpan(m.First, m.Last).Text, m.Triggers[0].Type
		}
		if got != tt.trigger {
			t.Errorf("splitPhrases(%q) = %q; want %q", tt.text, got, tt.trigger)
		}
		if tt.typ != "" && typ != tt.typ {
			t.Errorf("splitPhrases(%q) reads %s; want %s", tt.text, typ, tt.typ)
		}
	}
}

// TestSplitPhraseOverrides reads طعن with a verdict or a result after it
// as an appeal, no event, where the verb alone is a stabbing, a price after a verb of
// paying as no praise ("" when no trigger reads the word), and a charge
// after a verb of denying as a rejection.
func TestSplitPhraseOverrides(t *testing.T) {
	tests := []struct {
		text, verb string
		typ        string // the first reading of the verb
	}{
		{"وطعن حزب المعارضة يوم الاثنين في نتائج الاقتراع.", "وطعن", ""},
		{"وطعنت الحركة أمام المحكمة العليا بالحكم الصادر ضد زعيمها.", "وطعنت", ""},
		{"وطعن رجل مسلح بسكين شرطيا في رقبته.", "وطعن", hadath.Assault},
		{"طعن مهاجم ثلاثة مارة قرب مبنى البرلمان.", "طعن", hadath.Assault},
		{"وطعن مهاجم امرأة بحسب رواية وزارة الصحة.", "وطعن", hadath.Assault},
		// Armed men driven out are fought; envoys driven out, sanctioned.
		{"وطردت القوات الحكومية المتمردين من القرية بعد اشتباكات.", "وطردت", hadath.Assault},
		{"وتمكن الجيش من طرد مقاتلي الجماعة من التلال المحيطة.", "طرد", hadath.Assault},
		{"وطردت الحكومة ثلاثة دبلوماسيين من السفارة.", "وطردت", hadath.Sanction},
		{"وقال إن على الحكومة أن تدفع الآن ثمن أخطائها.", "ثمن", ""},
		{"وأضاف أن البلاد ستدفع ثمن هذه السياسة.", "ثمن", ""},
		{"وثمن الوزير جهود قوات الأمن في المدينة.", "وثمن", hadath.Support},
		// A charge after a verb of denying is rejected, not laid.
		{"ونفت الحكومة الصينية أمس تلك الاتهامات بشدة.", "الاتهامات", hadath.Reject},
		{"ورفضت الخارجية الباكستانية الاتهامات بشدة.", "الاتهامات", hadath.Reject},
		{"وجدد الوزير اتهاماته للحكومة المجاورة.", "اتهاماته", hadath.Accuse},
		// A description that praises supports; one that does not is
		// read as the verb reads alone.
		{"ووصف رئيس البرلمان اللقاء مع الوفد الألماني بأنه مثمر.", "ووصف", hadath.Support},
		{"ووصف رئيس البرلمان قرار الحكومة بأنه خطير.", "ووصف", hadath.Accuse},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text})
		got := ""
		for _, m := range dc.trigs {
			if dc.tokSpan(m.First, m.Last).Text == tt.verb {
				got = m.Triggers[0].Type
			}
		}
		if got != tt.typ {
			t.Errorf("reading of %q in %q = %q; want %q", tt.verb, tt.text, got, tt.typ)
		}
	}
}

// TestSplitPhraseCharges reads a charge a few words after a verb of
// saying as an accusation on the charge's words, and nothing where the
// verb is a trigger of its own, the charge is too far or a clause ends
// between ("" when no charge is read).
func TestSplitPhraseCharges(t *testing.T) {
	tests := []struct {
		text, charge string
	}{
		{"وقال الوزير إن قرار البلدية الجديد غير قانوني.", "غير قانوني"},
		{"واعتبرت الخارجية أن بناء الجدار يشكل انتهاكا صارخا للاتفاق.", "انتهاكا صارخا"},
		{"وأكد المتحدث أن الحكومة المجاورة تدعم الإرهاب في المنطقة.", "تدعم الإرهاب"},
		{"ويرى الحزب أن الحكومة مسؤولة عن تدهور الوضع في الإقليم.", "مسؤولة عن"},
		{"وقال زعيم المعارضة إن رئيس الحكومة يكذب على الناخبين.", "يكذب"},
		{"وقال النائب إن قادة الحزب الآخر خونة.", "خونة"},
		{"واتهم الوزير الحكومة المجاورة بأنها تدعم الإرهاب.", ""},
		{"وقال رئيس البلدية إن الطريق الجديد سيفتتح في الصيف المقبل، وإن المشروع غير قانوني.", ""},
		{"وأعلن البرلمان تصويته على القانون الجديد.", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text})
		got := ""
		for _, m := range dc.trigs {
			if m.Triggers[0] == charging {
				got = dc.tokSpan(m.First, m.Last).Text
			}
		}
		if got != tt.charge {
			t.Errorf("charge in %q = %q; want %q", tt.text, got, tt.charge)
		}
	}
}

// The arrest a split phrase of seizing reads on its verb is the one its
// object would name alone: the object keeps no trigger of its own, which
// would stand as a second arrest where coreference does not join them.
func TestSplitPhraseAbsorbs(t *testing.T) {
	const text = "وألقت الشرطة الهولندية صباح اليوم القبض على رجل عراقي في مدينة أوتريخت."
	x := extractor(t)
	dc := x.analyze(&hadath.Document{ID: "t", Text: text})
	var got []string
	for _, m := range dc.trigs {
		got = append(got, dc.tokSpan(m.First, m.Last).Text)
	}
	if len(got) != 1 || got[0] != "وألقت" {
		t.Errorf("triggers of %q = %q; want only the verb", text, got)
	}
}

// طالب is a student with the article, after a pronoun, a number or a
// word of death, or before a singular demonym, and
// demands before its subject, even a name that ends like a nisba.
func TestStudent(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وقال والد الطالب إن ابنه عاد إلى المنزل.", true},
		{"وفاز طالب أردني بالجائزة الأولى.", true},
		{"وطالب هادي بانسحاب المسلحين من المدينة.", false},
		{"طالب أمريكيون غاضبون بإقالة الوزير.", false},
		{"وطالب الوزير بالإفراج عن المعتقلين.", false},
		{"ونعت الجامعة الشاب، وهو طالب كان يدرس الهندسة.", true},
		{"وشارك في المسابقة 300 طالب من عشرين مدرسة.", true},
		{"وأثار مقتل طالب في الحرم غضبا واسعا.", true},
		{"وهو ما طالب به المحتجون منذ أشهر.", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text})
		got := false
		for k := range dc.trigs {
			if tm := &dc.trigs[k]; tm.Triggers[0].Type == hadath.Request {
				got = got || x.student(dc, tm)
			}
		}
		if got != tt.want {
			t.Errorf("student(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

package gazetteer

import (
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// runeSlice returns the code points start..end of s.
func runeSlice(s string, start, end int) string {
	r := []rune(s)
	return string(r[start:end])
}

// want is one expected mention: the text it covers and what it resolves
// to.
type want struct {
	text      string
	name      string
	country   string
	precision string
}

func TestFind(t *testing.T) {
	g := loadTest(t)
	an := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []want
	}{
		{"سقطت صواريخ على قاعدة عين الأسد في محافظة الأنبار فجر اليوم.", []want{
			{"قاعدة عين الأسد", "Al Asad Airbase", "IQ", hadath.PrecisionSite},
			{"محافظة الأنبار", "Al Anbar Governorate", "IQ", hadath.PrecisionAdmin1}}},
		{"أصيب جنود في هجوم على قاعدة الأسد الجوية.", []want{
			{"قاعدة الأسد الجوية", "Al Asad Airbase", "IQ", hadath.PrecisionSite}}},
		// One name, one place: the province named with its place word
		// tells which of the places so named the bare name is.
		{"غارات جوية على القنيطرة\nوقصفت الطائرات قرى في محافظة القنيطرة مساء السبت.", []want{
			{"القنيطرة", "Quneitra Governorate", "SY", hadath.PrecisionAdmin1},
			{"محافظة القنيطرة", "Quneitra Governorate", "SY", hadath.PrecisionAdmin1}}},
		// Afghan provinces as the news spell them (aliases.tsv).
		{"قتل جنديان في هجوم بولاية كونار.", []want{
			{"ولاية كونار", "Kunar Province", "AF", hadath.PrecisionAdmin1}}},
		{"افتتح الملك مصنعا جديدا في القنيطرة.", []want{
			{"القنيطرة", "Kenitra", "MA", hadath.PrecisionCity}}},
		{"وصل الوفد إلى بغداد صباح اليوم.", []want{
			{"بغداد", "Baghdad", "IQ", hadath.PrecisionCity}}},
		{"قصف الطيران مواقع قرب دمشق.", []want{
			{"دمشق", "Damascus", "SY", hadath.PrecisionCity}}},
		{"دخلت الشاحنات إلى قطاع غزة عبر معبر كرم أبو سالم.", []want{
			{"قطاع غزة", "Gaza Strip", "PS", hadath.PrecisionAdmin1},
			{"معبر كرم أبو سالم", "Kerem Shalom crossing", "IL", hadath.PrecisionSite}}},
		{"تعمل السفن في البحر الأحمر وخليج عدن.", []want{
			{"البحر الأحمر", "Red Sea", "", hadath.PrecisionSea},
			{"خليج عدن", "Gulf of Aden", "", hadath.PrecisionSea}}},
		{"تتصاعد التوترات في الشرق الأوسط.", []want{
			{"الشرق الأوسط", "Middle East", "", hadath.PrecisionRegion}}},
		{"أعلنت الكويت إغلاق حدودها.", []want{
			{"الكويت", "Kuwait", "KW", hadath.PrecisionCountry}}},
		// Spellings of country names the news use beside GeoNames' own.
		{"وصل اللاجئون إلى بنغلادش والدانمارك.", []want{
			{"بنغلادش", "Bangladesh", "BD", hadath.PrecisionCountry},
			{"الدانمارك", "Denmark", "DK", hadath.PrecisionCountry}}},
		// A hashtag's underscore joins the words of a name, and its mark
		// may stand between a place noun and the name.
		{"سقطت قذائف على بلدات في #ريف_دمشق مساء الأحد.", []want{
			{"ريف_دمشق", "Rif Dimashq Governorate", "SY", hadath.PrecisionAdmin1}}},
		{"دارت اشتباكات متقطعة ليلا في محافظة #صعدة.", []want{
			{"محافظة #صعدة", "Saada Governorate", "YE", hadath.PrecisionAdmin1}}},
		// A quotation mark may stand between a place noun and the name
		// it announces.
		{"تبادل الطرفان القصف ليلا في محافظة \"صعدة\" قرب الحدود.", []want{
			{"صعدة", "Sa'dah", "YE", hadath.PrecisionCity}}},
		{"سقطت قذائف على مديرية «باقم» مساء الأحد.", []want{
			{"باقم", "Bāqim as Sūq", "YE", hadath.PrecisionCity}}},
		// A country name is the country; a proclitic stays out of the span.
		{"انتشرت القوات بالعراق وسوريا.", []want{
			{"العراق", "Iraq", "IQ", hadath.PrecisionCountry},
			{"سوريا", "Syria", "SY", hadath.PrecisionCountry}}},
		// The document's country decides an ambiguous name.
		{"قال الجيش في لبنان إن اشتباكات اندلعت في طرابلس شمال البلاد.", []want{
			{"لبنان", "Lebanon", "LB", hadath.PrecisionCountry},
			{"طرابلس", "Tripoli", "LB", hadath.PrecisionCity}}},
		{"قالت حكومة ليبيا إن اشتباكات اندلعت في طرابلس.", []want{
			{"ليبيا", "Libya", "LY", hadath.PrecisionCountry},
			{"طرابلس", "Tripoli", "LY", hadath.PrecisionCity}}},
		{"التقى وزير خارجية الأردن نظيره في عمان أمس.", []want{
			{"الأردن", "Jordan", "JO", hadath.PrecisionCountry},
			{"عمان", "Amman", "JO", hadath.PrecisionCity}}},
		{"زار الوزير سلطنة عمان.", []want{
			{"سلطنة عمان", "Oman", "OM", hadath.PrecisionCountry}}},
		// A word of a settlement before the name reads a town, not a
		// country of the same name.
		{"تظاهر المئات أمام السفارة في العاصمة عمان.", []want{
			{"عمان", "Amman", "JO", hadath.PrecisionCity}}},
		{"تظاهر المئات أمام السفارة في عمان.", []want{
			{"عمان", "Oman", "OM", hadath.PrecisionCountry}}},
		// Personal names, weekdays and months are not places.
		{"قال الرئيس بشار الأسد يوم الخميس في مايو إن محمد علي حسن وصل.", nil},
		// A weak name needs a place word before it; an article-only name
		// its article.
		{"فتح الباب أمام الحوار بحلة جديدة.", nil},
		{"سيطرت القوات على مدينة الباب.", []want{
			{"الباب", "Al Bāb", "SY", hadath.PrecisionCity}}},
		{"وقع انفجار في الحلة جنوب بغداد.", []want{
			{"الحلة", "Al Ḩillah", "IQ", hadath.PrecisionCity},
			{"بغداد", "Baghdad", "IQ", hadath.PrecisionCity}}},
		// A minor place needs its country in the document.
		{"وصلت التعزيزات إلى حيس.", nil},
		{"وصلت التعزيزات إلى حيس في اليمن.", []want{
			{"حيس", "Ḩays", "YE", hadath.PrecisionCity},
			{"اليمن", "Yemen", "YE", hadath.PrecisionCountry}}},
		// A small town far away needs a place word before it, unless the
		// corrections name it (Salisbury, England).
		{"وقعت الحادثة في سالزبري قبل أسبوع.", []want{
			{"سالزبري", "Salisbury", "GB", hadath.PrecisionCity}}},
		{"وقعت الحادثة في ترنتون قبل أسبوع.", nil},
		// A town far away that bears a capital's name is not read for it,
		// even in a story of its country (Mesquite, Texas).
		{"قال مسؤول في واشنطن إن الرد سيأتي من موسكو.", []want{
			{"واشنطن", "Washington, D.C.", "US", hadath.PrecisionCity},
			{"موسكو", "Moscow", "RU", hadath.PrecisionCity}}},
		// News spellings of a city and a province the GeoNames names
		// give to other places (Coweta, Oklahoma; Ube, Japan).
		{"وقع التفجير في مدينة كويتا الباكستانية.", []want{
			{"كويتا", "Quetta", "PK", hadath.PrecisionCity}}},
		{"هاجم مسلحون قرية في ولاية يوبي بنيجيريا.", []want{
			{"ولاية يوبي", "Yobe State", "NG", hadath.PrecisionAdmin1},
			{"نيجيريا", "Nigeria", "NG", hadath.PrecisionCountry}}},
		// Two provinces of one name: the document's country decides.
		{"قصف الجيش اليمني مواقع الحوثيين في محافظة الجوف.", []want{
			{"محافظة الجوف", "Al Jawf Governorate", "YE", hadath.PrecisionAdmin1}}},
		{"سقط صاروخ في منطقة الجوف شمال السعودية.", []want{
			{"منطقة الجوف", "Al Jawf Region", "SA", hadath.PrecisionAdmin1},
			{"السعودية", "Saudi Arabia", "SA", hadath.PrecisionCountry}}},
		// A place said to lie within another lies in its country: a
		// name known only elsewhere is another place of that name, and
		// the place it lies in stands for it. Unannounced, a name before
		// في may be what is spoken of there, not a place within it.
		{"قصفت الطائرات بلدة صيدا في ريف درعا الشرقي.", []want{
			{"ريف درعا", "Daraa Governorate", "SY", hadath.PrecisionAdmin1}}},
		{"قصفت الطائرات بلدة صيدا بريف درعا الشرقي.", []want{
			{"ريف درعا", "Daraa Governorate", "SY", hadath.PrecisionAdmin1}}},
		{"عقد الوزراء اجتماعا بشأن الخليل في مدينة أنقرة.", []want{
			{"الخليل", "Hebron", "PS", hadath.PrecisionCity},
			{"أنقرة", "Ankara", "TR", hadath.PrecisionCity}}},
		// One's birthplace (مسقط رأسه) is not Muscat; Muscat alone is.
		{"عاد اللاعب إلى مسقط رأسه في الجنوب.", nil},
		{"وصل الوزير إلى مسقط أمس.", []want{
			{"مسقط", "Muscat", "OM", hadath.PrecisionCity}}},
		// Words that are also names of small places far away: where, a
		// club, the market.
		{"أين ذهب الوفد بعد مباراة نادي الزمالك في السوق القديم؟", nil},
		{"", nil},
	}
	for _, tt := range tests {
		x := an.Analyze(tt.src)
		got := g.Find(x)
		if len(got) != len(tt.want) {
			names := make([]string, len(got))
			for i, m := range got {
				names[i] = runeSlice(tt.src, m.Start, m.End) + "=" + m.Entry.Name
			}
			t.Errorf("Find(%q) = %d mentions %q; want %d", tt.src, len(got), names, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			m := got[i]
			if s := runeSlice(tt.src, m.Start, m.End); s != w.text {
				t.Errorf("Find(%q)[%d] text = %q; want %q", tt.src, i, s, w.text)
			}
			e := m.Entry
			if e.Name != w.name || e.Country != w.country || e.Precision != w.precision {
				t.Errorf("Find(%q)[%d] = %s/%s/%s; want %s/%s/%s", tt.src, i,
					e.Name, e.Country, e.Precision, w.name, w.country, w.precision)
			}
		}
	}
}

func TestFindCoordinates(t *testing.T) {
	g := loadTest(t)
	x := ar.NewAnalyzer().Analyze("استهدفت صواريخ قاعدة عين الأسد الجوية.")
	ms := g.Find(x)
	if len(ms) != 1 {
		t.Fatalf("Find() = %d mentions; want 1", len(ms))
	}
	p := ms[0].Entry.Place()
	if p.Lat == nil || p.Lon == nil || km(*p.Lat, *p.Lon, 33.79, 42.44) > 5 {
		t.Errorf("Place() coordinates = %v, %v; want near 33.79, 42.44", p.Lat, p.Lon)
	}
	if p.Country != "IQ" || p.Precision != hadath.PrecisionSite || p.Admin1 == "" {
		t.Errorf("Place() = %+v; want an IQ site with its admin1", p)
	}
}

func TestFindSpans(t *testing.T) {
	g := loadTest(t)
	an := ar.NewAnalyzer()
	tests := []struct {
		src   string
		names []string
	}{
		{"انتشر الجنود بالعراق.", []string{"العراق"}},
		{"وصلت المساعدات للعراق ولبغداد.", []string{"عراق", "بغداد"}},
		{"قصفت الطائرات وبالموصل أهدافاً.", []string{"الموصل"}},
		{"وقع الهجوم بِالْعِرَاقِ أمس.", []string{"الْعِرَاقِ"}},
		{"سقط صاروخ على قاعدة عين الأسد الجوية، قرب بغداد.", []string{"قاعدة عين الأسد الجوية", "بغداد"}},
		{"Strikes hit Deir ez-Zor and Baghdad.", []string{"Deir ez-Zor", "Baghdad"}},
	}
	for _, tt := range tests {
		x := an.Analyze(tt.src)
		got := g.Find(x)
		var texts []string
		for _, m := range got {
			texts = append(texts, runeSlice(tt.src, m.Start, m.End))
		}
		if len(texts) != len(tt.names) {
			t.Errorf("Find(%q) spans = %q; want %q", tt.src, texts, tt.names)
			continue
		}
		for i := range texts {
			if texts[i] != tt.names[i] {
				t.Errorf("Find(%q) span %d = %q; want %q", tt.src, i, texts[i], tt.names[i])
			}
		}
	}
}

func TestLookup(t *testing.T) {
	g := loadTest(t)
	tests := []struct {
		name, want, country string
	}{
		{"بغداد", "Baghdad", "IQ"},
		{"Baghdad", "Baghdad", "IQ"},
		{"قاعدة عين الأسد الجوية", "Al Asad Airbase", "IQ"},
		{"الضفة الغربية", "West Bank", "PS"},
		{"سورية", "Syria", "SY"},
		{"مضيق هرمز", "Strait of Hormuz", ""},
	}
	for _, tt := range tests {
		found := false
		for _, e := range g.Lookup(ar.Key(tt.name)) {
			if e.Name == tt.want && e.Country == tt.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) lacks %s (%s)", ar.Key(tt.name), tt.want, tt.country)
		}
	}
	if got := g.Lookup("لا يوجد مكان بهذا الاسم"); got != nil {
		t.Errorf("Lookup(nonsense) = %v; want nil", got)
	}
	if !g.Prefix(ar.Key("قاعدة عين")) {
		t.Errorf("Prefix(%q) = false; want true", ar.Key("قاعدة عين"))
	}
	if g.Prefix(ar.Key("قاعدة عين الأسد الجوية")) {
		t.Errorf("Prefix(%q) = true; want false", ar.Key("قاعدة عين الأسد الجوية"))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("سقطت صواريخ على قاعدة عين الأسد في محافظة الأنبار.")
	f.Add("وبالعراق وللعراق بِالْعِرَاقِ - Deir ez-Zor")
	f.Add("مدينة الباب، الحلة؛ طرابلس (لبنان)")
	f.Add("\xff\xfeبغداد\u200cدمشق")
	f.Add("محافظة #صعدة و#ريف_دمشق # _ #")
	g := loadTest(f)
	an := ar.NewAnalyzer()
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		x := an.Analyze(src)
		n := utf8.RuneCountInString(src)
		for _, m := range g.Find(x) {
			if m.Entry == nil {
				t.Fatalf("Find(%q): mention without entry", src)
			}
			if m.First < 0 || m.First >= m.Last || m.Last > len(x.Tokens) {
				t.Fatalf("Find(%q): tokens %d..%d of %d", src, m.First, m.Last, len(x.Tokens))
			}
			if m.Start < x.Tokens[m.First].Start || m.Start >= m.End || m.End != x.Tokens[m.Last-1].End || m.End > n {
				t.Fatalf("Find(%q): span %d..%d outside tokens %d..%d", src, m.Start, m.End,
					x.Tokens[m.First].Start, x.Tokens[m.Last-1].End)
			}
			if ar.Key(runeSlice(src, m.Start, m.End)) == "" {
				t.Fatalf("Find(%q): span %d..%d holds no name", src, m.Start, m.End)
			}
		}
	})
}

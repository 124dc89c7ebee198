package ar

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// numCase is one expected number: its text, value, qualifier, noun text
// ("" for none) and flags.
type numCase struct {
	text  string
	value int
	qual  string
	noun  string
	dual  bool
	vague bool
}

func TestNumbers(t *testing.T) {
	ex, more, least, about, upTo := hadath.Exact, hadath.MoreThan, hadath.AtLeast, hadath.About, hadath.UpTo
	tests := []struct {
		src  string
		want []numCase
	}{
		// digits, separators, multipliers
		{"قتل 3 جنود في الهجوم", []numCase{{"3", 3, ex, "جنود", false, false}}},
		{"نزح ١٢ ألف شخص", []numCase{{"١٢ ألف", 12000, ex, "شخص", false, false}}},
		{"خصصت 1,500 دولار و2.5 مليون يورو", []numCase{{"1,500", 1500, ex, "دولار", false, false}, {"2.5 مليون", 2500000, ex, "يورو", false, false}}},
		{"وصل 3 آلاف لاجئ", []numCase{{"3 آلاف", 3000, ex, "لاجئ", false, false}}},
		{"تكلفة ۴۰ مليار ريال", []numCase{{"۴۰ مليار", 40000000000, ex, "ريال", false, false}}},
		{"نحو 3 ملايين و500 ألف نسمة", []numCase{{"نحو 3 ملايين و500 ألف", 3500000, about, "نسمة", false, false}}},
		// number words, gender forms, compounds
		{"أصيب ثلاثة أشخاص وأربع نساء", []numCase{{"ثلاثة", 3, ex, "أشخاص", false, false}, {"أربع", 4, ex, "نساء", false, false}}},
		{"قتل ثلاثة وعشرون مدنيا", []numCase{{"ثلاثة وعشرون", 23, ex, "مدنيا", false, false}}},
		{"اعتقل أحد عشر ناشطا وإحدى عشرة ناشطة", []numCase{{"أحد عشر", 11, ex, "ناشطا", false, false}, {"إحدى عشرة", 11, ex, "ناشطة", false, false}}},
		{"أطلق اثنا عشر صاروخا", []numCase{{"اثنا عشر", 12, ex, "صاروخا", false, false}}},
		{"دمر مئة وخمسون منزلا", []numCase{{"مئة وخمسون", 150, ex, "منزلا", false, false}}},
		{"هجر ألفين وخمسمئة شخص", []numCase{{"ألفين وخمسمئة", 2500, ex, "شخص", false, false}}},
		{"شارك ثلاث مئة جندي وثلاثمائة شرطي", []numCase{{"ثلاث مئة", 300, ex, "جندي", false, false}, {"ثلاثمائة", 300, ex, "شرطي", false, false}}},
		{"خسر خمسة عشر ألفا وظائفهم", []numCase{{"خمسة عشر ألفا", 15000, ex, "وظائفهم", false, false}}},
		{"بلغ عدد السكان نصف مليون", []numCase{{"نصف مليون", 500000, ex, "", false, false}}},
		{"يعبره مليونا شخص وخسر عشرون ألفا", []numCase{{"مليونا", 2000000, ex, "شخص", false, false}, {"عشرون ألفا", 20000, ex, "", false, false}}},
		{"أفرج عن مئتي معتقل", []numCase{{"مئتي", 200, ex, "معتقل", false, false}}},
		{"قتل 5 من الجنود", []numCase{{"5", 5, ex, "الجنود", false, false}}},
		{"عاد الجنود الثلاثة إلى القاعدة", []numCase{{"الثلاثة", 3, ex, "الجنود", false, false}}},
		{"أصيب جندي واحد", []numCase{{"واحد", 1, ex, "جندي", false, false}}},
		{"قتل أحد الحراس", []numCase{{"أحد", 1, ex, "الحراس", false, false}}},
		// qualifiers
		{"قتل أكثر من 143 شخصا", []numCase{{"أكثر من 143", 143, more, "شخصا", false, false}}},
		{"ما يزيد على مئة جريح", []numCase{{"ما يزيد على مئة", 100, more, "جريح", false, false}}},
		{"قتل ما لا يقل عن عشرين مدنيا", []numCase{{"ما لا يقل عن عشرين", 20, least, "مدنيا", false, false}}},
		{"قتل 3 جنود على الأقل", []numCase{{"3 جنود على الأقل", 3, least, "جنود", false, false}}},
		{"قتل 7 على الأقل", []numCase{{"7 على الأقل", 7, least, "", false, false}}},
		{"شارك حوالي 200 متظاهر ونحو خمسين شرطيا", []numCase{{"حوالي 200", 200, about, "متظاهر", false, false}, {"نحو خمسين", 50, about, "شرطيا", false, false}}},
		{"نزح قرابة ألف شخص وزهاء مئتين", []numCase{{"قرابة ألف", 1000, about, "شخص", false, false}, {"زهاء مئتين", 200, about, "", false, false}}},
		// a number written against the word before it by a slip counts
		{"أصيب نحو40 شخصا وقتل3 جنود", []numCase{{"نحو40", 40, about, "شخصا", false, false}, {"3", 3, ex, "جنود", false, false}}},
		{"يعاقب بالسجن حتى 5 سنوات", []numCase{{"حتى 5", 5, upTo, "سنوات", false, false}}},
		{"تصل الغرامة ما يصل إلى 10 آلاف دولار", []numCase{{"ما يصل إلى 10 آلاف", 10000, upTo, "دولار", false, false}}},
		{"اعتقل 40 تقريبا", []numCase{{"40 تقريبا", 40, about, "", false, false}}},
		// duals
		{"قتل جنديان وأصيب شرطيان", []numCase{{"جنديان", 2, ex, "جنديان", true, false}, {"شرطيان", 2, ex, "شرطيان", true, false}}},
		{"مقتل جنديين اثنين", []numCase{{"جنديين اثنين", 2, ex, "جنديين", true, false}}},
		// A noun the list of duals does not hold, made a dual by the two
		// after it; without the number its -ين may be a plural's.
		{"مقتل مدنيين اثنين", []numCase{{"مدنيين اثنين", 2, ex, "مدنيين", true, false}}},
		{"مقتل مدنيين في القصف", nil},
		{"سقطت غارتان على الأقل", []numCase{{"غارتان على الأقل", 2, least, "غارتان", true, false}}},
		{"أسقطت طائرتين واعتقلت امرأتين", []numCase{{"طائرتين", 2, ex, "طائرتين", true, false}, {"امرأتين", 2, ex, "امرأتين", true, false}}},
		{"تحطمت طائرتان مروحيتان", []numCase{{"طائرتان مروحيتان", 2, ex, "طائرتان", true, false}}},
		{"أصيب آخران بجروح", []numCase{{"آخران", 2, ex, "آخران", true, false}}},
		{"قتل فلسطينيان برصاص", []numCase{{"فلسطينيان", 2, ex, "فلسطينيان", true, false}}},
		{"اعتقل يابانيان في المطار", []numCase{{"يابانيان", 2, ex, "يابانيان", true, false}}},
		// vague counts
		{"قتل عشرات المدنيين وأصيب المئات", []numCase{{"عشرات", 0, ex, "المدنيين", false, true}, {"المئات", 0, ex, "", false, true}}},
		{"نزح عشرات الآلاف من السكان", []numCase{{"عشرات الآلاف", 0, ex, "السكان", false, true}}},
		{"قتل خمسة من \"الحركة\" في الغارة", []numCase{{"خمسة", 5, ex, "الحركة", false, false}}},
		{"أصيب بضعة أشخاص", []numCase{{"بضعة", 0, ex, "أشخاص", false, true}}},
	}
	for _, tt := range tests {
		x := NewAnalyzer().Analyze(tt.src)
		got := x.Numbers()
		var have []numCase
		for _, n := range got {
			c := numCase{text: cut(tt.src, n.Start, n.End), value: n.Value, qual: n.Qualifier, dual: n.Dual, vague: n.Vague}
			if n.Noun >= 0 {
				c.noun = x.SpanText(n.Noun, n.Noun+1)
			}
			have = append(have, c)
		}
		if !equalCases(have, tt.want) {
			t.Errorf("Numbers(%q) = %+v; want %+v", tt.src, have, tt.want)
		}
	}
}

// TestNumbersNone checks texts whose numbers are no counts, and words
// that look like duals or numbers but are not.
func TestNumbersNone(t *testing.T) {
	for _, src := range []string{
		"قال وزير خارجية إيران إن لبنان وعمان والبيان الصادر الآن كان",
		"استمر رمضان في الميدان والبرلمان والطيران وسلطان الجيران",
		"قتل المدنيين والمسلحين والعسكريين والمسؤولين",
		"زار الرئيس يوم الاثنين ويوم الأحد",
		"في القرن التاسع عشر والحادي والعشرين والثاني والثالث",
		"ارتفعت الأسعار 20 بالمئة و30 في المئة و5% و7٪",
		"الساعة 10:30 صباحا وطائرة F-16 والرقم 5",
		"قتل في 7 أكتوبر 2023 وعام 2005 وفي 20/1/2024",
		"وصلت طالبان وسيطرت حركة طالبان",
		"سجل الفريق 2-1 في المباراة",
		"قالت ماي ولودريان وباشينيان",
		"وأثنى النقاد على الكتاب",
		"انتشر فيروس كوفيد19 في المدينة",
	} {
		x := NewAnalyzer().Analyze(src)
		if got := x.Numbers(); len(got) != 0 {
			var texts []string
			for _, n := range got {
				texts = append(texts, cut(src, n.Start, n.End))
			}
			t.Errorf("Numbers(%q) = %q; want none", src, texts)
		}
	}
}

// TestNumbersSpan checks that spans cut the expression out of the text
// exactly, with a leading conjunction left out.
func TestNumbersSpan(t *testing.T) {
	src := "وقُتل ثلاثةُ جنود، وأكثر من عشرين آخرين، وثلاثة مدنيين"
	want := []string{"ثلاثةُ", "أكثر من عشرين", "ثلاثة"}
	x := NewAnalyzer().Analyze(src)
	got := x.Numbers()
	if len(got) != len(want) {
		t.Fatalf("Numbers(%q) found %d numbers; want %d", src, len(got), len(want))
	}
	for i, n := range got {
		if s := cut(src, n.Start, n.End); s != want[i] {
			t.Errorf("Numbers(%q)[%d] = %q; want %q", src, i, s, want[i])
		}
	}
}

func TestDualsLoad(t *testing.T) {
	d, err := LoadDuals()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"جنديين": "جندي", "غارتان": "غاره", "طاءرتين": "طاءره", "مدنيان": "مدني"} {
		if got, ok := d.Singular(form); !ok || got != want {
			t.Errorf("Singular(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, form := range []string{"مدنيين", "مسءولين", "اخرين", "طالبان", "ايران", "لبنان"} {
		if got, ok := d.Singular(form); ok {
			t.Errorf("Singular(%q) = %q; want not a dual", form, got)
		}
	}
	dir := t.TempDir()
	if err := writeFile(dir+"/duals.tsv", "# test\nقارب\tقوارب\nسطر-بلا-أعمدة\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDuals(dir); err == nil || !strings.Contains(err.Error(), "duals.tsv:3") {
		t.Errorf("LoadDuals(bad file) error = %v; want one naming line 3", err)
	}
}

// cut returns code points start..end of s (an invalid byte counts as one
// code point, as in the tokenizer).
func cut(s string, start, end int) string {
	b, cp := 0, 0
	from := -1
	for b <= len(s) {
		if cp == start {
			from = b
		}
		if cp == end {
			return s[from:b]
		}
		if b == len(s) {
			break
		}
		_, size := utf8.DecodeRuneInString(s[b:])
		b += size
		cp++
	}
	panic("cut: offsets past the end")
}

func equalCases(a, b []numCase) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestNumbersAndDates(t *testing.T) {
	src := "قتل 3 جنود يوم السبت 7 أكتوبر، وأصيب جنديان أمس في هجوم استمر منذ 2014"
	pub := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	x := NewAnalyzer().Analyze(src)
	nums, dates := x.NumbersAndDates(DefaultDuals(), pub, true)
	if want := x.Dates(pub, true); !reflect.DeepEqual(dates, want) {
		t.Errorf("NumbersAndDates(%q) dates = %+v; want %+v", src, dates, want)
	}
	if want := x.Numbers(); !reflect.DeepEqual(nums, want) || len(nums) != 2 {
		t.Errorf("NumbersAndDates(%q) numbers = %+v; want %+v (two)", src, nums, want)
	}
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"الثالثة", 3},
		{"للمرة", 0},
		{"العاشر", 10},
		{"والرابعة", 4},
		{"ثلاثة", 0},
		{"2018", 0},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		x := a.Analyze(tt.in)
		if len(x.Tokens) != 1 {
			t.Fatalf("Analyze(%q): %d tokens", tt.in, len(x.Tokens))
		}
		if got := Ordinal(&x.Tokens[0]); got != tt.want {
			t.Errorf("Ordinal(%q) = %d; want %d", tt.in, got, tt.want)
		}
	}
}

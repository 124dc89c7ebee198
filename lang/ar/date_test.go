package ar

import (
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// dateCase is one expected date: its text, date, end, precision, kind and
// whether it starts a since span.
type dateCase struct {
	text, date, end, prec, kind string
	since                       bool
}

func TestDates(t *testing.T) {
	day, week, month, year := hadath.DateDay, hadath.DateWeek, hadath.DateMonth, hadath.DateYear
	// 2024-01-20 is a Saturday.
	tests := []struct {
		src, pub string
		want     []dateCase
	}{
		// weekdays
		{"وقع الهجوم يوم السبت", "2024-01-20", []dateCase{{"يوم السبت", "2024-01-20", "", day, DateWeekday, false}}},
		{"قال الوزير، الخميس، إن", "2024-01-20", []dateCase{{"الخميس", "2024-01-18", "", day, DateWeekday, false}}},
		{"اندلعت الاشتباكات مساء الجمعة", "2024-01-20", []dateCase{{"مساء الجمعة", "2024-01-19", "", day, DateWeekday, false}}},
		{"سقط صاروخ ليلة الجمعة وصباح الخميس", "2024-01-20", []dateCase{{"ليلة الجمعة", "2024-01-19", "", day, DateWeekday, false}, {"صباح الخميس", "2024-01-18", "", day, DateWeekday, false}}},
		{"التقى الخميس الماضي والسبت الماضي", "2024-01-20", []dateCase{{"الخميس الماضي", "2024-01-18", "", day, DateWeekday, false}, {"السبت الماضي", "2024-01-13", "", day, DateWeekday, false}}},
		{"يصل الأحد المقبل ويغادر الأربعاء القادم", "2024-01-20", []dateCase{{"الأحد المقبل", "2024-01-21", "", day, DateWeekday, false}, {"الأربعاء القادم", "2024-01-24", "", day, DateWeekday, false}}},
		{"غرق المركب ليل السبت الأحد", "2024-01-22", []dateCase{{"ليل السبت الأحد", "2024-01-20", "2024-01-21", day, DateWeekday, false}}},
		{"وقعت الجريمة الأحد صباحا", "2024-01-22", []dateCase{{"الأحد صباحا", "2024-01-21", "", day, DateWeekday, false}}},
		{"أعلن الاثنين 15 يناير", "2024-01-20", []dateCase{{"الاثنين 15 يناير", "2024-01-15", "", day, DateExplicit, false}}},
		{"من المقرر أن يصل الوفد الأحد", "2024-01-20", []dateCase{{"الأحد", "2024-01-21", "", day, DateWeekday, false}}},
		{"كان من المقرر أن يبدأ الأحد", "2024-01-20", []dateCase{{"الأحد", "2024-01-14", "", day, DateWeekday, false}}},
		// relative days
		{"قصف أمس ومساء أمس والبارحة", "2024-01-20", []dateCase{{"أمس", "2024-01-19", "", day, DateRelative, false}, {"مساء أمس", "2024-01-19", "", day, DateRelative, false}, {"البارحة", "2024-01-19", "", day, DateRelative, false}}},
		{"قتل أول أمس وأول من أمس وأمس الأول", "2024-01-20", []dateCase{{"أول أمس", "2024-01-18", "", day, DateRelative, false}, {"أول من أمس", "2024-01-18", "", day, DateRelative, false}, {"أمس الأول", "2024-01-18", "", day, DateRelative, false}}},
		{"قتل يوم أمس وهذا اليوم", "2024-01-20", []dateCase{{"يوم أمس", "2024-01-19", "", day, DateRelative, false}, {"هذا اليوم", "2024-01-20", "", day, DateRelative, false}}},
		{"قال اليوم إن صباح اليوم شهد", "2024-01-20", []dateCase{{"اليوم", "2024-01-20", "", day, DateRelative, false}, {"صباح اليوم", "2024-01-20", "", day, DateRelative, false}}},
		{"أعلن اليوم السبت", "2024-01-20", []dateCase{{"اليوم السبت", "2024-01-20", "", day, DateRelative, false}}},
		// "today Friday" in a story dated Saturday was written on Friday;
		// a weekday further off leaves the day as dated.
		{"أعلن اليوم الجمعة", "2024-01-20", []dateCase{{"اليوم الجمعة", "2024-01-19", "", day, DateRelative, false}}},
		{"أعلن اليوم الثلاثاء", "2024-01-20", []dateCase{{"اليوم الثلاثاء", "2024-01-20", "", day, DateRelative, false}}},
		{"تجتمع الليلة بعد غارات الليلة الماضية", "2024-01-20", []dateCase{{"الليلة", "2024-01-20", "", day, DateRelative, false}, {"الليلة الماضية", "2024-01-19", "", day, DateRelative, false}}},
		{"يصل غدا ويعود بعد غد", "2024-01-20", []dateCase{{"غدا", "2024-01-21", "", day, DateRelative, false}, {"بعد غد", "2024-01-22", "", day, DateRelative, false}}},
		// relative periods: weeks run Sunday to Saturday
		{"هاجموا السفن هذا الأسبوع", "2024-01-20", []dateCase{{"هذا الأسبوع", "2024-01-14", "2024-01-20", week, DateRelative, false}}},
		{"قتل الأسبوع الماضي وسيزور الأسبوع المقبل", "2024-01-20", []dateCase{{"الأسبوع الماضي", "2024-01-07", "2024-01-13", week, DateRelative, false}, {"الأسبوع المقبل", "2024-01-21", "2024-01-27", week, DateRelative, false}}},
		{"أعلنت تركيا الأسبوع الماضي", "2018-06-08", []dateCase{{"الأسبوع الماضي", "2018-05-27", "2018-06-02", week, DateRelative, false}}},
		// the last hours or days before publication
		{"اعتقلت الشرطة خلال الساعات الماضية عشرة أشخاص", "2024-01-20", []dateCase{{"الساعات الماضية", "2024-01-20", "", day, DateRelative, false}}},
		{"تظاهر الآلاف في الأيام الأخيرة", "2024-01-20", []dateCase{{"الأيام الأخيرة", "2024-01-14", "2024-01-20", week, DateRelative, false}}},
		{"قضى أياما طويلة في السجن", "2024-01-20", nil},
		{"بدأت الشهر الماضي وتنتهي الشهر الجاري", "2024-01-20", []dateCase{{"الشهر الماضي", "2023-12", "", month, DateRelative, false}, {"الشهر الجاري", "2024-01", "", month, DateRelative, false}}},
		{"عقدت القمة العام الماضي والسنة الماضية وهذا العام", "2024-01-20", []dateCase{{"العام الماضي", "2023", "", year, DateRelative, false}, {"السنة الماضية", "2023", "", year, DateRelative, false}, {"هذا العام", "2024", "", year, DateRelative, false}}},
		{"قبل يومين وقبل ثلاثة أيام وقبل 10 أيام", "2024-01-20", []dateCase{{"قبل يومين", "2024-01-18", "", day, DateRelative, false}, {"قبل ثلاثة أيام", "2024-01-17", "", day, DateRelative, false}, {"قبل 10 أيام", "2024-01-10", "", day, DateRelative, false}}},
		{"قبل أسبوع وقبل شهرين وقبل عام", "2024-01-20", []dateCase{{"قبل أسبوع", "2024-01-13", "", week, DateRelative, false}, {"قبل شهرين", "2023-11", "", month, DateRelative, false}, {"قبل عام", "2023", "", year, DateRelative, false}}},
		{"انطلقت العملية قبل أيام قليلة", "2021-03-15", []dateCase{{"قبل أيام قليلة", "2021-03-08", "2021-03-14", week, DateRelative, false}}},
		{"قالت في وقت سابق من الأسبوع وتلتقي نهاية الأسبوع المقبل", "2018-06-30", []dateCase{{"الأسبوع", "2018-06-24", "2018-06-30", week, DateRelative, false}, {"الأسبوع المقبل", "2018-07-06", "2018-07-07", week, DateRelative, false}}},
		// explicit Gregorian dates, three naming systems
		{"في 7 أكتوبر 2023 وفي 7 تشرين الأول/أكتوبر", "2024-01-20", []dateCase{{"7 أكتوبر 2023", "2023-10-07", "", day, DateExplicit, false}, {"7 تشرين الأول/أكتوبر", "2023-10-07", "", day, DateExplicit, false}}},
		{"يوم 7 أكتوبر (تشرين الأول) 2023", "2024-01-20", []dateCase{{"يوم 7 أكتوبر (تشرين الأول) 2023", "2023-10-07", "", day, DateExplicit, false}}},
		{"في السابع من أكتوبر والحادي والعشرين من مارس 2018", "2024-01-20", []dateCase{{"السابع من أكتوبر", "2023-10-07", "", day, DateExplicit, false}, {"الحادي والعشرين من مارس 2018", "2018-03-21", "", day, DateExplicit, false}}},
		{"في الخامس عشر من شهر أيار والأول من يونيو", "2024-01-20", []dateCase{{"الخامس عشر من شهر أيار", "2023-05-15", "", day, DateExplicit, false}, {"الأول من يونيو", "2023-06-01", "", day, DateExplicit, false}}},
		{"في 5 جوان 2018 و14 جويلية و3 أوت 2017", "2024-01-20", []dateCase{{"5 جوان 2018", "2018-06-05", "", day, DateExplicit, false}, {"14 جويلية", "2023-07-14", "", day, DateExplicit, false}, {"3 أوت 2017", "2017-08-03", "", day, DateExplicit, false}}},
		{"اعتقلت في نوفمبر وفي نوفمبر الماضي ونوفمبر 2022", "2024-01-20", []dateCase{{"نوفمبر", "2023-11", "", month, DateExplicit, false}, {"نوفمبر الماضي", "2023-11", "", month, DateExplicit, false}, {"نوفمبر 2022", "2022-11", "", month, DateExplicit, false}}},
		{"في آب/أغسطس 2016 وشباط 2017 وجانفي 2019", "2024-01-20", []dateCase{{"آب/أغسطس 2016", "2016-08", "", month, DateExplicit, false}, {"شباط 2017", "2017-02", "", month, DateExplicit, false}, {"جانفي 2019", "2019-01", "", month, DateExplicit, false}}},
		{"تنتهي في فبراير المقبل وبدأت في مارس", "2024-01-20", []dateCase{{"فبراير المقبل", "2024-02", "", month, DateExplicit, false}, {"مارس", "2023-03", "", month, DateExplicit, false}}},
		{"في أكتوبر من العام الماضي", "2024-01-20", []dateCase{{"أكتوبر من العام الماضي", "2023-10", "", month, DateExplicit, false}}},
		{"بيان 20/1/2024 و2024-01-19 و18.1.2024", "2024-01-20", []dateCase{{"20/1/2024", "2024-01-20", "", day, DateExplicit, false}, {"2024-01-19", "2024-01-19", "", day, DateExplicit, false}, {"18.1.2024", "2024-01-18", "", day, DateExplicit, false}}},
		{"عقدت جلسة في 19 من الشهر الجاري وفي الخامس من الشهر الماضي", "2024-01-20", []dateCase{{"19 من الشهر الجاري", "2024-01-19", "", day, DateExplicit, false}, {"الخامس من الشهر الماضي", "2023-12-05", "", day, DateExplicit, false}}},
		{"في 16 / 8 / 1439هـ", "2018-05-01", []dateCase{{"16 / 8 / 1439هـ", "2018-05-02", "", day, DateHijri, false}}},
		{"من المقرر أن تعقد القمة في 3 مارس", "2024-01-20", []dateCase{{"3 مارس", "2024-03-03", "", day, DateExplicit, false}}},
		{"وقعت في 3 مارس", "2024-01-20", []dateCase{{"3 مارس", "2023-03-03", "", day, DateExplicit, false}}},
		// years
		{"عام 2005 وسنة 2011م والعام 2014 وفي 2016 و1999م", "2024-01-20", []dateCase{{"عام 2005", "2005", "", year, DateYear, false}, {"سنة 2011م", "2011", "", year, DateYear, false}, {"العام 2014", "2014", "", year, DateYear, false}, {"2016", "2016", "", year, DateYear, false}, {"1999م", "1999", "", year, DateYear, false}}},
		// Hijri
		{"في 15 رمضان 1445 هـ و1 شوال 1445", "2024-01-20", []dateCase{{"15 رمضان 1445 هـ", "2024-03-25", "", day, DateHijri, false}, {"1 شوال 1445", "2024-04-10", "", day, DateHijri, false}}},
		{"خلال شهر رمضان", "2024-01-20", []dateCase{{"شهر رمضان", "2023-03-23", "2023-04-21", month, DateHijri, false}}},
		{"خلال شهر رمضان", "2024-03-20", []dateCase{{"شهر رمضان", "2024-03-11", "2024-04-09", month, DateHijri, false}}},
		{"في العاشر من ذي الحجة 1439 وعام 1439 هـ", "2018-09-01", []dateCase{{"العاشر من ذي الحجة 1439", "2018-08-22", "", day, DateHijri, false}, {"عام 1439 هـ", "2017", "", year, DateHijri, false}}},
		// since and ranges
		{"قتل منذ 7 أكتوبر أكثر من 100", "2024-01-20", []dateCase{{"منذ 7 أكتوبر", "2023-10-07", "2024-01-20", day, DateExplicit, true}}},
		{"منذ عام 2011 ومنذ ثلاث سنوات ومنذ يومين", "2024-01-20", []dateCase{{"منذ عام 2011", "2011", "2024-01-20", year, DateYear, true}, {"منذ ثلاث سنوات", "2021", "2024-01-20", year, DateRelative, true}, {"منذ يومين", "2024-01-18", "2024-01-20", day, DateRelative, true}}},
		{"بين 5 و8 مايو ومن 10 إلى 12 يونيو 2018", "2024-01-20", []dateCase{{"بين 5 و8 مايو", "2023-05-05", "2023-05-08", day, DateRange, false}, {"من 10 إلى 12 يونيو 2018", "2018-06-10", "2018-06-12", day, DateRange, false}}},
		{"القمة في 28 و29 حزيران/يونيو الجاري", "2018-06-18", []dateCase{{"28 و29 حزيران/يونيو الجاري", "2018-06-28", "2018-06-29", day, DateRange, false}}},
		{"بين 28 ديسمبر و3 يناير", "2024-01-20", []dateCase{{"بين 28 ديسمبر و3 يناير", "2023-12-28", "2024-01-03", day, DateRange, false}}},
		{"من 2014 إلى 2016 وبين عامي 2017 و2018", "2024-01-20", []dateCase{{"من 2014 إلى 2016", "2014", "2016", year, DateRange, false}, {"عامي 2017 و2018", "2017", "2018", year, DateRange, false}}},
		{"في الفترة من أيار/مايو إلى أيلول/سبتمبر 2017", "2024-01-20", []dateCase{{"من أيار/مايو إلى أيلول/سبتمبر 2017", "2017-05", "2017-09", month, DateRange, false}}},
		// the year of a day and month without year, across the new year
		{"وقع في 28 ديسمبر", "2024-01-03", []dateCase{{"28 ديسمبر", "2023-12-28", "", day, DateExplicit, false}}},
		{"يبدأ في 2 يناير", "2023-12-30", []dateCase{{"2 يناير", "2024-01-02", "", day, DateExplicit, false}}},
		{"تنتهي في 28 يناير", "2024-01-20", []dateCase{{"28 يناير", "2023-01-28", "", day, DateExplicit, false}}},
		{"الشهر الماضي والأسبوع الماضي", "2024-01-03", []dateCase{{"الشهر الماضي", "2023-12", "", month, DateRelative, false}, {"الأسبوع الماضي", "2023-12-24", "2023-12-30", week, DateRelative, false}}},
		// without publication date
		{"يوم السبت وفي 7 أكتوبر وفي 7 أكتوبر 2023 وأمس", "", []dateCase{{"يوم السبت", "", "", day, DateWeekday, false}, {"7 أكتوبر", "", "", day, DateExplicit, false}, {"7 أكتوبر 2023", "2023-10-07", "", day, DateExplicit, false}, {"أمس", "", "", day, DateRelative, false}}},
		// no dates
		{"قال الأمين العام الحالي في ذلك اليوم إن اليوم التالي", "2024-01-20", nil},
		{"تطور الخلاف بين الاثنين", "2024-01-20", nil},
		{"قالت ماي إن رجب طيب أردوغان مارس ضغوطا وقناة روسيا اليوم", "2024-01-20", nil},
		{"انتهت المباراة بنتيجة 1-صفر وقتل 2014 شخصا و31/2/2024", "2024-01-20", nil},
		{"بعد عشرات السنين ومنذ أسابيع وقبل عام 2011", "2024-01-20", []dateCase{{"عام 2011", "2011", "", year, DateYear, false}}},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		var pub time.Time
		if tt.pub != "" {
			var err error
			if pub, err = time.Parse(time.DateOnly, tt.pub); err != nil {
				t.Fatal(err)
			}
		}
		var have []dateCase
		for _, d := range a.Analyze(tt.src).Dates(pub, tt.pub != "") {
			have = append(have, dateCase{cut(tt.src, d.Start, d.End), d.Date, d.DateEnd, d.Precision, d.Kind, d.Since})
		}
		if !equalDates(have, tt.want) {
			t.Errorf("Dates(%q, pub=%s) = %+v; want %+v", tt.src, tt.pub, have, tt.want)
		}
	}
}

func equalDates(a, b []dateCase) bool {
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

// TestAhead checks which days named without a year are marked as falling
// soon after publication.
func TestAhead(t *testing.T) {
	tests := []struct {
		src, pub string
		date     string
		ahead    bool
	}{
		// Within two months after publication: last year's, marked.
		{"تعقد القمة في 12 يونيو", "2018-05-04", "2017-06-12", true},
		{"تنتهي المهلة في الأول من يوليو", "2018-05-04", "2017-07-01", true},
		// Within the week the reading allows: this year's, unmarked.
		{"تعقد القمة في 8 مايو", "2018-05-04", "2018-05-08", false},
		{"تعقد القمة من 18 إلى 20 يونيو", "2018-05-04", "2017-06-18", true},
		// Further ahead, before publication, with a year, with الماضي,
		// with المقبل, or a month alone: unmarked.
		{"تعقد القمة في 12 ديسمبر", "2018-05-04", "2017-12-12", false},
		{"عقدت القمة في 12 أبريل", "2018-05-04", "2018-04-12", false},
		{"عقدت القمة في 12 يونيو 2017", "2018-05-04", "2017-06-12", false},
		{"عقدت القمة في 12 يونيو الماضي", "2018-05-04", "2017-06-12", false},
		{"تعقد القمة في 12 يونيو المقبل", "2018-05-04", "2018-06-12", false},
		{"تعقد القمة في يونيو", "2018-05-04", "2017-06", false},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		pub, err := time.Parse(time.DateOnly, tt.pub)
		if err != nil {
			t.Fatal(err)
		}
		ds := a.Analyze(tt.src).Dates(pub, true)
		if len(ds) != 1 {
			t.Errorf("Dates(%q) = %d dates; want 1", tt.src, len(ds))
			continue
		}
		if ds[0].Date != tt.date || ds[0].Ahead != tt.ahead {
			t.Errorf("Dates(%q, pub=%s) = %q ahead %v; want %q ahead %v", tt.src, tt.pub, ds[0].Date, ds[0].Ahead, tt.date, tt.ahead)
		}
	}
}

// TestSameYear checks that a month "of the same year", or the same year
// alone, takes the year the last date before it states in figures.
func TestSameYear(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"سجن في شباط 2009 وخرج من سجنه في تموز من السنة نفسها", []string{"2009-02", "2009-07"}},
		{"وقع الاتفاق عام 2011 ثم انهار في 3 مارس من السنة ذاتها", []string{"2011", "2011-03-03"}},
		{"وقع الاتفاق في مايو 2011 وانهار في العام نفسه", []string{"2011-05", "2011"}},
		{"عين في مايو 2011 وقال الأمين العام نفسه إنه سيبقى", []string{"2011-05"}},
		// With no year stated before, the month is read alone.
		{"خرج من سجنه في تموز من السنة نفسها", []string{"2017-07"}},
		// A year named as a count is no year.
		{"نشر 2000 جندي في تموز من السنة نفسها", []string{"2017-07"}},
	}
	a := NewAnalyzer()
	pub := time.Date(2018, 5, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		var have []string
		for _, d := range a.Analyze(tt.src).Dates(pub, true) {
			have = append(have, d.Date)
		}
		if strings.Join(have, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Dates(%q) = %q; want %q", tt.src, have, tt.want)
		}
	}
}

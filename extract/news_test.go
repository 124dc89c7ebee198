package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestNewsOrNot reads single sentences as a user's alert would: does the
// sentence report an attack or a protest that is news, asserted and
// dated within a month of publication? Figurative uses, conditions, old
// events, sport and calls to protest later are not.
func TestNewsOrNot(t *testing.T) {
	tests := []struct {
		text string
		typ  string
		want bool
	}{
		{"قصفت طائرات حربية مواقع للمسلحين في ريف حماة مساء الثلاثاء.", hadath.Assault, true},
		{"قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم قرب الموصل.", hadath.Assault, true},
		{"تظاهر مئات العمال أمام مقر الحكومة في تونس احتجاجا على تأخر الرواتب.", hadath.Protest, true},
		{"خرج آلاف المحتجين إلى شوارع الخرطوم يوم الجمعة مطالبين بإسقاط الحكومة.", hadath.Protest, true},
		// A protest named after a preposition, in a sentence read alone:
		// no other mention to join, yet news.
		{"قتل شابان برصاص الشرطة خلال تظاهرات في وسط العاصمة بغداد أمس.", hadath.Protest, true},
		{"وقال إن أي هجوم على قواتنا سيكون هجوما على الحلف كله.", hadath.Assault, false},
		{"استولى الحزب على السلطة بعد انتخابات مثيرة للجدل.", hadath.Assault, false},
		{"استحوذ الخبر على اهتمام وسائل الإعلام المحلية.", hadath.Assault, false},
		{"وكانت الطائرات الأمريكية قد قصفت بغداد في عام 2003.", hadath.Assault, false},
		{"سجل المهاجم هدفين في مباراة الفريق أمام منافسه يوم السبت.", hadath.Assault, false},
		{"ودعت النقابة إلى التظاهر يوم الأحد المقبل.", hadath.Protest, false},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-01")
		got := false
		for _, ev := range res.Events {
			if ev.Type == tt.typ && ev.Modality == hadath.Asserted && !ev.Background && ev.Date >= "2018-04-01" && ev.Date <= "2018-05-01" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Extract(%q) reports a %s that is news: %v; want %v", tt.text, tt.typ, got, tt.want)
		}
	}
}

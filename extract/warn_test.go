package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A warning about a party's danger or deed accuses; a warning of the
// speaker's own answer, a worry no party is named for, and من naming who
// warns after a noun of warning do not.
func TestWarnedAbout(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"حذر وزير الخارجية الأمريكي من تدخل الميليشيات الإيرانية في شؤون المنطقة.", "حذر", true},
		{"وحذرت الحكومة الأردنية أمس من نوايا إسرائيل في الضفة الغربية.", "وحذرت", true},
		{"حذر وزير الخارجية الأمريكي من أن أي هجوم على بلاده سيقابل برد حاسم.", "حذر", false},
		{"حذر وزير الخارجية الأمريكي من عواقب أي هجوم تشنه إسرائيل.", "حذر", false},
		{"حذر وزير الخارجية الأمريكي من كارثة إنسانية في المدينة.", "حذر", false},
		{"وأطلق الجنود النار بعد تحذيرات من الجيش الإسرائيلي.", "تحذيرات", false},
		// The party warned off a deed is threatened.
		{"حذر رئيس الوزراء الإسرائيلي إيران من اختبار عزيمة إسرائيل.", "حذر", false},
		{"أنقرة تحذر دمشق من نشر قوات في عفرين.", "تحذر", false},
		{"وكانت الشرطة الفرنسية قد حذرته من السفر إلى سوريا.", "حذرته من", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc, tm, c := proposedAt(t, x, tt.text, tt.trigger, hadath.Threaten)
		if c == nil {
			continue
		}
		if got := dc.warnedAbout(tm); got != tt.want {
			t.Errorf("warnedAbout(%q in %q) = %v; want %v", tt.trigger, tt.text, got, tt.want)
		}
	}
}

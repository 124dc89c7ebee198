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
		{"حذر وزير الدفاع الكندي من تمدد الميليشيات الإيرانية نحو الموانئ.", "حذر", true},
		{"وحذرت الحكومة الأردنية أمس من نوايا إسرائيل تجاه الأغوار.", "وحذرت", true},
		{"حذر وزير الدفاع الكندي من أن قواته ستتصدى بحزم لكل معتد.", "حذر", false},
		{"حذر وزير الدفاع الكندي من عواقب المساس بجنوده.", "حذر", false},
		{"حذر وزير الدفاع الكندي من كارثة في المخيمات الشمالية.", "حذر", false},
		{"وأطلق الجنود النار بعد تحذيرات من الجيش الإسرائيلي.", "تحذيرات", false},
		// The party warned off a deed is threatened.
		{"حذر الرئيس المصري جارته الجنوبية إثيوبيا من المساس بسد أسوان.", "حذر", false},
		{"أنقرة تحذر دمشق من نشر قوات في عفرين.", "تحذر", false},
		{"وسبق أن حذرته الشرطة البلجيكية من السفر إلى سوريا.", "حذرته", false},
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

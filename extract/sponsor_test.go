package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A party named after a word of backing (الموالية ل، المدعومة من) backs
// the one before it and is no target of its deeds; sites belonging to a
// party (مواقع تابعة ل) are that party's own, but an armed party's
// allegiance (المليشيا التابعة لإيران) is backing.
func TestSponsorNoTarget(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"وقصفت قوات الجيش اليمني الموالية للسعودية والإمارات تحصينات المتمردين شرق مدينة حيس فجر الأحد.", "Yemeni National Army", "Yemeni rebels"},
		{"وقتل ثلاثة مدنيين بقذائف الحوثيين الموالين لإيران على مدينة حيس يوم الأحد.", "Houthis", "Yemeni civilians"},
		{"وضربت مقاتلات إسرائيلية مخازن تابعة للحرس الثوري الإيراني جنوب حمص ليل الأحد.", "Israeli air force", "Islamic Revolutionary Guard Corps"},
		// An armed party's allegiance (التابعة ل) is backing too.
		{"وأطلقت المليشيا الحوثية التابعة لإيران صاروخين على مدينة نجران مساء الأحد.", "Houthis", ""},
		{"وقصف الحوثيون ناقلة نفط تابعة لشركة سعودية في البحر الأحمر مساء الأحد.", "Houthis", "Saudi company"},
	}
	for _, tt := range tests {
		actor, target := lastParties(t, tt.text, "2018-05-01", hadath.Assault)
		if actor != tt.actor || target != tt.target {
			t.Errorf("attack(%q) = %q > %q; want %q > %q", tt.text, actor, target, tt.actor, tt.target)
		}
	}
}

package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestSplitPhrases reads a deployment whose verb and forces the subject
// stands between, and nothing where the verb moves no forces; and the same
// for blame laid with حمّل.
func TestSplitPhrases(t *testing.T) {
	tests := []struct {
		text, trigger string // "" when no split phrase
	}{
		{"وحمّلت وزارة الخارجية واشنطن مسؤولية التصعيد.", "وحمّلت"},
		{"ويحمل المتحدث الجماعة المسلحة المسؤولية الكاملة عن الهجوم.", "ويحمل"},
		{"وتتحمل الحكومة مسؤولية الأمن في المدينة.", ""},
		{"وحمل المتظاهرون لافتات كتب عليها شعارات.", ""},
		{"ونشر الجيش الليبي على طول الساحل وحدات جديدة.", "ونشر"},
		{"أرسلت الولايات المتحدة حاملة طائرات إلى الخليج.", "أرسلت"},
		{"وترسل الحكومة مزيدا من الجنود إلى الجنوب.", "وترسل"},
		{"ونشرت الصحيفة تقريرا مطولا عن القوات الروسية.", ""},
		{"ونشر الوزير بيانا، وقال إن القوات ستبقى.", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Text: tt.text}
		dc := x.analyze(d)
		got := ""
		for _, m := range splitPhrases(dc.x, dc.cues, nil) {
			got = dc.tokSpan(m.First, m.Last).Text
		}
		if got != tt.trigger {
			t.Errorf("splitPhrases(%q) = %q; want %q", tt.text, got, tt.trigger)
		}
	}
}

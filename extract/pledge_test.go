package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A pledge of a hostile deed, or of pressing on with one, threatens; a
// pledge of help, reform or money promises.
func TestPledgedHarm(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"وتعهدت إيران بالرد على الغارة الإسرائيلية.", "وتعهدت", true},
		{"تعهد الرئيس التركي، الجمعة، بمواصلة الضغط على المسلحين.", "تعهد", true},
		{"وتعهد قائد الجيش بشن هجمات جديدة على معاقل التنظيم.", "وتعهد", true},
		{"تعهدت الشرطة باعتقال كل من شارك في أعمال الشغب.", "تعهدت", true},
		{"وتعهد الوزيران \"برد حازم\" على قصف المعبر.", "وتعهد", true},
		{"تعهد الوزير بتقديم مساعدات عاجلة للنازحين.", "تعهد", false},
		{"وتعهدت الحكومة بإجراء انتخابات حرة في الربيع.", "وتعهدت", false},
		{"تعهدت المعارضة بإعادة العمل بالدستور القديم.", "تعهدت", false},
		// Words other than the speaker and the day between the pledge
		// and its ب make no pledge of that deed.
		{"وتعهد الوزير الذي زار المدينة بالأمس بتقديم مساعدات وبالرد.", "وتعهد", false},
		{"وتعهدت الحكومة الإيطالية مساء الجمعة بالرد على الهجوم.", "وتعهدت", true},
		{"يتعهد قائد الجيش بالانتقام لمقتل الجنود.", "يتعهد", true},
		{"وتعهد الوزير بإصلاح شامل، وقال إنه سيرد على منتقديه.", "وتعهد", false},
		// A promise that is not a pledge is not read so.
		{"وافقت الحكومة على الرد على مطالب المحتجين.", "وافقت", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc, tm, c := proposedAt(t, x, tt.text, tt.trigger, hadath.Agree)
		if c == nil {
			continue
		}
		if got := dc.pledgedHarm(tm); got != tt.want {
			t.Errorf("pledgedHarm(%q in %q) = %v; want %v", tt.trigger, tt.text, got, tt.want)
		}
	}
}

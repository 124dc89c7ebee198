package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestAskedFor checks that what a call asks for, told right after إلى,
// على or ب, is no event, while the call is; and that only the first thing
// asked for goes, so that charges told after the sentence asked for stay.
func TestAskedFor(t *testing.T) {
	tests := []struct {
		text string
		typ  string
		want int
	}{
		{"ودعا النائب حكومات أوروبا إلى إدانة التصريحات الأخيرة للوزير.", hadath.Accuse, 0},
		{"وطالبت الجمعية الأمم المتحدة بإدانة الانتهاكات في المدينة.", hadath.Accuse, 0},
		{"ودعا النائب حكومات أوروبا إلى إدانة التصريحات الأخيرة للوزير.", hadath.Request, 1},
		{"وأدانت الحكومة الهجوم على السفارة ودعت إلى ضبط النفس.", hadath.Accuse, 1},
		{"وطالب المدعي العام بإصدار حكم بسجنه بتهمة التجسس لصالح دولة أجنبية.", hadath.Accuse, 1},
	}
	for _, tt := range tests {
		if got := count(run(t, tt.text, "2018-05-09"), tt.typ); got != tt.want {
			t.Errorf("Extract(%q): %d %s events; want %d", tt.text, got, tt.typ, tt.want)
		}
	}
}

// TestMayVerb checks which words after قد read as verbs in the present.
func TestMayVerb(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"يشن", true},
		{"تشهد", true},
		{"يزور", true},
		{"تعرضت", false},
		{"تمكنت", false},
		{"تم", false},
		{"نفذ", false},
		{"نجا", false},
		{"قصفت", false},
	}
	for _, tt := range tests {
		if got := mayVerb(tt.word); got != tt.want {
			t.Errorf("mayVerb(%q) = %v; want %v", tt.word, got, tt.want)
		}
	}
}

// TestProtestAims checks that what a protest is held against is no
// condemnation of its own, while a condemnation by other means is.
func TestProtestAims(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"تجمع مئات الطلاب، الأحد، أمام مبنى البرلمان رغم المطر، تنديدا بقرار الحكومة.", 0},
		{"وخرجت مظاهرات في عدة مدن للتنديد بارتفاع الأسعار.", 0},
		{"وأصدر الحزب بيانا للتنديد بالقانون الجديد.", 1},
	}
	for _, tt := range tests {
		if got := count(run(t, tt.text, "2018-05-09"), hadath.Accuse); got != tt.want {
			t.Errorf("Extract(%q): %d ACCUSE events; want %d", tt.text, got, tt.want)
		}
	}
}

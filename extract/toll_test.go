package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestTollSince checks that the dead counted since a day or a happening
// make no attack, while a day's dead, a superlative's span and a running
// total after the day's dead do.
func TestTollSince(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"وقتل 120 مدنيا برصاص القوات الحكومية منذ نهاية مارس.", 0},
		{"وقتل نحو ألفي شخص في البلاد منذ بدء الحرب.", 0},
		{"وقتل 25 متظاهرا بنيران الشرطة قرب المعبر، منذ أن اندلعت المظاهرات.", 0},
		{"قتل ثلاثة جنود في هجوم على حاجز للجيش هو الأعنف منذ أشهر.", 1},
		{"قتل ثلاثة جنود في هجوم على حاجز للجيش شمال المدينة أمس.", 1},
		{"قتل شاب برصاص الشرطة أمس في العاصمة، ليرتفع عدد القتلى منذ بدء الاحتجاجات إلى 30.", 1},
	}
	for _, tt := range tests {
		if got := count(run(t, tt.text, "2018-05-09"), hadath.Assault); got != tt.want {
			t.Errorf("Extract(%q): %d ASSAULT events; want %d", tt.text, got, tt.want)
		}
	}
}

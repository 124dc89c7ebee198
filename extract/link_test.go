package extract

import "testing"

// TestLinkSentence checks that a line pointing to another story proposes
// no events, and that the same words inside a sentence do not make one.
func TestLinkSentence(t *testing.T) {
	tests := []struct {
		text string
		n    int // events
	}{
		{"قصف الجيش مواقع المسلحين شمال المدينة فجر الأحد.\nللمزيد: الشرطة تعتقل عشرات المتظاهرين في القاهرة", 1},
		{"قصف الجيش مواقع المسلحين شمال المدينة فجر الأحد.\nاقرأ أيضا: الشرطة تعتقل عشرات المتظاهرين في القاهرة", 1},
		{"قصف الجيش مواقع المسلحين شمال المدينة فجر الأحد.\nإقرأ أيضاً - الطائرات الحربية تقصف قرى جبلية في ريف حماة", 1},
		{"وقصفت الطائرات الحربية مواقع المسلحين للمزيد من الضغط عليهم قبل المفاوضات.", 1},
	}
	for _, tt := range tests {
		if got := len(run(t, tt.text, "2018-05-01").Events); got != tt.n {
			t.Errorf("Extract(%q) = %d events; want %d", tt.text, got, tt.n)
		}
	}
}

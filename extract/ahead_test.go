package extract

import (
	"context"
	"testing"

	"github.com/hadath/hadath"
)

// TestToldAhead checks that a noun naming again a meeting told as to come,
// with no tense of its own, joins it and is to come too; and that a
// headline naming by a noun the meeting the story tells as to come is.
func TestToldAhead(t *testing.T) {
	tests := []struct {
		title, text string
		n           int    // meetings coded
		modality    string // of every one
	}{
		{"", "يبدأ رئيس الوزراء الهندي الأحد المقبل زيارة رسمية إلى مسقط.\nوتستمر الزيارة ثلاثة أيام.", 1, hadath.Future},
		{"", "يبدأ رئيس الوزراء الهندي الأحد المقبل زيارة رسمية إلى مسقط.\nوخلال زيارة رئيس الوزراء الهندي يوقع البلدان اتفاقيات تجارية.", 1, hadath.Future},
		// A meeting held is named again as held.
		{"", "اختتم رئيس الوزراء الهندي الأحد الماضي زيارة رسمية إلى مسقط.\nواستمرت الزيارة ثلاثة أيام.", 1, hadath.Asserted},
		{"قمة الكوريتين تثير الآمال",
			"قمة الكوريتين تثير الآمال\nومن المقرر أن يجتمع زعيما البلدين في بانمونجوم يوم 12 يونيو.", 1, hadath.Future},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Published: "2018-05-10", Title: tt.title, Text: tt.text}
		r, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ev := range r.Events {
			if ev.Type != hadath.Consult {
				continue
			}
			n++
			if ev.Modality != tt.modality {
				t.Errorf("Extract(%q) meeting %q is %s; want %s", tt.text, ev.Trigger.Text, ev.Modality, tt.modality)
			}
		}
		if n != tt.n {
			t.Errorf("Extract(%q) codes %d meetings; want %d", tt.text, n, tt.n)
		}
	}
}

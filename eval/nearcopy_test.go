package eval

import "testing"

func TestContainment(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 0},
		{"وصل الوزير إلى العاصمة صباح اليوم", "", 0},
		{"وصل الوزير إلى العاصمة صباح اليوم", "وصل الوزير إلى العاصمة صباح اليوم", 1},
		// Punctuation and spacing do not count.
		{"وصل الوزير، إلى العاصمة صباح اليوم.", "وصل  الوزير إلى العاصمة - صباح اليوم", 1},
		// A copy of part of a longer text is contained in it.
		{"وصل الوزير إلى العاصمة", "قال مصدر إن وصل الوزير إلى العاصمة صباح اليوم", 1},
		// No trigram is shared.
		{"عاد الوفد إلى بلاده", "وصل الوزير إلى العاصمة صباح اليوم", 0},
		// One of the shorter text's two trigrams is shared.
		{"الوزير إلى العاصمة أمس", "وصل الوزير إلى العاصمة صباح اليوم", 0.5},
	}
	for _, tt := range tests {
		if got := Containment(Shingles(tt.a), Shingles(tt.b)); got != tt.want {
			t.Errorf("Containment(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCopyIndex(t *testing.T) {
	x := NewCopyIndex()
	x.Add("a", "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في الجنوب")
	x.Add("b", "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار مساء الأحد")
	tests := []struct {
		text string
		want string
	}{
		{"أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في الجنوب والشمال", "a"},
		{"افتتح المعرض الدولي للكتاب أبوابه أمام الزوار", "b"},
		{"أعلنت الحكومة اليوم أنها لن تشارك في المعرض", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := x.CopyOf(tt.text); got != tt.want {
			t.Errorf("CopyOf(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

package hadath

import (
	"slices"
	"testing"
)

func TestClosest(t *testing.T) {
	names := []string{"Hezbollah", "Hamas", "Houthis", "Islamic Resistance in Iraq", "Kataib Hezbollah", "Military (US)", "الحشد الشعبي"}
	tests := []struct {
		in   string
		want []string
	}{
		{"Hezbolah", []string{"Hezbollah"}},
		{"hezbollah", []string{"Hezbollah", "Kataib Hezbollah"}},
		{"hamas", []string{"Hamas"}},
		{"Houthi", []string{"Houthis"}},
		{"Islamic Resistance", []string{"Islamic Resistance in Iraq"}},
		{"الحشد", []string{"الحشد الشعبي"}},
		{"Narnia", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Closest(tt.in, names, 3); !slices.Equal(got, tt.want) {
			t.Errorf("Closest(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 5, 3},
		{"", "abc", 5, 3},
		{"same", "same", 2, 0},
		{"abcdefgh", "a", 2, 3}, // far apart in length: limit+1 at once
		{"abcdef", "uvwxyz", 2, 3},
	}
	for _, tt := range tests {
		if got := editDistance([]rune(tt.a), []rune(tt.b), tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d; want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

// FuzzClosest checks that any name, against names of any length, gives
// at most n suggestions, each one of the names, without panicking; the
// edit distance is bounded, so long inputs stay cheap.
func FuzzClosest(f *testing.F) {
	f.Add("Hezbolah", "Hezbollah", "Kataib Hezbollah")
	f.Add("", "", "")
	f.Add("الحشد", "الحشد الشعبي", "Military (US)")
	f.Fuzz(func(t *testing.T, s, a, b string) {
		names := []string{a, b, a + b}
		got := Closest(s, names, 2)
		if len(got) > 2 {
			t.Fatalf("Closest(%q, %q, 2) = %q; want at most 2", s, names, got)
		}
		for _, g := range got {
			if !slices.Contains(names, g) {
				t.Fatalf("Closest(%q, %q) = %q; want names from the list", s, names, got)
			}
		}
	})
}

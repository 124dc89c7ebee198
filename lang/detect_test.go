package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{"2024-01-20 12:00 !!", ""},
		{"قصفت طائرة مسيرة مخزنا للذخيرة", Arabic},
		{"A drone struck an ammunition depot", English},
		{"قال مسؤول في وزارة الدفاع لوكالة Reuters إن الهجوم وقع ليلا", Arabic},
		{"The ministry said the word مسيرة means drone in Arabic", English},
		{"ab بت", Arabic}, // a tie goes to Arabic
		{"Ça s'est passé à Genève", English},
		{"گزارش پیشین", Arabic}, // Arabic script, other language
		{strings.Repeat("a", 2000) + strings.Repeat("ب", 3000), English},
	}
	for _, tt := range tests {
		if got := Detect(tt.in); got != tt.want {
			in := tt.in
			if len(in) > 60 {
				in = in[:60] + "..."
			}
			t.Errorf("Detect(%q) = %q; want %q", in, got, tt.want)
		}
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"ar", "ar"}, {"AR", "ar"}, {"ar-SA", "ar"}, {" ara ", "ar"}, {"Arabic", "ar"},
		{"en", "en"}, {"en_GB", "en"}, {"eng", "en"}, {"English", "en"},
		{"fr", "fr"}, {"", ""},
	}
	for _, tt := range tests {
		if got := Code(tt.in); got != tt.want {
			t.Errorf("Code(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

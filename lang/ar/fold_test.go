package ar

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أحمد", "احمد"},
		{"إيران", "ايران"},
		{"آمن", "امن"},
		{"ٱلله", "الله"},
		{"مسؤول", "مسءول"},
		{"مسئول", "مسءول"},
		{"مستشفى", "مستشفي"},
		{"قاعدة", "قاعده"},
		{"مُحَمَّدٌ", "محمد"},
		{"جـــيش", "جيش"},
		{"٢٠٢٤", "2024"},
		{"۱۴۰۲", "1402"},
		{"٣٫٥", "3.5"},
		{"CNN", "cnn"},
		{"کرمان", "كرمان"},
		{"ایران", "ايران"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قاعدة الأسد الجوية", "قاعده اسد جويه"},
		{"العراق", "عراق"},
		{"الولايات المتحدة", "ولايات متحده"},
		{"  البحر   الأحمر ", "بحر احمر"},
		{"أكتوبر/تشرين الأول", "اكتوبر تشرين اول"},
		{"ال", "ال"},
		{"Al Asad Airbase", "al asad airbase"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"مُحَمَّدٌ", "٢٠٢٤ أكتوبر", "\xff\xfe", "CNN عربية", "ـــ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		got := Fold(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if utf8.RuneCountInString(got) > utf8.RuneCountInString(s) {
			t.Fatalf("Fold(%q) = %q: longer than its input", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold(Fold(%q)) = %q; want %q (idempotent)", s, again, got)
		}
	})
}

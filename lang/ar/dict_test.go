package ar

import "testing"

func TestDictFindAll(t *testing.T) {
	d := NewDict[string]()
	d.Add("العراق", "IQ")
	d.Add("قاعدة عين الأسد الجوية", "asad")
	d.Add("قاعدة الأسد الجوية", "asad")
	d.Add("الأسد", "assad")
	tests := []struct {
		src  string
		want []string // matched text, then value
	}{
		{"هجوم على قاعدة الأسد الجوية في العراق", []string{"قاعدة الأسد الجوية", "asad", "العراق", "IQ"}},
		{"وصل إلى بالعراق، ثم الأسد.", []string{"العراق", "IQ", "الأسد", "assad"}},
		{"وَلِلعِرَاقِ حدود", []string{"عِرَاقِ", "IQ"}},
		{"قاعدة الأسد. الجوية", []string{"الأسد", "assad"}},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		var got []string
		for _, m := range d.FindAll(x) {
			r := []rune(tt.src)
			if s := string(r[m.Start:m.End]); s != m.Text(x) {
				t.Errorf("FindAll(%q): span %d:%d cuts %q; text %q", tt.src, m.Start, m.End, s, m.Text(x))
			}
			got = append(got, m.Text(x), m.Values[0])
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindAll(%q) = %q; want %q", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindAll(%q) = %q; want %q", tt.src, got, tt.want)
				break
			}
		}
	}
}

func TestHashBits(t *testing.T) {
	var b hashBits
	in := []int{0, 1, 63, 64, 8191, 1<<14 - 1}
	for _, h := range in {
		b.set(h)
	}
	for _, tt := range []struct {
		h    int
		want bool
	}{{0, true}, {1, true}, {2, false}, {63, true}, {64, true}, {65, false}, {8191, true}, {8192, false}, {1<<14 - 1, true}, {1<<14 - 2, false}} {
		if got := b.has(tt.h); got != tt.want {
			t.Errorf("has(%d) = %v; want %v", tt.h, got, tt.want)
		}
	}
}

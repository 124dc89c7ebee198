package actors

import (
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// checkSpans reports every mention whose offsets do not cut exactly its
// text out of src, lie outside it, overlap the previous mention or
// disagree with the tokens.
func checkSpans(t *testing.T, src string, x *ar.Text, ms []Mention) {
	t.Helper()
	runes := []rune(src)
	prevEnd := 0
	for _, m := range ms {
		a := m.Actor
		if a.Span == nil {
			t.Fatalf("Find(%q): mention %+v has no span", src, m)
		}
		if m.Start < 0 || m.Start >= m.End || m.End > len(runes) {
			t.Fatalf("Find(%q): span [%d,%d) outside the text of %d runes", src, m.Start, m.End, len(runes))
		}
		if got := string(runes[m.Start:m.End]); got != a.Span.Text {
			t.Errorf("Find(%q): text at [%d,%d) = %q; span text %q", src, m.Start, m.End, got, a.Span.Text)
		}
		if a.Span.Start != m.Start || a.Span.End != m.End {
			t.Errorf("Find(%q): span %d-%d; mention %d-%d", src, a.Span.Start, a.Span.End, m.Start, m.End)
		}
		if m.First < 0 || m.First >= m.Last || m.Last > len(x.Tokens) {
			t.Fatalf("Find(%q): tokens [%d,%d) outside %d tokens", src, m.First, m.Last, len(x.Tokens))
		}
		if m.Start < x.Tokens[m.First].Start || m.End != x.Tokens[m.Last-1].End {
			t.Errorf("Find(%q): span [%d,%d) does not end tokens [%d,%d)", src, m.Start, m.End, m.First, m.Last)
		}
		if m.Start < prevEnd {
			t.Errorf("Find(%q): mention %q overlaps the one before", src, a.Span.Text)
		}
		prevEnd = m.End
	}
}

func TestFindSpans(t *testing.T) {
	d := dict(t)
	a := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []string // mention texts, in order
	}{
		{"وبالقوات الأمريكية", []string{"القوات الأمريكية"}},
		{"وَالقُوَّاتُ الأمريكيةُ", []string{"القُوَّاتُ الأمريكيةُ"}},
		{"ولحماس وبحزب الله", []string{"حماس", "حزب الله"}},
		{"قال مسلحون في العراق", []string{"مسلحون", "العراق"}},
		{"الأمين العام لحزب الله", []string{"الأمين العام لحزب الله"}},
		{"أكد الرئيس الأمريكي، دونالد ترامب.", []string{"الرئيس الأمريكي، دونالد ترامب"}},
		{"😀 ترامب 😀 وبوتين", []string{"ترامب", "بوتين"}},
		{"للولايات المتحدة", []string{"ولايات المتحدة"}},
	}
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		ms := d.Find(x)
		checkSpans(t, tt.src, x, ms)
		var got []string
		for _, m := range ms {
			got = append(got, m.Actor.Span.Text)
		}
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %q; want %q", tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Find(%q) = %q; want %q", tt.src, got, tt.want)
				break
			}
		}
	}
}

func TestFindNeverCrossesSentences(t *testing.T) {
	d := dict(t)
	for _, src := range []string{"قوات سوريا. الديمقراطية", "حزب\nالله", "القوات. الأمريكية", "وزير الخارجية. الإيراني"} {
		x := ar.NewAnalyzer().Analyze(src)
		for _, m := range d.Find(x) {
			if x.Tokens[m.First].Sent != x.Tokens[m.Last-1].Sent {
				t.Errorf("Find(%q): mention %q crosses a sentence", src, m.Actor.Span.Text)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		benchArticle,
		"وبالقوات الأمريكية",
		"#حزب_الله «داعش» \"مبنى\"",
		"رئيس الوزراء العراقي، محمد شياع السوداني",
		"قوات\u200cالنظام\u064e السوري\u0640",
		"\xff\xfeقوات",
		"الأمين العام لـ\"حزب الله\"",
	} {
		f.Add(s)
	}
	d := dict(f)
	a := ar.NewAnalyzer()
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		if !utf8.ValidString(src) {
			return
		}
		x := a.Analyze(src)
		checkSpans(t, src, x, d.Find(x))
	})
}

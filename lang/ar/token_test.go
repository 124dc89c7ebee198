package ar

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAnalyzeTokens(t *testing.T) {
	tests := []struct {
		src  string
		want string // tokens as text/kind/keys, joined by spaces
	}{
		{"قصفت الطائرات بلدةً", "قصفت/word/قصفت الطائرات/word/طاءرات بلدةً/word/بلده,لده"},
		{"وبالعراق", "وبالعراق/word/وبالعراق,بالعراق,عراق"},
		{"للعراق", "للعراق/word/للعراق,عراق,لعراق"},
		{"سيزور", "سيزور/word/سيزور,يزور"},
		{"قتل 3.5 و٢٠", "قتل/word/قتل 3.5/number/3.5 و/word/ ٢٠/number/20"},
		{"(هجوم)", "(/punct/ هجوم/word/هجوم )/punct/"},
		{"CNN-عربي", "CNN/latin/cnn -/punct/ عربي/word/عربي"},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		var parts []string
		for i := range x.Tokens {
			tk := &x.Tokens[i]
			parts = append(parts, x.Src[tk.Byte:tk.ByteEnd]+"/"+tk.Kind.String()+"/"+strings.Join(tk.Keys(), ","))
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("Analyze(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"قال المسؤول. ثم غادر!", []string{"قال المسؤول.", "ثم غادر!"}},
		{"العنوان\n\nالنص الأول؟ والثاني", []string{"العنوان", "النص الأول؟", "والثاني"}},
		{"قال: \"انتهى.\" وغادر", []string{"قال: \"انتهى.\"", "وغادر"}},
		{"بلغ 3.5 مليون", []string{"بلغ 3.5 مليون"}},
		{"", nil},
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		var got []string
		for _, s := range x.Sentences {
			got = append(got, x.Src[s.Byte:s.ByteEnd])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

// checkOffsets verifies that every token and sentence cuts out exactly
// its text by code points as well as by bytes.
func checkOffsets(t *testing.T, src string, x *Text) {
	t.Helper()
	runes := []rune(src)
	cut := func(start, end, b, e int) {
		if start < 0 || end > len(runes) || start > end || b < 0 || e > len(src) || b > e {
			t.Fatalf("Analyze(%q): span %d:%d (bytes %d:%d) outside the input", src, start, end, b, e)
		}
		if string(runes[start:end]) != src[b:e] && utf8.ValidString(src) {
			t.Fatalf("Analyze(%q): code points %d:%d cut %q; bytes cut %q", src, start, end, string(runes[start:end]), src[b:e])
		}
	}
	prevEnd := 0
	for i := range x.Tokens {
		tk := &x.Tokens[i]
		cut(tk.Start, tk.End, tk.Byte, tk.ByteEnd)
		if tk.Start < prevEnd || tk.End <= tk.Start {
			t.Fatalf("Analyze(%q): token %d at %d:%d overlaps or is empty", src, i, tk.Start, tk.End)
		}
		prevEnd = tk.End
		for k := range tk.Keys() {
			cp, b := x.KeyStart(i, k)
			cut(cp, tk.End, b, tk.ByteEnd)
		}
	}
	for _, s := range x.Sentences {
		cut(s.Start, s.End, s.Byte, s.ByteEnd)
	}
}

func TestOffsets(t *testing.T) {
	a := NewAnalyzer()
	for _, src := range []string{"وَبِالعِرَاقِ قُتِلَ ٣ جنود.", "قال‌ الرئيس\u200f: «لا».", "emoji 😀 هنا"} {
		checkOffsets(t, src, a.Analyze(src))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"قال مسؤولان إن الهجوم وقع يوم السبت.", "وَبِالعِرَاقِ", "\xff\xfeقتل", "3.5.6,7", "“نص” ؟!"} {
		f.Add(s)
	}
	a := NewAnalyzer()
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		if !utf8.ValidString(src) {
			src = strings.ToValidUTF8(src, "\uFFFD")
		}
		x := a.Analyze(src)
		checkOffsets(t, src, x)
		for i := range x.Tokens {
			if x.Tokens[i].Sent < 0 || x.Tokens[i].Sent >= len(x.Sentences) {
				t.Fatalf("Analyze(%q): token %d in sentence %d of %d", src, i, x.Tokens[i].Sent, len(x.Sentences))
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	src := strings.Repeat("قال ضابطان عراقيان إن عمالا أصيبوا في هجوم صاروخي على منشأة نفطية في جنوب البلاد يوم الأحد، وأكدت الشرطة الحادث. ", 12)
	a := NewAnalyzer()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		a.Analyze(src)
	}
}

func TestHasRunes(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "اب", "ابت", "ابتث", "\xff", "\xffا", "a\xff\xfeb", "والعراق"} {
		for n := 0; n <= 6; n++ {
			if got, want := hasRunes(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Errorf("hasRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestAnalyzeReused checks that texts analyzed into reused token slices
// read the same as fresh ones, a long text after a short one and back.
func TestAnalyzeReused(t *testing.T) {
	a := NewAnalyzer()
	long := strings.Repeat("قال ضابطان عراقيان إن عمالا أصيبوا في هجوم على منشأة نفطية. ", 40)
	for _, src := range []string{long, "وبالعراق 3.5 مليون!", long[:500], "", long} {
		want, got := a.Analyze(src), a.AnalyzeReused(src)
		if !slices.Equal(got.Tokens, want.Tokens) || !slices.Equal(got.Sentences, want.Sentences) {
			t.Errorf("AnalyzeReused(%.20q) differs from Analyze", src)
		}
		got.Release()
		if got.Tokens != nil {
			t.Errorf("Release left the tokens on the text")
		}
	}
}

func TestDecodeAt(t *testing.T) {
	s := "aب\u07ff\u0800€\xc2\xdf\x80\xc0\x80\xff𝄞ا"
	for i := range len(s) {
		r, size := decodeAt(s, i)
		if wr, wsize := utf8.DecodeRuneInString(s[i:]); r != wr || size != wsize {
			t.Errorf("decodeAt(%q, %d) = %q, %d; want %q, %d", s, i, r, size, wr, wsize)
		}
	}
}

func TestFoldKind(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		if f, k := foldKind(r); f != FoldRune(r) || k != classify(r) {
			t.Errorf("foldKind(%U) = %U, %v; want %U, %v", r, f, k, FoldRune(r), classify(r))
		}
		if r >= 0 && r < 0x2000 {
			if got, want := string(appendRune(nil, r)), string(utf8.AppendRune(nil, r)); got != want {
				t.Errorf("appendRune(%U) = %q; want %q", r, got, want)
			}
		}
	}
	for _, r := range []rune{0xFFFD, 0x10000, 0x1D11E, -1, 0xD800} {
		if got, want := string(appendRune(nil, r)), string(utf8.AppendRune(nil, r)); got != want {
			t.Errorf("appendRune(%U) = %q; want %q", r, got, want)
		}
	}
}

func TestRunesAtLeast(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "اب", "ابت", "ابتث", "\uFFFD", "\uFFFDا", "a𝄞b", "والعراق", "𝄞𝄞𝄞𝄞"} {
		for n := 0; n <= 6; n++ {
			if got, want := runesAtLeast(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Errorf("runesAtLeast(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func TestNextRune(t *testing.T) {
	s := "aب\u06ff\u0700\u07ff€\xd8\xd8\x80\xdb\xff𝄞ا\xd9"
	for i := range len(s) {
		r, size, f, k := nextRune(s, i)
		wr, wsize := utf8.DecodeRuneInString(s[i:])
		if r != wr || size != wsize || f != FoldRune(wr) || k != classify(wr) {
			t.Errorf("nextRune(%q, %d) = %q, %d, %q, %v; want %q, %d, %q, %v", s, i, r, size, f, k, wr, wsize, FoldRune(wr), classify(wr))
		}
	}
}

// TestArabicRun checks arabicRun against the tokenizer's general reading
// of the same runes: nextRune, one rune at a time, for as long as each is
// a word rune of the Arabic block.
func TestArabicRun(t *testing.T) {
	for _, s := range []string{"", "قال", "قال العراق", "مُحمّد", "ـــقال", "وبالعراق،", "١٢٣", "قa", "ق\xd8", "\xd8\xa7", "ab", "لـ٣"} {
		wantI, wantCP, want := 0, 0, []byte(nil)
		for wantI+1 < len(s) && s[wantI] >= 0xD8 && s[wantI] <= 0xDB {
			_, size, f, k := nextRune(s, wantI)
			if size != 2 || k != Word {
				break
			}
			if f >= 0 {
				want = utf8.AppendRune(want, f)
			}
			wantI, wantCP = wantI+2, wantCP+1
		}
		i, cp, got := arabicRun(s, 0, 0, nil)
		if i != wantI || cp != wantCP || string(got) != string(want) {
			t.Errorf("arabicRun(%q) = %d, %d, %q; want %d, %d, %q", s, i, cp, got, wantI, wantCP, want)
		}
	}
}

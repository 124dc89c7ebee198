package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// stemPlain is stem as first written, suffix by suffix with
// strings.HasSuffix: what the faster stem must agree with.
func stemPlain(w string) string {
	for _, suf := range stemSuffixes {
		if strings.HasSuffix(w, suf.s) && utf8.RuneCountInString(w)-suf.n >= 3 {
			return w[:len(w)-len(suf.s)]
		}
	}
	return w
}

// stemWords are folded words and fragments to stem.
var stemWords = []string{"", "ا", "ات", "قالت", "هجمات", "هجوم", "الوزير", "وزيرا", "مسلحين",
	"قتلاهم", "بيوتها", "مدرسة", "كتابه", "عربي", "xات", "abc", "ab", "a", "\xd8", "\xaa\xd8\xa7\xd8",
	"يقولون", "ضربت", "حماة", "لها", "منهم"}

// TestStem checks stem against the plain reading, on words of the news
// texts of the tests and on short and broken fragments.
func TestStem(t *testing.T) {
	words := append([]string(nil), stemWords...)
	x := ar.NewAnalyzer().Analyze(strings.Join(stemWords, " ") +
		" أعلنت الشرطة أن مسلحين هاجموا نقطة تفتيش في شمال المدينة وقتلوا ثلاثة جنود وأصابوا آخرين")
	for i := range x.Tokens {
		words = append(words, x.Tokens[i].Keys()...)
		words = append(words, x.Tokens[i].Norm)
	}
	for _, w := range words {
		if got, want := stem(w), stemPlain(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// BenchmarkStem stems the words of a sentence.
func BenchmarkStem(b *testing.B) {
	for b.Loop() {
		for _, w := range stemWords {
			stem(w)
		}
	}
}

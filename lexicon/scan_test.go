package lexicon

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// TestScan checks that Scan finds what Triggers, Methods and Cues find
// one at a time.
func TestScan(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	for _, src := range []string{benchDoc, "", "هجوم", "وبالإفراج عن الأسرى", "اعتقلتهم، ثم أفرجت عنهم.",
		"حملتها العسكرية", "\xff\xfeقصف", "إطلاق سراحه 12 مرة", "نفاه", strings.Repeat("أطلق سراحه وقتلهم. ", 5)} {
		x := a.Analyze(src)
		trigs, methods, cues := l.Scan(x)
		if !reflect.DeepEqual(trigs, l.Triggers(x)) || !reflect.DeepEqual(methods, l.Methods(x)) || !reflect.DeepEqual(cues, l.Cues(x)) {
			t.Errorf("Scan(%.30q) differs from Triggers, Methods and Cues", src)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	benchmarkFind(b, func(l *Lexicon, x *ar.Text) int {
		t, m, c := l.Scan(x)
		return len(t) + len(m) + len(c)
	})
}

func BenchmarkScanApart(b *testing.B) {
	benchmarkFind(b, func(l *Lexicon, x *ar.Text) int { return len(l.Triggers(x)) + len(l.Methods(x)) + len(l.Cues(x)) })
}

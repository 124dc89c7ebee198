package lexicon

import (
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// benchDoc is an invented news report of about 1,500 characters.
var benchDoc = strings.Repeat(`قالت مصادر محلية إن طائرات حربية شنت صباح الأحد غارات جوية على مواقع للمسلحين قرب مدينة الرمادي، ما أسفر عن مقتل خمسة عناصر وإصابة آخرين بجروح متفاوتة. `+
	`وأعلنت الجماعة مسؤوليتها عن الهجوم الصاروخي الذي استهدف القاعدة، فيما اعترضت الدفاعات الجوية معظم الصواريخ. `+
	`ودعا وزير الخارجية إلى وقف إطلاق النار، ونددت الحكومة بالاعتداء واستدعت سفيرها للتشاور. `+
	`واعتقلت قوات الأمن عشرين شخصا خلال مداهمات في الأحياء الشرقية، وفرضت حظر التجول. `+
	`وخرج الآلاف في مظاهرات احتجاجا على الغلاء، بينما التقى الرئيس نظيره الفرنسي وبحثا سبل التعاون الأمني. `, 2)

func FuzzTriggers(f *testing.F) {
	for _, s := range []string{benchDoc, "", "هجوم", "وبالإفراج عن الأسرى", "اعتقلتهم، ثم أفرجت عنهم.",
		"حملتها العسكرية", "\xff\xfeقصف", "ـــ", "إطلاق سراحه 12 مرة", "نفاه", "#غارات_جوية _ #_قصف_"} {
		f.Add(s)
	}
	l := testLexicon(f)
	a := ar.NewAnalyzer()
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		x := a.Analyze(src)
		var spans [][4]int
		for _, m := range l.Triggers(x) {
			if len(m.Triggers) == 0 {
				t.Fatalf("%q: a match without triggers", src)
			}
			spans = append(spans, [4]int{m.First, m.Last, m.Start, m.End})
		}
		checkSpans(t, src, x, spans)
		for _, find := range []func(*ar.Text) []Tagged{l.Methods, l.Cues} {
			spans = spans[:0]
			for _, m := range find(x) {
				spans = append(spans, [4]int{m.First, m.Last, m.Start, m.End})
			}
			checkSpans(t, src, x, spans)
		}
	})
}

func BenchmarkLoadArabic(b *testing.B) {
	for b.Loop() {
		if _, err := LoadArabic(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkFind(b *testing.B, find func(*Lexicon, *ar.Text) int) {
	l := testLexicon(b)
	x := ar.NewAnalyzer().Analyze(benchDoc)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += find(l, x)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(x.Tokens))*100/1000, "µs/100tok")
	if n == 0 {
		b.Fatal("nothing found")
	}
}

func BenchmarkTriggers(b *testing.B) {
	benchmarkFind(b, func(l *Lexicon, x *ar.Text) int { return len(l.Triggers(x)) })
}

func BenchmarkMethods(b *testing.B) {
	benchmarkFind(b, func(l *Lexicon, x *ar.Text) int { return len(l.Methods(x)) })
}

func BenchmarkCues(b *testing.B) {
	benchmarkFind(b, func(l *Lexicon, x *ar.Text) int { return len(l.Cues(x)) })
}

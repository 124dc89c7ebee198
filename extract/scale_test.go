package extract

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// Invented texts for measuring how extraction scales with size: news-like
// sentences, and text dense with triggers (one long sentence of attack
// words, with no stop to end it, short attack sentences, and counts of
// many attacks).
var scaleTexts = []struct{ name, unit string }{
	{"natural", "قالت وزارة الصحة إن غارة جوية استهدفت سوقا شعبية في مدينة حلب يوم الثلاثاء " +
		"وأسفرت عن مقتل سبعة مدنيين وإصابة عشرين آخرين. وأضافت أن فرق الإسعاف نقلت الجرحى إلى المستشفى. " +
		"واجتمع وزير الخارجية مع نظيره التركي في أنقرة لبحث الأوضاع الإنسانية. "},
	{"dense-word", "هجوم "},
	{"dense-clause", "قصفت طائرات حربية مواقع في المدينة "},
	{"dense-sentence", "قصفت طائرات حربية مواقع في المدينة. "},
	{"dense-count", "شنت الطائرات 60 غارة منذ عام 2015 "},
}

// scaleDoc repeats unit to about n bytes.
func scaleDoc(unit string, n int) *hadath.Document {
	return &hadath.Document{ID: "scale", Published: "2024-01-20", Text: strings.Repeat(unit, n/len(unit)+1)}
}

// BenchmarkExtractScale times extraction over document sizes from 25 KB
// to 2 MB: go test ./extract -run '^$' -bench ExtractScale -benchtime 1x.
func BenchmarkExtractScale(b *testing.B) {
	x := extractor(b)
	for _, st := range scaleTexts {
		for _, kb := range []int{25, 50, 100, 200, 400, 800, 2048} {
			d := scaleDoc(st.unit, kb<<10)
			b.Run(fmt.Sprintf("%s/%dKB", st.name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					if _, err := x.Extract(context.Background(), d); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// fastest returns the shortest of three timed extractions of d.
func fastest(t *testing.T, x *Extractor, d *hadath.Document) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		t0 := time.Now()
		if _, err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(t0))
	}
	return best
}

// Extraction costs time in proportion to a document's length, however
// dense its triggers: eight times the text may take eight times as long,
// and the test allows four times that, where a cost growing with the
// square of the length took 64 times as long. A machine busy with other
// work can slow one of the two timings: a ratio over the limit is measured
// again, up to three times, and the lowest stands.
func TestExtractScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times extraction of documents up to 400 KB")
	}
	x := extractor(t)
	for _, st := range scaleTexts {
		var small, large time.Duration
		ratio := math.Inf(1)
		for try := 0; try < 3 && ratio > 32; try++ {
			s := fastest(t, x, scaleDoc(st.unit, 50<<10))
			l := fastest(t, x, scaleDoc(st.unit, 400<<10))
			if r := float64(l) / float64(max(s, time.Millisecond)); r < ratio {
				small, large, ratio = s, l, r
			}
		}
		t.Logf("%s: 50 KB %v, 400 KB %v (x%.1f)", st.name, small, large, ratio)
		if ratio > 32 {
			t.Errorf("%s: 400 KB took %v, %.1f times the %v of 50 KB; want at most 32 times", st.name, large, ratio, small)
		}
	}
}

// A text over MaxTextBytes is refused with a clear error before any work,
// whatever limit it was read with: coding it could take gigabytes. One
// just under the limit is coded.
func TestExtractRefusesHugeText(t *testing.T) {
	x := extractor(t)
	d := scaleDoc(".", MaxTextBytes+1)
	d.Text = d.Text[:MaxTextBytes+1]
	res, err := x.Extract(context.Background(), d)
	if err == nil || hadath.ErrorCode(err) != hadath.ETOOLARGE || !strings.Contains(err.Error(), "4 MB") {
		t.Fatalf("Extract(%d bytes) = %v, %v; want a too_large error naming the 4 MB limit", len(d.Text), res, err)
	}
	d.Text = d.Text[:MaxTextBytes]
	if _, err := x.Extract(context.Background(), d); err != nil {
		t.Fatalf("Extract(%d bytes) = %v; want it coded", len(d.Text), err)
	}
}

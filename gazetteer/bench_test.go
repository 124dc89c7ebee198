package gazetteer

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// benchText is an invented news text of about 1,450 characters, denser
// in place names (70) than real news.
var benchText = strings.Repeat("أعلنت وزارة الدفاع في بغداد أن صواريخ سقطت قرب قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، "+
	"فيما قال مسؤول محلي في الموصل إن الهجوم لم يسفر عن إصابات. وفي سوريا، قصفت طائرات مواقع في ريف إدلب الجنوبي "+
	"ومدينة دوما في الغوطة الشرقية قرب دمشق، بينما عبرت شاحنات معبر رفح إلى قطاع غزة. ", 5)

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	g := loadTest(b)
	x := ar.NewAnalyzer().Analyze(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		g.Find(x)
	}
}

// BenchmarkFindDev runs Find over the dev set's real news articles; ns/op
// is per document.
func BenchmarkFindDev(b *testing.B) {
	g := loadTest(b)
	an := ar.NewAnalyzer()
	var texts []*ar.Text
	readJSONL(b, filepath.Join(devDir, "docs.jsonl"), func(line []byte) {
		var d struct{ Text string }
		if err := json.Unmarshal(line, &d); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, an.Analyze(d.Text))
	})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g.Find(texts[i%len(texts)])
		i++
	}
}

package ar

import (
	"strings"
	"testing"
	"time"
)

// benchDoc is an invented news report of about 1,500 characters, in the
// style of the corpus, with its share of numbers and dates.
var benchDoc = strings.Repeat("أعلن الجيش، يوم السبت، مقتل 3 جنود وإصابة أكثر من عشرين آخرين في هجوم صاروخي استهدف قاعدة عسكرية في شمال البلاد. "+
	"وقال متحدث باسم الوزارة إن الهجوم وقع مساء أمس بعد ساعات من اجتماع أمني عقد في العاصمة، وإن جنديين آخرين في حالة حرجة. "+
	"وكانت القوات قد تعرضت منذ 7 أكتوبر 2023 لنحو 150 هجوما بالصواريخ والطائرات المسيرة، بحسب بيان صدر الأسبوع الماضي. "+
	"وأشار البيان إلى أن الحكومة خصصت 1.5 مليون دولار لإعادة إعمار المنطقة التي نزح منها آلاف السكان خلال العام الماضي. ", 3)

func BenchmarkNumbers(b *testing.B) {
	x := NewAnalyzer().Analyze(benchDoc)
	x.Numbers()
	b.SetBytes(int64(len(benchDoc)))
	b.ReportAllocs()
	for b.Loop() {
		x.Numbers()
	}
}

func BenchmarkDates(b *testing.B) {
	x := NewAnalyzer().Analyze(benchDoc)
	pub := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	x.Dates(pub, true)
	b.SetBytes(int64(len(benchDoc)))
	b.ReportAllocs()
	for b.Loop() {
		x.Dates(pub, true)
	}
}

func BenchmarkNumbersAndDates(b *testing.B) {
	x := NewAnalyzer().Analyze(benchDoc)
	pub := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	d := DefaultDuals()
	b.SetBytes(int64(len(benchDoc)))
	b.ReportAllocs()
	for b.Loop() {
		x.NumbersAndDates(d, pub, true)
	}
}

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(benchDoc, make([]Token, 0, len(benchDoc)/5+1))
	}
}

package actors

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// benchArticle is an invented news article of about 1,500 characters.
var benchArticle = strings.Join([]string{
	"قال مسؤولان أمريكيان إن القوات الأمريكية في العراق تعرضت لهجوم بطائرة مسيرة فجر الأحد، دون أن يسفر عن إصابات.",
	"وأعلن رئيس الوزراء العراقي محمد شياع السوداني فتح تحقيق في الهجوم، فيما دانت الحكومة العراقية استهداف القواعد التي تستضيف قوات التحالف الدولي.",
	"وتبنت المقاومة الإسلامية في العراق الهجوم في بيان نشرته على قناتها، مؤكدة أن عملياتها ستستمر.",
	"من جهته، قال وزير الخارجية الإيراني إن طهران لا علاقة لها بالهجمات، واتهم واشنطن بتصعيد التوتر في المنطقة.",
	"وفي سوريا، قصفت قوات النظام السوري مواقع لفصائل المعارضة في ريف إدلب، وقال المرصد السوري لحقوق الإنسان إن ثلاثة مدنيين قتلوا وأصيب آخرون.",
	"كما شنت الطائرات الحربية الروسية غارات على مناطق تسيطر عليها هيئة تحرير الشام، بحسب ما أفادت وكالة الأنباء السورية الرسمية سانا.",
	"وفي اليمن، أعلن التحالف العربي اعتراض صاروخ باليستي أطلقته ميليشيا الحوثي باتجاه مدينة جازان السعودية.",
	"وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الدفاعات الجوية السعودية دمرت الصاروخ في الجو.",
	"إلى ذلك، التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في أنقرة، وبحثا الأوضاع في شمال سوريا.",
	"وأكد أردوغان أن الجيش التركي سيواصل عملياته ضد وحدات حماية الشعب الكردية شرق الفرات.",
	"وفي غزة، قتل فلسطينيان برصاص جيش الاحتلال الإسرائيلي قرب السياج الحدودي، وفق وزارة الصحة الفلسطينية.",
	"ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس وحماية المدنيين.",
	"وقالت الشرطة العراقية إن مسلحين مجهولين اغتالوا ناشطا في البصرة، بينما خرج متظاهرون في بغداد احتجاجا على انقطاع الكهرباء.",
}, "\n")

func BenchmarkFind(b *testing.B) {
	d, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	x := ar.NewAnalyzer().Analyze(benchArticle)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportMetric(float64(utf8.RuneCountInString(benchArticle)), "chars")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Find(x)
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGivenName asks whether each key of the article's tokens is a
// given name, as the person finder does; most are not.
func BenchmarkGivenName(b *testing.B) {
	d, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	x := ar.NewAnalyzer().Analyze(benchArticle)
	for b.Loop() {
		for i := range x.Tokens {
			for _, k := range x.Tokens[i].Keys() {
				d.GivenName(k)
			}
		}
	}
}

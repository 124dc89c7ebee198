package lexicon

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

var (
	lexOnce sync.Once
	lexAr   *Lexicon
	lexErr  error
)

// testLexicon returns the embedded lexicon, loaded once for all tests.
func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexAr, lexErr = LoadArabic() })
	if lexErr != nil {
		t.Fatal(lexErr)
	}
	return lexAr
}

// cut returns the text of code points [s, e) of src.
func cut(src string, s, e int) string {
	r := []rune(src)
	if s < 0 || e > len(r) || s > e {
		return "<bad span>"
	}
	return string(r[s:e])
}

// triggerSummary writes each trigger match as "text=TYPE[/method]" with
// all its types, in text order.
func triggerSummary(src string, ms []TriggerMatch) []string {
	var out []string
	for _, m := range ms {
		var types []string
		for _, tr := range m.Triggers {
			s := tr.Type
			if tr.Method != "" {
				s += "/" + tr.Method
			}
			types = append(types, s)
		}
		out = append(out, cut(src, m.Start, m.End)+"="+strings.Join(types, ","))
	}
	return out
}

func TestTriggers(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []string
	}{
		// verbs in past, present and plural, with the conjunction و
		{"هاجمت القوات موقعا للمسلحين ويهاجمون القرى", []string{"هاجمت=ASSAULT,ACCUSE", "يهاجمون=ASSAULT"}},
		// a multi-word form with the article, and the clitic ب
		{"وقتل ثلاثة بإطلاق النار في السوق", []string{"قتل=ASSAULT", "إطلاق النار=ASSAULT/gunfire"}},
		// the longer form wins: airstrike, not just any strike
		{"شنت الطائرات غارات جوية على المدينة", []string{"شنت=ASSAULT", "غارات جوية=ASSAULT/airstrike"}},
		{"شن غارات على المدينة", []string{"شن غارات=ASSAULT/airstrike"}},
		// the words of a hashtag, joined by underscores, read as a phrase
		{"قالت المصادر إن #غارات_جوية استهدفت البلدة", []string{"غارات_جوية=ASSAULT/airstrike", "استهدفت=ASSAULT"}},
		// attached pronouns: verb + pronoun, verb plural + pronoun, noun in ة + pronoun
		{"اعتقلته الشرطة ثم اتهمها القاضي", []string{"اعتقلته=COERCE/arrest", "اتهمها=ACCUSE"}},
		{"اعتقلوهم فجرا", []string{"اعتقلوهم=COERCE/arrest"}},
		// setting oneself on fire attacks no one
		{"فارق رجل الحياة بعدما أضرم النار في نفسه قرب البرلمان", nil},
		// a coup, or an attempt at one, is an attack
		{"دبر الضباط محاولة انقلاب فاشلة ضد الملك", []string{"محاولة انقلاب=ASSAULT"}},
		// executing, in the present and by a court's sentence
		{"وتعدم السلطات رجلين", []string{"تعدم=COERCE/detention"}},
		{"بعد إعدامهم", []string{"إعدامهم=COERCE/detention"}},
		// دعا that is "prompted" calls for nothing; "also called" does
		{"مما دعا الوزير إلى الرحيل", nil},
		{"كما دعا الوزير إلى الرحيل", []string{"دعا=REQUEST"}},
		// supplies cut off, a corridor opened, a relief bridge
		{"وتمكنت القوات من قطع خطوط الإمداد", []string{"قطع خطوط الإمداد=COERCE/blockade"}},
		{"أعلن الجيش فتح ممرات آمنة للمدنيين", []string{"ممرات آمنة=RETREAT"}},
		{"وصل الجسر الإغاثي إلى الميناء", []string{"الجسر الإغاثي=AID"}},
		// an operation of voting is no attack
		{"بدأت عملية التصويت في المدينة", nil},
		// a hope asks nothing
		{"وتأمل الحكومة أن تنتهي الأزمة قريبا", nil},
		// a university student demands nothing
		{"طالب جامعي من عمان", nil},
		// launching at someone names, unless fire follows right away
		{"تنظيم جديد أطلق عليه اسم الفجر", nil},
		{"أطلق عليه النار", []string{"أطلق عليه النار=ASSAULT/gunfire"}},
		{"أعلنت زيارتها المقبلة", []string{"زيارتها=CONSULT/visit"}},
		{"رفضه المتحدث", []string{"رفضه=REJECT"}},
		// a pronoun on the last word of a phrase
		{"قررت المحكمة إطلاق سراحه", []string{"إطلاق سراحه=RETREAT"}},
		// a pronoun on the first word of a phrase, with ta marbuta written ت
		{"وواصلت حملتها العسكرية", []string{"حملتها العسكرية=ASSAULT"}},
		// a final ة is a letter, not a pronoun: حالة is not حال + ه
		{"في حالة الطوارئ", nil},
		// feminine and plural nouns
		{"تظاهرة حاشدة ومظاهرات في الجنوب واعتصام أمام الوزارة", []string{"تظاهرة حاشدة=PROTEST/demonstration", "مظاهرات=PROTEST/demonstration", "اعتصام=PROTEST/sit_in"}},
		// hunger strike is longer than strike
		{"بدأ الأسرى إضرابا عن الطعام", []string{"إضرابا عن الطعام=PROTEST/hunger_strike"}},
		// prepositions ل and لل (the span starts after them)
		{"دعا للإفراج عن المعتقلين", []string{"دعا=REQUEST", "إفراج عن=RETREAT"}},
		// speech verbs of several types
		{"أدانت الوزارة الهجوم ورحبت بالاتفاق وهددت بفرض عقوبات", []string{"أدانت=ACCUSE", "الهجوم=ASSAULT", "رحبت=SUPPORT", "الاتفاق=AGREE", "هددت=THREATEN", "فرض عقوبات=SANCTION"}},
		// a NONE phrase hides the trigger inside it
		{"قال في مؤتمر صحفي إن التعاون مستمر", []string{"التعاون=COOPERATE"}},
		{"عقد مؤتمر دولي", []string{"مؤتمر=CONSULT/meeting"}},
		// no trigger across a punctuation mark
		{"وقف. إطلاق النار", []string{"إطلاق النار=ASSAULT/gunfire"}},
		// harakat and tatweel do not matter
		{"اِعْتَقَلَتْ الشـرطة رجلين", []string{"اِعْتَقَلَتْ=COERCE/arrest"}},
		// withdrawal from an agreement is REJECT, a withdrawal of forces RETREAT
		{"أعلن الانسحاب من الاتفاق النووي", []string{"الانسحاب من الاتفاق النووي=REJECT"}},
		{"انسحاب القوات من المدينة", []string{"انسحاب القوات=RETREAT"}},
		// هنأ folds to هنا ("here"): only its forms with an object are read,
		// and هناك ("there") is no congratulation with a pronoun
		{"هنا وهناك", nil},
		{"هنأه الرئيس بفوزه", []string{"هنأه=SUPPORT"}},
		// ground taken told as liberated; تحرير in names and offices is no event
		{"أعلن الجيش تحرير المطار", []string{"تحرير=ASSAULT"}},
		{"قال رئيس التحرير إن هيئة تحرير الشام أصدرت بيانا", nil},
		// offices and rooms named by what they deal with are no event
		{"قال وزير الاتصال إن غرفة عمليات التحالف تتابع الوضع", nil},
		{"أفاد تقرير لمنظمة العفو الدولية ومركز المصالحة", nil},
		// waving flags threatens no one
		{"خرج الأنصار ملوحين بالأعلام", nil},
		// أسر with a pronoun is families; the verb alone is a capture
		{"غادر المقاتلون مع أسرهم", nil},
		{"أسر الجيش ثلاثة مسلحين", []string{"أسر=COERCE/arrest"}},
		// the dual of an event noun, in ان and ين, with ة written ت
		{"وقع انفجاران ثم أسفرت الضربتان عن قتلى", []string{"انفجاران=ASSAULT", "الضربتان=ASSAULT"}},
		{"قتل خمسة في انفجارين وجرح آخرون في عمليتين", []string{"قتل=ASSAULT", "انفجارين=ASSAULT", "عمليتين=ASSAULT"}},
		{"", nil},
		{"نص بلا أي حدث", nil},
	}
	for _, tt := range tests {
		got := triggerSummary(tt.src, l.Triggers(a.Analyze(tt.src)))
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Triggers(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

func TestTriggerFlags(t *testing.T) {
	l := testLexicon(t)
	tests := []struct {
		form, typ, flags string
	}{
		{"هاجمت", "ASSAULT", "v"},
		{"هجوم", "ASSAULT", "n"},
		{"استهداف", "ASSAULT", "nw"},
		{"اتهم", "ACCUSE", "vs"},
		{"تعرضت لهجوم", "ASSAULT", "vp"},
	}
	for _, tt := range tests {
		var got []string
		for _, tr := range l.TriggerDict().Lookup(ar.Key(tt.form)) {
			if tr.Type == tt.typ {
				got = append(got, tr.Flags())
			}
		}
		if len(got) != 1 || got[0] != tt.flags {
			t.Errorf("flags of %s %q = %q; want %q", tt.typ, tt.form, got, tt.flags)
		}
	}
}

func tagSummary(src string, ts []Tagged) []string {
	var out []string
	for _, m := range ts {
		out = append(out, cut(src, m.Start, m.End)+"="+strings.Join(m.Tags, ","))
	}
	return out
}

func TestMethods(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []string
	}{
		{"أطلقوا صواريخ باليستية على القاعدة", []string{"صواريخ باليستية=ballistic_missile"}},
		{"سقط صاروخ كروز", []string{"صاروخ كروز=cruise_missile"}},
		{"سقطت قذائف الهاون وبعدها صاروخ", []string{"قذائف الهاون=mortar", "صاروخ=missile"}},
		{"هجوم بطائرة مسيرة مفخخة", []string{"طائرة مسيرة=drone"}},
		{"انفجرت سيارة مفخخة قرب الحاجز", []string{"سيارة مفخخة=car_bomb"}},
		{"قتل بالرصاص الحي", []string{"بالرصاص الحي=gunfire"}},
		{"فرضت السلطات حظر التجول", []string{"حظر التجول=curfew"}},
		{"أجرى اتصالا هاتفيا", []string{"اتصالا هاتفيا=call"}},
	}
	for _, tt := range tests {
		got := tagSummary(tt.src, l.Methods(a.Analyze(tt.src)))
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Methods(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

func TestCues(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	// The cue lexicon is wide; check only that each wanted cue is among
	// the cues found, with its class.
	checks := []struct {
		src, text, class string
	}{
		{"لم يعلن أحد مسؤوليته", "لم", CueNeg},
		{"وأعلنت الجماعة مسؤوليتها عن الهجوم", "مسؤوليتها عن", CueClaim},
		{"أعلن التنظيم مسؤوليته عن التفجير", "مسؤوليته عن", CueClaim},
		{"تبنت الجماعة الهجوم", "تبنت", CueClaim},
		{"تبنت الجماعة الهجوم", "الهجوم", CueAnaphor},
		{"ولقوا حتفهم جميعا", "لقوا حتفهم", CueKill},
		{"أصيب خمسة بجروح طفيفة", "جروح طفيفة", CueCasualtyUnknown},
		{"أصيب خمسة", "أصيب", CueInjure},
		{"دون سقوط ضحايا", "سقوط ضحايا", CueKill},
		{"دون سقوط ضحايا", "سقوط ضحايا", CueCasualtyUnknown},
		{"كبدهم خسائر كبيرة في الأرواح", "في الأرواح", CueKill},
		{"اعترضت الدفاعات الجوية معظم الصواريخ", "اعترضت", CueIntercept},
		{"اعترضت الدفاعات الجوية معظم الصواريخ", "معظم", CueInterceptMost},
		{"وفقا لمصادر محلية", "وفقا", CueSource},
		{"بالقرب من الحدود", "بالقرب من", CueLocPrep},
		{"من المقرر أن يزور", "من المقرر", CueFut},
		{"في حال رفضت الحكومة", "في حال", CueHyp},
		{"وقالت الوزارة", "قالت", CueSay},
		{"اعتقل على يد الشرطة", "على يد", CueAgentPrep},
		{"نفذ 12 هجوما منذ أيار", "هجوما", CueAggregate},
		{"وصفت القصف بأنه اعتداء سافر على البلاد", "اعتداء سافر", CueCharge},
		{"من الاتفاق التجاري الموقع عام 2011", "الموقع", CueAttribDate},
		{"المتهم الذي أعدم عام 2010", "الذي", CueAttribDate},
		{"في مقطع فيديو نشرته الأسبوع الماضي", "نشرته", CuePublishVerb},
	}
	for _, c := range checks {
		var got []string
		found := false
		for _, m := range l.Cues(a.Analyze(c.src)) {
			s := cut(c.src, m.Start, m.End)
			got = append(got, s+"="+strings.Join(m.Tags, ","))
			if s == c.text {
				for _, tag := range m.Tags {
					found = found || tag == c.class
				}
			}
		}
		if !found {
			t.Errorf("Cues(%q) = %q; want %q tagged %s", c.src, got, c.text, c.class)
		}
	}
}

// checkSpans fails unless every match lies in src, in order, without
// overlaps, and cuts out text that ends at a token end.
func checkSpans(t testing.TB, src string, x *ar.Text, spans [][4]int) {
	t.Helper()
	n := utf8.RuneCountInString(src)
	prevLast := 0
	for _, s := range spans {
		first, last, start, end := s[0], s[1], s[2], s[3]
		if first < prevLast || first >= last || last > len(x.Tokens) {
			t.Fatalf("%q: tokens %d:%d overlap or are out of range (previous ended at %d)", src, first, last, prevLast)
		}
		prevLast = last
		if start < x.Tokens[first].Start || end != x.Tokens[last-1].End || start >= end || end > n {
			t.Fatalf("%q: span %d:%d does not fit tokens %d:%d", src, start, end, first, last)
		}
	}
}

func TestSpans(t *testing.T) {
	l := testLexicon(t)
	a := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []string // cut texts of Triggers, then of Methods
	}{
		{"وبالإفراج عن الأسرى", []string{"الإفراج عن"}},
		{"وَلِلْهُجُومِ الصاروخيّ", []string{"هُجُومِ الصاروخيّ"}},
		{"فاعتقلتهم، ثم أفرجت عنهم.", []string{"اعتقلتهم", "أفرجت عنهم"}},
		{"(هجوم) بـ«طائرة مسيرة»", []string{"هجوم", "طائرة مسيرة"}},
	}
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		ms := l.Triggers(x)
		var got, spans = []string{}, [][4]int{}
		for _, m := range ms {
			got = append(got, cut(tt.src, m.Start, m.End))
			spans = append(spans, [4]int{m.First, m.Last, m.Start, m.End})
		}
		checkSpans(t, tt.src, x, spans)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Triggers(%q) cut %q; want %q", tt.src, got, tt.want)
		}
	}
}

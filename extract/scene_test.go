package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestFinerPlace checks that a happening placed only in a country takes
// the town of that country its sentence, or one of the two before it,
// names; a town of another country, or one named further back, is not it.
func TestFinerPlace(t *testing.T) {
	tests := []struct {
		text, trigger, want string
	}{
		{"اقتحم مسلحون قرية في محافظة ديالى مساء السبت.\nوقتل أربعة مدنيين في هجوم مسلح في العراق.", "هجوم مسلح", "Diyala Governorate"},
		{"وصلت تعزيزات إلى مدينة كركوك.\nوقتل أربعة مدنيين في هجوم مسلح في العراق.", "هجوم مسلح", "Kirkuk"},
		{"التقى الرئيس في دمشق وفدا عسكريا.\nوقتل أربعة مدنيين في هجوم مسلح في العراق.", "هجوم مسلح", ""},
		{"اقتحم مسلحون قرية في محافظة ديالى.\nوقال مسؤول إن الوضع هادئ.\nوأضاف أن الأمن مستتب.\nوقتل أربعة مدنيين في هجوم مسلح في العراق.", "هجوم مسلح", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		dc := x.analyze(d)
		var c *cand
		for k := range dc.trigs {
			tm := &dc.trigs[k]
			if dc.tokSpan(tm.First, tm.Last).Text == tt.trigger {
				p := mentionProposal{tm: tm}
				c = x.propose(dc, x.pickTrigger(dc, tm), tm, &p)
			}
		}
		if c == nil || c.place == nil || c.place.Precision != hadath.PrecisionCountry {
			t.Fatalf("%q: trigger %q placed %+v; want a candidate placed in a country", tt.text, tt.trigger, c)
		}
		got := ""
		if m := dc.finerPlace(c); m != nil {
			got = m.Entry.Name
		}
		if got != tt.want {
			t.Errorf("finerPlace(%q in %q) = %q; want %q", tt.trigger, tt.text, got, tt.want)
		}
	}
}

// TestMainFinerPlace checks that the town of a country the story names
// most where things happen, twice at least and more than any other of
// that country, is found; a tie, a single naming or a town of another
// country is not.
func TestMainFinerPlace(t *testing.T) {
	tests := []struct {
		text, country, want string
	}{
		{"وصل الوزير إلى الموصل.\nوقال إن الأمن مستتب في الموصل.\nووقعت اشتباكات في العراق.", "IQ", "Mosul"},
		{"وصل الوزير إلى الموصل.\nووقعت اشتباكات في العراق.", "IQ", ""},
		{"وصل الوزير إلى الموصل ثم إلى كركوك.\nوقال إن الأمن مستتب في الموصل وفي كركوك.", "IQ", ""},
		{"وصل الوزير إلى دمشق.\nوقال إن الأمن مستتب في دمشق.", "IQ", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"}
		dc := x.analyze(d)
		got := ""
		if m := dc.mainFinerPlace(tt.country); m != nil {
			got = m.Entry.Name
		}
		if got != tt.want {
			t.Errorf("mainFinerPlace(%q, %q) = %q; want %q", tt.text, tt.country, got, tt.want)
		}
	}
}

// TestCapitalsOfParties checks that a name that is a country and another
// country's capital is read as the capital only when the document's
// parties name the capital's country and not the other.
func TestCapitalsOfParties(t *testing.T) {
	tests := []struct {
		text, want string
		crowd      string // the country of the protesters named before في, if any
	}{
		{"فرقت الشرطة الأردنية عشرات المحتجين في عمان مساء أمس.", "Amman", "JO"},
		{"وصل وفد عماني إلى عمان بعد جولة في الخليج.", "Oman", ""},
		{"تظاهر المئات أمام السفارة في عمان.", "Oman", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"})
		got := ""
		for _, p := range dc.places {
			if dc.tokSpan(p.First, p.Last).Text == "عمان" {
				got = p.Entry.Name
			}
		}
		if got != tt.want {
			t.Errorf("place of عمان in %q = %q; want %q", tt.text, got, tt.want)
		}
		for _, m := range dc.actors {
			if m.Actor.Sector == hadath.SectorProtesters && m.Actor.Country != tt.crowd {
				t.Errorf("protesters in %q = %s of %q; want of %q", tt.text, m.Actor.Name, m.Actor.Country, tt.crowd)
			}
		}
	}
}

// TestSceneOfUnplacedEvents checks where an event the text places
// nowhere is put: an arrest in the country the story names most, an
// attack nowhere, since the country named most is often that of those
// who strike.
func TestSceneOfUnplacedEvents(t *testing.T) {
	tests := []struct {
		text, typ, want string
	}{
		{"قصفت طائرات حربية مواقع للمعارضة المسلحة فجر اليوم، ما أدى إلى مقتل خمسة مقاتلين.\nوقالت وزارة الدفاع الروسية إن روسيا ستواصل دعم الحكومة، وإن روسيا لن تسمح بعودة الإرهاب.", hadath.Assault, ""},
		{"اعتقل عشرة أشخاص يشتبه بانتمائهم إلى خلية مسلحة فجر اليوم.\nوقال متحدث باسم الحكومة التونسية إن تونس ستواصل حربها على الإرهاب، وإن تونس آمنة.", hadath.Coerce, "Tunisia"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-10"), tt.typ)
		if got := placeName(ev.Location); got != tt.want {
			t.Errorf("Extract(%q) %s place = %q; want %q", tt.text, tt.typ, got, tt.want)
		}
	}
}

// TestCallPlace checks that a telephone call takes no place from the
// places named around it, while a visit keeps the one it names.
func TestCallPlace(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"أجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره الأمريكي بحثا فيه الأوضاع في مدينة دوما.", ""},
		{"زار الرئيس الفرنسي مدينة دوما والتقى بمسؤولين محليين.", "Dūmā"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-05-09"), hadath.Consult)
		if got := placeName(ev.Location); got != tt.want {
			t.Errorf("Extract(%q) place = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestNotEvents checks words that read as triggers but name no event
// here: pretending (تظاهر بأن), the Court of Cassation (النقض), a halt to
// works (توقيف أعمال), and the dead of a crash or of a car that hit them.
func TestNotEvents(t *testing.T) {
	tests := []string{
		"وقال الشاهد إنه تظاهر بأنه ميت حتى انسحب المهاجمون من المكان.",
		"ولم يحضر المتهم جلسة النقض التي عقدت صباح الأحد.",
		"وأعلنت الشركة توقيف أعمال الحفر في الموقع منذ أسابيع.",
		"قتل خمسة جنود بتحطم مروحيتهم في منطقة جبلية شمال البلاد.",
		"وقتل طالب عندما صدمته سيارة مسرعة أمام مدخل الجامعة.",
	}
	for _, text := range tests {
		if res := run(t, text, "2018-05-09"); len(res.Events) != 0 {
			var got []string
			for _, ev := range res.Events {
				got = append(got, ev.Type+":"+ev.Trigger.Text)
			}
			t.Errorf("Extract(%q) = %q; want no event", text, got)
		}
	}
}

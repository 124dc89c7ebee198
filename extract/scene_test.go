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

package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestHeadlineTense checks that a headline's event told by a verb in the
// present joins the lead's event of its type that is to come, and keeps
// its own reading when the lead tells one done.
func TestHeadlineTense(t *testing.T) {
	tests := []struct {
		text     string
		typ      string
		modality string
		date     string
	}{
		{"وزير الخارجية الياباني يزور بغداد لبحث العلاقات\n\nيبدأ وزير الخارجية الياباني تارو كونو، غدا الخميس، زيارة رسمية إلى العراق تستمر يومين.",
			hadath.Consult, hadath.Future, "2018-05-10"},
		{"وزير الخارجية الياباني يزور بغداد لبحث العلاقات\n\nزار وزير الخارجية الياباني تارو كونو، اليوم الأربعاء، العاصمة العراقية في أول زيارة له.",
			hadath.Consult, hadath.Asserted, "2018-05-09"},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-09")
		var ev *hadath.Event
		for i := range res.Events {
			e := &res.Events[i]
			for _, sp := range append([]hadath.Span{e.Trigger}, e.Evidence...) {
				if e.Type == tt.typ && sp.Start == 0 {
					ev = e
				}
			}
		}
		if ev == nil {
			t.Errorf("Extract(%q): no %s event told in the headline", tt.text, tt.typ)
			continue
		}
		if ev.Modality != tt.modality || ev.Date != tt.date {
			t.Errorf("Extract(%q) = %s on %q; want %s on %q", tt.text, ev.Modality, ev.Date, tt.modality, tt.date)
		}
	}
}

// TestPresentTrigger checks which headline triggers read as verbs in the
// present.
func TestPresentTrigger(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"الرئيس يزور العاصمة", true},
		{"الرئيس يلتقي نظيره الفرنسي", true},
		{"الرئيس زار العاصمة", false},
		{"الرئيس سيزور العاصمة", false},
		{"تظاهرة أمام السفارة", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-09"})
		got := false
		for _, c := range x.candidates(dc) {
			got = got || dc.presentTrigger(c)
		}
		dc.release()
		if got != tt.want {
			t.Errorf("presentTrigger(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

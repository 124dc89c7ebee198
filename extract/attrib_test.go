package extract

import (
	"slices"
	"testing"
)

// TestReportedBy reads who a report rests on: the speaker of a verb of
// reporting, or the source named after a word of source; not the
// embassy an embassy move names, a border crossed (عبر), or the platform
// words were posted on.
func TestReportedBy(t *testing.T) {
	tests := []struct {
		text, typ string
		want      []string
	}{
		{"ونقلت وكالة رويترز عن مسؤول أمني قوله إن الجيش قصف مواقع المسلحين قرب الحدود يوم الاثنين.", "ASSAULT", []string{"Reuters"}},
		{"أصيب عشرون متظاهرا بالرصاص في مسيرة رافضة لنقل السفارة الأمريكية إلى القدس مساء الاثنين.", "ASSAULT", nil},
		{"وقصف الجيش مواقع المسلحين يوم الاثنين، بينما أطلق المسلحون صواريخ عبر الحدود.", "ASSAULT", nil},
		{"وهدد الرئيس الأمريكي عبر موقع تويتر بفرض عقوبات جديدة على إيران.", "THREATEN", nil},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-10")
		for _, ev := range res.Events {
			if ev.Type != tt.typ {
				continue
			}
			got := ev.ReportedBy
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("reported_by(%q) = %q; want %q", tt.text, got, tt.want)
			}
		}
	}
}

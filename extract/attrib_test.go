package extract

import (
	"slices"
	"testing"

	"github.com/hadath/hadath"
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

// TestClaims reads a claim of responsibility only where a party that can
// fight takes an attack: not one denied, adopted as a text, charged to
// someone (with ب), a ministry announcing deaths, or gunmen of no
// country.
func TestClaims(t *testing.T) {
	tests := []struct {
		text, claimed string // "": no claim
	}{
		{"انفجرت سيارة مفخخة قرب كنيسة في المدينة، وتبنى تنظيم داعش الهجوم في بيان.", "Islamic State"},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وأعلنت حركة الشباب مسؤوليتها عن التفجير.", "Al-Shabaab"},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، ونفت حركة الشباب مسؤوليتها عن التفجير.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وتتهم الحكومة حركة الشباب بالمسؤولية عن التفجير.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة. وتبنى مجلس الأمن قرارا يدين الهجوم.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة. وأعلنت وزارة الصحة مقتل جندي سادس متأثرا بجراحه.", ""},
		{"قتل خمسة جنود في انفجار عبوة ناسفة، وأعلن مسلحون مسؤوليتهم عن التفجير.", ""},
	}
	for _, tt := range tests {
		got := attackParty(run(t, tt.text, "2018-05-10"), func(ev *hadath.Event) *hadath.Actor { return ev.ClaimedBy })
		if got != tt.claimed {
			t.Errorf("claimed_by(%q) = %q; want %q", tt.text, got, tt.claimed)
		}
	}
}

// TestBlame reads who is accused of an attack no one is known to have
// done: the one accused of it, not a sponsor named as backing a group,
// and not for an accusation that names no attack.
func TestBlame(t *testing.T) {
	tests := []struct {
		text, blamed string // "": none
	}{
		{"قتل خمسة جنود في انفجار عبوة ناسفة قرب الحدود، واتهمت الحكومة حركة الشباب بتنفيذ الهجوم.", "Al-Shabaab"},
		{"أصيب ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش، وألقت الحكومة باللوم على حركة الشباب في الهجوم.", "Al-Shabaab"},
		{"أطلق الحوثيون المدعومون من إيران صاروخا على جازان يوم الاثنين.", ""},
		{"قصفت طائرات مجهولة مخزنا للأسلحة قرب المطار. واتهم زعيم المعارضة الحكومة بالخضوع لواشنطن.", ""},
	}
	for _, tt := range tests {
		got := attackParty(run(t, tt.text, "2018-05-10"), func(ev *hadath.Event) *hadath.Actor { return ev.BlamedOn })
		if got != tt.blamed {
			t.Errorf("blamed_on(%q) = %q; want %q", tt.text, got, tt.blamed)
		}
	}
}

// attackParty returns the name of the party pick gives an attack of res,
// or "" if none has one.
func attackParty(res *hadath.Result, pick func(*hadath.Event) *hadath.Actor) string {
	for i := range res.Events {
		if ev := &res.Events[i]; ev.Type == hadath.Assault && pick(ev) != nil {
			return pick(ev).Name
		}
	}
	return ""
}

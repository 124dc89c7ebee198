package extract

import (
	"fmt"
	"hash/fnv"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// TestEventID checks eventID against hash/fnv and fmt, which wrote the
// ids before it.
func TestEventID(t *testing.T) {
	type id struct {
		doc, typ string
		start    int
	}
	for _, tt := range []id{
		{"doc-1", "ASSAULT", 0},
		{"", "", 0},
		{"مقال ٣", "PROTEST", 123456},
		{"x\x00y", "AID", -7},
		{"a", "COERCE", 1 << 40},
	} {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s\x00%s\x00%d", tt.doc, tt.typ, tt.start)
		want := fmt.Sprintf("%016x", h.Sum64())
		if got := eventID(tt.doc, tt.typ, tt.start); got != want {
			t.Errorf("eventID(%q, %q, %d) = %q; want %q", tt.doc, tt.typ, tt.start, got, want)
		}
	}
}

// TestAfterPublication checks that a date of a year, a month or a day is
// after the publication day as the publication time formatted with its
// layout says.
func TestAfterPublication(t *testing.T) {
	for _, published := range []string{"2024-03-15", "0999-01-01", "2024-12-31"} {
		pub, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		dc := &doc{pub: pub, pubDay: pub.Format("2006-01-02")}
		for _, date := range []string{"", "2024", "2025", "2023", "2024-03", "2024-04", "2024-02", "2024-03-15", "2024-03-16", "0999", "1000-01"} {
			want := false
			if date != "" {
				want = date > pub.Format("2006-01-02"[:len(date)])
			}
			if got := afterPublication(&ar.Date{Date: date}, dc); got != want {
				t.Errorf("afterPublication(%q, published %s) = %v; want %v", date, published, got, want)
			}
		}
	}
}

// TestConfidence checks how a record's confidence weighs the support the
// text gave by the mention model's probability.
func TestConfidence(t *testing.T) {
	strong, weak := &lexicon.Trigger{Type: "ASSAULT"}, &lexicon.Trigger{Type: "ASSAULT", Weak: true}
	tests := []struct {
		name     string
		trig     *lexicon.Trigger
		support  int
		mentions int
		prob     float64
		want     float64
	}{
		{"rules alone, bare", strong, 0, 1, 0, 0.45},
		{"rules alone, three arguments", strong, 3, 1, 0, 0.69},
		{"rules alone, weak", weak, 3, 1, 0, 0.59},
		{"rules alone, at most five arguments", strong, 9, 2, 0, 0.9},
		{"told twice", strong, 1, 2, 0, 0.58},
		{"model sure", strong, 3, 1, 1, 0.69},
		{"model unsure", strong, 3, 1, 0.6, 0.41},
		{"model unsure, weak", weak, 0, 1, 0.2, 0.07},
	}
	for _, tt := range tests {
		c := &cand{proposal: proposal{trig: tt.trig}, status: status{support: tt.support, prob: tt.prob}}
		c.mentions = make([]int, tt.mentions)
		if got := confidence(c); got != tt.want {
			t.Errorf("confidence(%s) = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// A state's organ named with no state takes the state of the party it
// faces, when the story names no scene: the parliament's government is
// its own. Two forces of one kind stay two sides, and a government
// facing a state's named forces is not that state's.
func TestStateOf(t *testing.T) {
	const text = "طالب البرلمان العراقي الحكومة بإخراج القوات الأجنبية من البلاد."
	ev := only(t, run(t, text, "2018-05-10"), hadath.Request)
	if got := name(ev.Target); got != "Iraqi government" {
		t.Errorf("Extract(%q): REQUEST target %q; want %q", text, got, "Iraqi government")
	}
	for _, tt := range []struct{ a, other, want string }{
		{"", "IQ", "IQ"},
		{"", "", ""},
		{"SY", "IQ", "SY"},
	} {
		a := &hadath.Actor{Name: "Government", Sector: hadath.SectorGovernment, Country: tt.a, Generic: true}
		other := &hadath.Actor{Name: "x", Sector: hadath.SectorParty, Country: tt.other}
		if got := stateOf(a, other).Country; got != tt.want {
			t.Errorf("stateOf(%q, %q).Country = %q; want %q", tt.a, tt.other, got, tt.want)
		}
	}
	gov := &hadath.Actor{Name: "Government", Sector: hadath.SectorGovernment, Generic: true}
	if got := stateOf(gov, &hadath.Actor{Name: "Russian military", Sector: hadath.SectorMilitary, Country: "RU", Generic: true}).Country; got != "" {
		t.Errorf("stateOf(government, a state's forces).Country = %q; want none", got)
	}
	army := &hadath.Actor{Name: "Military", Sector: hadath.SectorMilitary, Generic: true}
	if got := stateOf(army, &hadath.Actor{Name: "Yemeni military", Sector: hadath.SectorMilitary, Country: "YE"}).Country; got != "" {
		t.Errorf("stateOf(army, another army).Country = %q; want none", got)
	}
}

// TestOneSideTwice checks that one party is never both sides of an event
// but in fighting among its own: civilians named on both sides of a
// killing are its victims.
func TestOneSideTwice(t *testing.T) {
	tests := []struct {
		text, actor, target string
	}{
		{"قتل ثلاثة أطفال يمنيين وأصيب خمسة أطفال آخرون في قصف طال حافلة مدرسية تحمل أطفالا وسط سوق بمحافظة صعدة.", "", "Yemeni children"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2018-08-10"), hadath.Assault)
		if name(ev.Actor) != tt.actor || name(ev.Target) != tt.target {
			t.Errorf("Extract(%q): actor, target = %q, %q; want %q, %q", tt.text, name(ev.Actor), name(ev.Target), tt.actor, tt.target)
		}
	}
}

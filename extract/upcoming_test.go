package extract

import (
	"context"
	"testing"

	"github.com/hadath/hadath"
)

// TestUpcoming checks that a verb in the present tense in the body of a
// story, with a weekday beside it that the calendar puts before the
// report, tells a happening to come, on the coming weekday.
func TestUpcoming(t *testing.T) {
	const lead = "أعلن مكتب الرئيس برنامج الأسبوع.\n"
	tests := []struct {
		text, published string
		modality, date  string
	}{
		// Published on Friday 4 May 2018: the coming Tuesday.
		{lead + "ويلتقي الرئيس الفرنسي نظيره الألماني الثلاثاء في برلين.", "2018-05-04", hadath.Future, "2018-05-08"},
		// The day right before the verb; published on Tuesday 8 May.
		{lead + "والأحد، يزور الوزير مخيما للاجئين قرب الحدود.", "2018-05-08", hadath.Future, "2018-05-13"},
		// A name or title set off by commas between the verb and its day.
		{lead + "ويزور رئيس الوزراء، جاستن ترودو، العاصمة الفرنسية الثلاثاء.", "2018-05-04", hadath.Future, "2018-05-08"},
		{lead + "ويلتقي الرئيس نظيره، ثم يعود إلى بلاده الثلاثاء.", "2018-05-04", hadath.Asserted, "2018-05-01"},
		// An event noun a present verb takes as its object, the day
		// between them or after the noun; not after a preposition of time.
		{lead + "ويعقد وزير الخارجية الثلاثاء اجتماعا مع نظيره الألماني في برلين.", "2018-05-04", hadath.Future, "2018-05-08"},
		{lead + "ويجري الرئيس الفرنسي محادثات مع نظيره الألماني الثلاثاء في برلين.", "2018-05-04", hadath.Future, "2018-05-08"},
		{lead + "ويأتي ذلك بعد محادثات أجراها الرئيس الفرنسي مع نظيره الألماني الثلاثاء.", "2018-05-04", hadath.Asserted, "2018-05-01"},
		// The past tense tells what was done.
		{lead + "والتقى الرئيس الفرنسي نظيره الألماني الثلاثاء في برلين.", "2018-05-04", hadath.Asserted, "2018-05-01"},
		// A day said to be past, and a verb after كان.
		{lead + "ويلتقي الرئيس الفرنسي نظيره الألماني الثلاثاء الماضي في برلين.", "2018-05-04", hadath.Asserted, "2018-05-01"},
		{lead + "وكان الرئيس الفرنسي يلتقي نظيره الألماني الثلاثاء في برلين.", "2018-05-04", hadath.Asserted, "2018-05-01"},
		// The day before the report may be the day it was written.
		{lead + "ويلتقي الرئيس الفرنسي نظيره الألماني الثلاثاء في برلين.", "2018-05-02", hadath.Asserted, "2018-05-01"},
		// A day of a month named without a year, soon after the report,
		// is this year's; far after it, or with a past verb, last year's.
		{lead + "ويلتقي الرئيس الفرنسي نظيره الألماني في 12 يونيو في برلين.", "2018-05-04", hadath.Future, "2018-06-12"},
		{lead + "ويلتقي الرئيس الفرنسي نظيره الألماني في 12 ديسمبر في برلين.", "2018-05-04", hadath.Asserted, "2017-12-12"},
		{lead + "والتقى الرئيس الفرنسي نظيره الألماني في 12 يونيو في برلين.", "2018-05-04", hadath.Asserted, "2017-06-12"},
		// So is one a few words after an event noun, whatever verb governs
		// it; a year soon after the day leaves it undated.
		{lead + "وتترقب العواصم قمة الزعيمين في 12 يونيو في سنغافورة.", "2018-05-04", hadath.Future, "2018-06-12"},
		{lead + "واستذكر الوزير قمة الزعيمين في 12 يونيو في سنغافورة عام 2009.", "2018-05-04", hadath.Asserted, ""},
		// A meeting to come dated a few days before the report takes
		// another happening's day: it keeps none.
		{lead + "وسيعقد الوزراء اجتماعا بعد مقتل عشرة جنود في الأول من مايو.", "2018-05-04", hadath.Future, ""},
		// What the parties agree on doing is to come, on the days named
		// for it.
		{lead + "واتفقت مصر والأردن على عقد اجتماع في عمان.", "2018-05-04", hadath.Future, ""},
		{lead + "واتفقت مصر والأردن على عقد اجتماع من 18 إلى 20 يونيو في عمان.", "2018-05-04", hadath.Future, "2018-06-18"},
		// A headline tells the news of the day in the present tense.
		{"يلتقي الرئيس الفرنسي نظيره الألماني الثلاثاء في برلين\nوبحث الجانبان العلاقات الثنائية.", "2018-05-04", hadath.Asserted, "2018-05-01"},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Published: tt.published, Text: tt.text}
		r, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		var got *hadath.Event
		for i := range r.Events {
			if r.Events[i].Type == hadath.Consult {
				got = &r.Events[i]
				break
			}
		}
		if got == nil {
			t.Errorf("Extract(%q) codes no meeting", tt.text)
			continue
		}
		date := got.Date
		if got.Modality != tt.modality || date != tt.date {
			t.Errorf("Extract(%q, published %s) = %s on %q; want %s on %q", tt.text, tt.published, got.Modality, date, tt.modality, tt.date)
		}
	}
}

// TestUpcomingRule reads the rule alone, before the modality model
// weighs it: a present verb after وهو tells what someone was doing.
func TestUpcomingRule(t *testing.T) {
	const lead = "أعلن مكتب الرئيس برنامج الأسبوع.\n"
	tests := []struct {
		text string
		want bool
	}{
		{lead + "ويجري الرئيس الفرنسي محادثات مع نظيره الألماني الثلاثاء.", true},
		{lead + "وظهر الرئيس الفرنسي في صورة وهو يجري محادثات مع نظيره الألماني الثلاثاء.", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Published: "2018-05-04", Text: tt.text})
		got, found := false, false
		for _, c := range x.candidates(dc) {
			if c.typ == hadath.Consult {
				found, got = true, dc.upcoming(c)
			}
		}
		dc.release()
		if !found {
			t.Errorf("candidates(%q): no meeting", tt.text)
		} else if got != tt.want {
			t.Errorf("upcoming(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

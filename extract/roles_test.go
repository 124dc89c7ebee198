package extract

import (
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// TestRoleCandsOtherMentions checks that the parties named in the
// sentences of an event's other mentions may fill its roles, marked as
// named elsewhere, and that those of the trigger's sentence are not.
func TestRoleCandsOtherMentions(t *testing.T) {
	texts := []string{
		"قصفت طائرات حربية مواقع في غزة فجر اليوم.\nوقال الجيش الإسرائيلي إن الغارة استهدفت مخزنا للأسلحة تابعا لحركة حماس.",
		"اعتقلت الشرطة التركية عشرة أشخاص في إسطنبول.\nوقالت وكالة الأناضول إن الاعتقالات طالت أعضاء في حزب العمال الكردستاني.",
	}
	x := extractor(t)
	for _, text := range texts {
		d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: text}
		dc := x.analyze(d)
		cs := x.corefer(dc, x.candidates(dc))
		others := 0
		for _, c := range cs {
			if c.dead {
				continue
			}
			for _, r := range dc.roleCands(c) {
				if r.m < 0 {
					continue
				}
				sent := dc.x.Tokens[dc.actors[r.m].First].Sent
				if want := sent != c.sent; r.other != want {
					t.Errorf("roleCands(%q) %s: other = %v for %q in sentence %d; want %v",
						text, c.typ, r.other, r.actor.Name, sent, want)
				}
				if r.other {
					others++
					if !containsInt(c.sents, sent) {
						t.Errorf("roleCands(%q) %s: %q from sentence %d, not one of the event's %v",
							text, c.typ, r.actor.Name, sent, c.sents)
					}
				}
			}
		}
		if others == 0 {
			t.Errorf("roleCands(%q): no party from another mention's sentence", text)
		}
		dc.release()
	}
}

// The rules' reading of a role stands unless the role model all but
// rules it out and is sure of another party; the model here is written by
// hand: it never takes the rules' actor, and takes any armed group for
// the actor when sure.
func TestRoleModelOverrulesRules(t *testing.T) {
	const text = "اتهمت الحكومة العراقية تنظيم داعش بتنفيذ الهجوم على السوق."
	tests := []struct {
		weights, want string
	}{
		{"rule-actor\t0\t-8\t0\nsector=armed_group\t0\t8\t0\n", "Islamic State"},
		{"rule-actor\t0\t-8\t0\nsector=armed_group\t0\t0.5\t0\n", "Iraqi government"}, // not sure of the other
		{"sector=armed_group\t0\t8\t0\n", "Iraqi government"},                         // no doubt of the rules' actor
	}
	for _, tt := range tests {
		x := withModel(t, RoleModel, "NONE\tACTOR\tTARGET", tt.weights)
		ev := only(t, runWith(t, x, text, "2018-09-05"), hadath.Accuse)
		if name(ev.Actor) != tt.want {
			t.Errorf("Extract(%q) with role weights %q: actor %q; want %q", text, tt.weights, name(ev.Actor), tt.want)
		}
	}
}

// TestRoleFeaturesNextWord checks that a party of the trigger's sentence
// is read with the word right after it, and with none when it ends the
// sentence or a mark follows it.
func TestRoleFeaturesNextWord(t *testing.T) {
	tests := []struct {
		text, party string
		want        string // the w+1 feature's word, stemmed; "" for none
	}{
		{"قصفت الطائرات الحربية مواقع الحوثيين في صعدة.", "Houthis", "في"},
		{"اتهمت الحكومة العراقية تنظيم داعش بتنفيذ الهجوم.", "Iraqi government", "تنظيم"},
		{"اتهمت الحكومة العراقية، أمس، تنظيم داعش بتنفيذ الهجوم.", "Iraqi government", ""},
		{"هاجم مسلحون مركزا للشرطة قرب كابول أمس، وتبنت الهجوم حركة طالبان.", "Taliban", ""},
	}
	x := extractor(t)
	for _, tt := range tests {
		d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: tt.text}
		dc := x.analyze(d)
		dc.trace = &Trace{}
		found := false
		for _, c := range x.corefer(dc, x.candidates(dc)) {
			if c.dead {
				continue
			}
			for _, r := range dc.roleCands(c) {
				if r.m < 0 || !strings.HasSuffix(r.actor.Name, tt.party) {
					continue
				}
				found = true
				m := &dc.actors[r.m]
				side := "after|w+1="
				if m.First < c.first {
					side = "before|w+1="
				}
				got := ""
				for _, f := range dc.roleFeatures(c, r).fs {
					if w, ok := strings.CutPrefix(f, side); ok {
						got = w
					}
				}
				want := ""
				if tt.want != "" {
					want = stem(tt.want)
				}
				if got != want {
					t.Errorf("roleFeatures(%q, %s) %s w+1 = %q; want %q", tt.text, c.typ, r.actor.Name, got, want)
				}
			}
		}
		if !found {
			t.Errorf("roleCands(%q): no party %q", tt.text, tt.party)
		}
		dc.release()
	}
}

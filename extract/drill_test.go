package extract

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lexicon"
)

// TestJointDrill reads a drill called joint, held with a party, by an
// alliance or by two states' forces as cooperation, and one state's
// drill as mobilization.
func TestJointDrill(t *testing.T) {
	tests := []struct {
		text, drill string
		joint       bool
	}{
		{"بدأت القوات البحرية المصرية والفرنسية الأحد مناورات بحرية مشتركة في البحر الأحمر.", "مناورات بحرية", true},
		{"وتجري القوات الأردنية تدريبات جوية مع الجيش الأميركي قرب العقبة.", "تدريبات جوية", true},
		{"وانطلقت المناورات الهندية اليابانية في خليج البنغال صباح الخميس.", "المناورات", true},
		{"وبدأت الخميس تدريبات عسكرية سعودية قرب الحدود العراقية.", "تدريبات عسكرية", false},
		{"ونفذ الحلف الأطلسي مناورات واسعة في بحر البلطيق.", "مناورات", true},
		{"وأجرى الجيش الإيراني مناورات بالذخيرة الحية قرب مضيق هرمز.", "مناورات بالذخيرة الحية", false},
		{"وقال المتحدث إن تدريبات عسكرية ستجري في الصحراء الغربية الشهر المقبل.", "تدريبات عسكرية", false},
		// A party named after the clause ends does not join the drill.
		{"أجرت البحرية التركية تدريبات بحرية، وانتقدت اليونان ذلك.", "تدريبات بحرية", false},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc, tm, c := proposedAt(t, x, tt.text, tt.drill, hadath.Mobilize)
		if c == nil {
			continue
		}
		if got := x.jointDrill(dc, tm, c); got != tt.joint {
			t.Errorf("jointDrill(%q in %q) = %v; want %v", tt.drill, tt.text, got, tt.joint)
		}
	}
}

// proposedAt analyzes text and returns the rules' proposal for the trigger
// whose words are trigger, read as type typ, with its document and match.
// It reports an error and returns a nil candidate when the text has no
// such trigger or the rules read it as another type.
func proposedAt(t *testing.T, x *Extractor, text, trigger, typ string) (*doc, *lexicon.TriggerMatch, *cand) {
	t.Helper()
	dc := x.analyze(&hadath.Document{ID: "t", Text: text, Published: "2018-05-01"})
	t.Cleanup(dc.release)
	for k := range dc.trigs {
		tm := &dc.trigs[k]
		if dc.tokSpan(tm.First, tm.Last).Text != trigger {
			continue
		}
		tr := x.pickTrigger(dc, tm)
		if tr == nil || tr.Type != typ {
			t.Errorf("reading of %q in %q = %v; want %s", trigger, text, tr, typ)
			return dc, tm, nil
		}
		var p mentionProposal
		return dc, tm, x.propose(dc, tr, tm, &p)
	}
	t.Errorf("no trigger %q in %q", trigger, text)
	return dc, nil, nil
}

// TestLessonsOfReadings finds the annotated event of a reading the rules
// give a word in its context, which the lexicon does not list for the
// word: a drill read as cooperation, an attack by protesters read as a
// riot.
func TestLessonsOfReadings(t *testing.T) {
	tests := []struct {
		text, typ, mention string
	}{
		{"بدأت القوات البحرية المصرية والفرنسية الأحد مناورات بحرية مشتركة في البحر الأحمر.", hadath.Cooperate, "مناورات بحرية مشتركة"},
		{"وأحرق متظاهرون غاضبون مقر الحزب الحاكم في البلدة مساء الجمعة.", hadath.Protest, "وأحرق متظاهرون"},
	}
	x := extractor(t)
	for _, tt := range tests {
		m, err := json.Marshal(tt.mention)
		if err != nil {
			t.Fatal(err)
		}
		g := &Gold{DocID: "t", Events: []GoldEvent{{Type: tt.typ, Mentions: []json.RawMessage{m}}}}
		d := &hadath.Document{ID: "t", Text: tt.text, Published: "2018-05-01"}
		var ex Examples
		if err := x.Examples(context.Background(), d, g, &ex); err != nil {
			t.Fatalf("Examples(%q): %v", tt.text, err)
		}
		if ex.Reached != ex.Required || ex.Required == 0 {
			t.Errorf("Examples(%q): %d of %d %s events reached; want all", tt.text, ex.Reached, ex.Required, tt.typ)
		}
	}
}

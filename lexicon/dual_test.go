package lexicon

import (
	"strings"
	"testing"
)

func TestDuals(t *testing.T) {
	tests := []struct {
		key      string
		feminine bool
		want     string
	}{
		{"انفجار", false, "انفجاران انفجارين"},
		{"ضربه", true, "ضربتان ضربتين"},
		{"مواجه", false, "مواجهان مواجهين"}, // a folded ه that was written ه stays
		{"اعتداء", false, "اعتداءان اعتداءين"},
		{"دعوي", false, ""}, // a long vowel at the end: no regular dual
		{"قمع", false, "قمعان قمعين"},
		{"حد", false, ""}, // too short to tell from a clitic
	}
	for _, tt := range tests {
		if got := strings.Join(duals(tt.key, tt.feminine), " "); got != tt.want {
			t.Errorf("duals(%q, %v) = %q; want %q", tt.key, tt.feminine, got, tt.want)
		}
	}
}

// TestDualsLeaveFiledKeys checks that a key the files give keeps its own
// reading: a NONE phrase or another word's form is not taken as a dual.
func TestDualsLeaveFiledKeys(t *testing.T) {
	b := newBuilder()
	for _, line := range []string{
		"ASSAULT\t-\tn\tانفجار|غارة",
		"ASSAULT\t-\tv\tهاجم",
		"NONE\t-\t-\tانفجارين",
	} {
		if err := b.triggerLine(line); err != nil {
			t.Fatal(err)
		}
	}
	b.addDuals()
	tests := []struct {
		key  string
		want string
	}{
		{"انفجاران", "ASSAULT انفجار"},
		{"انفجارين", "NONE انفجارين"},
		{"غارتين", "ASSAULT غارة"},
		{"هاجمان", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tr := range b.trig.vals[tt.key] {
			got = append(got, tr.Type+" "+tr.Form)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("addDuals: %q = %q; want %q", tt.key, got, tt.want)
		}
	}
}

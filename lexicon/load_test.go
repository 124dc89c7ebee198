package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

func TestLoadArabic(t *testing.T) {
	l, err := LoadArabic()
	if err != nil {
		t.Fatal(err)
	}
	if l.TriggerDict().Len() < 1500 || l.MethodDict().Len() < 300 || l.CueDict().Len() < 300 {
		t.Errorf("LoadArabic: %d trigger, %d method, %d cue keys; want at least 1500, 300, 300",
			l.TriggerDict().Len(), l.MethodDict().Len(), l.CueDict().Len())
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		if err := writeFile(dir, name, data); err != nil {
			t.Fatal(err)
		}
	}
	write("triggers-local.tsv", "# local forms\nPROTEST\tsit_in\tn\tمخيم احتجاج|!اعتصام\nNONE\t-\t-\tقمة الجبل\n")
	write("cues.tsv", "NEG\tأبدا\n")
	write("places.tsv", "not a lexicon file\tat all\n")
	l, err := LoadArabic(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := ar.NewAnalyzer()
	src := "أقاموا مخيم احتجاج واعتصام على قمة الجبل"
	got := triggerSummary(src, l.Triggers(a.Analyze(src)))
	want := []string{"مخيم احتجاج=PROTEST/sit_in"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("with %s: Triggers(%q) = %q; want %q", dir, src, got, want)
	}
	if tags := tagSummary("لن يعود أبدا", l.Cues(a.Analyze("لن يعود أبدا"))); !strings.Contains(strings.Join(tags, "|"), "أبدا=NEG") {
		t.Errorf("with %s: Cues(%q) = %q; want أبدا=NEG", dir, "لن يعود أبدا", tags)
	}

	bad := t.TempDir()
	if err := writeFile(bad, "triggers.tsv", "ATTACK\t-\tv\tهاجم\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadArabic(bad); err == nil || !strings.Contains(err.Error(), "triggers.tsv:1") {
		t.Errorf("LoadArabic(bad type) error = %v; want one naming triggers.tsv:1", err)
	}
}

func TestLongestFirst(t *testing.T) {
	dir := t.TempDir()
	if err := writeFile(dir, "triggers.tsv", "AGREE\t-\tn\tسين صاد\nASSAULT\t-\tn\tصاد عين قاف\nCONSULT\t-\tn\tسين\n"); err != nil {
		t.Fatal(err)
	}
	l, err := LoadArabic(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := ar.NewAnalyzer()
	tests := []struct {
		src  string
		want []string
	}{
		// the three-word form starting inside the two-word one wins, and
		// the first word keeps its own shorter form
		{"سين صاد عين قاف", []string{"سين=CONSULT", "صاد عين قاف=ASSAULT"}},
		{"سين صاد عين", []string{"سين صاد=AGREE"}},
	}
	for _, tt := range tests {
		got := triggerSummary(tt.src, l.Triggers(a.Analyze(tt.src)))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Triggers(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

func writeFile(dir, name, data string) error {
	return os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)
}

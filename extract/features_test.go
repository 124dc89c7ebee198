package extract

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lexicon"
	"github.com/hadath/hadath/model"
	"github.com/hadath/hadath/wordclass"
)

// TestFeatureHashes checks that every feature's hash is the hash of its
// name, so that the models decide alike with names (training, explain)
// and with hashes (coding).
func TestFeatureHashes(t *testing.T) {
	x := extractor(t)
	d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: "قصفت طائرات حربية مواقع للمسلحين في ريف إدلب، ما أدى إلى مقتل خمسة منهم.\nوقال الجيش إنه سيواصل عملياته."}
	_, tr, err := x.Explain(context.Background(), d, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Decisions) == 0 {
		t.Fatal("no decisions traced")
	}
	dc := x.analyze(d)
	dc.trace = &Trace{}
	f := dc.newFeats(hadath.Assault, 8)
	f.add("w", "-1", "=", "قال")
	f.addT("prep=", "علي")
	if len(f.fs) != len(f.hs) {
		t.Fatalf("%d names, %d hashes", len(f.fs), len(f.hs))
	}
	for i, name := range f.fs {
		if model.Hash(name) != f.hs[i] {
			t.Errorf("hash of feature %q = %x; want %x", name, f.hs[i], model.Hash(name))
		}
	}
	want := []string{"w-1=قال", "prep=علي", "ASSAULT|prep=علي"}
	for i, w := range want {
		if f.fs[i] != w {
			t.Errorf("feature %d = %q; want %q", i, f.fs[i], w)
		}
	}
}

// TestExplainSameAsExtract checks that explaining a document (features by
// name) codes the same events as extracting it (features by hash).
func TestExplainSameAsExtract(t *testing.T) {
	texts := []string{
		"قصفت طائرات حربية مواقع للمسلحين في ريف إدلب، ما أدى إلى مقتل خمسة منهم.\nوقال الجيش إنه سيواصل عملياته.",
		"تظاهر مئات الطلاب أمام مبنى البرلمان في العاصمة.\nوطالب المحتجون الحكومة بالاستقالة، فيما اعتقلت الشرطة عشرة منهم.",
		"التقى وزير الخارجية الأردني نظيره العراقي في بغداد.\nوبحث الجانبان التعاون الأمني ودعيا إلى وقف القتال في سوريا.",
	}
	x := extractor(t)
	for _, text := range texts {
		d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: text}
		a, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := x.Explain(context.Background(), d, 3)
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := json.Marshal(a.Events)
		jb, _ := json.Marshal(b.Events)
		if string(ja) != string(jb) {
			t.Errorf("Extract(%q) events\n%s\nExplain\n%s", text, ja, jb)
		}
	}
}

// TestCorefAgreement checks the coreference features that count how many
// of the parties, places and days two mentions both name agree or differ.
func TestCorefAgreement(t *testing.T) {
	x := extractor(t)
	d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: "طردت الحكومة دبلوماسيين.\nوطردت دولة أخرى دبلوماسيين."}
	dc := x.analyze(d)
	dc.trace = &Trace{}
	france := &hadath.Actor{Name: "France", Country: "FR", Kind: "GPE"}
	germany := &hadath.Actor{Name: "Germany", Country: "DE", Kind: "GPE"}
	russia := &hadath.Actor{Name: "Russian government", Country: "RU", Sector: hadath.SectorGovernment}
	paris := &hadath.Place{Name: "Paris", Country: "FR", Precision: hadath.PrecisionCity}
	berlin := &hadath.Place{Name: "Berlin", Country: "DE", Precision: hadath.PrecisionCity}
	mk := func(actor, target *hadath.Actor, place *hadath.Place, verb bool) *cand {
		return &cand{
			proposal:  proposal{typ: hadath.Sanction, trig: &lexicon.Trigger{Type: hadath.Sanction, Form: "طردت", Verb: verb}},
			arguments: arguments{actor: actor, target: target, place: place},
			merging:   merging{sents: []int{1}},
		}
	}
	tests := []struct {
		name string
		a, b *cand
		want []string
	}{
		{"two states expel the same envoys", mk(france, russia, nil, true), mk(germany, russia, nil, true), []string{"agree=1/1", "b-verb-agree=1/1"}},
		{"and in two capitals", mk(france, russia, paris, true), mk(germany, russia, berlin, true), []string{"agree=1/2", "b-verb-agree=1/2"}},
		{"the same state told again by a noun", mk(france, russia, paris, true), mk(france, nil, paris, false), []string{"agree=2/0"}},
		{"nothing named by both", mk(france, nil, nil, true), mk(nil, russia, berlin, false), []string{"agree=0/0"}},
	}
	for _, tt := range tests {
		f := dc.corefFeatures(tt.a, tt.b, false, 0)
		got := map[string]bool{}
		for _, s := range f.fs {
			got[s] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%s: corefFeatures lacks %q; has %q", tt.name, w, f.fs)
			}
		}
		if !tt.b.trig.Verb && got["b-verb-agree="+tt.want[0][len("agree="):]] {
			t.Errorf("%s: b-verb-agree set for a noun", tt.name)
		}
	}
	// Two readings of a toll agree by their number, not by being one
	// reading.
	for _, tt := range []struct {
		a, b int
		want string
	}{{3, 3, "killed=same"}, {3, 4, "killed=differ"}} {
		a, b := mk(france, nil, nil, true), mk(france, nil, nil, true)
		a.killed = &hadath.Count{Count: hadath.N(tt.a), Qualifier: hadath.Exact}
		b.killed = &hadath.Count{Count: hadath.N(tt.b), Qualifier: hadath.Exact}
		if f := dc.corefFeatures(a, b, false, 0); !slices.Contains(f.fs, tt.want) {
			t.Errorf("corefFeatures(tolls %d and %d) lacks %q; has %q", tt.a, tt.b, tt.want, f.fs)
		}
	}
}

// TestWindowClasses checks that the words around a trigger add their word
// classes beside themselves, and that a word with no class adds none.
func TestWindowClasses(t *testing.T) {
	x := extractor(t)
	d := &hadath.Document{ID: "t", Published: "2018-05-01", Text: "قصفت الطائرات الحربية مواقع المسلحين"}
	dc := x.analyze(d)
	dc.trace = &Trace{}
	cl, err := wordclass.Read(strings.NewReader("طاءر\t7\nحربي\t9\n"))
	if err != nil {
		t.Fatal(err)
	}
	dc.classes = cl
	f := dc.newFeats(hadath.Assault, 8)
	dc.windowFeatures(&f, &cand{proposal: proposal{typ: hadath.Assault, first: 0, last: 1}})
	for _, want := range []string{"bc=7", "ASSAULT|bc=7", "bc=9"} {
		if !slices.Contains(f.fs, want) {
			t.Errorf("windowFeatures(%q) lacks %q; has %q", d.Text, want, f.fs)
		}
	}
	n := 0
	for _, s := range f.fs {
		if strings.HasPrefix(s, "bc=") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("windowFeatures(%q) gives %d class features; want 2 (two words of the window have a class)", d.Text, n)
	}
	// Classes reach further than words: a word seven away is read by
	// its class alone.
	far := &hadath.Document{ID: "t", Published: "2018-05-01", Text: "قصفت الطائرات أمس مواقع عدة في محيط البلدة الجبلية"}
	dc = x.analyze(far)
	dc.trace = &Trace{}
	if dc.classes, err = wordclass.Read(strings.NewReader("جبلي\t5\n")); err != nil {
		t.Fatal(err)
	}
	f = dc.newFeats(hadath.Assault, 8)
	dc.windowFeatures(&f, &cand{proposal: proposal{typ: hadath.Assault, first: 0, last: 1}})
	if !slices.Contains(f.fs, "bc=5") || slices.Contains(f.fs, "bw=جبلي") {
		t.Errorf("windowFeatures(%q) = %q; want the class of الجبلية (bc=5) and not the word", far.Text, f.fs)
	}
}

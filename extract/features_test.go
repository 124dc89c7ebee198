package extract

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/model"
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

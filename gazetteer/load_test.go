package gazetteer

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

var (
	testOnce sync.Once
	testG    *Gazetteer
	testErr  error
)

// loadTest loads the embedded gazetteer once for all tests.
func loadTest(t testing.TB) *Gazetteer {
	t.Helper()
	testOnce.Do(func() { testG, testErr = Load() })
	if testErr != nil {
		t.Fatalf("Load() error: %v", testErr)
	}
	return testG
}

func TestLoad(t *testing.T) {
	g := loadTest(t)
	if g.Len() < 30000 {
		t.Errorf("Len() = %d; want >= 30000", g.Len())
	}
	if c := g.Country("IQ"); c == nil || c.NameAr != "العراق" || c.Precision != hadath.PrecisionCountry {
		t.Errorf("Country(IQ) = %+v; want Iraq", c)
	}
	if c := g.Country("XX"); c != nil {
		t.Errorf("Country(XX) = %+v; want nil", c)
	}
}

// TestData checks every row of the embedded data: a name, coordinates in
// range and not at 0,0, a valid precision and kind, and a country of two
// letters, empty only for international seas and regions.
func TestData(t *testing.T) {
	g := loadTest(t)
	curated := 0
	for i := 0; i < g.Len(); i++ {
		e := g.Entry(i)
		if e.ID < 0 {
			curated++
		}
		switch {
		case e.Name == "":
			t.Errorf("entry %d has no name", e.ID)
		case math.Abs(e.Lat) > 90 || math.Abs(e.Lon) > 180 || (e.Lat == 0 && e.Lon == 0 && e.Kind != KindSea && e.Kind != KindRegion):
			t.Errorf("%s (%d): bad coordinates %v, %v", e.Name, e.ID, e.Lat, e.Lon)
		case !validPrecision(e.Precision) || e.Kind == "":
			t.Errorf("%s (%d): precision %q kind %q", e.Name, e.ID, e.Precision, e.Kind)
		case e.Country == "" && e.Precision != hadath.PrecisionSea && e.Precision != hadath.PrecisionRegion:
			t.Errorf("%s (%d): no country for precision %s", e.Name, e.ID, e.Precision)
		case !validCountry(e.Country):
			t.Errorf("%s (%d): bad country %q", e.Name, e.ID, e.Country)
		}
		for _, a := range e.Aliases {
			if strings.TrimSpace(a) == "" || ar.Key(a) == "" {
				t.Errorf("%s (%d): empty alias", e.Name, e.ID)
			}
		}
	}
	if curated < 300 {
		t.Errorf("%d curated entries; want >= 300", curated)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("places.tsv", "# my places\n#format: gazetteer\nname\tname_ar\tcountry\tlat\tlon\tkind\n"+
		"Camp Nowhere\tمعسكر اللامكان\tIQ\t33.1\t44.2\tbase\n")
	write("more.tsv", "#format: gazetteer\nid\taliases\nSY\tبلاد الياسمين\n")
	write("stop.tsv", "#format: gazetteer-stop\nname\trule\nدمشق\tdrop\n")
	write("actors.tsv", "#format: actors\nname\tcountry\nمعسكر اللامكان\tXX\n")
	g, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%q) error: %v", dir, err)
	}
	hits := g.Lookup(ar.Key("معسكر اللامكان"))
	if len(hits) != 1 || hits[0].Country != "IQ" || hits[0].ID >= 0 || hits[0].Precision != hadath.PrecisionSite {
		t.Errorf("Lookup(user place) = %+v; want one curated IQ site", hits)
	}
	if hits := g.Lookup(ar.Key("بلاد الياسمين")); len(hits) != 1 || hits[0] != g.Country("SY") {
		t.Errorf("Lookup(user alias) = %+v; want Syria", hits)
	}
	x := ar.NewAnalyzer().Analyze("وصلت القوات إلى دمشق.")
	if ms := g.Find(x); len(ms) != 0 {
		t.Errorf("Find with user stop rule = %d mentions; want 0", len(ms))
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "bad.tsv"),
		[]byte("#format: gazetteer\nname\tlat\tlon\nSomewhere\t95\t10\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:3") {
		t.Errorf("Load(bad latitude) error = %v; want one naming bad.tsv:3", err)
	}
}

func TestAppendKey(t *testing.T) {
	for _, s := range []string{"بغداد", "قاعدة عين الأسد الجوية", "Deir ez-Zor", "  الْعِرَاقِ ", "Al-Qa'im",
		"ال", "الـــموصل", "Washington, D.C.", "أبو ظبي", ""} {
		if got, want := string(appendKey(nil, s)), ar.Key(s); got != want {
			t.Errorf("appendKey(%q) = %q; want %q", s, got, want)
		}
	}
}

func FuzzAppendKey(f *testing.F) {
	f.Add("قاعدة عين الأسد الجوية")
	f.Add("Deir ez-Zor, الْعِرَاقِ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendKey(nil, s)), ar.Key(s); got != want {
			t.Fatalf("appendKey(%q) = %q; want %q", s, got, want)
		}
	})
}

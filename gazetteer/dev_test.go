package gazetteer

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// devDir is where the shared dev set lies relative to this package, in a
// work tree and in CI alike.
var devDir = filepath.Join("..", "..", "shared", "eval", "dev")

// goldPlace is a gold location of the dev set.
type goldPlace struct {
	Name      string   `json:"name"`
	NameAr    string   `json:"name_ar"`
	Aliases   []string `json:"aliases"`
	Country   string   `json:"country"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Precision string   `json:"precision"`
}

// readJSONL decodes each line of path into a new value made by mk.
func readJSONL(t testing.TB, path string, each func(line []byte)) {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no dev set: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		each(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// km returns the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	h := math.Pow(math.Sin((lat2-lat1)*r/2), 2) +
		math.Cos(lat1*r)*math.Cos(lat2*r)*math.Pow(math.Sin((lon2-lon1)*r/2), 2)
	return 6371 * 2 * math.Asin(math.Min(1, math.Sqrt(h)))
}

// samePlace tells whether entry e answers gold place p, as the dev
// scorer judges it: a shared name, the same country for country and region
// gold, or a point near enough for the precision.
func samePlace(p *goldPlace, e *Entry) bool {
	gold := map[string]bool{}
	for _, n := range append([]string{p.Name, p.NameAr}, p.Aliases...) {
		if k := ar.Key(n); k != "" {
			gold[k] = true
		}
	}
	for _, n := range e.Names() {
		if gold[ar.Key(n)] {
			return true
		}
	}
	switch p.Precision {
	case "country", "region":
		return p.Country != "" && p.Country == e.Country
	}
	if p.Country != "" && e.Country != "" && p.Country != e.Country {
		return false
	}
	if p.Lat == nil || p.Lon == nil {
		return false
	}
	limit := 25.0
	switch p.Precision {
	case "sea":
		limit = 200
	case "admin1", "district":
		limit = 50
	}
	return km(*p.Lat, *p.Lon, e.Lat, e.Lon) <= limit
}

// TestDevRecall measures how many gold event locations of the dev set
// Find resolves (any mention of the document whose entry the scorer would
// accept), and fails if recall drops below a floor.
func TestDevRecall(t *testing.T) {
	docs := map[string]string{}
	readJSONL(t, filepath.Join(devDir, "docs.jsonl"), func(b []byte) {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		docs[d.ID] = d.Text
	})
	g := loadTest(t)
	an := ar.NewAnalyzer()
	total, found := 0, 0
	named, right := 0, 0 // gold names matched in the text, and resolved right
	readJSONL(t, filepath.Join(devDir, "gold.jsonl"), func(b []byte) {
		var d struct {
			DocID  string `json:"doc_id"`
			Events []struct {
				Location     *goldPlace  `json:"location"`
				AltLocations []goldPlace `json:"alt_locations"`
			}
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		ms := g.Find(an.Analyze(docs[d.DocID]))
		seen := map[string]bool{}
		for _, ev := range d.Events {
			if ev.Location == nil {
				continue
			}
			id := ev.Location.Name + "/" + ev.Location.Precision
			if seen[id] {
				continue
			}
			seen[id] = true
			total++
			ok := false
			for _, m := range ms {
				for _, p := range append([]goldPlace{*ev.Location}, ev.AltLocations...) {
					if samePlace(&p, m.Entry) {
						ok = true
					}
				}
			}
			if k := ar.Key(ev.Location.NameAr); k != "" {
				seenName, good := false, false
				for _, m := range ms {
					if ar.Key(runeSlice(docs[d.DocID], m.Start, m.End)) == k {
						seenName = true
						good = good || samePlace(ev.Location, m.Entry)
					}
				}
				if seenName {
					named++
					if good {
						right++
					} else {
						t.Logf("wrong %s: %s %q", d.DocID, ev.Location.Name, ev.Location.NameAr)
					}
				}
			}
			if ok {
				found++
			} else {
				t.Logf("miss %s: %s %q %s %s", d.DocID, ev.Location.Name, ev.Location.NameAr, ev.Location.Country, ev.Location.Precision)
			}
		}
	})
	if total == 0 {
		t.Skip("no gold locations")
	}
	recall := float64(found) / float64(total)
	t.Logf("dev location recall %d/%d = %.3f; gold names found in the text resolved right %d/%d", found, total, recall, right, named)
	if recall < 0.90 {
		t.Errorf("dev location recall %.3f; want >= 0.90", recall)
	}
}

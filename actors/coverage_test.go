package actors

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/hadath/hadath/lang/ar"
)

var devDir = flag.String("dev", "", "directory of the dev set (docs.jsonl, gold.jsonl) for TestDevCoverage")

// TestDevCoverage measures, on an annotated dev set, the fraction of gold
// actors (actor, target, claimed_by, blamed_on) for which Find reports a
// compatible mention somewhere in the document: a generic gold actor
// agrees in country and sector, a named one shares a normalized name. Run
// with -dev DIR; -v lists the misses.
func TestDevCoverage(t *testing.T) {
	if *devDir == "" {
		t.Skip("no -dev directory")
	}
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	readLines(t, filepath.Join(*devDir, "docs.jsonl"), func(b []byte) {
		var doc struct{ ID, Text string }
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		texts[doc.ID] = doc.Text
	})
	a := ar.NewAnalyzer()
	var total, found int
	readLines(t, filepath.Join(*devDir, "gold.jsonl"), func(b []byte) {
		var g struct {
			DocID  string `json:"doc_id"`
			Events []map[string]json.RawMessage
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		ms := d.Find(a.Analyze(texts[g.DocID]))
		for _, ev := range g.Events {
			for _, field := range []string{"actor", "target", "claimed_by", "blamed_on"} {
				raw, ok := ev[field]
				if !ok || string(raw) == "null" {
					continue
				}
				var ga goldActor
				if err := json.Unmarshal(raw, &ga); err != nil {
					t.Fatal(err)
				}
				total++
				if ga.matchesAny(ms) {
					found++
				} else {
					t.Logf("miss %s %s: %s (%s, %s, generic %v)", g.DocID, field, ga.Name, ga.Country, ga.Sector, ga.Generic)
				}
			}
		}
	})
	frac := float64(found) / float64(total)
	t.Logf("dev coverage: %d of %d gold actors (%.1f%%)", found, total, 100*frac)
	if frac < 0.70 {
		t.Errorf("dev coverage %.3f; want at least 0.70", frac)
	}
}

// goldActor is an actor of the gold file.
type goldActor struct {
	Name    string
	NameAr  string `json:"name_ar"`
	Aliases []string
	Country string
	Sector  string
	Generic bool
}

// matchesAny reports whether some mention is compatible with the gold
// actor, as the scorer decides.
func (g *goldActor) matchesAny(ms []Mention) bool {
	names := map[string]bool{}
	for _, s := range append([]string{g.Name, g.NameAr}, g.Aliases...) {
		if n := normName(s); n != "" {
			names[n] = true
		}
	}
	for _, m := range ms {
		a := &m.Actor
		if g.Generic && g.Country == a.Country && g.Sector == a.Sector {
			return true
		}
		if names[normName(a.Name)] || names[normName(a.NameAr)] {
			return true
		}
	}
	return false
}

// latinBase maps accented Latin letters to their base letter.
var latinBase = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "á", "a", "à", "a", "â", "a",
	"ä", "a", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "ú", "u", "ü", "u", "û", "u", "í", "i", "ï", "i",
	"ç", "c", "ğ", "g", "ş", "s", "ı", "i", "ñ", "n", "š", "s")

// normName folds a name the way the scorer does: case, accents, Arabic
// letter variants, punctuation, and a leading "the" or "al".
func normName(s string) string {
	s = latinBase.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ar.Tatweel || (r >= ar.Fathatan && r <= '\u065f') || r == ar.SuperscriptAlef:
		case r == ar.AlefMadda || r == ar.AlefHamzaAbove || r == ar.AlefHamzaBelow || r == ar.AlefWasla:
			b.WriteRune(ar.Alef)
		case r == ar.AlefMaksura:
			b.WriteRune(ar.Yeh)
		case r == ar.TehMarbuta:
			b.WriteRune(ar.Heh)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	if len(words) > 1 && (words[0] == "the" || words[0] == "al") {
		words = words[1:]
	}
	out := strings.Join(words, " ")
	return strings.ReplaceAll(out, "al ", "al")
}

func readLines(t *testing.T, path string, f func([]byte)) {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) > 0 {
			f(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

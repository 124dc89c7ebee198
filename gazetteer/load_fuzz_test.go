package gazetteer

import (
	"strings"
	"testing"
)

// headLines returns the first n lines of s.
func headLines(s string, n int) string {
	lines := strings.SplitAfterN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "")
}

// FuzzLoad reads any text as a user's gazetteer file (what --dict
// reaches): it must give an error or a gazetteer, never panic, and a
// gazetteer it gives must answer a lookup.
func FuzzLoad(f *testing.F) {
	for _, name := range embeddedFiles {
		b, err := embedded.ReadFile("data/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(headLines(string(b), 14))
	}
	f.Add("#format: gazetteer\n#id\tname\tname_ar\tcountry\tlat\tlon\n1\tX\tس\tIQ\t999\t-999\n")
	f.Add("#format: gazetteer-stop\n\xff\tdrop\n")
	f.Fuzz(func(t *testing.T, data string) {
		if len(data) > 512 {
			return // larger files only repeat lines; a small bound keeps minimizing quick
		}
		g, err := build([]source{{"user.tsv", data}})
		if err != nil {
			return
		}
		if g == nil {
			t.Fatal("build gave neither a gazetteer nor an error")
		}
		for i := range g.Len() {
			e := g.Entry(i)
			for _, n := range []string{e.Name, e.NameAr} {
				if n != "" {
					g.Lookup(n)
				}
			}
		}
		g.Country("IQ")
	})
}

package actors

import (
	"strings"
	"testing"
)

// userFiles are the file names --dict reads for actors, in Load's order.
var userFiles = [...]string{fileDemonyms, fileActors, fileGeneric, fileTitles, fileCoalitions, fileCanonical}

// FuzzLoad reads any text as one of a user's actor files (what --dict
// reaches): it must give an error or a dictionary, never panic.
func FuzzLoad(f *testing.F) {
	for i, name := range userFiles {
		b, err := embedded.ReadFile("data/" + name)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.SplitAfterN(string(b), "\n", 25)
		f.Add(uint8(i), strings.Join(lines[:min(24, len(lines))], ""))
	}
	f.Add(uint8(1), "X\t\t\t\t\t\n\t\xff\n")
	f.Fuzz(func(t *testing.T, which uint8, data string) {
		if len(data) > 512 {
			return // larger files only repeat lines; a small bound keeps minimizing quick
		}
		var l loader
		l.init()
		if err := l.read("user.tsv", userFiles[int(which)%len(userFiles)], data); err != nil {
			return
		}
		d, err := l.dict()
		if err == nil && d == nil {
			t.Fatal("dict gave neither a dictionary nor an error")
		}
		if err != nil && !strings.Contains(err.Error(), ".tsv") {
			t.Fatalf("%q: error %q names no file", data, err)
		}
	})
}

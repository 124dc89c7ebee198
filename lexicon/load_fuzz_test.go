package lexicon

import (
	"io/fs"
	"path"
	"strings"
	"testing"
)

// FuzzLoad reads any text as a user's lexicon file of each kind (what
// --dict reaches): triggers, methods or cues. It must give an error or a
// lexicon, never panic.
func FuzzLoad(f *testing.F) {
	names, kinds, err := files(arabicFS, "data/ar")
	if err != nil {
		f.Fatal(err)
	}
	for i, name := range names {
		b, err := fs.ReadFile(arabicFS, path.Join("data/ar", name))
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.SplitAfterN(string(b), "\n", 13)
		f.Add(uint8(kinds[i]), strings.Join(lines[:min(12, len(lines))], ""))
	}
	f.Add(uint8(triggerFile), "هجوم\tASSAULT\t\xff\t-\n")
	f.Fuzz(func(t *testing.T, k uint8, data string) {
		if len(data) > 512 {
			return // larger files only repeat lines; a small bound keeps minimizing quick
		}
		b := newBuilder()
		if err := b.parse("user.tsv", data, kind(k%3)); err != nil {
			return
		}
		if b.build() == nil {
			t.Fatal("build gave no lexicon")
		}
	})
}

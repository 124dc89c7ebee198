package actors

import (
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

// TestLongestEach checks the walk that finds every kind at once against
// phrases looked up whole with trie.find: for each kind, the longest
// phrase at each token, the earlier key first on a tie, and for a set of
// kinds the longest of any.
func TestLongestEach(t *testing.T) {
	d := dict(t)
	x := ar.NewAnalyzer().Analyze(benchArticle)
	wants := []uint8{bitName, bitWeak, bitGeneric, bitTitle, bitDemonym, bitName | bitWeak}
	multi := 0 // phrases of several words found
	for i := range x.Tokens {
		if x.Tokens[i].Kind == ar.Punct {
			continue
		}
		fs, _ := d.trie.firsts(&x.Tokens[i])
		ls := d.trie.longestEach(x, i, &fs, bitName|bitWeak|bitGeneric|bitTitle|bitDemonym)
		for _, want := range wants {
			got, ok := d.trie.longestFrom(x, i, &fs, want)
			w, wok := wholeLongest(d.trie, x, i, want)
			if wok && w.last > i+1 {
				multi++
			}
			if ok != wok || ok && (got.last != w.last || got.ki != w.ki || got.node != w.node) {
				t.Errorf("longestFrom(%q, %05b) = %v, %v; want %v, %v", x.Tokens[i].Norm, want, got, ok, w, wok)
			}
			if want&(want-1) != 0 {
				continue
			}
			if got, ok := ls.get(want); ok != wok || ok && got != w {
				t.Errorf("longestEach(%q).get(%05b) = %v, %v; want %v, %v", x.Tokens[i].Norm, want, got, ok, w, wok)
			}
		}
	}
	if multi < 10 {
		t.Errorf("%d phrases of several words found in the article; want 10 or more", multi)
	}
}

// wholeLongest finds the longest phrase of a kind in want at token i by
// looking up the phrases of every length whole (the test text has no
// joiners).
func wholeLongest(tr *trie, x *ar.Text, i int, want uint8) (m match, ok bool) {
	for ki, k := range x.Tokens[i].Keys() {
		words := []string{k}
		for j := i + 1; ; j++ {
			if n := tr.find(strings.Join(words, " ")); n >= 0 && tr.nodes[n].kinds&want != 0 && (!ok || m.last < j) {
				m, ok = match{node: n, first: i, last: j, ki: ki}, true
			}
			if j >= len(x.Tokens) || x.Tokens[j].Sent != x.Tokens[i].Sent || x.Tokens[j].Kind == ar.Punct || len(words) == 8 {
				break
			}
			words = append(words, x.Tokens[j].Key())
		}
	}
	return m, ok
}

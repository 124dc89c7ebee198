package wordclass

import (
	"bytes"
	"strings"
	"testing"
)

// twoTopics returns invented sentences on two topics, air raids and
// football, whose words stand beside different words.
func twoTopics() [][]string {
	raids := []string{
		"شنت الطائرات قصف على مواقع المسلحين",
		"شنت الطائرات غارة على مواقع المسلحين",
		"نفذت المقاتلات قصف عنيف على مواقع المسلحين",
		"نفذت المقاتلات غارة عنيفة على مواقع المسلحين",
	}
	football := []string{
		"فاز الفريق في مباراة أمس بهدف نظيف",
		"فاز الفريق في بطولة أمس بهدف نظيف",
		"خسر النادي المباراة في الملعب بهدفين",
		"خسر النادي البطولة في الملعب بهدفين",
	}
	var out [][]string
	for range 5 {
		for _, s := range append(raids, football...) {
			out = append(out, strings.Fields(s))
		}
	}
	return out
}

func TestBuildGroupsWordsUsedAlike(t *testing.T) {
	for _, window := range []int{0, 3} {
		var b Builder
		for _, s := range twoTopics() {
			b.Add(s)
		}
		c := b.Build(Options{Words: 100, Contexts: 100, Classes: 2, Rounds: 10, MinCount: 1, Window: window})
		class := func(w string) int {
			k, ok := c.Of(w)
			if !ok {
				t.Fatalf("window %d: %q has no class", window, w)
			}
			return k
		}
		if class("قصف") != class("غارة") {
			t.Errorf("window %d: قصف and غارة in classes %d and %d; want one", window, class("قصف"), class("غارة"))
		}
		if window > 0 && class("قصف") == class("مباراة") {
			t.Errorf("window %d: قصف and مباراة both in class %d; want two", window, class("قصف"))
		}
	}
}

func TestBuildSameEveryTime(t *testing.T) {
	build := func() string {
		var b Builder
		for _, s := range twoTopics() {
			b.Add(s)
		}
		var out bytes.Buffer
		if _, err := b.Build(Options{Words: 20, Contexts: 10, Classes: 4, Rounds: 5, MinCount: 2, Window: 2}).WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	if a, b := build(), build(); a != b {
		t.Errorf("two builds differ:\n%s\n%s", a, b)
	}
}

func TestBuildLimits(t *testing.T) {
	var b Builder
	for _, s := range twoTopics() {
		b.Add(s)
	}
	c := b.Build(Options{Words: 5, Contexts: 10, Classes: 50, Rounds: 3, MinCount: 1})
	if c.Len() != 5 || c.Count() != 5 {
		t.Errorf("Build(5 words, 50 classes) = %d words in %d classes; want 5 in 5", c.Len(), c.Count())
	}
	c = b.Build(Options{Words: 100, Contexts: 10, Classes: 2, Rounds: 3, MinCount: 1000})
	if c.Len() != 0 {
		t.Errorf("Build(a count no word reaches) gave %d words; want none", c.Len())
	}
	var empty Builder
	if c := empty.Build(DefaultOptions); c.Len() != 0 {
		t.Errorf("Build of nothing gave %d words", c.Len())
	}
}

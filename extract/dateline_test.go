package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A wire story's dateline names the newsroom's city and state, which are
// neither the story's place nor its parties; the same names in the story
// stay.
func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want int // places and actors left in the first body sentence's first six tokens
	}{
		{"عنوان الخبر\n\nدبي، الإمارات العربية المتحدة (CNN)— افتتح وزير الثقافة معرضا للكتاب في المدينة.", 0},
		{"عنوان الخبر\n\nلندن، بريطانيا (CNN) -- قال وزير الخارجية إن بلاده قلقة.", 0},
		// No dash after the parenthesis: no dateline.
		{"عنوان الخبر\n\nقصفت طائرات حربية دبي، الإمارات العربية المتحدة (في رواية أخرى) أمس.", 2},
		{"عنوان الخبر\n\nدبي، الإمارات العربية المتحدة (CNN) افتتح وزير الثقافة معرضا للكتاب.", 4},
	}
	x := extractor(t)
	for _, tt := range tests {
		dc := x.analyze(&hadath.Document{ID: "t", Text: tt.text})
		got := 0
		for i := range dc.x.Tokens {
			if dc.x.Tokens[i].Sent == dc.headline && (dc.placeAt[i] >= 0 || dc.actorAt[i] >= 0) && i < dc.x.Sentences[dc.headline].First+6 {
				got++
			}
		}
		if got != tt.want {
			t.Errorf("dateline(%q): %d tokens of places and actors; want %d", tt.text, got, tt.want)
		}
	}
}

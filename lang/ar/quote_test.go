package ar

import "testing"

func TestOpenQuote(t *testing.T) {
	tests := []struct {
		src  string
		j    int // the token asked about
		want bool
	}{
		{`في "صعدة" أمس`, 1, true},
		{`في «حلب» أمس`, 1, true},
		{`في “حلب” أمس`, 1, true},
		{`في "صعدة" أمس`, 3, false}, // the closing mark
		{`قال: " نعم"`, 2, false},   // apart from the word after it
		{`في صعدة أمس`, 1, false},   // a word
		{`في - صعدة`, 1, false},     // not a quotation mark
		{`في "`, 1, false},          // nothing after it
		{`في "صعدة"`, -1, false},    // out of range
	}
	a := NewAnalyzer()
	for _, tt := range tests {
		x := a.Analyze(tt.src)
		if got := OpenQuote(x.Tokens, tt.j); got != tt.want {
			t.Errorf("OpenQuote(%q, %d) = %v; want %v", tt.src, tt.j, got, tt.want)
		}
	}
}

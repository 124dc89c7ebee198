package ar

import (
	"slices"
	"testing"
)

// TestHashtag finds the underscores that join the words of a hashtag and
// the marks that open one, and no other punctuation.
func TestHashtag(t *testing.T) {
	tests := []struct {
		src          string
		joins, marks []int // token indexes
	}{
		{"قصف في #ريف_دمشق اليوم", []int{4}, []int{2}},
		{"محافظة #صعدة", nil, []int{1}},
		{"كلمة _ كلمة", nil, nil},
		{"# وحدها", nil, nil},
		{"_بداية و نهاية_", nil, nil},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		x := an.Analyze(tt.src)
		var joins, marks []int
		for j := range x.Tokens {
			if HashtagJoin(x.Tokens, j) {
				joins = append(joins, j)
			}
			if HashMark(x.Tokens, j) {
				marks = append(marks, j)
			}
		}
		if !slices.Equal(joins, tt.joins) || !slices.Equal(marks, tt.marks) {
			t.Errorf("HashtagJoin, HashMark(%q) = %v, %v; want %v, %v", tt.src, joins, marks, tt.joins, tt.marks)
		}
	}
}

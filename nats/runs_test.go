package nats

import (
	"fmt"
	"testing"
)

// consecutive cuts a batch's stream sequences into runs of consecutive
// ones, in order: what an ordered worker stores one after the other.
func TestConsecutive(t *testing.T) {
	for _, tt := range []struct {
		seqs []uint64
		want string
	}{
		{[]uint64{1, 2, 3}, "[[0 1 2]]"},
		{[]uint64{5, 1, 2, 7, 6}, "[[1 2] [0 4 3]]"},
		{[]uint64{1, 3, 5}, "[[0] [1] [2]]"},
		{[]uint64{4}, "[[0]]"},
		{nil, "[]"},
	} {
		if got := fmt.Sprint(consecutive(tt.seqs)); got != tt.want {
			t.Errorf("consecutive(%v) = %s; want %s", tt.seqs, got, tt.want)
		}
	}
}

package ar

import (
	"strings"
	"testing"
	"time"
)

// A long run of marks that close a sentence ("....", "!!!!") is split in
// time proportional to its length: each mark used to scan the rest of the
// run again, and 160,000 of them took about a minute.
func TestSplitLongRunOfMarks(t *testing.T) {
	a := NewAnalyzer()
	took := func(n int) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			t0 := time.Now()
			a.Analyze(strings.Repeat(".", n))
			best = min(best, time.Since(t0))
		}
		return best
	}
	small, large := took(20000), took(160000)
	ratio := float64(large) / float64(max(small, time.Millisecond))
	if ratio > 24 {
		t.Errorf("Analyze(160000 dots) took %v, %.1f times the %v of 20000; want at most 24 times", large, ratio, small)
	}
}

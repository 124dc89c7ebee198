package model

import (
	"bytes"
	"math"
	"testing"
)

// TestOptimumOrderFree trains to the optimum on the examples and on the
// examples reversed, and wants the same weights: the minimum of a convex
// loss does not depend on the order the examples come in. Stochastic
// descent, stopped after its epochs, gives other weights.
func TestOptimumOrderFree(t *testing.T) {
	rev := make([]Example, len(toy))
	for i, ex := range toy {
		rev[len(toy)-1-i] = ex
	}
	write := func(exs []Example, opt Options) string {
		var b bytes.Buffer
		if _, err := Train("toy", []string{"NONE", "EVENT"}, exs, opt).WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	opt := DefaultOptions
	opt.Optimum = true
	if a, b := write(toy, opt), write(rev, opt); a != b {
		t.Errorf("the order of the examples changed the optimum:\n%s\n%s", a, b)
	}
	opt.Optimum = false
	if a, b := write(toy, opt), write(rev, opt); a == b {
		t.Errorf("stochastic descent gave the same weights in both orders; the test shows nothing")
	}
}

// TestMinimizeGradient checks that minimize ends where the gradient of the
// penalized loss vanishes, and lower than where it started.
func TestMinimizeGradient(t *testing.T) {
	rows := []row{{[]int{0, 1}, 1}, {[]int{0, 2}, 0}, {[]int{0, 1, 3}, 0}, {[]int{0, 1}, 1}, {[]int{0, 2, 3}, 0}}
	const k, l2 = 2, 1e-2
	w := make([]float64, 4*k)
	g := make([]float64, len(w))
	start := loss(w, g, rows, k, l2)
	minimize(w, rows, k, l2)
	end := loss(w, g, rows, k, l2)
	if !(end < start) {
		t.Errorf("loss went from %v to %v; want lower", start, end)
	}
	if n := norm(g); n > 1e-5 {
		t.Errorf("gradient norm at the end = %v; want about 0", n)
	}
	if math.IsNaN(end) {
		t.Errorf("loss is NaN")
	}
}

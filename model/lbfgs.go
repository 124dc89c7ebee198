package model

import "math"

// Training to the optimum: the penalized log loss of multinomial logistic
// regression is convex, so limited-memory BFGS reaches its one minimum,
// whatever order the examples come in. The weights then depend on the data
// alone, and a small change to the data moves them a little; stochastic
// gradient descent stopped after a few epochs lands somewhere on the way,
// and a small change can move it far.

// row is one example as feature ids and the id of its class.
type row struct {
	feats []int
	y     int
}

// probs writes to p the probability of each class for the example under
// weights w (len(p) classes a feature).
func (r row) probs(p, w []float64) {
	k := len(p)
	for c := range p {
		p[c] = 0
	}
	for _, f := range r.feats {
		for c := 0; c < k; c++ {
			p[c] += w[f*k+c]
		}
	}
	softmax(p)
}

// lbfgsMemory is how many past steps approximate the curvature;
// lbfgsIters bounds the iterations; lbfgsTol is the gradient norm, per
// weight, under which the minimum counts as reached.
const (
	lbfgsMemory = 10
	lbfgsIters  = 300
	lbfgsTol    = 1e-7
)

// loss returns the mean log loss of weights w over rows, plus the L2
// penalty l2/2·|w|², and writes its gradient to g.
func loss(w, g []float64, rows []row, k int, l2 float64) float64 {
	for i := range g {
		g[i] = l2 * w[i]
	}
	f := 0.0
	for _, v := range w {
		f += l2 / 2 * v * v
	}
	p := make([]float64, k)
	n := float64(len(rows))
	for _, r := range rows {
		r.probs(p, w)
		f -= math.Log(max(p[r.y], 1e-300)) / n
		for _, ft := range r.feats {
			for c := 0; c < k; c++ {
				d := p[c]
				if c == r.y {
					d--
				}
				g[ft*k+c] += d / n
			}
		}
	}
	return f
}

// minimize runs L-BFGS on the penalized loss from w, in place.
func minimize(w []float64, rows []row, k int, l2 float64) {
	n := len(w)
	g := make([]float64, n)
	f := loss(w, g, rows, k, l2)
	var ss, ys [][]float64
	var rhos []float64
	d := make([]float64, n)
	wn := make([]float64, n)
	gn := make([]float64, n)
	alpha := make([]float64, lbfgsMemory)
	for it := 0; it < lbfgsIters; it++ {
		if norm(g)/math.Sqrt(float64(max(n, 1))) < lbfgsTol {
			return
		}
		// Two-loop recursion: d = -H·g.
		copy(d, g)
		for i := len(ss) - 1; i >= 0; i-- {
			alpha[i] = rhos[i] * dot(ss[i], d)
			axpy(-alpha[i], ys[i], d)
		}
		if m := len(ss); m > 0 {
			scale(dot(ss[m-1], ys[m-1])/dot(ys[m-1], ys[m-1]), d)
		}
		for i := range ss {
			b := rhos[i] * dot(ys[i], d)
			axpy(alpha[i]-b, ss[i], d)
		}
		scale(-1, d)
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: start afresh
			copy(d, g)
			scale(-1, d)
			slope = dot(g, d)
			ss, ys, rhos = ss[:0], ys[:0], rhos[:0]
		}
		// Backtracking line search (Armijo).
		step := 1.0
		if it == 0 {
			step = 1 / max(norm(g), 1e-12)
		}
		var fn float64
		for tries := 0; ; tries++ {
			for i := range w {
				wn[i] = w[i] + step*d[i]
			}
			fn = loss(wn, gn, rows, k, l2)
			if fn <= f+1e-4*step*slope || tries == 30 {
				break
			}
			step /= 2
		}
		s := make([]float64, n)
		y := make([]float64, n)
		for i := range w {
			s[i], y[i] = wn[i]-w[i], gn[i]-g[i]
		}
		copy(w, wn)
		copy(g, gn)
		done := f-fn < 1e-10*max(1, math.Abs(f))
		f = fn
		if sy := dot(s, y); sy > 1e-12 {
			if len(ss) == lbfgsMemory {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		if done {
			return
		}
	}
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func norm(a []float64) float64 { return math.Sqrt(dot(a, a)) }

// axpy adds a·x to y.
func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

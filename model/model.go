// Package model holds the linear classifiers that decide what the rule
// engine proposes: multinomial logistic regression over named binary
// features, trained deterministically by stochastic gradient descent and
// stored as a readable text file of weights.
//
// A feature is a string such as "type=ASSAULT" or "w-1=قال"; an example
// is the set of features that hold for one candidate and, for training,
// its label. Weights are kept per feature and class, so that every
// decision can be explained by the features that pushed it.
package model

import (
	"math"
	"sort"
)

// Example is one candidate for training: the features that hold for it
// and the class it should get.
type Example struct {
	Features []string
	Label    string
}

// Model is a trained classifier. It is safe for concurrent use.
type Model struct {
	// Name says what the model decides ("mention", "modality"...).
	Name string
	// Classes are the labels the model chooses among, in a fixed order.
	Classes []string
	// Weights maps a feature to its weight for each class, in the order
	// of Classes.
	Weights map[string][]float64
	index   map[string]int
	hashed  *wideTable      // Weights by the hash of the feature, for more than two classes
	delta   *table[float64] // for two classes: the second's weight less the first's
}

// New returns an empty model over the given classes.
func New(name string, classes []string) *Model {
	m := &Model{Name: name, Classes: classes, Weights: map[string][]float64{}}
	m.reindex()
	return m
}

func (m *Model) reindex() {
	m.index = make(map[string]int, len(m.Classes))
	for i, c := range m.Classes {
		m.index[c] = i
	}
	m.hashed, m.delta = nil, nil
	if len(m.Classes) == 2 {
		m.delta = newTable[float64](len(m.Weights))
		for f, w := range m.Weights {
			m.delta.put(Hash(f), w[1]-w[0])
		}
		return
	}
	m.hashed = newWideTable(len(m.Weights), len(m.Classes))
	for f, w := range m.Weights {
		m.hashed.put(Hash(f), w)
	}
}

// Class returns the index of class c, or -1 if the model has no such class.
func (m *Model) Class(c string) int {
	if i, ok := m.index[c]; ok {
		return i
	}
	return -1
}

// Probs returns the probability of each class for a candidate with the
// given features, in the order of Classes. Unknown features are ignored.
func (m *Model) Probs(features []string) []float64 {
	return m.ProbsHashed(hashes(features), nil)
}

// Decide returns the most probable class among those allowed (all when
// allowed is nil) and its probability.
func (m *Model) Decide(features []string, allowed func(class string) bool) (string, float64) {
	return m.DecideHashed(hashes(features), allowed)
}

// DecideHashed is Decide for features given by their hashes.
func (m *Model) DecideHashed(hs []uint64, allowed func(class string) bool) (string, float64) {
	var buf [8]float64 // on the stack for models of up to 8 classes
	p := m.ProbsHashed(hs, buf[:0])
	best, bp := -1, -1.0
	for i, c := range m.Classes {
		if allowed != nil && !allowed(c) {
			continue
		}
		if p[i] > bp {
			best, bp = i, p[i]
		}
	}
	if best < 0 {
		return "", 0
	}
	return m.Classes[best], bp
}

// hashes returns the hashes of feature names.
func hashes(features []string) []uint64 {
	hs := make([]uint64, len(features))
	for i, f := range features {
		hs[i] = Hash(f)
	}
	return hs
}

// Contribution is one feature's weight towards a class.
type Contribution struct {
	Feature string
	Weight  float64
}

// Explain returns the features of a candidate with the largest weights
// towards class (as against the average class), strongest first, at most n.
func (m *Model) Explain(features []string, class string, n int) []Contribution {
	ci := m.Class(class)
	if ci < 0 {
		return nil
	}
	var out []Contribution
	seen := map[string]bool{}
	for _, f := range features {
		w, ok := m.Weights[f]
		if !ok || seen[f] {
			continue
		}
		seen[f] = true
		mean := 0.0
		for _, x := range w {
			mean += x
		}
		mean /= float64(len(w))
		out = append(out, Contribution{f, w[ci] - mean})
	}
	sort.SliceStable(out, func(i, j int) bool { return math.Abs(out[i].Weight) > math.Abs(out[j].Weight) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// softmax turns scores into probabilities in place.
func softmax(p []float64) {
	if len(p) == 0 {
		return
	}
	mx := p[0]
	for _, x := range p[1:] {
		mx = max(mx, x)
	}
	sum := 0.0
	for i, x := range p {
		p[i] = math.Exp(x - mx)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
}

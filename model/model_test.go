package model

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// toy is a small problem a linear model can learn: the word decides.
var toy = []Example{
	{[]string{Bias, "w=struck", "near=army"}, "EVENT"},
	{[]string{Bias, "w=struck", "near=minister"}, "EVENT"},
	{[]string{Bias, "w=struck", "near=army", "future"}, "NONE"},
	{[]string{Bias, "w=praised", "near=army"}, "NONE"},
	{[]string{Bias, "w=praised", "near=minister"}, "NONE"},
	{[]string{Bias, "w=struck", "near=police"}, "EVENT"},
	{[]string{Bias, "w=praised", "near=police"}, "NONE"},
	{[]string{Bias, "w=struck", "future", "near=police"}, "NONE"},
	{[]string{Bias, "w=struck", "near=minister"}, "EVENT"},
	{[]string{Bias, "w=praised", "future"}, "NONE"},
	{[]string{Bias, "w=struck", "near=army"}, "EVENT"},
	{[]string{Bias, "w=struck", "future"}, "NONE"},
	{[]string{Bias, "w=unseen-once"}, "ODD"},
}

func TestTrainDecides(t *testing.T) {
	m := Train("toy", []string{"NONE", "EVENT"}, toy, DefaultOptions)
	tests := []struct {
		features []string
		want     string
	}{
		{[]string{Bias, "w=struck", "near=army"}, "EVENT"},
		{[]string{Bias, "w=praised", "near=army"}, "NONE"},
		{[]string{Bias, "w=struck", "future"}, "NONE"},
		{[]string{Bias, "w=struck", "never-seen"}, "EVENT"},
	}
	for _, tt := range tests {
		if got, _ := m.Decide(tt.features, nil); got != tt.want {
			t.Errorf("Decide(%q) = %q; want %q", tt.features, got, tt.want)
		}
	}
	if _, ok := m.Weights["w=unseen-once"]; ok {
		t.Errorf("a feature seen once (below MinCount) has weights: %v", m.Weights["w=unseen-once"])
	}
	if got, _ := m.Decide([]string{Bias, "w=struck"}, func(c string) bool { return c == "NONE" }); got != "NONE" {
		t.Errorf("Decide with only NONE allowed = %q; want NONE", got)
	}
}

func TestProbsSumToOne(t *testing.T) {
	m := Train("toy", []string{"NONE", "EVENT"}, toy, DefaultOptions)
	for _, ex := range toy {
		p := m.Probs(ex.Features)
		sum := 0.0
		for _, x := range p {
			sum += x
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("Probs(%q) sums to %v; want 1", ex.Features, sum)
		}
	}
}

// TestTrainDeterministic trains twice, and with the examples' features
// listed in another order, and wants the same file each time.
func TestTrainDeterministic(t *testing.T) {
	write := func(exs []Example) string {
		var b bytes.Buffer
		if _, err := Train("toy", []string{"NONE", "EVENT"}, exs, DefaultOptions).WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	a, b := write(toy), write(toy)
	if a != b {
		t.Fatalf("two trainings differ:\n%s\n%s", a, b)
	}
	var shuffled []Example
	for _, ex := range toy {
		fs := append([]string(nil), ex.Features...)
		for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
			fs[i], fs[j] = fs[j], fs[i]
		}
		shuffled = append(shuffled, Example{fs, ex.Label})
	}
	if c := write(shuffled); c != a {
		t.Errorf("feature order changed the model:\n%s\n%s", a, c)
	}
}

func TestFileRoundTrip(t *testing.T) {
	m := Train("toy", []string{"NONE", "EVENT"}, toy, DefaultOptions)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	r, err := Read(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	if _, err := r.WriteTo(&b2); err != nil {
		t.Fatal(err)
	}
	if b2.String() != text {
		t.Errorf("Read(WriteTo(m)) wrote\n%s\nwant\n%s", b2.String(), text)
	}
	if r.Name != "toy" || len(r.Classes) != 2 {
		t.Errorf("Read: name %q classes %q; want toy, 2 classes", r.Name, r.Classes)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "no classes line"},
		{"bias\t1\t2\n", "before the classes line"},
		{"classes\tA\tB\nbias\t1\n", "1 weights for 2 classes"},
		{"classes\tA\tB\nbias\t1\tx\n", "invalid syntax"},
	}
	for _, tt := range tests {
		_, err := Read(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) error = %v; want one containing %q", tt.in, err, tt.want)
		}
	}
}

func TestExplain(t *testing.T) {
	m := Train("toy", []string{"NONE", "EVENT"}, toy, DefaultOptions)
	cs := m.Explain([]string{Bias, "w=struck", "near=army", "unknown"}, "EVENT", 2)
	if len(cs) != 2 {
		t.Fatalf("Explain gave %d features; want 2", len(cs))
	}
	if cs[0].Feature != "w=struck" || cs[0].Weight <= 0 {
		t.Errorf("Explain top feature = %+v; want w=struck, positive", cs[0])
	}
	if math.Abs(cs[0].Weight) < math.Abs(cs[1].Weight) {
		t.Errorf("Explain not sorted by weight: %+v", cs)
	}
	if m.Explain([]string{Bias}, "NO-SUCH-CLASS", 3) != nil {
		t.Errorf("Explain of an unknown class is not nil")
	}
}

func FuzzRead(f *testing.F) {
	f.Add("# model x\nclasses\tA\tB\nbias\t0.5\t-0.5\n")
	f.Add("classes\tA\nf\tNaN\n")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 16384 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		m, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		p := m.Probs([]string{Bias, "f"})
		if len(p) != len(m.Classes) {
			t.Fatalf("Probs gave %d values for %d classes", len(p), len(m.Classes))
		}
	})
}

// TestProbsHashed checks that hashed features give the probabilities of
// the weights of their names (a softmax of the summed weights, computed
// here apart), for two classes and for more.
func TestProbsHashed(t *testing.T) {
	three := append([]Example(nil), toy...)
	three = append(three, Example{[]string{Bias, "w=met"}, "MEET"}, Example{[]string{Bias, "w=met", "near=army"}, "MEET"})
	for _, m := range []*Model{
		Train("two", []string{"NONE", "EVENT"}, toy, DefaultOptions),
		Train("three", []string{"NONE", "EVENT", "MEET"}, three, DefaultOptions),
	} {
		for _, ex := range three {
			want := make([]float64, len(m.Classes))
			var hs []uint64
			for _, f := range ex.Features {
				hs = append(hs, Hash(f))
				for i, w := range m.Weights[f] {
					want[i] += w
				}
			}
			sum := 0.0
			for i := range want {
				want[i] = math.Exp(want[i])
				sum += want[i]
			}
			got := m.ProbsHashed(hs, nil)
			for i := range want {
				if math.Abs(got[i]-want[i]/sum) > 1e-12 {
					t.Errorf("%s: ProbsHashed(%q) = %v; want %v", m.Name, ex.Features, got, want[i]/sum)
					break
				}
			}
		}
	}
}

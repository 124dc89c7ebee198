package model

import (
	"fmt"
	"testing"
)

func TestTable(t *testing.T) {
	tb := newTable[int](300)
	for i := range 300 {
		tb.put(Hash(fmt.Sprint("f", i)), i)
	}
	tb.put(0, -1)
	tb.put(Hash("f7"), 77) // a second put replaces
	for i := range 300 {
		want := i
		if i == 7 {
			want = 77
		}
		if v, ok := tb.get(Hash(fmt.Sprint("f", i))); !ok || v != want {
			t.Errorf("get(f%d) = %d, %v; want %d, true", i, v, ok, want)
		}
	}
	if v, ok := tb.get(0); !ok || v != -1 {
		t.Errorf("get(0) = %d, %v; want -1, true", v, ok)
	}
	for i := range 1000 {
		if v, ok := tb.get(Hash(fmt.Sprint("g", i))); ok {
			t.Errorf("get(g%d) = %d, true for a hash never put", i, v)
		}
	}
	if v, ok := newTable[int](0).get(0); ok {
		t.Errorf("empty table: get(0) = %d, true", v)
	}
}

// benchModel returns a two-class and a three-class model of n features
// and the hashes of a candidate's features, half of them unknown.
func benchModel(n int) (two, three *Model, hs []uint64) {
	two, three = New("two", []string{"NO", "YES"}), New("three", []string{"A", "B", "C"})
	for i := range n {
		f := fmt.Sprint("w=", i)
		two.Weights[f] = []float64{0, float64(i%7) / 10}
		three.Weights[f] = []float64{0, float64(i%7) / 10, -0.1}
	}
	two.reindex()
	three.reindex()
	for i := range 60 {
		hs = append(hs, Hash(fmt.Sprint("w=", i*(n/30)+i%2)))
	}
	return two, three, hs
}

func BenchmarkProbsHashed(b *testing.B) {
	two, three, hs := benchModel(14000)
	p := make([]float64, 3)
	b.Run("two", func(b *testing.B) {
		for b.Loop() {
			two.ProbsHashed(hs, p)
		}
	})
	b.Run("three", func(b *testing.B) {
		for b.Loop() {
			three.ProbsHashed(hs, p)
		}
	})
}

// TestWideTable checks that rows of weights come back as put, for hash 0
// too, and that hashes never put are not found.
func TestWideTable(t *testing.T) {
	tb := newWideTable(300, 3)
	row := func(i int) []float64 { return []float64{float64(i), -float64(i), 0.5} }
	for i := range 300 {
		tb.put(Hash(fmt.Sprint("f", i)), row(i))
	}
	tb.put(0, row(-1))
	tb.put(Hash("f7"), row(77)) // a second put replaces
	for i := range 300 {
		want := row(i)
		if i == 7 {
			want = row(77)
		}
		if w, ok := tb.get(Hash(fmt.Sprint("f", i))); !ok || fmt.Sprint(w) != fmt.Sprint(want) {
			t.Errorf("get(f%d) = %v, %v; want %v, true", i, w, ok, want)
		}
	}
	if w, ok := tb.get(0); !ok || fmt.Sprint(w) != fmt.Sprint(row(-1)) {
		t.Errorf("get(0) = %v, %v; want %v, true", w, ok, row(-1))
	}
	for i := range 1000 {
		if w, ok := tb.get(Hash(fmt.Sprint("g", i))); ok {
			t.Errorf("get(g%d) = %v, true for a hash never put", i, w)
		}
	}
	if w, ok := newWideTable(0, 2).get(0); ok {
		t.Errorf("empty table: get(0) = %v, true", w)
	}
}

// TestHashString2 checks that HashString2 gives what two calls of
// HashString give.
func TestHashString2(t *testing.T) {
	for _, s := range []string{"", "a", "bw=", "قال", "ASSAULT|prep=على"} {
		for _, h := range []uint64{HashSeed, Hash("ASSAULT|"), 0} {
			g1, g2 := HashString2(HashSeed, h, s)
			if w1, w2 := HashString(HashSeed, s), HashString(h, s); g1 != w1 || g2 != w2 {
				t.Errorf("HashString2(%x, %q) = %x, %x; want %x, %x", h, s, g1, g2, w1, w2)
			}
		}
	}
}

package strtab

import (
	"fmt"
	"testing"
)

func TestGet(t *testing.T) {
	m := map[string]int{"قصف": 1, "غارة": 2, "": 3, "attack": 4}
	for i := range 1000 {
		m[fmt.Sprintf("w%d", i)] = i + 10
	}
	tab := New(m)
	if n := tab.Len(); n != len(m) {
		t.Errorf("Len() = %d; want %d", n, len(m))
	}
	for k, want := range m {
		if got, ok := tab.Get(k); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, want)
		}
	}
	for _, k := range []string{"قصفت", "w1000", "attacks", "w-1"} {
		if got, ok := tab.Get(k); ok {
			t.Errorf("Get(%q) = %d, true; want 0, false", k, got)
		}
	}
}

func TestEmpty(t *testing.T) {
	var nilTab *Table[int]
	for _, tab := range []*Table[int]{nilTab, {}, New(map[string]int{})} {
		if got, ok := tab.Get("x"); ok {
			t.Errorf("Get(%q) on an empty table = %d, true; want 0, false", "x", got)
		}
		if n := tab.Len(); n != 0 {
			t.Errorf("Len() of an empty table = %d; want 0", n)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	m := make(map[string]uint16)
	keys := make([]string, 20000)
	for i := range keys {
		keys[i] = fmt.Sprintf("كلمة%d", i)
		m[keys[i]] = uint16(i % 512)
	}
	tab := New(m)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		tab.Get(keys[(i*7919)%len(keys)])
	}
}

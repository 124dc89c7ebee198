package bloom

import (
	"fmt"
	"testing"
)

func TestFilter(t *testing.T) {
	f := New(1000, 16)
	for i := 0; i < 1000; i++ {
		Add(f, fmt.Sprintf("key%d", i))
	}
	for i := 0; i < 1000; i++ {
		if k := fmt.Sprintf("key%d", i); !MayHave(f, k) || !MayHaveBytes(f, []byte(k)) {
			t.Errorf("MayHave(%q) = false for a key added", k)
		}
	}
	fp := 0
	for i := 0; i < 10000; i++ {
		if MayHave(f, fmt.Sprintf("other%d", i)) {
			fp++
		}
	}
	if fp > 500 {
		t.Errorf("%d of 10000 absent keys pass; want under 5%%", fp)
	}
	var zero Filter
	if !MayHave(zero, "x") {
		t.Errorf("the zero Filter says no")
	}
}

func BenchmarkMayHave(b *testing.B) {
	f := New(100000, 14)
	for i := 0; i < 100000; i++ {
		Add(f, fmt.Sprintf("مدينة%d", i))
	}
	keys := []string{"العراق", "الحكومة", "قال", "مدينة77", "وزارة الدفاع", "اعلن"}
	for b.Loop() {
		for _, k := range keys {
			MayHave(f, k)
		}
	}
}

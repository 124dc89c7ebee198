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
		if k := fmt.Sprintf("key%d", i); !MayHave(f, k) || !MayHave(f, []byte(k)) {
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

package sqlstore

import (
	"fmt"
	"testing"

	"github.com/hadath/hadath"
)

// state returns the state of a committed incident view of size bytes.
func state(id string, rev int64, size int) *incidentState {
	return &incidentState{inc: &hadath.Incident{ID: id, Reports: 1}, rev: rev, size: size}
}

// TestViewCacheBytes checks that the cache holds no more than its bound
// in bytes, however many views pass through it, and keeps the views in
// use.
func TestViewCacheBytes(t *testing.T) {
	c := &viewCache{max: 10_000}
	for batch := range 200 {
		states := map[string]*incidentState{}
		for k := range 10 {
			id := fmt.Sprintf("i%d-%d", batch, k)
			states[id] = state(id, 1, 300)
		}
		// One incident is read by every batch, and must stay.
		if batch > 0 {
			inc, size := c.get("i0-0", 1)
			if inc == nil || size != 300 {
				t.Fatalf("batch %d: get(i0-0) = %v, %d; want the view kept, 300 bytes", batch, inc, size)
			}
		}
		c.publish(states)
		if n := c.bytes(); n > 10_000 {
			t.Fatalf("batch %d: the cache holds %d bytes; want at most 10000", batch, n)
		}
	}
	if inc, _ := c.get("i199-9", 1); inc == nil {
		t.Errorf("get(i199-9) = nil; want the last view written")
	}
	if inc, _ := c.get("i1-3", 1); inc != nil {
		t.Errorf("get(i1-3) = %v; want it dropped long ago", inc)
	}
}

func TestViewCacheRevision(t *testing.T) {
	c := &viewCache{max: 10_000}
	c.publish(map[string]*incidentState{"a": state("a", 3, 100), "big": state("big", 1, 6000), "new": state("new", 0, 10)})
	tests := []struct {
		id   string
		rev  int64
		want bool
	}{
		{"a", 3, true},
		{"a", 4, false},   // changed since, by another process
		{"big", 1, false}, // over half the bound: not kept
		{"new", 0, false}, // never committed
		{"none", 1, false},
	}
	for _, tt := range tests {
		if inc, _ := c.get(tt.id, tt.rev); (inc != nil) != tt.want {
			t.Errorf("get(%q, %d) = %v; want found %v", tt.id, tt.rev, inc, tt.want)
		}
	}
	// A copy is returned: changing it leaves the cached view alone.
	inc, _ := c.get("a", 3)
	inc.Reports = 99
	if again, _ := c.get("a", 3); again.Reports != 1 {
		t.Errorf("cached view changed through a copy: %d reports; want 1", again.Reports)
	}
}

package model

import "math"

// wideTable maps feature hashes to their weights, one a class, by open
// addressing with linear probing like table, but with each row of
// weights stored right after its hash in one array: a lookup reads one
// stretch of memory, where a table of slices would follow a pointer to
// weights allocated elsewhere. Hash 0 marks an empty slot, so a feature
// whose hash is 0 is kept aside.
type wideTable struct {
	// data holds slot i at data[i*stride:]: the hash's bits
	// (math.Float64frombits), then the k weights.
	data   []float64
	stride int
	mask   uint64
	zero   []float64 // the weights of hash 0, if hasZero
	// hasZero is set when some feature hashes to 0.
	hasZero bool
}

// newWideTable returns a table of rows of k weights with room for n
// entries at most half full.
func newWideTable(n, k int) *wideTable {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return &wideTable{data: make([]float64, size*(k+1)), stride: k + 1, mask: uint64(size - 1)}
}

// home is the slot where the probe for h starts, as in table.
func (t *wideTable) home(h uint64) uint64 { return (h ^ h>>29) & t.mask }

// put copies w as the weights of h. It must not be called more often than
// the table has room for, and w must hold k weights.
func (t *wideTable) put(h uint64, w []float64) {
	if h == 0 {
		t.zero, t.hasZero = append([]float64(nil), w...), true
		return
	}
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := t.data[int(i)*t.stride : int(i+1)*t.stride]
		if k := math.Float64bits(s[0]); k == 0 || k == h {
			s[0] = math.Float64frombits(h)
			copy(s[1:], w)
			return
		}
	}
}

// get returns the weights of h, which the caller must not change, and
// whether it is there.
func (t *wideTable) get(h uint64) ([]float64, bool) {
	if h == 0 {
		return t.zero, t.hasZero
	}
	for i := t.home(h); ; i = (i + 1) & t.mask {
		s := t.data[int(i)*t.stride : int(i+1)*t.stride]
		switch math.Float64bits(s[0]) {
		case h:
			return s[1:], true
		case 0:
			return nil, false
		}
	}
}

package extract

import (
	"context"
	"math"
	"testing"

	"github.com/hadath/hadath"
)

// The extractor reports only events of at least its least confidence:
// DefaultMinConfidence unless Options say otherwise, none left out for a
// negative value. Explain lists those it leaves out.
func TestMinConfidence(t *testing.T) {
	const text = "اشتبك مسلحون مع الجيش في بلدة قرب الحدود. وفي فيينا، التقى الوزيران الإيراني والفرنسي لمدة ساعتين."
	d := &hadath.Document{ID: "t", Text: text, Published: "2022-05-10"}
	all := allX.get(t)
	if got := all.MinConfidence(); got != 0 {
		t.Errorf("MinConfidence() with Options.MinConfidence -1 = %v; want 0", got)
	}
	if got := extractor(t).MinConfidence(); got != DefaultMinConfidence {
		t.Errorf("MinConfidence() by default = %v; want %v", got, DefaultMinConfidence)
	}
	every, err := all.Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	if len(every.Events) == 0 {
		t.Fatalf("Extract(%q) with no floor: no events", text)
	}
	// A floor between the events' confidences keeps those above it (and
	// above their type's margin over it: floorOf).
	lo, hi := 1.0, 0.0
	for _, ev := range every.Events {
		c := ev.Confidence - typeMargins[ev.Type]
		lo, hi = min(lo, c), max(hi, c)
	}
	if lo == hi {
		t.Fatalf("Extract(%q): every event of confidence %.2f over its margin; want two of different confidence", text, lo)
	}
	floor := (lo + hi) / 2
	x, err := New(Options{MinConfidence: floor})
	if err != nil {
		t.Fatal(err)
	}
	res, tr, err := x.Explain(context.Background(), d, 3)
	if err != nil {
		t.Fatal(err)
	}
	var want, left int
	for _, ev := range every.Events {
		if ev.Confidence >= x.floorOf(ev.Type) {
			want++
		} else {
			left++
		}
	}
	if len(res.Events) != want || len(tr.LeftOut) != left {
		t.Errorf("Explain(%q) at floor %.3f: %d events, %d left out; want %d and %d", text, floor, len(res.Events), len(tr.LeftOut), want, left)
	}
	for _, ev := range res.Events {
		if ev.Confidence < x.floorOf(ev.Type) {
			t.Errorf("Extract(%q) at floor %.3f: event %s of confidence %.2f", text, floor, ev.Type, ev.Confidence)
		}
	}
	for _, bad := range []float64{1.5, math.NaN()} {
		if _, err := New(Options{MinConfidence: bad}); err == nil {
			t.Errorf("New(Options{MinConfidence: %v}) = nil error; want one", bad)
		}
	}
}

// Agreements and attacks need more confidence than the floor; with no
// floor, nothing is left out.
func TestFloorOf(t *testing.T) {
	tests := []struct {
		x        *Extractor
		typ      string
		want     float64
		describe string
	}{
		{extractor(t), hadath.Consult, DefaultMinConfidence, "default"},
		{extractor(t), hadath.Assault, DefaultMinConfidence + 0.1, "default"},
		{extractor(t), hadath.Agree, DefaultMinConfidence + 0.15, "default"},
		{allX.get(t), hadath.Agree, 0, "no floor"},
	}
	for _, tt := range tests {
		if got := tt.x.floorOf(tt.typ); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("floorOf(%q) (%s) = %v; want %v", tt.typ, tt.describe, got, tt.want)
		}
	}
}

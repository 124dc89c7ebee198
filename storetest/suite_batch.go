package storetest

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/hadath/hadath"
)

// testBatches stores the same reports in one batch, one at a time, and
// in batches of seven, into three new stores: the incidents must come out
// the same. Within a batch a store may hold rows back and judge the
// incidents its earlier reports started from memory; across batches it
// reads them from the database. Both must group alike.
func testBatches(t *testing.T, open func(t *testing.T) hadath.Store) {
	t.Run("scattered", func(t *testing.T) { sameInBatches(t, open, scatter(160), []int{160, 1, 7}) })
	t.Run("dense", func(t *testing.T) { sameInBatches(t, open, dense(), []int{290, 1, 60}) })
}

// sameInBatches stores all in batches of each size in turn, into new
// stores, and checks that they group alike.
func sameInBatches(t *testing.T, open func(t *testing.T) hadath.Store, all []report, sizes []int) {
	var want string
	for _, size := range sizes {
		s := open(t)
		batch := coded(all...)
		// A report sent again with new content in the same batch
		// replaces its first version.
		again := coded(all[3])[0]
		again.Doc.Text += " (محدث)"
		again.Hash = hash(again.Doc)
		batch = append(batch[:10], append([]*hadath.Coded{again}, batch[10:]...)...)
		for len(batch) > 0 {
			n := min(size, len(batch))
			ingest(t, s, batch[:n])
			batch = batch[n:]
		}
		got := groupsOf(t, s)
		s.Close()
		if want == "" {
			want = got
			continue
		}
		if got != want {
			t.Errorf("batches of %d grouped\n%s\nwant, as one batch grouped them,\n%s", size, got, want)
		}
	}
}

// dense returns reports of 250 happenings of one kind, on one day, in
// one country, told by parties that set them apart, then 40 more reports
// of the first 40 by other agencies: more incidents than an event is
// compared with (the store's limit), so that which ones each report is
// compared with must not depend on how the reports were batched.
func dense() []report {
	iraq := &hadath.Place{Name: "Iraq", NameAr: "العراق", Country: "IQ", Precision: hadath.PrecisionCountry}
	var out []report
	for k := range 290 {
		n := k
		if k >= 250 {
			n = k - 250
		}
		out = append(out, report{
			doc: fmt.Sprintf("dense-%03d", k), source: fmt.Sprintf("Agency %d", k/250),
			published: "2024-05-10", typ: hadath.Assault, date: "2024-05-03", place: iraq,
			actor:    &hadath.Actor{Name: fmt.Sprintf("Group %d", n), Country: "IQ", Sector: hadath.SectorArmedGroup},
			target:   &hadath.Actor{Name: fmt.Sprintf("Village %d", n), Country: "IQ", Sector: hadath.SectorCivilians},
			killed:   -1,
			sentence: fmt.Sprintf("هجوم رقم %d", n),
		})
	}
	return out
}

// scatter returns n reports of happenings drawn from a fixed seed: two
// types, a few days, precise and coarse places in two countries, and
// reports with no place at all, so that many join and many do not.
func scatter(n int) []report {
	r := rand.New(rand.NewPCG(7, 11))
	types := []string{hadath.Assault, hadath.Protest}
	towns := []*hadath.Place{asad, baghdadi, qaim, anbar, gaza, nil}
	actors := []*hadath.Actor{irq, idf, hamas, nil}
	out := make([]report, 0, n)
	for k := range n {
		p := towns[r.IntN(len(towns))]
		a, g := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
		if p == nil {
			a, g = irq, usForces // a report with no place joins only by its parties
		}
		out = append(out, report{
			doc: fmt.Sprintf("scatter-%03d", k), source: fmt.Sprintf("Agency %d", r.IntN(5)),
			published: "2024-05-10", typ: types[r.IntN(len(types))], method: "",
			date: fmt.Sprintf("2024-05-%02d", 1+r.IntN(6)), place: p, actor: a, target: g,
			killed: r.IntN(4) - 1, sentence: fmt.Sprintf("خبر رقم %d عن حادثة", k),
		})
	}
	return out
}

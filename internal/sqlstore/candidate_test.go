package sqlstore

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hadath/hadath"
	_ "modernc.org/sqlite"
)

// TestCandidateTest checks that the in-memory test of a writer's
// unwritten incidents says what candidateQuery says in the database, for
// random incidents and events: a report must find the same incidents
// whether they were written in an earlier batch or held back in its own.
func TestCandidateTest(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE incidents (id TEXT PRIMARY KEY, rev INTEGER, type TEXT, modality TEXT,
		date_min TEXT, date_max TEXT, country TEXT, prank INTEGER, lat REAL, lon REAL)`); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 5))
	precisions := []string{hadath.PrecisionSite, hadath.PrecisionCity, hadath.PrecisionDistrict,
		hadath.PrecisionAdmin1, hadath.PrecisionCountry, ""}
	countries := []string{"IQ", "SY", ""}
	day := func() string { return fmt.Sprintf("2024-05-%02d", 1+r.IntN(28)) }
	randPlace := func() *hadath.Place {
		if r.IntN(6) == 0 {
			return nil
		}
		p := &hadath.Place{Country: countries[r.IntN(len(countries))], Precision: precisions[r.IntN(len(precisions))]}
		if r.IntN(4) > 0 {
			p.SetCoord(33+r.Float64(), 44+r.Float64())
		}
		return p
	}
	var incs []*hadath.Incident
	for k := range 150 {
		inc := &hadath.Incident{ID: fmt.Sprintf("i%03d", k), Type: []string{"ASSAULT", "PROTEST"}[r.IntN(2)],
			Modality: []string{hadath.Asserted, "claimed"}[r.IntN(2)], Location: randPlace()}
		if r.IntN(10) > 0 {
			a, b := day(), day()
			inc.DateMin, inc.DateMax = min(a, b), max(a, b)
		}
		c := colsOf(inc)
		if _, err := db.Exec(`INSERT INTO incidents VALUES ($1, 0, $2, $3, $4, $5, $6, $7, $8, $9)`, inc.ID, c.typ, c.modality,
			nullable(c.dateMin), nullable(c.dateMax), c.country, c.prank, c.lat, c.lon); err != nil {
			t.Fatal(err)
		}
		incs = append(incs, inc)
	}
	party := &hadath.Actor{Name: "Someone"}
	checked := 0
	for k := range 400 {
		se := &hadath.StoredEvent{Event: hadath.Event{Type: []string{"ASSAULT", "PROTEST"}[r.IntN(2)],
			Modality: []string{hadath.Asserted, "claimed"}[r.IntN(2)], Date: day(), Location: randPlace()}}
		if r.IntN(3) == 0 {
			se.Event.Actor, se.Event.Target = party, party
		}
		lo, hi := hadath.DayRange(se.Event.Date, "")
		q, args := candidateQuery(se, lo, hi, "")
		args = append(args, 1<<30)
		ct, ok := newCandidateTest(se, lo, hi)
		if (q != "") != ok {
			t.Fatalf("event %d: candidateQuery gives %q, newCandidateTest %v", k, q, ok)
		}
		if !ok {
			continue
		}
		var want []string
		rows, err := db.Query(q, args...)
		if err != nil {
			t.Fatalf("event %d: %v", k, err)
		}
		for rows.Next() {
			var id string
			var rev int64
			if err := rows.Scan(&id, &rev); err != nil {
				t.Fatal(err)
			}
			want = append(want, id)
		}
		rows.Close()
		var got []string
		for _, inc := range incs {
			if ct.match(colsOf(inc)) {
				got = append(got, inc.ID)
			}
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("event %d (%+v at %+v): in memory %q; want, as the database says, %q", k, se.Event, se.Event.Location, got, want)
		}
		checked++
	}
	if checked < 200 {
		t.Errorf("only %d events had candidates to compare", checked)
	}
}

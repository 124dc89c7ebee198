package extract

import (
	"math/rand/v2"
	"testing"

	"github.com/hadath/hadath/gazetteer"
)

// topCountry picks the country the places are in most often, the first
// to reach that count on a tie, as counting them in a map did.
func TestTopCountry(t *testing.T) {
	// More countries than topCountry's list has room for on the stack.
	isos := []string{"", "IQ", "SY", "YE", "LY", "EG"}
	for c := 'A'; c <= 'Z'; c++ {
		isos = append(isos, "X"+string(c))
	}
	entries := make([]*gazetteer.Entry, len(isos)+1) // the last nil: no entry
	for i, iso := range isos {
		entries[i] = &gazetteer.Entry{Country: iso}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		places := make([]gazetteer.Mention, r.IntN(80))
		for k := range places {
			places[k].Entry = entries[r.IntN(len(entries))]
		}
		counts, want := map[string]int{}, ""
		for _, m := range places {
			if m.Entry != nil && m.Entry.Country != "" {
				counts[m.Entry.Country]++
				if counts[m.Entry.Country] > counts[want] {
					want = m.Entry.Country
				}
			}
		}
		if got := topCountry(places, nil); got != want {
			t.Fatalf("topCountry(%v) = %q, want %q", places, got, want)
		}
	}
	if got := topCountry(nil, nil); got != "" {
		t.Errorf("topCountry(nil) = %q, want none", got)
	}
}

// topCountry leaves out the places skip reports, unless no other place
// is in a country.
func TestTopCountrySkip(t *testing.T) {
	ir, ye := &gazetteer.Entry{Country: "IR"}, &gazetteer.Entry{Country: "YE"}
	places := []gazetteer.Mention{{Entry: ir}, {Entry: ir}, {Entry: ye}}
	sponsor := func(k int) bool { return places[k].Entry == ir }
	if got := topCountry(places, sponsor); got != "YE" {
		t.Errorf("topCountry(IR sponsor, IR sponsor, YE) = %q; want YE", got)
	}
	all := func(int) bool { return true }
	if got := topCountry(places, all); got != "IR" {
		t.Errorf("topCountry(all skipped) = %q; want IR", got)
	}
}

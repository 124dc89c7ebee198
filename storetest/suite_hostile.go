package storetest

import (
	"context"
	"testing"

	"github.com/hadath/hadath"
)

// hostileValues are filter values a hostile or careless user may send:
// SQL quoting and comments, LIKE wildcards, backslashes, full-text search
// operators, a NUL byte and invalid UTF-8.
var hostileValues = []string{
	`'; DROP TABLE events; --`,
	`" OR 1=1 --`,
	`%`,
	`_`,
	`\`,
	`a' OR 'a'='a`,
	`NEAR(x y) OR * :`,
	"\x00",
	"\xc0\xae",
	`) UNION SELECT * FROM documents --`,
}

// testHostileFilters checks that every filter value reaches SQL as a
// parameter: hostile values match nothing (or are refused as invalid),
// and the store holds and returns the same records afterwards.
func testHostileFilters(t *testing.T, s hadath.Store) {
	ingest(t, s, coded(strikes...))
	ctx := context.Background()
	before, total, err := s.Events(ctx, hadath.Filter{})
	if err != nil || total == 0 {
		t.Fatalf("Events() = %d records, %v; want the fixtures", total, err)
	}
	for _, v := range hostileValues {
		ref := []hadath.ActorRef{{Name: v}, {NameAr: v}, {Country: v, Sector: v}}
		filters := map[string]hadath.Filter{
			"method":         {Methods: []string{v}},
			"country":        {Countries: []string{v}},
			"admin1":         {Admin1: []string{v}},
			"actor":          {Actors: ref},
			"target":         {Targets: ref},
			"claimed by":     {ClaimedBy: ref},
			"actor country":  {ActorCountries: []string{v}},
			"target country": {TargetCountries: []string{v}},
			"text":           {Text: v},
			"modality":       {Modalities: []string{v}},
			"doc":            {DocID: v},
		}
		for name, f := range filters {
			evs, n, err := s.Events(ctx, f)
			if err != nil && hadath.ErrorCode(err) != hadath.EINVALID {
				t.Errorf("Events(%s %q): %v; want no records or an invalid-value error", name, v, err)
				continue
			}
			if len(evs) > 0 || n > 0 {
				t.Errorf("Events(%s %q) = %q (total %d); want nothing", name, v, docIDs(evs), n)
			}
			if _, _, err := s.Incidents(ctx, f); err != nil && hadath.ErrorCode(err) != hadath.EINVALID {
				t.Errorf("Incidents(%s %q): %v; want no records or an invalid-value error", name, v, err)
			}
		}
	}
	after, n, err := s.Events(ctx, hadath.Filter{})
	if err != nil || n != total || docIDs(after) != docIDs(before) {
		t.Errorf("after hostile filters: Events() = %q (total %d), %v; want %q (total %d)", docIDs(after), n, err, docIDs(before), total)
	}
}

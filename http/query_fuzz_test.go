package http

import (
	"net/url"
	"testing"

	"github.com/hadath/hadath"
)

// FuzzQuery reads any query string as the list routes do: the parameter
// check, the filters and the export format. Whatever the input, it must
// not panic, must fail only with an invalid-value error, and a filter it
// accepts must be valid, with a page in bounds and countries as codes.
func FuzzQuery(f *testing.F) {
	for _, seed := range []string{
		"",
		"type=ASSAULT,protest&country=IQ,Iraq&since=2024-01-01&until=2024-02-01",
		"country=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82&actor=US+forces&target=&claimed_by=x,y",
		"near=33.3,44.4,25&min_sources=2&modality=all&background=only",
		"min_confidence=0.3&type=ASSAULT",
		"near=NaN,1,1&limit=1001&offset=-1",
		"limit=99999999999999999999&offset=9223372036854775807",
		"format=csv&text=%E2%80%AE%00&admin1=Al+Anbar",
		"modality=asserted,,future&background=INCLUDE&method=drone&type=",
		"%zz=1&colour=red;x=1",
	} {
		f.Add(seed)
	}
	s := &Server{}
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 4096 {
			return // a URL beyond what a server reads is not the point here
		}
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		if err := checkParams(q, filterParams, []string{"format"}); err != nil {
			if hadath.ErrorCode(err) != hadath.EINVALID {
				t.Fatalf("checkParams(%q) = %v; want an invalid error", raw, err)
			}
			return
		}
		if _, _, err := exportFormat(q); err != nil && hadath.ErrorCode(err) != hadath.EINVALID {
			t.Fatalf("exportFormat(%q) = %v; want nil or an invalid error", raw, err)
		}
		flt, unknown, err := s.parseFilter(q)
		if err != nil {
			if hadath.ErrorCode(err) != hadath.EINVALID || hadath.ErrorMessage(err) == "" {
				t.Fatalf("parseFilter(%q) = %v; want an invalid error with a message", raw, err)
			}
			return
		}
		if err := flt.Validate(); err != nil {
			t.Fatalf("parseFilter(%q) accepted a filter that does not validate: %v", raw, err)
		}
		if flt.Limit < 1 || flt.Limit > MaxLimit || flt.Offset < 0 {
			t.Fatalf("parseFilter(%q): limit %d, offset %d; want 1..%d and 0 or more", raw, flt.Limit, flt.Offset, MaxLimit)
		}
		for _, cs := range [][]string{flt.Countries, flt.ActorCountries, flt.TargetCountries} {
			for _, c := range cs {
				if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
					t.Fatalf("parseFilter(%q): country %q; want an ISO code", raw, c)
				}
			}
		}
		for _, u := range unknown {
			if len(u.refs) != 1 || u.name == "" {
				t.Fatalf("parseFilter(%q): unknown actor %+v; want one reference to a non-empty name", raw, u)
			}
		}
		if len(flt.Actors)+len(flt.Targets)+len(flt.ClaimedBy) > 0 && len(unknown) == 0 {
			t.Fatalf("parseFilter(%q): with no dictionary, every actor name is unknown", raw)
		}
	})
}

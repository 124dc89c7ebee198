package http_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// total returns the "total" of a list or stats answer, failing the test
// on a status other than 200.
func total(t *testing.T, r apiResponse, path string) int {
	t.Helper()
	var got struct{ Total int }
	if r.status != 200 {
		t.Fatalf("GET %s = %d %s; want 200", path, r.status, r.body)
	}
	r.decode(t, &got)
	return got.Total
}

// errorMessage returns the message of a JSON error answer.
func errorMessage(t *testing.T, r apiResponse) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	r.decode(t, &e)
	return e.Error.Message
}

// TestCountryNamesAPI checks that the country filters take names in
// English and Arabic as well as codes, and answer 400 for a value that
// is no country.
func TestCountryNamesAPI(t *testing.T) {
	s := newAPIServer(t, nil)
	want := total(t, apiDo(t, s, "GET", "/api/v1/events?country=IQ", ""), "events?country=IQ")
	if want != 2 {
		t.Fatalf("events?country=IQ: %d; want the 2 Iraqi fixtures", want)
	}
	for _, v := range []string{"iq", "Iraq", "IRAQ", "العراق", "Iraq,FR"} {
		path := "/api/v1/events?country=" + url.QueryEscape(v)
		if got := total(t, apiDo(t, s, "GET", path, ""), path); got != want {
			t.Errorf("GET %s: %d events; want %d, as for IQ", path, got, want)
		}
	}
	path := "/api/v1/events?actor_country=" + url.QueryEscape("سوريا")
	if got := total(t, apiDo(t, s, "GET", path, ""), path); got != 1 {
		t.Errorf("GET %s: %d events; want 1", path, got)
	}
	for _, path := range []string{
		"/api/v1/events?country=Irak",
		"/api/v1/incidents?actor_country=IQ,Narnia",
		"/api/v1/stats?target_country=ZZ",
		"/api/v1/events?country=Irak&format=csv",
	} {
		r := apiDo(t, s, "GET", path, "")
		if r.status != 400 || r.errorCode() != "invalid" || !strings.Contains(errorMessage(t, r), "no such country") {
			t.Errorf("GET %s = %d %s; want 400 invalid, no such country", path, r.status, r.body)
		}
	}
}

// TestActorSuggestionsAPI checks that an actor name no stored event has
// is a 400 that suggests the closest stored names, and that a stored one
// is answered.
func TestActorSuggestionsAPI(t *testing.T) {
	s := newAPIServer(t, nil)
	path := "/api/v1/events?actor=" + url.QueryEscape("Actor d2")
	if got := total(t, apiDo(t, s, "GET", path, ""), path); got != 1 {
		t.Errorf("GET %s: %d events; want 1", path, got)
	}
	r := apiDo(t, s, "GET", "/api/v1/events?actor="+url.QueryEscape("Actr d2"), "")
	if msg := errorMessage(t, r); r.status != 400 || !strings.Contains(msg, `did you mean "Actor d2`) {
		t.Errorf("GET events?actor=Actr d2 = %d %q; want 400 suggesting \"Actor d2\"", r.status, msg)
	}
	for _, path := range []string{
		"/api/v1/stats?target=" + url.QueryEscape("Narnian knights"),
		"/api/v1/incidents?claimed_by=" + url.QueryEscape("Narnian knights"),
	} {
		if r := apiDo(t, s, "GET", path, ""); r.status != 400 || r.errorCode() != "invalid" {
			t.Errorf("GET %s = %d %s; want 400 invalid", path, r.status, r.body)
		}
	}
}

// TestStatsPagingAPI checks that stats honours limit and offset over the
// groups and gives their total.
func TestStatsPagingAPI(t *testing.T) {
	s := newAPIServer(t, nil)
	keys := func(query string) ([]string, int) {
		r := apiDo(t, s, "GET", "/api/v1/stats?by=country&modality=all"+query, "")
		var got struct {
			Rows  []struct{ Key map[string]string }
			Total int
		}
		if r.status != 200 {
			t.Fatalf("GET stats%s = %d %s", query, r.status, r.body)
		}
		r.decode(t, &got)
		var out []string
		for _, row := range got.Rows {
			out = append(out, row.Key["country"])
		}
		return out, got.Total
	}
	all, n := keys("")
	if len(all) != 4 || n != 4 {
		t.Fatalf("stats?by=country: %q, total %d; want 4 countries", all, n)
	}
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"&limit=2", all[:2]},
		{"&offset=1", all[1:]},
		{"&limit=1&offset=2", all[2:3]},
		{"&offset=100", nil},
	} {
		got, n := keys(tt.query)
		if !slices.Equal(got, tt.want) || n != 4 {
			t.Errorf("stats%s = %q, total %d; want %q, total 4", tt.query, got, n, tt.want)
		}
	}
}

// TestPagingLimits checks that a huge limit, a negative offset and
// numbers beyond int are refused with a 400 rather than clamped
// silently, while a large offset is an empty page.
func TestPagingLimits(t *testing.T) {
	s := newAPIServer(t, nil)
	for _, tt := range []struct{ path, says string }{
		{"/api/v1/events?limit=1000000", "want 1 to 1000"},
		{"/api/v1/events?limit=99999999999999999999", "whole number"},
		{"/api/v1/events?limit=-5", "whole number"},
		{"/api/v1/events?limit=1e3", "whole number"},
		{"/api/v1/incidents?offset=-1", "whole number"},
		{"/api/v1/incidents?offset=99999999999999999999", "whole number"},
		{"/api/v1/stats?limit=1001", "want 1 to 1000"},
		{"/api/v1/stats?limit=0", "want 1 to 1000"},
		{"/api/v1/stats?offset=-3", "whole number"},
	} {
		r := apiDo(t, s, "GET", tt.path, "")
		if msg := errorMessage(t, r); r.status != 400 || !strings.Contains(msg, tt.says) {
			t.Errorf("GET %s = %d %q; want 400 saying %q", tt.path, r.status, msg, tt.says)
		}
	}
	r := apiDo(t, s, "GET", "/api/v1/events?offset=9000000000000000000", "")
	var got struct {
		Items []any
		Total int
	}
	r.decode(t, &got)
	if r.status != 200 || len(got.Items) != 0 || got.Total != len(apiFixtures)-1 {
		t.Errorf("GET events?offset=9e18 = %d, %d items, total %d; want 200, none, total %d", r.status, len(got.Items), got.Total, len(apiFixtures)-1)
	}
}

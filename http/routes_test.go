package http_test

import (
	"encoding/json"
	nethttp "net/http"
	"slices"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	hadathhttp "github.com/hadath/hadath/http"
)

func TestHealth(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/api/v1/health", "")
	var got map[string]string
	r.decode(t, &got)
	if r.status != 200 || got["status"] != "ok" || got["version"] != "test" {
		t.Errorf("GET health = %d %s; want 200 ok with version test", r.status, r.body)
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newAPIServer(t, nil)
	for _, path := range []string{"/", "/index.html", "/api/v1/events", "/api/v1/nothing", "/api/v1/events/missing", "/api/v1/metrics"} {
		r := apiDo(t, s, "GET", path, "")
		h := r.header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
			"connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: Content-Security-Policy %q lacks %q", path, csp, want)
			}
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q; want nosniff", path, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("GET %s: Referrer-Policy = %q; want no-referrer", path, got)
		}
	}
}

func TestNoRoute(t *testing.T) {
	s := newAPIServer(t, nil)
	tests := []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/api/v1/nothing", 404, ""},
		{"DELETE", "/api/v1/events/ev-d1", 405, "GET"},
		{"PUT", "/api/v1/documents", 405, "GET, POST"},
		{"GET", "/api/v1/extract", 405, "POST"},
	}
	for _, tt := range tests {
		r := apiDo(t, s, tt.method, tt.path, "")
		if r.status != tt.status || r.header.Get("Allow") != tt.allow || r.errorCode() == "" {
			t.Errorf("%s %s = %d, Allow %q, %s; want %d, Allow %q, a JSON error", tt.method, tt.path, r.status,
				r.header.Get("Allow"), r.body, tt.status, tt.allow)
		}
	}
}

func TestHostCheck(t *testing.T) {
	s := newAPIServer(t, nil)
	tests := []struct {
		host   string
		status int
	}{
		{"localhost:8080", 200},
		{"127.0.0.1", 200},
		{"[::1]:8080", 200},
		{"evil.example:8080", 400},
		{"127.0.0.1.evil.example", 400},
	}
	for _, tt := range tests {
		req, _ := nethttp.NewRequest("GET", s.URL()+"/api/v1/health", nil)
		req.Host = tt.host
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("GET health with Host %q = %d; want %d", tt.host, resp.StatusCode, tt.status)
		}
	}
}

func TestErrorStatus(t *testing.T) {
	tests := []struct {
		code   string
		status int
	}{
		{hadath.EINVALID, 400},
		{hadath.EUNAUTHORIZED, 401},
		{hadath.ENOTFOUND, 404},
		{hadath.ECONFLICT, 409},
		{hadath.ETOOLARGE, 413},
		{hadath.EINTERNAL, 500},
		{"something_else", 500},
	}
	for _, tt := range tests {
		if got := hadathhttp.ErrorStatus(tt.code); got != tt.status {
			t.Errorf("ErrorStatus(%q) = %d; want %d", tt.code, got, tt.status)
		}
	}
}

// TestOpenAPIInStep fails when a route is registered but not described
// in openapi.json, or described but not registered.
func TestOpenAPIInStep(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/api/v1/openapi.json", "")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	r.decode(t, &doc)
	if r.status != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("GET openapi.json = %d, openapi %q; want 200, 3.x", r.status, doc.OpenAPI)
	}
	var described []string
	for path, ops := range doc.Paths {
		for method := range ops {
			described = append(described, strings.ToUpper(method)+" "+path)
		}
	}
	registered := s.Patterns()
	slices.Sort(described)
	slices.Sort(registered)
	for _, p := range registered {
		if !slices.Contains(described, p) {
			t.Errorf("route %q is registered but not in openapi.json", p)
		}
	}
	for _, p := range described {
		if !slices.Contains(registered, p) {
			t.Errorf("openapi.json describes %q, which is not registered", p)
		}
	}
	if len(registered) < 12 {
		t.Errorf("Patterns() = %d routes; want at least 12", len(registered))
	}
}

func TestMetrics(t *testing.T) {
	s := newAPIServer(t, nil)
	apiDo(t, s, "GET", "/api/v1/events", "")
	apiDo(t, s, "GET", "/api/v1/events/missing", "")
	apiDo(t, s, "POST", "/api/v1/documents", `{"id":"m1","text":"`+apiTrigger+` في الموصل"}`, apiBearer()...)
	r := apiDo(t, s, "GET", "/api/v1/metrics", "")
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("metrics Content-Type = %q; want text/plain", ct)
	}
	for _, want := range []string{
		"hadath_up 1\n",
		`hadath_http_requests_total{route="GET /api/v1/events",code="200"} 1` + "\n",
		`hadath_http_requests_total{route="GET /api/v1/events/{id}",code="404"} 1` + "\n",
		`hadath_http_request_duration_seconds_count{route="GET /api/v1/events"} 1` + "\n",
		`hadath_http_request_duration_seconds_bucket{route="GET /api/v1/events",le="+Inf"} 1` + "\n",
		"hadath_documents_ingested_total 1\n",
		"hadath_events_ingested_total 1\n",
		"# TYPE hadath_http_request_duration_seconds histogram\n",
	} {
		if !strings.Contains(string(r.body), want) {
			t.Errorf("metrics lack %q:\n%s", want, r.body)
		}
	}
}

func TestStaticAssets(t *testing.T) {
	s := newAPIServer(t, nil)
	r := apiDo(t, s, "GET", "/", "")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Errorf("GET / = %d %q; want 200 text/html", r.status, r.header.Get("Content-Type"))
	}
	if r := apiDo(t, s, "GET", "/no-such-file.js", ""); r.status != 404 {
		t.Errorf("GET /no-such-file.js = %d; want 404", r.status)
	}
}

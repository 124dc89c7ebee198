package http_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/sqlite"
)

func TestWriteAuth(t *testing.T) {
	withToken := newAPIServer(t, nil)
	noToken := newAPIServer(t, func(s *hadathhttp.Server) { s.Token = "" })
	doc := `{"id":"auth-1","text":"` + apiTrigger + ` على حاجز"}`
	tests := []struct {
		name    string
		s       *hadathhttp.Server
		path    string
		headers []string
		status  int
	}{
		{"documents without header", withToken, "/api/v1/documents", nil, 401},
		{"documents with wrong token", withToken, "/api/v1/documents", []string{"Authorization", "Bearer nope"}, 401},
		{"documents with basic auth", withToken, "/api/v1/documents", []string{"Authorization", "Basic " + apiToken}, 401},
		{"documents with token", withToken, "/api/v1/documents", apiBearer(), 200},
		{"documents with lower-case scheme", withToken, "/api/v1/documents", []string{"Authorization", "bearer " + apiToken}, 200},
		{"documents on a server without token", noToken, "/api/v1/documents", apiBearer(), 401},
		{"extract on loopback without header", withToken, "/api/v1/extract", nil, 200},
		{"extract on loopback, server without token", noToken, "/api/v1/extract", nil, 200},
	}
	for _, tt := range tests {
		r := apiDo(t, tt.s, "POST", tt.path, doc, tt.headers...)
		if r.status != tt.status {
			t.Errorf("%s: POST %s = %d %s; want %d", tt.name, tt.path, r.status, r.body, tt.status)
		}
		if tt.status == 401 && (r.errorCode() != "unauthorized" || r.header.Get("WWW-Authenticate") == "") {
			t.Errorf("%s: error %s, WWW-Authenticate %q; want code unauthorized and a challenge", tt.name, r.body, r.header.Get("WWW-Authenticate"))
		}
	}
}

// TestBeyondLoopback checks that a server reachable from other machines
// needs a token to start, and then for every write.
func TestBeyondLoopback(t *testing.T) {
	ip := apiExternalIP(t)
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	s := hadathhttp.NewServer()
	s.Addr, s.Store, s.Extractor = net.JoinHostPort(ip, "0"), store, apiExtractor{}
	if err := s.Open(); err == nil || !strings.Contains(err.Error(), "token") {
		s.Close()
		t.Fatalf("Open on %s without a token = %v; want an error about the token", ip, err)
	}

	s = hadathhttp.NewServer()
	s.Addr, s.Store, s.Extractor, s.Token = net.JoinHostPort(ip, "0"), store, apiExtractor{}, apiToken
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Loopback() {
		t.Fatalf("server on %s says it is on loopback", ip)
	}
	body := `{"text":"` + apiTrigger + `"}`
	if r := apiDo(t, s, "POST", "/api/v1/extract", body); r.status != 401 {
		t.Errorf("POST extract beyond loopback without token = %d; want 401", r.status)
	}
	if r := apiDo(t, s, "POST", "/api/v1/extract", body, apiBearer()...); r.status != 200 {
		t.Errorf("POST extract beyond loopback with token = %d %s; want 200", r.status, r.body)
	}
	if r := apiDo(t, s, "GET", "/api/v1/health", "", "Host", "hadath.example"); r.status != 200 {
		t.Errorf("GET health beyond loopback with another Host = %d; want 200", r.status)
	}
}

// apiExternalIP returns an address of this machine that is not loopback,
// or skips the test.
func apiExternalIP(t *testing.T) string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Skip(err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil && !n.IP.IsLinkLocalUnicast() {
			return n.IP.String()
		}
	}
	t.Skip("no non-loopback IPv4 address")
	return ""
}

func TestBodyLimits(t *testing.T) {
	s := newAPIServer(t, nil)
	bigDoc := `{"id":"big","text":"` + strings.Repeat("ا", hadathhttp.MaxDocumentsBytes/2+1) + `"}`
	bigText := strings.Repeat("ب ", hadathhttp.MaxExtractBytes/2+1)
	tests := []struct {
		path, body string
		headers    []string
	}{
		{"/api/v1/documents", bigDoc, apiBearer()},
		{"/api/v1/extract", bigText, []string{"Content-Type", "text/plain"}},
		{"/api/v1/extract", `{"text":"` + bigText + `"}`, nil},
	}
	for _, tt := range tests {
		r := apiDo(t, s, "POST", tt.path, tt.body, tt.headers...)
		if r.status != 413 || r.errorCode() != "too_large" {
			t.Errorf("POST %s with %d bytes = %d %.200s; want 413 too_large", tt.path, len(tt.body), r.status, r.body)
		}
	}
}

// TestTokenRules checks that a token too short for a server beyond
// loopback is refused, and that spaces around a token do not make it
// unmatchable.
func TestTokenRules(t *testing.T) {
	ip := apiExternalIP(t)
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for _, tok := range []string{"x", "  short-token  ", strings.Repeat("a", hadathhttp.MinTokenBytes-1)} {
		s := hadathhttp.NewServer()
		s.Addr, s.Store, s.Extractor, s.Token = net.JoinHostPort(ip, "0"), store, apiExtractor{}, tok
		if err := s.Open(); err == nil || !strings.Contains(err.Error(), "at least") {
			s.Close()
			t.Errorf("Open beyond loopback with token %q = %v; want an error asking for at least %d bytes", tok, err, hadathhttp.MinTokenBytes)
		}
	}
	spaced := newAPIServer(t, func(s *hadathhttp.Server) { s.Token = "  " + apiToken + "\n" })
	doc := `{"id":"spaced-1","text":"` + apiTrigger + `"}`
	if r := apiDo(t, spaced, "POST", "/api/v1/documents", doc, apiBearer()...); r.status/100 != 2 {
		t.Errorf("POST documents with the token given with spaces around it = %d %s; want success", r.status, r.body)
	}
}

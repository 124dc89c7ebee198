package http_test

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"

	hadathhttp "github.com/hadath/hadath/http"
)

// TestHostilePaths checks that paths outside the page, or not valid
// UTF-8, are refused with 400 or 404 (never 500, never a file of the
// machine), on the page's routes and the API's.
func TestHostilePaths(t *testing.T) {
	s := newAPIServer(t, nil)
	paths := []string{
		"/%c0%ae%c0%ae/etc/passwd",
		"/since=m%85",
		"/../../etc/passwd",
		"/..%2f..%2f..%2fetc%2fpasswd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/assets/..%2f..%2fgo.mod",
		"/..\\..\\etc\\passwd",
		"/%00",
		"/app.js%00.html",
		"/api/v1/events/%c0%ae",
		"/api/v1/incidents/%ff%fe",
		"/api/v1/%c0",
	}
	for _, p := range paths {
		r := apiDo(t, s, "GET", p, "")
		if r.status != 400 && r.status != 404 {
			t.Errorf("GET %s = %d %.80q; want 400 or 404", p, r.status, r.body)
		}
		if strings.Contains(string(r.body), "root:") || strings.Contains(string(r.body), "module ") {
			t.Errorf("GET %s served a file of the machine: %.80q", p, r.body)
		}
	}
}

// TestSlowHeaders checks that a client that opens a connection and sends
// its headers slowly is cut off after the header timeout, instead of
// holding a connection for ever.
func TestSlowHeaders(t *testing.T) {
	s := newAPIServer(t, func(s *hadathhttp.Server) { s.HeaderTimeout = 300 * time.Millisecond })
	conn, err := net.Dial("tcp", strings.TrimPrefix(s.URL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(conn).ReadString('\n')
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("a client stuck in its headers held the connection %v (read %q, %v); want it cut after the header timeout", took, line, err)
	}
	if strings.Contains(line, "200") {
		t.Errorf("incomplete headers answered %q; want the connection closed or a 408", line)
	}
}

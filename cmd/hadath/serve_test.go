package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// lockedBuffer is a buffer that a running command writes while a test
// reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p.
func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written.
func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startServe runs "hadath serve" with the real extractor on a free
// loopback port and a new store, and returns its URL, and a function
// that stops it and returns its error and standard error.
func startServe(t *testing.T, args ...string) (base string, stop func() (error, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lockedBuffer{}
	done := make(chan error, 1)
	args = append([]string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "h.db")}, args...)
	go func() { done <- NewMain().Run(ctx, args, strings.NewReader(""), io.Discard, stderr) }()
	listening := regexp.MustCompile(`listening on (http://\S+)`)
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(20 * time.Millisecond) {
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], func() (error, string) { cancel(); return <-done, stderr.String() }
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("hadath serve stopped: %v\n%s", err, stderr.String())
		default:
		}
	}
	cancel()
	t.Fatalf("hadath serve did not start:\n%s", stderr.String())
	return "", nil
}

// request sends a request and decodes a JSON response into v.
func request(t *testing.T, method, u, contentType, body string, v any, headers ...string) int {
	t.Helper()
	req, _ := http.NewRequest(method, u, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if v != nil && json.Unmarshal(b, v) != nil {
		t.Errorf("%s %s: %d, not JSON: %.300s", method, u, resp.StatusCode, b)
	}
	return resp.StatusCode
}

// TestServe ingests the example articles through the API with the real
// extractor, finds their events by filter and actor name, and extracts
// one article without storing it.
func TestServe(t *testing.T) {
	t.Setenv("HADATH_TOKEN", "serve-test-token")
	base, stop := startServe(t)
	api := base + "/api/v1"
	articles, lines := exampleLines(t)

	var ing struct {
		Summary struct{ Documents, Events, Errors int }
	}
	if code := request(t, "POST", api+"/documents", "application/x-ndjson", articles, &ing); code != 401 {
		t.Errorf("POST documents without the token = %d; want 401", code)
	}
	code := request(t, "POST", api+"/documents", "application/x-ndjson", articles, &ing, "Authorization", "Bearer serve-test-token")
	if code != 200 || ing.Summary.Documents != lines || ing.Summary.Events == 0 || ing.Summary.Errors != 0 {
		t.Fatalf("POST documents = %d %+v; want %d documents with events, no errors", code, ing.Summary, lines)
	}

	tests := []struct {
		query string
		min   int
	}{
		{"type=ASSAULT&method=drone", 1},
		{"actor=" + url.QueryEscape("المقاومة الإسلامية في العراق"), 1},
		{"actor=" + url.QueryEscape("Islamic Resistance in Iraq"), 1},
		{"type=PROTEST&country=IQ", 1},
		{"country=FR", 0},
	}
	for _, tt := range tests {
		var list struct {
			Total int
			Items []*hadath.StoredEvent
		}
		code := request(t, "GET", api+"/events?"+tt.query, "", "", &list)
		if code != 200 || list.Total < tt.min || (tt.min == 0 && list.Total != 0) {
			t.Errorf("GET events?%s = %d, %d events; want at least %d", tt.query, code, list.Total, tt.min)
		}
	}

	var drones struct{ Items []*hadath.StoredEvent }
	request(t, "GET", api+"/events?method=drone", "", "", &drones)
	if len(drones.Items) > 0 {
		var one struct {
			Event    *hadath.StoredEvent
			Document *hadath.Document
		}
		request(t, "GET", api+"/events/"+url.PathEscape(drones.Items[0].Event.ID), "", "", &one)
		tr := one.Event.Event.Trigger
		if one.Document == nil || string([]rune(one.Document.Text)[tr.Start:tr.End]) != tr.Text {
			t.Errorf("GET events/{id}: trigger %+v does not cut its text from the document", tr)
		}
	}

	var harir string
	for _, d := range exampleDocs(t) {
		if d.ID == "drone-attack-harir" {
			harir = d.Text
		}
	}
	var res hadath.Result
	if code := request(t, "POST", api+"/extract", "text/plain", harir, &res); code != 200 || len(res.Events) == 0 || res.Lang != "ar" {
		t.Errorf("POST extract = %d, %d events, lang %q; want 200, events, ar", code, len(res.Events), res.Lang)
	}
	var docs struct{ Total int }
	request(t, "GET", api+"/documents", "", "", &docs)
	if docs.Total != lines {
		t.Errorf("documents after extract = %d; want %d", docs.Total, lines)
	}

	err, stderr := stop()
	if err != nil || !strings.Contains(stderr, "shutting down") || !strings.HasSuffix(stderr, "hadath serve: stopped\n") {
		t.Errorf("stopping hadath serve = %v, stderr %q; want nil, a shutdown message and a last line saying it stopped", err, stderr)
	}
}

func TestServeUsage(t *testing.T) {
	t.Setenv("HADATH_TOKEN", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	empty := writeFile(t, dir, "empty-token", " \n")
	tokenFile := writeFile(t, dir, "token", "a-token-of-twenty-bytes\n")
	tests := []struct {
		args   []string
		code   int
		output string // a substring of stdout or stderr
	}{
		{[]string{"help", "serve"}, 0, "-token"},
		{[]string{"serve", "--db", db, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"serve", "--db", db, "--addr", "0.0.0.0:0"}, 2, "needs a token"},
		{[]string{"serve", "--db", db, "--addr", "no-port"}, 1, "open server"},
		{[]string{"serve", "--bogus"}, 2, "-bogus"},
		{[]string{"serve", "--db", ""}, 2, "--db"},
		{[]string{"serve", "--db", db, "--token", "  "}, 2, "--token is empty"},
		{[]string{"serve", "--db", db, "--token-file", empty}, 2, "is empty"},
		{[]string{"serve", "--db", db, "--token-file", filepath.Join(dir, "none")}, 2, "--token-file"},
		{[]string{"serve", "--db", db, "--token", "abcdefghijklmnopq", "--token-file", tokenFile}, 2, "not both"},
		{[]string{"serve", "--db", db, "--addr", "0.0.0.0:0", "--token", "x"}, 2, "at least 16 bytes"},
		{[]string{"help", "serve"}, 0, "-token-file"},
	}
	for _, tt := range tests {
		stdout, stderr, code := run(t, nil, nil, tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.output) {
			t.Errorf("hadath %s = %d, %q; want %d and %q", strings.Join(tt.args, " "), code, stdout+stderr, tt.code, tt.output)
		}
	}
}

// TestServeTokenFile checks that a token read from --token-file, with the
// file's trailing newline, is the one writes need.
func TestServeTokenFile(t *testing.T) {
	t.Setenv("HADATH_TOKEN", "")
	f := writeFile(t, t.TempDir(), "token", "token-from-a-file-0123\n")
	base, stop := startServe(t, "--token-file", f)
	defer stop()
	body := `{"id":"tf-1","text":"تظاهر المئات أمام البرلمان."}`
	var out struct{}
	if code := request(t, "POST", base+"/api/v1/documents", "application/x-ndjson", body, &out, "Authorization", "Bearer token-from-a-file-0123"); code != 200 {
		t.Errorf("POST documents with the file's token = %d; want 200", code)
	}
	if code := request(t, "POST", base+"/api/v1/documents", "application/x-ndjson", body, &out, "Authorization", "Bearer token-from-a-file"); code != 401 {
		t.Errorf("POST documents with another token = %d; want 401", code)
	}
}

package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
	"github.com/hadath/hadath/storetest"
)

// alertFake codes every document as the rocket attack of
// storetest.Report near Erbil.
func alertFake() *Main {
	return withFake(func(doc *hadath.Document) (*hadath.Result, error) {
		r := storetest.Report(doc.ID, doc.Source, "IQ", 36.237, 43.963, doc.Text).Result
		res := hadath.NewResult(doc)
		res.Events = r.Events
		return res, nil
	})
}

func TestAlertCommands(t *testing.T) {
	var mu sync.Mutex
	var bodies, sigs []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies, sigs = append(bodies, string(b)), append(sigs, r.Header.Get(alert.SignatureHeader))
		mu.Unlock()
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "hadath.db")
	add := []string{"alert", "add", "us", "--db", db, "--type", "assault", "--country", "Iraq,SY", "--target-country", "US", "--webhook", srv.URL}
	stdout, stderr, code := run(t, nil, nil, add...)
	if code != 0 || !strings.Contains(stdout, "secret") {
		t.Fatalf("alert add: exit %d, stdout %q, stderr %q; want the secret printed", code, stdout, stderr)
	}
	secret := strings.TrimSpace(stdout[strings.LastIndex(stdout, " "):])
	if _, stderr, code := run(t, nil, nil, add...); code != 1 || !strings.Contains(stderr, "exists already") {
		t.Errorf("alert add twice: exit %d, stderr %q; want 1 and a conflict", code, stderr)
	}
	for _, args := range [][]string{
		{"alert", "add", "x", "--db", db, "--webhook", "ftp://host/"},
		{"alert", "add", "x", "--db", db},
		{"alert", "add", "--db", db, "--webhook", srv.URL},
		{"alert", "add", "x", "--db", db, "--webhook", srv.URL, "--type", "PICNIC"},
		{"alert", "frob"},
	} {
		if _, stderr, code := run(t, nil, nil, args...); code != 2 {
			t.Errorf("hadath %q: exit %d, stderr %q; want 2", args, code, stderr)
		}
	}

	docs := writeFile(t, t.TempDir(), "docs.jsonl",
		`{"id":"wire-1","text":"سقطت صواريخ على قاعدة قرب أربيل","published":"2024-03-11","source":"Wire A"}`+"\n")
	if _, stderr, code := run(t, alertFake(), nil, "ingest", "--db", db, "--progress", "never", docs); code != 0 || !strings.Contains(stderr, "1 delivered") {
		t.Fatalf("ingest: exit %d, stderr %q; want the alert delivered at its end", code, stderr)
	}
	mu.Lock()
	if len(bodies) != 1 || !alert.Verify(secret, []byte(bodies[0]), sigs[0]) || !strings.Contains(bodies[0], `"kind":"new"`) {
		t.Errorf("webhook got %d messages %q; want one new incident signed with %q", len(bodies), bodies, secret)
	}
	mu.Unlock()

	stdout, _, code = run(t, nil, nil, "alert", "list", "--db", db)
	if code != 0 || !strings.Contains(stdout, "--country IQ,SY") || !strings.Contains(stdout, "delivered") {
		t.Errorf("alert list: exit %d, stdout %q; want the filter and the last delivery", code, stdout)
	}
	stdout, _, code = run(t, nil, nil, "alert", "test", "us", "--db", db)
	if code != 0 || !strings.Contains(stdout, "1 stored incident match") || !strings.Contains(stdout, "answered 200") {
		t.Errorf("alert test: exit %d, stdout %q; want 1 match and the answer", code, stdout)
	}
	_, _, code = run(t, nil, nil, "alert", "run", "--once", "--db", db)
	mu.Lock()
	if n := len(bodies); code != 0 || n != 2 {
		t.Errorf("alert run --once: exit %d, %d messages in all; want nothing more than the test", code, n)
	}
	mu.Unlock()
	stdout, _, code = run(t, nil, nil, "alert", "log", "us", "--db", db)
	if code != 0 || !strings.Contains(stdout, "delivered, incident") || !strings.Contains(stdout, "attempt 1 at") || !strings.Contains(stdout, "HTTP 200") {
		t.Errorf("alert log: exit %d, stdout %q; want the delivery and its attempt", code, stdout)
	}
	if stdout, _, code := run(t, nil, nil, "alert", "rm", "us", "--db", db); code != 0 || !strings.Contains(stdout, "removed") {
		t.Errorf("alert rm: exit %d, stdout %q", code, stdout)
	}
	if _, stderr, code := run(t, nil, nil, "alert", "rm", "us", "--db", db); code != 1 || !strings.Contains(stderr, `no alert "us"`) {
		t.Errorf("alert rm twice: exit %d, stderr %q; want 1, no alert", code, stderr)
	}
	if _, stderr, code := run(t, nil, nil, "alert", "list", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(stderr, "no store") {
		t.Errorf("alert list of no store: exit %d, stderr %q", code, stderr)
	}
}

// TestServeRunsAlerts stores an alert, starts "hadath serve" on its store,
// posts the example articles, and waits for the webhook to hear of them,
// with links to the page under --base-url.
func TestServeRunsAlerts(t *testing.T) {
	got := make(chan alert.Message, 100)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m alert.Message
		b, _ := io.ReadAll(r.Body)
		if json.Unmarshal(b, &m) == nil {
			got <- m
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "hadath.db")
	if _, stderr, code := run(t, nil, nil, "alert", "add", "everything", "--db", db, "--webhook", srv.URL); code != 0 {
		t.Fatalf("alert add: exit %d, %s", code, stderr)
	}
	t.Setenv("HADATH_TOKEN", "serve-alert-token")
	base, stop := startServe(t, "--db", db, "--alert-interval", "50ms", "--base-url", "https://hadath.example.org")
	articles, _ := exampleLines(t)
	var ing struct{ Summary struct{ Events int } }
	if code := request(t, "POST", base+"/api/v1/documents", "application/x-ndjson", articles, &ing, "Authorization", "Bearer serve-alert-token"); code != 200 || ing.Summary.Events == 0 {
		t.Fatalf("POST documents = %d, %d events; want some", code, ing.Summary.Events)
	}
	select {
	case m := <-got:
		if m.Alert != "everything" || m.Incident == nil || !strings.HasPrefix(m.Links["page"], "https://hadath.example.org/?") {
			t.Errorf("message = %+v; want the alert's incident with a link under --base-url", m)
		}
	case <-time.After(10 * time.Second):
		t.Error("no alert posted in 10 s")
	}
	// The pass that posted it counts it once it ends.
	var metrics []byte
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(base + "/api/v1/metrics")
		if err != nil {
			t.Fatal(err)
		}
		metrics, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if regexp.MustCompile(`(?m)^hadath_alert_delivered_total [1-9]`).Match(metrics) {
			break
		}
	}
	if !regexp.MustCompile(`(?m)^hadath_alert_delivered_total [1-9]`).Match(metrics) {
		t.Errorf("metrics lack the deliveries:\n%s", metrics)
	}
	if err, stderr := stop(); err != nil {
		t.Errorf("serve: %v\n%s", err, stderr)
	}
}

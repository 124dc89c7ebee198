package http_test

import (
	"context"
	"io"
	nethttp "net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hadath/hadath"
	hadathhttp "github.com/hadath/hadath/http"
)

func TestCrossOriginRefused(t *testing.T) {
	s := newAPIServer(t, nil)
	own := s.URL()
	doc := `{"id":"co-1","text":"` + apiTrigger + ` على حاجز"}`
	jsonType := []string{"Content-Type", "application/json"}
	tests := []struct {
		name, path string
		headers    []string
		status     int
	}{
		{"extract from another site, as text", "/api/v1/extract", []string{"Origin", "http://pages.example", "Content-Type", "text/plain"}, 403},
		{"extract from another site, as JSON", "/api/v1/extract", []string{"Origin", "http://pages.example", "Content-Type", "application/json"}, 403},
		{"extract from another port", "/api/v1/extract", append([]string{"Origin", "http://127.0.0.1:1"}, jsonType...), 403},
		{"extract from an opaque origin", "/api/v1/extract", append([]string{"Origin", "null"}, jsonType...), 403},
		{"extract marked cross-site", "/api/v1/extract", append([]string{"Sec-Fetch-Site", "cross-site"}, jsonType...), 403},
		{"extract from the own page, as text", "/api/v1/extract", []string{"Origin", own, "Content-Type", "text/plain"}, 403},
		{"extract from the own page, without type", "/api/v1/extract", []string{"Origin", own}, 403},
		{"extract from the own page, as a form", "/api/v1/extract", []string{"Origin", own, "Content-Type", "application/x-www-form-urlencoded"}, 403},
		{"extract from the own page, as JSON", "/api/v1/extract", append([]string{"Origin", own, "Sec-Fetch-Site", "same-origin"}, jsonType...), 200},
		{"extract from curl, as text", "/api/v1/extract", []string{"Content-Type", "text/plain"}, 200},
		{"documents from another site", "/api/v1/documents", append([]string{"Origin", "http://pages.example"}, apiBearer()...), 403},
		{"documents from the own page, as text", "/api/v1/documents", append([]string{"Origin", own, "Content-Type", "text/plain"}, apiBearer()...), 403},
		{"documents from the own page, as JSON", "/api/v1/documents", append([]string{"Origin", own, "Content-Type", "application/json"}, apiBearer()...), 200},
	}
	for _, tt := range tests {
		body := doc
		if strings.Contains(tt.name, "as text") && tt.path == "/api/v1/extract" {
			body = apiTrigger + " على حاجز"
		}
		r := apiDo(t, s, "POST", tt.path, body, tt.headers...)
		if r.status != tt.status {
			t.Errorf("%s: POST %s = %d %s; want %d", tt.name, tt.path, r.status, r.body, tt.status)
		}
		if tt.status == 403 && r.errorCode() != hadath.EFORBIDDEN {
			t.Errorf("%s: error %s; want code %s", tt.name, r.body, hadath.EFORBIDDEN)
		}
	}
}

// gateExtractor is an extractor that waits: a text holding "wait" is
// coded once release is closed, or when its context is done. It records
// what it codes and how many documents it codes at once.
type gateExtractor struct {
	release         chan struct{}
	entered         chan string
	mu              sync.Mutex
	coded, stopped  []string
	running, atOnce atomic.Int64
}

// newGateExtractor returns a gateExtractor.
func newGateExtractor() *gateExtractor {
	return &gateExtractor{release: make(chan struct{}), entered: make(chan string, 100)}
}

// Extract implements hadath.Extractor.
func (x *gateExtractor) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	n := x.running.Add(1)
	defer x.running.Add(-1)
	for old := x.atOnce.Load(); n > old && !x.atOnce.CompareAndSwap(old, n); old = x.atOnce.Load() {
	}
	x.entered <- doc.Text
	if strings.Contains(doc.Text, "wait") {
		select {
		case <-x.release:
		case <-ctx.Done():
			x.mu.Lock()
			x.stopped = append(x.stopped, doc.Text)
			x.mu.Unlock()
			return nil, ctx.Err()
		}
	} else {
		time.Sleep(20 * time.Millisecond)
	}
	x.mu.Lock()
	x.coded = append(x.coded, doc.Text)
	x.mu.Unlock()
	return hadath.NewResult(doc), nil
}

// postText posts text to /api/v1/extract with ctx and returns the status,
// or 0 when the request failed.
func postText(ctx context.Context, s *hadathhttp.Server, text string) int {
	req, err := nethttp.NewRequestWithContext(ctx, "POST", s.URL()+"/api/v1/extract", strings.NewReader(text))
	if err != nil {
		return 0
	}
	req.Header.Set("Content-Type", "text/plain")
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// TestExtractSlots checks that POST /api/v1/extract codes no more
// documents at once than the server's coding slots, and refuses at once,
// with 503 and Retry-After, the requests beyond those it lets wait.
func TestExtractSlots(t *testing.T) {
	x := newGateExtractor()
	s := newAPIServer(t, func(s *hadathhttp.Server) { s.Extractor, s.CodeSlots = x, 2 })
	// Eight requests fill the room of two slots: two coding, six waiting.
	statuses := make(chan int, 8)
	for range 8 {
		go func() { statuses <- postText(context.Background(), s, "wait هجوم") }()
	}
	for range 2 {
		select {
		case <-x.entered:
		case <-time.After(10 * time.Second):
			t.Fatal("no request reached the extractor")
		}
	}
	time.Sleep(300 * time.Millisecond) // the other six come in and wait
	r := apiDo(t, s, "POST", "/api/v1/extract", "هجوم", "Content-Type", "text/plain")
	if r.status != 503 || r.errorCode() != hadath.EBUSY || r.header.Get("Retry-After") == "" {
		t.Errorf("POST extract with the room full = %d %s, Retry-After %q; want 503 busy with Retry-After", r.status, r.body, r.header.Get("Retry-After"))
	}
	close(x.release)
	for range 8 {
		if st := <-statuses; st != 200 {
			t.Errorf("a waiting POST extract = %d; want 200", st)
		}
	}
	if n := x.atOnce.Load(); n != 2 {
		t.Errorf("the extractor coded %d documents at once; want the 2 slots", n)
	}
}

// TestExtractClientGone checks that a client that goes away stops its
// coding, and that one that goes away while it waits for a slot is never
// coded.
func TestExtractClientGone(t *testing.T) {
	x := newGateExtractor()
	s := newAPIServer(t, func(s *hadathhttp.Server) { s.Extractor, s.CodeSlots = x, 1 })
	ctxA, cancelA := context.WithCancel(context.Background())
	doneA := make(chan int, 1)
	go func() { doneA <- postText(ctxA, s, "wait A") }()
	if got := <-x.entered; got != "wait A" {
		t.Fatalf("extractor entered with %q; want wait A", got)
	}
	ctxB, cancelB := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancelB()
	if st := postText(ctxB, s, "wait B"); st != 0 {
		t.Errorf("POST extract behind a busy slot, given up = %d; want no answer", st)
	}
	time.Sleep(200 * time.Millisecond) // the server sees B's connection close
	cancelA()
	<-doneA
	if st := postText(context.Background(), s, "C"); st != 200 {
		t.Errorf("POST extract once the slot is free = %d; want 200", st)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.stopped) != 1 || x.stopped[0] != "wait A" || len(x.coded) != 1 || x.coded[0] != "C" {
		t.Errorf("extractor stopped %q and coded %q; want A stopped, B never coded, C coded", x.stopped, x.coded)
	}
}

// TestPostDocumentsTogether checks that a POST /api/v1/documents whose
// document is slow to code does not hold up another one.
func TestPostDocumentsTogether(t *testing.T) {
	release, entered := make(chan struct{}), make(chan struct{}, 1)
	code := func(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
		if doc.ID == "slow" {
			entered <- struct{}{}
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
		return apiCoder(ctx, doc)
	}
	s := newAPIServer(t, func(s *hadathhttp.Server) { s.Code, s.CodeSlots = code, 2 })
	slow := make(chan apiResponse, 1)
	go func() {
		slow <- apiDo(t, s, "POST", "/api/v1/documents", `{"id":"slow","text":"`+apiTrigger+`"}`, apiBearer()...)
	}()
	<-entered
	quick := make(chan apiResponse, 1)
	go func() {
		quick <- apiDo(t, s, "POST", "/api/v1/documents", `{"id":"quick","text":"`+apiTrigger+`"}`, apiBearer()...)
	}()
	select {
	case r := <-quick:
		if r.status != 200 {
			t.Errorf("POST documents beside a slow one = %d %s; want 200", r.status, r.body)
		}
	case <-time.After(10 * time.Second):
		t.Error("POST documents waited 10s for another request's slow document")
	}
	close(release)
	if r := <-slow; r.status != 200 {
		t.Errorf("POST of the slow document = %d %s; want 200", r.status, r.body)
	}
}

package http

import (
	"context"
	nethttp "net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/sqlite"
)

// stopSeen is an extractor and a coder that go on until their context is
// done and then say so on stopped.
type stopSeen struct{ stopped chan struct{} }

// Extract waits for ctx.
func (x stopSeen) Extract(ctx context.Context, doc *hadath.Document) (*hadath.Result, error) {
	<-ctx.Done()
	x.stopped <- struct{}{}
	return nil, ctx.Err()
}

// code waits for ctx.
func (x stopSeen) code(ctx context.Context, doc *hadath.Document) (*hadath.Result, []error, []string, bool) {
	_, err := x.Extract(ctx, doc)
	return nil, []error{err}, nil, false
}

// TestWorkStopsAtWriteTimeout checks that the coding of POST
// /api/v1/extract and /api/v1/documents stops once the server can no
// longer write the answer, even while the client waits.
func TestWorkStopsAtWriteTimeout(t *testing.T) {
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	x := stopSeen{make(chan struct{}, 2)}
	s := NewServer()
	s.Addr, s.Store, s.Extractor, s.Code, s.Token = "127.0.0.1:0", store, x, x.code, "a-token-for-tests-only"
	s.server.WriteTimeout = 300 * time.Millisecond
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, path := range []string{"/api/v1/extract", "/api/v1/documents"} {
		req, _ := nethttp.NewRequest("POST", s.URL()+path, strings.NewReader(`{"id":"w","text":"نص"}`))
		req.Header.Set("Authorization", "Bearer "+s.Token)
		go func() {
			if resp, err := nethttp.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}()
		select {
		case <-x.stopped:
		case <-time.After(10 * time.Second):
			t.Errorf("POST %s: coding still going 10s after the write timeout of 300ms", path)
		}
	}
}

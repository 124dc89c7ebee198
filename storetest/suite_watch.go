package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// testWatch checks what a store keeps for "hadath watch": seen entries
// by key and by hash, and sources' poll state, across a reopen.
func testWatch(t *testing.T, s hadath.Store) {
	ctx := context.Background()
	ws, ok := s.(hadath.WatchStore)
	if !ok {
		t.Fatalf("%T is not a hadath.WatchStore", s)
	}
	if got, err := ws.SeenKeys(ctx, []string{"https://a.example/1"}); err != nil || len(got) != 0 {
		t.Fatalf("SeenKeys on an empty store = %v, %v; want nothing", got, err)
	}
	seen := []hadath.Seen{
		{Key: "https://a.example/1", Hash: "h1", Source: "https://a.example/feed", DocID: "https://a.example/1"},
		{Key: "https://a.example/2", Hash: "h2", Source: "https://a.example/feed", DocID: "https://a.example/2"},
	}
	if err := ws.MarkSeen(ctx, seen); err != nil {
		t.Fatal(err)
	}
	// A key seen again takes its new hash.
	if err := ws.MarkSeen(ctx, []hadath.Seen{{Key: "https://a.example/2", Hash: "h2b", Source: "https://a.example/feed", DocID: "x"}}); err != nil {
		t.Fatal(err)
	}
	keys, err := ws.SeenKeys(ctx, []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || keys["https://a.example/1"] != "h1" || keys["https://a.example/2"] != "h2b" {
		t.Errorf("SeenKeys = %v; want 1:h1 and 2:h2b", keys)
	}
	hashes, err := ws.SeenHashes(ctx, []string{"h1", "h2", "h2b", "h9"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hashes) != 2 || !hashes["h1"] || !hashes["h2b"] {
		t.Errorf("SeenHashes = %v; want h1 and h2b", hashes)
	}
	// Keys are data, not SQL.
	if got, err := ws.SeenKeys(ctx, []string{"x' OR '1'='1"}); err != nil || len(got) != 0 {
		t.Errorf("SeenKeys(a quote) = %v, %v; want nothing", got, err)
	}

	st, err := ws.SourceState(ctx, "https://a.example/feed")
	if err != nil || st.URL != "https://a.example/feed" || st.ETag != "" || !st.Polled.IsZero() {
		t.Fatalf("SourceState of a new source = %+v, %v; want the zero state", st, err)
	}
	when := time.UnixMilli(time.Now().UnixMilli())
	want := hadath.SourceState{URL: "https://a.example/feed", ETag: `"v2"`, LastModified: "Tue, 03 Dec 2024 10:00:00 GMT",
		Errors: 2, LastError: "HTTP 503", Polled: when}
	if err := ws.SaveSourceState(ctx, want); err != nil {
		t.Fatal(err)
	}
	want.Errors, want.LastError = 0, ""
	if err := ws.SaveSourceState(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := ws.SourceState(ctx, want.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.ETag != want.ETag || got.LastModified != want.LastModified || got.Errors != 0 || got.LastError != "" || !got.Polled.Equal(when) {
		t.Errorf("SourceState = %+v; want %+v", got, want)
	}
}

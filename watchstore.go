package hadath

import (
	"context"
	"time"
)

// WatchStore keeps what "hadath watch" must remember between polls and
// restarts: the entries of feeds and pages it has coded, and each
// source's validators and failures. The sqlite and postgres stores
// implement it.
type WatchStore interface {
	// SeenKeys returns, for each of keys (item links, page URLs) that was
	// marked seen, the content hash it had.
	SeenKeys(ctx context.Context, keys []string) (map[string]string, error)
	// SeenHashes reports which of hashes some seen entry had: the same
	// article under another URL.
	SeenHashes(ctx context.Context, hashes []string) (map[string]bool, error)
	// MarkSeen records entries as coded and stored; a key seen before
	// takes the new hash.
	MarkSeen(ctx context.Context, seen []Seen) error
	// SourceState returns what the last polls of a source left, the zero
	// state (with URL set) for a source never polled.
	SourceState(ctx context.Context, url string) (SourceState, error)
	// SaveSourceState records a source's state after a poll.
	SaveSourceState(ctx context.Context, s SourceState) error
}

// Seen is an entry of a watched source that was coded and stored.
type Seen struct {
	Key    string // the item's link or the page's URL
	Hash   string // the content hash of its document
	Source string // the URL of the feed or page it came from
	DocID  string // the id it was stored under
}

// SourceState is what a watcher knows of a source between polls.
type SourceState struct {
	URL          string
	ETag         string    // validators of the last good poll
	LastModified string    //
	Errors       int       // polls failed in a row
	LastError    string    // the last failure, if the last poll failed
	Polled       time.Time // the last poll, good or not; zero when never
}

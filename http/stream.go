package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	nethttp "net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hadath/hadath"
)

// Defaults of GET /api/v1/stream.
const (
	// DefaultStreamPoll is how often a stream looks for new changes.
	DefaultStreamPoll = time.Second
	// DefaultStreamHeartbeat is how often a quiet stream sends a comment,
	// so that proxies and clients know it is alive.
	DefaultStreamHeartbeat = 15 * time.Second
	// MaxStreams bounds the streams open at once.
	MaxStreams = 64
	// streamBatch is how many changes a stream reads at a time.
	streamBatch = 100
)

// streams tracks the open streams of a server, and ends them when it
// shuts down.
type streams struct {
	mu   sync.Mutex
	n    int
	stop chan struct{}
	once sync.Once
}

// initStreams makes the server end its streams when it shuts down, so
// that Close need not wait for them.
func (s *Server) initStreams() {
	s.streams.stop = make(chan struct{})
	s.server.RegisterOnShutdown(func() { s.streams.once.Do(func() { close(s.streams.stop) }) })
}

// errGone is the error of a stream whose client has gone.
var errGone = errors.New("stream client gone")

// streamChange is one change as the stream sends it.
type streamChange struct {
	Seq        int64    `json:"seq"`
	IncidentID string   `json:"incident_id"`
	Kind       string   `json:"kind"`
	DocID      string   `json:"doc_id"`
	EventIDs   []string `json:"event_ids"`
	Created    string   `json:"created"`
}

// handleStream sends the store's changes as server-sent events: each an
// "change" event whose id is the change's sequence number, so that a
// client that reconnects with Last-Event-ID, or asks with ?after=SEQ,
// misses none. Without either it sends only changes from now on.
func (s *Server) handleStream(w nethttp.ResponseWriter, r *nethttp.Request) {
	log, ok := s.Store.(hadath.ChangeLog)
	if !ok {
		Error(w, r, hadath.Errorf(hadath.ENOTFOUND, "this store keeps no change log"))
		return
	}
	after, err := streamStart(r)
	if err != nil {
		Error(w, r, err)
		return
	}
	ctx := r.Context()
	if after < 0 {
		if after, err = log.LastChange(ctx); err != nil {
			Error(w, r, err)
			return
		}
	}
	if !s.streams.enter() {
		Error(w, r, hadath.Errorf(hadath.EBUSY, "%d streams are open already: try again later", MaxStreams))
		return
	}
	defer s.streams.leave()
	rc := nethttp.NewResponseController(w)
	rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(nethttp.StatusOK)
	send := func(text string) bool {
		rc.SetWriteDeadline(time.Now().Add(30 * time.Second))
		if _, err := fmt.Fprint(w, text); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send(": hadath change stream\nretry: 3000\n\n") {
		return
	}
	poll, beat := s.streamTimes()
	tick := time.NewTicker(poll)
	defer tick.Stop()
	quiet := time.Now()
	for {
		n, err := s.sendChanges(ctx, log, &after, send)
		if err != nil {
			send(": error reading changes; the client will reconnect\n\n")
			return
		}
		if n > 0 {
			quiet = time.Now()
		} else if time.Since(quiet) >= beat {
			if !send(": heartbeat\n\n") {
				return
			}
			quiet = time.Now()
		}
		select {
		case <-ctx.Done():
			return
		case <-s.streams.stop:
			return
		case <-tick.C:
		}
	}
}

// sendChanges sends the changes after *after and moves it on; it returns
// how many it sent.
func (s *Server) sendChanges(ctx context.Context, log hadath.ChangeLog, after *int64, send func(string) bool) (int, error) {
	sent := 0
	for {
		cs, err := log.Changes(ctx, *after, streamBatch)
		if err != nil {
			return sent, err
		}
		for _, c := range cs {
			b, err := json.Marshal(streamChange{c.Seq, c.IncidentID, c.Kind, c.DocID, c.EventIDs, c.Created.Format(time.RFC3339)})
			if err != nil {
				return sent, err
			}
			if !send(fmt.Sprintf("id: %d\nevent: change\ndata: %s\n\n", c.Seq, b)) {
				return sent, errGone
			}
			*after = c.Seq
			sent++
		}
		if len(cs) < streamBatch {
			return sent, nil
		}
	}
}

// streamStart returns the sequence number a stream starts after: from
// ?after=, else the Last-Event-ID header, else -1 for "from now on".
func streamStart(r *nethttp.Request) (int64, error) {
	v, what := r.URL.Query().Get("after"), "after"
	if v == "" {
		v, what = r.Header.Get("Last-Event-ID"), "Last-Event-ID"
	}
	v = strings.TrimSpace(v)
	if v == "" {
		return -1, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, hadath.Errorf(hadath.EINVALID, "%s %q: want a change number, 0 or more", what, v)
	}
	return n, nil
}

// streamTimes returns the poll and heartbeat intervals.
func (s *Server) streamTimes() (time.Duration, time.Duration) {
	poll, beat := s.StreamPoll, s.StreamHeartbeat
	if poll <= 0 {
		poll = DefaultStreamPoll
	}
	if beat <= 0 {
		beat = DefaultStreamHeartbeat
	}
	return poll, beat
}

// enter counts a stream in, unless MaxStreams are open.
func (t *streams) enter() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.n >= MaxStreams {
		return false
	}
	t.n++
	return true
}

// leave counts a stream out.
func (t *streams) leave() {
	t.mu.Lock()
	t.n--
	t.mu.Unlock()
}

package http_test

import (
	"bufio"
	"context"
	"encoding/json"
	nethttp "net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
	hadathhttp "github.com/hadath/hadath/http"
	"github.com/hadath/hadath/storetest"
)

// sseFrame is one server-sent event, or a comment.
type sseFrame struct {
	id, event, data, comment string
}

// openStream opens GET path on s and returns its frames as they come.
func openStream(t *testing.T, s *hadathhttp.Server, path string, headers ...string) (*nethttp.Response, <-chan sseFrame) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := nethttp.NewRequestWithContext(ctx, "GET", s.URL()+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	frames := make(chan sseFrame, 100)
	go func() {
		defer close(frames)
		sc := bufio.NewScanner(resp.Body)
		var f sseFrame
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				frames <- f
				f = sseFrame{}
			case strings.HasPrefix(line, ":"):
				f.comment = strings.TrimSpace(line[1:])
			case strings.HasPrefix(line, "id: "):
				f.id = line[4:]
			case strings.HasPrefix(line, "event: "):
				f.event = line[7:]
			case strings.HasPrefix(line, "data: "):
				f.data = line[6:]
			}
		}
	}()
	return resp, frames
}

// nextChange waits for the stream's next change event, skipping comments.
func nextChange(t *testing.T, frames <-chan sseFrame) (sseFrame, hadath.Change) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-frames:
			if !ok {
				t.Fatal("the stream ended")
			}
			if f.event != "change" {
				continue
			}
			var c hadath.Change
			if err := json.Unmarshal([]byte(f.data), &c); err != nil {
				t.Fatalf("change %q: %v", f.data, err)
			}
			return f, c
		case <-timeout:
			t.Fatal("no change on the stream in 5 s")
		}
	}
}

func TestStream(t *testing.T) {
	s := newAPIServer(t, func(s *hadathhttp.Server) {
		s.StreamPoll, s.StreamHeartbeat = 20*time.Millisecond, 50*time.Millisecond
	})
	resp, frames := openStream(t, s, "/api/v1/stream")
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("GET /api/v1/stream = %d, %q; want 200, text/event-stream", resp.StatusCode, ct)
	}
	// The stream is open before the document is stored: only it comes.
	beat := false
	for deadline := time.After(5 * time.Second); !beat; {
		select {
		case f := <-frames:
			beat = f.comment == "heartbeat"
		case <-deadline:
			t.Fatal("no heartbeat in 5 s")
		}
	}
	doc := storetest.Report("live-1", "Wire C", "IQ", 36.19, 44.01, "سقوط قذائف على مطار أربيل <b>عاجل</b>")
	if _, err := s.Store.Ingest(context.Background(), []*hadath.Coded{doc}); err != nil {
		t.Fatal(err)
	}
	f, c := nextChange(t, frames)
	if c.DocID != "live-1" || c.Kind != hadath.ChangeNew || c.IncidentID == "" || len(c.EventIDs) != 1 || c.EventIDs[0] != storetest.ReportEventID("live-1") {
		t.Errorf("change = %s; want a new incident of live-1 with its event", f.data)
	}
	if f.id != strconv.FormatInt(c.Seq, 10) {
		t.Errorf("event id %q; want the change's number %d", f.id, c.Seq)
	}

	// Resuming: ?after=0 sends every change; Last-Event-ID the ones after it.
	_, all := openStream(t, s, "/api/v1/stream?after=0")
	var seqs []int64
	for {
		_, c := nextChange(t, all)
		seqs = append(seqs, c.Seq)
		if c.DocID == "live-1" {
			break
		}
	}
	if len(seqs) < 2 || seqs[0] != 1 {
		t.Errorf("?after=0 sent changes %v; want the fixtures' first, then on to live-1", seqs)
	}
	_, tail := openStream(t, s, "/api/v1/stream", "Last-Event-ID", strconv.FormatInt(c.Seq-1, 10))
	if _, got := nextChange(t, tail); got.Seq != c.Seq {
		t.Errorf("Last-Event-ID %d sent change %d first; want %d", c.Seq-1, got.Seq, c.Seq)
	}
	for _, bad := range []string{"?after=x", "?after=-1"} {
		if r := apiDo(t, s, "GET", "/api/v1/stream"+bad, ""); r.status != 400 || r.errorCode() != hadath.EINVALID {
			t.Errorf("GET /api/v1/stream%s = %d %s; want 400 invalid", bad, r.status, r.body)
		}
	}
	start := time.Now()
	s.Close()
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Close with open streams took %v; want the streams ended at once", d)
	}
}

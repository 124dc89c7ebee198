package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/hadath/hadath/watch"
)

// watchStatus is what watch shows while it runs: a status line redrawn
// every second on a terminal, or log lines.
type watchStatus struct {
	mu      sync.Mutex
	w       io.Writer
	line    bool // a status line, rather than log lines of every poll
	sources int
	log     *slog.Logger
	drawn   bool
	done    chan struct{}
	wg      sync.WaitGroup
}

// newWatchStatus returns the status for --log mode: auto draws a line on
// a terminal and logs text otherwise.
func newWatchStatus(w io.Writer, mode string, sources int) *watchStatus {
	s := &watchStatus{w: w, sources: sources, done: make(chan struct{})}
	if mode == "auto" {
		f, ok := w.(*os.File)
		s.line = ok && isTerminal(f)
	}
	lw := &statusWriter{s: s}
	switch {
	case mode == "json":
		s.log = slog.New(slog.NewJSONHandler(lw, nil))
	case s.line:
		// Only warnings, between redraws of the line.
		s.log = slog.New(slog.NewTextHandler(lw, &slog.HandlerOptions{Level: slog.LevelWarn}))
	default:
		s.log = slog.New(slog.NewTextHandler(lw, nil))
	}
	return s
}

// statusWriter writes log lines, clearing the status line first.
type statusWriter struct{ s *watchStatus }

func (l *statusWriter) Write(p []byte) (int, error) {
	l.s.clear()
	l.s.mu.Lock()
	defer l.s.mu.Unlock()
	return l.s.w.Write(p)
}

// start redraws the line every second from c until stop.
func (s *watchStatus) start(c *watch.Counters) {
	if !s.line {
		return
	}
	s.wg.Go(func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			s.draw(c.Snapshot())
			select {
			case <-s.done:
				return
			case <-t.C:
			}
		}
	})
}

// draw writes the status line.
func (s *watchStatus) draw(c watch.Snapshot) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(s.w, "\r\033[Kwatching %s  %s (%d not modified)  %d new  %d seen  %s  %d in flight  %s",
		count(s.sources, "source", "sources"), count(int(c.Polls), "poll", "polls"), c.NotModified, c.New, c.Seen,
		count(int(c.Errors), "error", "errors"), c.InFlight, time.Now().Format("15:04:05"))
	s.drawn = true
}

// clear wipes the line so that a message can be printed.
func (s *watchStatus) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.drawn {
		fmt.Fprint(s.w, "\r\033[K")
		s.drawn = false
	}
}

// stop stops redrawing and wipes the line.
func (s *watchStatus) stop() {
	close(s.done)
	s.wg.Wait()
	s.clear()
}

package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/source"
)

// Sink takes the documents of new entries: it codes and stores them, or
// queues them. A nil error means they are safe, and the entries are then
// marked seen; on an error they are offered again at the next poll.
type Sink func(ctx context.Context, docs []*hadath.Document) error

// Defaults of a Watcher's zero fields.
const (
	DefaultMaxInFlight = 4
	DefaultMaxBackoff  = time.Hour
	DefaultJitter      = 0.1
	// sinkBatch is the most documents handed to the sink at once.
	sinkBatch = 64
)

// ErrFailed is returned by Once when some source or entry failed; each
// failure was logged.
var ErrFailed = errors.New("some sources or entries failed")

// Watcher polls sources and hands new entries to a sink.
type Watcher struct {
	Sources     []Source
	Reader      *source.Reader    // fetches and extracts; its User-Agent names hadath
	Store       hadath.WatchStore // what was seen, and each source's state
	Sink        Sink
	MaxInFlight int           // requests under way at once; DefaultMaxInFlight when <= 0
	MaxBackoff  time.Duration // longest wait after failures; DefaultMaxBackoff when <= 0
	Jitter      float64       // share of an interval added or taken at random; DefaultJitter when 0, none when < 0
	Log         *slog.Logger  // structured log; none when nil
	// Item, when set, is told of every entry with problems or notes.
	Item func(where string, errs []error, notes []string)

	Counters Counters

	once   sync.Once
	sem    chan struct{}
	sinkMu sync.Mutex // one sink call at a time
}

func (w *Watcher) init() {
	w.once.Do(func() {
		n := w.MaxInFlight
		if n <= 0 {
			n = DefaultMaxInFlight
		}
		w.sem = make(chan struct{}, n)
		if w.Log == nil {
			w.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
		}
	})
}

// Once polls every source once, at the same time as far as the cap on
// requests allows, and returns when all are done: ErrFailed when some
// failed, or the sink's or the store's error.
func (w *Watcher) Once(ctx context.Context) error {
	w.init()
	var wg sync.WaitGroup
	errs := make([]error, len(w.Sources))
	for i, s := range w.Sources {
		wg.Go(func() { errs[i] = w.Poll(ctx, s) })
	}
	wg.Wait()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	failed := false
	for _, err := range errs {
		if err != nil && !errors.Is(err, ErrFailed) {
			return err
		}
		failed = failed || err != nil
	}
	if failed {
		return ErrFailed
	}
	return nil
}

// Run polls each source on its own interval until ctx ends. A source that
// fails is polled again later and later, up to MaxBackoff; one polled a
// short while ago (before a restart) waits out the rest of its interval.
func (w *Watcher) Run(ctx context.Context) error {
	w.init()
	var wg sync.WaitGroup
	for _, s := range w.Sources {
		wg.Go(func() { w.follow(ctx, s) })
	}
	wg.Wait()
	return ctx.Err()
}

// follow polls one source until ctx ends.
func (w *Watcher) follow(ctx context.Context, s Source) {
	wait := time.Duration(0)
	if st, err := w.Store.SourceState(ctx, s.URL); err == nil && !st.Polled.IsZero() {
		wait = w.delay(s, st.Errors) - time.Since(st.Polled)
	}
	for {
		if wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		if ctx.Err() != nil {
			return
		}
		w.Poll(ctx, s)
		errs := 0
		if st, err := w.Store.SourceState(ctx, s.URL); err == nil {
			errs = st.Errors
		} else {
			errs = 1
		}
		wait = w.delay(s, errs)
	}
}

// delay is the wait before the next poll of s after errs failures in a
// row: its interval, doubled for each failure up to MaxBackoff, with
// jitter, so that sources polled at the same interval spread out.
func (w *Watcher) delay(s Source, errs int) time.Duration {
	d := s.Every
	limit := w.MaxBackoff
	if limit <= 0 {
		limit = DefaultMaxBackoff
	}
	for range min(errs, 30) {
		if d >= limit/2 {
			d = limit
			break
		}
		d *= 2
	}
	if errs > 0 {
		d = max(s.Every, min(d, limit))
	}
	j := w.Jitter
	if j == 0 {
		j = DefaultJitter
	}
	if j > 0 {
		d += time.Duration((rand.Float64()*2 - 1) * j * float64(d))
	}
	return d
}

// acquire takes a request slot, or returns false when ctx ended.
func (w *Watcher) acquire(ctx context.Context) bool {
	select {
	case w.sem <- struct{}{}:
		w.Counters.InFlight.Add(1)
		return true
	case <-ctx.Done():
		return false
	}
}

func (w *Watcher) release() {
	w.Counters.InFlight.Add(-1)
	<-w.sem
}

// validKey reports whether an entry's key can be stored: text a store
// keeps as it is.
func validKey(k string) bool {
	return k != "" && len(k) <= 4096 && utf8.ValidString(k) && !strings.ContainsRune(k, 0)
}

// errorf logs a failure of a source and counts it.
func (w *Watcher) errorf(s Source, format string, args ...any) error {
	w.Counters.Errors.Add(1)
	err := fmt.Errorf(format, args...)
	w.Log.Warn("poll failed", "source", s.label(), "url", s.URL, "error", err.Error())
	return err
}

package alert

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/hadath/hadath"
)

// Defaults of a Dispatcher.
const (
	// DefaultInterval is how often Run makes a pass.
	DefaultInterval = 5 * time.Second
	// DefaultBackoff is the wait before the first retry.
	DefaultBackoff = 30 * time.Second
	// DefaultMaxBackoff is the longest wait between two tries.
	DefaultMaxBackoff = time.Hour
	// DefaultMaxAttempts is how many tries a delivery gets.
	DefaultMaxAttempts = 12
	// DefaultTimeout bounds one post.
	DefaultTimeout = 10 * time.Second
	// CursorName is the dispatcher's name for its place in the change log.
	CursorName = "alerts"
	// batch is how many changes, or deliveries, one pass reads at a time.
	batch = 200
	// maxReportsChecked bounds the documents of one incident whose events
	// are checked against a filter.
	maxReportsChecked = 50
)

// Dispatcher posts the incident changes that match alerts. Set Store and
// optionally the other fields, then call Once or Run.
type Dispatcher struct {
	Store Store
	// Client posts the messages; nil: a client with DefaultTimeout.
	Client *http.Client
	// BaseURL is where the page is served, for the links of a message,
	// "http://host:8080"; empty: no links.
	BaseURL string
	// Interval is how often Run looks for changes and due deliveries.
	Interval time.Duration
	// Backoff is the wait before the first retry, doubled for each later
	// one up to MaxBackoff.
	Backoff, MaxBackoff time.Duration
	// MaxAttempts is how many times a delivery is tried before it is
	// marked failed.
	MaxAttempts int
	// Log gets a line for each attempt; nil: slog's default.
	Log *slog.Logger
	// Counters add up what every pass did, for metrics.
	Counters Counters
}

// Counters add up the passes of a dispatcher. They may be read while it
// runs.
type Counters struct {
	Changes, Queued, Delivered, Retrying, Failed atomic.Int64
}

// add adds the counts of one pass.
func (c *Counters) add(st Stats) {
	c.Changes.Add(int64(st.Changes))
	c.Queued.Add(int64(st.Queued))
	c.Delivered.Add(int64(st.Delivered))
	c.Retrying.Add(int64(st.Retrying))
	c.Failed.Add(int64(st.Failed))
}

// Stats counts what one pass did.
type Stats struct {
	Changes   int // changes read
	Queued    int // deliveries recorded
	Delivered int // deliveries the webhook took
	Retrying  int // attempts that failed and will be tried again
	Failed    int // deliveries given up
}

func (d *Dispatcher) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.Default()
}

func (d *Dispatcher) client() *http.Client {
	if d.Client != nil {
		return d.Client
	}
	return &http.Client{Timeout: DefaultTimeout}
}

// Run passes over the change log and the due deliveries every Interval
// until ctx ends. A failed pass is logged and tried again.
func (d *Dispatcher) Run(ctx context.Context) error {
	every := d.Interval
	if every <= 0 {
		every = DefaultInterval
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := d.Once(ctx); err != nil && ctx.Err() == nil {
			d.log().Warn("alert pass failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Once reads the changes after the cursor, records the deliveries they
// cause, moves the cursor on, and tries the deliveries that are due.
func (d *Dispatcher) Once(ctx context.Context) (Stats, error) {
	var st Stats
	defer func() { d.Counters.add(st) }()
	if err := d.scan(ctx, &st); err != nil {
		return st, err
	}
	err := d.deliverDue(ctx, &st)
	return st, err
}

// scan records a delivery for each change after the cursor and each
// alert it matches. The cursor moves only after the deliveries are
// recorded, and recording one twice does nothing, so a crash between the
// two loses nothing.
func (d *Dispatcher) scan(ctx context.Context, st *Stats) error {
	cur, err := d.Store.Cursor(ctx, CursorName)
	if err != nil {
		return err
	}
	var alerts []*hadath.Alert
	for {
		cs, err := d.Store.Changes(ctx, cur, batch)
		if err != nil || len(cs) == 0 {
			return err
		}
		if alerts == nil {
			if alerts, err = d.Store.Alerts(ctx); err != nil {
				return err
			}
		}
		for _, c := range cs {
			st.Changes++
			for _, a := range alerts {
				ok, err := d.Matches(ctx, a, c)
				if err != nil {
					return fmt.Errorf("change %d, alert %q: %w", c.Seq, a.Name, err)
				}
				if !ok {
					continue
				}
				added, err := d.Store.Enqueue(ctx, a, c)
				if err != nil {
					return err
				}
				if added {
					st.Queued++
				}
			}
			cur = c.Seq
		}
		if err := d.Store.SetCursor(ctx, CursorName, cur); err != nil {
			return err
		}
	}
}

// Matches reports whether the incident of change c passes the filter of
// a: whether one of its reports does, as Store.Incidents decides, the
// report of c's document first. An incident gone since is no match.
func (d *Dispatcher) Matches(ctx context.Context, a *hadath.Alert, c hadath.Change) (bool, error) {
	docs := []string{c.DocID}
	inc, err := d.Store.Incident(ctx, c.IncidentID)
	switch {
	case hadath.ErrorCode(err) == hadath.ENOTFOUND:
		return false, nil
	case err != nil:
		return false, err
	}
	seen := map[string]bool{c.DocID: true}
	for _, e := range inc.Events {
		if !seen[e.DocID] {
			seen[e.DocID] = true
			docs = append(docs, e.DocID)
		}
	}
	for i, doc := range docs {
		if i == maxReportsChecked {
			break
		}
		f := a.Filter
		f.DocID, f.Limit, f.Offset = doc, 100, 0
		evs, _, err := d.Store.Events(ctx, f)
		if err != nil {
			return false, err
		}
		for _, e := range evs {
			if e.IncidentID == c.IncidentID {
				return true, nil
			}
		}
	}
	return false, nil
}

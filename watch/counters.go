package watch

import "sync/atomic"

// Counters count what a watcher has done since it started. They are safe
// to read while it runs.
type Counters struct {
	Polls       atomic.Int64 // requests for sources
	NotModified atomic.Int64 // polls answered 304 Not Modified
	Errors      atomic.Int64 // failed polls and items
	New         atomic.Int64 // entries handed to the sink
	Seen        atomic.Int64 // entries passed over, coded before
	InFlight    atomic.Int64 // requests under way
}

// Snapshot is the counters' values at one moment.
type Snapshot struct {
	Polls, NotModified, Errors, New, Seen, InFlight int64
}

// Snapshot returns the counters' current values.
func (c *Counters) Snapshot() Snapshot {
	return Snapshot{Polls: c.Polls.Load(), NotModified: c.NotModified.Load(), Errors: c.Errors.Load(),
		New: c.New.Load(), Seen: c.Seen.Load(), InFlight: c.InFlight.Load()}
}

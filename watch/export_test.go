package watch

import "time"

// Delay is delay, for tests.
func (w *Watcher) Delay(s Source, errs int) time.Duration { return w.delay(s, errs) }

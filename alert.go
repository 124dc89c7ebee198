package hadath

import (
	"context"
	"time"
)

// Kinds of Change.
const (
	// ChangeNew is an incident started by a document's event.
	ChangeNew = "new"
	// ChangeReport is an incident joined by a report from another document.
	ChangeReport = "report"
)

// Change is one entry of the store's change log: a document's events
// started an incident or joined one. Storing the same document again
// unchanged writes no change.
type Change struct {
	Seq        int64     `json:"seq"`         // increasing, in commit order
	IncidentID string    `json:"incident_id"` // the incident changed
	Kind       string    `json:"kind"`        // ChangeNew or ChangeReport
	DocID      string    `json:"doc_id"`      // the document reporting it
	EventIDs   []string  `json:"event_ids"`   // its events in the incident
	Created    time.Time `json:"created"`
}

// ChangeLog reads the store's change log. The sqlite and postgres stores
// implement it.
type ChangeLog interface {
	// Changes returns up to limit changes with a sequence number above
	// after, oldest first.
	Changes(ctx context.Context, after int64, limit int) ([]Change, error)
	// LastChange returns the highest sequence number written, 0 for none.
	LastChange(ctx context.Context) (int64, error)
}

// Alert is a saved filter whose matching incident changes are posted to
// a webhook.
type Alert struct {
	ID      int64     `json:"id"`
	Name    string    `json:"name"`
	Filter  Filter    `json:"filter"`
	Webhook string    `json:"webhook"`
	Secret  string    `json:"-"` // the HMAC key that signs each message
	Created time.Time `json:"created"`
}

// Statuses of a Delivery.
const (
	DeliveryPending   = "pending"   // not yet delivered; tried again at NextTry
	DeliveryDelivered = "delivered" // the webhook answered 2xx
	DeliveryFailed    = "failed"    // given up after the last attempt
)

// Delivery is one incident change to post for one alert, and how posting
// it went.
type Delivery struct {
	ID         int64      `json:"id"`
	AlertID    int64      `json:"alert_id"`
	Alert      string     `json:"alert"`
	Seq        int64      `json:"seq"` // the change that caused it
	IncidentID string     `json:"incident_id"`
	DocID      string     `json:"doc_id"`
	Kind       string     `json:"kind"`
	Status     string     `json:"status"`
	Attempts   int        `json:"attempts"`
	LastError  string     `json:"last_error,omitempty"`
	NextTry    time.Time  `json:"next_try"`
	Delivered  *time.Time `json:"delivered,omitempty"`
	Created    time.Time  `json:"created"`
	EventIDs   []string   `json:"event_ids"`
}

// Attempt is one try at posting a delivery.
type Attempt struct {
	DeliveryID int64     `json:"delivery_id"`
	N          int       `json:"n"` // 1 for the first try
	At         time.Time `json:"at"`
	Status     int       `json:"status"` // the HTTP status, 0 when none came back
	Error      string    `json:"error,omitempty"`
}

// AlertStore keeps alerts, their delivery log and the dispatcher's place
// in the change log. The sqlite and postgres stores implement it.
type AlertStore interface {
	// AddAlert stores a new alert; ECONFLICT when the name is taken.
	AddAlert(ctx context.Context, a *Alert) error
	// Alerts returns every alert, by name.
	Alerts(ctx context.Context) ([]*Alert, error)
	// AlertByName returns one alert, or an ENOTFOUND error.
	AlertByName(ctx context.Context, name string) (*Alert, error)
	// RemoveAlert deletes an alert and its deliveries; ENOTFOUND when
	// there is none of that name.
	RemoveAlert(ctx context.Context, name string) error

	// Enqueue records a delivery of change c for alert a, unless one for
	// the same alert, incident and document is there already; it reports
	// whether it added one.
	Enqueue(ctx context.Context, a *Alert, c Change) (bool, error)
	// Due returns up to limit pending deliveries whose next try is at or
	// before now, oldest first.
	Due(ctx context.Context, now time.Time, limit int) ([]*Delivery, error)
	// Claim takes a due delivery for one attempt by moving its next try
	// to until, unless another dispatcher has taken or settled it since
	// d was read; it reports whether it took it.
	Claim(ctx context.Context, d *Delivery, until time.Time) (bool, error)
	// RecordAttempt logs one attempt at d and stores d's new status,
	// attempts, last error, next try and delivery time.
	RecordAttempt(ctx context.Context, d *Delivery, a Attempt) error
	// Deliveries returns the latest deliveries of an alert ("" for all),
	// newest first.
	Deliveries(ctx context.Context, alert string, limit int) ([]*Delivery, error)
	// Attempts returns the attempts at one delivery, in order.
	Attempts(ctx context.Context, delivery int64) ([]Attempt, error)

	// Cursor returns the dispatcher's place in the change log, 0 at first.
	Cursor(ctx context.Context, name string) (int64, error)
	// SetCursor stores the dispatcher's place in the change log.
	SetCursor(ctx context.Context, name string, seq int64) error
}

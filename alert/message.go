package alert

import (
	"time"

	"github.com/hadath/hadath"
)

// Kind of a test message, sent by Dispatcher.Test.
const KindTest = "test"

// Message is the JSON body posted to a webhook.
type Message struct {
	Alert      string                `json:"alert"`
	Kind       string                `json:"kind"` // hadath.ChangeNew, hadath.ChangeReport or KindTest
	DeliveryID string                `json:"delivery_id"`
	Change     int64                 `json:"change,omitempty"`   // the change log's sequence number
	Document   string                `json:"document,omitempty"` // the document that caused the change
	EventIDs   []string              `json:"event_ids,omitempty"`
	Incident   *hadath.Incident      `json:"incident,omitempty"`
	Events     []*hadath.StoredEvent `json:"events,omitempty"`
	Links      map[string]string     `json:"links,omitempty"`
	Sent       time.Time             `json:"sent"`
}

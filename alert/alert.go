// Package alert posts the incident changes that match saved filters to
// webhooks. A Dispatcher reads the store's change log after its cursor,
// records a delivery for each alert whose filter the changed incident
// passes, and posts each delivery, signed, until the webhook takes it,
// retrying with exponential backoff: at least once, with every attempt in
// the store's delivery log.
package alert

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"

	"github.com/hadath/hadath"
)

// Headers of every message.
const (
	// SignatureHeader carries "sha256=" and the hex HMAC-SHA256 of the
	// body under the alert's secret.
	SignatureHeader = "X-Hadath-Signature"
	// DeliveryHeader carries the delivery's id, the same on every retry,
	// so that a receiver can drop repeats.
	DeliveryHeader = "X-Hadath-Delivery"
	// TimestampHeader carries the Unix time the message was sent.
	TimestampHeader = "X-Hadath-Timestamp"
)

// Store is what the dispatcher needs of the store.
type Store interface {
	hadath.Store
	hadath.ChangeLog
	hadath.AlertStore
}

// Sign returns the signature header's value for body under secret.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify reports whether sig, a signature header's value, signs body
// under secret. It compares in constant time.
func Verify(secret string, body []byte, sig string) bool {
	return hmac.Equal([]byte(Sign(secret, body)), []byte(sig))
}

// NewSecret returns a random secret of 32 hex digits.
func NewSecret() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// CheckWebhook reports a webhook URL that is not an absolute http or
// https URL as an EINVALID error.
func CheckWebhook(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return hadath.Errorf(hadath.EINVALID, "webhook %q: want an http:// or https:// URL", raw)
	}
	return nil
}

// CheckName reports an alert name that is empty, too long or not plain
// text as an EINVALID error.
func CheckName(name string) error {
	if name == "" || len(name) > 100 || strings.ContainsAny(name, "\x00\r\n\t") || strings.TrimSpace(name) != name {
		return hadath.Errorf(hadath.EINVALID, "alert name %q: want 1 to 100 characters, no spaces around it and no control characters", name)
	}
	return nil
}

// Links returns the page's links to an incident under base, the URL the
// server is reached at: the page itself and the API's record.
func Links(base, incident string) map[string]string {
	base = strings.TrimRight(base, "/")
	if base == "" {
		return nil
	}
	q := url.Values{"mode": {"incidents"}, "incident": {incident}}
	return map[string]string{
		"page": base + "/?" + q.Encode(),
		"api":  base + "/api/v1/incidents/" + url.PathEscape(incident),
	}
}

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

package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/hadath/hadath"
)

// deliverDue tries each delivery whose time has come.
func (d *Dispatcher) deliverDue(ctx context.Context, st *Stats) error {
	due, err := d.Store.Due(ctx, time.Now(), batch)
	if err != nil {
		return err
	}
	// A webhook that fails is not tried again in this pass: its other
	// deliveries wait for the next one rather than each wait out a
	// timeout.
	down := map[int64]bool{}
	for _, dl := range due {
		if err := ctx.Err(); err != nil {
			return err
		}
		if down[dl.AlertID] {
			continue
		}
		ok, err := d.attempt(ctx, dl, st)
		if err != nil {
			return err
		}
		down[dl.AlertID] = !ok
	}
	return nil
}

// attempt posts one delivery once and logs how it went; it reports
// whether the webhook took it, or another dispatcher had it.
func (d *Dispatcher) attempt(ctx context.Context, dl *hadath.Delivery, st *Stats) (bool, error) {
	a, err := d.Store.AlertByName(ctx, dl.Alert)
	if err != nil {
		return false, err
	}
	now := time.Now()
	// Another dispatcher on the same store may have read it too: one
	// of them takes it, for long enough to post it.
	if ok, err := d.Store.Claim(ctx, dl, now.Add(2*d.timeout())); err != nil || !ok {
		return err == nil, err
	}
	at := hadath.Attempt{DeliveryID: dl.ID, N: dl.Attempts + 1, At: now}
	dl.Attempts++
	body, err := d.message(ctx, a, dl, now)
	if err == nil {
		at.Status, err = d.post(ctx, a, strconv.FormatInt(dl.ID, 10), body, now)
	}
	gone := hadath.ErrorCode(err) == hadath.ENOTFOUND
	switch {
	case err == nil:
		dl.Status, dl.LastError, dl.Delivered = hadath.DeliveryDelivered, "", &now
		st.Delivered++
	case gone || dl.Attempts >= d.maxAttempts():
		dl.Status, dl.LastError = hadath.DeliveryFailed, err.Error()
		st.Failed++
	default:
		dl.LastError, dl.NextTry = err.Error(), now.Add(d.backoff(dl.Attempts))
		st.Retrying++
	}
	at.Error = dl.LastError
	d.log().Info("alert delivery", "alert", a.Name, "delivery", dl.ID, "incident", dl.IncidentID,
		"attempt", at.N, "status", at.Status, "result", dl.Status, "err", at.Error)
	return dl.Status == hadath.DeliveryDelivered || gone, d.Store.RecordAttempt(ctx, dl, at)
}

// timeout returns how long one post may take.
func (d *Dispatcher) timeout() time.Duration {
	if d.Client != nil && d.Client.Timeout > 0 {
		return d.Client.Timeout
	}
	return DefaultTimeout
}

func (d *Dispatcher) maxAttempts() int {
	if d.MaxAttempts > 0 {
		return d.MaxAttempts
	}
	return DefaultMaxAttempts
}

// backoff returns the wait after the nth failed attempt.
func (d *Dispatcher) backoff(n int) time.Duration {
	b, hi := d.Backoff, d.MaxBackoff
	if b <= 0 {
		b = DefaultBackoff
	}
	if hi <= 0 {
		hi = DefaultMaxBackoff
	}
	for i := 1; i < n && b < hi; i++ {
		b *= 2
	}
	return min(b, hi)
}

// message builds the JSON body of a delivery from the incident as it is
// now.
func (d *Dispatcher) message(ctx context.Context, a *hadath.Alert, dl *hadath.Delivery, now time.Time) ([]byte, error) {
	inc, err := d.Store.Incident(ctx, dl.IncidentID)
	if err != nil {
		return nil, fmt.Errorf("incident %s: %w", dl.IncidentID, err)
	}
	m := Message{Alert: a.Name, Kind: dl.Kind, DeliveryID: strconv.FormatInt(dl.ID, 10), Change: dl.Seq,
		Document: dl.DocID, EventIDs: dl.EventIDs, Events: inc.Events, Links: Links(d.BaseURL, inc.ID), Sent: now.UTC()}
	view := *inc
	view.Events, view.Joins = nil, nil
	m.Incident = &view
	return json.Marshal(m)
}

// post sends a signed body to the alert's webhook and returns the HTTP
// status; an error unless it is 2xx.
func (d *Dispatcher) post(ctx context.Context, a *hadath.Alert, id string, body []byte, now time.Time) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.Webhook, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("post to %s: %w", a.Webhook, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "hadath-alert/1")
	req.Header.Set(SignatureHeader, Sign(a.Secret, body))
	req.Header.Set(DeliveryHeader, id)
	req.Header.Set(TimestampHeader, strconv.FormatInt(now.Unix(), 10))
	resp, err := d.client().Do(req)
	if err != nil {
		return 0, fmt.Errorf("post to %s: %w", a.Webhook, err)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
	if resp.StatusCode/100 != 2 {
		return resp.StatusCode, fmt.Errorf("post to %s: %s: %q", a.Webhook, resp.Status, bytes.TrimSpace(snippet))
	}
	return resp.StatusCode, nil
}

// TestResult is what a webhook answered to a test message.
type TestResult struct {
	Status int // the HTTP status, 0 when none came back
}

// Test posts a signed test message, with no incident, to an alert's
// webhook and returns what came back.
func (d *Dispatcher) Test(ctx context.Context, a *hadath.Alert) (TestResult, error) {
	now := time.Now()
	id := "test-" + NewSecret()[:12]
	body, err := json.Marshal(Message{Alert: a.Name, Kind: KindTest, DeliveryID: id, Sent: now.UTC()})
	if err != nil {
		return TestResult{}, err
	}
	status, err := d.post(ctx, a, id, body, now)
	return TestResult{Status: status}, err
}

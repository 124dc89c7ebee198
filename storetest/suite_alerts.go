package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

// AlertsStore is a store with a change log and alerts.
type AlertsStore interface {
	hadath.Store
	hadath.ChangeLog
	hadath.AlertStore
}

// RunAlerts runs the suite of the change log and of alerts. open returns
// a new, empty store; RunAlerts closes it.
func RunAlerts(t *testing.T, open func(t *testing.T) hadath.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, AlertsStore)
	}{
		{"ChangeLog", testChangeLog},
		{"Alerts", testAlerts},
		{"Deliveries", testDeliveries},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			as, ok := s.(AlertsStore)
			if !ok {
				t.Fatalf("%T keeps no change log or alerts", s)
			}
			tt.fn(t, as)
		})
	}
}

// changesAfter reads the change log after seq and fails the test on error.
func changesAfter(t *testing.T, s AlertsStore, seq int64) []hadath.Change {
	t.Helper()
	cs, err := s.Changes(context.Background(), seq, 100)
	if err != nil {
		t.Fatalf("Changes(%d): %v", seq, err)
	}
	return cs
}

func testChangeLog(t *testing.T, s AlertsStore) {
	byDoc := map[string]*hadath.Coded{}
	for _, c := range coded(strikes...) {
		byDoc[c.Doc.ID] = c
	}
	ingest(t, s, []*hadath.Coded{byDoc["asad-1"]})
	cs := changesAfter(t, s, 0)
	if len(cs) != 1 || cs[0].Kind != hadath.ChangeNew || cs[0].DocID != "asad-1" || len(cs[0].EventIDs) != 1 || cs[0].Seq <= 0 {
		t.Fatalf("changes after the first report = %+v; want one new incident from asad-1", cs)
	}
	first := cs[0]
	ingest(t, s, []*hadath.Coded{byDoc["asad-2"]})
	cs = changesAfter(t, s, first.Seq)
	if len(cs) != 1 || cs[0].Kind != hadath.ChangeReport || cs[0].DocID != "asad-2" || cs[0].IncidentID != first.IncidentID {
		t.Fatalf("changes after a second report = %+v; want a report joining %s", cs, first.IncidentID)
	}
	last := cs[0].Seq
	ingest(t, s, []*hadath.Coded{byDoc["asad-1"], byDoc["asad-2"]})
	if cs := changesAfter(t, s, last); len(cs) != 0 {
		t.Errorf("changes after unchanged documents = %+v; want none", cs)
	}
	ingest(t, s, []*hadath.Coded{byDoc["gaza-1"], byDoc["qaim-1"]})
	cs = changesAfter(t, s, last)
	if len(cs) != 2 || cs[0].Kind != hadath.ChangeNew || cs[1].Kind != hadath.ChangeNew || cs[0].Seq >= cs[1].Seq || cs[0].Seq <= last {
		t.Errorf("changes of a batch of two new incidents = %+v; want two, in increasing order", cs)
	}
	if n, err := s.LastChange(context.Background()); err != nil || n != cs[len(cs)-1].Seq {
		t.Errorf("LastChange() = %d, %v; want %d", n, err, cs[len(cs)-1].Seq)
	}
	if all := changesAfter(t, s, 0); len(all) != 4 {
		t.Errorf("Changes(0) = %d changes; want 4", len(all))
	}
	// A batch of more changes than one statement writes.
	var batch []*hadath.Coded
	for i := range 150 {
		batch = append(batch, Report(fmt.Sprintf("far-%03d", i), "Wire", "IQ", 10+float64(i)*0.5, 40, "نص"))
	}
	ingest(t, s, batch)
	last = cs[len(cs)-1].Seq
	cs, err := s.Changes(context.Background(), last, 1000)
	if err != nil || len(cs) != 150 {
		t.Fatalf("changes of a batch of 150 new incidents = %d, %v; want 150", len(cs), err)
	}
	for i, c := range cs {
		if want := fmt.Sprintf("far-%03d", i); c.DocID != want || c.Kind != hadath.ChangeNew || (i > 0 && c.Seq <= cs[i-1].Seq) {
			t.Fatalf("change %d = %+v; want a new incident of %s, numbered after the one before", i, c, want)
		}
	}
}

func testAlerts(t *testing.T, s AlertsStore) {
	ctx := context.Background()
	a := &hadath.Alert{Name: "iraq", Filter: hadath.Filter{Types: []string{hadath.Assault}, Countries: []string{"IQ", "SY"},
		TargetCountries: []string{"US"}}, Webhook: "http://127.0.0.1:9/hook", Secret: "s3cret"}
	if err := s.AddAlert(ctx, a); err != nil || a.ID == 0 {
		t.Fatalf("AddAlert = %v (id %d); want it stored with an id", err, a.ID)
	}
	dup := &hadath.Alert{Name: "iraq", Webhook: "http://x/"}
	if err := s.AddAlert(ctx, dup); hadath.ErrorCode(err) != hadath.ECONFLICT {
		t.Errorf("AddAlert(a name taken) = %v; want a conflict", err)
	}
	if err := s.AddAlert(ctx, &hadath.Alert{Name: "all", Webhook: "http://x/"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.AlertByName(ctx, "iraq")
	if err != nil {
		t.Fatal(err)
	}
	if got.Secret != "s3cret" || got.Webhook != a.Webhook || len(got.Filter.Countries) != 2 || got.Filter.TargetCountries[0] != "US" {
		t.Errorf("AlertByName(%q) = %+v; want the alert as stored", "iraq", got)
	}
	list, err := s.Alerts(ctx)
	if err != nil || len(list) != 2 || list[0].Name != "all" || list[1].Name != "iraq" {
		t.Fatalf("Alerts() = %v, %v; want all and iraq", list, err)
	}
	if err := s.RemoveAlert(ctx, "iraq"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AlertByName(ctx, "iraq"); hadath.ErrorCode(err) != hadath.ENOTFOUND {
		t.Errorf("AlertByName after RemoveAlert = %v; want not found", err)
	}
	if err := s.RemoveAlert(ctx, "iraq"); hadath.ErrorCode(err) != hadath.ENOTFOUND {
		t.Errorf("RemoveAlert twice = %v; want not found", err)
	}
	if n, err := s.Cursor(ctx, "alerts"); err != nil || n != 0 {
		t.Errorf("Cursor() at first = %d, %v; want 0", n, err)
	}
	for _, seq := range []int64{7, 9} {
		if err := s.SetCursor(ctx, "alerts", seq); err != nil {
			t.Fatal(err)
		}
		if n, err := s.Cursor(ctx, "alerts"); err != nil || n != seq {
			t.Errorf("Cursor() = %d, %v; want %d", n, err, seq)
		}
	}
}

func testDeliveries(t *testing.T, s AlertsStore) {
	ctx := context.Background()
	a := &hadath.Alert{Name: "any", Webhook: "http://127.0.0.1:9/hook", Secret: "k"}
	if err := s.AddAlert(ctx, a); err != nil {
		t.Fatal(err)
	}
	c := hadath.Change{Seq: 3, IncidentID: "i1", DocID: "d1", Kind: hadath.ChangeNew, EventIDs: []string{"e1"}}
	for i, want := range []bool{true, false} {
		if added, err := s.Enqueue(ctx, a, c); err != nil || added != want {
			t.Errorf("Enqueue #%d = %v, %v; want %v", i+1, added, err, want)
		}
	}
	now := time.Now()
	due, err := s.Due(ctx, now.Add(time.Second), 10)
	if err != nil || len(due) != 1 || due[0].Alert != "any" || due[0].IncidentID != "i1" || due[0].EventIDs[0] != "e1" {
		t.Fatalf("Due() = %+v, %v; want the one delivery", due, err)
	}
	d := due[0]
	other := *d
	if ok, err := s.Claim(ctx, d, now.Add(time.Minute)); err != nil || !ok {
		t.Fatalf("Claim() = %v, %v; want the delivery taken", ok, err)
	}
	if ok, err := s.Claim(ctx, &other, now.Add(time.Minute)); err != nil || ok {
		t.Errorf("Claim() of a delivery taken already = %v, %v; want false", ok, err)
	}
	d.Attempts, d.LastError, d.NextTry = 1, "503 Service Unavailable", now.Add(time.Hour)
	if err := s.RecordAttempt(ctx, d, hadath.Attempt{N: 1, At: now, Status: 503, Error: d.LastError}); err != nil {
		t.Fatal(err)
	}
	if due, err := s.Due(ctx, now.Add(time.Second), 10); err != nil || len(due) != 0 {
		t.Errorf("Due() before the next try = %d, %v; want none", len(due), err)
	}
	at := now.Add(2 * time.Hour)
	d.Attempts, d.Status, d.LastError, d.Delivered = 2, hadath.DeliveryDelivered, "", &at
	if err := s.RecordAttempt(ctx, d, hadath.Attempt{N: 2, At: at, Status: 200}); err != nil {
		t.Fatal(err)
	}
	if due, err := s.Due(ctx, at.Add(time.Hour), 10); err != nil || len(due) != 0 {
		t.Errorf("Due() after delivery = %d, %v; want none", len(due), err)
	}
	ds, err := s.Deliveries(ctx, "any", 10)
	if err != nil || len(ds) != 1 || ds[0].Status != hadath.DeliveryDelivered || ds[0].Attempts != 2 || ds[0].Delivered == nil {
		t.Fatalf("Deliveries() = %+v, %v; want one delivered after 2 attempts", ds, err)
	}
	as, err := s.Attempts(ctx, d.ID)
	if err != nil || len(as) != 2 || as[0].Status != 503 || as[1].Status != 200 || as[0].Error == "" {
		t.Errorf("Attempts() = %+v, %v; want a 503 then a 200", as, err)
	}
	if err := s.RemoveAlert(ctx, "any"); err != nil {
		t.Fatalf("RemoveAlert with deliveries: %v", err)
	}
}

package alert_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/alert"
	"github.com/hadath/hadath/postgres"
	"github.com/hadath/hadath/sqlite"
	"github.com/hadath/hadath/storetest"
)

// receiver is a local webhook that keeps what it is sent and answers
// with the status in code (200 when 0).
type receiver struct {
	mu   sync.Mutex
	got  []received
	code atomic.Int32
}

// received is one message as the receiver saw it.
type received struct {
	body     []byte
	sig, id  string
	stamp    string
	msg      alert.Message
	accepted bool
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	code := int(rc.code.Load())
	if code == 0 {
		code = http.StatusOK
	}
	m := received{body: b, sig: r.Header.Get(alert.SignatureHeader), id: r.Header.Get(alert.DeliveryHeader),
		stamp: r.Header.Get(alert.TimestampHeader), accepted: code == http.StatusOK}
	json.Unmarshal(b, &m.msg)
	rc.mu.Lock()
	rc.got = append(rc.got, m)
	rc.mu.Unlock()
	w.WriteHeader(code)
}

// accepted returns the messages answered 200.
func (rc *receiver) accepted() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	var out []received
	for _, m := range rc.got {
		if m.accepted {
			out = append(out, m)
		}
	}
	return out
}

// opener opens a new, empty store.
type opener func(t *testing.T) alert.Store

// eachStore runs fn as subtests over a new SQLite store and, when
// HADATH_TEST_POSTGRES names a server, a new PostgreSQL schema.
func eachStore(t *testing.T, fn func(t *testing.T, open opener)) {
	t.Run("sqlite", func(t *testing.T) {
		fn(t, func(t *testing.T) alert.Store {
			s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hadath.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		})
	})
	t.Run("postgres", func(t *testing.T) {
		base := os.Getenv("HADATH_TEST_POSTGRES")
		if base == "" {
			if os.Getenv("HADATH_REQUIRE_POSTGRES") != "" {
				t.Fatal("HADATH_TEST_POSTGRES is not set; start a server with .ci/postgres")
			}
			t.Skip("HADATH_TEST_POSTGRES is not set")
		}
		fn(t, func(t *testing.T) alert.Store {
			s, err := postgres.Open(context.Background(), storetest.PostgresSchema(t, base))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		})
	})
}

// ingest stores documents and fails the test on error.
func ingest(t *testing.T, s alert.Store, docs ...*hadath.Coded) {
	t.Helper()
	if _, err := s.Ingest(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

// addAlert stores the alert of the example: attacks on US forces
// in Iraq or Syria.
func addAlert(t *testing.T, s alert.Store, webhook string) *hadath.Alert {
	t.Helper()
	a := &hadath.Alert{Name: "us-forces", Webhook: webhook, Secret: alert.NewSecret(), Filter: hadath.Filter{
		Types: []string{hadath.Assault}, Countries: []string{"IQ", "SY"}, TargetCountries: []string{"US"}}}
	if err := s.AddAlert(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// once runs one pass and fails the test on error.
func once(t *testing.T, d *alert.Dispatcher) alert.Stats {
	t.Helper()
	st, err := d.Once(context.Background())
	if err != nil {
		t.Fatalf("Once: %v", err)
	}
	return st
}

// Reports of one attack near Erbil from two sources, and one in Gaza.
var (
	erbil1 = storetest.Report("erbil-1", "Wire A", "IQ", 36.237, 43.963, "قصف صاروخي استهدف قاعدة قرب أربيل")
	erbil2 = storetest.Report("erbil-2", "Wire B", "IQ", 36.240, 43.960, "صواريخ سقطت على موقع عسكري في أربيل")
	gaza1  = storetest.Report("gaza-9", "Wire A", "PS", 31.50, 34.46, "قذيفة على موقع في غزة")
)

func TestFiresOncePerIncidentChange(t *testing.T) {
	eachStore(t, testFiresOncePerIncidentChange)
}

func testFiresOncePerIncidentChange(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	a := addAlert(t, s, srv.URL+"/hook")
	d := &alert.Dispatcher{Store: s, BaseURL: "http://hadath.test:8080"}

	ingest(t, s, erbil1)
	once(t, d)
	got := rc.accepted()
	if len(got) != 1 {
		t.Fatalf("messages after a new incident = %d; want 1", len(got))
	}
	m := got[0]
	if !alert.Verify(a.Secret, m.body, m.sig) || alert.Verify("other", m.body, m.sig) {
		t.Errorf("signature %q does not verify under the alert's secret alone", m.sig)
	}
	if m.id == "" || m.stamp == "" || m.id != m.msg.DeliveryID {
		t.Errorf("delivery header %q, timestamp %q; want both, the id as in the body (%q)", m.id, m.stamp, m.msg.DeliveryID)
	}
	inc := m.msg.Incident
	if m.msg.Kind != hadath.ChangeNew || m.msg.Alert != "us-forces" || inc == nil || len(m.msg.Events) != 1 || m.msg.Document != "erbil-1" {
		t.Fatalf("first message = %s; want a new incident of erbil-1 with its event", m.body)
	}
	if want := "http://hadath.test:8080/?incident=" + inc.ID + "&mode=incidents"; m.msg.Links["page"] != want {
		t.Errorf("page link = %q; want %q", m.msg.Links["page"], want)
	}

	ingest(t, s, erbil2)
	once(t, d)
	got = rc.accepted()
	if len(got) != 2 {
		t.Fatalf("messages after a second report = %d; want 2", len(got))
	}
	m = got[1]
	if m.msg.Kind != hadath.ChangeReport || m.msg.Incident == nil || m.msg.Incident.ID != inc.ID || len(m.msg.Events) != 2 || m.msg.Document != "erbil-2" {
		t.Errorf("second message = %s; want a report of erbil-2 joining %s, with both events", m.body, inc.ID)
	}

	// The same report again, and an incident the filter does not pass.
	ingest(t, s, erbil2, erbil1)
	ingest(t, s, gaza1)
	st := once(t, d)
	once(t, d)
	if got := rc.accepted(); len(got) != 2 || st.Changes != 1 || st.Queued != 0 {
		t.Errorf("after a repeat and a non-matching incident: %d messages, pass %+v; want still 2, 1 change read, none queued", len(got), st)
	}
	ds, err := s.Deliveries(context.Background(), "us-forces", 10)
	if err != nil || len(ds) != 2 || ds[0].Status != hadath.DeliveryDelivered || ds[1].Status != hadath.DeliveryDelivered {
		t.Errorf("delivery log = %+v, %v; want 2 delivered", ds, err)
	}
}

func TestTestMessage(t *testing.T) {
	eachStore(t, testTestMessage)
}

func testTestMessage(t *testing.T, open opener) {
	s := open(t)
	rc := &receiver{}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	a := addAlert(t, s, srv.URL)
	res, err := (&alert.Dispatcher{Store: s}).Test(context.Background(), a)
	got := rc.accepted()
	if err != nil || res.Status != 200 || len(got) != 1 || got[0].msg.Kind != alert.KindTest || !alert.Verify(a.Secret, got[0].body, got[0].sig) {
		t.Errorf("Test() = %+v, %v, %d messages; want one signed test message answered 200", res, err, len(got))
	}
}
